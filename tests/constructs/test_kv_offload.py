"""Tiered prefix cache: vLLM offloads KV-cache blocks to a CPU tier (KvOffload), the picker scores both tiers
(SchedulerConfig.tiered_prefix_cache), and the sizes of the two ends are checked against each other and the pod."""

from __future__ import annotations

import json

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, one, synth_problems
from gateway_support import VLLM, model

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    FilesystemTier,
    InferencePool,
    KvOffload,
    LmcacheDisk,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PodSecurity,
    Profile,
    RoutingSidecar,
    SchedulerConfig,
)

OFFLOAD = KvOffload(cpu_bytes="100Gi", kv_bytes_per_token=262144)
MEMORY = {"memory": "200Gi", "cpu": "8"}


def _stack(chart: Chart, *, offload: KvOffload | None = OFFLOAD, limits: dict[str, str] | None = None,
           config: SchedulerConfig | None = None, requests: dict[str, str] | None = None) -> EndpointPicker:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=None, kv_offload=offload)
    DecodePool(server, "Decode", replicas=2, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM, requests=requests or MEMORY, limits=limits or {"memory": "400Gi", "cpu": "16"})])
    return EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server),
                          config=config or SchedulerConfig.tiered_prefix_cache())



def test_vllm_offloads_and_the_picker_scores_both_tiers(chart: Chart, synth: Synth) -> None:
    _stack(chart)
    out = synth(chart)
    args = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]["containers"][0]["args"]
    assert json.loads(args[args.index("--kv-transfer-config") + 1]) == {
        "kv_connector": "OffloadingConnector", "kv_role": "kv_both",
        "kv_connector_extra_config": {"cpu_bytes_to_use": 100 * 2**30}}
    document = yaml.safe_load(one(out, "ConfigMap", "qwen-epp")["data"]["epp-config.yaml"])
    producers = {p["name"]: p["parameters"] for p in document["plugins"] if p.get("name", "").endswith("producer")}
    # 100Gi / (256KiB a token x 16 tokens a block)
    assert producers["cpu-prefix-cache-producer"] == {"blockSizeTokens": 16, "autoTune": False,
                                                      "lruCapacityPerServer": 25600}
    assert producers["gpu-prefix-cache-producer"] == {"blockSizeTokens": 16}
    scorers = [p["parameters"]["prefixMatchInfoProducerName"] for p in document["plugins"]
               if p["type"] == "prefix-cache-scorer"]
    assert scorers == ["gpu-prefix-cache-producer", "cpu-prefix-cache-producer"]


def test_fails_a_picker_counting_more_cpu_blocks_than_vllm_keeps(chart: Chart, synth: Synth) -> None:
    _stack(chart, config=SchedulerConfig.tiered_prefix_cache(cpu_blocks_per_pod=82000))
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: cpu-prefix-cache-producer lruCapacityPerServer is 82000 blocks of 16 "
        "tokens, but vLLM offloads 100Gi (KvOffload.cpu_bytes, cpu_bytes_to_use), 25600 such blocks at 262144 bytes "
        "a token; the picker would count blocks vLLM has dropped: make the capacity at most that, or offload more"]


def test_fails_a_picker_scoring_a_tier_nobody_offloads_to(chart: Chart, synth: Synth) -> None:
    _stack(chart, offload=None, config=SchedulerConfig.tiered_prefix_cache(cpu_blocks_per_pod=1000))
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: cpu-prefix-cache-producer scores a CPU tier of the KV cache, but "
        "ModelServer 'qwen' offloads none (no OffloadingConnector); set ModelServer(kv_offload=KvOffload(cpu_bytes="
        "...))"]


def test_fails_a_capacity_nobody_can_derive(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.tiered_prefix_cache\.cpu_blocks_per_pod: is "
                                                r"needed"):
        _stack(chart, offload=KvOffload(cpu_bytes="100Gi"))


