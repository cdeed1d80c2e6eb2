"""Prometheus PodMonitor for a pool's model pods."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .names import label_problems, raise_problems
from .props import checked


@checked
@dataclass(frozen=True)
class PodMonitoring:
    """Scrape settings of one pool (a monitoring.coreos.com/v1 PodMonitor).

    :param port_name: named container port to scrape. Default: ``metrics``.
    :param path: metrics path. Default: ``/metrics``.
    :param interval: scrape interval. Default: ``30s``.
    :param scrape_timeout: scrape timeout. Default: Prometheus' own.
    :param labels: extra labels of the PodMonitor (e.g. for a Prometheus selector). Default: none.
    :param annotations: annotations of the PodMonitor. Default: none.
    :param relabelings: endpoint relabelings. Default: none.
    :param metric_relabelings: metric relabelings. Default: none.
    :param namespace_selector: namespaces to select pods in. Default: the PodMonitor's own.
    """

    port_name: str = "metrics"
    path: str = "/metrics"
    interval: str = "30s"
    scrape_timeout: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)
    relabelings: Sequence[Mapping[str, Any]] = ()
    metric_relabelings: Sequence[Mapping[str, Any]] = ()
    namespace_selector: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        raise_problems(*label_problems(self.labels, "PodMonitoring.labels"),
                       *label_problems({k: "" for k in self.annotations}, "PodMonitoring.annotations"))

    def manifest(self, name: str, namespace: str | None, role: str, labels: Mapping[str, str],
                 selector: Mapping[str, str]) -> dict[str, Any]:
        """The PodMonitor selecting pods with ``selector`` of ``role``."""
        endpoint: dict[str, Any] = {"port": self.port_name, "path": self.path, "interval": self.interval}
        if self.scrape_timeout:
            endpoint["scrapeTimeout"] = self.scrape_timeout
        if self.relabelings:
            endpoint["relabelings"] = [dict(r) for r in self.relabelings]
        if self.metric_relabelings:
            endpoint["metricRelabelings"] = [dict(r) for r in self.metric_relabelings]
        metadata: dict[str, Any] = {
            "name": name,
            "labels": {**labels, "app.kubernetes.io/component": role, **self.labels},
        }
        if namespace:
            metadata["namespace"] = namespace
        if self.annotations:
            metadata["annotations"] = dict(self.annotations)
        spec: dict[str, Any] = {"selector": {"matchLabels": dict(selector)}, "podMetricsEndpoints": [endpoint]}
        if self.namespace_selector:
            spec["namespaceSelector"] = dict(self.namespace_selector)
        return {"metadata": metadata, "spec": spec}
