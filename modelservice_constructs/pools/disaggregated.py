"""The DisaggregatedSet backend: a model's decode and prefill pools as the roles of one
``DisaggregatedSet`` (disaggregatedset.x-k8s.io/v1, lws v0.10.0).

The server chooses the backend (``ModelServer(backend=ServerBackend.disaggregated_set(...))``); each pool
then runs as one role (``PoolWorkload.disaggregated_set_role(...)``, the default under this backend), an
LWS spec built from the same pod template the pool builds for a Deployment or a LeaderWorkerSet. The
controller runs every role of every slice as a LeaderWorkerSet ``<set>-<slice>-<revision>-<role>`` and
rolls both roles out together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import cdk8s

from ..app_index import CheckedConstruct
from ..errors import ModelServiceError, Problem, show
from ..manifests import check
from ..names import label_key_problem
from ..objects import PatchCheck, adopt, api_object, append_to
from .workload import (
    SUBGROUP_TOPOLOGY_ANNOTATION,
    DisaggregatedSetRoleWorkload,
    PoolWorkload,
)

if TYPE_CHECKING:
    from ..model_server import ModelServer
    from .base import ModelPool

EXCLUSIVE_TOPOLOGY_ANNOTATION = "leaderworkerset.sigs.k8s.io/exclusive-topology"
"""The LeaderWorkerSet group-level exclusive placement annotation (conflicts with a placement policy)."""
PLACEMENT_TYPES = ("None", "ExclusiveSlice", "ExclusiveTopology")
MAX_SLICES = 100
REVISION_LENGTH = 8
"""Characters of the revision hash in the names of the controller's LeaderWorkerSets."""
SERVICE_SUFFIX = "-prv"
"""What the controller appends to a LeaderWorkerSet's name for its headless Service."""
WORKER_SUFFIX = "-99"
"""The longest suffix of a LeaderWorkerSet's worker StatefulSets (``<lws>-<group>``) counted on: 100 groups."""
STATEFULSET_NAME_LIMIT = 52
"""The longest StatefulSet name whose pods' ``controller-revision-hash`` label (``<name>-<10-character
hash>``) fits in 63 characters."""


@dataclass(frozen=True)
class Placement:
    """Where the slices of a DisaggregatedSet run (``spec.placementPolicy``). Pick one with a factory:

    - :meth:`none`: no constraint (the controller's default);
    - :meth:`exclusive_slice`: the roles of one slice share a topology domain; slices go to different domains;
    - :meth:`exclusive_topology`: as ``exclusive_slice``, and a domain holds at most one slice of any
      DisaggregatedSet.

    :param type: ``None``, ``ExclusiveSlice`` or ``ExclusiveTopology``.
    :param topology: the node label whose value names a domain (``nvidia.com/gpu.clique`` for an NVLink
        domain, ``topology.kubernetes.io/zone``); required unless ``type`` is ``None``.
    """

    type: str = "None"
    topology: str | None = None

    def __post_init__(self) -> None:
        if self.type not in PLACEMENT_TYPES:
            raise ModelServiceError.at("Placement.type",
                                       f"{show(self.type)} is not one of {', '.join(PLACEMENT_TYPES)}")
        if self.type == "None":
            if self.topology is not None:
                raise ModelServiceError.at("Placement.topology", "a placement of type None takes no topology key")
            return
        if not self.topology:
            raise ModelServiceError.at("Placement.topology", f"placement {self.type} needs a topology key (a node "
                                                             "label such as topology.kubernetes.io/zone)")
        if problem := label_key_problem(self.topology, "Placement.topology"):
            raise ModelServiceError([problem])

    @staticmethod
    def none() -> Placement:
        """No placement constraint."""
        return Placement()

    @staticmethod
    def exclusive_slice(topology: str) -> Placement:
        """Each slice in one domain of ``topology``, different slices in different domains."""
        return Placement("ExclusiveSlice", topology)

    @staticmethod
    def exclusive_topology(topology: str) -> Placement:
        """As :meth:`exclusive_slice`, and no slice of another DisaggregatedSet in the same domain."""
        return Placement("ExclusiveTopology", topology)

    def manifest(self) -> dict[str, Any]:
        """The ``placementPolicy``."""
        body: dict[str, Any] = {"type": self.type}
        if self.topology:
            body["topology"] = self.topology
        return body


