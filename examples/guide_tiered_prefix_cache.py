"""llm-d's tiered prefix-cache guide as typed constructs, one Chart for each of six of the guide's vLLM setups:
Qwen3-32B on 2-GPU decode pods whose vLLM keeps KV-cache blocks evicted from the GPUs in a second tier, and the
standalone router scoring both tiers of each pod (``SchedulerConfig.tiered_prefix_cache()``, the CPU tier's capacity
derived from the offload size). A picker that counts more CPU blocks than vLLM keeps, or a pod whose memory limit is
below its tier, is an error at synth.

- ``tiered-prefix-cache``: vLLM's ``OffloadingConnector`` with 100 GiB of CPU memory (``KvOffload``);
- ``tiered-prefix-cache-fs``: the same with a filesystem every pod shares behind it (``.with_filesystem``: vLLM's
  ``TieringOffloadingSpec`` on the guide's ReadWriteMany claim ``llm-d-kv-cache-storage``, one ``PYTHONHASHSEED``
  so each pod finds the blocks the others wrote);
- ``tiered-prefix-cache-lmcache``: LMCache with 100 GiB of CPU memory (``KvOffload.lmcache``);
- ``tiered-prefix-cache-lmcache-fs``: the same with LMCache's disk tier behind it, 1120 GiB on the shared claim
  (``LmcacheDisk``);
- ``tiered-prefix-cache-mooncake``: a Mooncake store the pods share (``KvOffload.mooncake``, embedded mode: each
  vLLM rank gives it 80 GiB of its memory over RDMA); its master (llm-d's ``helpers/mooncake-master-store``) is
  deployed apart, in the namespace ``mooncake``;
- ``tiered-prefix-cache-mooncake-fs``: a standalone Mooncake store (``KvOffload.mooncake_client``): a
  ``mooncake_client`` on each node (deployed apart, as the master) owns 80 GiB of memory and an SSD tier, and the
  vLLM ranks contribute none.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model servers are the kustomize
recipes ``native/cpu``, ``native/fs``, ``lmcache-connector/cpu``, ``lmcache-connector/fs``, ``mooncake-store/cpu`` and
``mooncake-store/fs`` (each ``/base``) under ``tiered-prefix-cache/modelserver/gpu/vllm``, and ``docs/guides.md``
compares each with its Chart object by object.

    .venv/bin/python examples/guide_tiered_prefix_cache.py   # dist/tiered-prefix-cache*.k8s.yaml, one per Chart
"""

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    FilesystemTier,
    InferencePool,
    KvOffload,
    LlmdRelease,
    LmcacheDisk,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    Profile,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "tiered-prefix-cache"
NAMESPACE = "llm-d-tiered-prefix-cache"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""
QWEN3_32B_KV_BYTES_PER_TOKEN = 64 * 2 * 8 * 128 * 2
"""64 layers x (K and V) x 8 KV heads x 128 dimensions x 2 bytes (bf16): 256KiB a token."""
CPU_TIER = KvOffload(cpu_bytes="100Gi", kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN)
LMCACHE = KvOffload.lmcache("100Gi", kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN, hash_seed="123")
SHARED_CLAIM = "llm-d-kv-cache-storage"
MOONCAKE_MASTER = "mooncake-master-store.mooncake.svc.cluster.local:50051"
"""The guide's ReadWriteMany claim (its ``manifests/pvc.yaml``, with a storage class of the cluster's)."""


@dataclass(frozen=True)
class Connector:
    """One of the guide's connectors: the Chart's name suffix, the tier, and the decode pods the guide gives it."""

    suffix: str
    offload: KvOffload
    replicas: int
    limits: Mapping[str, str]
    requests: Mapping[str, str]
    args: Sequence[str] = ()


CONNECTORS = (
    Connector("", CPU_TIER, 4, {"cpu": "16", "memory": "400Gi"}, {"cpu": "8", "memory": "200Gi"}),
    Connector("-fs", CPU_TIER.with_filesystem(FilesystemTier(claim=SHARED_CLAIM)), 2,
              {"cpu": "4", "memory": "300Gi"}, {"cpu": "4", "memory": "300Gi"}),
    Connector("-lmcache", LMCACHE, 4, {"cpu": "16", "memory": "500Gi"}, {"cpu": "8", "memory": "500Gi"},
              ["--max-num-seqs=1024"]),
    Connector("-lmcache-fs", dataclasses.replace(LMCACHE, disk=LmcacheDisk(claim=SHARED_CLAIM, size="1120Gi")), 4,
              {"cpu": "16", "memory": "500Gi"}, {"cpu": "8", "memory": "500Gi"}, ["--max-num-seqs=1024"]),
    Connector("-mooncake", KvOffload.mooncake(MOONCAKE_MASTER, segment_bytes="80Gi",
                                              kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN),
              4, {"cpu": "16", "memory": "400Gi", "rdma/ib": "1"}, {"cpu": "8", "memory": "200Gi", "rdma/ib": "1"}),
    Connector("-mooncake-fs", KvOffload.mooncake_client(MOONCAKE_MASTER, client_bytes="80Gi",
                                                        kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN),
              4, {"cpu": "16", "memory": "400Gi", "rdma/ib": "1"}, {"cpu": "8", "memory": "200Gi", "rdma/ib": "1"}),
)


def build_connector(app: App, connector: Connector) -> Chart:
    """The Chart ``tiered-prefix-cache<suffix>`` of ``connector``."""
    name = GUIDE + connector.suffix
    chart = Chart(app, name, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=name, release=LlmdRelease.v0_9(), profile=AS_ROOT, routing_sidecar=None,
                         kv_transfer=None, kv_offload=connector.offload,
                         model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": name}))
    DecodePool(server, "Decode", replicas=connector.replicas, parallelism=Parallelism(tensor=2),
               containers=[ModelContainer(image=VLLM_IMAGE, args=list(connector.args),
                                          env=[{"name": "USER", "value": "llm-d"}], limits=dict(connector.limits),
                                          requests=dict(connector.requests))])
    pool = InferencePool(chart, "Pool", server=server, name=name)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.tiered_prefix_cache(), proxy=StandaloneProxy())
    return chart


def build(app: App) -> None:
    for connector in CONNECTORS:
        build_connector(app, connector)


if __name__ == "__main__":
    main(build)
