"""The default app: a CPU-only P/D model service on the llm-d inference simulator.

Needs no cluster and no GPU. ``make synth`` (``cdk8s synth``) writes it to dist/.
"""

import os

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")  # before jsii starts

from cdk8s import App, Chart

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelNetworkPolicy,
    ModelServer,
    PrefillPool,
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


if __name__ == "__main__":
    main(build)
