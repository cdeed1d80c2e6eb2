"""llm-d's optimized baseline guide as typed constructs: Qwen3-32B on 8 decode replicas of 2 GPUs (tensor
parallel), behind the standalone router with queue-, KV-cache- and prefix-aware scoring.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model server is the
kustomize recipe ``optimized-baseline/modelserver/gpu/vllm/base``, and ``docs/guides.md`` compares the two
object by object.

    .venv/bin/python examples/guide_optimized_baseline.py   # dist/optimized-baseline.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    Profile,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "optimized-baseline"
NAMESPACE = "llm-d-optimized-baseline"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
GUIDE_ARGS = ["--disable-access-log-for-endpoints=/health,/metrics,/v1/models"]
USER_ENV = {"name": "USER", "value": "llm-d"}
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""
"""The guides' workaround for vLLM asking the name of a user without a passwd entry."""


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), routing_sidecar=None,
                         kv_transfer=None, profile=AS_ROOT, model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=8, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, args=GUIDE_ARGS, env=[USER_ENV],
        limits={"cpu": "16", "memory": "128Gi"}, requests={"cpu": "8", "memory": "96Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
