"""Standalone router mode: the endpoint picker with an Envoy proxy in its pod and a Service port clients call."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, one
from gateway_support import server

from modelservice_constructs import (
    EndpointPicker,
    EndpointPickerRef,
    FailureMode,
    InferencePool,
    ModelServiceError,
    StandaloneProxy,
)


def _envoy(out: list[dict[str, Any]], name: str = "opt-epp-envoy") -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load(one(out, "ConfigMap", name)["data"]["envoy.yaml"])
    return config


def _walk(node: Any, key: str) -> list[Any]:
    """Every value of ``key`` anywhere in ``node``."""
    if isinstance(node, dict):
        return [*([node[key]] if key in node else []), *(v for n in node.values() for v in _walk(n, key))]
    if isinstance(node, list):
        return [v for n in node for v in _walk(n, key)]
    return []


def test_standalone_router_runs_envoy_beside_the_picker_behind_a_client_service(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, namespace="llm"))
    picker = EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy())
    out = synth(chart)
    pod = one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["epp", "envoy-proxy"]
    envoy = pod["containers"][1]
    assert envoy["image"] == "docker.io/envoyproxy/envoy:distroless-v1.33.2"
    assert envoy["args"][-2:] == ["-c", "/etc/envoy/envoy.yaml"]
    assert envoy["readinessProbe"]["httpGet"] == {"path": "/ready", "port": 19001}
    assert {"name": "envoy-config", "configMap": {"name": "opt-epp-envoy"}} in pod["volumes"]
    assert envoy["securityContext"]["readOnlyRootFilesystem"] is True  # the profile's hardening reaches it
    service = one(out, "Service", "opt-epp")
    assert {"name": "http", "protocol": "TCP", "port": 80, "targetPort": 8081} in service["spec"]["ports"]
    assert picker.url == "http://opt-epp.llm:80"
    # the pool and the picker's reading of it are as in Gateway mode
    assert one(out, "InferencePool")["spec"]["endpointPickerRef"]["name"] == "opt-epp"

    config = _envoy(out)
    clusters = {c["name"]: c for c in config["static_resources"]["clusters"]}
    assert set(_walk(config, "cluster")) | set(_walk(config, "cluster_name")) <= set(clusters)
    [listener] = [lst for lst in config["static_resources"]["listeners"] if lst["name"] == "http"]
    assert listener["address"]["socket_address"]["port_value"] == 8081
    [ext_proc] = [f for f in _walk(listener, "http_filters")[0] if f["name"] == "envoy.filters.http.ext_proc"]
    assert ext_proc["typed_config"]["grpc_service"]["envoy_grpc"]["cluster_name"] == "endpoint_picker"
    assert ext_proc["typed_config"]["failure_mode_allow"] is True  # the pool's FailOpen
    assert ext_proc["typed_config"]["processing_mode"]["request_body_mode"] == "FULL_DUPLEX_STREAMED"
    picked = clusters["picked_endpoint"]
    assert (picked["type"], picked["original_dst_lb_config"]["http_header_name"]) == (
        "ORIGINAL_DST", "x-gateway-destination-endpoint")
    endpoint = clusters["endpoint_picker"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert endpoint["address"]["socket_address"] == {"address": "127.0.0.1", "port_value": 9002}
    assert "transport_socket" in clusters["endpoint_picker"]  # the picker serves TLS by default


def test_envoy_follows_the_pools_failure_mode_and_the_pickers_serving(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart),
                         endpoint_picker=EndpointPickerRef("opt-epp", port=9100, failure_mode=FailureMode.FAIL_CLOSE))
    EndpointPicker(chart, "Router", pool=pool, secure_serving=False,
                   proxy=StandaloneProxy(port=8080, listen_port=8000, log_level="info", concurrency=4))
    out = synth(chart)
    config = _envoy(out)
    [ext_proc] = [f for f in _walk(config, "http_filters")[0] if f["name"] == "envoy.filters.http.ext_proc"]
    assert ext_proc["typed_config"]["failure_mode_allow"] is False
    assert ext_proc["typed_config"]["grpc_service"]["envoy_grpc"]["authority"] == "localhost:9100"
    clusters = {c["name"]: c for c in config["static_resources"]["clusters"]}
    assert "transport_socket" not in clusters["endpoint_picker"]
    assert {"name": "http", "protocol": "TCP", "port": 8080, "targetPort": 8000} in one(
        out, "Service", "opt-epp")["spec"]["ports"]


def test_gateway_mode_has_no_proxy(chart: Chart, synth: Synth) -> None:
    picker = EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart)))
    out = synth(chart)
    assert [c["name"] for c in one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]["containers"]] == ["epp"]
    assert picker.url is None and picker.proxy_config_map is None


def test_fails_a_proxy_port_the_picker_listens_on(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"StandaloneProxy.listen_port: 9003 is a port of the picker in the "
                                                r"same pod \(ext-proc 9002, health 9003, metrics 9090\)"):
        EndpointPicker(chart, "Picker", pool=pool, proxy=StandaloneProxy(listen_port=9003))


def test_fails_proxy_props() -> None:
    with pytest.raises(ModelServiceError, match=r"StandaloneProxy.log_level: 'verbose' is not one of trace, debug"):
        StandaloneProxy(log_level="verbose")
    with pytest.raises(ModelServiceError, match=r"StandaloneProxy.listen_port: 19001 is Envoy's admin or readiness"):
        StandaloneProxy(listen_port=19001)
    with pytest.raises(ModelServiceError, match=r"StandaloneProxy.concurrency: must be a whole number of at least 1"):
        StandaloneProxy(concurrency=0)
