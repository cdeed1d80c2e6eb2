"""Autoscaling on the endpoint picker's metrics (llm-d's HPA-on-EPP-metrics guide, through KEDA): the flow-control
queue and the requests in flight, per role, with the namespace pinned in every query."""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest
from cdk8s import Chart
from conftest import Synth, one, synth_problems
from gateway_support import VLLM, model

from modelservice_constructs import (
    Autoscaling,
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    Metric,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    ModelServiceWarning,
    PodMonitoring,
    PrefillPool,
    SchedulerConfig,
)
from modelservice_constructs.component_contracts import router_contract

PROMETHEUS = "http://prometheus.monitoring:9090"


def keda(*metrics: Metric, min_replicas: int = 1) -> Autoscaling:
    return Autoscaling.keda(max_replicas=4, min_replicas=min_replicas, metrics=list(metrics),
                            prometheus_address=PROMETHEUS)


def pd_server(chart: Chart, decode: Autoscaling | None, prefill: Autoscaling | None, *,
              release: LlmdRelease | None = None, namespace: str | None = "llm") -> ModelServer:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), namespace=namespace, release=release)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], autoscaling=decode,
               monitoring=PodMonitoring())
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)], autoscaling=prefill,
                monitoring=PodMonitoring())
    return server


def picker(chart: Chart, server: ModelServer, **props: Any) -> EndpointPicker:
    props.setdefault("monitoring", PodMonitoring())
    return EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server), **props)


def triggers(manifests: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = one(manifests, "ScaledObject", name)["spec"]["triggers"]
    return found


def test_prefill_and_decode_scale_independently_on_the_picker_queue_and_requests(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5), Metric.queue_length(4), min_replicas=0),
                       keda(Metric.picker_running_requests(20)))
    found = picker(chart, server, flow_control=True)
    manifests = synth(chart)
    pods = 'pod=~"qwen-epp-[0-9a-z]+-[0-9a-z]+"'
    assert triggers(manifests, "qwen-decode") == [
        {"type": "prometheus", "name": "num-requests-waiting", "metadata": {
            "serverAddress": PROMETHEUS, "threshold": "4",
            "query": 'sum(vllm:num_requests_waiting{namespace="llm",pod=~"qwen-decode-[0-9a-z]+-[0-9a-z]+"})'}},
        {"type": "prometheus", "name": "picker-flow-control-queue-size", "metadata": {
            "serverAddress": PROMETHEUS, "threshold": "5",
            "query": f'sum(llm_d_epp_flow_control_queue_size{{namespace="llm",{pods},inference_pool="qwen-pool"}})'}}]
    assert triggers(manifests, "qwen-prefill") == [
        {"type": "prometheus", "name": "picker-request-running", "metadata": {
            "serverAddress": PROMETHEUS, "threshold": "20",
            "query": f'sum(llm_d_epp_request_running{{namespace="llm",{pods}}})'}}]
    assert one(manifests, "ScaledObject", "qwen-decode")["spec"]["minReplicaCount"] == 0
    config = one(manifests, "ConfigMap", "qwen-epp")["data"]
    assert "featureGates:\n- flowControl\n" in next(iter(config.values()))
    assert found.flow_control
    monitor = one(manifests, "PodMonitor", "qwen-epp")
    assert monitor["spec"]["selector"]["matchLabels"] == found.selector_labels
    assert monitor["spec"]["podMetricsEndpoints"][0]["port"] == "metrics"
    ports = one(manifests, "Deployment", "qwen-epp")["spec"]["template"]["spec"]["containers"][0]["ports"]
    assert {"name": "metrics", "containerPort": 9090} in ports


def test_every_query_of_every_trigger_pins_the_namespace(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5), Metric.kv_cache_usage()),
                       keda(Metric.picker_running_requests(20), Metric.queue_length(2)))
    picker(chart, server, flow_control=True)
    queries = [t["metadata"]["query"] for m in synth(chart) if m["kind"] == "ScaledObject"
               for t in m["spec"]["triggers"]]
    assert len(queries) == 4
    assert all(re.search(r'\{namespace="llm",', q) for q in queries), queries


def test_a_picker_created_first_is_followed_at_once(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), namespace="llm")
    pool = InferencePool(chart, "Pool", server=server, name="chat")
    EndpointPicker(chart, "Picker", pool=pool, flow_control=True, monitoring=PodMonitoring(),
                   config=SchedulerConfig.load_aware())
    decode = DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)],
                        autoscaling=keda(Metric.picker_queue_size(3)))
    assert decode.autoscaler is not None and decode.autoscaler.picker is not None
    query = triggers(synth(chart), "qwen-decode")[0]["metadata"]["query"]
    assert query == ('sum(llm_d_epp_flow_control_queue_size{namespace="llm",pod=~"qwen-epp-[0-9a-z]+-[0-9a-z]+",'
                     'inference_pool="chat"})')


def test_release_v0_8_serves_the_inference_extension_names(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5)), keda(Metric.picker_running_requests(20)),
                       release=LlmdRelease.v0_8())
    picker(chart, server, flow_control=True)
    manifests = synth(chart)
    assert triggers(manifests, "qwen-decode")[0]["metadata"]["query"].startswith(
        "sum(inference_extension_flow_control_queue_size{")
    assert triggers(manifests, "qwen-prefill")[0]["metadata"]["query"].startswith(
        "sum(inference_objective_running_requests{")
    contract = router_contract("v0.8.0")
    assert "llm_d_epp_flow_control_queue_size" not in contract.epp_metrics
    assert "inference_pool" in contract.epp_metrics["inference_extension_flow_control_queue_size"].labels


