"""HttpRoute: the HTTPRoute from a Gateway to an InferencePool."""

from __future__ import annotations

import pytest
from cdk8s import App, Chart
from conftest import Synth, one
from gateway_support import GATEWAY, server

from modelservice_constructs import GatewayRef, HttpRoute, InferencePool, InferencePoolRef, ModelServiceError


def test_route_sends_all_traffic_to_the_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    route = HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)
    manifest = one(synth(chart), "HTTPRoute")
    assert manifest["apiVersion"] == "gateway.networking.k8s.io/v1" == route.api_version
    assert manifest["kind"] == "HTTPRoute" == route.kind
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
    assert route.rewrite_prefix is None and route.pool is pool and route.http_route is not None


def test_route_with_a_path_prefix_rewrites_it(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, namespace="llm"))
    HttpRoute(chart, "Route", gateway=[GatewayRef("gw", namespace="infra", section_name="http"),
                                       GatewayRef("gw", namespace="infra", section_name="https")],
              backend=pool, path_prefix="/opt", hostnames=["llm.example.com", "*.example.com"], request_timeout="10m",
              backend_request_timeout="300s", labels={"team": "llm"})
    manifest = one(synth(chart), "HTTPRoute")
    assert manifest["metadata"]["namespace"] == "llm"
    assert manifest["metadata"]["labels"]["team"] == "llm"
    assert [p["sectionName"] for p in manifest["spec"]["parentRefs"]] == ["http", "https"]
    assert manifest["spec"]["parentRefs"][0]["namespace"] == "infra"
    assert manifest["spec"]["hostnames"] == ["llm.example.com", "*.example.com"]
    [rule] = manifest["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/opt"}}]
    assert rule["filters"] == [{"type": "URLRewrite", "urlRewrite": {
        "path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/"}}}]
    assert rule["timeouts"] == {"request": "10m", "backendRequest": "300s"}


def test_route_can_keep_the_path_and_leave_timeouts_unset(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix="/v1", rewrite_prefix=None,
              request_timeout=None, backend_request_timeout=None)
    [rule] = one(synth(chart), "HTTPRoute")["spec"]["rules"]
    assert "filters" not in rule and "timeouts" not in rule


def test_route_to_a_pool_of_the_app_by_name(chart: Chart, synth: Synth) -> None:
    InferencePool(chart, "Pool", server=server(chart))
    other = Chart(chart.node.scope, "routes")  # type: ignore[arg-type]
    HttpRoute(other, "Route", gateway=GATEWAY, backend=InferencePoolRef("opt-pool", port=8000))
    route = one(synth(other), "HTTPRoute", "opt-pool-route")
    assert route["spec"]["rules"][0]["backendRefs"][0]["port"] == 8000
    assert "labels" not in route["metadata"]


def test_route_to_an_external_pool(chart: Chart, synth: Synth) -> None:
    HttpRoute(chart, "Route", gateway=GATEWAY, name="shared", namespace="apps",
              backend=InferencePoolRef("shared-pool", namespace="models", external=True))
    backend = one(synth(chart), "HTTPRoute")["spec"]["rules"][0]["backendRefs"][0]
    assert backend == {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "shared-pool",
                       "namespace": "models"}


def test_fails_route_backend_that_is_not_a_pool(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.backend: expected InferencePool or "
                                                r"InferencePoolRef, got str 'opt-pool'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend="opt-pool")  # type: ignore[arg-type]


def test_fails_route_backend_pool_of_another_app(chart: Chart) -> None:
    other = Chart(App(), "other")
    pool = InferencePool(other, "Pool", server=server(other))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.backend: InferencePool 'opt-pool' belongs to another"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool)


def test_fails_route_name(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.name: must be a DNS subdomain .*'Opt Route'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, name="Opt Route")


def test_fails_route_namespace_other_than_the_pool(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, namespace="llm"))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.namespace: 'web' is not the namespace of InferencePool"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, namespace="web")


def test_fails_route_without_gateway(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.gateway: must be one or more GatewayRef, got \[\]$"):
        HttpRoute(chart, "Route", gateway=[], backend=pool)


def test_fails_gateway_named_twice_without_section(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError,
                       match=r"^HttpRoute\.gateway: Gateway 'gw' is named 2 times .*\[None, 'http'\]"):
        HttpRoute(chart, "Route", gateway=[GatewayRef("gw"), GatewayRef("gw", section_name="http")], backend=pool)


def test_fails_bad_path_prefix(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.path_prefix: must be an absolute path .*'llama'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix="llama")
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.path_prefix: must not contain '//'.*'/a//b'$"):
        HttpRoute(chart, "Route2", gateway=GATEWAY, backend=pool, path_prefix="/a//b")
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.path_prefix: may only contain URL path characters"):
        HttpRoute(chart, "Route3", gateway=GATEWAY, backend=pool, path_prefix="/a b")


def test_an_explicit_rewrite_of_the_root_prefix_applies(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, rewrite_prefix="/v1")
    [rule] = one(synth(chart), "HTTPRoute")["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/"}}]
    assert rule["filters"] == [{"type": "URLRewrite", "urlRewrite": {
        "path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v1"}}}]


def test_fails_bad_rewrite_prefix(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.rewrite_prefix: must be an absolute path .*'v1'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, path_prefix="/opt", rewrite_prefix="v1")


def test_fails_bad_hostname(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^HttpRoute\.hostnames\[1\]: must be a hostname .*'LLM_host'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, hostnames=["llm.example.com", "LLM_host"])


def test_fails_bad_timeout(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError,
                       match=r"^HttpRoute\.request_timeout: must be a Gateway API duration .*'5 min'$"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, request_timeout="5 min")


def test_fails_backend_timeout_longer_than_the_request(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError,
                       match=r"^HttpRoute\.backend_request_timeout: '1h' is longer than the request timeout '5m'"):
        HttpRoute(chart, "Route", gateway=GATEWAY, backend=pool, request_timeout="5m", backend_request_timeout="1h")
