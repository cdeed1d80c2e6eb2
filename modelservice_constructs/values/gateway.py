"""``inferencePool`` and ``httpRoute``, keys of our own (off by default): the InferencePool, endpoint
picker and HTTPRoute that put the release behind a Gateway."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from ..errors import ModelServiceError
from ..gateway import EndpointPickerRef, GatewayRef, HttpRoute, InferencePool
from ..model_server import ModelServer
from ..tracing import Tracing
from .chart import ChartEndpointPicker
from .paths import rewrite
from .reading import as_list, as_map


def gateway_routing(scope: Construct, server: ModelServer, values: Mapping[str, Any],
                    tracing: Tracing | None) -> None:
    """The InferencePool of ``server`` in ``scope`` when ``inferencePool.enabled`` (default: none), its
    endpoint picker when ``inferencePool.endpointPicker.create`` (exporting ``tracing``, the server's),
    and the HTTPRoute to it when ``httpRoute.enabled``; the constructs' prop paths in errors are
    rewritten to values paths. Defaults: picker ``<server name>-epp`` on port 9002, ``FailOpen``;
    route path prefix ``/``."""
    pool_values = as_map(values.get("inferencePool"), "inferencePool")
    route_values = as_map(values.get("httpRoute"), "httpRoute")
    if route_values.get("enabled") and not pool_values.get("enabled"):
        raise ModelServiceError.at("httpRoute.enabled", "routes to the InferencePool of this release; "
                                                        "set inferencePool.enabled: true as well")
    if not pool_values.get("enabled"):
        return
    picker = as_map(pool_values.get("endpointPicker"), "inferencePool.endpointPicker")
    try:
        picker_ref = EndpointPickerRef(picker.get("name") or f"{server.name}-epp", port=picker.get("port", 9002),
                                       failure_mode=picker.get("failureMode", "FailOpen"))
        pool = InferencePool(scope, "InferencePool", server=server, name=pool_values.get("name") or None,
                             endpoint_picker=picker_ref, app_protocol=pool_values.get("appProtocol"),
                             labels=as_map(pool_values.get("labels"), "inferencePool.labels"))
        if picker.get("create"):
            options = {k: v for k, v in (("image", picker.get("image")), ("replicas", picker.get("replicas")))
                       if v is not None}
            ChartEndpointPicker(scope, "EndpointPicker", pool=pool, tracing=tracing, **options)
        if route_values.get("enabled"):
            gateway = as_map(route_values.get("gateway"), "httpRoute.gateway")
            timeouts = {key: route_values[values_key] for key, values_key in (
                ("request_timeout", "requestTimeout"), ("backend_request_timeout", "backendRequestTimeout"),
                ("rewrite_prefix", "rewritePrefix")) if values_key in route_values}
            HttpRoute(scope, "HttpRoute", backend=pool, name=route_values.get("name") or None,
                      gateway=GatewayRef(gateway.get("name"), gateway.get("namespace"),  # type: ignore[arg-type]
                                         gateway.get("sectionName")),
                      path_prefix=route_values.get("pathPrefix") or "/",
                      hostnames=as_list(route_values.get("hostnames"), "httpRoute.hostnames"),
                      labels=as_map(route_values.get("labels"), "httpRoute.labels"), **timeouts)
    except ModelServiceError as err:
        raise rewrite(err) from None
