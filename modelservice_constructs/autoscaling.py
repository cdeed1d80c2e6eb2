"""Autoscaling of a pool: what to follow (:class:`Metric`) and which autoscaler (:class:`Autoscaling`).

Metrics come from vLLM's Prometheus metrics (queue length, running requests, KV-cache usage), the endpoint
picker's (the requests its flow control holds, the requests in flight: the signals of llm-d's HPA-on-EPP-metrics
guide), CPU utilisation only when asked for, or another pool's pod count (:meth:`Metric.follows`: the way to keep a
prefill:decode ratio while both scale). A pool given ``autoscaling=`` gets a HorizontalPodAutoscaler
(autoscaling/v2) or a KEDA ScaledObject (keda.sh/v1alpha1) targeting what owns its replicas.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import cdk8s

from .errors import ModelServiceError, Problem, show
from .names import positive_count_problem
from .props import checked, checked_factory

if TYPE_CHECKING:
    from .pools.base import ModelPool

QUEUE_LENGTH = "vllm:num_requests_waiting"
RUNNING_REQUESTS = "vllm:num_requests_running"
KV_CACHE_USAGE = "vllm:kv_cache_usage_perc"
ENGINES = ("hpa", "keda")
KINDS = ("prometheus", "cpu", "follow", "wva", "picker")
PICKER_QUEUE_SIZE = "llm_d_epp_flow_control_queue_size"
PICKER_RUNNING_REQUESTS = "llm_d_epp_request_running"
PICKER_METRICS: Mapping[str, tuple[str, ...]] = {
    PICKER_QUEUE_SIZE: ("inference_extension_flow_control_queue_size",),
    PICKER_RUNNING_REQUESTS: ("inference_objective_running_requests",),
}
"""The endpoint picker's metrics a pool may scale on -> their names in releases that do not serve that name
(llm-d router v0.8's picker is the Gateway API Inference Extension's)."""
PICKER_POOL_LABEL = "inference_pool"
"""The label of the flow-control queue's series that names the InferencePool."""

WVA_METRIC = "wva_desired_replicas"
"""The replica count the workload-variant-autoscaler computes for each workload (an external metric)."""


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and value > 0)


