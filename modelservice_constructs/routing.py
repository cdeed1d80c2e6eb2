"""The routing proxy that decode pods run as a native sidecar for P/D disaggregation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import port_problem, pull_policy_problem, raise_problems, resources_problems
from .probes import ModelProbes
from .props import checked
from .releases import LlmdRelease
from .security import PodSecurity
from .tracing import Tracing

CONTAINER_NAME = "routing-proxy"
ZAP_ENCODERS = ("json", "console")
SIDECAR_USER = 65532
"""The non-root user the sidecar image runs as."""
BASE_SECURITY_CONTEXT: Mapping[str, Any] = {"allowPrivilegeEscalation": False, "runAsNonRoot": True}
"""What the sidecar's securityContext always has (the chart renders these two)."""
DEFAULT_RESOURCES: Mapping[str, Any] = {"requests": {"cpu": "100m", "memory": "128Mi"},
                                        "limits": {"cpu": "1", "memory": "512Mi"}}
"""Sidecar resources: a proxy that copies request and token streams needs a tenth of a core and little
memory at rest; the limits (a whole core, 512Mi) are far above its need and bound a runaway."""


def _flag(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


@checked
@dataclass(frozen=True)
class RoutingSidecar:
    """The llm-d routing proxy, an init container with ``restartPolicy: Always`` in decode pods.

    It listens on the model's service port and forwards to vLLM on ``target_port``, sending
    prefill work to prefill pods. Flags whose option is None are not passed. Its image and flag names are
    those of the server's llm-d release (:class:`~modelservice_constructs.LlmdRelease`): ``--vllm-port`` or
    ``--model-server-port``, ``--kv-connector``.

    :param image: proxy image, pinned: a moving ``:latest`` tag changes what runs at each pod restart.
        Default: the release's (``ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0`` for v0.10.0).
    :param image_pull_policy: ``IfNotPresent``: a pinned tag is pulled once per node, and pods restart
        without the registry. Default: ``IfNotPresent``.
    :param target_port: port decode vLLM listens on (``--model-server-port``, ``--vllm-port`` before v0.10).
        Default: 8200.
    :param connector: KV connector (``--kv-connector``). Default: ``nixlv2``.
    :param secure: ``--secure-proxy`` (TLS on the service port; the sidecar's own default is on, which the
        InferencePool's plain-HTTP endpoints cannot reach). Default: False.
    :param prefiller_use_tls: ``--prefiller-use-tls`` (releases before v0.10). Default: not passed.
    :param prefiller_sampling: ``--enable-prefiller-sampling``: when the picker names several prefill pods, send the
        prefill to one of them at random (as llm-d's wide-EP guide does) instead of the first. Default: not passed
        (the first).
    :param cert_path: ``--cert-path``. Default: not passed.
    :param zap_devel: ``--zap-devel``. Default: not passed.
    :param zap_encoder: ``--zap-encoder``. Default: ``json``.
    :param zap_log_level: ``--zap-log-level``: ``debug`` logs every request's headers. Default: ``info``.
    :param zap_stacktrace_level: ``--zap-stacktrace-level``. Default: not passed.
    :param zap_time_encoding: ``--zap-time-encoding``. Default: not passed.
    :param resources: container resources as Kubernetes JSON. Default: :data:`DEFAULT_RESOURCES`
        (requests 100m / 128Mi, limits 1 CPU / 512Mi).
    """

    image: str | None = None
    image_pull_policy: str = "IfNotPresent"
    target_port: int = 8200
    connector: str = "nixlv2"
    secure: bool | None = False
    prefiller_use_tls: bool | None = None
    prefiller_sampling: bool | None = None
    cert_path: str | None = None
    zap_devel: bool | None = None
    zap_encoder: str | None = "json"
    zap_log_level: str | int | None = "info"
    zap_stacktrace_level: str | None = None
    zap_time_encoding: str | None = None
    resources: Mapping[str, Any] = field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_RESOURCES.items()})

    def __post_init__(self) -> None:
        if self.image is not None and (not isinstance(self.image, str) or not self.image.strip()):
            raise ModelServiceError.at("RoutingSidecar.image", f"must be a non-empty image, got {show(self.image)}")
        encoder = None if self.zap_encoder in (None, *ZAP_ENCODERS) else Problem(
            "RoutingSidecar.zap_encoder",
            f"{show(self.zap_encoder)} is not one of {', '.join(repr(e) for e in ZAP_ENCODERS)}")
        amounts = resources_problems(dict(self.resources.get("limits") or {}),
                                     dict(self.resources.get("requests") or {}), "RoutingSidecar.resources")
        raise_problems(port_problem(self.target_port, "RoutingSidecar.target_port"),
                       pull_policy_problem(self.image_pull_policy, "RoutingSidecar.image_pull_policy"), encoder,
                       *amounts)

    def args(self, service_port: int, release: LlmdRelease) -> list[str]:
        """The sidecar's arguments, with the flag names of ``release``."""
        return [f"--port={service_port}", f"--{release.sidecar_server_port_flag}={self.target_port}",
                f"--{release.sidecar_connector_flag}={self.connector}", *self.option_args()]

    def option_args(self) -> list[str]:
        """The arguments of the options that are not None (logging, TLS, prefill sampling)."""
        args: list[str] = []
        if self.prefiller_sampling is not None:  # a Go boolean flag: alone is on
            args.append("--enable-prefiller-sampling" + ("" if self.prefiller_sampling else "=false"))
        for flag, value in (("zap-devel", self.zap_devel), ("zap-encoder", self.zap_encoder),
                            ("zap-log-level", self.zap_log_level),
                            ("zap-stacktrace-level", self.zap_stacktrace_level),
                            ("zap-time-encoding", self.zap_time_encoding), ("secure-proxy", self.secure),
                            ("prefiller-use-tls", self.prefiller_use_tls), ("cert-path", self.cert_path)):
            if value is not None:
                args.append(f"--{flag}={_flag(value)}")
        return args

    def container(self, service_port: int, release: LlmdRelease, tracing: Tracing | None = None,
                  security: PodSecurity | None = None, probes: ModelProbes | None = None,
                  data_parallel_size: int = 1) -> dict[str, Any]:
        """The sidecar container of ``release`` listening on ``service_port``, with the ``security`` profile's
        security context (read-only root, no capabilities, user 65532) and the readiness probe of ``probes``.
        Default: neither (as the chart renders it). With a ``data_parallel_size`` above 1 (vLLM ranks on ports of
        their own) it listens on that many ports from ``service_port`` and forwards each to the rank's
        (``--data-parallel-size``)."""
        security = security or PodSecurity.unhardened()
        container: dict[str, Any] = {
            "name": CONTAINER_NAME,
            "image": self.image or release.sidecar_image,
            "imagePullPolicy": self.image_pull_policy,
            "args": self.args(service_port, release) + (
                [f"--data-parallel-size={data_parallel_size}"] if data_parallel_size > 1 else []),
            "ports": [{"containerPort": service_port + i} for i in range(data_parallel_size)],
            "resources": {k: dict(v) for k, v in self.resources.items()},
            "restartPolicy": "Always",
            "securityContext": security.container_security_context(read_only=True, given=BASE_SECURITY_CONTEXT,
                                                                   user=SIDECAR_USER),
        }
        readiness = probes.sidecar_readiness(service_port) if probes is not None else None
        if readiness is not None:
            container["readinessProbe"] = readiness
        if tracing is not None:
            container["env"] = tracing.env(tracing.routing_proxy_service_name)
        return container
