"""The default app: a CPU-only P/D model service on the llm-d inference simulator, with its router.

Decode and prefill pools (decode pods with the routing sidecar), the InferencePool that selects them and
the llm-d router in standalone mode: the endpoint picker with the P/D scheduling preset and an Envoy proxy,
behind the Service ``cpu-sim-epp`` that clients call on port 80. All of it for the newest supported llm-d
release. Needs no cluster and no GPU. ``make synth`` (``cdk8s synth``) writes it to dist/.
"""


from cdk8s import App, Chart

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    EndpointPicker,
    InferencePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelNetworkPolicy,
    ModelServer,
    PrefillPool,
    StandaloneProxy,
)
from modelservice_constructs.app import main

SIMULATOR = "ghcr.io/llm-d/llm-d-inference-sim:v0.8.2"


def build(app: App) -> None:
    chart = Chart(app, "cpu-sim")
    server = ModelServer(
        chart, "Model",
        name="cpu-sim",
        model=ModelArtifacts.from_uri("hf://random/model", size="5Mi", labels={
            "llm-d.ai/inference-serving": "true", "llm-d.ai/model": "random-model"}),
        accelerator=Accelerator.cpu(),
        network_policy=ModelNetworkPolicy(),
    )
    for pool, port in ((DecodePool, 8200), (PrefillPool, 8000)):
        pool(server, pool.role.capitalize(), replicas=1, containers=[ModelContainer(
            image=SIMULATOR,
            model_command=ModelCommand.IMAGE_DEFAULT,
            ports=[{"containerPort": port, "name": "metrics", "protocol": "TCP"}],
            limits={"cpu": "1", "memory": "1Gi"},
            requests={"cpu": "100m", "memory": "256Mi"},
        )])
    # the router: picks a decode pod (and a prefill pod for long uncached prompts) for every request
    pool = InferencePool(chart, "Pool", server=server)
    EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy(
        resources={"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}}))


if __name__ == "__main__":
    main(build)
