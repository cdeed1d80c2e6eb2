"""No two objects of an App share apiVersion, kind, namespace and name."""

from __future__ import annotations

import pytest
from cdk8s import App, Chart
from cdk8s import Testing as Cdk8sTesting
from conftest import Synth
from modelservice_constructs.imports.plain_object import ObjectRegistry

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PodSecurity,
    Privilege,
    Profile,
    objects,
)
from modelservice_constructs.app import synth as run_app

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m", labels={"llm-d.ai/model": "opt"})


def _failure(chart: Chart) -> str:
    with pytest.raises(RuntimeError) as caught:
        Cdk8sTesting.synth(chart)
    return str(caught.value)


def test_a_pool_taken_out_and_defined_again_is_no_duplicate(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Model", name="opt", model=MODEL)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    assert [d["kind"] for d in synth(chart)].count("Deployment") == 1  # checked once: the result is kept
    server.node.try_remove_child("Decode")
    DecodePool(server, "Replacement", containers=[ModelContainer(image=VLLM, args=["--enforce-eager"])])
    [deployment] = [d for d in synth(chart) if d["kind"] == "Deployment"]
    assert "--enforce-eager" in str(deployment["spec"]["template"]["spec"]["containers"][0])
    server.node.try_remove_child("Replacement")
    with pytest.raises(ModelServiceError, match="'opt' is already the name of ModelServer 'Model'"):
        ModelServer(chart, "Other", name="opt", model=MODEL)  # taking a pool out leaves its server: 'opt' is taken
    chart.node.try_remove_child("Other")
    chart.node.try_remove_child("Model")
    ModelServer(chart, "Again", name="opt", model=MODEL)  # the name is free again
    assert [d["kind"] for d in synth(chart)] == ["ServiceAccount"]


def test_fails_two_servers_with_one_name(app: App) -> None:
    ModelServer(Chart(app, "one"), "A", name="opt", model=MODEL)  # two charts: refused at synth
    ModelServer(Chart(app, "two"), "B", name="opt", model=MODEL)
    with pytest.raises(RuntimeError) as caught:
        app.synth_yaml()
    message = str(caught.value)
    assert "duplicate object: v1 ServiceAccount 'opt' (no namespace)" in message
    assert "one/A/ServiceAccount" in message and "two/B/ServiceAccount" in message


def test_fails_two_decode_pools_on_one_server(chart: Chart) -> None:
    server = ModelServer(chart, "Model", name="opt", model=MODEL)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    DecodePool(server, "Decode2", containers=[ModelContainer(image=VLLM)])
    message = _failure(chart)
    assert "apps/v1 Deployment 'opt-decode'" in message
    assert "[test/Model/Decode2/Resource] duplicate object: apps/v1 Deployment 'opt-decode' (no namespace) is also " \
           "defined by test/Model/Decode/Resource" in message


def test_fails_two_dra_servers_with_one_name_in_one_app(app: App) -> None:
    for index in range(2):
        chart = Chart(app, f"chart{index}")
        server = ModelServer(chart, "Model", name="opt", model=MODEL, dra=True, accelerator=Accelerator.intel_gaudi())
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    message = _failure(chart)
    assert "resource.k8s.io/v1 ResourceClaimTemplate 'opt-intel-gaudi-claim-template-decode'" in message
    assert "chart0/" in message and "chart1/" in message


def test_two_dra_servers_get_claim_templates_of_their_own(app: App, synth: Synth) -> None:
    charts = [Chart(app, f"chart{index}") for index in range(2)]
    for index, chart in enumerate(charts):
        model = ModelArtifacts.from_uri("hf://facebook/opt-125m", labels={"llm-d.ai/model": f"opt{index}"})
        server = ModelServer(chart, "Model", name=f"opt{index}", model=model, dra=True,
                             accelerator=Accelerator.intel_gaudi())
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    names = [o["metadata"]["name"] for chart in charts for o in synth(chart) if o["kind"] == "ResourceClaimTemplate"]
    assert names == ["opt0-intel-gaudi-claim-template-decode", "opt1-intel-gaudi-claim-template-decode"]


def test_the_same_name_in_two_namespaces_is_allowed(app: App, synth: Synth) -> None:
    for namespace in ("a", "b"):
        ModelServer(Chart(app, namespace, namespace=namespace), "Model", name="opt", model=MODEL)
    other = Chart(app, "other", namespace="a")
    ModelServer(other, "Model", name="other", model=MODEL, extra_objects=[
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "opt", "namespace": "c"}}],
        profile=Profile(security=PodSecurity(allow=[Privilege.OTHER_NAMESPACE_OBJECTS])))
    assert [o["metadata"]["namespace"] for o in synth(other)] == ["a", "c"]


