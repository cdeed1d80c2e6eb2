"""DisruptionBudget: a PodDisruptionBudget per pool, so voluntary disruptions (node drains, upgrades)
take down at most a few model servers at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cdk8s
from constructs import Construct

from .errors import Problem, show
from .names import count_or_percent_problem, positive_count_problem, raise_problems
from .objects import api_object
from .props import checked


@checked
@dataclass(frozen=True)
class DisruptionBudget:
    """The PodDisruptionBudget of a pool (``<pool name>``, selecting the pool's pods).

    A model server takes minutes to come back (its model is loaded again), so a drain that evicts every
    replica at once empties the model. With ``max_unavailable`` 1 an eviction waits until the replaced
    pod is ready. A pool of one replica (or none) gets no budget: it would block every drain.

    :param enabled: False creates no budget. Default: True.
    :param max_unavailable: pods that may be down at once (a whole number or a percentage up to ``100%``). Default: 1.
    :param min_replicas: the fewest replicas a pool needs to get a budget. Default: 2.
    :param unhealthy_pod_eviction_policy: ``AlwaysAllow`` lets a drain evict pods that are not ready (a
        crash-looping server holds no traffic); ``IfHealthyBudget`` is Kubernetes' default.
        Default: ``AlwaysAllow``.
    """

    enabled: bool = True
    max_unavailable: int | str = 1
    min_replicas: int = 2
    unhealthy_pod_eviction_policy: str = "AlwaysAllow"

    def __post_init__(self) -> None:
        raise_problems(
            count_or_percent_problem(self.max_unavailable, "DisruptionBudget.max_unavailable"),
            positive_count_problem(self.min_replicas, "DisruptionBudget.min_replicas"),
            Problem("DisruptionBudget.unhealthy_pod_eviction_policy",
                    f"{show(self.unhealthy_pod_eviction_policy)} is not one of 'AlwaysAllow', 'IfHealthyBudget'")
            if self.unhealthy_pod_eviction_policy not in ("AlwaysAllow", "IfHealthyBudget") else None)

    @staticmethod
    def disabled() -> DisruptionBudget:
        """No budget."""
        return DisruptionBudget(enabled=False)

    def applies(self, replicas: int | None) -> bool:
        """Whether a pool of ``replicas`` (None: set by an autoscaler) gets a budget."""
        return self.enabled and (replicas is None or replicas >= self.min_replicas)

    def create(self, scope: Construct, metadata: dict[str, Any], selector: dict[str, str],
               path: str) -> cdk8s.ApiObject:
        """The PodDisruptionBudget (child id ``DisruptionBudget``) selecting pods labelled ``selector``."""
        from .imports.io.k8s.api import PodDisruptionBudget

        return api_object(scope, "DisruptionBudget", PodDisruptionBudget, {
            "metadata": metadata,
            "spec": {"maxUnavailable": self.max_unavailable, "selector": {"matchLabels": dict(selector)},
                     "unhealthyPodEvictionPolicy": self.unhealthy_pod_eviction_policy}}, path)
