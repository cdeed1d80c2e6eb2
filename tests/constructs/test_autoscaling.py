"""Pool autoscaling: HPA and KEDA objects, their targets, the ratio between pools, and the checks."""

from __future__ import annotations

import pytest
from cdk8s import ApiObject, App, Chart, JsonPatch
from conftest import Synth, by_kind, one

from modelservice_constructs import (
    Autoscaling,
    DecodePool,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    ModelServiceWarning,
    Parallelism,
    PoolWorkload,
    PrefillPool,
    ServerBackend,
)
from modelservice_constructs.autoscaler import PoolAutoscaler
from modelservice_constructs.autoscaling import QUEUE_LENGTH

PROMETHEUS = "http://prometheus.monitoring:9090"


def _server(chart: Chart, name: str = "llama", **options: object) -> ModelServer:
    model = options.pop("model", None) or ModelArtifacts.from_uri("hf://meta-llama/Llama-3.2-1B")
    return ModelServer(chart, name.capitalize(), name=name, model=model, **options)  # type: ignore[arg-type]


def _container() -> ModelContainer:
    return ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.4.0")


def test_hpa_targets_the_deployment_on_vllm_metrics(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    pool = DecodePool(server, "Decode", containers=[_container()], autoscaling=Autoscaling.hpa(
        min_replicas=2, max_replicas=6, scale_down_stabilization_seconds=600,
        metrics=[Metric.queue_length(5), Metric.kv_cache_usage(0.8), Metric.cpu_utilization(70)]))
    out = synth(chart)
    assert "replicas" not in one(out, "Deployment", "llama-decode")["spec"]
    hpa = one(out, "HorizontalPodAutoscaler", "llama-decode")
    assert hpa["apiVersion"] == "autoscaling/v2" and hpa["metadata"]["namespace"] == "llm"
    spec = hpa["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "llama-decode"}
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 6)
    assert spec["metrics"][0] == {"type": "Pods", "pods": {"metric": {"name": "vllm:num_requests_waiting"},
                                                           "target": {"type": "AverageValue", "averageValue": "5"}}}
    assert spec["metrics"][1]["pods"]["target"]["averageValue"] == "800m"
    assert spec["metrics"][2]["resource"]["target"] == {"type": "Utilization", "averageUtilization": 70}
    assert spec["behavior"] == {"scaleDown": {"stabilizationWindowSeconds": 600}}
    assert pool.replicas is None and pool.autoscaler is not None


def test_keda_targets_a_leader_worker_set_with_a_prometheus_query(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    DecodePool(server, "Decode", containers=[_container()], workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(tensor=8, workers=2),
               autoscaling=Autoscaling.keda(min_replicas=2, max_replicas=3, prometheus_address=PROMETHEUS,
                                            polling_interval=15, metrics=[Metric.kv_cache_usage(0.7)]))
    out = synth(chart)
    assert "replicas" not in one(out, "LeaderWorkerSet", "llama-decode")["spec"]
    spec = one(out, "ScaledObject", "llama-decode")["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "leaderworkerset.x-k8s.io/v1", "kind": "LeaderWorkerSet",
                                      "name": "llama-decode"}
    assert (spec["minReplicaCount"], spec["maxReplicaCount"], spec["pollingInterval"]) == (2, 3, 15)
    [trigger] = spec["triggers"]
    assert trigger["type"] == "prometheus" and trigger["metricType"] == "Value"
    assert trigger["metadata"] == {
        "serverAddress": PROMETHEUS, "threshold": "0.7",
        "query": 'avg(vllm:kv_cache_usage_perc{namespace="llm",pod=~"llama-decode-[0-9]+(-[0-9]+)?"})'}


def test_prefill_follows_decode_on_the_disaggregated_set(chart: Chart, synth: Synth) -> None:
    server = _server(chart, backend=ServerBackend.disaggregated_set(), namespace="llm")
    decode = DecodePool(server, "Decode", containers=[_container()], autoscaling=Autoscaling.keda(
        max_replicas=8, prometheus_address=PROMETHEUS, metrics=[Metric.queue_length(8)]))
    PrefillPool(server, "Prefill", containers=[_container()], autoscaling=Autoscaling.keda(
        max_replicas=4, metrics=[Metric.follows(decode, pods_per_replica=2.5)]))
    out = synth(chart)
    roles = {r["name"]: r for r in one(out, "DisaggregatedSet", "llama")["spec"]["roles"]}
    assert all(r["scaling"] == {"mode": "External"} and "replicas" not in r["spec"] for r in roles.values())
    decode_so, prefill_so = (one(out, "ScaledObject", f"llama-{role}")["spec"] for role in ("decode", "prefill"))
    assert decode_so["scaleTargetRef"] == {"apiVersion": "disaggregatedset.x-k8s.io/v1",
                                           "kind": "DisaggregatedSetRoleScaler", "name": "llama-decode"}
    assert 'pod=~"llama-[0-9]+-[0-9a-z]+-decode-[0-9]+(-[0-9]+)?"' in decode_so["triggers"][0]["metadata"]["query"]
    assert prefill_so["scaleTargetRef"]["name"] == "llama-prefill"
    assert prefill_so["triggers"] == [{"type": "kubernetes-workload", "name": "follow-decode", "metadata": {
        "podSelector": "llm-d.ai/inference-serving=true,llm-d.ai/model=llama,llm-d.ai/role=decode",
        "value": "2.5"}}]


def test_roles_added_after_the_set_is_made_render_too(chart: Chart, synth: Synth) -> None:
    server = _server(chart, backend=ServerBackend.disaggregated_set())
    assert server.disaggregated_set is not None and server.disaggregated_set.resource.name == "llama"  # made now
    DecodePool(server, "Decode", containers=[_container()],
               autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    PrefillPool(server, "Prefill", containers=[_container()])
    roles = one(synth(chart), "DisaggregatedSet", "llama")["spec"]["roles"]
    assert [r["name"] for r in roles] == ["decode", "prefill"] and roles[0]["scaling"] == {"mode": "External"}


def test_fails_a_patch_that_takes_the_external_mode_from_an_autoscaled_role(chart: Chart, synth: Synth) -> None:
    server = _server(chart, backend=ServerBackend.disaggregated_set())
    DecodePool(server, "Decode", containers=[_container()],
               autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    PrefillPool(server, "Prefill", containers=[_container()])
    assert server.disaggregated_set is not None
    ApiObject.of(server.disaggregated_set.resource).add_json_patch(JsonPatch.remove("/spec/roles/0/scaling"))
    with pytest.raises(RuntimeError, match=r"DecodePool\.autoscaling: scales DisaggregatedSetRoleScaler "
                                           r"'llama-decode' \(disaggregatedset\.x-k8s\.io/v1\), which this app does "
                                           r"not define"):
        synth(chart)


def test_a_pool_scales_to_zero_only_following_another(chart: Chart, synth: Synth) -> None:
    with pytest.raises(ModelServiceError, match=r"^Autoscaling\.min_replicas: 0 needs a metric that exists while the "
                                                r"pool has no pods, Metric\.follows\(another pool, \.\.\.\)"):
        Autoscaling.keda(min_replicas=0, max_replicas=3, prometheus_address=PROMETHEUS,
                         metrics=[Metric.queue_length(4), Metric.cpu_utilization(80)])
    server = _server(chart, backend=ServerBackend.disaggregated_set(), namespace="llm")
    decode = DecodePool(server, "Decode", containers=[_container()], autoscaling=Autoscaling.keda(
        max_replicas=8, prometheus_address=PROMETHEUS, metrics=[Metric.queue_length(8)]))
    PrefillPool(server, "Prefill", containers=[_container()], autoscaling=Autoscaling.keda(
        min_replicas=0, max_replicas=4, metrics=[Metric.follows(decode, pods_per_replica=2)]))
    assert one(synth(chart), "ScaledObject", "llama-prefill")["spec"]["minReplicaCount"] == 0


def test_explicit_replicas_with_an_autoscaler_warn(chart: Chart, synth: Synth) -> None:
    with pytest.warns(ModelServiceWarning, match=r"DecodePool\.replicas: 3 is ignored: the autoscaler owns"):
        DecodePool(_server(chart), "Decode", containers=[_container()], replicas=3,
                   autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    assert "replicas" not in one(synth(chart), "Deployment")["spec"]


def test_no_autoscaler_without_the_prop(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[_container()], replicas=None)
    out = synth(chart)
    assert not by_kind(out, "HorizontalPodAutoscaler") and not by_kind(out, "ScaledObject")


def test_fails_target_removed_from_the_app(chart: Chart, synth: Synth) -> None:
    pool = DecodePool(_server(chart), "Decode", containers=[_container()],
                      autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    pool.node.try_remove_child("Resource")
    with pytest.raises(RuntimeError, match=r"DecodePool\.autoscaling: scales Deployment 'llama-decode' \(apps/v1\), "
                                           r"which this app does not define"):
        synth(chart)


def test_target_replaced_by_an_object_of_the_same_name(chart: Chart, synth: Synth) -> None:
    pool = DecodePool(_server(chart), "Decode", containers=[_container()],
                      autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    pool.node.try_remove_child("Resource")
    ApiObject(chart, "Own", api_version="apps/v1", kind="Deployment", metadata={"name": "llama-decode"})
    assert one(synth(chart), "HorizontalPodAutoscaler")["spec"]["scaleTargetRef"]["name"] == "llama-decode"


def test_fails_target_in_another_namespace(chart: Chart, synth: Synth) -> None:
    pool = DecodePool(_server(chart), "Decode", containers=[_container()],
                      autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    pool.node.try_remove_child("Resource")
    ApiObject(chart, "Own", api_version="apps/v1", kind="Deployment",
              metadata={"name": "llama-decode", "namespace": "elsewhere"})
    with pytest.raises(RuntimeError, match=r"DecodePool\.autoscaling: scales Deployment 'llama-decode'"):
        synth(chart)


def test_targets_are_checked_once_per_synthesis_of_many_charts(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    # App.synth_yaml() validates the whole app once, then once more per chart
    pools = []
    for i in range(3):
        chart = Chart(app, f"model-{i}")
        model = ModelArtifacts.from_uri("hf://meta-llama/Llama-3.2-1B", labels={"llm-d.ai/model": f"m{i}"})
        pools.append(DecodePool(_server(chart, f"m{i}", model=model), "Decode", containers=[_container()],
                                autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()])))
    asked: list[bool | None] = []
    check = PoolAutoscaler.problems

    def counted(self: PoolAutoscaler, target_defined: bool | None) -> list[str]:
        asked.append(target_defined)
        return check(self, target_defined)

    monkeypatch.setattr(PoolAutoscaler, "problems", counted)
    app.synth_yaml()
    assert asked == [True, True, True]
    pools[1].node.try_remove_child("Resource")  # the tree changed: the next synthesis asks again
    with pytest.raises(RuntimeError, match=r"\[model-1/M1/Decode/Autoscaler\] DecodePool\.autoscaling: scales "
                                           r"Deployment 'm1-decode'"):
        app.synth_yaml()
    assert asked == [True, True, True, True, False, True]


def test_an_autoscaler_taken_out_of_the_tree_is_not_checked(chart: Chart, synth: Synth) -> None:
    pool = DecodePool(_server(chart), "Decode", containers=[_container()],
                      autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()]))
    pool.node.try_remove_child("Resource")
    pool.node.try_remove_child("Autoscaler")
    assert not by_kind(synth(chart), "HorizontalPodAutoscaler")


def test_fails_following_a_pool_of_another_namespace(chart: Chart, synth: Synth) -> None:
    other = DecodePool(_server(chart, "opt", namespace="other"), "Decode", containers=[_container()])
    PrefillPool(_server(chart, namespace="llm"), "Prefill", containers=[_container()],
                autoscaling=Autoscaling.keda(max_replicas=2, metrics=[Metric.follows(other, 1)]))
    with pytest.raises(RuntimeError, match=r"PrefillPool\.autoscaling\.metrics\[0\]: follows opt-decode in namespace "
                                           r"'other'"):
        synth(chart)


@pytest.mark.parametrize(("make", "message"), [
    (lambda: Autoscaling.hpa(min_replicas=0, max_replicas=2, metrics=[Metric.queue_length()]),
     r"Autoscaling\.min_replicas: must be a whole number >= 1 \(scaling to zero needs Autoscaling\.keda\)"),
    (lambda: Autoscaling.hpa(min_replicas=3, max_replicas=2, metrics=[Metric.queue_length()]),
     r"Autoscaling\.min_replicas: 3 is more than max_replicas 2"),
    (lambda: Autoscaling.keda(max_replicas=2, metrics=[]), r"Autoscaling\.metrics: an autoscaler needs at least one"),
    (lambda: Autoscaling.keda(max_replicas=2, metrics=[Metric.queue_length()]),
     r"Autoscaling\.prometheus_address: KEDA reads vllm:num_requests_waiting from Prometheus"),
    (lambda: Metric.kv_cache_usage(80), r"Metric\.target: KV-cache usage is a fraction from 0 to 1, got 80"),
    (lambda: Metric.queue_length(0), r"Metric\.target: must be a number > 0, got 0"),
    (lambda: Metric.cpu_utilization(0), r"Metric\.cpu_utilization: must be a whole percentage >= 1"),
])
def test_fails_bad_settings(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: Autoscaling.keda(max_replicas=4, prometheus_address=PROMETHEUS, metrics=Metric.queue_length()),
     r"^Autoscaling\.metrics: expected a list of Metric, got Metric Metric\(kind='prometheus', target=4, "),
    (lambda: Autoscaling.keda(max_replicas=4, prometheus_address=PROMETHEUS, metrics=None),
     r"^Autoscaling\.metrics: expected a list of Metric, got NoneType None$"),
    (lambda: Autoscaling.hpa(max_replicas=4, metrics=None),
     r"^Autoscaling\.metrics: expected a list of Metric, got NoneType None$"),
    (lambda: Autoscaling.hpa(max_replicas=4, metrics=["queue_length"]),
     r"^Autoscaling\.metrics\[0\]: expected Metric, got str 'queue_length'$"),
    (lambda: Autoscaling.hpa(max_replicas=4),  # type: ignore[call-arg]
     r"^Autoscaling\.metrics: is required$"),
    (lambda: Autoscaling.hpa(max_replicas="4", metrics=[Metric.queue_length()]),
     r"^Autoscaling\.max_replicas: expected int, got str '4'$"),
    (lambda: Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()], prometheus_address=PROMETHEUS),
     r"^Autoscaling\.prometheus_address: unknown prop; props: max_replicas, metrics, min_replicas, "
     r"scale_down_stabilization_seconds, scale_up_stabilization_seconds$"),
    (lambda: Autoscaling.keda(max_replicas=4, prometheus_address=9090, metrics=[Metric.queue_length()]),
     r"^Autoscaling\.prometheus_address: expected str or None, got int 9090$"),
    (lambda: Autoscaling.keda(max_replicas=4, prometheus_address=PROMETHEUS, metrics=[Metric.queue_length()],
                              polling_interval=1.5),
     r"^Autoscaling\.polling_interval: expected int or None, got float 1\.5$"),
    (lambda: Autoscaling("hpa", 4, metrics=[Metric.queue_length()], cooldown_period="60"),
     r"^Autoscaling\.cooldown_period: expected int or None, got str '60'$"),
    (lambda: Autoscaling("vpa", 4, metrics=[Metric.queue_length()]),
     r"^Autoscaling\.engine: 'vpa' is not one of hpa, keda$"),
    (lambda: Metric("bogus", 1),
     r"^Metric\.kind: 'bogus' is not one of prometheus, cpu, follow, wva, picker \(pick a metric with a factory: "
     r"Metric\.queue_length\(\), \.\.\.\)$"),
    (lambda: Metric("prometheus", 1),
     r"^Metric\.metric_name: a prometheus metric needs the vLLM metric's name \(vllm:num_requests_waiting, "
     r"\.\.\.\), got ''$"),
    (lambda: Metric("cpu", 50.5), r"^Metric\.target: CPU utilisation is a whole percentage >= 1, got 50\.5$"),
    (lambda: Metric("follow", 2),
     r"^Metric\.followed: a follow metric needs the pool followed \(Metric\.follows\(pool, pods_per_replica\)\)$"),
    (lambda: Metric("prometheus", "1", QUEUE_LENGTH), r"^Metric\.target: expected float, got str '1'$"),
    (lambda: Metric("prometheus", 1, QUEUE_LENGTH, average="yes"), r"^Metric\.average: expected bool, got str 'yes'$"),
    (lambda: Metric.queue_length("4"), r"^Metric\.target_per_replica: expected float, got str '4'$"),
    (lambda: Metric.queue_length(adapter_name=3), r"^Metric\.adapter_name: expected str or None, got int 3$"),
    (lambda: Metric.running_requests(True), r"^Metric\.target_per_replica: expected float, got bool True$"),
    (lambda: Metric.running_requests(),  # type: ignore[call-arg]
     r"^Metric\.target_per_replica: is required$"),
    (lambda: Metric.kv_cache_usage(target=None), r"^Metric\.target: expected float, got NoneType None$"),
    (lambda: Metric.cpu_utilization(50.0), r"^Metric\.percent: expected int, got float 50\.0$"),
    (lambda: Metric.cpu_utilization(percent=50, average=True),
     r"^Metric\.average: unknown prop; props: percent$"),
    (lambda: Metric.follows(None, 2), r"^Metric\.pool: expected ModelPool, got NoneType None$"),
])
def test_fails_bad_types(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_fails_following_with_a_bad_ratio(chart: Chart) -> None:
    decode = DecodePool(_server(chart), "Decode", containers=[_container()])
    with pytest.raises(ModelServiceError, match=r"^Metric\.pods_per_replica: expected float, got str '2'$"):
        Metric.follows(decode, "2")


def test_fails_following_with_an_hpa(chart: Chart) -> None:
    decode = DecodePool(_server(chart), "Decode", containers=[_container()])
    with pytest.raises(ModelServiceError, match=r"Autoscaling\.metrics\[0\]: following another pool's pod count "
                                                r"needs KEDA"):
        Autoscaling.hpa(max_replicas=2, metrics=[Metric.follows(decode, 2)])


def test_fails_keda_on_vllm_metrics_without_a_namespace(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.autoscaling: KEDA's Prometheus queries select the "
                                                r"pool's pods by namespace and name, and the model has no namespace"):
        DecodePool(_server(chart), "Decode", containers=[_container()], autoscaling=Autoscaling.keda(
            max_replicas=8, prometheus_address=PROMETHEUS, metrics=[Metric.queue_length(8)]))


def test_warns_of_vllm_metrics_nothing_scrapes(chart: Chart) -> None:
    with pytest.warns(ModelServiceWarning, match=r"DecodePool\.autoscaling\.metrics\[0\]: vllm:num_requests_waiting "
                                                 r"is read from the pool's vLLM pods, but DecodePool\.monitoring is "
                                                 r"None.*set monitoring=PodMonitoring\(\)"):
        DecodePool(_server(chart, namespace="llm"), "Decode", containers=[_container()],
                   autoscaling=Autoscaling.keda(max_replicas=8, prometheus_address=PROMETHEUS,
                                                metrics=[Metric.queue_length(8)]))
