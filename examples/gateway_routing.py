"""Two models behind one Gateway, each with its own InferencePool, endpoint picker and HTTPRoute.

Runs on CPU (the llm-d inference simulator). ``qwen`` is a P/D service (decode pods with the
routing sidecar, prefill pods) that takes all traffic of the Gateway; ``llama`` serves decode
only, under the ``/llama`` path prefix, which is rewritten to ``/`` before it reaches the model.

    .venv/bin/python examples/gateway_routing.py   # writes dist/gateway-routing.k8s.yaml

The output folder is ``dist`` unless ``CDK8S_OUTDIR`` says otherwise. The Gateway itself
(``inference-gateway``, listener ``http``) belongs to the platform and is not created here.

Both models run with the production profile (the default) and a NetworkPolicy; the endpoint pickers
get the same hardening through their ``build_pod_spec`` hook (they keep their service-account token:
they watch pods and InferencePools).
"""



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
from modelservice_constructs.gateway import EndpointPicker, GatewayRef, HttpRoute, InferencePool

SIMULATOR = "ghcr.io/llm-d/llm-d-inference-sim:v0.8.2"
GATEWAY = GatewayRef("inference-gateway", section_name="http")


def simulator(port: int) -> ModelContainer:
    """The inference simulator on ``port``, small enough for a laptop cluster."""
    return ModelContainer(
        image=SIMULATOR,
        model_command=ModelCommand.IMAGE_DEFAULT,
        ports=[{"containerPort": port, "name": "metrics", "protocol": "TCP"}],
        limits={"cpu": "1", "memory": "1Gi"},
        requests={"cpu": "100m", "memory": "256Mi"},
    )


def model(chart: Chart, id: str, name: str, uri: str, *, prefill: bool) -> ModelServer:
    """A model server on the simulator; its pods are told apart by the ``llm-d.ai/model`` label."""
    server = ModelServer(
        chart, id,
        name=name,
        model=ModelArtifacts.from_uri(uri, size="5Mi",
                                      labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": name}),
        accelerator=Accelerator.cpu(),
        network_policy=ModelNetworkPolicy(),
    )
    DecodePool(server, "Decode", replicas=2, containers=[simulator(server.routing_sidecar.target_port
                                                                   if server.routing_sidecar else 8000)])
    if prefill:
        PrefillPool(server, "Prefill", containers=[simulator(server.service_port)])
    return server


app = App()
chart = Chart(app, "gateway-routing")

qwen = model(chart, "Qwen", "qwen", "hf://Qwen/Qwen3-0.6B", prefill=True)
qwen_pool = InferencePool(chart, "QwenPool", server=qwen)
EndpointPicker(chart, "QwenPicker", pool=qwen_pool)
HttpRoute(chart, "QwenRoute", gateway=GATEWAY, backend=qwen_pool)

llama = model(chart, "Llama", "llama", "hf://meta-llama/Llama-3.2-1B-Instruct", prefill=False)
llama_pool = InferencePool(chart, "LlamaPool", server=llama)
EndpointPicker(chart, "LlamaPicker", pool=llama_pool)
HttpRoute(chart, "LlamaRoute", gateway=GATEWAY, backend=llama_pool, path_prefix="/llama")

app.synth()
