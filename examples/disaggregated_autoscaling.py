"""A P/D model as one DisaggregatedSet, autoscaled with its prefill:decode ratio kept, behind a Gateway.

``llama`` runs its decode and prefill pools as the two roles of one DisaggregatedSet (lws v0.10.0):
both roles roll out together, and ``ExclusiveTopology`` placement keeps each slice (a complete
prefill + decode copy) inside one NVLink domain (``nvidia.com/gpu.clique``), so KV-cache transfers
stay on the fast fabric and no other DisaggregatedSet shares the domain.

Scaling keeps the ratio:

- decode is autoscaled by KEDA on vLLM's queue length and KV-cache usage (Prometheus);
- prefill follows decode: KEDA's ``kubernetes-workload`` trigger keeps one prefill replica for every
  two running decode pods, whatever decode scales to.

Both roles are therefore ``scaling.mode: External`` and KEDA scales the ``llama-decode`` and
``llama-prefill`` DisaggregatedSetRoleScalers the controller creates. lws v0.10.0 accepts External
roles with one slice only; the other way to keep the ratio is to give fixed replicas and scale
``slices`` (complete copies), which this example does not do.

    .venv/bin/python examples/disaggregated_autoscaling.py   # writes dist/disaggregated-autoscaling.k8s.yaml

The output folder is ``dist`` unless ``CDK8S_OUTDIR`` says otherwise. The Gateway, Prometheus and KEDA
belong to the platform and are not created here.
"""


from cdk8s import App, Chart

from modelservice_constructs import (
    Autoscaling,
    DecodePool,
    EndpointPicker,
    GatewayRef,
    HttpRoute,
    InferencePool,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    Placement,
    PodMonitoring,
    PoolWorkload,
    PrefillPool,
    ServerBackend,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.4.0"
PROMETHEUS = "http://prometheus-operated.monitoring.svc:9090"


def vllm(port: int) -> ModelContainer:
    """vLLM on ``port``, the port named for the PodMonitor (the server adds the NIXL KV-transfer connector)."""
    return ModelContainer(
        image=VLLM,
        ports=[{"containerPort": port, "name": "metrics", "protocol": "TCP"}],
        requests={"cpu": "8", "memory": "64Gi"},
        limits={"cpu": "16", "memory": "128Gi"},
        mount_model_volume=True,
    )


app = App()
chart = Chart(app, "disaggregated-autoscaling", namespace="llm")

llama = ModelServer(
    chart, "Llama",
    name="llama",
    model=ModelArtifacts.from_uri("hf://meta-llama/Llama-3.1-70B-Instruct", size="200Gi",
                                  labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "llama"}),
    backend=ServerBackend.disaggregated_set(slices=1, placement=Placement.exclusive_topology("nvidia.com/gpu.clique")),
)

decode = DecodePool(
    llama, "Decode",
    containers=[vllm(llama.routing_sidecar.target_port if llama.routing_sidecar else llama.service_port)],
    parallelism=Parallelism(tensor=4),
    workload=PoolWorkload.disaggregated_set_role(max_surge=1, max_unavailable=0),
    monitoring=PodMonitoring(),
    autoscaling=Autoscaling.keda(
        min_replicas=2, max_replicas=8, prometheus_address=PROMETHEUS,
        metrics=[Metric.queue_length(target_per_replica=8), Metric.kv_cache_usage(target=0.75)]),
)
PrefillPool(
    llama, "Prefill",
    containers=[vllm(llama.service_port)],
    parallelism=Parallelism(tensor=2),
    monitoring=PodMonitoring(),
    autoscaling=Autoscaling.keda(min_replicas=1, max_replicas=4,
                                 metrics=[Metric.follows(decode, pods_per_replica=2)]),
)

pool = InferencePool(chart, "LlamaPool", server=llama)
EndpointPicker(chart, "LlamaPicker", pool=pool)
HttpRoute(chart, "LlamaRoute", gateway=GatewayRef("inference-gateway", section_name="http"), backend=pool)

app.synth()