def test_fails_an_extra_object_that_duplicates_a_generated_one(chart: Chart) -> None:
    ModelServer(chart, "Model", name="opt", model=MODEL, extra_objects=[
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "opt"}}])
    message = _failure(chart)
    assert "[test/Model/Extra0] duplicate object: v1 ServiceAccount 'opt' (no namespace) is also defined by " \
           "test/Model/ServiceAccount" in message


def test_fails_a_patch_that_renames_an_object_onto_another(chart: Chart) -> None:
    from cdk8s import JsonPatch

    first = ModelServer(chart, "A", name="one", model=MODEL)
    ModelServer(chart, "B", name="two", model=MODEL)
    assert first.service_account is not None
    first.service_account.add_json_patch(JsonPatch.replace("/metadata/name", "two"))
    assert "v1 ServiceAccount 'two'" in _failure(chart)


def test_duplicates_are_reported_as_problems_by_the_app_runner(capsys: pytest.CaptureFixture[str]) -> None:
    def build(app: App) -> None:
        ModelServer(Chart(app, "c"), "A", name="opt", model=MODEL)
        ModelServer(Chart(app, "d"), "B", name="opt", model=MODEL)

    assert run_app(build, outdir=None) == 1
    assert capsys.readouterr().err == (  # one line, naming the object's construct
        "error: d/B/ServiceAccount: duplicate object: v1 ServiceAccount 'opt' (no namespace) is also defined by "
        "c/A/ServiceAccount; each object needs its own apiVersion/kind/namespace/name (give one another name or "
        "namespace)\n")


def test_every_object_is_recorded_once_in_the_app_registry(app: App) -> None:
    for index in range(3):
        server = ModelServer(Chart(app, f"c{index}"), "Model", name=f"opt{index}", model=MODEL)
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    assert ObjectRegistry.of(app).size == 6
    assert [c.node.id for c in app.node.children].count(ObjectRegistry.ID) == 1


def test_patched_objects_are_checked_once_per_change_however_many_charts(app: App,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from cdk8s import JsonPatch

    servers = [ModelServer(Chart(app, f"c{i}"), "Model", name=f"opt{i}", model=MODEL) for i in range(5)]
    for server in servers:
        assert server.service_account is not None
        server.service_account.add_json_patch(JsonPatch.add("/automountServiceAccountToken", False))
    calls: list[str] = []
    original = objects.patch_problems
    monkeypatch.setattr(objects, "patch_problems",
                        lambda obj, entry, ops: calls.append(obj.node.path) or original(obj, entry, ops))
    app.synth_yaml()
    assert len(calls) == 5  # once per patched object, not once per object and Chart
    servers[0].service_account.add_json_patch(JsonPatch.add("/automountServiceAccountToken", True))
    app.synth_yaml()
    assert len(calls) == 10


def test_a_cluster_scoped_kind_is_one_object_in_any_namespace_and_needs_its_privilege(chart: Chart) -> None:
    from modelservice_constructs import PodSecurity, Privilege, Profile

    gateway_class = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                     "metadata": {"name": "llm"}, "spec": {"controllerName": "example.com/gateway"}}
    with pytest.raises(ModelServiceError, match=r"ModelServer.extra_objects\[0\].kind: GatewayClass is cluster-scoped"):
        ModelServer(chart, "Model", name="opt", model=MODEL, extra_objects=[gateway_class])
    allowed = Profile(security=PodSecurity(allow=[Privilege.CLUSTER_SCOPED_OBJECTS]))
    ModelServer(chart, "A", name="a", model=MODEL, profile=allowed, extra_objects=[
        {**gateway_class, "metadata": {"name": "llm", "namespace": "x"}}])
    ModelServer(chart, "B", name="b", model=MODEL, profile=allowed, extra_objects=[
        {**gateway_class, "metadata": {"name": "llm", "namespace": "y"}}])
    assert "duplicate object: gateway.networking.k8s.io/v1 GatewayClass 'llm' (no namespace)" in _failure(chart)