class ServerBackend:
    """How a :class:`ModelServer` runs its pools. Pick one with a factory:

    - :meth:`pools`: each pool runs its own workload (Deployment, LeaderWorkerSet, requester); the default;
    - :meth:`disaggregated_set`: the decode and prefill pools are the two roles of one DisaggregatedSet.
    """

    def default_workload(self) -> PoolWorkload:
        """The workload of a pool that does not choose one: a Deployment."""
        return PoolWorkload.deployment()

    def pool_problems(self, pool: ModelPool) -> list[Problem]:
        """What makes ``pool``'s workload unusable under this backend (none by default)."""
        if isinstance(pool.workload_kind, DisaggregatedSetRoleWorkload):
            return [Problem(f"{pool.prop_root}.workload", "a DisaggregatedSet role needs a server whose backend is "
                                                          "ServerBackend.disaggregated_set(...) (ModelServer.backend)")]
        return []

    def create(self, server: ModelServer) -> DisaggregatedSet | None:
        """The server-level object this backend needs (none by default)."""
        return None

    @staticmethod
    def pools() -> ServerBackend:
        """Each pool runs its own workload."""
        return ServerBackend()

    @staticmethod
    def disaggregated_set(*, slices: int = 1, placement: Placement | None = None) -> DisaggregatedSetBackend:
        """The decode and prefill pools as the roles of one DisaggregatedSet named after the server.

        :param slices: complete copies of the prefill + decode topology (1 to 100). Scaling slices keeps the
            prefill:decode ratio by construction; lws v0.10.0 accepts ``slices > 1`` only when no role is
            autoscaled (``scaling.mode: External``). Default: 1.
        :param placement: where slices run. Default: no constraint.
        """
        return DisaggregatedSetBackend(slices, placement or Placement.none())


class DisaggregatedSetBackend(ServerBackend):
    """The DisaggregatedSet backend; see :meth:`ServerBackend.disaggregated_set`."""

    def __init__(self, slices: int, placement: Placement) -> None:
        if isinstance(slices, bool) or not isinstance(slices, int) or not 1 <= slices <= MAX_SLICES:
            raise ModelServiceError.at("ModelServer.backend.slices",
                                       f"must be a whole number from 1 to {MAX_SLICES}, got {show(slices)}")
        if not isinstance(placement, Placement):
            raise ModelServiceError.at("ModelServer.backend.placement", f"must be a Placement, got {show(placement)}")
        self.slices = slices
        self.placement = placement

    def default_workload(self) -> PoolWorkload:
        """A role of the server's DisaggregatedSet."""
        return PoolWorkload.disaggregated_set_role()

    def pool_problems(self, pool: ModelPool) -> list[Problem]:
        """Every pool of the server must be a role of its DisaggregatedSet; an autoscaled role needs one slice; a
        placement policy excludes the LeaderWorkerSet exclusive-placement annotations."""
        if not isinstance(pool.workload_kind, DisaggregatedSetRoleWorkload):
            return [Problem(f"{pool.prop_root}.workload", f"the server runs its pools as one DisaggregatedSet "
                                                          f"(ModelServer.backend), so a {pool.workload_kind.kind} "
                                                          "cannot be used; leave workload unset or use "
                                                          "PoolWorkload.disaggregated_set_role(...)")]
        problems: list[Problem] = []
        if self.slices > 1 and pool.workload_kind.external(pool):
            problems.append(Problem(f"{pool.prop_root}.autoscaling", (
                f"an autoscaled role (replicas=None or autoscaling: scaling.mode External) cannot be combined with "
                f"{self.slices} slices (ModelServer.backend.slices); lws v0.10.0 accepts External roles with "
                "slices=1 only. Scale slices instead, or use slices=1")))
        if self.placement.type != "None":
            for key in (EXCLUSIVE_TOPOLOGY_ANNOTATION, SUBGROUP_TOPOLOGY_ANNOTATION):
                for prop, annotations in (("pod_annotations", pool.pod_annotations), ("annotations", pool.annotations)):
                    if key in annotations:
                        problems.append(Problem(f"{pool.prop_root}.{prop}", f"{key!r} cannot be combined with the "
                                                f"DisaggregatedSet placement {self.placement.type} "
                                                "(ModelServer.backend.placement); remove one"))
        return problems

    def create(self, server: ModelServer) -> DisaggregatedSet:
        """The server's DisaggregatedSet (child id ``DisaggregatedSet``)."""
        return DisaggregatedSet(server, "DisaggregatedSet", backend=self)


