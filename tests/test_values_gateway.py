"""Our own values keys (off by default): inferencePool and httpRoute through `template`."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template
from modelservice_constructs.validation import validate_objects


def _render(*sets: str) -> list[dict[str, Any]]:
    return [o for o in yaml.safe_load_all(template("demo", [], list(sets))) if o]


def test_gateway_routing_is_off_by_default() -> None:
    kinds = {o["kind"] for o in _render()}
    assert kinds == {"ServiceAccount", "Deployment"}


def test_inference_pool_picker_and_route_from_values() -> None:
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
