"""The chart's behaviour where it differs from the typed API's, as subclasses of the constructs.

The llm-d-modelservice chart renders some things the typed API does not: objects without a namespace
(``helm template`` leaves that to ``kubectl apply -n``) except its PodMonitors, claim templates named
per accelerator type rather than per model, and a PodMonitor whose port no container names (valid,
but it scrapes nothing: a warning here instead of an error), and the chart's posture (no security
contexts, probes or disruption budgets: :meth:`Profile.chart`), with the privileges pods and extra
objects ask for reported as warnings. The values layer builds these subclasses so that ``template``
prints what the chart prints; the typed API keeps its stricter defaults.
"""

from __future__ import annotations

import dataclasses
import warnings
from typing import Any

from ..accelerators import AcceleratorClaim
from ..containers import ContainerContext
from ..errors import ModelServiceWarning, Problem
from ..gateway import EndpointPicker
from ..model_server import ModelServer
from ..pools import DecodePool, ModelPool, PrefillPool
from ..profile import Profile
from ..releases import LlmdRelease
from ..routing import RoutingSidecar
from ..security import PRIVILEGE_CODES
from .paths import values_path

CHART_TOLERATED = frozenset({"monitor-port", "accelerator-requests", "accelerator-mismatch", "accelerator-per-node",
                             "reserved-flag", "data-parallel-layout",
                             "port-collision", "generated-env", "requests-above-limits", "pd-without-kv-transfer",
                             *PRIVILEGE_CODES})
"""Checks whose problems the chart renders anyway: ``template`` warns and prints what the chart prints."""


def _warn_tolerated(problems: list[Problem], role: str | None) -> list[Problem]:
    """Warn about the :data:`CHART_TOLERATED` problems (named by values path); the others."""
    errors: list[Problem] = []
    for problem in problems:
        if problem.code in CHART_TOLERATED:
            warning = Problem(values_path(problem.path, role), problem.message)
            warnings.warn(str(warning), ModelServiceWarning, stacklevel=3)
        else:
            errors.append(problem)
    return errors


class ChartRoutingSidecar(RoutingSidecar):
    """The routing sidecar as the chart renders it: ``--vllm-port`` and ``--connector``, whatever the release
    (the chart's sidecar image is the values' own)."""

    def args(self, service_port: int, release: LlmdRelease) -> list[str]:
        """The chart's arguments: ``--port``, ``--vllm-port``, ``--connector``, then the options."""
        return [f"--port={service_port}", f"--vllm-port={self.target_port}", f"--connector={self.connector}",
                *self.option_args()]


class ChartModelServer(ModelServer):
    """A ModelServer whose ``namespace`` reaches only its PodMonitors and routing objects, as in the chart,
    with the chart's posture."""

    def default_profile(self) -> Profile:
        """The chart's posture: :meth:`Profile.chart`."""
        return Profile.chart()

    def report(self, problems: list[Problem]) -> None:
        """Privileges of extra objects are warnings, named by values path; the others are raised."""
        super().report(_warn_tolerated(problems, None))

    @property
    def object_namespace(self) -> str | None:
        """None: the chart's objects carry no namespace."""
        return None

    @property
    def pod_labels(self) -> dict[str, str]:
        """The model's labels alone, as the chart labels and selects the pods."""
        return dict(self.model.labels)

    @property
    def group_labels(self) -> dict[str, str]:
        """The model's labels alone, as the chart labels the pods."""
        return dict(self.model.labels)


class ChartPool(ModelPool):
    """Pool behaviour of the chart: claim template names per accelerator type, PodMonitor port warnings."""

    def accelerator_claim_name(self) -> str:
        """The chart's name: ``<device claim name>-<role>`` (``nvidia-claim-template-decode``)."""
        return AcceleratorClaim.default_name(self.accelerator, self.role)

    def forms_pod_group(self) -> bool:
        """False: the chart gives every pod of a LeaderWorkerSet the same ``vllm serve`` arguments."""
        return False

    def container_context(self) -> ContainerContext:
        """The typed API's, without vLLM's port declared (the chart declares only the ports the values list)."""
        return dataclasses.replace(super().container_context(), vllm_port_name=None)

    def release_problems(self, spec: dict[str, Any]) -> list[Problem]:
        """None: the chart's images and flags are the values' own, not those of an llm-d release."""
        return []

    def report(self, problems: list[Problem]) -> None:
        """Problems of what the chart renders anyway (:data:`CHART_TOLERATED`) are warnings, named by values
        path; the others are raised."""
        super().report(_warn_tolerated(problems, self.role))


class ChartDecodePool(ChartPool, DecodePool):
    """A DecodePool as the chart renders it."""


class ChartPrefillPool(ChartPool, PrefillPool):
    """A PrefillPool as the chart renders it."""


class ChartEndpointPicker(EndpointPicker):
    """An EndpointPicker of the values' ``inferencePool.endpointPicker``: what the chart's model servers render anyway
    (:data:`CHART_TOLERATED`, such as P/D without a KV connector the values would give in vLLM's args) is a warning."""

    def report(self, problems: list[Problem]) -> None:
        """Problems of :data:`CHART_TOLERATED` are warnings, named by values path; the others are raised."""
        super().report(_warn_tolerated(problems, None))