def test_fails_offloading_in_a_pd_server(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^ModelServer\.kv_offload: a P/D server"):
        ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=RoutingSidecar(),
                    kv_offload=OFFLOAD)


def test_fails_a_bad_size(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^KvOffload\.cpu_bytes"):
        KvOffload(cpu_bytes="lots")


def test_dev_shm_holds_the_cpu_tier(chart: Chart, synth: Synth) -> None:
    _stack(chart)
    volumes = one(synth(chart), "Deployment", "qwen-decode")["spec"]["template"]["spec"]["volumes"]
    assert {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "100Gi"}} in volumes


def test_fails_a_memory_limit_below_the_cpu_tier(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=None, kv_offload=OFFLOAD)
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(server, "Decode", parallelism=Parallelism(tensor=2), containers=[ModelContainer(
            image=VLLM, limits={"memory": "64Gi"})])
    assert [str(p) for p in caught.value.problems] == [
        "DecodePool.containers[0].limits.memory: 64Gi is less than the CPU tier of the KV cache vLLM pins in it "
        "(KvOffload.cpu_bytes 100Gi, cpu_bytes_to_use): the container would be killed when the tier fills; raise the "
        "limit above the tier and the model server's own memory, or offload less"]


def test_fails_a_dev_shm_smaller_than_the_cpu_tier(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=None, kv_offload=OFFLOAD,
                         profile=Profile(security=PodSecurity(shm_size="8Gi")))
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.profile\.security\.shm_size: /dev/shm of 8Gi is smaller "
                                                r"than the CPU tier of the KV cache \(KvOffload\.cpu_bytes 100Gi\)"):
        DecodePool(server, "Decode", parallelism=Parallelism(tensor=2), containers=[ModelContainer(
            image=VLLM, limits={"memory": "400Gi"})])


def test_a_filesystem_tier_behind_the_cpu_tier(chart: Chart, synth: Synth) -> None:
    tier = FilesystemTier(claim="kv-cache-storage")
    _stack(chart, offload=OFFLOAD.with_filesystem(tier))
    spec = one(synth(chart), "Deployment", "qwen-decode")["spec"]["template"]["spec"]
    container = spec["containers"][0]
    args = container["args"]
    assert json.loads(args[args.index("--kv-transfer-config") + 1])["kv_connector_extra_config"] == {
        "spec_name": "TieringOffloadingSpec", "cpu_bytes_to_use": 100 * 2**30, "block_size": 256,
        "secondary_tiers": [{"type": "fs", "root_dir": "/mnt/files-storage", "n_read_threads": 16,
                             "n_write_threads": 16}]}
    assert {"name": "PYTHONHASHSEED", "value": "42"} in container["env"]
    assert {"name": "kv-offload-storage", "mountPath": "/mnt/files-storage"} in container["volumeMounts"]
    assert {"name": "kv-offload-storage", "persistentVolumeClaim": {"claimName": "kv-cache-storage"}} in spec[
        "volumes"]


def test_lmcache_keeps_the_cpu_tier(chart: Chart, synth: Synth) -> None:
    _stack(chart, offload=KvOffload.lmcache("100Gi", kv_bytes_per_token=262144))
    container = one(synth(chart), "Deployment", "qwen-decode")["spec"]["template"]["spec"]["containers"][0]
    args = container["args"]
    assert json.loads(args[args.index("--kv-transfer-config") + 1]) == {"kv_connector": "LMCacheConnectorV1",
                                                                        "kv_role": "kv_both"}
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["LMCACHE_MAX_LOCAL_CPU_SIZE"] == "100.0" and env["LMCACHE_LOCAL_CPU"] == "True"


def test_fails_a_shared_filesystem_tier_without_one_hash_seed() -> None:
    with pytest.raises(ModelServiceError, match=r"^KvOffload\.hash_seed: a filesystem tier shared by the pods needs "
                                                r"one PYTHONHASHSEED"):
        KvOffload(cpu_bytes="10Gi", filesystem=FilesystemTier(claim="kv"))


