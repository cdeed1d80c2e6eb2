"""``disaggregatedSet`` and ``<role>.autoscaling``, keys of our own (off by default): the DisaggregatedSet
backend of the server and the autoscaler of each pool, each read once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..autoscaling import Autoscaling, Metric
from ..errors import ModelServiceError
from ..pools import ModelPool, Placement, ServerBackend
from .reading import as_list, as_map


@dataclass(frozen=True)
class DisaggregatedSetValues:
    """``disaggregatedSet`` as read once for the server and all its pools.

    :param backend: the decode and prefill pools as the roles of one DisaggregatedSet when ``enabled``
        (1 slice and placement ``None`` unless ``slices`` and ``placement`` say otherwise); None when it is
        off, the default.
    """

    backend: ServerBackend | None

    @classmethod
    def read(cls, values: Mapping[str, Any]) -> DisaggregatedSetValues:
        """The ``disaggregatedSet`` key of ``values``."""
        config = as_map(values.get("disaggregatedSet"), "disaggregatedSet")
        if not config.get("enabled"):
            return cls(None)
        placement = as_map(config.get("placement"), "disaggregatedSet.placement")
        return cls(ServerBackend.disaggregated_set(
            slices=config.get("slices", 1),
            placement=Placement(placement.get("type") or "None", placement.get("topology") or None)))

    @property
    def enabled(self) -> bool:
        """Whether the pools are the roles of a DisaggregatedSet."""
        return self.backend is not None


@dataclass(frozen=True)
class AutoscalerValues:
    """``<role>.autoscaling`` as read once for one pool.

    :param role: the pool role, ``decode`` or ``prefill``.
    :param enabled: ``enabled`` (default: false). Alone it keeps the chart's behaviour: no autoscaler object.
    :param engine: ``engine`` (``hpa`` or ``keda``) when enabled with one, else None (the default).
    :param config: the whole ``<role>.autoscaling`` map, for the autoscaler's settings and metrics.
    """

    role: str
    enabled: bool
    engine: str | None
    config: dict[str, Any]

    @classmethod
    def read(cls, role: str, spec: dict[str, Any]) -> AutoscalerValues:
        """The ``autoscaling`` key of ``spec``, the values of ``<role>``."""
        config = as_map(spec.get("autoscaling"), f"{role}.autoscaling")
        engine = str(config["engine"]) if config.get("enabled") and config.get("engine") else None
        return cls(role, bool(config.get("enabled")), engine, config)

    def autoscaling(self, pools: Mapping[str, ModelPool]) -> Autoscaling | None:
        """The pool's HPA or KEDA ScaledObject when an ``engine`` is set, else None; ``follow`` metrics name
        pools of ``pools``, those created before this one. Default ``minReplicas``: 1; the settings left
        unset keep the defaults of :class:`Autoscaling`."""
        if self.engine is None:
            return None
        role, config = self.role, self.config
        metrics: list[Metric] = []
        for i, entry in enumerate(as_list(config.get("metrics"), f"{role}.autoscaling.metrics")):
            (key, value), = as_map(entry, f"{role}.autoscaling.metrics[{i}]").items()
            if key == "follow":
                followed = pools.get(value["role"])
                if followed is None:
                    raise ModelServiceError.at(f"{role}.autoscaling.metrics[{i}].follow.role", (
                        f"{value['role']!r} is not a pool created before {role} (decode is created first; "
                        "prefill may follow decode)"))
                metrics.append(Metric.follows(followed, value["podsPerReplica"]))
            else:
                factories: dict[str, Callable[[Any], Metric]] = {
                    "queueLength": Metric.queue_length, "runningRequests": Metric.running_requests,
                    "kvCacheUsage": Metric.kv_cache_usage, "cpuUtilization": Metric.cpu_utilization}
                factory = factories[key]
                metrics.append(factory(value))
        if config.get("maxReplicas") is None:
            raise ModelServiceError.at(f"{role}.autoscaling.maxReplicas",
                                       f"is required with autoscaling.engine {self.engine!r}")
        options = {"min_replicas": config.get("minReplicas", 1), "max_replicas": config["maxReplicas"],
                   "metrics": metrics}
        if self.engine == "hpa":
            return Autoscaling.hpa(**options, scale_down_stabilization_seconds=config.get(
                "scaleDownStabilizationSeconds"))
        return Autoscaling.keda(**options, prometheus_address=config.get("prometheusAddress"),
                                polling_interval=config.get("pollingInterval"),
                                cooldown_period=config.get("cooldownPeriod"))
