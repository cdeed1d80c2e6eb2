"""DecodePool and PrefillPool: the model pods of one role, as a Deployment or a LeaderWorkerSet."""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import cdk8s
import yaml
from constructs import Construct

from . import containers as model_containers
from .accelerators import Accelerator, AcceleratorClaim
from .containers import ContainerContext, ModelContainer
from .errors import ModelServiceError, ModelServiceWarning, Problem, show
from .manifests import api_object
from .monitoring import PodMonitoring
from .names import label_key_problem, label_problems
from .parallelism import Parallelism
from .requester import Requester
from .routing import CONTAINER_NAME as ROUTING_CONTAINER

if TYPE_CHECKING:
    from .model_server import ModelServer

ROLE_LABEL = "llm-d.ai/role"
WARNING_ANNOTATION = "llm-d.ai/accelerator-warning"
SUBGROUP_TOPOLOGY_ANNOTATION = "leaderworkerset.sigs.k8s.io/subgroup-exclusive-topology"


@dataclass(frozen=True)
class NodeAffinity:
    """Required node affinity: nodes whose ``label_key`` is one of ``label_values``.

    :param label_key: node label, e.g. ``nvidia.com/gpu.product``.
    :param label_values: accepted values. Default: none (the operator ``In`` with no values).
    """

    label_key: str
    label_values: Sequence[str] = ()

    def __post_init__(self) -> None:
        if problem := label_key_problem(self.label_key, "acceleratorTypes.labelKey"):
            raise ModelServiceError([problem])
        if not self.label_values or not all(isinstance(v, str) and v for v in self.label_values):
            raise ModelServiceError.at(
                "acceleratorTypes.labelValues",
                f"node affinity on {self.label_key!r} needs at least one label value (operator In), "
                f"got {show(list(self.label_values))}")

    def manifest(self) -> dict[str, Any]:
        """The pod ``affinity``."""
        expression: dict[str, Any] = {"key": self.label_key, "operator": "In"}
        if self.label_values:
            expression["values"] = list(self.label_values)
        return {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": [expression]}]}}}


class ModelPool(Construct):
    """Pods of one role (decode or prefill) of a :class:`ModelServer`; base of the two pools.

    The workload is a Deployment, or a LeaderWorkerSet of ``parallelism.worker_count`` pods per
    replica when ``multinode``. Its primary object is ``self.workload`` (child id ``Resource``).

    Hook methods a subclass may override, each returning Kubernetes JSON: :meth:`build_containers`,
    :meth:`build_init_containers`, :meth:`build_volumes`, :meth:`build_pod_spec` and
    :meth:`build_pod_metadata`. They run inside the constructor.

    :param containers: the model containers (at least one).
    :param replicas: replicas (groups of workers when multinode). Default: 1.
    :param parallelism: Default: ``Parallelism()`` (everything 1).
    :param accelerator: Default: the server's.
    :param dra: claim accelerators through DRA (a ResourceClaimTemplate per role) instead of
        device-plugin limits. Default: the server's.
    :param accelerator_claim: an explicit DRA claim to use (implies ``dra``). Default: created when ``dra``.
    :param multinode: a LeaderWorkerSet instead of a Deployment. Default: False.
    :param autoscaling: replicas are managed by an autoscaler: a LeaderWorkerSet then has no ``replicas``
        (a Deployment keeps them, as the chart renders it). Default: False.
    :param strategy: Deployment strategy. Default: Kubernetes'.
    :param annotations: workload annotations. Default: none.
    :param pod_annotations: pod annotations. Default: none.
    :param node_selector: Default: none.
    :param tolerations: Default: none.
    :param node_affinity: Default: none.
    :param scheduler_name: Default: the server's, else Kubernetes'.
    :param priority_class_name: Default: none (``none`` in any case also means none).
    :param image_pull_secrets: Default: none.
    :param pod_security_context: Default: none.
    :param host_ipc: Default: not set.
    :param host_pid: Default: not set.
    :param enable_service_links: Default: not set.
    :param termination_grace_period_seconds: Default: not set.
    :param init_containers: more init containers (after the routing sidecar). Default: none.
    :param volumes: pod volumes (the model volume is added). Default: none.
    :param resource_claims: more pod resource claims (after the accelerator claim). Default: none.
    :param monitoring: a PodMonitor for this pool. Default: none.
    :param sub_group_policy: LeaderWorkerSet subGroupPolicy. Default: none.
    :param sub_group_exclusive_topology: one subgroup per host. Default: False.
    :param extra_config: other pod spec fields, as Kubernetes JSON. Default: none.
    """

    role: str = ""

    def __init__(
        self,
        scope: ModelServer,
        id: str,
        *,
        containers: Sequence[ModelContainer],
        replicas: int = 1,
        parallelism: Parallelism | None = None,
        accelerator: Accelerator | None = None,
        dra: bool | None = None,
        accelerator_claim: AcceleratorClaim | None = None,
        multinode: bool = False,
        autoscaling: bool = False,
        strategy: Mapping[str, Any] | None = None,
        annotations: Mapping[str, str] | None = None,
        pod_annotations: Mapping[str, str] | None = None,
        node_selector: Mapping[str, str] | None = None,
        tolerations: Sequence[Mapping[str, Any]] = (),
        node_affinity: NodeAffinity | None = None,
        scheduler_name: str | None = None,
        priority_class_name: str | None = None,
        image_pull_secrets: Sequence[Mapping[str, Any]] = (),
        pod_security_context: Mapping[str, Any] | None = None,
        host_ipc: bool | None = None,
        host_pid: bool | None = None,
        enable_service_links: bool | None = None,
        termination_grace_period_seconds: int | None = None,
        init_containers: Sequence[Mapping[str, Any]] = (),
        volumes: Sequence[Mapping[str, Any]] = (),
        resource_claims: Sequence[Mapping[str, Any]] = (),
        monitoring: PodMonitoring | None = None,
        sub_group_policy: Mapping[str, Any] | None = None,
        sub_group_exclusive_topology: bool = False,
        extra_config: Mapping[str, Any] | None = None,
    ) -> None:
        from .model_server import ModelServer

        if not isinstance(scope, ModelServer):
            raise ModelServiceError.at(f"{self.role}", f"a pool's scope must be a ModelServer, got {show(scope)}")
        super().__init__(scope, id)
        if not containers:
            raise ModelServiceError.at(f"{self.role}.containers", "a pool needs at least one container")
        self.server = scope
        self.name: str = f"{scope.name}-{self.role}"
        self.containers: tuple[ModelContainer, ...] = tuple(containers)
        self.replicas = replicas
        self.parallelism: Parallelism = parallelism or Parallelism()
        self.accelerator: Accelerator = accelerator or scope.accelerator
        self.multinode = multinode
        self.autoscaling = autoscaling
        self.strategy = strategy
        self.annotations: dict[str, str] = dict(annotations or {})
        self.pod_annotations: dict[str, str] = dict(pod_annotations or {})
        self.node_selector = dict(node_selector or {})
        self.tolerations = [dict(t) for t in tolerations]
        self.node_affinity = node_affinity
        self.scheduler_name = scheduler_name or scope.scheduler_name
        self.priority_class_name = priority_class_name
        self.image_pull_secrets = [dict(s) for s in image_pull_secrets]
        self.pod_security_context = pod_security_context
        self.host_ipc = host_ipc
        self.host_pid = host_pid
        self.enable_service_links = enable_service_links
        self.termination_grace_period_seconds = termination_grace_period_seconds
        self.init_containers = [dict(c) for c in init_containers]
        self.volumes = [dict(v) for v in volumes]
        self.extra_resource_claims = [dict(c) for c in resource_claims]
        self.monitoring = monitoring
        self.sub_group_policy = sub_group_policy
        self.sub_group_exclusive_topology = sub_group_exclusive_topology
        self.extra_config: dict[str, Any] = dict(extra_config or {})
        use_dra = accelerator_claim is not None or (scope.dra if dra is None else dra)
        self._check_props(use_dra)
        if use_dra and accelerator_claim is None:
            config = self.accelerator.device_claim
            # the claim takes an explicit count from the accelerator's DRA configuration itself
            count = None if config and config.count else self.parallelism.accelerators_per_worker
            accelerator_claim = AcceleratorClaim(self, "AcceleratorClaim", accelerator=self.accelerator,
                                                 role=self.role, count=count, labels=scope.provenance_labels)
        self.accelerator_claim: AcceleratorClaim | None = accelerator_claim
        try:
            self.workload: cdk8s.ApiObject = self._create_workload()
        except ModelServiceError as err:
            raise self._name_props(err) from None
        self.pod_monitor: cdk8s.ApiObject | None = None
        if monitoring is not None:
            from .imports.com.coreos.monitoring import PodMonitor

            self.pod_monitor = api_object(self, "PodMonitor", PodMonitor, monitoring.manifest(
                f"{self.name}-podmonitor", scope.namespace, self.role, scope.provenance_labels,
                self.selector_labels), f"{self.role}.monitoring.podmonitor")

    # -- checks ---------------------------------------------------------------------------------

    _POD_FIELDS: ClassVar[dict[str, str]] = {
        "containers": "containers", "initContainers": "initContainers", "volumes": "volumes",
        "tolerations": "tolerations", "nodeSelector": "nodeSelector", "affinity": "acceleratorTypes",
        "imagePullSecrets": "imagePullSecrets", "securityContext": "podSecurityContext",
        "resourceClaims": "resourceClaims"}

    def _name_props(self, err: ModelServiceError) -> ModelServiceError:
        """Errors of the workload's fields named by the pool's props (other pod fields come from extra_config)."""
        role = self.role
        err = err.rebased("parallelism", f"{role}.parallelism")
        err = err.rebased(f"{role}.spec.leaderWorkerTemplate.subGroupPolicy", f"{role}.subGroupPolicy")
        err = err.rebased(f"{role}.spec.strategy", f"{role}.strategy")
        for pod in (f"{role}.spec.leaderWorkerTemplate.workerTemplate.spec.", f"{role}.spec.template.spec."):
            for field, prop in self._POD_FIELDS.items():
                err = err.rebased(pod + field, f"{role}.{prop}")
            err = err.rebased(pod, f"{role}.extraConfig.")
        return err

    def _check_props(self, use_dra: bool) -> None:
        role = self.role
        problems: list[Problem] = []
        if isinstance(self.replicas, bool) or not isinstance(self.replicas, int) or self.replicas < 0:
            problems.append(Problem(f"{role}.replicas", f"must be a whole number >= 0, got {show(self.replicas)}"))
        problems += label_problems({k: "" for k in self.annotations}, f"{role}.annotations")
        problems += label_problems({k: "" for k in self.pod_annotations}, f"{role}.podAnnotations")
        problems += label_problems(self.node_selector, f"{role}.nodeSelector")
        resource = self.accelerator.resource
        for i, container in enumerate(self.containers):
            for kind, amounts in (("limits", container.limits), ("requests", container.requests)):
                count = amounts.get(resource) if resource else None
                if count is None:
                    continue
                where = f"{role}.containers[{i}].resources.{kind}.{resource}"
                if not re.fullmatch(r"\d+", str(count)):
                    problems.append(Problem(where, f"accelerators are whole devices, got {show(count)}"))
                if use_dra:
                    problems.append(Problem(where, f"device-plugin accelerator {kind} cannot be used with DRA (the "
                                            "pod claims its accelerators through a ResourceClaimTemplate); "
                                            f"remove {resource!r}"))
        names = [str(c.get("name")) for c in self.init_containers] + [c.name for c in self.containers]
        if self.role == "decode" and self.server.routing_sidecar is not None:
            names.append(ROUTING_CONTAINER)
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            model_names = [c.name for c in self.containers]
            where = "containers" if any(model_names.count(n) > 1 for n in repeated) else "initContainers"
            problems.append(Problem(f"{role}.{where}", "container names must be unique in a pod (init containers "
                                    f"and the routing sidecar included); {', '.join(repeated)} repeats"))
        if problems:
            raise ModelServiceError(problems)

    def check_pod_spec(self, spec: dict[str, Any]) -> None:
        """Cross-checks of a built pod spec: mounts name volumes of the pod; the PodMonitor's port is a
        named container port. Subclasses that change the pod spec are checked too."""
        role = self.role
        problems: list[Problem] = []
        volumes = {v.get("name") for v in spec.get("volumes", [])}
        containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
        places = [f"{role}.initContainers[{i}]" for i, _ in enumerate(spec.get("initContainers", []))]
        places += [f"{role}.containers[{i}]" for i, _ in enumerate(spec.get("containers", []))]
        for container, place in zip(containers, places, strict=True):
            for j, mount in enumerate(container.get("volumeMounts", []) or []):
                if mount.get("name") not in volumes:
                    problems.append(Problem(
                        f"{place}.volumeMounts[{j}].name",
                        f"mounts volume {mount.get('name')!r}, which the pod does not have; "
                        f"volumes: {', '.join(sorted(str(v) for v in volumes)) or 'none'}"))
        if self.monitoring is not None:
            ports = {str(p.get("name")) for c in containers for p in c.get("ports", []) or [] if p.get("name")}
            if str(self.monitoring.port_name) not in ports:
                problem = Problem(
                    f"{role}.monitoring.podmonitor.portName",
                    f"{self.monitoring.port_name!r} is not a named port of the pod's containers "
                    f"(named ports: {', '.join(sorted(ports)) or 'none'}); name the metrics port in ports")
                if self.server.chart_compatible:
                    warnings.warn(str(problem), ModelServiceWarning, stacklevel=2)
                else:
                    problems.append(problem)
        if problems:
            raise ModelServiceError(problems)

    # -- derived values -------------------------------------------------------------------------

    @property
    def selector_labels(self) -> dict[str, str]:
        """Labels of this pool's pods: the model labels plus ``llm-d.ai/role``."""
        return {**self.server.model.labels, ROLE_LABEL: self.role}

    @property
    def vllm_port(self) -> int:
        """The port vLLM listens on in this pool."""
        return self.server.service_port

    @property
    def dra(self) -> bool:
        """Whether accelerators are claimed through DRA."""
        return self.accelerator_claim is not None

    @property
    def resource_claims(self) -> list[dict[str, Any]]:
        """The pod ``resourceClaims``: the accelerator claim, then the extra ones."""
        claims = [self.accelerator_claim.pod_claim()] if self.accelerator_claim else []
        return claims + self.extra_resource_claims

    def container_context(self) -> ContainerContext:
        """What the model containers are rendered with."""
        tracing = self.server.tracing
        service = ""
        if tracing is not None:
            service = tracing.decode_service_name if self.role == "decode" else tracing.prefill_service_name
        return ContainerContext(role=self.role, port=self.vllm_port, model=self.server.model,
                                parallelism=self.parallelism, accelerator=self.accelerator, dra=self.dra,
                                claim_names=[c["name"] for c in self.resource_claims],
                                tracing=tracing, tracing_service_name=service)

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

    # -- hooks ------------------------------------------------------------------------------------

    def build_containers(self) -> list[dict[str, Any]]:
        """The pod's containers as Kubernetes JSON."""
        ctx = self.container_context()
        return [model_containers.render(c, ctx, f"{self.role}.containers[{i}]") for i, c in enumerate(self.containers)]

    def build_init_containers(self) -> list[dict[str, Any]]:
        """The pod's init containers (the user's; decode puts the routing sidecar first)."""
        return list(self.init_containers)

    def build_volumes(self) -> list[dict[str, Any]]:
        """The pod's volumes: the user's, then the model volume if a container mounts it."""
        volumes = list(self.volumes)
        if any(c.mount_model_volume for c in self.containers):
            volumes.append(self.server.model.volume())
        return volumes

    def build_pod_metadata(self) -> dict[str, Any]:
        """Pod template metadata: labels and annotations."""
        annotations = {}
        if self.multinode and self.sub_group_exclusive_topology:
            annotations[SUBGROUP_TOPOLOGY_ANNOTATION] = "kubernetes.io/hostname"
        annotations.update(self.pod_annotations)
        metadata: dict[str, Any] = {"labels": self.selector_labels}
        if annotations:
            metadata["annotations"] = annotations
        return metadata

    def build_pod_spec(self) -> dict[str, Any]:
        """The pod spec as Kubernetes JSON."""
        spec: dict[str, Any] = {}
        init_containers = self.build_init_containers()
        optional: dict[str, Any] = {
            "initContainers": init_containers or None,
            "hostIPC": self.host_ipc,
            "hostPID": self.host_pid,
            "enableServiceLinks": self.enable_service_links,
            "terminationGracePeriodSeconds": self.termination_grace_period_seconds,
            "imagePullSecrets": self.image_pull_secrets or None,
            "schedulerName": self.scheduler_name or None,
            "priorityClassName": (self.priority_class_name
                                  if self.priority_class_name and self.priority_class_name.lower() != "none"
                                  else None),
            "securityContext": self.pod_security_context or None,
            "serviceAccountName": self.server.service_account_name,
            "affinity": self.node_affinity.manifest() if self.node_affinity else None,
            "volumes": self.build_volumes() or None,
            "resourceClaims": self.resource_claims or None,
            "containers": self.build_containers(),
            "nodeSelector": self.node_selector or None,
            "tolerations": self.tolerations or None,
        }
        spec.update({k: v for k, v in optional.items() if v is not None})
        for key, value in self.extra_config.items():
            if key in spec:
                raise ModelServiceError.at(f"{self.role}.extraConfig.{key}",
                                           f"conflicts with the {key!r} the pool already sets; set it in one place")
            spec[key] = value
        return spec

    # -- workload -----------------------------------------------------------------------------------

    def workload_metadata(self) -> dict[str, Any]:
        """Name, labels and annotations of the workload."""
        labels = dict(self.server.provenance_labels)
        annotations: dict[str, str] = {}
        if self.multinode:
            labels.update(self.selector_labels)
            if self.sub_group_exclusive_topology:
                annotations[SUBGROUP_TOPOLOGY_ANNOTATION] = "kubernetes.io/hostname"
        annotations.update(self.annotations)
        warning = self.accelerator_warning()
        if warning:
            annotations[WARNING_ANNOTATION] = warning
        metadata: dict[str, Any] = {"name": self.name, "labels": labels}
        if annotations:
            metadata["annotations"] = annotations
        return metadata

    def _create_workload(self) -> cdk8s.ApiObject:
        template = {"metadata": self.build_pod_metadata(), "spec": self.build_pod_spec()}
        self.check_pod_spec(template["spec"])
        if self.multinode:
            from .imports.io.x_k8s.leaderworkerset import LeaderWorkerSet

            lws_template: dict[str, Any] = {"size": self.parallelism.worker_count}
            if self.sub_group_policy:
                lws_template["subGroupPolicy"] = dict(self.sub_group_policy)
            lws_template["workerTemplate"] = template
            spec: dict[str, Any] = {"leaderWorkerTemplate": lws_template}
            if not self.autoscaling:
                spec["replicas"] = self.replicas
            return api_object(self, "Resource", LeaderWorkerSet,
                              {"metadata": self.workload_metadata(), "spec": spec}, self.role)
        from .imports.apps import Deployment

        spec = {"replicas": self.replicas, "selector": {"matchLabels": self.selector_labels},
                "template": template}
        if self.strategy:
            spec["strategy"] = dict(self.strategy)
        return api_object(self, "Resource", Deployment, {"metadata": self.workload_metadata(), "spec": spec},
                          self.role)


class PrefillPool(ModelPool):
    """Prefill pods: vLLM serves on the model's service port. See :class:`ModelPool` for props."""

    role = "prefill"


class DecodePool(ModelPool):
    """Decode pods, fronted by the server's routing sidecar when it has one.

    Takes the props of :class:`ModelPool`, and:

    :param requester: run fast-model-actuation requester pods (a ReplicaSet) instead of the decode
        Deployment; the decode pod is then described by the server-patch annotation. Default: none.
    """

    role = "decode"

    def __init__(self, scope: ModelServer, id: str, *, requester: Requester | None = None,
                 **props: Any) -> None:
        self.requester = requester
        if requester is not None and props.get("multinode"):
            raise ModelServiceError.at("requester.enable", "the requester cannot be combined with multinode: true")
        super().__init__(scope, id, **props)

    @property
    def vllm_port(self) -> int:
        """The sidecar's target port when the server has a sidecar, else the service port."""
        sidecar = self.server.routing_sidecar
        return sidecar.target_port if sidecar is not None else self.server.service_port

    def build_init_containers(self) -> list[dict[str, Any]]:
        """The routing sidecar (if any), then the user's init containers."""
        sidecar = self.server.routing_sidecar
        head = [sidecar.container(self.server.service_port, self.server.tracing)] if sidecar else []
        return head + super().build_init_containers()

    def _create_workload(self) -> cdk8s.ApiObject:
        if self.requester is None:
            return super()._create_workload()
        from .imports.apps import ReplicaSet

        requester = self.requester
        model_parts = self.server.model.name.split("/")
        patch_spec: dict[str, Any] = {}
        init_containers = self.build_init_containers()
        if init_containers:
            patch_spec["initContainers"] = init_containers
        patch_spec["containers"] = self.build_containers()
        patch = {"metadata": {"labels": {
            "model-reg": model_parts[1] if len(model_parts) > 1 else "",
            "model-repo": model_parts[0],
            "app": None}},
            "spec": patch_spec}
        annotations = {"dual-pod.llm-d.ai/admin-port": str(requester.admin_port),
                       "dual-pod.llm-d.ai/server-patch": yaml.safe_dump(patch, sort_keys=False)}
        return api_object(self, "Resource", ReplicaSet, {
            "metadata": {"name": self.name, "labels": dict(self.server.provenance_labels)},
            "spec": {"replicas": self.replicas, "selector": {"matchLabels": {"app": "dp-app"}},
                     "template": {"metadata": {"labels": {"app": "dp-app"}, "annotations": annotations},
                                  "spec": {"containers": [requester.container()]}}},
        }, "decode")
