"""``disaggregatedSet`` and ``<role>.autoscaling``, keys of our own (off by default): the DisaggregatedSet
backend of the server and the autoscaler of each pool."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..autoscaling import Autoscaling, Metric
from ..errors import ModelServiceError
from ..pools import ModelPool, Placement, ServerBackend
from .reading import as_list, as_map


def disaggregated_set(values: Mapping[str, Any]) -> ServerBackend | None:
    """``disaggregatedSet`` when enabled: the decode and prefill pools as the roles of one DisaggregatedSet
    (default: off, None; 1 slice, placement ``None``)."""
    config = as_map(values.get("disaggregatedSet"), "disaggregatedSet")
    if not config.get("enabled"):
        return None
    placement = as_map(config.get("placement"), "disaggregatedSet.placement")
    return ServerBackend.disaggregated_set(
        slices=config.get("slices", 1),
        placement=Placement(placement.get("type") or "None", placement.get("topology") or None))


def autoscaler_engine(values: Mapping[str, Any], role: str) -> str | None:
    """``<role>.autoscaling.engine`` when ``enabled`` (without an engine the chart's behaviour: no object)."""
    config = as_map(as_map(values.get(role), role).get("autoscaling"), f"{role}.autoscaling")
    return str(config["engine"]) if config.get("enabled") and config.get("engine") else None


def autoscaling(values: Mapping[str, Any], role: str, pools: Mapping[str, ModelPool]) -> Autoscaling | None:
    """``<role>.autoscaling`` with an ``engine``: the pool's HPA or KEDA ScaledObject."""
    engine = autoscaler_engine(values, role)
    if engine is None:
        return None
    config = as_map(as_map(values.get(role), role).get("autoscaling"), f"{role}.autoscaling")
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
    options = {"min_replicas": config.get("minReplicas", 1), "max_replicas": config.get("maxReplicas"),
               "metrics": metrics}
    if engine == "hpa":
        return Autoscaling.hpa(**options, scale_down_stabilization_seconds=config.get(
            "scaleDownStabilizationSeconds"))
    return Autoscaling.keda(**options, prometheus_address=config.get("prometheusAddress"),
                            polling_interval=config.get("pollingInterval"),
                            cooldown_period=config.get("cooldownPeriod"))
