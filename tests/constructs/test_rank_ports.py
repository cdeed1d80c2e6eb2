"""Wide expert parallelism: every data-parallel rank of a pod on a port of its own (Parallelism.rank_ports), each port
in the InferencePool's targetPorts and the routing sidecar's, so the endpoint picker chooses a rank, not a pod."""

from __future__ import annotations

import pytest
from cdk8s import Chart
from conftest import Synth, one, synth_problems
from gateway_support import VLLM, model

from modelservice_constructs import (
    DecodePool,
    ExpertParallel,
    InferencePool,
    LlmdRelease,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PoolWorkload,
    PrefillPool,
)

EP = Parallelism(data=16, data_local=8, workers=2, rank_ports=True)


def _server(chart: Chart, prefill: Parallelism = EP, release: LlmdRelease | None = None) -> ModelServer:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"), release=release)
    for pool, parallelism in ((DecodePool, EP), (PrefillPool, prefill)):
        pool(server, pool.role.capitalize(), workload=PoolWorkload.leader_worker_set(), parallelism=parallelism,
             containers=[ModelContainer(image=VLLM, args=["--enable-expert-parallel"])])
    return server


def _template(out: list[dict[str, object]], name: str) -> dict[str, object]:
    """The one pod template of a group whose pods all serve (no leaderTemplate of its own)."""
    lws = one(out, "LeaderWorkerSet", name)["spec"]["leaderWorkerTemplate"]  # type: ignore[index]
    assert "leaderTemplate" not in lws  # type: ignore[operator]
    template: dict[str, object] = lws["workerTemplate"]  # type: ignore[index]
    return template


def test_each_rank_serves_on_its_own_port_through_the_pool_and_the_sidecar(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart))
    out = synth(chart)
    assert [p["number"] for p in one(out, "InferencePool")["spec"]["targetPorts"]] == list(range(8000, 8008))
    decode = _template(out, "deepseek-decode")["spec"]  # type: ignore[index]
    sidecar = decode["initContainers"][0]  # type: ignore[index]
    assert "--data-parallel-size=8" in sidecar["args"]
    assert [p["containerPort"] for p in sidecar["ports"]] == list(range(8000, 8008))
    vllm = decode["containers"][0]  # type: ignore[index]
    assert sorted(p["containerPort"] for p in vllm["ports"] if 8200 <= p["containerPort"] < 8300) == list(
        range(8200, 8208))
    prefill = _template(out, "deepseek-prefill")["spec"]["containers"][0]  # type: ignore[index]
    assert sorted(p["containerPort"] for p in prefill["ports"] if 8000 <= p["containerPort"] < 8100) == list(
        range(8000, 8008))
    assert "--data-parallel-multi-port-external-lb" in prefill["command"][2]


def test_fails_pools_of_one_server_with_other_rank_layouts(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart, prefill=Parallelism(data=16, data_local=8, workers=2)))
    assert synth_problems(chart, synth) == [
        "InferencePool 'deepseek-pool' targetPorts: [8000, 8001, 8002, 8003, 8004, 8005, 8006, 8007] lists 8 "
        "port(s), but the pods of deepseek-prefill serve on 1 (PrefillPool.parallelism.rank_ports with data_local "
        "8): the picker would send nothing to the ranks it does not list, or to ports nobody serves; give the "
        "server's pools one rank layout, and create the InferencePool after them"]


@pytest.mark.parametrize("data_local", [1, 16])
def test_fails_rank_ports_without_ranks_to_list_or_more_than_a_pool_lists(data_local: int) -> None:
    with pytest.raises(ModelServiceError, match=r"^Parallelism\.rank_ports: a port per rank needs 2 to 8 "
                                                r"data-parallel ranks in a pod"):
        Parallelism(data_local=data_local, rank_ports=True)


def test_the_vllm_of_llm_d_v0_8_has_no_port_per_rank(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"--data-parallel-multi-port-external-lb"):
        _server(chart, release=LlmdRelease.v0_8())


