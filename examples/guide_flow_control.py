"""llm-d's flow-control guide as typed constructs: the optimized baseline's Qwen3-32B behind a router that holds
requests while the pool is saturated (``EndpointPicker(flow_control=FlowControl(...))``), in three priority bands
that share their turns round-robin between tenants, with a concurrency detector of 132 requests an endpoint; three
InferenceObjectives (premium 100, standard 0, best effort -10) give requests their band.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model server is the optimized
baseline's kustomize recipe renamed for the guide, its router values ``flow-control/router/flow-control.values.yaml``
and its objectives ``flow-control/objectives.yaml``, and ``docs/guides.md`` compares them with ours object by object.

    .venv/bin/python examples/guide_flow_control.py   # dist/flow-control.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    FlowControl,
    InferenceObjective,
    InferencePool,
    LlmdRelease,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    PriorityBand,
    Profile,
    SaturationDetector,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "flow-control"
NAMESPACE = "llm-d-flow-control"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""
FLOW_CONTROL = FlowControl(
    max_bytes="10Gi", max_requests="1k", default_request_ttl="60s",
    saturation_detector=SaturationDetector.concurrency(132),
    priority_bands=[PriorityBand(100, max_requests=500), PriorityBand(0, max_requests=200),
                    PriorityBand(-10, max_requests=50)])
"""Three bands (premium, standard, best effort), round-robin between tenants and first come first served within one."""
OBJECTIVES = {"premium-traffic": 100, "standard-traffic": 0, "best-effort-traffic": -10}


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), routing_sidecar=None,
                         kv_transfer=None, profile=AS_ROOT, model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=8, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, args=["--disable-access-log-for-endpoints=/health,/metrics,/v1/models"],
        env=[{"name": "USER", "value": "llm-d"}], limits={"cpu": "16", "memory": "128Gi"},
        requests={"cpu": "8", "memory": "96Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy(), flow_control=FLOW_CONTROL)
    for name, priority in OBJECTIVES.items():
        InferenceObjective(chart, name, pool=pool, name=name, priority=priority)


if __name__ == "__main__":
    main(build)
