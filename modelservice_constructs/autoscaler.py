"""PoolAutoscaler: the HorizontalPodAutoscaler or KEDA ScaledObject of one pool.

It targets what owns the pool's replicas (``PoolWorkload.scale_target``): the Deployment, the
LeaderWorkerSet, the requester ReplicaSet, or, under the DisaggregatedSet backend, the
``<set>-<role>`` DisaggregatedSetRoleScaler the controller creates for an External role. At synth it checks
that this target is in the app, that a followed pool is in the app and the same namespace, and that the endpoint
picker whose metrics it follows routes the pool and serves them (:meth:`PoolAutoscaler.problems`).
"""

from __future__ import annotations

import dataclasses
import warnings
from typing import TYPE_CHECKING

import cdk8s

from .app_index import AppIndex, CheckedConstruct
from .autoscaling import PICKER_METRICS, PICKER_POOL_LABEL, Autoscaling, PickerQuery, PodQuery
from .component_contracts import FLOW_CONTROL_GATE
from .errors import ModelServiceError, ModelServiceWarning
from .names import deployment_pod_pattern
from .objects import adopt, api_object, append_to, chart_namespace_of

if TYPE_CHECKING:
    from .gateway.endpoint_picker import EndpointPicker
    from .pools.base import ModelPool



