"""The routing proxy that decode pods run as a native sidecar for P/D disaggregation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import port_problem, pull_policy_problem, raise_problems
from .props import checked
from .tracing import Tracing

DEFAULT_PROXY_IMAGE = "ghcr.io/llm-d/llm-d-routing-sidecar:latest"
CONTAINER_NAME = "routing-proxy"
ZAP_ENCODERS = ("json", "console")


def _flag(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


@checked
@dataclass(frozen=True)
class RoutingSidecar:
    """The llm-d routing proxy, an init container with ``restartPolicy: Always`` in decode pods.

    It listens on the model's service port and forwards to vLLM on ``target_port``, sending
    prefill work to prefill pods. Flags whose option is None are not passed.

    :param image: proxy image. Default: ``ghcr.io/llm-d/llm-d-routing-sidecar:latest``.
    :param image_pull_policy: Default: ``Always``.
    :param target_port: port decode vLLM listens on (``--vllm-port``). Default: 8200.
    :param connector: KV connector (``--connector``). Default: ``nixlv2``.
    :param secure: ``--secure-proxy``. Default: False.
    :param prefiller_use_tls: ``--prefiller-use-tls``. Default: not passed.
    :param cert_path: ``--cert-path``. Default: not passed.
    :param zap_devel: ``--zap-devel``. Default: not passed.
    :param zap_encoder: ``--zap-encoder``. Default: ``json``.
    :param zap_log_level: ``--zap-log-level``. Default: ``debug``.
    :param zap_stacktrace_level: ``--zap-stacktrace-level``. Default: not passed.
    :param zap_time_encoding: ``--zap-time-encoding``. Default: not passed.
    """

    image: str = DEFAULT_PROXY_IMAGE
    image_pull_policy: str = "Always"
    target_port: int = 8200
    connector: str = "nixlv2"
    secure: bool | None = False
    prefiller_use_tls: bool | None = None
    cert_path: str | None = None
    zap_devel: bool | None = None
    zap_encoder: str | None = "json"
    zap_log_level: str | int | None = "debug"
    zap_stacktrace_level: str | None = None
    zap_time_encoding: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.image, str) or not self.image.strip():
            raise ModelServiceError.at("RoutingSidecar.image", f"must be a non-empty image, got {show(self.image)}")
        encoder = None if self.zap_encoder in (None, *ZAP_ENCODERS) else Problem(
            "RoutingSidecar.zap_encoder",
            f"{show(self.zap_encoder)} is not one of {', '.join(repr(e) for e in ZAP_ENCODERS)}")
        raise_problems(port_problem(self.target_port, "RoutingSidecar.target_port"),
                       pull_policy_problem(self.image_pull_policy, "RoutingSidecar.image_pull_policy"), encoder)

    def container(self, service_port: int, tracing: Tracing | None = None) -> dict[str, Any]:
        """The sidecar container listening on ``service_port``."""
        args = [f"--port={service_port}", f"--vllm-port={self.target_port}", f"--connector={self.connector}"]
        for flag, value in (("zap-devel", self.zap_devel), ("zap-encoder", self.zap_encoder),
                            ("zap-log-level", self.zap_log_level),
                            ("zap-stacktrace-level", self.zap_stacktrace_level),
                            ("zap-time-encoding", self.zap_time_encoding), ("secure-proxy", self.secure),
                            ("prefiller-use-tls", self.prefiller_use_tls), ("cert-path", self.cert_path)):
            if value is not None:
                args.append(f"--{flag}={_flag(value)}")
        container: dict[str, Any] = {
            "name": CONTAINER_NAME,
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "args": args,
            "ports": [{"containerPort": service_port}],
            "resources": {},
            "restartPolicy": "Always",
            "securityContext": {"allowPrivilegeEscalation": False, "runAsNonRoot": True},
        }
        if tracing is not None:
            container["env"] = tracing.env(tracing.routing_proxy_service_name)
        return container