class DisaggregatedSet(CheckedConstruct):
    """The DisaggregatedSet of a :class:`ModelServer` whose backend is
    :meth:`ServerBackend.disaggregated_set`: created by the server (``server.disaggregated_set``), filled
    by its pools (one role each), checked at synth against the controller's rules (:meth:`problems`).

    The object is ``self.resource`` (child id ``Resource``), named after the server.
    """

    def __init__(self, server: ModelServer, id: str, *, backend: DisaggregatedSetBackend) -> None:
        super().__init__(server, id)
        adopt(self, server)
        from ..imports.io.x_k8s.disaggregatedset import DisaggregatedSet as Resource

        self.server = server
        self.name: str = server.name
        self.backend = backend
        self.pools: list[ModelPool] = []
        self.roles: list[dict[str, Any]] = []
        """The roles added (Kubernetes JSON), one per pool, in order."""
        self._check_name()
        spec: dict[str, Any] = {"slices": backend.slices}
        if backend.placement.type != "None":
            spec["placementPolicy"] = backend.placement.manifest()
        spec["roles"] = []
        metadata = server.object_metadata(self.name, server.pod_labels)
        self.resource: cdk8s.ApiObject = api_object(self, "Resource", Resource, {"metadata": metadata, "spec": spec},
                                                    "ModelServer.backend")

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the set once every pool has added its role (asked at synth): :meth:`problems`."""
        return [str(problem) for problem in self.problems()]

    def _check_name(self) -> None:
        lws = len(self.name) + len(f"-{self.backend.slices - 1}-") + REVISION_LENGTH + len("-prefill")
        limit = len(self.name) - max(lws + len(SERVICE_SUFFIX) - 63, lws + len(WORKER_SUFFIX) - STATEFULSET_NAME_LIMIT)
        if limit < len(self.name):
            raise ModelServiceError.at("ModelServer.name", (
                f"{self.name!r} is too long for the DisaggregatedSet backend: the controller names its "
                f"LeaderWorkerSets <name>-<slice>-<revision>-<role> and their headless Services "
                f"<lws>{SERVICE_SUFFIX} (at most 63 characters), and each group runs its workers in a StatefulSet "
                f"<lws>-<group> (at most {STATEFULSET_NAME_LIMIT}, with room for 100 groups, so that the pods' "
                f"controller-revision-hash label fits in 63); use at most {limit} characters"))

    def add_role(self, pool: ModelPool, role: dict[str, Any]) -> cdk8s.ApiObject:
        """Add ``pool``'s role (Kubernetes JSON, checked against the typed import) and return the object."""
        from ..imports.io.x_k8s.disaggregatedset import DisaggregatedSet as Resource

        if any(p.role == pool.role for p in self.pools):
            raise ModelServiceError.at(f"{pool.prop_root}", f"the DisaggregatedSet {self.name!r} already has a "
                                                            f"{pool.role} role; a server has one pool per role")
        converted = check(Resource, "spec.roles[]", role, f"{pool.prop_root}.workload")
        problems = self.replica_problems([*self.pools, pool])
        if problems:
            raise ModelServiceError(problems)
        self.pools.append(pool)
        self.roles.append(converted)
        append_to(self.resource, ("spec", "roles"), converted)
        return self.resource

    def rendered_roles(self) -> list[dict[str, Any]]:
        """The roles as the set renders them: those added, unless JSON patches were added to the set (then
        its rendered JSON is read)."""
        if PatchCheck.of(self).patched(self.resource):
            return list(self.resource.to_json().get("spec", {}).get("roles", []))
        return list(self.roles)

    def role_scaler_name(self, role: str) -> str:
        """The DisaggregatedSetRoleScaler the controller creates for an External role: ``<set>-<role>``."""
        return f"{self.name}-{role}"

    def problems(self) -> list[Problem]:
        """The controller's rules that need every role: at least two roles, and :meth:`replica_problems`."""
        problems: list[Problem] = []
        if len(self.pools) < 2:
            have = ", ".join(p.role for p in self.pools) or "none"
            problems.append(Problem("ModelServer.backend", f"a DisaggregatedSet needs at least two roles (a DecodePool "
                                                           f"and a PrefillPool); server {self.name!r} has: {have}"))
        return problems + self.replica_problems(self.pools)

    @staticmethod
    def replica_problems(pools: list[ModelPool]) -> list[Problem]:
        """The CRD's rule: the roles with fixed replicas (not External) all have 0 or all more than 0."""
        static = [p for p in pools if p.replicas is not None]
        if any(p.replicas == 0 for p in static) and any(p.replicas for p in static):
            counts = ", ".join(f"{p.prop_root}.replicas={p.replicas}" for p in static)
            return [Problem(f"{static[-1].prop_root}.replicas", (
                f"the roles of a DisaggregatedSet with fixed replicas must all have 0 or all more than 0 "
                f"(autoscaled roles excepted); got {counts}"))]
        return []
