"""Objects render as written: typed instances backed by PlainApiObjects, JSON patches applied exactly."""

from __future__ import annotations

import copy
import json
from typing import Any

import cdk8s
import jsii
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

from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, ModelServiceError
from modelservice_constructs.json_patch import apply_strictly
from modelservice_constructs.manifests import _enum_values
from modelservice_constructs.objects import PatchCheck, api_object
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


# -- the kernel objects and the App's checks ------------------------------------------------------------

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


def test_the_signature_of_an_app_changes_with_its_tree_and_patches(chart: Chart) -> None:
    from modelservice_constructs.imports.plain_object import ObjectRegistry

    obj = api_object(chart, "Object", k8s.ServiceAccount, {"metadata": {"name": "sa"}})
    registry = ObjectRegistry.of(chart)
    seen = [registry.signature]
    Cdk8sTesting.synth(chart)  # the registry's validation takes the signature at the start of each validation
    seen.append(registry.signature)
    Construct(chart, "x")
    Cdk8sTesting.synth(chart)
    seen.append(registry.signature)
    chart.node.try_remove_child("x")
    Cdk8sTesting.synth(chart)
    seen.append(registry.signature)
    obj.add_json_patch(JsonPatch.add("/automountServiceAccountToken", False))
    Cdk8sTesting.synth(chart)
    seen.append(registry.signature)
    assert seen[0] == seen[1] and len(set(seen[1:])) == 4


def test_a_cross_check_is_asked_again_only_when_the_app_changed(app: cdk8s.App) -> None:
    from modelservice_constructs.imports.plain_object import CrossCheck, ICrossCheck

    asked: list[str] = []

    @jsii.implements(ICrossCheck)
    class Checked(Construct):
        def cross_check(self, signature: str) -> list[str]:
            asked.append(signature)
            return []

    charts = [Chart(app, "one"), Chart(app, "two")]
    api_object(charts[0], "Object", k8s.ServiceAccount, {"metadata": {"name": "sa"}})
    checked = Checked(charts[1], "checked")
    CrossCheck.attach(checked, checked)
    app.synth_yaml()  # validates the app once, then once per chart
    app.synth_yaml()
    assert len(asked) == 1
    Construct(charts[0], "more")
    app.synth_yaml()
    assert len(asked) == 2 and asked[0] != asked[1]


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


def test_a_failing_constructor_leaves_nothing_behind(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Model", name="opt", model=MODEL)
    with pytest.raises(ModelServiceError, match=r"DecodePool\.replicas"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], replicas=-1)
    assert server.node.try_find_child("Decode") is None  # taken out of the tree: the id is free
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    assert [d["kind"] for d in synth(chart)].count("Deployment") == 1