MASTER = "mooncake-master-store.mooncake.svc.cluster.local:50051"
MOONCAKE = KvOffload.mooncake(MASTER, segment_bytes="80Gi", kv_bytes_per_token=262144)


def test_vllm_joins_a_mooncake_store_the_server_configures(chart: Chart, synth: Synth) -> None:
    _stack(chart, offload=MOONCAKE)
    out = synth(chart)
    pod = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]
    vllm = pod["containers"][0]
    args = vllm["args"]
    assert json.loads(args[args.index("--kv-transfer-config") + 1]) == {
        "kv_connector": "MooncakeStoreConnector", "kv_role": "kv_both"}
    env = {e["name"]: e.get("value") for e in vllm["env"]}
    assert env["MOONCAKE_CONFIG_PATH"] == "/etc/mooncake/mooncake_config.json" and env["PYTHONHASHSEED"] == "0"
    assert {"name": "mooncake-config", "mountPath": "/etc/mooncake", "readOnly": True} in vllm["volumeMounts"]
    assert {"name": "mooncake-config", "configMap": {"name": "qwen-mooncake"}} in pod["volumes"]
    config = json.loads(one(out, "ConfigMap", "qwen-mooncake")["data"]["mooncake_config.json"])
    assert config == {"mode": "embedded", "metadata_server": "P2PHANDSHAKE", "master_server_address": MASTER,
                      "global_segment_size": 80 * 2**30, "local_buffer_size": 4 * 2**30, "protocol": "rdma",
                      "device_name": "", "enable_offload": False}
    shm = next(v for v in pod["volumes"] if v["name"] == "dshm" or (v.get("emptyDir") or {}).get("medium"))
    assert shm["emptyDir"]["sizeLimit"] == "2Gi"  # the store registers its segments itself, not in /dev/shm
    picker_config = yaml.safe_load(one(out, "ConfigMap", "qwen-epp")["data"]["epp-config.yaml"])
    cpu = next(p for p in picker_config["plugins"] if p.get("name") == "cpu-prefix-cache-producer")
    assert cpu["parameters"]["lruCapacityPerServer"] == 80 * 2**30 // (262144 * 16)


