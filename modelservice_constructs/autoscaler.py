"""PoolAutoscaler: the HorizontalPodAutoscaler or KEDA ScaledObject of one pool.

It targets what owns the pool's replicas (``PoolWorkload.scale_target``): the Deployment, the
LeaderWorkerSet, the requester ReplicaSet, or, under the DisaggregatedSet backend, the
``<set>-<role>`` DisaggregatedSetRoleScaler the controller creates for an External role. At synth it checks
that this target is in the app, and that a followed pool is in the app and the same namespace
(:meth:`PoolAutoscaler.problems`).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import cdk8s

from .app_index import AppIndex, CheckedConstruct
from .autoscaling import Autoscaling, PodQuery
from .errors import ModelServiceError, ModelServiceWarning
from .objects import adopt, api_object, chart_namespace_of

if TYPE_CHECKING:
    from .pools.base import ModelPool



class PoolAutoscaler(CheckedConstruct):
    """The autoscaler of ``pool`` (created by the pool for its ``autoscaling`` prop, child id ``Autoscaler``).

    The object is ``self.resource`` (child id ``Resource``), named after the pool (``llama-decode``): a
    HorizontalPodAutoscaler or a KEDA ScaledObject. ``self.target`` is the (apiVersion, kind, name) it scales.
    """

    def __init__(self, pool: ModelPool, id: str, *, autoscaling: Autoscaling) -> None:
        super().__init__(pool, id)
        adopt(self, pool)
        self.pool = pool
        self.autoscaling = autoscaling
        self.target: tuple[str, str, str] = pool.workload_kind.scale_target(pool)
        scraped = [i for i, m in enumerate(autoscaling.metrics) if m.scraped]
        if scraped and pool.monitoring is None:
            metric = autoscaling.metrics[scraped[0]]
            warnings.warn(ModelServiceWarning(
                f"{pool.prop_root}.autoscaling.metrics[{scraped[0]}]: {metric.metric_name} is read from the pool's "
                f"vLLM pods, but {pool.prop_root}.monitoring is None, so no PodMonitor has Prometheus scrape them and "
                f"the autoscaler would never see a value; set monitoring=PodMonitoring() on the pool (or scrape its "
                "pods with a Prometheus configuration of your own)"), stacklevel=2)
        if autoscaling.is_keda and scraped and not pool.server.namespace:
            raise ModelServiceError.at(
                f"{pool.prop_root}.autoscaling", "KEDA's Prometheus queries select the pool's pods by namespace and "
                "name, and the model has no namespace: copies of the app in two namespaces would scale on each "
                "other's pods; set ModelServer.namespace (or the Chart's namespace)")
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
        cls, spec = autoscaling.resource({"apiVersion": api_version, "kind": kind, "name": name},
                                         PodQuery(pool.server.namespace, pool.workload_kind.pod_name_pattern(pool),
                                                  name))
        self.resource: cdk8s.ApiObject = api_object(self, "Resource", cls, {"metadata": metadata, "spec": spec},
                                                    f"{pool.prop_root}.autoscaling")
        self._index = AppIndex.of(pool)

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

    def _role_is_external(self) -> bool:
        disaggregated_set = self.pool.server.disaggregated_set
        roles = disaggregated_set.rendered_roles() if disaggregated_set else []
        return any(r.get("name") == self.pool.role and (r.get("scaling") or {}).get("mode") == "External"
                   for r in roles)
