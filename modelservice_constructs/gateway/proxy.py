"""StandaloneProxy: the Envoy proxy that runs beside the endpoint picker when no Gateway fronts the model.

In standalone mode, as llm-d's guides deploy the router by default, clients call a Service of the
picker's pod; Envoy listens behind it, asks the picker (gRPC ext-proc on localhost) which pod serves each
request, and forwards the request to the address the picker writes into the
``x-gateway-destination-endpoint`` header (an original-destination cluster). The InferencePool and its
objectives work as in Gateway mode: the picker reads the same pool.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import ModelServiceError, Problem, show
from ..names import port_problem, pull_policy_problem, raise_problems, resources_problems
from ..props import checked

ENVOY_IMAGE = "docker.io/envoyproxy/envoy:distroless-v1.33.2"
"""The Envoy image llm-d's standalone router runs (the same in v0.8.0 to v0.10.0)."""
CONTAINER_NAME = "envoy-proxy"
CONFIG_DIR = "/etc/envoy"
CONFIG_KEY = "envoy.yaml"
ADMIN_PORT = 19000
READY_PORT = 19001
DESTINATION_HEADER = "x-gateway-destination-endpoint"
"""The header the picker writes the chosen pod's ``address:port`` into."""
LOG_LEVELS = ("trace", "debug", "info", "warn", "error", "critical", "off")
DEFAULT_PROXY_RESOURCES: Mapping[str, Mapping[str, str]] = {"requests": {"cpu": "2", "memory": "2Gi"},
                                                          "limits": {"memory": "8Gi"}}
"""Envoy's resources unless given: two worker threads' worth of CPU, memory for buffered streams."""

_TYPES = "type.googleapis.com/envoy.extensions"
_HCM = "envoy.filters.network.http_connection_manager"
_ROUTER = {"name": "envoy.filters.http.router",
           "typed_config": {"@type": f"{_TYPES}.filters.http.router.v3.Router", "suppress_envoy_headers": True}}


def _address(host: str, port: int) -> dict[str, Any]:
    return {"socket_address": {"address": host, "port_value": port}}


def _listener(name: str, port: int, route_config: dict[str, Any], filters: list[dict[str, Any]],
              stat_prefix: str) -> dict[str, Any]:
    manager = {"@type": f"{_TYPES}.filters.network.http_connection_manager.v3.HttpConnectionManager",
               "stat_prefix": stat_prefix, "route_config": route_config, "http_filters": [*filters, _ROUTER]}
    return {"name": name, "address": _address("0.0.0.0", port),
            "filter_chains": [{"filters": [{"name": _HCM, "typed_config": manager}]}]}


def _static_cluster(name: str, port: int, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": "STATIC", "connect_timeout": "1s", **extra,
            "load_assignment": {"cluster_name": name, "endpoints": [
                {"lb_endpoints": [{"endpoint": {"address": _address("127.0.0.1", port)}}]}]}}


