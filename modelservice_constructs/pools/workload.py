"""PoolWorkload: which Kubernetes object runs a pool's pods, as a choice type with factories.

Each kind takes only the props that mean something for it: a Deployment strategy cannot be given to a
LeaderWorkerSet, a subgroup policy cannot be given to a Deployment.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import yaml

from ..errors import ModelServiceError, Problem, show
from ..kubernetes import DeploymentStrategy
from ..manifests import check, plain
from ..names import count_or_percent_problem, deployment_pod_pattern
from ..objects import api_object
from ..requester import Requester

if TYPE_CHECKING:
    from ..imports.apps import Deployment, ReplicaSet
    from ..imports.io.x_k8s.disaggregatedset import DisaggregatedSet as DisaggregatedSetObject
    from ..imports.io.x_k8s.leaderworkerset import LeaderWorkerSet
    from .base import ModelPool

WorkloadObject: TypeAlias = "Deployment | LeaderWorkerSet | ReplicaSet | DisaggregatedSetObject"
"""What runs a pool's pods: an instance of the generated class of its kind (``pool.workload``)."""

SUBGROUP_TOPOLOGY_ANNOTATION = "leaderworkerset.sigs.k8s.io/subgroup-exclusive-topology"
DISAGGREGATED_SET_API_VERSION = "disaggregatedset.x-k8s.io/v1"
ROLE_SCALER_KIND = "DisaggregatedSetRoleScaler"
STRATEGY_TYPES = ("RollingUpdate", "Recreate")


SELECTED_BY = ("the pool's pod labels and selector, which its disruption budget, InferencePools, NetworkPolicy "
               "and the cross-object checks")
"""What relies on the labels of a workload's pods and on its selector (see ``api_object``'s ``guarded``)."""


class PoolWorkload(abc.ABC):
    """How a pool runs its pods. Pick one with a factory:

    - :meth:`deployment`: a Deployment of single-pod replicas (the default);
    - :meth:`leader_worker_set`: a LeaderWorkerSet of ``parallelism.worker_count`` pods per replica
      (multi-node inference);
    - :meth:`requester`: fast-model-actuation requester pods (a ReplicaSet), decode only;
    - :meth:`disaggregated_set_role`: a role of the server's DisaggregatedSet (the default when the server's
      backend is ``ServerBackend.disaggregated_set(...)``).
    """

    kind: str = ""
    """The Kubernetes kind of the object this workload creates."""
    groups_pods: bool = False
    """Whether the pods of one replica form a group of ``parallelism.worker_count`` pods (a LeaderWorkerSet
    group, with ``LWS_LEADER_ADDRESS`` and ``LWS_WORKER_INDEX``)."""

    @staticmethod
    def deployment(*, strategy: DeploymentStrategy | None = None) -> DeploymentWorkload:
        """A Deployment.

        :param strategy: the Deployment ``strategy`` as Kubernetes JSON (``{"type": "Recreate"}``). Default:
            Kubernetes' (rolling update).
        """
        return DeploymentWorkload(plain(strategy))

    @staticmethod
    def leader_worker_set(*, sub_group_policy: Mapping[str, Any] | None = None,
                          sub_group_exclusive_topology: str | None = None) -> LeaderWorkerSetWorkload:
        """A LeaderWorkerSet (leaderworkerset.x-k8s.io/v1) whose group size is the pool's worker count.

        :param sub_group_policy: the ``leaderWorkerTemplate.subGroupPolicy`` as Kubernetes JSON. Default: none.
        :param sub_group_exclusive_topology: a node label (``kubernetes.io/hostname``) whose value each subgroup
            holds exclusively. Default: none.
        """
        return LeaderWorkerSetWorkload(plain(sub_group_policy), sub_group_exclusive_topology)

    @staticmethod
    def requester(requester: Requester | None = None) -> RequesterWorkload:
        """Requester pods standing in for decode pods (fast model actuation); the decode pod is described by
        the ``dual-pod.llm-d.ai/server-patch`` annotation. Only a DecodePool takes it.

        :param requester: the requester settings. Default: ``Requester()``.
        """
        return RequesterWorkload(requester or Requester())

    @staticmethod
    def disaggregated_set_role(*, max_surge: int | str | None = None, max_unavailable: int | str | None = None,
                               sub_group_policy: Mapping[str, Any] | None = None) -> DisaggregatedSetRoleWorkload:
        """A role (named after the pool's role) of the server's DisaggregatedSet; the server's backend must be
        ``ServerBackend.disaggregated_set(...)``. The role is an LWS spec whose group size is the pool's worker
        count; ``pool.workload`` is the DisaggregatedSet. A pool with ``replicas=None`` or an autoscaler is
        an External role (its replicas come from the ``<set>-<role>`` DisaggregatedSetRoleScaler).

        :param max_surge: groups added above the role's replicas during a rollout (a number or a percentage).
            Default: the controller's (0).
        :param max_unavailable: groups that may be unavailable during a rollout. Default: the controller's (1).
        :param sub_group_policy: the ``leaderWorkerTemplate.subGroupPolicy`` as Kubernetes JSON. Default: none.
        """

        return DisaggregatedSetRoleWorkload(max_surge, max_unavailable, sub_group_policy)

    def problems(self, pool: ModelPool) -> list[Problem]:
        """What makes this workload unusable for ``pool`` (none by default)."""
        return []

    def pod_name_pattern(self, pool: ModelPool) -> str:
        """A regular expression (RE2) matching the names of the pool's pods: ``<pool name>-...``."""
        return f"{pool.name}-.+"

    def scale_target(self, pool: ModelPool) -> tuple[str, str, str]:
        """apiVersion, kind and name of the object an autoscaler scales (with a ``/scale`` subresource)."""
        return "apps/v1", self.kind, pool.name

    def pod_annotations(self) -> dict[str, str]:
        """Annotations this workload adds to the pod template (none by default)."""
        return {}

    def metadata(self, pool: ModelPool) -> dict[str, Any]:
        """The workload's metadata: the pool's name, labels and annotations."""
        return pool.workload_metadata()

    @abc.abstractmethod
    def create(self, pool: ModelPool, template: dict[str, Any]) -> WorkloadObject:
        """Define the workload object (child id ``Resource``) in ``pool`` for the pod ``template``."""