def test_each_release_serves_the_metrics_the_factories_name() -> None:
    for tag in ("v0.9.0", "v0.10.0"):
        metrics = router_contract(tag).epp_metrics
        assert metrics["llm_d_epp_flow_control_queue_size"].deprecated is None
        assert metrics["llm_d_epp_request_running"].deprecated is None
        assert metrics["inference_extension_flow_control_queue_size"].deprecated == \
            "use llm_d_epp_flow_control_queue_size"


def test_fails_the_queue_size_without_flow_control_naming_both_ends(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5)), None)
    picker(chart, server)
    problems = synth_problems(chart, synth)
    assert len(problems) == 1
    assert problems[0].startswith(
        "DecodePool.autoscaling.metrics[0]: llm_d_epp_flow_control_queue_size counts the requests EndpointPicker "
        "'qwen-epp' holds in its flow-control queue, but its config does not turn on the flowControl feature gate "
        "(EndpointPicker.config featureGates)")
    assert problems[0].endswith("pass EndpointPicker(flow_control=True)")


def test_a_config_that_turns_flow_control_on_is_enough(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5)), None)
    document = {**SchedulerConfig.prefill_decode().document, "featureGates": ["flowControl=true"]}
    found = picker(chart, server, config=SchedulerConfig.from_dict(document))
    assert found.flow_control
    synth(chart)


def test_fails_flow_control_the_config_turns_off(chart: Chart) -> None:
    server = pd_server(chart, None, None)
    document = {**SchedulerConfig.prefill_decode().document, "featureGates": ["flowControl=false"]}
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.flow_control: turns flow control on, but the "
                                                r"config turns the flowControl feature gate off"):
        picker(chart, server, config=SchedulerConfig.from_dict(document), flow_control=True)


def test_fails_picker_metrics_without_a_picker(chart: Chart, synth: Synth) -> None:
    pd_server(chart, keda(Metric.picker_running_requests(20)), None)
    problems = synth_problems(chart, synth)
    assert problems == [
        "DecodePool.autoscaling.metrics[0]: follows the endpoint picker's llm_d_epp_request_running, but no "
        "EndpointPicker of this app routes DecodePool 'qwen-decode' (an InferencePool of ModelServer 'qwen' that "
        "selects the pool, with its EndpointPicker); create them, or follow the pool's own metrics"]


def test_a_picker_of_another_role_is_not_followed(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, None, keda(Metric.picker_running_requests(20)))
    pool = InferencePool(chart, "Pool", server=server, selector={"llm-d.ai/role": "decode"})
    EndpointPicker(chart, "Picker", pool=pool, monitoring=PodMonitoring(), config=SchedulerConfig.load_aware())
    problems = synth_problems(chart, synth)
    assert len(problems) == 1 and problems[0].startswith("PrefillPool.autoscaling.metrics[0]: follows the endpoint "
                                                         "picker's llm_d_epp_request_running, but no EndpointPicker")


def test_warns_when_no_podmonitor_scrapes_the_picker(chart: Chart) -> None:
    server = pd_server(chart, keda(Metric.picker_running_requests(20)), None)
    with pytest.warns(ModelServiceWarning, match=r"^DecodePool\.autoscaling: follows the metrics of EndpointPicker "
                                                 r"'qwen-epp', but EndpointPicker\.monitoring is None"):
        picker(chart, server, monitoring=None)


def test_no_warning_with_a_scraped_picker(chart: Chart) -> None:
    server = pd_server(chart, keda(Metric.picker_running_requests(20)), None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        picker(chart, server)


def test_fails_picker_metrics_without_a_namespace(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"))
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.autoscaling: KEDA's Prometheus queries select the "
                                                r"picker's pods by namespace and name"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)],
                   autoscaling=keda(Metric.picker_queue_size(5)))


def test_fails_picker_metrics_on_an_hpa() -> None:
    with pytest.raises(ModelServiceError, match=r"^Autoscaling\.metrics\[0\]: the endpoint picker's "
                                                r"llm_d_epp_request_running reaches an autoscaler through KEDA"):
        Autoscaling.hpa(max_replicas=4, metrics=[Metric.picker_running_requests(10)])


def test_only_the_queue_wakes_a_pool_at_zero() -> None:
    keda(Metric.picker_queue_size(1), min_replicas=0)
    with pytest.raises(ModelServiceError, match=r"^Autoscaling\.min_replicas: 0 needs a metric that exists while "
                                                r"the pool has no pods"):
        keda(Metric.picker_running_requests(1), min_replicas=0)


def test_fails_a_metric_the_picker_does_not_serve() -> None:
    with pytest.raises(ModelServiceError, match=r"^Metric\.metric_name: 'llm_d_epp_queue' is not an "
                                                r"endpoint-picker metric a pool scales on"):
        Metric("picker", 1, "llm_d_epp_queue")


def test_synth_is_deterministic(chart: Chart, synth: Synth) -> None:
    server = pd_server(chart, keda(Metric.picker_queue_size(5)), keda(Metric.picker_running_requests(20)))
    picker(chart, server, flow_control=True)
    assert synth(chart) == synth(chart)
