"""The fast-model-actuation requester: a ReplicaSet whose pods ask a dual-pod controller for a server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import Problem, show
from .names import port_problem, quantity_problem, raise_problems
from .props import checked

DEFAULT_REQUESTER_IMAGE = "ghcr.io/llm-d-incubation/llm-d-fast-model-actuation/requester:latest"


@checked
@dataclass(frozen=True)
class Requester:
    """Requester pods of fast model actuation, standing in for the decode Deployment.

    :param image: requester image. Default: the llm-d fast-model-actuation requester.
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
                       quantity_problem(self.memory, "Requester.memory"))

    def container(self) -> dict[str, Any]:
        """The requester container."""
        return {
            "name": "inference-server",
            "image": self.image,
            "imagePullPolicy": "Always",
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
