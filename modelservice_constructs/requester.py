"""The fast-model-actuation requester: a ReplicaSet whose pods ask a dual-pod controller for a server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import Problem, show
from .names import port_problem, pull_policy_problem, quantity_problem, raise_problems
from .props import checked
from .security import PodSecurity

DEFAULT_REQUESTER_IMAGE = "ghcr.io/llm-d-incubation/llm-d-fast-model-actuation/requester:v0.6.2"
"""The fast-model-actuation requester, release v0.6.2."""
REQUESTER_USER = 65532
"""The non-root user the requester runs as (its images are built to run under any user id)."""


@checked
@dataclass(frozen=True)
class Requester:
    """Requester pods of fast model actuation, standing in for the decode Deployment.

    :param image: requester image, pinned. Default: the llm-d fast-model-actuation requester ``v0.6.2``.
    :param image_pull_policy: Default: ``IfNotPresent`` (the tag is pinned).
    :param admin_port: ``dual-pod.llm-d.ai/admin-port``. Default: 8081.
    :param probes_port: readiness probe port. Default: 8080.
    :param spi_port: port of the server-provider interface. Default: 8081.
    :param readiness_initial_delay_seconds: Default: 2.
    :param readiness_period_seconds: Default: 5.
    :param gpus: GPUs the requester holds. Default: 1.
    :param cpus: CPU limit. Default: 1.
    :param memory: memory limit. Default: ``250Mi``.
    """

    image: str = DEFAULT_REQUESTER_IMAGE
    image_pull_policy: str = "IfNotPresent"
    admin_port: int = 8081
    probes_port: int = 8080
    spi_port: int = 8081
    readiness_initial_delay_seconds: int = 2
    readiness_period_seconds: int = 5
    gpus: int | str = 1
    cpus: int | str = 1
    memory: str = "250Mi"

    def __post_init__(self) -> None:
        image = None if isinstance(self.image, str) and self.image.strip() else Problem(
            "Requester.image", f"must be a non-empty image, got {show(self.image)}")
        raise_problems(image, port_problem(self.admin_port, "Requester.admin_port"),
                       port_problem(self.probes_port, "Requester.probes_port"),
                       port_problem(self.spi_port, "Requester.spi_port"),
                       quantity_problem(self.gpus, "Requester.gpus"),
                       quantity_problem(self.cpus, "Requester.cpus"),
                       quantity_problem(self.memory, "Requester.memory"),
                       pull_policy_problem(self.image_pull_policy, "Requester.image_pull_policy"))

    def pod_spec(self, security: PodSecurity | None = None) -> dict[str, Any]:
        """The requester pod spec with the ``security`` profile: pod security context, no service-account
        token (the requester only answers the dual-pod controller). Default: unhardened (the chart's)."""
        security = security or PodSecurity.unhardened()
        spec: dict[str, Any] = {}
        if security.automount_service_account_token is not None:
            spec["automountServiceAccountToken"] = security.automount_service_account_token
        context = security.pod_security_context()
        if context:
            spec["securityContext"] = context
        spec["containers"] = [self.container(security)]
        return spec

    def container(self, security: PodSecurity | None = None) -> dict[str, Any]:
        """The requester container, with the ``security`` profile's container security context (read-only
        root, no capabilities, user 65532). Default: none."""
        security = security or PodSecurity.unhardened()
        container: dict[str, Any] = {
            "name": "inference-server",
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "command": ["/app/requester"],
            "env": [{"name": "PROBES_PORT", "value": str(self.probes_port)},
                    {"name": "SPI_PORT", "value": str(self.spi_port)}],
            "ports": [{"name": "probes", "containerPort": self.probes_port},
                      {"name": "spi", "containerPort": self.spi_port}],
            "readinessProbe": {
                "httpGet": {"path": "/ready", "port": self.probes_port},
                "initialDelaySeconds": self.readiness_initial_delay_seconds,
                "periodSeconds": self.readiness_period_seconds,
            },
            "resources": {"limits": {"nvidia.com/gpu": self.gpus, "cpu": self.cpus, "memory": self.memory}},
        }
        context = security.container_security_context(read_only=True, user=REQUESTER_USER)
        if context:
            container["securityContext"] = context
        return container
