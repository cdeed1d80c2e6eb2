"""Objects render as written: typed instances backed by PlainApiObjects, JSON patches applied exactly."""

from __future__ import annotations

import copy
import json
from typing import Any

import cdk8s
import pytest
from cdk8s import ApiObject, Chart, JsonPatch
from cdk8s import Testing as Cdk8sTesting
from conftest import Synth, one
from constructs import Construct
from modelservice_constructs.imports.apps import Deployment
from modelservice_constructs.imports.io.k8s import api as k8s
from modelservice_constructs.imports.io.k8s.networking.inference import (
    InferencePool,
    InferencePoolSpecEndpointPickerRefFailureMode,
)

from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, objects
from modelservice_constructs.json_patch import apply_strictly
from modelservice_constructs.manifests import _enum_values
from modelservice_constructs.objects import BatchedConstruct, PatchCheck, api_object, root_of
from modelservice_constructs.validation import validate_object

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m", labels={"llm-d.ai/model": "opt"})


def _decode(chart: Chart) -> DecodePool:
    server = ModelServer(chart, "Model", name="opt", model=MODEL)
    return DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, limits={"cpu": "4", "memory": "16Gi"})])


def _failure(chart: Chart) -> str:
    with pytest.raises(RuntimeError) as caught:
        Cdk8sTesting.synth(chart)
    return str(caught.value)


# -- the escape hatch ---------------------------------------------------------------------------------

def test_workload_is_an_instance_of_the_generated_class(chart: Chart) -> None:
    pool = _decode(chart)
    assert isinstance(pool.workload, Deployment)
    assert ApiObject.of(pool) is pool.workload
    assert pool.workload.kind == "Deployment" and pool.workload.api_version == "apps/v1"


def test_a_strategy_patch_keeps_int_or_string_values(chart: Chart, synth: Synth) -> None:
    pool = _decode(chart)
    strategy = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}}
    ApiObject.of(pool.workload).add_json_patch(JsonPatch.add("/spec/strategy", strategy))
    assert one(synth(chart), "Deployment")["spec"]["strategy"] == strategy


def test_a_probe_patch_keeps_its_port(chart: Chart, synth: Synth) -> None:
    pool = _decode(chart)
    probe = {"httpGet": {"path": "/health", "port": 8200}, "periodSeconds": 10}
    pool.workload.add_json_patch(JsonPatch.add("/spec/template/spec/containers/0/readinessProbe", probe))
    container = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"] == probe


