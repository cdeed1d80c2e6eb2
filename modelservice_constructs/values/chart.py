"""The chart's behaviour where it differs from the typed API's, as subclasses of the constructs.

The llm-d-modelservice chart renders some things the typed API does not: objects without a namespace
(``helm template`` leaves that to ``kubectl apply -n``) except its PodMonitors, claim templates named
per accelerator type rather than per model, and a PodMonitor whose port no container names (valid,
but it scrapes nothing: a warning here instead of an error). The values layer builds these subclasses
so that ``template`` prints what the chart prints; the typed API keeps its stricter defaults.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..accelerators import AcceleratorClaim
from ..errors import ModelServiceError, ModelServiceWarning, Problem
from ..model_server import ModelServer
from ..pools import DecodePool, ModelPool, PrefillPool
from .paths import values_path


class ChartModelServer(ModelServer):
    """A ModelServer whose ``namespace`` reaches only its PodMonitors and routing objects, as in the chart."""

    @property
    def object_namespace(self) -> str | None:
        """None: the chart's objects carry no namespace."""
        return None


class ChartPool(ModelPool):
    """Pool behaviour of the chart: claim template names per accelerator type, PodMonitor port warnings."""

    def accelerator_claim_name(self) -> str:
        """The chart's name: ``<device claim name>-<role>`` (``nvidia-claim-template-decode``)."""
        return AcceleratorClaim.default_name(self.accelerator, self.role)

    def check_pod_spec(self, spec: dict[str, Any]) -> None:
        """As the pool's check, but a PodMonitor port that no container names is a warning."""
        problems: list[Problem] = []
        for problem in self.pod_spec_problems(spec):
            if problem.path == f"{self.prop_root}.monitoring.port_name":
                warning = Problem(values_path(problem.path, self.role), problem.message)
                warnings.warn(str(warning), ModelServiceWarning, stacklevel=2)
            else:
                problems.append(problem)
        if problems:
            raise ModelServiceError(problems)


class ChartDecodePool(ChartPool, DecodePool):
    """A DecodePool as the chart renders it."""


class ChartPrefillPool(ChartPool, PrefillPool):
    """A PrefillPool as the chart renders it."""