@checked
@dataclass(frozen=True)
class StandaloneProxy:
    """Envoy in the endpoint picker's pod, and the Service port clients call: the router without a Gateway.

    Give it to :class:`~modelservice_constructs.gateway.EndpointPicker` as ``proxy``; the picker's Service then
    also serves ``port`` (named ``http``), which clients call as ``http://<picker name>.<namespace>:<port>``.
    Whether a request goes on when the picker does not answer follows the InferencePool's ``failureMode``.

    :param port: the Service port clients call. Default: 80.
    :param listen_port: the port Envoy listens on in the pod. Default: 8081.
    :param image: Default: ``docker.io/envoyproxy/envoy:distroless-v1.33.2``.
    :param image_pull_policy: Default: ``IfNotPresent``.
    :param log_level: Envoy's ``--log-level``. Default: ``warn`` (``trace`` and ``debug`` cost a large share of
        the proxy's CPU under load).
    :param concurrency: Envoy's worker threads (``--concurrency``); without it Envoy starts one per CPU of the
        node, beyond its CPU share. Default: 2.
    :param request_timeout: how long one request may take, as an Envoy duration; ``0s`` is none (generations
        outlast any fixed timeout). Default: ``0s``.
    :param resources: the proxy container's resources, as Kubernetes JSON. Default:
        :data:`DEFAULT_PROXY_RESOURCES` (2 CPUs and 2Gi requested, 8Gi at most).
    """

    port: int = 80
    listen_port: int = 8081
    image: str = ENVOY_IMAGE
    image_pull_policy: str = "IfNotPresent"
    log_level: str = "warn"
    concurrency: int = 2
    request_timeout: str = "0s"
    resources: Mapping[str, Any] = field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_PROXY_RESOURCES.items()})

    def __post_init__(self) -> None:
        if not isinstance(self.image, str) or not self.image.strip():
            raise ModelServiceError.at("StandaloneProxy.image", f"must be a non-empty image, got {show(self.image)}")
        if self.log_level not in LOG_LEVELS:
            raise ModelServiceError.at("StandaloneProxy.log_level",
                                       f"{show(self.log_level)} is not one of {', '.join(LOG_LEVELS)}")
        if isinstance(self.concurrency, bool) or self.concurrency < 1:
            raise ModelServiceError.at("StandaloneProxy.concurrency",
                                       f"must be a whole number of at least 1, got {show(self.concurrency)}")
        taken = None
        if self.listen_port in (ADMIN_PORT, READY_PORT):
            taken = Problem("StandaloneProxy.listen_port", f"{self.listen_port} is Envoy's admin or readiness port "
                                                           f"({ADMIN_PORT}, {READY_PORT}); use another, e.g. 8081")
        raise_problems(port_problem(self.port, "StandaloneProxy.port"),
                       port_problem(self.listen_port, "StandaloneProxy.listen_port"), taken,
                       pull_policy_problem(self.image_pull_policy, "StandaloneProxy.image_pull_policy"),
                       *resources_problems(dict(self.resources.get("limits") or {}),
                                           dict(self.resources.get("requests") or {}), "StandaloneProxy.resources"))

    def config(self, ext_proc_port: int, fail_open: bool, tls: bool) -> dict[str, Any]:
        """Envoy's bootstrap configuration: a listener on :attr:`listen_port` whose requests the picker on
        ``ext_proc_port`` (over TLS without verification when ``tls``: the picker serves a self-signed
        certificate) routes to the pod it picks, going on without it when ``fail_open``; ``/ready`` and
        Prometheus stats on 19001."""
        ext_proc = {
            "name": "envoy.filters.http.ext_proc",
            "typed_config": {
                "@type": f"{_TYPES}.filters.http.ext_proc.v3.ExternalProcessor",
                "grpc_service": {"envoy_grpc": {"cluster_name": "endpoint_picker",
                                                "authority": f"localhost:{ext_proc_port}"}, "timeout": "10s"},
                "failure_mode_allow": fail_open,
                "message_timeout": "1000s",
                # the picker reads the request body (model, prompt) and the response (usage) as they stream
                "processing_mode": {"request_header_mode": "SEND", "response_header_mode": "SEND",
                                    "request_body_mode": "FULL_DUPLEX_STREAMED",
                                    "response_body_mode": "FULL_DUPLEX_STREAMED",
                                    "request_trailer_mode": "SEND", "response_trailer_mode": "SEND"}}}
        models = {"name": "models", "virtual_hosts": [{"name": "models", "domains": ["*"], "routes": [
            {"match": {"prefix": "/"}, "route": {"cluster": "picked_endpoint", "timeout": self.request_timeout,
                                                 "idle_timeout": "3600s"}}]}]}
        ready = {"name": "ready", "virtual_hosts": [{"name": "ready", "domains": ["*"], "routes": [
            {"match": {"prefix": "/stats/prometheus"}, "route": {"cluster": "admin"}}]}]}
        health = {"name": "envoy.filters.http.health_check", "typed_config": {
            "@type": f"{_TYPES}.filters.http.health_check.v3.HealthCheck", "pass_through_mode": False,
            "headers": [{"name": ":path", "string_match": {"exact": "/ready"}}]}}
        limits = {"thresholds": [{"max_connections": 40000, "max_pending_requests": 40000,
                                  "max_requests": 40000}]}
        http2 = {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
            "@type": f"{_TYPES}.upstreams.http.v3.HttpProtocolOptions",
            "explicit_http_config": {"http2_protocol_options": {}}}}
        picker: dict[str, Any] = {"typed_extension_protocol_options": http2, "circuit_breakers": limits}
        if tls:
            picker["transport_socket"] = {"name": "envoy.transport_sockets.tls", "typed_config": {
                "@type": f"{_TYPES}.transport_sockets.tls.v3.UpstreamTlsContext", "common_tls_context": {}}}
        return {
            "admin": {"address": _address("127.0.0.1", ADMIN_PORT)},
            "static_resources": {
                "listeners": [_listener("http", self.listen_port, models, [ext_proc], "http"),
                              _listener("ready", READY_PORT, ready, [health], "ready")],
                "clusters": [
                    {"name": "picked_endpoint", "type": "ORIGINAL_DST", "lb_policy": "CLUSTER_PROVIDED",
                     "connect_timeout": "10s", "circuit_breakers": limits,
                     "original_dst_lb_config": {"use_http_header": True, "http_header_name": DESTINATION_HEADER}},
                    _static_cluster("endpoint_picker", ext_proc_port, **picker),
                    _static_cluster("admin", ADMIN_PORT)]},
        }

    def config_text(self, ext_proc_port: int, fail_open: bool, tls: bool) -> str:
        """:meth:`config` as YAML."""
        return yaml.safe_dump(self.config(ext_proc_port, fail_open, tls), sort_keys=False)

    def container(self, service_node: str) -> dict[str, Any]:
        """The Envoy container, reading its configuration from the ``envoy-config`` volume."""
        return {
            "name": CONTAINER_NAME,
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "command": ["envoy"],
            "args": ["--service-node", service_node, "--log-level", self.log_level,
                     "--concurrency", str(self.concurrency), "--drain-strategy", "immediate",
                     "--drain-time-s", "60", "-c", f"{CONFIG_DIR}/{CONFIG_KEY}"],
            "ports": [{"name": "http", "containerPort": self.listen_port},
                      {"name": "envoy-ready", "containerPort": READY_PORT}],
            "readinessProbe": {"httpGet": {"path": "/ready", "port": READY_PORT}, "periodSeconds": 5},
            # alive while it accepts connections (its /ready fails while it drains, which must not restart it)
            "livenessProbe": {"tcpSocket": {"port": self.listen_port}, "initialDelaySeconds": 5, "periodSeconds": 10},
            "resources": {k: dict(v) for k, v in self.resources.items()},
            "volumeMounts": [{"name": "envoy-config", "mountPath": CONFIG_DIR}],
        }
