"""llm-d's tiered prefix-cache guide, LMCache variant, as typed constructs: Qwen3-32B on 2-GPU decode pods whose vLLM
runs LMCache (``KvOffload.lmcache``: ``LMCacheConnectorV1`` with 100 GiB of local CPU memory, one
``PYTHONHASHSEED``), and the standalone router scoring the GPU and CPU tiers of each pod
(``SchedulerConfig.tiered_prefix_cache()``, the CPU tier's capacity derived from the offload size).

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model server is the kustomize
recipe ``tiered-prefix-cache/modelserver/gpu/vllm/lmcache-connector/cpu/base``, and ``docs/guides.md`` compares the two
object by object (the recipe's patch gives its container two ``env`` keys, and kustomize keeps the first: the
rendered pod has no LMCache size and no hash seed, which this example sets).

    .venv/bin/python examples/guide_tiered_prefix_cache_lmcache.py   # dist/tiered-prefix-cache-lmcache.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    KvOffload,
    LlmdRelease,
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

GUIDE = "tiered-prefix-cache-lmcache"
NAMESPACE = "llm-d-tiered-prefix-cache"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""
QWEN3_32B_KV_BYTES_PER_TOKEN = 64 * 2 * 8 * 128 * 2
"""64 layers x (K and V) x 8 KV heads x 128 dimensions x 2 bytes (bf16): 256KiB a token."""
OFFLOAD = KvOffload.lmcache("100Gi", kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN, hash_seed="123")


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), profile=AS_ROOT, routing_sidecar=None,
                         kv_transfer=None, kv_offload=OFFLOAD,
                         model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=4, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, args=["--max-num-seqs=1024"], env=[{"name": "USER", "value": "llm-d"}],
        limits={"cpu": "16", "memory": "500Gi"}, requests={"cpu": "8", "memory": "500Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.tiered_prefix_cache(), proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
