"""The cross-object contract of gateway routing: each construct's checks over the App's index, once per change of
the App, linear work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cdk8s import App, Chart
from conftest import ROOT, Synth, by_kind, one
from gateway_support import GATEWAY, VLLM, args, flag, model, server

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    GatewayRef,
    HttpRoute,
    InferencePool,
    InferencePoolRef,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    PrefillPool,
    RoutingSidecar,
)
from modelservice_constructs.app import validation_problems
from modelservice_constructs.app_index import AppIndex
from modelservice_constructs.errors import show
from modelservice_constructs.validation import validate_objects

SHARED = {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "shared"}
DECODE = {**SHARED, "llm-d.ai/role": "decode"}
"""Labels two servers share when the caller gives both the same ``llm-d.ai/model`` (by default each server's is
its name)."""


def _problems(chart: Chart, synth: Synth, of: str = "") -> list[str]:
    """The contract problems synth reports, as ``<construct path>: <problem>`` (those of the construct at
    path ``of``, if given)."""
    with pytest.raises(RuntimeError) as caught:
        synth(chart)
    found = validation_problems(caught.value)
    assert found is not None and all(p.path for p in found)  # each reported by the construct it is about
    return [f"{p.path}: {p.message}" for p in found if not of or p.path == of]


def _routed_models(count: int) -> tuple[App, AppIndex]:
    app = App()
    for i in range(count):
        chart = Chart(app, f"model-{i}")
        pool = InferencePool(chart, "Pool", server=server(chart, f"m{i}"))
        EndpointPicker(chart, "Picker", pool=pool)
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix=f"/m{i}")
    return app, AppIndex.of(chart)


# -- the index -----------------------------------------------------------------------------------------


def test_constructs_taken_out_of_the_tree_are_forgotten(chart: Chart, synth: Synth) -> None:
    model_server = server(chart)
    model_server.node.try_remove_child("Prefill")
    pool = InferencePool(chart, "Pool", server=model_server)
    picker = EndpointPicker(chart, "Picker", pool=pool)
    assert [p.role for p in pool.model_pools_now()] == ["decode"] and picker.derived_for_prefill is False
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    assert by_kind(synth(chart), "HTTPRoute")
    chart.node.try_remove_child("Pool")
    assert _problems(chart, synth) == [
        "test/Route: HTTPRoute 'opt-route' backend: InferencePool 'opt-pool' is not in this app (it was taken out "
        "of the tree, or belongs to another App); route to an InferencePool of this app"]


def test_one_index_per_app(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    index = AppIndex.of(chart)
    assert AppIndex.of(pool) is index and chart.node.root.node.try_find_child(AppIndex.ID) is index
    assert index.inference_pools == [pool] and index.has(pool)
    other = Chart(App(), "other")
    assert AppIndex.of(other) is not index and not AppIndex.of(other).has(pool)


def test_every_construct_of_the_contract_registers_itself(chart: Chart, synth: Synth) -> None:
    opt = server(chart)
    pool = InferencePool(chart, "Pool", server=opt)
    picker = EndpointPicker(chart, "Picker", pool=pool)
    route = HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    index = AppIndex.of(chart)
    assert (index.inference_pools, index.pickers, index.routes) == ([pool], [picker], [route])
    assert index.servers == [opt] and [p.role for p in index.pools] == ["decode", "prefill"]
    synth(chart)


def test_recording_twice_is_harmless(chart: Chart, synth: Synth) -> None:
    opt = ModelServer(chart, "Opt", name="opt", model=model("opt", SHARED))
    decode = DecodePool(opt, "Decode", containers=[ModelContainer(image=VLLM)])
    index = AppIndex.of(chart)
    index.add_server(opt)
    index.add_pool(decode)
    assert index.servers == [opt] and index.pools == [decode]
    qwen = ModelServer(chart, "Qwen", name="qwen", model=model("qwen", SHARED))
    DecodePool(qwen, "Decode", containers=[ModelContainer(image=VLLM)])
    InferencePool(chart, "Pool", server=qwen)
    remedy = "give each model distinct labels (e.g. llm-d.ai/model) in ModelArtifacts(labels=...)"
    assert sorted(_problems(chart, synth)) == sorted([
        f"test/Pool: InferencePool 'qwen-pool' selector: {show(SHARED)} also matches the pods of ModelServer 'opt' "
        f"(opt-decode); {remedy}",
        *(f"test/{own}/Decode: DecodePool selector: {show(DECODE)} (the model labels and role) is also on the pods of "
          f"{other}-decode (ModelServer '{other}'): the workloads and disruption budgets of the models would act on "
          f"each other's pods; {remedy}" for own, other in (("Opt", "qwen"), ("Qwen", "opt")))])


def test_the_app_is_checked_once_per_change_however_many_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    app, index = _routed_models(3)
    asked: list[str] = []
    check = InferencePool.problems

    def counted(self: InferencePool) -> list[str]:
        asked.append(self.name)
        return check(self)

    monkeypatch.setattr(InferencePool, "problems", counted)
    app.synth_yaml()  # validates the app once, then once per chart
    app.synth_yaml()
    assert index.refreshes == 1 and asked == ["m0-pool", "m1-pool", "m2-pool"]
    InferencePool(app.node.find_child("model-0"), "Pool2", server=index.servers[0], name="m0-second")
    app.synth_yaml()
    assert index.refreshes == 2 and len(asked) == 7


def test_checking_work_is_linear_in_the_number_of_routed_models() -> None:
    visits = {}
    for count in (4, 8, 16):
        app, index = _routed_models(count)
        text = app.synth_yaml()
        assert text.count("kind: HTTPRoute") == count and index.refreshes == 1
        visits[count] = index.visits
    assert visits[4] > 0 and visits[16] == 2 * visits[8] == 4 * visits[4]


# -- selector ------------------------------------------------------------------------------------------


def test_fails_selector_that_matches_another_model(chart: Chart, synth: Synth) -> None:
    opt = server(chart, "opt", model=model("opt", SHARED))
    server(chart, "qwen", model=model("qwen", SHARED))
    InferencePool(chart, "Pool", server=opt)
    assert _problems(chart, synth, "test/Pool") == [
        f"test/Pool: InferencePool 'opt-pool' selector: {SHARED} also matches the pods of ModelServer 'qwen' "
        f"({name}); give each model distinct labels (e.g. llm-d.ai/model) in ModelArtifacts(labels=...)"
        for name in ("qwen-decode", "qwen-prefill")]


def test_fails_two_routes_of_one_match_through_one_gateway(chart: Chart, synth: Synth) -> None:
    pools = [InferencePool(chart, f"{name}Pool", server=server(chart, name, model=model(name)))
             for name in ("opt", "qwen", "llama", "nos")]
    HttpRoute(chart, "OptRoute", gateway=GATEWAY, backend=pools[0])
    HttpRoute(chart, "QwenRoute", gateway=GATEWAY, backend=pools[1])  # "/" again: the Gateway keeps the oldest
    HttpRoute(chart, "LlamaRoute", gateway=GATEWAY, backend=pools[2], hostnames=["llama.example.com"])
    HttpRoute(chart, "NosRoute", gateway=GatewayRef("other-gateway"), backend=pools[3])
    assert _problems(chart, synth) == [
        "test/QwenRoute: HTTPRoute 'qwen-route' path_prefix: '/' through Gateway 'inference-gateway' is already "
        "routed by HTTPRoute 'opt-route', and the Gateway sends a match to the oldest route only; give each route its "
        "own path_prefix or hostnames",
        "test/LlamaRoute: HTTPRoute 'llama-route' path_prefix: '/' through Gateway 'inference-gateway' is already "
        "routed by HTTPRoute 'opt-route', and the Gateway sends a match to the oldest route only; give each route its "
        "own path_prefix or hostnames"]  # opt's route answers every hostname, llama.example.com included


def test_routes_of_one_prefix_on_other_hostnames_or_listeners_coexist(chart: Chart, synth: Synth) -> None:
    pools = [InferencePool(chart, f"{name}Pool", server=server(chart, name, model=model(name)))
             for name in ("opt", "qwen", "llama", "nos")]
    HttpRoute(chart, "OptRoute", gateway=GATEWAY, backend=pools[0], hostnames=["opt.example.com"])
    HttpRoute(chart, "QwenRoute", gateway=GATEWAY, backend=pools[1], hostnames=["qwen.example.com"])
    HttpRoute(chart, "LlamaRoute", gateway=GatewayRef(GATEWAY.name, section_name="https"), backend=pools[2],
              hostnames=["llm.example.com"])
    HttpRoute(chart, "NosRoute", gateway=GatewayRef(GATEWAY.name, section_name="http"), backend=pools[3],
              hostnames=["llm.example.com"])
    routes = by_kind(synth(chart), "HTTPRoute")
    assert sorted(r["metadata"]["name"] for r in routes) == ["llama-route", "nos-route", "opt-route", "qwen-route"]


def test_fails_models_whose_pools_select_each_others_pods(chart: Chart, synth: Synth) -> None:
    server(chart, "opt", model=model("opt", SHARED), pd=False)
    server(chart, "qwen", model=model("qwen", SHARED), pd=False)
    server(chart, "llama", pd=False)  # its own llm-d.ai/model: no other pool selects its pods
    ModelServer(chart, "Default", name="default", model=ModelArtifacts.from_uri("hf://org/default"))  # nor these:
    ModelServer(chart, "Other", name="other", model=ModelArtifacts.from_uri("hf://org/other"))  # each its own label
    assert _problems(chart, synth) == [
        f"test/{own}/Decode: DecodePool selector: {show(DECODE)} (the model labels and role) is also on the pods of "
        f"{other}-decode (ModelServer '{other}'): the workloads and disruption budgets of the models would act on "
        "each other's pods; give each model distinct labels (e.g. llm-d.ai/model) in ModelArtifacts(labels=...)"
        for own, other in (("Opt", "qwen"), ("Qwen", "opt"))]


def test_many_models_sharing_labels_get_one_problem_per_pool(chart: Chart, synth: Synth) -> None:
    for name in ("a", "b", "c", "d", "e"):
        server(chart, name, model=model(name, SHARED), pd=False)
    problems = _problems(chart, synth)
    assert len(problems) == 5
    assert "is also on the pods of b-decode (ModelServer 'b'), c-decode (ModelServer 'c'), d-decode (ModelServer " \
           "'d') and 1 more: " in problems[0]


def test_models_in_different_namespaces_may_share_labels(chart: Chart, synth: Synth) -> None:
    opt = server(chart, "opt", model=model("opt", SHARED), namespace="a")
    server(chart, "qwen", model=model("qwen", SHARED), namespace="b")
    InferencePool(chart, "Pool", server=opt)
    assert one(synth(chart), "InferencePool")["metadata"]["namespace"] == "a"


def test_fails_selector_matching_a_model_of_the_namespace_applied_to(chart: Chart, synth: Synth) -> None:
    opt = server(chart, "opt", model=model("opt", SHARED), namespace="a")
    server(chart, "qwen", model=model("qwen", SHARED), pd=False)  # no namespace: wherever it is applied
    InferencePool(chart, "Pool", server=opt)
    assert [p.split(" also matches ")[1][:35] for p in _problems(chart, synth, "test/Pool")] == [
        "the pods of ModelServer 'qwen' (qwe"]


def test_fails_pool_of_a_server_without_pools(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=ModelServer(chart, "Opt", name="opt", model=model("opt")))
    assert _problems(chart, synth) == [
        "test/Pool: InferencePool 'opt-pool' selector: {'llm-d.ai/inference-serving': 'true', 'llm-d.ai/model': "
        "'opt'} selects the pods of ModelServer 'opt', which has no decode or prefill pool; add a DecodePool or "
        "PrefillPool to it"]


def test_fails_pool_of_one_role_the_server_lacks(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart, pd=False), selector={"llm-d.ai/role": "prefill"})
    assert _problems(chart, synth)[0].endswith("which has no prefill pool; add a DecodePool or PrefillPool to it")


class UnlabelledPrefillPool(PrefillPool):
    """A pool whose pods lose the model label (a subclass gone wrong)."""

    @property
    def selector_labels(self) -> dict[str, str]:
        return {k: v for k, v in super().selector_labels.items() if k != "llm-d.ai/model"}


def test_fails_pods_without_the_selector_labels(chart: Chart, synth: Synth) -> None:
    opt = server(chart, prefill=UnlabelledPrefillPool)
    InferencePool(chart, "Pool", server=opt)
    [problem] = _problems(chart, synth)
    assert problem.startswith("test/Pool: InferencePool 'opt-pool' selector: {'llm-d.ai/model': 'opt'} is not on "
                              "the pods of opt-prefill (labels {'llm-d.ai/inference-serving': 'true', "
                              "'llm-d.ai/role': 'prefill'}); keep the model labels on the pod template")


# -- port chain ----------------------------------------------------------------------------------------


class DecodeOn9000(DecodePool):
    """Decode pods whose vLLM listens on 9000, whatever the sidecar forwards to."""

    @property
    def vllm_port(self) -> int:
        return 9000


class DecodeOnTheServicePort(DecodePool):
    @property
    def vllm_port(self) -> int:
        return self.server.service_port


class PrefillOn9001(PrefillPool):
    @property
    def vllm_port(self) -> int:
        return 9001


def test_the_port_chain_holds_by_construction(chart: Chart, synth: Synth) -> None:
    opt = server(chart, service_port=9000, routing_sidecar=RoutingSidecar(target_port=9200))
    nos = server(chart, "nos", routing_sidecar=None)
    for name, model_server in (("Opt", opt), ("Nos", nos)):
        HttpRoute(chart, f"{name}Route", gateway=GATEWAY, path_prefix=f"/{name.lower()}",
                  backend=InferencePool(chart, f"{name}Pool", server=model_server))
    out = synth(chart)
    opt_pod = one(out, "Deployment", "opt-decode")["spec"]["template"]["spec"]
    assert opt_pod["initContainers"][0]["args"][:2] == ["--port=9000", "--model-server-port=9200"]
    assert flag(args(out, "opt-decode"), "--port") == "9200" and flag(args(out, "opt-prefill"), "--port") == "9000"
    assert flag(args(out, "nos-decode"), "--port") == "8000" == flag(args(out, "nos-prefill"), "--port")
    ports = {r["metadata"]["name"]: r["spec"]["rules"][0]["backendRefs"][0]["port"] for r in by_kind(out, "HTTPRoute")}
    assert ports == {"opt-route": 9000, "nos-route": 8000}


def test_fails_decode_vllm_port_off_the_sidecar_port(chart: Chart, synth: Synth) -> None:
    opt = server(chart, decode=DecodeOn9000)
    InferencePool(chart, "Pool", server=opt)
    decode = next(p for p in AppIndex.of(chart).pools_of(opt) if p.role == "decode")
    assert flag(decode.build_containers()[0]["args"], "--port") == "9000"  # what the pods would run
    assert _problems(chart, synth) == [
        "test/Pool: opt-decode vLLM --port: vLLM listens on 9000 but routing-proxy --model-server-port is 8200; they "
        "must be equal (RoutingSidecar.target_port)"]


def test_fails_decode_vllm_port_on_the_sidecar_port(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart, pd=False, decode=DecodeOnTheServicePort))
    assert "test/Pool: opt-decode vLLM --port: vLLM listens on 8000, the port of routing-proxy --port; the two " \
           "must differ" in _problems(chart, synth)


def test_fails_prefill_vllm_port_other_than_the_target_port(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart, prefill=PrefillOn9001))
    assert _problems(chart, synth) == [
        "test/Pool: InferencePool 'opt-pool' targetPorts[0].number 8000: opt-prefill vLLM --port is 9001; the "
        "pool's target port, the servicePort and vLLM --port must be one port"]


def test_fails_target_port_other_than_the_service_port(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    pool.target_port = 8100  # the contract reads the attributes
    assert _problems(chart, synth) == [
        "test/Pool: InferencePool 'opt-pool' targetPorts[0].number 8100: opt-decode pods serve on 8000 "
        "(routing-proxy --port, ModelServer.service_port); the pool's target port, the servicePort and the sidecar "
        "--port must be one port",
        "test/Pool: InferencePool 'opt-pool' targetPorts[0].number 8100: opt-prefill vLLM --port is 8000; the "
        "pool's target port, the servicePort and vLLM --port must be one port"]


# -- routes, kinds and pickers ---------------------------------------------------------------------------


def test_fails_route_backend_not_in_the_app(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=InferencePoolRef("llama-pool"))
    assert _problems(chart, synth) == [
        "test/Route: HTTPRoute 'llama-pool-route' backend: InferencePool 'llama-pool' is not an InferencePool of "
        "this app (it has: opt-pool); pass the InferencePool construct, or declare the pool "
        "InferencePoolRef(..., external=True)"]


def test_fails_route_backend_in_another_namespace(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart, namespace="a"))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=InferencePoolRef("opt-pool", namespace="b"))
    assert "is not an InferencePool of this app (it has: opt-pool)" in _problems(chart, synth)[0]


def test_fails_route_backend_port_other_than_the_pool(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=InferencePoolRef("opt-pool", port=8200))
    assert _problems(chart, synth) == [
        "test/Route: HTTPRoute 'opt-pool-route' backend.port: 8200 is not the target port of InferencePool "
        "'opt-pool' (8000); omit it or use 8000"]


def test_fails_group_other_than_the_typed_import(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    EndpointPicker(chart, "Picker", pool=pool)
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    pool.group = "inference.networking.x-k8s.io"  # the contract reads the attributes
    assert sorted(_problems(chart, synth)) == sorted([
        "test/Pool: InferencePool 'opt-pool' apiVersion: inference.networking.k8s.io/v1 InferencePool (group "
        "inference.networking.x-k8s.io) is not the InferencePool of the typed import, "
        "inference.networking.k8s.io/v1 InferencePool",
        "test/Route: HTTPRoute 'opt-route' backend: inference.networking.k8s.io/InferencePool is not the group and "
        "kind of InferencePool 'opt-pool' (inference.networking.x-k8s.io/InferencePool)",
        "test/Picker: EndpointPicker 'opt-epp' --pool-group: 'inference.networking.x-k8s.io' is not the group of "
        "the InferencePools emitted ('inference.networking.k8s.io')"])


def test_fails_derived_picker_config_when_pools_change(chart: Chart, synth: Synth) -> None:
    opt = server(chart, pd=False)
    EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=opt))
    PrefillPool(opt, "Prefill", containers=[ModelContainer(image=VLLM)])
    assert _problems(chart, synth) == [
        "test/Picker: EndpointPicker 'opt-epp' config: SchedulerConfig.load_aware() was chosen when the picker was "
        "created, but InferencePool 'opt-pool' now selects a PrefillPool of ModelServer 'opt'; create the "
        "EndpointPicker after the pools, or pass config="]


def test_a_picker_of_a_decode_only_pool_schedules_without_prefill(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart), selector={"llm-d.ai/role": "decode"})
    picker = EndpointPicker(chart, "Picker", pool=pool)
    assert picker.derived_for_prefill is False and not picker.config.disaggregated
    assert by_kind(synth(chart), "ConfigMap")


def test_fails_two_pickers_for_one_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    EndpointPicker(chart, "Picker", pool=pool)
    EndpointPicker(chart, "Picker2", pool=pool)
    problems = _problems(chart, synth)
    assert [p for p in problems if "duplicate object:" not in p] == [
        "test/Picker: EndpointPicker 'opt-epp' name: another EndpointPicker (test/Picker2) has the same name; one "
        "picker per InferencePool",
        "test/Picker2: EndpointPicker 'opt-epp' name: another EndpointPicker (test/Picker) has the same name; one "
        "picker per InferencePool"]
    assert any("ServiceAccount 'opt-epp'" in p for p in problems)  # and every object of the pickers collides


def test_app_synth_runs_the_checks_and_writes_nothing(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    chart = Chart(app, "bad")
    InferencePool(chart, "Pool", server=server(chart, decode=DecodeOn9000))
    with pytest.raises(RuntimeError, match=r"(?s)Validation failed.*\[bad/Pool\] opt-decode vLLM --port: vLLM "
                                           r"listens on 9000 but routing-proxy --model-server-port is 8200"):
        app.synth()
    assert not list(tmp_path.iterdir())


# -- the example -----------------------------------------------------------------------------------------


def test_gateway_routing_example_keeps_the_contract(tmp_path: Path) -> None:
    env = {**os.environ, "CDK8S_OUTDIR": str(tmp_path), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    subprocess.run([sys.executable, "examples/gateway_routing.py"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    out = [o for o in yaml.safe_load_all((tmp_path / "gateway-routing.k8s.yaml").read_text()) if o]
    assert validate_objects(out) == []
    pools = {p["metadata"]["name"]: p for p in by_kind(out, "InferencePool")}
    routes = by_kind(out, "HTTPRoute")
    assert sorted(pools) == ["llama-pool", "qwen-pool"] and len(routes) == 2
    assert {r["spec"]["parentRefs"][0]["name"] for r in routes} == {"inference-gateway"}
    for route in routes:
        backend = route["spec"]["rules"][0]["backendRefs"][0]
        pool = pools[backend["name"]]
        assert backend["port"] == pool["spec"]["targetPorts"][0]["number"]
        assert backend["group"] == pool["apiVersion"].split("/")[0]
    workloads = [d for d in by_kind(out, "Deployment") if not d["metadata"]["name"].endswith("-epp")]
    for name, pool in pools.items():
        selector = pool["spec"]["selector"]["matchLabels"]
        matched = [d["metadata"]["name"] for d in workloads
                   if selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()]
        assert sorted(matched) == sorted(d["metadata"]["name"] for d in workloads
                                         if d["metadata"]["name"].startswith(name.removesuffix("pool")))
        port = pool["spec"]["targetPorts"][0]["number"]
        for deployment in (d for d in workloads if d["metadata"]["name"] in matched):
            pod = deployment["spec"]["template"]["spec"]
            sidecars = [c for c in pod.get("initContainers", []) if c["name"] == "routing-proxy"]
            serving = sidecars[0]["args"] if sidecars else pod["containers"][0]["args"]
            assert f"--port={port}" in serving or flag(serving, "--port") == str(port)
        picker = one(out, "Service", pool["spec"]["endpointPickerRef"]["name"])
        assert pool["spec"]["endpointPickerRef"]["port"]["number"] in [p["port"] for p in picker["spec"]["ports"]]
        assert flag(args(out, picker["metadata"]["name"]), "--pool-name") == name
    prefix_route = next(r for r in routes if r["metadata"]["name"] == "llama-route")
    assert prefix_route["spec"]["rules"][0]["matches"][0]["path"]["value"] == "/llama"
    assert prefix_route["spec"]["rules"][0]["filters"][0]["type"] == "URLRewrite"
