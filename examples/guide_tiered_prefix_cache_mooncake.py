"""llm-d's tiered prefix-cache guide, Mooncake store variant, as typed constructs: Qwen3-32B on 2-GPU decode pods whose
vLLM joins a Mooncake store the pods share (``KvOffload.mooncake``: ``MooncakeStoreConnector`` in embedded mode, each
vLLM rank contributing 80 GiB of its memory to the store over RDMA, with one ``PYTHONHASHSEED``), and the standalone
router scoring the GPU and CPU tiers of each pod (``SchedulerConfig.tiered_prefix_cache()``). The server writes the
store's configuration to the ConfigMap ``tiered-prefix-cache-mooncake-mooncake``; a memory limit below what the ranks
give the store is an error.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model server is the kustomize
recipe ``tiered-prefix-cache/modelserver/gpu/vllm/mooncake-store/cpu/base``, and ``docs/guides.md`` compares the two
object by object. The store's master (llm-d's ``helpers/mooncake-master-store``) is deployed apart, in the
namespace ``mooncake``.

    .venv/bin/python examples/guide_tiered_prefix_cache_mooncake.py   # dist/tiered-prefix-cache-mooncake.k8s.yaml
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

GUIDE = "tiered-prefix-cache-mooncake"
NAMESPACE = "llm-d-tiered-prefix-cache"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""
QWEN3_32B_KV_BYTES_PER_TOKEN = 64 * 2 * 8 * 128 * 2
"""64 layers x (K and V) x 8 KV heads x 128 dimensions x 2 bytes (bf16): 256KiB a token."""
OFFLOAD = KvOffload.mooncake("mooncake-master-store.mooncake.svc.cluster.local:50051", segment_bytes="80Gi",
                             kv_bytes_per_token=QWEN3_32B_KV_BYTES_PER_TOKEN)


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), profile=AS_ROOT, routing_sidecar=None,
                         kv_transfer=None, kv_offload=OFFLOAD,
                         model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=4, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, env=[{"name": "USER", "value": "llm-d"}],
        limits={"cpu": "16", "memory": "400Gi", "rdma/ib": "1"},
        requests={"cpu": "8", "memory": "200Gi", "rdma/ib": "1"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.tiered_prefix_cache(), proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
