"""ModelProbes: startup, liveness and readiness probes sized for model loading."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .errors import Problem, show
from .names import positive_count_problem, raise_problems
from .props import checked

SUPERVISOR_READY_PATH = "/readyz"
"""The path vLLM's data-parallel supervisor answers once every rank of its pod serves."""


@checked
@dataclass(frozen=True)
class ModelProbes:
    """Probes of the vLLM containers the pool starts (``vllmServe`` and ``imageDefault``; ``custom``
    commands get none, their port is unknown) and of the routing sidecar. A probe a container sets
    itself wins.

    vLLM answers ``GET /health`` on its port once the model is loaded, which takes from seconds (a
    small model on a warm cache) to tens of minutes (hundreds of GB downloaded, then loaded and compiled).
    The startup probe holds the other two back until then, so a slow load is not mistaken for a
    hung server; after it, liveness restarts a server that stops answering and readiness takes it out of
    the InferencePool while it does.

    In a data-parallel group spanning the pods of a LeaderWorkerSet only the leader (``LWS_WORKER_INDEX``
    0) serves HTTP; the workers run headless. The probes are then commands that pass at once on workers and
    ask the leader's ``/health`` (with the image's ``python3``, which vLLM images have). When each rank serves on
    a port of its own (``Parallelism.rank_ports``) every pod serves, and its probes ask the pod's data-parallel
    supervisor (``/health``, and ``/readyz`` for readiness).

    :param enabled: False adds no probes. Default: True.
    :param path: the HTTP path probed. Default: ``/health``.
    :param startup_timeout_seconds: how long a server may take to load its model before it is restarted.
        Default: 1800 (30 minutes).
    :param period_seconds: seconds between probes of a started server. Default: 10.
    :param timeout_seconds: seconds a probe may take. Default: 5.
    :param liveness_failure_threshold: failed liveness probes in a row before a restart. Default: 3.
    :param readiness_failure_threshold: failed readiness probes in a row before the pod stops receiving
        traffic. Default: 3.
    """

    enabled: bool = True
    path: str = "/health"
    startup_timeout_seconds: int = 1800
    period_seconds: int = 10
    timeout_seconds: int = 5
    liveness_failure_threshold: int = 3
    readiness_failure_threshold: int = 3

    def __post_init__(self) -> None:
        path = None if isinstance(self.path, str) and self.path.startswith("/") else Problem(
            "ModelProbes.path", f"must be an absolute HTTP path, got {show(self.path)}")
        raise_problems(path, *(positive_count_problem(getattr(self, name), f"ModelProbes.{name}") for name in (
            "startup_timeout_seconds", "period_seconds", "timeout_seconds", "liveness_failure_threshold",
            "readiness_failure_threshold")))

    @staticmethod
    def disabled() -> ModelProbes:
        """No probes."""
        return ModelProbes(enabled=False)

    def _action(self, port: int, leader_only: bool) -> dict[str, Any]:
        if not leader_only:
            return {"httpGet": {"path": self.path, "port": port}}
        script = (f'[ "${{LWS_WORKER_INDEX:-0}}" != "0" ] || exec python3 -c "import urllib.request; '
                  f"urllib.request.urlopen('http://127.0.0.1:{port}{self.path}', timeout={self.timeout_seconds})\"")
        return {"exec": {"command": ["/bin/sh", "-c", script]}}

    def vllm_probes(self, port: int, leader_only: bool = False) -> dict[str, dict[str, Any]]:
        """``startupProbe``, ``livenessProbe`` and ``readinessProbe`` of a vLLM container serving on ``port``
        (commands that pass on LeaderWorkerSet workers when ``leader_only``); none when disabled."""
        if not self.enabled:
            return {}
        action = self._action(port, leader_only)
        timing = {"periodSeconds": self.period_seconds, "timeoutSeconds": self.timeout_seconds}
        return {
            "startupProbe": {**action, **timing,
                             "failureThreshold": math.ceil(self.startup_timeout_seconds / self.period_seconds)},
            "livenessProbe": {**action, **timing, "failureThreshold": self.liveness_failure_threshold},
            "readinessProbe": {**action, **timing, "failureThreshold": self.readiness_failure_threshold},
        }

    def supervisor_probes(self, port: int) -> dict[str, dict[str, Any]]:
        """``startupProbe``, ``livenessProbe`` and ``readinessProbe`` of a vLLM container whose ranks serve on ports
        of their own: vLLM's data-parallel supervisor on ``port`` answers ``/health`` while every rank of the pod is
        alive and ``/readyz`` once all of them serve (each pod of a group asks its own); none when disabled."""
        if not self.enabled:
            return {}
        timing = {"periodSeconds": self.period_seconds, "timeoutSeconds": self.timeout_seconds}
        alive = {"httpGet": {"path": self.path, "port": port}}
        return {
            "startupProbe": {**alive, **timing,
                             "failureThreshold": math.ceil(self.startup_timeout_seconds / self.period_seconds)},
            "livenessProbe": {**alive, **timing, "failureThreshold": self.liveness_failure_threshold},
            "readinessProbe": {"httpGet": {"path": SUPERVISOR_READY_PATH, "port": port}, **timing,
                               "failureThreshold": self.readiness_failure_threshold},
        }

    def sidecar_readiness(self, port: int) -> dict[str, Any] | None:
        """Readiness of the routing sidecar: its listening socket on ``port`` (it serves no health path)."""
        if not self.enabled:
            return None
        return {"tcpSocket": {"port": port}, "periodSeconds": self.period_seconds,
                "timeoutSeconds": self.timeout_seconds, "failureThreshold": self.readiness_failure_threshold}