def test_replacing_one_limit_keeps_the_others(chart: Chart, synth: Synth) -> None:
    pool = _decode(chart)
    limits = pool.workload.to_json()["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]
    assert limits == {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"}
    pool.workload.add_json_patch(JsonPatch.replace("/spec/template/spec/containers/0/resources/limits/memory", "32Gi"))
    container = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert container["resources"]["limits"] == {**limits, "memory": "32Gi"}


@pytest.mark.parametrize(("operation", "expected"), [
    (JsonPatch.add("/spec/strategyy", {"type": "Recreate"}), "spec.strategyy: unknown field"),
    (JsonPatch.replace("/spec/replicass", 3), "/spec/replicass does not exist"),
    (JsonPatch.remove("/spec/template/spec/containers/0/resources/limits/memroy"), "limits/memroy does not exist"),
    (JsonPatch.add("/spec/template/spec/containres/0/image", "x"), "/spec/template/spec/containres does not exist"),
    (JsonPatch.add("/spec/replicas", "two"), "spec.replicas: expected a number"),
    (JsonPatch.test("/spec/replicas", 5), "/spec/replicas is 1, not 5"),
], ids=["add-unknown-field", "replace-missing", "remove-missing", "add-missing-parent", "wrong-type", "failed-test"])
def test_fails_a_misspelt_or_invalid_patch_at_synth(chart: Chart, operation: JsonPatch, expected: str) -> None:
    pool = _decode(chart)
    pool.workload.add_json_patch(operation)
    message = _failure(chart)
    assert "[test/Model/Decode/Resource] JSON patches: " in message
    assert expected in message


def test_fails_a_patch_that_changes_the_kind(chart: Chart) -> None:
    pool = _decode(chart)
    pool.workload.add_json_patch(JsonPatch.replace("/kind", "StatefulSet"))
    assert "apiVersion and kind must stay apps/v1 Deployment" in _failure(chart)


# every kind the library emits takes a patch as written (no re-filtering through the typed props)
POD = {"containers": [{"name": "vllm", "image": VLLM,
                       "ports": [{"containerPort": 8000, "name": "http"}],
                       "readinessProbe": {"httpGet": {"port": "http"}},
                       "resources": {"limits": {"cpu": 2, "memory": "8Gi"}}}]}
SPECS: list[tuple[str, str, dict[str, Any]]] = [
    ("apps", "Deployment", {"replicas": 1, "selector": {"matchLabels": {"app": "x"}},
                            "strategy": {"type": "RollingUpdate",
                                         "rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}},
                            "template": {"metadata": {"labels": {"app": "x"}}, "spec": POD}}),
    ("apps", "ReplicaSet", {"replicas": 1, "selector": {"matchLabels": {"app": "x"}},
                            "template": {"metadata": {"labels": {"app": "x"}}, "spec": POD}}),
    ("io.x_k8s.leaderworkerset", "LeaderWorkerSet", {
        "replicas": 1, "leaderWorkerTemplate": {"size": 2, "workerTemplate": {"spec": POD}},
        "rolloutStrategy": {"type": "RollingUpdate", "rollingUpdateConfiguration": {"maxSurge": 0,
                                                                                    "maxUnavailable": "50%"}}}),
    ("io.k8s.resource", "ResourceClaimTemplate", {"spec": {"devices": {"requests": [
        {"name": "gpu", "exactly": {"deviceClassName": "gpu.nvidia.com", "count": 2}}]}}}),
    ("com.coreos.monitoring", "PodMonitor", {"selector": {"matchLabels": {"app": "x"}},
                                             "podMetricsEndpoints": [{"port": "metrics", "targetPort": 8000}]}),
    ("io.k8s.networking.inference", "InferencePool", {
        "selector": {"matchLabels": {"app": "x"}}, "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "epp", "port": {"number": 9002}, "failureMode": "FailOpen"}}),
    ("io.k8s.networking.gateway", "HttpRoute", {
        "parentRefs": [{"name": "gateway"}],
        "rules": [{"backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool",
                                    "name": "pool", "port": 8000}], "timeouts": {"request": "300s"}}]}),
    ("io.k8s.api", "Service", {"selector": {"app": "x"},
                               "ports": [{"name": "grpc", "port": 9002, "targetPort": "grpc", "protocol": "TCP"}]}),
    ("io.k8s.api", "PodDisruptionBudget", {"maxUnavailable": "25%", "selector": {"matchLabels": {"app": "x"}}}),
    ("io.k8s.api", "NetworkPolicy", {"podSelector": {"matchLabels": {"app": "x"}},
                                     "ingress": [{"ports": [{"port": "http"}, {"port": 8000}]}]}),
    ("io.k8s.api", "HorizontalPodAutoscaler", {
        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "x"}, "maxReplicas": 4,
        "metrics": [{"type": "Resource", "resource": {"name": "cpu",
                                                       "target": {"type": "AverageValue", "averageValue": "2"}}}]}),
]


def _cls(module: str, kind: str) -> type[cdk8s.ApiObject]:
    cls: type[cdk8s.ApiObject] = getattr(__import__(f"modelservice_constructs.imports.{module}", fromlist=[kind]),
                                         kind)
    return cls


@pytest.mark.parametrize(("module", "kind", "spec"), SPECS, ids=[s[1] for s in SPECS])
def test_every_kind_takes_a_patch_as_written(chart: Chart, synth: Synth, module: str, kind: str,
                                             spec: dict[str, Any]) -> None:
    obj = api_object(chart, "Object", _cls(module, kind), {"metadata": {"name": "example"}, "spec": {**spec}})
    assert isinstance(obj, _cls(module, kind))
    obj.add_json_patch(JsonPatch.replace("/spec", copy.deepcopy(spec)))
    [manifest] = synth(chart)
    assert manifest["spec"] == spec
    assert validate_object(manifest) == []


@pytest.mark.parametrize(("module", "kind", "spec"), SPECS, ids=[s[1] for s in SPECS])
def test_fails_an_unknown_field_patched_into_any_kind(chart: Chart, module: str, kind: str,
                                                      spec: dict[str, Any]) -> None:
    obj = api_object(chart, "Object", _cls(module, kind), {"metadata": {"name": "example"}, "spec": spec})
    obj.add_json_patch(JsonPatch.add("/spec/colour", "blue"))
    assert "spec.colour: unknown field" in _failure(chart)


# -- rendering ----------------------------------------------------------------------------------------

def test_rendering_sorts_keys_and_drops_nulls_as_cdk8s_does(chart: Chart, synth: Synth) -> None:
    api_object(chart, "Object", k8s.ConfigMap, {
        "metadata": {"name": "c", "labels": {"b": "2", "a": "1"}},
        "data": {"z": "1", "a": "2", "gone": None}, "immutable": True})
    [manifest] = synth(chart)
    assert json.dumps(manifest) == json.dumps({
        "apiVersion": "v1", "kind": "ConfigMap", "metadata": {"labels": {"a": "1", "b": "2"}, "name": "c"},
        "data": {"a": "2", "z": "1"}, "immutable": True})


def test_enum_values_render_as_kubernetes_spells_them(chart: Chart, synth: Synth) -> None:
    api_object(chart, "Pool", InferencePool, {"metadata": {"name": "p"}, "spec": {
        "selector": {"matchLabels": {"a": "b"}}, "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "epp", "port": {"number": 9002}, "failureMode": "failopen"}}})
    [manifest] = synth(chart)
    assert manifest["spec"]["endpointPickerRef"]["failureMode"] == "FailOpen"


def test_new_core_kinds_have_kubernetes_1_34_api_versions(chart: Chart, synth: Synth) -> None:
    api_object(chart, "Sa", k8s.ServiceAccount, {"metadata": {"name": "sa"}})
    api_object(chart, "Role", k8s.Role, {"metadata": {"name": "r"}, "rules": [
        {"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]})
    api_object(chart, "Binding", k8s.RoleBinding, {
        "metadata": {"name": "rb"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
        "subjects": [{"kind": "ServiceAccount", "name": "sa"}]})
    out = synth(chart)
    assert [(o["apiVersion"], o["kind"]) for o in out] == [
        ("v1", "ServiceAccount"), ("rbac.authorization.k8s.io/v1", "Role"),
        ("rbac.authorization.k8s.io/v1", "RoleBinding")]
    assert list(out[2]) == ["apiVersion", "kind", "metadata", "roleRef", "subjects"]


# -- the jsii internals this module relies on (fail here first when jsii or cdk8s change) --------------

def test_jsii_binds_a_kernel_object_of_another_class_and_keeps_the_python_instance(chart: Chart) -> None:
    obj = api_object(chart, "Object", Deployment, {"metadata": {"name": "d"}, "spec": {
        "selector": {}, "template": {"spec": {"containers": [{"name": "c"}]}}}})
    from modelservice_constructs.imports.plain_object import PlainApiObject

    assert isinstance(obj, Deployment) and isinstance(obj, PlainApiObject)
    assert ApiObject.of(obj) is obj  # the kernel hands back the registered Python instance
    assert obj.to_json()["spec"]["selector"] == {}  # a PlainApiObject renders its props unfiltered


def test_the_kernel_object_records_its_patches_whoever_adds_them(chart: Chart) -> None:
    from modelservice_constructs.imports.plain_object import ObjectRegistry

    obj = api_object(chart, "Object", k8s.ServiceAccount, {"metadata": {"name": "sa"}})
    obj.add_json_patch(JsonPatch.add("/automountServiceAccountToken", False))
    cdk8s.ApiObject.add_json_patch(obj, JsonPatch.move("/automountServiceAccountToken", "/x"))
    assert json.loads(obj.patch_operations) == [
        {"op": "add", "path": "/automountServiceAccountToken", "value": False},
        {"op": "move", "from": "/automountServiceAccountToken", "path": "/x"}]
    assert ObjectRegistry.of(chart).patched_objects == [obj]
    assert "x" in obj.to_json()
    assert "JSON patches: " in _failure(chart) and PatchCheck.of(chart).checked == 1


def test_enum_values_are_readable_from_the_kernel() -> None:
    assert _enum_values(InferencePoolSpecEndpointPickerRefFailureMode) == {"FAILOPEN": "FailOpen",
                                                                           "FAILCLOSE": "FailClose"}


class _Group(BatchedConstruct):
    def __init__(self, scope: Construct, id: str, *, fail: bool = False, peek: bool = False) -> None:
        super().__init__(scope, id)
        self.first = api_object(self, "First", k8s.ServiceAccount, {"metadata": {"name": f"{id}-a"}})
        if peek:
            self.path = self.node.path  # uses the construct: the batch so far is made first
        self.second = api_object(self, "Second", k8s.ServiceAccount, {"metadata": {"name": f"{id}-b"}})
        if fail:
            raise ValueError("failed")


def test_batched_definitions_are_made_in_one_call_before_the_kernel_serves_another_request(
        chart: Chart, synth: Synth, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = objects._make_in_kernel
    monkeypatch.setattr(objects, "_make_in_kernel",
                        lambda scopes, specs: calls.append(len(json.loads(specs))) or original(scopes, specs))
    group = _Group(chart, "g")
    assert calls == [] and "__jsii_ref__" not in vars(group.first)
    assert group.node.path == "test/g"  # using the construct makes the batch: it and its two objects
    assert calls == [3] and ApiObject.of(group.first) is group.first
    assert [c.node.id for c in group.node.children] == ["First", "Second"]
    assert root_of(group).__jsii_ref__.ref == chart.node.root.__jsii_ref__.ref  # the App, as the kernel knows it
    peeked = _Group(chart, "p", peek=True)
    assert calls == [3, 2] and peeked.path == "test/p"  # made when first used; the rest is still pending
    other = ApiObject(chart, "Other", api_version="v1", kind="ConfigMap", metadata={"name": "other"})
    assert calls == [3, 2, 1]  # made before the kernel made another object: the order is the definitions'
    assert [c.node.id for c in chart.node.children] == ["g", "p", "Other"] and other.name == "other"
    assert [d["metadata"]["name"] for d in synth(chart)] == ["g-a", "g-b", "p-a", "p-b", "other"]


def test_a_failing_constructor_leaves_nothing_behind(chart: Chart, synth: Synth) -> None:
    with pytest.raises(ValueError):
        _Group(chart, "g", fail=True)
    _Group(chart, "g")  # the id is free: nothing of the failed one was made
    assert [d["metadata"]["name"] for d in synth(chart)] == ["g-a", "g-b"]


def test_a_duplicate_id_fails_where_it_is_defined(chart: Chart) -> None:
    _Group(chart, "g")
    with pytest.raises(RuntimeError, match="There is already a Construct with name 'g'") as caught:
        _Group(chart, "g")
    assert not getattr(caught.value, "__notes__", None)  # raised by the defining call itself


def test_a_kernel_error_of_a_batch_names_what_was_being_made(app: cdk8s.App) -> None:
    _Group(app, "no-chart")  # API objects need a Chart: the kernel refuses them when the batch is made
    with pytest.raises(RuntimeError, match="parent chart") as caught:
        app.synth_yaml()
    assert caught.value.__notes__ == ["(while making _Group 'no-chart', ServiceAccount 'First', ServiceAccount "
                                      "'Second', defined before this call)"]


class _Overriding(BatchedConstruct):
    def to_string(self) -> str:
        return "overridden"


def test_a_subclass_overriding_a_jsii_member_is_made_at_once(chart: Chart) -> None:
    construct = _Overriding(chart, "o")
    assert "__jsii_ref__" in vars(construct) and construct.node.path == "test/o"


def test_the_request_epoch_holds_through_one_synthesis(app: cdk8s.App) -> None:
    charts = [Chart(app, "one"), Chart(app, "two")]
    seen: list[int] = []

    def check() -> list[str]:
        assert charts[0].node.path == "one"  # a request made in a callback belongs to the synthesis
        seen.append(objects.request_epoch())
        return []

    charts[0].node.add_validation(objects.Validation(check))
    before = objects.request_epoch()
    app.synth_yaml()  # validates the app once, then once per chart
    assert len(seen) == 3 and len(set(seen)) == 1 and seen[0] > before
    app.synth_yaml()
    assert len(set(seen)) == 2 and seen[3] > seen[0]
    assert charts[1].node.path == "two" and objects.request_epoch() > seen[-1]  # a request outside a callback


def test_removals_are_counted(chart: Chart) -> None:
    before = objects.removal_count()
    Construct(chart, "x")
    assert chart.node.try_remove_child("x") is True and chart.node.try_remove_child("x") is False
    assert objects.removal_count() == before + 1 and chart.node.try_find_child("x") is None


def test_strict_json_patch_application() -> None:
    doc: dict[str, Any] = {"a": {"b": [1, 2]}, "c": 1}
    apply_strictly(doc, {"op": "add", "path": "/a/b/-", "value": 3})
    apply_strictly(doc, {"op": "add", "path": "/a/b/0", "value": 0})
    apply_strictly(doc, {"op": "move", "from": "/c", "path": "/d"})
    apply_strictly(doc, {"op": "copy", "from": "/a/b/1", "path": "/e"})
    apply_strictly(doc, {"op": "remove", "path": "/a/b/3"})
    assert doc == {"a": {"b": [0, 1, 2]}, "d": 1, "e": 1}
    for bad in ({"op": "remove", "path": "/x"}, {"op": "replace", "path": "/a/b/9", "value": 1},
                {"op": "add", "path": "/x/y", "value": 1}, {"op": "move", "from": "/x", "path": "/y"},
                {"op": "add", "path": "a", "value": 1}):
        with pytest.raises(ValueError):
            apply_strictly(doc, bad)


def test_fails_patches_that_change_what_the_cross_object_checks_rely_on(app: cdk8s.App) -> None:
    from modelservice_constructs import DecodePool, EndpointPicker, InferencePool, ModelArtifacts, ModelContainer
    from modelservice_constructs import ModelServer as Server

    chart = Chart(app, "c")
    server = Server(chart, "M", name="m", model=ModelArtifacts.from_uri("hf://org/m"))
    pool = DecodePool(server, "Decode", containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.3.0")])
    inference_pool = InferencePool(chart, "Pool", server=server)
    picker = EndpointPicker(chart, "Picker", pool=inference_pool)
    # adding a label is harmless; dropping one the selectors use is not
    pool.workload.add_json_patch(JsonPatch.add("/spec/template/metadata/labels/team", "llm"))
    app.synth_yaml()
    pool.workload.add_json_patch(JsonPatch.remove("/spec/template/metadata/labels/llm-d.ai~1model"))
    inference_pool.inference_pool.add_json_patch(JsonPatch.replace("/spec/targetPorts/0/number", 9999))
    picker.config_map.add_json_patch(JsonPatch.add("/data/epp-config.yaml", "featureGates: [prepareDataPlugins]"))
    with pytest.raises(RuntimeError) as caught:
        app.synth_yaml()
    message = str(caught.value)
    assert "[c/M/Decode/Resource] JSON patches: /spec/template/metadata/labels is changed, but the pool's pod " \
           "labels and selector" in message
    assert "[c/Pool/Resource] JSON patches: /spec/targetPorts is changed" in message
    assert "[c/Picker/ConfigMap] JSON patches: /data is changed, but the check against what the endpoint picker " \
           "of llm-d router v0.10.0 accepts rely on what it held" in message
