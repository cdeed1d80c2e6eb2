"""Our own values keys (off by default): inferencePool and httpRoute through `template`."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from modelservice_constructs import ModelServiceError, ModelServiceWarning
from modelservice_constructs.cli import template
from modelservice_constructs.validation import validate_objects


def _render(*sets: str) -> list[dict[str, Any]]:
    return [o for o in yaml.safe_load_all(template("demo", [], list(sets))) if o]


def test_gateway_routing_is_off_by_default() -> None:
    kinds = {o["kind"] for o in _render()}
    assert kinds == {"ServiceAccount", "Deployment"}


def test_inference_pool_picker_and_route_from_values() -> None:
    # the chart's demo pools run no KV connector: the P/D picker is rendered anyway, with a warning
    with pytest.warns(ModelServiceWarning, match=r"inferencePool\.endpointPicker\.config: schedules prefill pods "
                                                 r"\(P/D\) but ModelServer 'demo-llm-d-modelservice' has "
                                                 r"kv_transfer=None"):
        objects = _render("inferencePool.enabled=true", "inferencePool.endpointPicker.create=true",
                          "httpRoute.enabled=true", "httpRoute.gateway.name=gw", "httpRoute.gateway.sectionName=http",
                          "httpRoute.pathPrefix=/demo", "routing.servicePort=9000", "routing.proxy.targetPort=9200")
    assert validate_objects(objects) == []
    [pool] = [o for o in objects if o["kind"] == "InferencePool"]
    assert pool["metadata"]["name"] == "demo-llm-d-modelservice-pool"
    assert pool["spec"]["selector"]["matchLabels"] == {"llm-d.ai/inference-serving": "true"}
    assert pool["spec"]["targetPorts"] == [{"number": 9000}]
    assert pool["spec"]["endpointPickerRef"]["name"] == "demo-llm-d-modelservice-epp"
    [route] = [o for o in objects if o["kind"] == "HTTPRoute"]
    assert route["spec"]["parentRefs"][0]["name"] == "gw"
    assert route["spec"]["parentRefs"][0]["sectionName"] == "http"
    [rule] = route["spec"]["rules"]
    assert rule["backendRefs"][0]["name"] == pool["metadata"]["name"]
    assert rule["backendRefs"][0]["port"] == 9000
    assert rule["matches"][0]["path"] == {"type": "PathPrefix", "value": "/demo"}
    assert {o["kind"] for o in objects} >= {"Service", "Role", "RoleBinding", "ConfigMap"}


def test_fails_route_without_pool() -> None:
    with pytest.raises(ModelServiceError, match=r"httpRoute\.enabled"):
        _render("httpRoute.enabled=true", "httpRoute.gateway.name=gw")


def test_fails_route_without_gateway_name() -> None:
    with pytest.raises(ModelServiceError, match=r"httpRoute\.gateway\.name: is required"):
        _render("inferencePool.enabled=true", "httpRoute.enabled=true", "httpRoute.gateway.namespace=x")


def test_fails_unknown_failure_mode() -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.endpointPicker\.failureMode: 'Sometimes'"):
        _render("inferencePool.enabled=true", "inferencePool.endpointPicker.failureMode=Sometimes")


# The constructs name their props (HttpRoute.path_prefix); values users read values paths.
@pytest.mark.parametrize(("setting", "message"), [
    ("httpRoute.pathPrefix=llama", "httpRoute.pathPrefix: must be an absolute path starting with '/', got 'llama'"),
    ("httpRoute.hostnames[0]=LLM_host", "httpRoute.hostnames[0]: must be a hostname such as 'llm.example.com' or "
                                        "'*.example.com', got 'LLM_host'"),
    ("httpRoute.gateway.namespace=Infra", "httpRoute.gateway.namespace: must be a DNS label"),
    ("httpRoute.gateway.sectionName=Bad Listener", "httpRoute.gateway.sectionName: must be a DNS subdomain"),
    ("httpRoute.requestTimeout=5 min", "httpRoute.requestTimeout: must be a Gateway API duration"),
    ("httpRoute.backendRequestTimeout=1h,httpRoute.requestTimeout=5m",
     "httpRoute.backendRequestTimeout: '1h' is longer than the request timeout '5m'"),
    ("inferencePool.name=Opt Pool", "inferencePool.name: must be a DNS subdomain"),
    ("inferencePool.endpointPicker.create=true,inferencePool.endpointPicker.port=9003",
     "inferencePool.endpointPicker.port: 9003 is the picker's health or metrics port (9003, 9090)"),
    ("inferencePool.endpointPicker.create=true,inferencePool.endpointPicker.name=epp.x",
     "inferencePool.endpointPicker.name: must be a DNS label"),
])
def test_fails_gateway_props_named_by_values_path(setting: str, message: str) -> None:
    with pytest.raises(ModelServiceError) as caught:
        _render("inferencePool.enabled=true", "httpRoute.enabled=true", "httpRoute.gateway.name=gw", setting)
    assert [str(p) for p in caught.value.problems if str(p).startswith(message)], str(caught.value)
    assert not any(p.path.split(".")[0] in ("HttpRoute", "InferencePool", "EndpointPicker", "EndpointPickerRef",
                                            "GatewayRef") for p in caught.value.problems)


def test_fails_inference_pool_without_model_pools_at_synth() -> None:
    with pytest.raises(ModelServiceError, match=r"release/InferencePool: InferencePool 'demo-llm-d-modelservice-pool' "
                                                r"selector: .* which has no decode or prefill pool"):
        _render("inferencePool.enabled=true", "decode.create=false", "prefill.create=false")
