"""llm-d's autoscaling on the endpoint picker's metrics (the workload-autoscaling guide's HPA-on-EPP-metrics page,
through KEDA, the path that page recommends) as typed constructs, on the P/D disaggregation guide's stack: prefill
and decode scale independently, each with a KEDA ScaledObject of its own on what the picker sees. Decode follows
the requests the picker's flow control holds (``llm_d_epp_flow_control_queue_size``) and the requests it has in
flight (``llm_d_epp_request_running``); prefill follows the queue with a target of its own. Every query pins the
namespace and selects the picker's pods (and, for the queue, its InferencePool), so two copies of the stack in two
namespaces never scale on each other's traffic. The picker runs with flow control on (the ``flowControl`` feature
gate) and a PodMonitor has Prometheus scrape it; a queue metric without flow control is an error at synth.

The targets are examples, to be tuned as the guide says: run the model at a known concurrency, watch the values,
set the targets below the concurrency at which latency degrades.

The stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``), as the guides'. The guide gives its
autoscaler as README text for prometheus-adapter and an HPA (with placeholders), not as a recipe;
``docs/guides.md`` says how its metrics and gate compare with ours.

    .venv/bin/python examples/guide_epp_autoscaling.py   # dist/epp-autoscaling.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    Autoscaling,
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodMonitoring,
    PodSecurity,
    PrefillPool,
    Profile,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "epp-autoscaling"
NAMESPACE = "llm-d-epp-autoscaling"
PROMETHEUS = "http://prometheus-operated.monitoring:9090"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
VLLM_ARGS = ["--disable-access-log-for-endpoints=/health,/metrics,/v1/models", "--block-size=128",
             "--no-disable-hybrid-kv-cache-manager"]
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guides' vLLM image runs as root, which the production profile refuses: the guides' choice, said explicitly."""


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), profile=AS_ROOT,
                         model=ModelArtifacts.from_uri(
                             "hf://openai/gpt-oss-120b", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=4), containers=[ModelContainer(
        image=VLLM_IMAGE, args=VLLM_ARGS, limits={"cpu": "16", "memory": "64Gi"},
        requests={"cpu": "16", "memory": "64Gi"})],
        autoscaling=Autoscaling.keda(min_replicas=1, max_replicas=4, prometheus_address=PROMETHEUS, metrics=[
            Metric.picker_queue_size(10), Metric.picker_running_requests(64)]))
    PrefillPool(server, "Prefill", containers=[ModelContainer(
        image=VLLM_IMAGE, args=VLLM_ARGS, limits={"cpu": "8", "memory": "16Gi"},
        requests={"cpu": "8", "memory": "16Gi"})],
        autoscaling=Autoscaling.keda(min_replicas=2, max_replicas=16, prometheus_address=PROMETHEUS,
                                     metrics=[Metric.picker_queue_size(4)]))
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.prefill_decode(), proxy=StandaloneProxy(),
                   flow_control=True, monitoring=PodMonitoring())


if __name__ == "__main__":
    main(build)