class DeploymentWorkload(PoolWorkload):
    """A Deployment; see :meth:`PoolWorkload.deployment`."""

    kind = "Deployment"

    def __init__(self, strategy: Mapping[str, Any] | None = None) -> None:
        self.strategy: dict[str, Any] | None = dict(strategy) if strategy else None

    def problems(self, pool: ModelPool) -> list[Problem]:
        """The strategy type must be one Kubernetes knows."""
        kind = (self.strategy or {}).get("type")
        if kind is not None and kind not in STRATEGY_TYPES:
            return [Problem(f"{pool.prop_root}.workload.strategy.type",
                            f"{show(kind)} is not one of {', '.join(STRATEGY_TYPES)}")]
        return []

    def pod_name_pattern(self, pool: ModelPool) -> str:
        """``<pool name>-<replica set hash>-<pod suffix>``."""
        return deployment_pod_pattern(pool.name)

    def create(self, pool: ModelPool, template: dict[str, Any]) -> WorkloadObject:
        from ..imports.apps import Deployment

        spec: dict[str, Any] = {}
        if pool.replicas is not None:
            spec["replicas"] = pool.replicas
        spec["selector"] = {"matchLabels": pool.selector_labels}
        spec["template"] = template
        if self.strategy:
            spec["strategy"] = self.strategy
        return api_object(pool, "Resource", Deployment, {"metadata": self.metadata(pool), "spec": spec},
                          f"{pool.prop_root}.workload", guarded={
                              "/spec/selector": SELECTED_BY, "/spec/template/metadata/labels": SELECTED_BY})