@checked
@dataclass(frozen=True)
class Metric:
    """A signal an autoscaler follows. Pick one with a factory:

    - :meth:`queue_length`: requests waiting in vLLM per replica (``vllm:num_requests_waiting``);
    - :meth:`running_requests`: requests vLLM is running per replica (``vllm:num_requests_running``);
    - :meth:`kv_cache_usage`: average KV-cache usage of the pool's pods (``vllm:kv_cache_usage_perc``, 0-1);
    - :meth:`cpu_utilization`: CPU utilisation of the pods, in percent of their requests (an explicit choice:
      CPU says little about an accelerator-bound server);
    - :meth:`picker_queue_size`: requests the endpoint picker's flow control holds for the pool's InferencePool,
      per replica (KEDA only; it exists while the pool has no pods, so it can scale a pool from zero);
    - :meth:`picker_running_requests`: requests the endpoint picker has in flight, per replica (KEDA only);
    - :meth:`follows`: another pool's pod count, to keep two pools in proportion (KEDA only);
    - :meth:`wva_desired_replicas`: the replica count llm-d's workload-variant-autoscaler computes (HPA only).

    vLLM metrics reach an HPA as per-pod metrics of the custom metrics API (served by an adapter such as
    prometheus-adapter, under ``adapter_name``), and KEDA through its Prometheus trigger (a PromQL query
    over the pool's pods).

    The picker's metrics are read from the picker of the InferencePool that selects the pool, once one is created
    in the app (before or after the pool); its series are selected by namespace and the picker's pod names, so
    the model needs a namespace. The picker must be scraped (``EndpointPicker(monitoring=PodMonitoring())``).

    :param kind: ``prometheus``, ``cpu``, ``follow``, ``wva`` or ``picker``.
    :param target: the target per replica (or the average: a fraction from 0 to 1 for KV-cache usage, a whole
        percentage for CPU).
    :param metric_name: the vLLM metric (``prometheus``, which needs one), or the picker's (``picker``: one of
        :data:`PICKER_METRICS`). Default: none.
    :param average: whether the metric is averaged over the pool's pods (KV-cache usage) rather than summed.
        Default: False.
    :param adapter_name: the metric's name in the custom metrics API, for an HPA. Default: ``metric_name``.
    :param followed: the pool followed (``follow``, which needs one). Default: none.
    :param annotations: annotations of the autoscaler's object the metric needs (the WVA's). Default: none.
    :param labels: labels of the autoscaler's object the metric needs. Default: none.
    """

    kind: str
    target: float
    metric_name: str = ""
    average: bool = False
    adapter_name: str | None = None
    followed: ModelPool | None = field(default=None, compare=False)
    annotations: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ModelServiceError.at("Metric.kind", f"{show(self.kind)} is not one of {', '.join(KINDS)} "
                                                      "(pick a metric with a factory: Metric.queue_length(), ...)")
        if not _positive(self.target):
            raise ModelServiceError.at("Metric.target", f"must be a number > 0, got {show(self.target)}")
        if self.kind == "prometheus" and not self.metric_name:
            raise ModelServiceError.at("Metric.metric_name", f"a prometheus metric needs the vLLM metric's name "
                                                             f"({QUEUE_LENGTH}, ...), got {show(self.metric_name)}")
        if self.average and self.kind == "prometheus" and self.target > 1:
            raise ModelServiceError.at("Metric.target", f"KV-cache usage is a fraction from 0 to 1, got "
                                                        f"{show(self.target)} (0.8 means 80%)")
        if self.kind == "cpu" and not _whole(self.target):
            raise ModelServiceError.at("Metric.target", f"CPU utilisation is a whole percentage >= 1, got "
                                                        f"{show(self.target)}")
        if self.kind == "picker" and self.metric_name not in PICKER_METRICS:
            raise ModelServiceError.at("Metric.metric_name", f"{show(self.metric_name)} is not an endpoint-picker "
                                       f"metric a pool scales on: {', '.join(PICKER_METRICS)}")
        if self.kind == "follow" and self.followed is None:
            raise ModelServiceError.at("Metric.followed", "a follow metric needs the pool followed "
                                                          "(Metric.follows(pool, pods_per_replica))")

    @staticmethod
    @checked_factory("Metric")
    def queue_length(target_per_replica: float = 4, *, adapter_name: str | None = None) -> Metric:
        """Requests waiting per replica. Default target: 4."""
        return Metric("prometheus", target_per_replica, QUEUE_LENGTH, adapter_name=adapter_name)

    @staticmethod
    @checked_factory("Metric")
    def running_requests(target_per_replica: float, *, adapter_name: str | None = None) -> Metric:
        """Requests being served per replica (a batch-size target)."""
        return Metric("prometheus", target_per_replica, RUNNING_REQUESTS, adapter_name=adapter_name)

    @staticmethod
    @checked_factory("Metric")
    def kv_cache_usage(target: float = 0.8, *, adapter_name: str | None = None) -> Metric:
        """Average KV-cache usage (0-1) of the pool's pods. Default target: 0.8."""
        return Metric("prometheus", target, KV_CACHE_USAGE, average=True, adapter_name=adapter_name)

    @staticmethod
    @checked_factory("Metric")
    def cpu_utilization(percent: int) -> Metric:
        """Average CPU utilisation, in percent of the pods' CPU requests."""
        if percent < 1:
            raise ModelServiceError.at("Metric.cpu_utilization",
                                       f"must be a whole percentage >= 1, got {show(percent)}")
        return Metric("cpu", percent)

    @staticmethod
    @checked_factory("Metric")
    def wva_desired_replicas(model_id: str, *, variant_cost: float | None = None,
                             accelerator_name: str | None = None) -> Metric:
        """The replica count llm-d's workload-variant-autoscaler (WVA) computes for the pool's workload, as llm-d's
        workload-autoscaling guide scales with it (HPA only): the external metric ``wva_desired_replicas`` of the
        workload (``variant_name``) in its namespace (``exported_namespace``), followed at 1 per replica; the HPA is
        annotated for the WVA to find (``llm-d.ai/managed``, ``llm-d.ai/model-id``, ``llm-d.ai/variant-cost``).

        :param model_id: the model the WVA sizes (``llm-d.ai/model-id``).
        :param variant_cost: the cost of one replica the WVA weighs (``llm-d.ai/variant-cost``). Default: not set.
        :param accelerator_name: the accelerator of a replica (label ``inference.optimization/acceleratorName``).
            Default: not set.
        """
        annotations = {"llm-d.ai/managed": "true", "llm-d.ai/model-id": model_id}
        if variant_cost is not None:
            annotations["llm-d.ai/variant-cost"] = repr(float(variant_cost))
        labels = {"inference.optimization/acceleratorName": accelerator_name} if accelerator_name else {}
        return Metric("wva", 1, WVA_METRIC, annotations=annotations, labels=labels)

    @staticmethod
    @checked_factory("Metric")
    def picker_queue_size(target_per_replica: float) -> Metric:
        """Requests the endpoint picker's flow control holds for the pool's InferencePool, per replica
        (``llm_d_epp_flow_control_queue_size``; the series of the InferencePool in the model's namespace). The
        signal llm-d's HPA-on-EPP-metrics guide scales out on: requests wait there when the pool is saturated,
        and while it has no pods, so the metric can wake a pool scaled to zero. It needs the picker's flow control
        (``EndpointPicker(flow_control=True)``). KEDA only."""
        return Metric("picker", target_per_replica, PICKER_QUEUE_SIZE)

    @staticmethod
    @checked_factory("Metric")
    def picker_running_requests(target_per_replica: float) -> Metric:
        """Requests the endpoint picker has in flight to the pool's InferencePool, per replica
        (``llm_d_epp_request_running``, summed over the picker's pods). KEDA only."""
        return Metric("picker", target_per_replica, PICKER_RUNNING_REQUESTS)

    @staticmethod
    @checked_factory("Metric")
    def follows(pool: ModelPool, pods_per_replica: float) -> Metric:
        """One replica per ``pods_per_replica`` running pods of ``pool`` (KEDA's ``kubernetes-workload``
        scaler): a prefill pool following a decode pool with ``pods_per_replica=2`` keeps one prefill
        replica for every two decode pods while the decode pool scales. All pods of ``pool`` count (every
        pod of a LeaderWorkerSet group). ``pool`` must be in the same namespace as the follower.
        """
        return Metric("follow", pods_per_replica, followed=pool)

    @property
    def name(self) -> str:
        """The metric's name in the custom metrics API (HPA ``pods`` metrics)."""
        return self.adapter_name or self.metric_name

    @property
    def scraped(self) -> bool:
        """Whether the metric is read from the pool's vLLM pods through Prometheus."""
        return self.kind == "prometheus"

    @property
    def read_from_prometheus(self) -> bool:
        """Whether the metric is read through Prometheus (vLLM's or the picker's)."""
        return self.kind in ("prometheus", "picker")

    @property
    def from_picker(self) -> bool:
        """Whether the metric is the endpoint picker's."""
        return self.kind == "picker"

    @property
    def needs_flow_control(self) -> bool:
        """Whether the metric is only served with the picker's flow control on (its queue)."""
        return self.kind == "picker" and self.metric_name == PICKER_QUEUE_SIZE

    @property
    def wakes_from_zero(self) -> bool:
        """Whether the metric exists while the pool has no pods (another pool's pod count, the requests the
        picker holds)."""
        return self.kind == "follow" or self.needs_flow_control

    def promql(self, pods: PodQuery) -> str:
        """The PromQL of the metric: a vLLM metric over the pool's pods (summed, or averaged for KV-cache usage), or
        the picker's over its pods (summed; the queue of the pool's InferencePool)."""
        picker = pods.picker
        if self.kind == "picker" and picker is not None:
            matchers = [f'pod=~"{picker.name_pattern}"']
            if self.needs_flow_control:
                matchers.append(f'{PICKER_POOL_LABEL}="{picker.inference_pool}"')
            name = picker.metric_names[self.metric_name]
        else:
            matchers = [f'pod=~"{pods.name_pattern}"']
            name = self.metric_name
        if pods.namespace:
            matchers.insert(0, f'namespace="{pods.namespace}"')
        return f"{'avg' if self.average else 'sum'}({name}{{{','.join(matchers)}}})"

    def hpa_metric(self, pods: PodQuery) -> dict[str, Any]:
        """The metric as an HPA ``metrics`` entry: a per-pod metric of the custom metrics API, or CPU utilisation."""
        if self.kind == "cpu":
            return {"type": "Resource", "resource": {"name": "cpu", "target": {
                "type": "Utilization", "averageUtilization": int(self.target)}}}
        if self.kind == "wva":
            selector = {"exported_namespace": str(pods.namespace), "variant_name": pods.workload}
            return {"type": "External", "external": {"metric": {"name": WVA_METRIC, "selector": {
                "matchLabels": selector}}, "target": {"type": "AverageValue", "averageValue": _quantity(self.target)}}}
        return {"type": "Pods", "pods": {"metric": {"name": self.name}, "target": {
            "type": "AverageValue", "averageValue": _quantity(self.target)}}}

    def keda_trigger(self, pods: PodQuery, prometheus_address: str | None) -> dict[str, Any]:
        """The metric as a KEDA trigger: ``prometheus`` (a query over ``pods``), ``cpu`` or ``kubernetes-workload``
        (a followed pool)."""
        if self.kind == "cpu":
            return {"type": "cpu", "metricType": "Utilization", "metadata": {"value": _number(self.target)}}
        if self.kind == "follow" and self.followed is not None:
            selector = ",".join(f"{k}={v}" for k, v in self.followed.selector_labels.items())
            return {"type": "kubernetes-workload", "name": f"follow-{self.followed.role}",
                    "metadata": {"podSelector": selector, "value": _number(self.target)}}
        name = self.metric_name.split(":")[-1].replace("_", "-").replace("llm-d-epp-", "picker-")
        trigger: dict[str, Any] = {"type": "prometheus", "name": name,
                                   "metadata": {"serverAddress": str(prometheus_address),
                                                "query": self.promql(pods), "threshold": _number(self.target)}}
        if self.average:
            trigger["metricType"] = "Value"
        return trigger