def test_expert_parallelism_brings_deepep_and_nvshmem(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(), parallelism=EP,
               expert_parallel=ExpertParallel.low_latency(), containers=[ModelContainer(image=VLLM)])
    container = _template(synth(chart), "deepseek-decode")["spec"]["containers"][0]  # type: ignore[index]
    script = container["command"][2]
    assert "--enable-expert-parallel --all2all-backend deepep_low_latency --moe-backend deep_gemm" in script
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["NVSHMEM_REMOTE_TRANSPORT"] == "ibgda" and env["NVSHMEM_SYMMETRIC_SIZE"] == "16G"
    assert env["NCCL_SOCKET_IFNAME"] == env["GLOO_SOCKET_IFNAME"] == "eth0" and env["VLLM_USE_DEEP_GEMM"] == "1"


def test_fails_expert_parallelism_of_one_rank(chart: Chart) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.expert_parallel: expert parallelism spreads the "
                                                r"experts over the pool's ranks"):
        DecodePool(server, "Decode", expert_parallel=ExpertParallel.low_latency(),
                   containers=[ModelContainer(image=VLLM)])


def test_fails_an_all2all_backend_the_releases_vllm_lacks(chart: Chart) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    with pytest.raises(ModelServiceError, match=r"--all2all-backend"):
        DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(), parallelism=EP,
                   expert_parallel=ExpertParallel("telepathy"), containers=[ModelContainer(image=VLLM)])


def test_every_pod_of_the_group_serves_its_ranks_watched_by_the_supervisor(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart))
    out = synth(chart)
    template = _template(out, "deepseek-decode")
    assert template["metadata"]["labels"]["llm-d.ai/inference-serving"] == "true"  # type: ignore[index]
    vllm = template["spec"]["containers"][0]  # type: ignore[index]
    script = vllm["command"][2]
    assert "--headless" not in script and "HEADLESS" not in script
    assert "--data-parallel-multi-port-external-lb --data-parallel-supervisor-port 9256" in script
    assert {"name": "supervisor", "containerPort": 9256, "protocol": "TCP"} in vllm["ports"]
    assert vllm["startupProbe"]["httpGet"] == vllm["livenessProbe"]["httpGet"] == {"path": "/health", "port": 9256}
    assert vllm["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": 9256}


def test_a_group_whose_leader_alone_serves_keeps_headless_workers(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(data=16, data_local=8, workers=2), containers=[ModelContainer(image=VLLM)])
    lws = one(synth(chart), "LeaderWorkerSet", "deepseek-decode")["spec"]["leaderWorkerTemplate"]
    assert lws["workerTemplate"]["metadata"]["labels"]["llm-d.ai/inference-serving"] == "false"
    assert "$HEADLESS" in lws["leaderTemplate"]["spec"]["containers"][0]["command"][2]


def test_fails_a_supervisor_port_among_the_ranks_ports(chart: Chart) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    with pytest.raises(ModelServiceError) as err:
        DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(),
                   parallelism=Parallelism(data=16, data_local=8, workers=2, rank_ports=True, supervisor_port=8203),
                   containers=[ModelContainer(image=VLLM)])
    assert str(err.value).startswith(
        "DecodePool.parallelism.supervisor_port: port 8203 (vLLM's --data-parallel-supervisor-port, "
        "DecodePool.parallelism.supervisor_port) is already declared by container 'vllm' (vLLM's rank 3 "
        "(--port + 3), DecodePool.parallelism.rank_ports)")


def test_fails_the_supervisor_port_in_args(chart: Chart) -> None:
    server = ModelServer(chart, "DeepSeek", name="deepseek", model=model("deepseek"))
    with pytest.raises(ModelServiceError, match=r"'--data-parallel-supervisor-port' is set by the pool for vllmServe "
                                                r"containers; set the pool's Parallelism\.supervisor_port instead"):
        DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(), parallelism=EP,
                   containers=[ModelContainer(image=VLLM, args=["--data-parallel-supervisor-port", "9000"])])