class LeaderWorkerSetWorkload(PoolWorkload):
    """A LeaderWorkerSet; see :meth:`PoolWorkload.leader_worker_set`."""

    kind = "LeaderWorkerSet"
    groups_pods = True

    def __init__(self, sub_group_policy: Mapping[str, Any] | None = None,
                 sub_group_exclusive_topology: str | None = None) -> None:
        self.sub_group_policy: dict[str, Any] | None = dict(sub_group_policy) if sub_group_policy else None
        self.sub_group_exclusive_topology = sub_group_exclusive_topology

    def pod_annotations(self) -> dict[str, str]:
        """The subgroup exclusive-topology annotation, when set."""
        if self.sub_group_exclusive_topology:
            return {SUBGROUP_TOPOLOGY_ANNOTATION: self.sub_group_exclusive_topology}
        return {}

    def metadata(self, pool: ModelPool) -> dict[str, Any]:
        """The pool's metadata, with the pods' labels and the exclusive-topology annotation."""
        metadata = pool.workload_metadata()
        metadata["labels"] = {**metadata["labels"], **pool.selector_labels}
        annotations = {**self.pod_annotations(), **metadata.get("annotations", {})}
        if annotations:
            metadata["annotations"] = annotations
        return metadata

    def pod_name_pattern(self, pool: ModelPool) -> str:
        """``<pool name>-<group>`` (leaders) and ``<pool name>-<group>-<worker>``."""
        return f"{pool.name}-[0-9]+(-[0-9]+)?"

    def scale_target(self, pool: ModelPool) -> tuple[str, str, str]:
        """The LeaderWorkerSet (its ``/scale`` subresource scales groups)."""
        return "leaderworkerset.x-k8s.io/v1", self.kind, pool.name

    def create(self, pool: ModelPool, template: dict[str, Any]) -> WorkloadObject:
        from ..imports.io.x_k8s.leaderworkerset import LeaderWorkerSet

        spec: dict[str, Any] = {"leaderWorkerTemplate": leader_worker_template(pool, self.sub_group_policy, template)}
        if pool.replicas is not None:
            spec["replicas"] = pool.replicas
        return api_object(pool, "Resource", LeaderWorkerSet, {"metadata": self.metadata(pool), "spec": spec},
                          f"{pool.prop_root}.workload", guarded={
                              f"/spec/leaderWorkerTemplate/{template}/metadata/labels": SELECTED_BY
                              for template in ("leaderTemplate", "workerTemplate")
                              if template in spec["leaderWorkerTemplate"]})


def leader_worker_template(pool: ModelPool, sub_group_policy: Mapping[str, Any] | None,
                           template: dict[str, Any]) -> dict[str, Any]:
    """The ``leaderWorkerTemplate`` of a LeaderWorkerSet (or of a DisaggregatedSet role) running ``template``:
    one group of ``pool.parallelism.worker_count`` pods, with the subgroup policy when given. When the pods form
    one data-parallel group whose leader alone serves, ``template`` is the leader's, and the workers run
    ``pool.build_worker_template``; when every pod serves its ranks, every pod runs ``template``."""
    lws_template: dict[str, Any] = {"size": pool.parallelism.worker_count}
    if sub_group_policy:
        lws_template["subGroupPolicy"] = sub_group_policy
    if pool.forms_pod_group() and not pool.parallelism.every_pod_serves:
        lws_template["leaderTemplate"] = template
        template = pool.build_worker_template(template)
    lws_template["workerTemplate"] = template
    return lws_template


class RequesterWorkload(PoolWorkload):
    """Requester pods (a ReplicaSet); see :meth:`PoolWorkload.requester`."""

    kind = "ReplicaSet"

    def __init__(self, requester: Requester) -> None:
        self.settings = requester
        """The requester settings."""

    def problems(self, pool: ModelPool) -> list[Problem]:
        """Requester pods stand in for decode pods only."""
        if pool.role != "decode":
            return [Problem(f"{pool.prop_root}.workload",
                            "the requester stands in for decode pods; use it on a DecodePool")]
        return []

    def create(self, pool: ModelPool, template: dict[str, Any]) -> WorkloadObject:
        from ..imports.apps import Deployment, ReplicaSet

        # the decode pod is only described (in an annotation), but its fields are checked as a pod's
        check(Deployment, "spec.template", template, f"{pool.prop_root}.workload.spec.template")
        requester = self.settings
        model_parts = pool.server.model.name.split("/")
        patch_spec: dict[str, Any] = {}
        init_containers = template["spec"].get("initContainers")
        if init_containers:
            patch_spec["initContainers"] = init_containers
        patch_spec["containers"] = template["spec"]["containers"]
        patch = {"metadata": {"labels": {
            "model-reg": model_parts[1] if len(model_parts) > 1 else "",
            "model-repo": model_parts[0],
            "app": None}},
            "spec": patch_spec}
        annotations = {"dual-pod.llm-d.ai/admin-port": str(requester.admin_port),
                       "dual-pod.llm-d.ai/server-patch": yaml.safe_dump(patch, sort_keys=False)}
        spec: dict[str, Any] = {}
        if pool.replicas is not None:
            spec["replicas"] = pool.replicas
        spec["selector"] = {"matchLabels": {"app": "dp-app"}}
        spec["template"] = {"metadata": {"labels": {"app": "dp-app"}, "annotations": annotations},
                            "spec": requester.pod_spec(pool.profile.security)}
        return api_object(pool, "Resource", ReplicaSet, {
            "metadata": pool.server.object_metadata(pool.name), "spec": spec},
            f"{pool.prop_root}.workload")