@dataclass(frozen=True)
class PickerQuery:
    """The endpoint picker whose metrics a pool scales on, as a query selects its series."""

    name_pattern: str
    """A regular expression (RE2) matching the names of the picker's pods."""
    inference_pool: str
    """The name of the picker's InferencePool."""
    metric_names: Mapping[str, str]
    """Each of :data:`PICKER_METRICS` -> the name the picker's release serves it under."""


@dataclass(frozen=True)
class PodQuery:
    """The pods of a pool as a metric query selects them: by namespace (None: none) and a name pattern (RE2)."""

    namespace: str | None
    name_pattern: str
    workload: str = ""
    """The name of the workload the autoscaler scales."""
    picker: PickerQuery | None = None
    """The endpoint picker of the pool's InferencePool (None: not known yet; the picker's metrics are rendered
    once it is)."""


def _number(value: float) -> str:
    """A threshold as KEDA reads it (``4``, ``0.8``)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _quantity(value: float) -> str:
    """A target as a Kubernetes quantity (``4``, ``800m``)."""
    return str(int(value)) if float(value).is_integer() else f"{round(value * 1000)}m"


@checked
@dataclass(frozen=True)
class Autoscaling:
    """A pool's autoscaler. Pick one with a factory: :meth:`hpa` (a HorizontalPodAutoscaler) or :meth:`keda`
    (a KEDA ScaledObject, which drives an HPA of its own).

    A pool with an autoscaler renders no fixed replica count (the autoscaler owns it); under the
    DisaggregatedSet backend its role is ``scaling.mode: External``.

    :param engine: ``hpa`` or ``keda``.
    :param max_replicas: the most replicas (groups, for a LeaderWorkerSet or a DisaggregatedSet role).
    :param min_replicas: the fewest replicas (0 only with KEDA, and with a ``Metric.follows`` metric that can
        wake the pool: scale to zero). Default: 1.
    :param metrics: what to follow (a list of at least one Metric); the largest replica count any metric asks
        for wins. Default: none (an error: give at least one).
    :param prometheus_address: the Prometheus server KEDA queries (needed for vLLM metrics with KEDA).
        Default: none.
    :param polling_interval: seconds between KEDA's checks. Default: KEDA's (30).
    :param cooldown_period: seconds KEDA waits before scaling to zero. Default: KEDA's (300).
    :param scale_down_stabilization_seconds: how long the HPA keeps the highest recommendation before
        scaling down (model servers are slow to start: shrinking late avoids thrashing). Default: Kubernetes' (300).
    :param scale_up_stabilization_seconds: how long the HPA keeps the lowest recommendation before scaling up.
        Default: Kubernetes' (0).
    """

    engine: str
    max_replicas: int
    min_replicas: int = 1
    metrics: Sequence[Metric] = ()
    prometheus_address: str | None = None
    polling_interval: int | None = None
    cooldown_period: int | None = None
    scale_down_stabilization_seconds: int | None = None
    scale_up_stabilization_seconds: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "metrics", tuple(self.metrics))
        problems = self.problems()
        if problems:
            raise ModelServiceError(problems)

    @staticmethod
    @checked_factory("Autoscaling")
    def hpa(*, max_replicas: int, metrics: Sequence[Metric], min_replicas: int = 1,
            scale_down_stabilization_seconds: int | None = None,
            scale_up_stabilization_seconds: int | None = None) -> Autoscaling:
        """A HorizontalPodAutoscaler (autoscaling/v2). vLLM metrics need a custom metrics adapter;
        :meth:`Metric.follows` needs KEDA."""
        return Autoscaling("hpa", max_replicas, min_replicas, metrics,
                           scale_down_stabilization_seconds=scale_down_stabilization_seconds,
                           scale_up_stabilization_seconds=scale_up_stabilization_seconds)

    @staticmethod
    @checked_factory("Autoscaling")
    def keda(*, max_replicas: int, metrics: Sequence[Metric], min_replicas: int = 1,
             prometheus_address: str | None = None, polling_interval: int | None = None,
             cooldown_period: int | None = None) -> Autoscaling:
        """A KEDA ScaledObject (keda.sh/v1alpha1): vLLM metrics through its Prometheus trigger (give
        ``prometheus_address``), pool ratios through its ``kubernetes-workload`` trigger."""
        return Autoscaling("keda", max_replicas, min_replicas, metrics, prometheus_address, polling_interval,
                           cooldown_period)

    @property
    def is_keda(self) -> bool:
        """Whether the autoscaler is a KEDA ScaledObject (else a HorizontalPodAutoscaler)."""
        return self.engine == "keda"

    def resource(self, target: Mapping[str, str], pods: PodQuery) -> tuple[type[cdk8s.ApiObject], dict[str, Any]]:
        """The typed class and the spec of the autoscaler's object, scaling ``target`` (apiVersion, kind, name) on
        the metrics of ``pods``: a HorizontalPodAutoscaler (autoscaling/v2) or a KEDA ScaledObject
        (keda.sh/v1alpha1)."""
        if not self.is_keda:
            from .imports.io.k8s.api import HorizontalPodAutoscaler

            spec: dict[str, Any] = {"scaleTargetRef": dict(target), "minReplicas": self.min_replicas,
                                    "maxReplicas": self.max_replicas,
                                    "metrics": [m.hpa_metric(pods) for m in self.metrics]}
            behavior = {direction: {"stabilizationWindowSeconds": seconds} for direction, seconds in (
                ("scaleDown", self.scale_down_stabilization_seconds), ("scaleUp", self.scale_up_stabilization_seconds))
                if seconds is not None}
            if behavior:
                spec["behavior"] = behavior
            return HorizontalPodAutoscaler, spec
        from .imports.sh.keda import ScaledObject

        spec = {"scaleTargetRef": dict(target)}
        optional = {"pollingInterval": self.polling_interval, "cooldownPeriod": self.cooldown_period}
        spec.update({k: v for k, v in optional.items() if v is not None})
        spec.update(minReplicaCount=self.min_replicas, maxReplicaCount=self.max_replicas,
                    triggers=[m.keda_trigger(pods, self.prometheus_address) for m in self.metrics
                              if not m.from_picker or pods.picker is not None])
        return ScaledObject, spec

    def problems(self) -> list[Problem]:
        """What is wrong with these settings."""
        problems: list[Problem] = []
        if self.engine not in ENGINES:
            problems.append(Problem("Autoscaling.engine", f"{show(self.engine)} is not one of {', '.join(ENGINES)}"))
        lowest = 1 if self.engine == "hpa" else 0
        if not _whole(self.min_replicas) or self.min_replicas < lowest:
            extra = " (scaling to zero needs Autoscaling.keda)" if self.min_replicas == 0 else ""
            problems.append(Problem("Autoscaling.min_replicas", f"must be a whole number >= {lowest}{extra}, "
                                                                f"got {show(self.min_replicas)}"))
        max_problem = positive_count_problem(self.max_replicas, "Autoscaling.max_replicas")
        if max_problem is not None:
            problems.append(max_problem)
        if not problems and self.min_replicas > self.max_replicas:
            problems.append(Problem("Autoscaling.min_replicas", f"{self.min_replicas} is more than max_replicas "
                                                                f"{self.max_replicas}"))
        if (not problems and self.min_replicas == 0 and self.metrics
                and not any(isinstance(m, Metric) and m.wakes_from_zero for m in self.metrics)):
            problems.append(Problem("Autoscaling.min_replicas", (
                "0 needs a metric that exists while the pool has no pods, Metric.follows(another pool, ...) or "
                "Metric.picker_queue_size(...): vLLM's metrics and CPU come from the pool's own pods, so a pool at "
                "zero would never scale up; use min_replicas=1 or add such a metric")))
        if not self.metrics:
            problems.append(Problem("Autoscaling.metrics", "an autoscaler needs at least one metric "
                                    "(Metric.queue_length(), Metric.kv_cache_usage(), Metric.follows(pool, ...))"))
        for i, metric in enumerate(self.metrics):
            where = f"Autoscaling.metrics[{i}]"
            if not isinstance(metric, Metric):
                problems.append(Problem(where, f"must be a Metric, got {show(metric)}"))
            elif metric.kind == "wva" and self.is_keda:
                problems.append(Problem(where, f"the workload-variant-autoscaler's {WVA_METRIC} reaches an HPA (an "
                                               "external metric); use Autoscaling.hpa(...)"))
            elif metric.from_picker and not self.is_keda:
                problems.append(Problem(where, f"the endpoint picker's {metric.metric_name} reaches an autoscaler "
                                               "through KEDA's Prometheus trigger; use Autoscaling.keda(...)"))
            elif metric.wakes_from_zero and not self.is_keda:
                problems.append(Problem(where, "following another pool's pod count needs KEDA's kubernetes-workload "
                                               "scaler; use Autoscaling.keda(...)"))
            elif metric.read_from_prometheus and self.is_keda and not self.prometheus_address:
                problems.append(Problem("Autoscaling.prometheus_address", f"KEDA reads {metric.metric_name} from "
                                        "Prometheus; give the server's address (http://prometheus.monitoring:9090)"))
        for prop, value in (("polling_interval", self.polling_interval), ("cooldown_period", self.cooldown_period),
                            ("scale_down_stabilization_seconds", self.scale_down_stabilization_seconds),
                            ("scale_up_stabilization_seconds", self.scale_up_stabilization_seconds)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                problems.append(Problem(f"Autoscaling.{prop}", f"must be a whole number of seconds >= 0, got "
                                                               f"{show(value)}"))
        if self.scale_down_stabilization_seconds is not None and self.scale_down_stabilization_seconds > 3600:
            problems.append(Problem("Autoscaling.scale_down_stabilization_seconds",
                                    f"must be at most 3600, got {self.scale_down_stabilization_seconds}"))
        return problems