class PoolAutoscaler(CheckedConstruct):
    """The autoscaler of ``pool`` (created by the pool for its ``autoscaling`` prop, child id ``Autoscaler``).

    The object is ``self.resource`` (child id ``Resource``), named after the pool (``llama-decode``): a
    HorizontalPodAutoscaler or a KEDA ScaledObject. ``self.target`` is the (apiVersion, kind, name) it scales.
    The triggers of the endpoint picker's metrics follow the others; they are written when the picker of the pool's
    InferencePool is known (``self.picker``): at once when it was created before the pool, else when it is
    created (:meth:`bind`).
    """

    def __init__(self, pool: ModelPool, id: str, *, autoscaling: Autoscaling) -> None:
        super().__init__(pool, id)
        adopt(self, pool)
        self.pool = pool
        self.autoscaling = autoscaling
        self.target: tuple[str, str, str] = pool.workload_kind.scale_target(pool)
        self.picker: EndpointPicker | None = None
        """The endpoint picker whose metrics the autoscaler follows (None: none yet, or no such metric)."""
        scraped = [i for i, m in enumerate(autoscaling.metrics) if m.scraped]
        if scraped and pool.monitoring is None:
            metric = autoscaling.metrics[scraped[0]]
            warnings.warn(ModelServiceWarning(
                f"{pool.prop_root}.autoscaling.metrics[{scraped[0]}]: {metric.metric_name} is read from the pool's "
                f"vLLM pods, but {pool.prop_root}.monitoring is None, so no PodMonitor has Prometheus scrape them and "
                f"the autoscaler would never see a value; set monitoring=PodMonitoring() on the pool (or scrape its "
                "pods with a Prometheus configuration of your own)"), stacklevel=2)
        queried = {"the picker's" if m.from_picker else "the pool's" for m in autoscaling.metrics
                   if m.read_from_prometheus}
        if autoscaling.is_keda and queried and not pool.server.namespace:
            raise ModelServiceError.at(
                f"{pool.prop_root}.autoscaling", f"KEDA's Prometheus queries select "
                f"{' and '.join(sorted(queried, reverse=True))} pods by namespace and name, and the model has no "
                "namespace: copies of the app in two namespaces would scale on each other's pods; set "
                "ModelServer.namespace (or the Chart's namespace)")
        api_version, kind, name = self.target
        metadata = pool.server.object_metadata(pool.name, {
            **pool.selector_labels, **{k: v for m in autoscaling.metrics for k, v in m.labels.items()}})
        annotations = {k: v for m in autoscaling.metrics for k, v in m.annotations.items()}
        if annotations:
            metadata["annotations"] = annotations
        if any(m.kind == "wva" for m in autoscaling.metrics) and not pool.server.namespace:
            raise ModelServiceError.at(
                f"{pool.prop_root}.autoscaling", "the workload-variant-autoscaler's metric selects the workload by "
                "namespace and name, and the model has no namespace: set ModelServer.namespace (or the Chart's)")
        self._pods = PodQuery(pool.server.namespace, pool.workload_kind.pod_name_pattern(pool), name)
        cls, spec = autoscaling.resource({"apiVersion": api_version, "kind": kind, "name": name}, self._pods)
        self.resource: cdk8s.ApiObject = api_object(self, "Resource", cls, {"metadata": metadata, "spec": spec},
                                                    f"{pool.prop_root}.autoscaling")
        self._index = AppIndex.of(pool)
        if self.follows_picker:
            pickers = [p for p in self._index.pickers_of(pool.server) if p.pool.selects(pool)]
            if pickers:
                self.bind(pickers[0])

    # -- the endpoint picker's metrics -----------------------------------------------------------------

    @property
    def follows_picker(self) -> bool:
        """Whether a metric of the autoscaler is the endpoint picker's."""
        return any(m.from_picker for m in self.autoscaling.metrics)

    def bind(self, picker: EndpointPicker) -> None:
        """Follow the metrics of ``picker`` (the picker of an InferencePool that selects the pool): write the
        triggers of the picker's metrics, selecting its series by namespace, its pods' names and its
        InferencePool, under the names its release serves them. Called once, by the autoscaler or the picker,
        whichever is created second."""
        if self.picker is not None or not self.follows_picker:
            return
        self.picker = picker
        where = f"{self.pool.prop_root}.autoscaling"
        served = picker.release.router.epp_metrics
        names: dict[str, str] = {}
        for i, metric in enumerate(self.autoscaling.metrics):
            if not metric.from_picker:
                continue
            candidates = [n for n in (metric.metric_name, *PICKER_METRICS[metric.metric_name]) if n in served]
            current = [n for n in candidates if served[n].deprecated is None]
            chosen = (current or candidates or [""])[0]
            if not chosen or (metric.needs_flow_control and PICKER_POOL_LABEL not in served[chosen].labels):
                raise ModelServiceError.at(f"{where}.metrics[{i}]", (
                    f"{metric.metric_name} is not served by the endpoint picker of {picker.release} "
                    f"(EndpointPicker {picker.name!r}){f' with an {PICKER_POOL_LABEL} label' if chosen else ''}"
                    "; follow another metric, or use a release whose picker serves it"))
            names[metric.metric_name] = chosen
        if picker.monitoring is None:
            warnings.warn(ModelServiceWarning(
                f"{where}: follows the metrics of EndpointPicker {picker.name!r}, but EndpointPicker.monitoring is "
                "None, so no PodMonitor has Prometheus scrape it and KEDA would never see a value; set "
                "monitoring=PodMonitoring() on the picker (or scrape it with a Prometheus configuration of your "
                "own)"), stacklevel=3)
        pods = dataclasses.replace(self._pods, picker=PickerQuery(deployment_pod_pattern(picker.name),
                                                                  picker.pool.name, names))
        for metric in self.autoscaling.metrics:
            if metric.from_picker:
                append_to(self.resource, ("spec", "triggers"),
                          metric.keda_trigger(pods, self.autoscaling.prometheus_address))

    # -- checks --------------------------------------------------------------------------------------

    def target_identity(self) -> tuple[str, str, str | None, str] | None:
        """apiVersion, kind, namespace and name of the object the app must define for the target to exist
        (None: a DisaggregatedSet role scaler, which the controller creates for an External role)."""
        api_version, kind, name = self.target
        server = self.pool.server
        disaggregated_set = server.disaggregated_set
        if disaggregated_set is not None and name == disaggregated_set.role_scaler_name(self.pool.role):
            return None
        # the namespace the objects' metadata says
        return api_version, kind, server.object_namespace or chart_namespace_of(server), name

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the autoscaler in its App (asked at synth, again when the App changed): its
        :meth:`problems`, with whether the App defines the scale target."""
        self._index.refresh(signature)
        identity = self.target_identity()
        return self.problems(None if identity is None else self._index.defines(identity))

    def problems(self, target_defined: bool | None) -> list[str]:
        """What is wrong in the app (checked at synth, again when the App changed): the scale
        target is missing, or a followed pool is not in this app and namespace. ``target_defined``: whether
        the app defines :meth:`target_identity`; None for a DisaggregatedSet role scaler, whose role must be
        External in the set."""
        where = f"{self.pool.prop_root}.autoscaling"
        problems: list[str] = []
        api_version, kind, name = self.target
        if not (self._role_is_external() if target_defined is None else target_defined):
            problems.append(f"{where}: scales {kind} {name!r} ({api_version}), which this app does not define; "
                            "keep the pool's workload (or, for a DisaggregatedSet role, scaling.mode External)")
        problems += self.picker_problems()
        for i, metric in enumerate(self.autoscaling.metrics):
            followed = metric.followed
            if followed is None:
                continue
            if followed is self.pool:
                problems.append(f"{where}.metrics[{i}]: a pool cannot follow its own pod count")
            elif not self._index.has(followed):
                problems.append(f"{where}.metrics[{i}]: follows {followed.name}, which is not in this app")
            elif followed.server.namespace != self.pool.server.namespace:
                problems.append(f"{where}.metrics[{i}]: follows {followed.name} in namespace "
                                f"{followed.server.namespace!r}, but KEDA counts pods in the ScaledObject's namespace "
                                f"{self.pool.server.namespace!r}; put both models in one namespace")
        return problems

    def picker_problems(self) -> list[str]:
        """With a metric of the endpoint picker: an EndpointPicker of the app routes the pool (its InferencePool
        selects it), and it serves the metric (the flow-control queue only exists with its flow control on)."""
        picker_metrics = [(i, m) for i, m in enumerate(self.autoscaling.metrics) if m.from_picker]
        if not picker_metrics:
            return []
        where = f"{self.pool.prop_root}.autoscaling.metrics[{picker_metrics[0][0]}]"
        picker = self.picker
        if picker is None or not self._index.has(picker):
            return [f"{where}: follows the endpoint picker's {picker_metrics[0][1].metric_name}, but no "
                    f"EndpointPicker of this app routes {self.pool.prop_root} {self.pool.name!r} (an InferencePool of "
                    f"ModelServer {self.pool.server.name!r} that selects the pool, with its EndpointPicker); create "
                    "them, or follow the pool's own metrics"]
        if not picker.pool.selects(self.pool):
            return [f"{where}: follows EndpointPicker {picker.name!r}, but its InferencePool {picker.pool.name!r} "
                    f"no longer selects {self.pool.prop_root} {self.pool.name!r}"]
        problems: list[str] = []
        for i, metric in picker_metrics:
            if metric.needs_flow_control and not picker.flow_control:
                problems.append(
                    f"{self.pool.prop_root}.autoscaling.metrics[{i}]: {metric.metric_name} counts the requests "
                    f"EndpointPicker {picker.name!r} holds in its flow-control queue, but its config does not turn "
                    f"on the {FLOW_CONTROL_GATE} feature gate (EndpointPicker.config featureGates), so no request is "
                    "ever queued and the autoscaler would see nothing; pass EndpointPicker(flow_control=True)")
        return problems

    def _role_is_external(self) -> bool:
        disaggregated_set = self.pool.server.disaggregated_set
        roles = disaggregated_set.rendered_roles() if disaggregated_set else []
        return any(r.get("name") == self.pool.role and (r.get("scaling") or {}).get("mode") == "External"
                   for r in roles)
