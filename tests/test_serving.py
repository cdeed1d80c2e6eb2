"""Gateway routing: InferencePool, HttpRoute, EndpointPicker and the cross-object checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import ApiObject, App, Chart, JsonPatch
from conftest import ROOT, Synth, by_kind, one
from modelservice_constructs.imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource
from modelservice_constructs.imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

from modelservice_constructs import (
    DecodePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PrefillPool,
    RoutingSidecar,
    Tracing,
)
from modelservice_constructs.serving import (
    DEFAULT_EPP_IMAGE,
    EndpointPicker,
    EndpointPickerRef,
    FailureMode,
    GatewayRef,
    HttpRoute,
    InferencePool,
    InferencePoolRef,
    SchedulerConfig,
)
from modelservice_constructs.validation import validate_objects

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"
GATEWAY = GatewayRef("inference-gateway")


def _model(name: str, labels: dict[str, str] | None = None) -> ModelArtifacts:
    return ModelArtifacts.from_uri(f"hf://org/{name}", labels=labels if labels is not None else {
        "llm-d.ai/inference-serving": "true", "llm-d.ai/model": name})


def _server(chart: Chart, name: str = "opt", *, pd: bool = True, id: str | None = None,
            decode_args: tuple[str, ...] = (), prefill_args: tuple[str, ...] = (), **props: Any) -> ModelServer:
    model = props.pop("model", None) or _model(name)
    server = ModelServer(chart, id or name.capitalize(), name=name, model=model, **props)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, args=list(decode_args))])
    if pd:
        PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM, args=list(prefill_args))])
    return server


def _args(manifests: list[dict[str, Any]], name: str) -> list[str]:
    deployment = one(manifests, "Deployment", name)
    args: list[str] = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
    return args


def _flag(args: list[str], flag: str) -> str:
    return args[args.index(flag) + 1]


# -- InferencePool ---------------------------------------------------------------------------------


def test_pool_selects_the_model_pods_on_the_service_port(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    pool = InferencePool(chart, "Pool", server=server)
    out = synth(chart)
    manifest = one(out, "InferencePool")
    assert manifest["apiVersion"] == "inference.networking.k8s.io/v1"
    assert manifest["metadata"]["name"] == "opt-pool" == pool.name
    assert manifest["spec"] == {
        "selector": {"matchLabels": {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "opt-epp", "port": {"number": 9002}, "failureMode": "FailOpen"},
    }
    for deployment in by_kind(out, "Deployment"):  # decode and prefill pods carry the selector
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert manifest["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pool.inference_pool is not None and pool.target_port == 8000
    assert [p.role for p in pool.model_pools()] == ["decode", "prefill"]
    assert validate_objects(out) == []


def test_pool_names_a_given_endpoint_picker_and_protocol(chart: Chart, synth: Synth) -> None:
    server = _server(chart, service_port=9000, routing_sidecar=RoutingSidecar(target_port=9200), namespace="llm")
    InferencePool(chart, "Pool", server=server, name="opt", app_protocol="kubernetes.io/h2c",
                  endpoint_picker=EndpointPickerRef("shared-epp", port=9102, failure_mode=FailureMode.FAIL_CLOSE))
    out = synth(chart)
    manifest = one(out, "InferencePool", "opt")
    assert manifest["metadata"]["namespace"] == "llm"
    assert manifest["spec"]["targetPorts"] == [{"number": 9000}]
    assert manifest["spec"]["appProtocol"] == "kubernetes.io/h2c"
    assert manifest["spec"]["endpointPickerRef"] == {"name": "shared-epp", "port": {"number": 9102},
                                                     "failureMode": "FailClose"}
    assert validate_objects(out) == []


def test_pool_of_one_role(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    pool = InferencePool(chart, "Pool", server=server, selector={"llm-d.ai/model": "opt", "llm-d.ai/role": "decode"})
    assert [p.role for p in pool.model_pools()] == ["decode"]
    assert one(synth(chart), "InferencePool")["spec"]["selector"]["matchLabels"]["llm-d.ai/role"] == "decode"


def test_escape_hatch_patches_the_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    ApiObject.of(pool.inference_pool).add_json_patch(JsonPatch.add("/metadata/annotations", {"team": "llm"}))
    assert one(synth(chart), "InferencePool")["metadata"]["annotations"] == {"team": "llm"}


# -- HTTPRoute -------------------------------------------------------------------------------------


def test_route_sends_all_traffic_to_the_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    route = HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    out = synth(chart)
    manifest = one(out, "HTTPRoute")
    assert manifest["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert manifest["metadata"]["name"] == "opt-route" == route.name
    assert manifest["spec"] == {
        "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "inference-gateway"}],
        "rules": [{
            "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
            "backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "opt-pool",
                             "port": 8000}],
            "timeouts": {"request": "0s", "backendRequest": "0s"},
        }],
    }
    assert route.rewrite_prefix is None and route.http_route is not None
    assert validate_objects(out) == []


def test_route_with_a_path_prefix_rewrites_it(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    pool = InferencePool(chart, "Pool", server=server)
    HttpRoute(chart, "Route", gateway=[GatewayRef("gw", namespace="infra", section_name="http"),
                                       GatewayRef("gw", namespace="infra", section_name="https")],
              backend=pool, path_prefix="/opt", hostnames=["llm.example.com"], request_timeout="10m",
              backend_request_timeout="300s", labels={"team": "llm"})
    out = synth(chart)
    manifest = one(out, "HTTPRoute")
    assert manifest["metadata"]["namespace"] == "llm"
    assert manifest["metadata"]["labels"]["team"] == "llm"
    assert [p["sectionName"] for p in manifest["spec"]["parentRefs"]] == ["http", "https"]
    assert manifest["spec"]["parentRefs"][0]["namespace"] == "infra"
    assert manifest["spec"]["hostnames"] == ["llm.example.com"]
    [rule] = manifest["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/opt"}}]
    assert rule["filters"] == [{"type": "URLRewrite", "urlRewrite": {
        "path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}}}]
    assert rule["timeouts"] == {"request": "10m", "backendRequest": "300s"}
    assert validate_objects(out) == []


def test_route_can_keep_the_path_and_leave_timeouts_unset(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix="/v1", rewrite_prefix=None,
              request_timeout=None, backend_request_timeout=None)
    [rule] = one(synth(chart), "HTTPRoute")["spec"]["rules"]
    assert "filters" not in rule and "timeouts" not in rule


def test_route_to_a_pool_of_the_app_by_name(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart))
    other = Chart(chart.node.scope, "routes")  # type: ignore[arg-type]
    HttpRoute(other, "Route", gateway=GATEWAY, backend=InferencePoolRef("opt-pool", port=8000))
    synth(chart)
    route = one(synth(other), "HTTPRoute", "opt-pool-route")
    assert route["spec"]["rules"][0]["backendRefs"][0]["port"] == 8000


def test_route_to_an_external_pool(chart: Chart, synth: Synth) -> None:
    HttpRoute(chart, "Route", gateway=GATEWAY, name="shared", namespace="apps",
              backend=InferencePoolRef("shared-pool", namespace="models", external=True))
    out = synth(chart)
    backend = one(out, "HTTPRoute")["spec"]["rules"][0]["backendRefs"][0]
    assert backend == {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "shared-pool",
                       "namespace": "models"}
    assert validate_objects(out) == []


def test_api_groups_and_versions_agree_across_the_objects(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    pool = InferencePool(chart, "Pool", server=server)
    EndpointPicker(chart, "Picker", pool=pool)
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    out = synth(chart)
    pool_api = InferencePoolResource.GVK.api_version
    group = pool_api.split("/")[0]
    assert one(out, "InferencePool")["apiVersion"] == pool_api == f"{pool.group}/v1"
    assert one(out, "HTTPRoute")["apiVersion"] == HttpRouteResource.GVK.api_version == "gateway.networking.k8s.io/v1"
    backend = one(out, "HTTPRoute")["spec"]["rules"][0]["backendRefs"][0]
    assert (backend["group"], backend["kind"]) == (group, InferencePoolResource.GVK.kind)
    args = _args(out, "opt-epp")
    assert (_flag(args, "--pool-group"), _flag(args, "--pool-name"), _flag(args, "--pool-namespace")) == (
        group, "opt-pool", "llm")
    assert {"apiGroups": [group], "resources": ["inferencepools"], "verbs": ["get", "watch", "list"]} in one(
        out, "Role")["rules"]


# -- EndpointPicker --------------------------------------------------------------------------------


def test_endpoint_picker_deploys_the_scheduler_the_pool_names(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    pool = InferencePool(chart, "Pool", server=server)
    picker = EndpointPicker(chart, "Picker", pool=pool)
    out = synth(chart)
    names = {(o["kind"], o["metadata"]["name"]) for o in out}
    assert {("ServiceAccount", "opt-epp"), ("Role", "opt-epp"), ("RoleBinding", "opt-epp"),
            ("ConfigMap", "opt-epp"), ("Deployment", "opt-epp"), ("Service", "opt-epp")} <= names
    assert all(o["metadata"].get("namespace") == "llm" for o in out if o["metadata"]["name"] == "opt-epp")
    service = one(out, "Service", "opt-epp")
    ref = one(out, "InferencePool")["spec"]["endpointPickerRef"]
    assert service["metadata"]["name"] == ref["name"]
    assert [(p["name"], p["port"]) for p in service["spec"]["ports"]] == [
        ("grpc-ext-proc", ref["port"]["number"]), ("grpc-health", 9003), ("http-metrics", 9090)]
    deployment = one(out, "Deployment", "opt-epp")
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
    pod = deployment["spec"]["template"]["spec"]
    assert not set(one(out, "InferencePool")["spec"]["selector"]["matchLabels"]) <= set(
        deployment["spec"]["template"]["metadata"]["labels"])
    container = pod["containers"][0]
    assert container["image"] == DEFAULT_EPP_IMAGE == "ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0"
    assert _flag(container["args"], "--grpc-port") == "9002"
    assert _flag(container["args"], "--config-file") == "/etc/epp/epp-config.yaml"
    assert "--ha-enable-leader-election" not in container["args"]
    assert [p["containerPort"] for p in container["ports"]] == [9002, 9003, 9090]
    assert container["readinessProbe"]["grpc"]["port"] == 9003
    assert pod["serviceAccountName"] == "opt-epp"
    assert pod["volumes"] == [{"name": "plugins-config", "configMap": {"name": "opt-epp"}}]
    assert deployment["spec"]["strategy"] == {"type": "Recreate"}
    binding = one(out, "RoleBinding")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "opt-epp", "namespace": "llm"}]
    assert binding["roleRef"]["name"] == "opt-epp"
    rules = one(out, "Role")["rules"]
    assert {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]} in rules
    assert any("inferenceobjectives" in r["resources"] for r in rules)
    config = yaml.safe_load(one(out, "ConfigMap", "opt-epp")["data"]["epp-config.yaml"])
    assert config["kind"] == "EndpointPickerConfig"
    assert [p["name"] for p in config["schedulingProfiles"]] == ["prefill", "decode"]  # the server has prefill pods
    assert picker.config.disaggregated and picker.deployment is not None
    assert validate_objects(out) == []


def test_endpoint_picker_without_prefill_is_load_aware(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart, pd=False))
    picker = EndpointPicker(chart, "Picker", pool=pool)
    config = yaml.safe_load(one(synth(chart), "ConfigMap")["data"]["epp-config.yaml"])
    assert [p["name"] for p in config["schedulingProfiles"]] == ["default"]
    assert not picker.config.disaggregated
    assert picker.config == SchedulerConfig.load_aware()


def test_endpoint_picker_with_replicas_elects_a_leader(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    EndpointPicker(chart, "Picker", pool=pool, replicas=2, verbosity=4, secure_serving=False,
                   flags={"kv-cache-usage-percentage-metric": "vllm:kv_cache_usage_perc", "enable-pprof": False},
                   tracing=Tracing(otlp_endpoint="http://otel:4317"), env=[{"name": "EXTRA", "value": "1"}],
                   resources={"requests": {"cpu": "1"}}, tolerations=[{"key": "infra", "operator": "Exists"}])
    out = synth(chart)
    deployment = one(out, "Deployment", "opt-epp")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    args = container["args"]
    assert deployment["spec"]["replicas"] == 2
    assert "--ha-enable-leader-election" in args and _flag(args, "--v") == "4"
    assert {"--secure-serving=false", "--tracing=true", "--enable-pprof=false",
            "--kv-cache-usage-percentage-metric=vllm:kv_cache_usage_perc"} <= set(args)
    assert (container["livenessProbe"]["grpc"]["service"], container["readinessProbe"]["grpc"]["service"]) == (
        "liveness", "readiness")
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://otel:4317" and env["EXTRA"] == "1"
    assert container["resources"] == {"requests": {"cpu": "1"}}
    assert any("leases" in r["resources"] for r in one(out, "Role")["rules"])
    assert validate_objects(out) == []


def test_endpoint_picker_takes_a_hand_written_config(chart: Chart, synth: Synth) -> None:
    text = ("apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
            "plugins:\n- type: random-picker\n  name: pick\nschedulingProfiles:\n- name: default\n"
            "  plugins:\n  - pluginRef: pick\n")
    EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=_server(chart)),
                   config=SchedulerConfig.from_yaml(text))
    assert one(synth(chart), "ConfigMap")["data"]["epp-config.yaml"] == text


class ProfilingPicker(EndpointPicker):
    """A downstream picker that adds a flag and a pod label through the hooks."""

    def build_args(self) -> list[str]:
        return [*super().build_args(), "--enable-pprof=true"]

    def build_pod_spec(self) -> dict[str, Any]:
        spec = super().build_pod_spec()
        spec["priorityClassName"] = "system-cluster-critical"
        return spec


def test_subclassed_endpoint_picker(chart: Chart, synth: Synth) -> None:
    ProfilingPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=_server(chart)))
    out = synth(chart)
    pod = one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]
    assert pod["containers"][0]["args"][-1] == "--enable-pprof=true"
    assert pod["priorityClassName"] == "system-cluster-critical"
    assert validate_objects(out) == []


def test_app_synth_runs_the_checks(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    chart = Chart(app, "bad")
    server = _server(chart, decode_args=("--port", "9000"))
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"(?s)Validation failed.*--vllm-port is 8200"):
        app.synth()
    assert not list(tmp_path.iterdir())


# -- the example -----------------------------------------------------------------------------------


def test_gateway_routing_example_runs(tmp_path: Path) -> None:
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
        model = name.removesuffix("-pool")
        matched = [d["metadata"]["name"] for d in workloads
                   if selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()]
        assert sorted(matched) == sorted(d["metadata"]["name"] for d in workloads
                                         if d["metadata"]["name"].startswith(f"{model}-"))
        port = pool["spec"]["targetPorts"][0]["number"]
        for deployment in workloads:
            if deployment["metadata"]["name"] not in matched:
                continue
            pod = deployment["spec"]["template"]["spec"]
            sidecars = [c for c in pod.get("initContainers", []) if c["name"] == "routing-proxy"]
            serving = sidecars[0]["args"] if sidecars else pod["containers"][0]["args"]
            assert f"--port={port}" in serving or _flag(serving, "--port") == str(port)
        picker = one(out, "Service", pool["spec"]["endpointPickerRef"]["name"])
        assert pool["spec"]["endpointPickerRef"]["port"]["number"] in [p["port"] for p in picker["spec"]["ports"]]
        assert _flag(_args(out, picker["metadata"]["name"]), "--pool-name") == name
    prefix_route = next(r for r in routes if r["metadata"]["name"] == "llama-route")
    assert prefix_route["spec"]["rules"][0]["matches"][0]["path"]["value"] == "/llama"
    assert prefix_route["spec"]["rules"][0]["filters"][0]["type"] == "URLRewrite"


# -- failures: in the constructor -------------------------------------------------------------------


def test_fails_pool_without_a_model_server(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"server: must be a ModelServer, got 'opt'"):
        InferencePool(chart, "Pool", server="opt")  # type: ignore[arg-type]


def test_fails_selector_label_the_model_pods_do_not_carry(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.selector\.app: 'vllm' is not a label of the pods"):
        InferencePool(chart, "Pool", server=_server(chart), selector={"app": "vllm"})


def test_fails_empty_selector(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.selector: must have at least one label"):
        InferencePool(chart, "Pool", server=_server(chart), selector={})


def test_fails_bad_pool_name(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.name: .*'Opt Pool'"):
        InferencePool(chart, "Pool", server=_server(chart), name="Opt Pool")


def test_fails_bad_app_protocol(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.appProtocol: 'grpc' is not one of"):
        InferencePool(chart, "Pool", server=_server(chart), app_protocol="grpc")


# The ModelServer may refuse these already; either way the error names the prop and the value.


def test_fails_sidecar_target_port_colliding_with_the_service_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"routing\.proxy\.targetPort: .*servicePort 8200"):
        InferencePool(chart, "Pool", server=_server(chart, service_port=8200))


def test_fails_bad_service_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"servicePort: must be a port number from 1 to 65535, got 70000"):
        InferencePool(chart, "Pool", server=_server(chart, service_port=70000))


def test_fails_failure_mode(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.failureMode: 'Open' is not one of FailOpen"):
        EndpointPickerRef("epp", failure_mode="Open")


def test_fails_endpoint_picker_service_without_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.port: a port is required when kind is Service"):
        EndpointPickerRef("epp", port=None)
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.port: .* got 0"):
        EndpointPickerRef("epp", port=0)


def test_fails_route_backend_of_another_group(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"backend\.group: 'inference\.networking\.x-k8s\.io' does not serve"):
        InferencePoolRef("pool", group="inference.networking.x-k8s.io")


def test_fails_route_backend_of_another_kind(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"backend\.kind: must be 'InferencePool', got 'Service'"):
        InferencePoolRef("pool", kind="Service")


def test_fails_route_backend_that_is_not_a_pool(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"httpRoute\.backend: must be an InferencePool .*got 'opt-pool'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend="opt-pool")  # type: ignore[arg-type]


def test_fails_route_backend_pool_of_another_app(chart: Chart) -> None:
    other = Chart(App(), "other")
    pool = InferencePool(other, "Pool", server=_server(other))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.backend: InferencePool 'opt-pool' belongs to another"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)


def test_fails_route_namespace_other_than_the_pool(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart, namespace="llm"))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.namespace: 'web' is not the namespace"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, namespace="web")


def test_fails_route_without_gateway(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.gateway: must be one or more GatewayRef, got \[\]"):
        HttpRoute(chart, "Route", gateway=[], backend=pool)


def test_fails_gateway_named_twice_without_section(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError,
                       match=r"httpRoute\.gateway: Gateway 'gw' is named 2 times .*\[None, 'http'\]"):
        HttpRoute(chart, "Route", gateway=[GatewayRef("gw"), GatewayRef("gw", section_name="http")], backend=pool)


def test_fails_bad_gateway_namespace() -> None:
    with pytest.raises(ModelServiceError, match=r"gateway\.namespace: .*'Infra'"):
        GatewayRef("gw", namespace="Infra")


def test_fails_bad_path_prefix(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.pathPrefix: must be an absolute path .*'llama'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix="llama")
    with pytest.raises(ModelServiceError, match=r"httpRoute\.pathPrefix: must not contain '//'.*'/a//b'"):
        HttpRoute(chart, "Route2", gateway=GATEWAY, backend=pool, path_prefix="/a//b")


def test_fails_bad_hostname(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.hostnames\[0\]: .*'LLM_host'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, hostnames=["LLM_host"])


def test_fails_bad_timeout(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.requestTimeout: must be a Gateway API duration .*'5 min'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, request_timeout="5 min")


def test_fails_backend_timeout_longer_than_the_request(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"httpRoute\.backendRequestTimeout: '1h' is longer than .*'5m'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, request_timeout="5m", backend_request_timeout="1h")


def test_fails_picker_for_a_picker_that_is_not_a_service(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart),
                         endpoint_picker=EndpointPickerRef("epp", kind="Backend", group="example.com", port=None))
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.pool: InferencePool 'opt-pool' names a Backend"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_port_on_the_health_port(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart), endpoint_picker=EndpointPickerRef("epp", port=9003))
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.port: 9003 is the picker's health or metrics port"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_flag_the_pool_sets(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.flags\.grpc-port: is set by the EndpointPicker"):
        EndpointPicker(chart, "Picker", pool=pool, flags={"grpc-port": 9100})


def test_fails_picker_replicas(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.replicas: .*got -1"):
        EndpointPicker(chart, "Picker", pool=pool, replicas=-1)


def test_fails_prefill_decode_scheduling_without_routing_sidecar(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart, routing_sidecar=None))
    with pytest.raises(ModelServiceError, match=r"endpointPicker\.config: .*'opt' has routing_sidecar=None"):
        EndpointPicker(chart, "Picker", pool=pool, config=SchedulerConfig.prefill_decode())


def test_fails_scheduler_config_with_an_unknown_plugin_ref() -> None:
    text = ("apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\nplugins:\n"
            "- type: queue-scorer\nschedulingProfiles:\n- name: default\n  plugins:\n  - pluginRef: prefix\n")
    with pytest.raises(ModelServiceError,
                       match=r"config\.schedulingProfiles\[0\]\.plugins\[0\]\.pluginRef: 'prefix' names no plugin"):
        SchedulerConfig.from_yaml(text)


def test_fails_scheduler_config_of_another_kind() -> None:
    with pytest.raises(ModelServiceError, match=r"config\.kind: must be 'EndpointPickerConfig', got 'Config'"):
        SchedulerConfig.from_dict({"apiVersion": "inference.networking.x-k8s.io/v1alpha1", "kind": "Config"})


# -- failures: at synth (they depend on other constructs) --------------------------------------------


def test_fails_selector_that_matches_another_model(chart: Chart, synth: Synth) -> None:
    shared = {"llm-d.ai/inference-serving": "true"}
    server = _server(chart, "opt", model=_model("opt", shared))
    _server(chart, "qwen", model=_model("qwen", shared))
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"InferencePool 'opt-pool' selector: \{'llm-d\.ai/inference-serving': "
                                           r"'true'\} also matches the pods of ModelServer 'qwen' \(qwen-decode\)"):
        synth(chart)


def test_models_in_different_namespaces_may_share_labels(chart: Chart, synth: Synth) -> None:
    shared = {"llm-d.ai/inference-serving": "true"}
    server = _server(chart, "opt", model=_model("opt", shared), namespace="a")
    _server(chart, "qwen", model=_model("qwen", shared), namespace="b")
    InferencePool(chart, "Pool", server=server)
    assert one(synth(chart), "InferencePool")["metadata"]["namespace"] == "a"


def test_fails_pool_of_a_server_without_pools(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Opt", name="opt", model=_model("opt"))
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"InferencePool 'opt-pool' selector: .*ModelServer 'opt', which has no "
                                           r"decode or prefill pool"):
        synth(chart)


class UnlabelledPrefillPool(PrefillPool):
    """A pool whose pods lose the model label (a subclass gone wrong)."""

    def build_pod_metadata(self) -> dict[str, Any]:
        metadata = super().build_pod_metadata()
        metadata["labels"] = {k: v for k, v in metadata["labels"].items() if k != "llm-d.ai/model"}
        return metadata


def test_fails_pods_without_the_selector_labels(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Opt", name="opt", model=_model("opt"))
    UnlabelledPrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"InferencePool 'opt-pool' selector: \{'llm-d\.ai/model': 'opt'\} is not "
                                           r"on the pods of opt-prefill"):
        synth(chart)


def test_fails_decode_vllm_port_off_the_sidecar_port(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart, decode_args=("--port", "9000")))
    with pytest.raises(RuntimeError, match=r"opt-decode containers\[vllm\] --port: vLLM listens on 9000 but "
                                           r"routing-proxy --vllm-port is 8200"):
        synth(chart)


def test_fails_decode_vllm_port_on_the_sidecar_port(chart: Chart, synth: Synth) -> None:
    server = _server(chart, pd=False, decode_args=("--port=8000",))
    pool = next(c for c in server.node.children if isinstance(c, DecodePool))
    ApiObject.of(pool.workload).add_json_patch(JsonPatch.replace(
        "/spec/template/spec/initContainers/0/args/1", "--vllm-port=8000"))
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"vLLM listens on 8000, the port of routing-proxy --port"):
        synth(chart)


def test_fails_prefill_vllm_port_other_than_the_target_port(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart, prefill_args=("--port", "9001")))
    with pytest.raises(RuntimeError, match=r"targetPorts\[0\]\.number 8000: opt-prefill containers\[vllm\] --port "
                                           r"is 9001"):
        synth(chart)


def test_fails_sidecar_port_other_than_the_target_port(chart: Chart, synth: Synth) -> None:
    server = _server(chart, pd=False)
    pool = next(c for c in server.node.children if isinstance(c, DecodePool))
    ApiObject.of(pool.workload).add_json_patch(JsonPatch.replace(
        "/spec/template/spec/initContainers/0/args/0", "--port=8100"))
    InferencePool(chart, "Pool", server=server)
    with pytest.raises(RuntimeError, match=r"targetPorts\[0\]\.number 8000: opt-decode pods serve on 8100 "
                                           r"\(routing-proxy --port\)"):
        synth(chart)


def test_fails_route_backend_not_in_the_app(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=InferencePoolRef("llama-pool"))
    with pytest.raises(RuntimeError, match=r"HTTPRoute 'llama-pool-route' backend: InferencePool 'llama-pool' is not "
                                           r"an InferencePool of this app \(it has: opt-pool\).*external=True"):
        synth(chart)


def test_fails_route_backend_port_other_than_the_pool(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=_server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=InferencePoolRef("opt-pool", port=8200))
    with pytest.raises(RuntimeError, match=r"HTTPRoute 'opt-pool-route' backend\.port: 8200 is not the target port "
                                           r"of InferencePool 'opt-pool' \(8000\)"):
        synth(chart)


def test_fails_derived_picker_config_when_pools_change(chart: Chart, synth: Synth) -> None:
    server = _server(chart, pd=False)
    EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server))
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    with pytest.raises(RuntimeError, match=r"EndpointPicker 'opt-epp' config: SchedulerConfig\.load_aware\(\) was "
                                           r"chosen .* now has a PrefillPool"):
        synth(chart)


def test_fails_two_pickers_for_one_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=_server(chart))
    EndpointPicker(chart, "Picker", pool=pool)
    EndpointPicker(chart, "Picker2", pool=pool)
    with pytest.raises(RuntimeError, match=r"EndpointPicker 'opt-epp' name: another EndpointPicker"):
        synth(chart)
