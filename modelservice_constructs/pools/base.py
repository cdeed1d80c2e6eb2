"""ModelPool: the pods of one role (decode or prefill) of a ModelServer, base of DecodePool and PrefillPool.

The construct itself: its props and resolved defaults, its hook methods and the objects it creates. What the
hooks build by default is in :mod:`.pod`; the checks of its props and pod spec are in :mod:`.checks`.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import cdk8s
from constructs import Construct

from .. import containers as model_containers
from .. import plus
from ..accelerators import Accelerator, AcceleratorClaim
from ..app_index import AppIndex, CheckedConstruct
from ..autoscaler import PoolAutoscaler
from ..autoscaling import Autoscaling
from ..containers import ContainerContext, ModelContainer
from ..errors import ModelServiceError, ModelServiceWarning, Problem, show
from ..expert_parallel import ExpertParallel
from ..kubernetes import Container, Json, PodResourceClaim, Volume
from ..labels import ROLE_LABEL
from ..monitoring import PodMonitoring
from ..objects import adopt, api_object
from ..parallelism import Parallelism
from ..profile import Profile
from ..props import Unset, checked
from ..routing import RoutingSidecar
from . import checks, pod
from .placement import NodeAffinity
from .pod_options import PodOptions
from .workload import PoolWorkload, RequesterWorkload, WorkloadObject

if TYPE_CHECKING:
    from cdk8s_plus_28 import Pods

    from ..model_server import ModelServer

WARNING_ANNOTATION = "llm-d.ai/accelerator-warning"


DEFAULT_REPLICAS = 1
"""The replicas of a pool that does not say."""


@checked
class ModelPool(CheckedConstruct):
    """Pods of one role (decode or prefill) of a :class:`ModelServer`; base of the two pools.

    The object that runs the pods is chosen by ``workload`` (a Deployment by default) and exposed as
    ``self.workload`` (child id ``Resource``).

    Hook methods a subclass may override, each returning Kubernetes JSON: :meth:`build_containers`,
    :meth:`build_init_containers`, :meth:`build_volumes`, :meth:`build_pod_spec` and
    :meth:`build_pod_metadata`; :meth:`check_pod_spec` checks what they built. They run inside the constructor.

    :param containers: the model containers (at least one).
    :param workload: the object running the pods. Default: ``PoolWorkload.deployment()``, or a role of the
        server's DisaggregatedSet under ``ServerBackend.disaggregated_set(...)``.
    :param replicas: replicas (groups of workers for a LeaderWorkerSet or a DisaggregatedSet role); None
        leaves them to an autoscaler (no ``replicas`` field; ``scaling.mode: External`` for a role). Ignored,
        with a warning, when ``autoscaling`` is given. Default: 1.
    :param autoscaling: an autoscaler for this pool (``Autoscaling.hpa(...)`` / ``Autoscaling.keda(...)``,
        exposed as ``autoscaler``); the pool then renders no replica count. Default: none.
    :param parallelism: Default: ``Parallelism()`` (everything 1).
    :param accelerator: Default: the server's.
    :param dra: claim accelerators through DRA (a ResourceClaimTemplate per role) instead of
        device-plugin limits. Default: the server's.
    :param accelerator_claim: an explicit DRA claim to use (implies ``dra``). Default: created when ``dra``.
    :param annotations: workload annotations. Default: none.
    :param pod_annotations: pod annotations. Default: none.
    :param pod: the pod spec fields that pass through as given (node selector, tolerations, node affinity,
        scheduler, priority class, image pull secrets, pod security context, host namespaces, service links,
        termination grace period; see :class:`PodOptions`). Default: ``PodOptions()`` (none set; the
        server's scheduler).
    :param init_containers: more init containers (after the routing sidecar). Default: none.
    :param volumes: pod volumes (the model volume is added). Default: none.
    :param resource_claims: more pod resource claims (after the accelerator claim). Default: none.
    :param expert_parallel: vLLM spreads the model's experts over the pool's ranks (tensor x data parallel), with
        DeepEP's kernels and NVSHMEM (``ExpertParallel.low_latency()`` for decode, ``high_throughput()`` for
        prefill). Default: none.
    :param monitoring: a PodMonitor for this pool. Default: none.
    :param extra_config: other pod spec fields, as Kubernetes JSON. Default: none.
    :param profile: security, probes, disruption budget and default requests of the pods (see
        :class:`Profile`); ``pod.pod_security_context`` and each container's fields win over it.
        Default: the server's.

    Kubernetes fields (tolerations, volumes, security contexts...) take JSON or the generated typed structs.
    """

    role: str = ""
    """``decode`` or ``prefill``: the ``llm-d.ai/role`` label of the pods."""
    prop_root: str = "ModelPool"
    """The class name errors of this pool's props start with (``DecodePool.replicas``)."""

    def __init__(
        self,
        scope: ModelServer,
        id: str,
        *,
        containers: Sequence[ModelContainer],
        workload: PoolWorkload | None = None,
        replicas: int | Unset | None = Unset.UNSET,
        parallelism: Parallelism | None = None,
        accelerator: Accelerator | None = None,
        dra: bool | None = None,
        accelerator_claim: AcceleratorClaim | None = None,
        annotations: Mapping[str, str] | None = None,
        pod_annotations: Mapping[str, str] | None = None,
        pod: PodOptions | None = None,
        init_containers: Sequence[Container] = (),
        volumes: Sequence[Volume] = (),
        resource_claims: Sequence[PodResourceClaim] = (),
        monitoring: PodMonitoring | None = None,
        expert_parallel: ExpertParallel | None = None,
        extra_config: Json | None = None,
        autoscaling: Autoscaling | None = None,
        profile: Profile | None = None,
    ) -> None:
        if not isinstance(scope, Construct) or not AppIndex.of(scope).is_server(scope):
            raise ModelServiceError.at(self.prop_root, f"a pool's scope must be a ModelServer, got {show(scope)}")
        super().__init__(scope, id)
        adopt(self, scope)
        if not containers:
            raise ModelServiceError.at(f"{self.prop_root}.containers", "a pool needs at least one container")
        self.server = scope
        self.name: str = f"{scope.name}-{self.role}"
        self.containers: tuple[ModelContainer, ...] = tuple(containers)
        self.workload_kind: PoolWorkload = workload or scope.backend.default_workload()
        self.autoscaling = autoscaling
        if autoscaling is not None and replicas is not None and replicas is not Unset.UNSET:
            warnings.warn(f"{self.prop_root}.replicas: {show(replicas)} is ignored: the autoscaler owns the replica "
                          f"count ({autoscaling.min_replicas} to {autoscaling.max_replicas})",
                          ModelServiceWarning, stacklevel=2)
        given = DEFAULT_REPLICAS if replicas is Unset.UNSET else replicas
        self.requested_replicas: int | None = given
        """The ``replicas`` prop as given, else the default (checked even when an autoscaler owns the count)."""
        self.replicas: int | None = None if autoscaling is not None else given
        self.parallelism: Parallelism = parallelism or Parallelism()
        self.accelerator: Accelerator = accelerator or scope.accelerator
        self.annotations: dict[str, str] = dict(annotations or {})
        self.pod_annotations: dict[str, str] = dict(pod_annotations or {})
        self.pod: PodOptions = pod if pod is not None else PodOptions()
        self.init_containers = [dict(c) for c in init_containers]
        self.volumes = [dict(v) for v in volumes]
        self.extra_resource_claims = [dict(c) for c in resource_claims]
        self.monitoring = monitoring
        self.expert_parallel = expert_parallel
        self.extra_config: dict[str, Any] = dict(extra_config or {})
        self.profile: Profile = profile or scope.profile
        use_dra = accelerator_claim is not None or (scope.dra if dra is None else dra)
        self.accelerator_claim: AcceleratorClaim | None = accelerator_claim
        self._check_props(use_dra, accelerator_claim)
        if use_dra and accelerator_claim is None:
            self.accelerator_claim = self._create_accelerator_claim()
        self.workload: WorkloadObject = self._create_workload()
        self.autoscaler: PoolAutoscaler | None = self._create_autoscaler()
        self.disruption_budget: cdk8s.ApiObject | None = self._create_disruption_budget()
        self.pod_monitor: cdk8s.ApiObject | None = self._create_pod_monitor()
        self._index = AppIndex.of(scope)
        self._index.add_pool(self)

    # -- checks ---------------------------------------------------------------------------------

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the pool in its App (asked at synth, again when the App changed): pods of another
        model's pools that the selector of its workload (and PodDisruptionBudget) matches in its namespace."""
        self._index.refresh(signature)
        return self.selector_problems()

    def selector_problems(self) -> list[str]:
        """Pods of another model's pools that the selector of the pool's workload (and PodDisruptionBudget)
        matches in its namespace (empty when there are none)."""
        selector = self._index.pod_labels(self)
        others = [f"{other.name} (ModelServer {other.server.name!r})"
                  for other in self._index.other_models_pools(selector, self.server.namespace, self.server)]
        if not others:
            return []
        named = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        return [f"{self.prop_root} selector: {show(selector)} (the model labels and role) is also on the pods of "
                f"{named}: the workloads and disruption budgets of the models would act on each other's pods; give "
                "each model distinct labels (e.g. llm-d.ai/model) in ModelArtifacts(labels=...)"]

    def _check_props(self, use_dra: bool, claim: AcceleratorClaim | None) -> None:
        self.report(checks.prop_problems(self, use_dra, claim))

    def report(self, problems: list[Problem]) -> None:
        """Raise the problems found by the pool's checks, if any (a subclass may report some otherwise)."""
        if problems:
            raise ModelServiceError(problems)

    def check_pod_spec(self, spec: dict[str, Any]) -> None:
        """Cross-checks of a built pod spec: mounts name volumes of the pod; the PodMonitor's port is a
        named container port; no two containers declare one port. Subclasses that change the pod spec are
        checked too."""
        self.report(self.pod_spec_problems(spec))

    def pod_spec_problems(self, spec: dict[str, Any]) -> list[Problem]:
        """The problems :meth:`check_pod_spec` raises (see :func:`checks.pod_spec_problems`), and the flags the
        components of the server's llm-d release would refuse (:meth:`release_problems`)."""
        return checks.pod_spec_problems(self, spec) + self.release_problems(spec)

    def release_problems(self, spec: dict[str, Any]) -> list[Problem]:
        """Flags of the routing sidecar and of ``vllm serve`` containers in the built pod spec that the
        server's llm-d release does not accept (see :func:`checks.release_problems`)."""
        return checks.release_problems(self, spec)

    # -- derived values -------------------------------------------------------------------------

    @property
    def selector_labels(self) -> dict[str, str]:
        """Labels of this pool's pods: the server's pod labels (``ModelServer.pod_labels``) plus ``llm-d.ai/role``."""
        return {**self.server.pod_labels, ROLE_LABEL: self.role}

    @property
    def vllm_port(self) -> int:
        """The port vLLM listens on in this pool."""
        return self.server.service_port

    def pods(self) -> Pods:
        """A cdk8s-plus-28 ``Pods`` selector of the pool's pods (its :attr:`selector_labels`, in the server's
        namespace), for cdk8s-plus Services and NetworkPolicies (child id ``Pods``; imports cdk8s-plus-28)."""
        return plus.pods(self, self.selector_labels, self.server.namespace)

    @property
    def routing_sidecar(self) -> RoutingSidecar | None:
        """The routing sidecar in front of vLLM in this pool's pods (decode pools of a server with one); None."""
        return None

    @property
    def dra(self) -> bool:
        """Whether accelerators are claimed through DRA."""
        return self.accelerator_claim is not None

    # -- the pod options (``pod``), as the hooks and checks read them ------------------------------------

    @property
    def node_selector(self) -> dict[str, str]:
        """The pod ``nodeSelector`` (``pod.node_selector``; empty when none)."""
        return dict(self.pod.node_selector or {})

    @property
    def tolerations(self) -> list[dict[str, Any]]:
        """The pod ``tolerations`` (``pod.tolerations``)."""
        return [dict(t) for t in self.pod.tolerations]

    @property
    def node_affinity(self) -> NodeAffinity | None:
        """The required node affinity of the pods (``pod.node_affinity``); None."""
        return self.pod.node_affinity

    @property
    def scheduler_name(self) -> str | None:
        """The pods' scheduler: ``pod.scheduler_name``, else the server's; None leaves it to Kubernetes."""
        return self.pod.scheduler_name or self.server.scheduler_name

    @property
    def priority_class_name(self) -> str | None:
        """The pods' ``priorityClassName`` (``pod.priority_class_name``); None."""
        return self.pod.priority_class_name

    @property
    def image_pull_secrets(self) -> list[dict[str, Any]]:
        """The pod ``imagePullSecrets`` (``pod.image_pull_secrets``)."""
        return [dict(s) for s in self.pod.image_pull_secrets]

    @property
    def pod_security_context(self) -> dict[str, Any] | None:
        """The pod ``securityContext`` given (``pod.pod_security_context``), before the profile's; None."""
        context = self.pod.pod_security_context
        return None if context is None else dict(context)

    @property
    def host_ipc(self) -> bool | None:
        """The pod ``hostIPC`` (``pod.host_ipc``); None when not set."""
        return self.pod.host_ipc

    @property
    def host_pid(self) -> bool | None:
        """The pod ``hostPID`` (``pod.host_pid``); None when not set."""
        return self.pod.host_pid

    @property
    def enable_service_links(self) -> bool | None:
        """The pod ``enableServiceLinks`` (``pod.enable_service_links``); None when not set."""
        return self.pod.enable_service_links

    @property
    def termination_grace_period_seconds(self) -> int | None:
        """The pod ``terminationGracePeriodSeconds`` (``pod.termination_grace_period_seconds``); None when not
        set."""
        return self.pod.termination_grace_period_seconds

    @property
    def resource_claims(self) -> list[dict[str, Any]]:
        """The pod ``resourceClaims``: the accelerator claim, then the extra ones."""
        claims = self.accelerator_claim.pod_claims() if self.accelerator_claim else []
        return claims + self.extra_resource_claims

    def forms_pod_group(self) -> bool:
        """Whether vLLM runs as one group across the pods of a LeaderWorkerSet group (the leader's address, ranks,
        headless workers): when the workload groups pods and data-parallel ranks or one tensor/pipeline-parallel
        model span them."""
        return self.workload_kind.groups_pods and (self.parallelism.spans_pods or self.parallelism.model_spans_pods)

    def accelerator_warning(self) -> str | None:
        """The chart's mismatch note when the first container sets its accelerator count itself."""
        first = self.containers[0]
        resource = model_containers.accelerator_resource(first, self.accelerator)
        computed = self.parallelism.accelerators_per_worker
        if not resource or computed < 1 or resource not in first.limits:
            return None
        given = int(first.limits[resource])
        if given == computed:
            return None
        return (f"Accelerator mismatch: {resource} is set to {given} but parallelism calculates "
                f"{computed}. Using {given}.")

    # -- pod (hook methods; their defaults are the functions of pod.py) -----------------------------

    def container_context(self) -> ContainerContext:
        """What the model containers are rendered with (see :func:`pod.container_context`)."""
        return pod.container_context(self)

    def container_contexts(self) -> list[ContainerContext]:
        """The context of each container: :meth:`container_context`, with the KV connector for the first
        container that serves the model only (one side channel per pod)."""
        return pod.container_contexts(self)

    def build_containers(self) -> list[dict[str, Any]]:
        """The pod's containers as Kubernetes JSON. The KV connector runs in the first container that
        serves the model (one side channel per pod)."""
        return pod.build_containers(self)

    def build_init_containers(self) -> list[dict[str, Any]]:
        """The pod's init containers (the user's; decode puts the routing sidecar first)."""
        return list(self.init_containers)

    @property
    def has_shm(self) -> bool:
        """Whether the pod gets the memory-backed ``/dev/shm`` of the profile (see :func:`pod.has_shm`)."""
        return pod.has_shm(self)

    def profile_volumes(self) -> list[dict[str, Any]]:
        """The volumes of the profile: the writable cache emptyDir, the memory-backed ``/dev/shm`` (sized
        ``PodSecurity.shm_size``, else 1Gi per accelerator of the pod), the token file (see
        :func:`pod.profile_volumes`)."""
        return pod.profile_volumes(self)

    def build_volumes(self) -> list[dict[str, Any]]:
        """The pod's volumes: the user's, then the model volume if a container mounts it, then the
        profile's (:meth:`profile_volumes`)."""
        return pod.build_volumes(self)

    def build_worker_template(self, template: dict[str, Any]) -> dict[str, Any]:
        """The pod template of the workers of a data-parallel group spanning pods, from the leader's: vLLM runs
        headless there and serves no requests, so they carry ``llm-d.ai/inference-serving: "false"`` (no
        InferencePool selects them) and no routing sidecar (see :func:`pod.worker_template`)."""
        return pod.worker_template(self, template)

    def build_pod_metadata(self) -> dict[str, Any]:
        """Pod template metadata: labels and annotations."""
        return pod.build_pod_metadata(self)

    def build_pod_spec(self) -> dict[str, Any]:
        """The pod spec as Kubernetes JSON (see :func:`pod.build_pod_spec`)."""
        return pod.build_pod_spec(self)

    # -- workload -----------------------------------------------------------------------------------

    def accelerator_claim_name(self) -> str:
        """Name of the ResourceClaimTemplate the pool creates under DRA: the server's name, then
        :meth:`AcceleratorClaim.default_name` (``llama-nvidia-claim-template-decode``)."""
        return f"{self.server.name}-{AcceleratorClaim.default_name(self.accelerator, self.role)}"

    def workload_metadata(self) -> dict[str, Any]:
        """Name, labels, annotations and namespace of the workload."""
        annotations = dict(self.annotations)
        warning = self.accelerator_warning()
        if warning:
            annotations[WARNING_ANNOTATION] = warning
        metadata: dict[str, Any] = self.server.object_metadata(self.name)
        if annotations:
            metadata["annotations"] = annotations
        return metadata

    # -- the objects the pool creates, in the constructor's order ------------------------------------

    def _create_accelerator_claim(self) -> AcceleratorClaim:
        """The pool's own DRA claim (child id ``AcceleratorClaim``), named :meth:`accelerator_claim_name`;
        its errors are named ``<pool>.accelerator_claim``."""
        config = self.accelerator.device_claim
        # the claim takes an explicit count from the accelerator's DRA configuration itself
        count = None if config and config.count else self.parallelism.accelerators_per_worker
        try:
            return AcceleratorClaim(
                self, "AcceleratorClaim", accelerator=self.accelerator, role=self.role, count=count,
                name=self.accelerator_claim_name(), labels=self.server.provenance_labels,
                namespace=self.server.object_namespace)
        except ModelServiceError as err:
            raise err.rebased("AcceleratorClaim", f"{self.prop_root}.accelerator_claim") from None

    def _create_workload(self) -> WorkloadObject:
        """The object ``workload_kind`` creates to run the pod template the hook methods build, once
        :meth:`check_pod_spec` passes; errors of its fields are named by the pool's props (:func:`pod.name_props`)."""
        try:
            template = {"metadata": self.build_pod_metadata(), "spec": pod.harden(self, self.build_pod_spec())}
            self.report(checks.pod_label_problems(self, template["metadata"]))
            self.check_pod_spec(template["spec"])
            return self.workload_kind.create(self, template)
        except ModelServiceError as err:
            raise pod.name_props(err, self.prop_root) from None

    def _create_autoscaler(self) -> PoolAutoscaler | None:
        """The autoscaler of ``autoscaling`` (child id ``Autoscaler``); none without it."""
        if self.autoscaling is None:
            return None
        return PoolAutoscaler(self, "Autoscaler", autoscaling=self.autoscaling)

    def _create_disruption_budget(self) -> cdk8s.ApiObject | None:
        """The profile's PodDisruptionBudget (child id ``DisruptionBudget``) when it applies to the pool's
        replicas; none for requester pods."""
        budget = self.profile.disruption_budget
        if not budget.applies(self.replicas) or isinstance(self.workload_kind, RequesterWorkload):
            return None
        return budget.create(self, self.server.object_metadata(self.name), self.selector_labels,
                             f"{self.prop_root}.profile.disruption_budget")

    def _create_pod_monitor(self) -> cdk8s.ApiObject | None:
        """The PodMonitor of ``monitoring`` (child id ``PodMonitor``); none without it."""
        monitoring = self.monitoring
        if monitoring is None:
            return None
        from ..imports.com.coreos.monitoring import PodMonitor

        server = self.server
        return api_object(self, "PodMonitor", PodMonitor, monitoring.manifest(
            f"{self.name}-podmonitor", server.namespace, self.role, server.provenance_labels,
            self.selector_labels), f"{self.prop_root}.monitoring")
