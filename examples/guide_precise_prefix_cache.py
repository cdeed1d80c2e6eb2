"""llm-d's precise prefix-cache routing guide as typed constructs: Qwen3-32B on 8 decode replicas of 2 GPUs whose
vLLM publishes its KV-cache events (``KvEvents``), and the standalone router indexing them
(``SchedulerConfig.precise_prefix_cache()``) with a vLLM render service that tokenizes prompts. The socket port,
the block size (64), the pod port of the event topic and the model name agree by construction, and a change to
one end that breaks them is an error at synth.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model server and render
service are the kustomize recipes ``precise-prefix-cache-routing/modelserver/gpu/vllm/base`` and
``precise-prefix-cache-routing/render``, and ``docs/guides.md`` compares them with ours object by object.

    .venv/bin/python examples/guide_precise_prefix_cache.py   # dist/precise-prefix-cache-routing.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    KvEvents,
    LlmdRelease,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    Profile,
    RenderService,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "precise-prefix-cache-routing"
NAMESPACE = "llm-d-precise-prefix-cache-routing"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
GUIDE_ARGS = ["--disable-access-log-for-endpoints=/health,/metrics,/v1/models", "--block-size=64"]
USER_ENV = {"name": "USER", "value": "llm-d"}
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), routing_sidecar=None,
                         kv_transfer=None, kv_events=KvEvents(), profile=AS_ROOT, model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=8, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, args=GUIDE_ARGS, env=[USER_ENV],
        limits={"cpu": "16", "memory": "128Gi"}, requests={"cpu": "8", "memory": "96Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, replicas=2, config=SchedulerConfig.precise_prefix_cache(),
                   render_service=RenderService(image="docker.io/vllm/vllm-openai-cpu:v0.23.0", replicas=3),
                   proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
