"""A P/D stack with the llm-d router in standalone mode (no Gateway), as llm-d's guides deploy it by default.

Decode pods (with the routing sidecar) and prefill pods of one model, the InferencePool selecting them, and
the router: the endpoint picker with the P/D scheduling preset and an Envoy proxy in its pod, behind the
Service ``<name>-epp`` that clients call on port 80. The stack is written twice, once for the newest llm-d
release (namespace ``llm``) and once for an older one (v0.9.0, namespace ``llm-v0-9``): images, the picker's
configuration group and plugins and the sidecar's flags follow the release.

    .venv/bin/python examples/pd_standalone.py   # dist/pd-standalone.k8s.yaml, dist/pd-standalone-v0-9.k8s.yaml

Runs on CPU (the llm-d inference simulator). The output folder is ``dist`` unless ``CDK8S_OUTDIR`` says
otherwise.
"""


from cdk8s import App, Chart

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelServer,
    PrefillPool,
    StandaloneProxy,
)
from modelservice_constructs.app import main

SIMULATOR = "ghcr.io/llm-d/llm-d-inference-sim:v0.8.2"


def simulator(port: int) -> ModelContainer:
    """The inference simulator on ``port``, small enough for a laptop cluster."""
    return ModelContainer(image=SIMULATOR, model_command=ModelCommand.IMAGE_DEFAULT,
                          ports=[{"containerPort": port, "name": "metrics", "protocol": "TCP"}],
                          limits={"cpu": "1", "memory": "1Gi"}, requests={"cpu": "100m", "memory": "256Mi"})


def stack(chart: Chart, release: LlmdRelease) -> EndpointPicker:
    """One P/D model with its standalone router, for ``release``."""
    server = ModelServer(chart, "Qwen", name="qwen", release=release, accelerator=Accelerator.cpu(),
                         model=ModelArtifacts.from_uri("hf://Qwen/Qwen3-0.6B", size="5Mi", labels={
                             "llm-d.ai/inference-serving": "true", "llm-d.ai/model": "qwen"}))
    DecodePool(server, "Decode", replicas=2, containers=[simulator(8200)])
    PrefillPool(server, "Prefill", containers=[simulator(8000)])
    pool = InferencePool(chart, "Pool", server=server)
    return EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy(
        resources={"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}}))


def build(app: App) -> None:
    stack(Chart(app, "pd-standalone", namespace="llm"), LlmdRelease.latest())
    stack(Chart(app, "pd-standalone-v0-9", namespace="llm-v0-9"), LlmdRelease.v0_9())


if __name__ == "__main__":
    main(build)
