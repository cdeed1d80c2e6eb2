"""A canary rollout of a LoRA adapter, as llm-d's adapter-rollout guide runs it: Qwen3-32B whose vLLM finds adapters
in a directory of the pod at run time (``LoraAdapters(runtime_dir=...)``), the picker preferring pods that have an
adapter loaded, and an ``InferenceModelRewrite`` sending 90% of the requests for ``small-segment-lora`` to v1 and 10%
to v2. A rewrite to an adapter the server does not serve is an error at synth.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``). Its recipe lives outside the
guides directory (``docs/operations/rollouts/adapter-rollout-example`` of llm-d), so the conformance suite does not
compare it.

    .venv/bin/python examples/guide_lora_rollout.py   # dist/lora-adapter-rollout.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferenceModelRewrite,
    InferencePool,
    LlmdRelease,
    LoraAdapters,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    PodSecurity,
    Profile,
    RewriteRule,
    RewriteTarget,
    StandaloneProxy,
)
from modelservice_constructs.app import main

NAME = "lora-adapter-rollout"
NAMESPACE = "llm-d-lora"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""


def build(app: App) -> None:
    chart = Chart(app, NAME, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=NAME, release=LlmdRelease.v0_9(), profile=AS_ROOT, routing_sidecar=None,
                         kv_transfer=None, model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": NAME}),
                         lora=LoraAdapters(runtime_dir="/adapters",
                                           runtime_adapters=["small-segment-lora-v1", "small-segment-lora-v2"]))
    DecodePool(server, "Decode", replicas=2, containers=[ModelContainer(
        image=VLLM_IMAGE, env=[{"name": "USER", "value": "llm-d"}], limits={"cpu": "8", "memory": "64Gi"},
        requests={"cpu": "4", "memory": "32Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=NAME)
    EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy())
    InferenceModelRewrite(chart, "Canary", pool=pool, name="small-segment-lora-rewrite", rules=[RewriteRule(
        model="small-segment-lora", targets=[RewriteTarget("small-segment-lora-v1", 90),
                                             RewriteTarget("small-segment-lora-v2", 10)])])


if __name__ == "__main__":
    main(build)