def _is_zero(value: int | str | None) -> bool:
    return value in (0, "0%")


class DisaggregatedSetRoleWorkload(PoolWorkload):
    """A role of the server's DisaggregatedSet; see :meth:`PoolWorkload.disaggregated_set_role`.

    The pool's ``workload`` is the DisaggregatedSet object (shared by the server's roles).
    """

    kind = "DisaggregatedSet"
    groups_pods = True

    def __init__(self, max_surge: int | str | None = None, max_unavailable: int | str | None = None,
                 sub_group_policy: Mapping[str, Any] | None = None) -> None:
        self.max_surge = max_surge
        self.max_unavailable = max_unavailable
        self.sub_group_policy: dict[str, Any] | None = dict(sub_group_policy) if sub_group_policy else None

    def problems(self, pool: ModelPool) -> list[Problem]:
        """Rollout bounds the controller accepts (what the role needs of the server's backend is checked by
        the backend)."""
        root = f"{pool.prop_root}.workload"
        problems = [p for name, value in (("max_surge", self.max_surge), ("max_unavailable", self.max_unavailable))
                    if value is not None and (p := count_or_percent_problem(value, f"{root}.{name}"))]
        if not problems and _is_zero(self.max_surge) and _is_zero(self.max_unavailable):
            problems.append(Problem(f"{root}.max_unavailable", "must not be 0 when max_surge is 0 (the rollout "
                                                               "could neither add nor remove a group)"))
        return problems

    def external(self, pool: ModelPool) -> bool:
        """Whether an autoscaler drives the role (``scaling.mode: External``): the pool has no fixed replicas."""
        return pool.replicas is None

    def role(self, pool: ModelPool, template: dict[str, Any]) -> dict[str, Any]:
        """The role entry of ``spec.roles`` as Kubernetes JSON."""
        metadata = pool.workload_metadata()
        role_metadata: dict[str, Any] = {"labels": {**metadata["labels"], **pool.selector_labels}}
        if metadata.get("annotations"):
            role_metadata["annotations"] = metadata["annotations"]
        spec: dict[str, Any] = {}
        if pool.replicas is not None:
            spec["replicas"] = pool.replicas
        if self.max_surge is not None or self.max_unavailable is not None:
            update = {k: v for k, v in (("maxSurge", self.max_surge), ("maxUnavailable", self.max_unavailable))
                      if v is not None}
            spec["rolloutStrategy"] = {"type": "RollingUpdate", "rollingUpdateConfiguration": update}
        spec["leaderWorkerTemplate"] = leader_worker_template(pool, self.sub_group_policy, template)
        role: dict[str, Any] = {"name": pool.role, "metadata": role_metadata}
        if self.external(pool):
            role["scaling"] = {"mode": "External"}
        role["spec"] = spec
        return role

    def create(self, pool: ModelPool, template: dict[str, Any]) -> WorkloadObject:
        """Add the pool's role to the server's DisaggregatedSet and return that object."""
        disaggregated_set = pool.server.disaggregated_set
        if disaggregated_set is None:  # reported by the backend's pool_problems before this runs
            raise ModelServiceError.at(f"{pool.prop_root}.workload", "the server has no DisaggregatedSet")
        return disaggregated_set.add_role(pool, self.role(pool, template))

    def pod_name_pattern(self, pool: ModelPool) -> str:
        """Pods of the controller's LeaderWorkerSets ``<set>-<slice>-<revision>-<role>``."""
        return f"{pool.server.name}-[0-9]+-[0-9a-z]+-{pool.role}-[0-9]+(-[0-9]+)?"

    def scale_target(self, pool: ModelPool) -> tuple[str, str, str]:
        """The role scaler the controller creates for an External role: ``<set>-<role>``."""
        return DISAGGREGATED_SET_API_VERSION, ROLE_SCALER_KIND, f"{pool.server.name}-{pool.role}"
