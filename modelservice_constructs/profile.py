"""Profile: the production defaults of a model's pods in one value (security, probes, disruption budget,
resource requests), and the Helm chart's posture that ``template`` renders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .disruption import DisruptionBudget
from .errors import ModelServiceError, Problem, show
from .names import quantity_problem
from .probes import ModelProbes
from .props import checked
from .security import PodSecurity

DEFAULT_REQUESTS: Mapping[str, str] = {"cpu": "2", "memory": "8Gi"}
"""CPU and memory requests of a model container that sets none."""


@checked
@dataclass(frozen=True)
class Profile:
    """How a ModelServer's pools run their pods unless a pool says otherwise (``profile=`` of the server, or
    of one pool). ``Profile()`` is the production profile; :meth:`chart` is the Helm chart's posture.

    :param security: security contexts, service-account token, writable volumes, guard rails.
        Default: ``PodSecurity()`` (hardened).
    :param probes: probes of vLLM and the routing sidecar. Default: ``ModelProbes()``.
    :param disruption_budget: PodDisruptionBudget of each pool of two replicas or more.
        Default: ``DisruptionBudget()`` (``maxUnavailable: 1``).
    :param default_requests: requests of a model container that sets no ``cpu`` / ``memory`` request nor
        limit (each key on its own; a limit alone is also the request): a pod without requests is
        scheduled onto a node whatever its free CPU and memory, and is the first evicted under memory
        pressure; vLLM needs a few cores for its API server, tokenizer and scheduler, and host memory to
        stage weights. Size them for your model. Empty adds
        none. Default: ``{"cpu": "2", "memory": "8Gi"}``.
    """

    security: PodSecurity = field(default_factory=PodSecurity)
    probes: ModelProbes = field(default_factory=ModelProbes)
    disruption_budget: DisruptionBudget = field(default_factory=DisruptionBudget)
    default_requests: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_REQUESTS))

    def __post_init__(self) -> None:
        problems = [Problem("Profile.default_requests", f"keys are resource names (cpu, memory), got {show(key)}")
                    for key in self.default_requests if not isinstance(key, str) or not key]
        problems += [p for key, value in dict(self.default_requests).items()
                     if (p := quantity_problem(value, f"Profile.default_requests.{key}"))]
        if problems:
            raise ModelServiceError(problems)

    @staticmethod
    def chart() -> Profile:
        """The llm-d-modelservice chart's posture: nothing added (no security contexts, probes, budgets or
        requests); privileges are still reported."""
        return Profile(security=PodSecurity.unhardened(), probes=ModelProbes.disabled(),
                       disruption_budget=DisruptionBudget.disabled(), default_requests={})