def test_fails_a_memory_limit_below_what_the_ranks_give_the_store(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as err:
        _stack(chart, offload=MOONCAKE, limits={"memory": "160Gi", "cpu": "16"})
    assert str(err.value).split("\n")[-1] == (
        "DecodePool.containers[0].limits.memory: 160Gi is less than the Mooncake store's memory in the pod: 2 vLLM "
        "rank(s) x (segment KvOffload.cpu_bytes 80Gi + transfer buffer MooncakeStore.buffer_bytes 4Gi); the "
        "container would be killed when the store fills; raise the limit above that and the model server's own "
        "memory, or contribute less")


def test_a_limit_above_what_the_ranks_give_the_store_passes(chart: Chart, synth: Synth) -> None:
    _stack(chart, offload=MOONCAKE, limits={"memory": "200Gi", "cpu": "16"})
    synth(chart)


@pytest.mark.parametrize(("make", "message"), [
    (lambda: KvOffload.mooncake("mooncake-master"), r"^MooncakeStore\.master_address: must be host:port of the "
                                                    r"store's master, got 'mooncake-master'$"),
    (lambda: KvOffload.mooncake(MASTER, protocol="ib"), r"^MooncakeStore\.protocol: 'ib' is not one of rdma, tcp$"),
    (lambda: KvOffload.mooncake(MASTER, buffer_bytes="0"), r"^MooncakeStore\.buffer_bytes: must be more than 0"),
    (lambda: KvOffload("80Gi", connector="mooncake"), r"^KvOffload\.store: a Mooncake store goes with the mooncake "
                                                      r"connector"),
    (lambda: KvOffload.mooncake(MASTER, hash_seed=None), r"^KvOffload\.hash_seed: a Mooncake store shared by the "
                                                         r"pods needs one PYTHONHASHSEED"),
])
def test_fails_bad_mooncake_settings(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_lmcache_keeps_a_disk_tier_on_the_shared_claim(chart: Chart, synth: Synth) -> None:
    disk = LmcacheDisk(claim="kv-storage", size="1120Gi")
    _stack(chart, offload=KvOffload.lmcache("100Gi", kv_bytes_per_token=262144, hash_seed="123", disk=disk),
           limits={"memory": "400Gi", "cpu": "16"})
    pod = one(synth(chart), "Deployment", "qwen-decode")["spec"]["template"]["spec"]
    vllm = pod["containers"][0]
    env = {e["name"]: e.get("value") for e in vllm["env"]}
    assert {k: env[k] for k in env if k.startswith("LMCACHE_") or k == "PYTHONHASHSEED"} == {
        "LMCACHE_LOCAL_CPU": "True", "LMCACHE_MAX_LOCAL_CPU_SIZE": "100.0",
        "LMCACHE_LOCAL_DISK": "file:///mnt/files-storage/kv-cache/", "LMCACHE_MAX_LOCAL_DISK_SIZE": "1120.0",
        "LMCACHE_EXTRA_CONFIG": '{"use_odirect":"True"}', "PYTHONHASHSEED": "123"}
    assert {"name": "kv-offload-storage", "persistentVolumeClaim": {"claimName": "kv-storage"}} in pod["volumes"]
    assert {"name": "kv-offload-storage", "mountPath": "/mnt/files-storage"} in vllm["volumeMounts"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: KvOffload.lmcache("100Gi", disk=LmcacheDisk(claim="kv", size="1Ti")),
     r"^KvOffload\.hash_seed: a disk tier shared by the pods needs one PYTHONHASHSEED"),
    (lambda: KvOffload("100Gi", disk=LmcacheDisk(claim="kv", size="1Ti"), hash_seed="1"),
     r"^KvOffload\.disk: a disk tier is LMCache's"),
    (lambda: LmcacheDisk(claim="kv", size="1Ti", directory="../etc"),
     r"^LmcacheDisk\.directory: must be a relative path on the claim, got '\.\./etc'$"),
    (lambda: LmcacheDisk(claim="kv", size="lots"), r"^LmcacheDisk\.size: "),
])
def test_fails_bad_lmcache_disks(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_a_standalone_mooncake_store_takes_no_memory_of_the_ranks(chart: Chart, synth: Synth) -> None:
    _stack(chart, offload=KvOffload.mooncake_client(MASTER, client_bytes="80Gi", kv_bytes_per_token=262144),
           limits={"memory": "16Gi", "cpu": "16"}, requests={"memory": "16Gi", "cpu": "8"})
    # 2 ranks x 4Gi of buffer fit in 16Gi: the store's 80Gi is the clients' on the nodes, not the ranks'
    out = synth(chart)
    config = json.loads(one(out, "ConfigMap", "qwen-mooncake")["data"]["mooncake_config.json"])
    assert (config["mode"], config["global_segment_size"], config["enable_offload"]) == ("standalone-store", 0, True)
    pod = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]
    assert {"name": "mooncake-offload-stub", "emptyDir": {}} in pod["volumes"]
    assert {"name": "mooncake-offload-stub", "mountPath": "/data/mooncake-offload"} in pod["containers"][0][
        "volumeMounts"]


def test_fails_a_memory_limit_below_the_ranks_buffers_of_a_standalone_store(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as err:
        _stack(chart, offload=KvOffload.mooncake_client(MASTER, client_bytes="80Gi"),
               limits={"memory": "6Gi", "cpu": "16"}, requests={"memory": "6Gi", "cpu": "8"})
    assert ("DecodePool.containers[0].limits.memory: 6Gi is less than the Mooncake store's memory in the pod: 2 vLLM "
            "rank(s) x transfer buffer MooncakeStore.buffer_bytes 4Gi;") in str(err.value)
