"""A P/D stack behind a Gateway: the InferencePool, its endpoint picker and an HTTPRoute, with an objective.

Decode pods (with the routing sidecar) and prefill pods of one model, the InferencePool selecting them, the
endpoint picker with the P/D scheduling preset that the Gateway consults for every request, an HTTPRoute from
the platform's Gateway (``inference-gateway``, listener ``http``; not created here) to the pool, and an
InferenceObjective for interactive traffic. The stack is written twice, once for the newest llm-d release
(namespace ``llm``, path ``/``) and once for an older one (v0.9.0, namespace ``llm-v0-9``, path ``/v0-9``).

    .venv/bin/python examples/pd_gateway.py   # dist/pd-gateway.k8s.yaml, dist/pd-gateway-v0-9.k8s.yaml

Runs on CPU (the llm-d inference simulator). The output folder is ``dist`` unless ``CDK8S_OUTDIR`` says
otherwise.
"""


from cdk8s import App, Chart

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    EndpointPicker,
    GatewayRef,
    HttpRoute,
    InferenceObjective,
    InferencePool,
    LlmdRelease,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelServer,
    PrefillPool,
)
from modelservice_constructs.app import main

SIMULATOR = "ghcr.io/llm-d/llm-d-inference-sim:v0.8.2"


def simulator(port: int) -> ModelContainer:
    """The inference simulator on ``port``, small enough for a laptop cluster."""
    return ModelContainer(image=SIMULATOR, model_command=ModelCommand.IMAGE_DEFAULT,
                          ports=[{"containerPort": port, "name": "metrics", "protocol": "TCP"}],
                          limits={"cpu": "1", "memory": "1Gi"}, requests={"cpu": "100m", "memory": "256Mi"})


def stack(chart: Chart, release: LlmdRelease, path_prefix: str) -> None:
    """One P/D model behind the Gateway under ``path_prefix``, for ``release``."""
    server = ModelServer(chart, "Qwen", name="qwen", release=release, accelerator=Accelerator.cpu(),
                         model=ModelArtifacts.from_uri("hf://Qwen/Qwen3-0.6B", size="5Mi", labels={
                             "llm-d.ai/inference-serving": "true", "llm-d.ai/model": "qwen"}))
    DecodePool(server, "Decode", replicas=2, containers=[simulator(8200)])
    PrefillPool(server, "Prefill", containers=[simulator(8000)])
    pool = InferencePool(chart, "Pool", server=server)
    EndpointPicker(chart, "Picker", pool=pool)
    HttpRoute(chart, "Route", gateway=GatewayRef("inference-gateway", namespace="gateways", section_name="http"),
              backend=pool, path_prefix=path_prefix)
    InferenceObjective(chart, "Interactive", pool=pool, name="qwen-interactive", priority=10)


def build(app: App) -> None:
    stack(Chart(app, "pd-gateway", namespace="llm"), LlmdRelease.latest(), "/")
    stack(Chart(app, "pd-gateway-v0-9", namespace="llm-v0-9"), LlmdRelease.v0_9(), "/v0-9")


if __name__ == "__main__":
    main(build)
