"""PodSecurity: the security posture of a model's pods, and the guard rails on privileges.

The typed API hardens every pod and container it creates by default (``PodSecurity()``); the Helm-values
layer renders the chart's posture (``PodSecurity.unhardened()``). Either way, a pod that asks for a
:class:`Privilege` (privileged containers, host namespaces, hostPath volumes, added capabilities) or an
extra object that reaches outside the model's namespace is a problem unless the privilege is named in
``allow``: an error in the typed API, a warning (stdout unchanged) in ``template``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import quantity_problem

CACHE_VOLUME = "tmp"
CACHE_PATH = "/tmp"
SHM_VOLUME = "dshm"
SHM_PATH = "/dev/shm"
CACHE_ENV: tuple[tuple[str, str], ...] = (
    ("XDG_CACHE_HOME", f"{CACHE_PATH}/.cache"), ("XDG_CONFIG_HOME", f"{CACHE_PATH}/.config"),
    ("VLLM_CACHE_ROOT", f"{CACHE_PATH}/.cache/vllm"), ("TRITON_HOME", f"{CACHE_PATH}/.triton"),
    ("FLASHINFER_WORKSPACE_BASE", f"{CACHE_PATH}/.cache"))
"""Where vLLM, Triton, FlashInfer and torch write their caches: all under the writable ``/tmp`` emptyDir."""
ROOT_IMAGES = ("vllm/vllm-openai", "docker.io/vllm/vllm-openai")
"""Images known to run as root (no ``USER`` in their Dockerfile): ``run_as_non_root`` cannot start them."""
RDMA_CAPABILITIES = ("IPC_LOCK",)
"""What RDMA (InfiniBand / RoCE through the NIC's device plugin) needs in a container: ``IPC_LOCK`` to pin
(register) memory for the NIC beyond the locked-memory limit. The device files come from the NIC's device
plugin, not from capabilities."""
CLUSTER_SCOPED_KINDS = frozenset({
    "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
    "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding",
    "PriorityClass", "StorageClass", "RuntimeClass", "IngressClass", "DeviceClass", "APIService",
    "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ClusterIssuer", "GatewayClass"})
"""Kinds that are not namespaced: an extra object of one of these reaches the whole cluster, and two of them with
one name are one object whatever namespace they name (the duplicate check of ``objects.py`` is told them)."""


class Privilege(enum.StrEnum):
    """What a pod or an extra object may be allowed by name (``PodSecurity(allow=[Privilege.HOST_IPC])``).

    Each is a problem unless allowed: an error in the typed API, a warning in ``template``.
    """

    PRIVILEGED = "privileged"
    """A container with ``securityContext.privileged: true`` (every device and capability of the node)."""
    HOST_NETWORK = "hostNetwork"
    """The node's network namespace (``hostNetwork: true``): bypasses NetworkPolicies, binds node ports."""
    HOST_PID = "hostPID"
    """The node's process namespace (``hostPID: true``): sees and signals every process of the node."""
    HOST_IPC = "hostIPC"
    """The node's IPC namespace (``hostIPC: true``): shared memory of every pod on the node. The hardened
    profile gives vLLM a memory-backed ``/dev/shm`` instead."""
    HOST_PATH = "hostPath"
    """A ``hostPath`` volume: files of the node, writable unless mounted read-only."""
    CAPABILITIES = "capabilities"
    """Linux capabilities added to a container beyond those of the profile (``rdma`` adds ``IPC_LOCK``)."""
    CLUSTER_SCOPED_OBJECTS = "clusterScopedObjects"
    """Extra objects of cluster-scoped kinds (ClusterRole(Binding), webhooks, Namespaces...)."""
    OTHER_NAMESPACE_OBJECTS = "otherNamespaceObjects"
    """Extra objects in another namespace than the model's."""


def _privileges(values: Iterable[Privilege | str], where: str) -> frozenset[Privilege]:
    out: set[Privilege] = set()
    for value in values:
        try:
            out.add(Privilege(value))
        except ValueError:
            allowed = ", ".join(p.value for p in Privilege)
            raise ModelServiceError.at(where, f"{show(value)} is not a privilege; one of {allowed}") from None
    return frozenset(out)


@dataclass(frozen=True)
class PodSecurity:
    """The security settings of a model's pods and of the containers the library creates.

    The defaults are the hardened profile, each justified here; set a field to opt out of it.

    :param run_as_non_root: ``runAsNonRoot: true`` on pods and containers: the kubelet refuses to start a
        container whose user is root, so a compromised server cannot use root's file access or
        privileges. The llm-d images (``ghcr.io/llm-d/llm-d-cuda``...) and the routing sidecar run as a
        non-root user; ``vllm/vllm-openai`` runs as root: set False for it. Default: True.
    :param run_as_user: ``runAsUser`` of the pods. Default: the image's user (the library's own Go
        containers, the routing sidecar and the requester, and the llm-d inference simulator run as 65532).
    :param run_as_group: ``runAsGroup`` of the pods. Default: the image's group.
    :param fs_group: ``fsGroup`` of the pods (group ownership of mounted volumes). Default: not set.
    :param seccomp_profile: pod ``seccompProfile.type``: ``RuntimeDefault`` blocks the system calls
        container runtimes deny by default (kernel module loading, ``mount``...), which vLLM never makes.
        None sets no profile (the node's default, usually ``Unconfined``). Default: ``RuntimeDefault``.
    :param drop_capabilities: ``capabilities.drop: [ALL]`` on every container: serving HTTP on unprivileged
        ports needs none (not even ``NET_RAW``). Default: True.
    :param add_capabilities: capabilities added back to the model containers (after dropping all).
        Default: none.
    :param rdma: multi-node / RDMA networking: adds :data:`RDMA_CAPABILITIES` (``IPC_LOCK``, for pinning the
        memory the NIC reads and writes) to the model containers, nothing else. Default: False.
    :param read_only_root_filesystem: ``readOnlyRootFilesystem: true`` where it works: the routing sidecar,
        the requester, and model containers that use no accelerator device (CPU, the inference
        simulator). vLLM on GPUs keeps a writable root filesystem (the NVIDIA container toolkit's hook
        writes into it when the container starts) but gets the writable cache emptyDir. False leaves
        every root filesystem writable. Default: True.
    :param cache_volume: a writable emptyDir at ``/tmp`` in the model containers, with the caches of vLLM,
        Triton, FlashInfer and torch pointed there (:data:`CACHE_ENV`), so that a read-only root works and
        compilation caches do not grow the container's writable layer. Default: True.
    :param cache_size: size limit of that emptyDir. Default: ``10Gi``.
    :param shm_size: size limit of the memory-backed ``/dev/shm`` emptyDir of vLLM pods (NCCL and vLLM's
        worker processes exchange tensors through shared memory), instead of ``hostIPC``. It counts
        against the pod's memory. None sizes it for tensor parallelism: 1Gi per accelerator of the pod, at
        least 1Gi. Default: None.
    :param dev_shm: give vLLM pods that memory-backed ``/dev/shm``. Default: True.
    :param automount_service_account_token: ``automountServiceAccountToken`` of model pods, the requester
        and the ServiceAccount the server creates: vLLM and the sidecar never call the Kubernetes API, so a
        mounted token would only serve an attacker. Default: False.
    :param hf_token_file: mount the Hugging Face token (``ModelArtifacts.auth_secret_name``) as a file read
        through ``HF_TOKEN_PATH`` (huggingface_hub, so vLLM, reads it) instead of an ``HF_TOKEN`` variable
        that ``/proc/<pid>/environ``, crash dumps and child processes see. ``custom`` commands keep the
        variable (what they read is unknown). Default: True.
    :param allow: privileges the pods and extra objects may use (see :class:`Privilege`). Default: none.
    """

    run_as_non_root: bool | None = True
    run_as_user: int | None = None
    run_as_group: int | None = None
    fs_group: int | None = None
    seccomp_profile: str | None = "RuntimeDefault"
    drop_capabilities: bool = True
    add_capabilities: Sequence[str] = ()
    rdma: bool = False
    read_only_root_filesystem: bool = True
    cache_volume: bool = True
    cache_size: str = "10Gi"
    shm_size: str | None = None
    dev_shm: bool = True
    automount_service_account_token: bool | None = False
    hf_token_file: bool = True
    allow: Iterable[Privilege | str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "allow", _privileges(self.allow, "PodSecurity.allow"))
        object.__setattr__(self, "add_capabilities", tuple(self.add_capabilities))
        problems: list[Problem | None] = [
            quantity_problem(self.cache_size, "PodSecurity.cache_size"),
            quantity_problem(self.shm_size, "PodSecurity.shm_size") if self.shm_size is not None else None]
        for name in ("run_as_user", "run_as_group", "fs_group"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                problems.append(Problem(f"PodSecurity.{name}", f"must be a user or group id >= 0, got {show(value)}"))
        if self.seccomp_profile not in (None, "RuntimeDefault", "Unconfined", "Localhost"):
            problems.append(Problem("PodSecurity.seccomp_profile", f"{show(self.seccomp_profile)} is not one of "
                                                                    "'RuntimeDefault', 'Localhost', 'Unconfined'"))
        for i, cap in enumerate(self.add_capabilities):
            if not isinstance(cap, str) or not cap.isupper() or not cap.replace("_", "").isalnum():
                problems.append(Problem(f"PodSecurity.add_capabilities[{i}]",
                                        f"must be a capability name such as 'IPC_LOCK', got {show(cap)}"))
        found = [p for p in problems if p is not None]
        if found:
            raise ModelServiceError(found)

    @staticmethod
    def unhardened(*, allow: Iterable[Privilege | str] = ()) -> PodSecurity:
        """Nothing added to pods and containers: the Kubernetes and image defaults (the Helm chart's
        posture, which ``template`` renders). Privileges still need ``allow``."""
        return PodSecurity(run_as_non_root=None, seccomp_profile=None, drop_capabilities=False,
                           read_only_root_filesystem=False, cache_volume=False, dev_shm=False,
                           automount_service_account_token=None, hf_token_file=False, allow=allow)

    @property
    def hardened(self) -> bool:
        """Whether containers get the hardened security context (no privilege escalation, dropped
        capabilities)."""
        return self.drop_capabilities

    @property
    def allowed(self) -> frozenset[Privilege]:
        """``allow`` as a set of :class:`Privilege`."""
        return frozenset(self.allow)  # type: ignore[arg-type]

    @property
    def model_capabilities(self) -> tuple[str, ...]:
        """Capabilities the model containers get back: ``add_capabilities`` and, with ``rdma``, ``IPC_LOCK``."""
        extra = RDMA_CAPABILITIES if self.rdma else ()
        return tuple(dict.fromkeys([*self.add_capabilities, *extra]))

    def pod_security_context(self, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The pod ``securityContext``: the profile's fields, then ``given``'s (which win)."""
        context: dict[str, Any] = {}
        optional = {"runAsNonRoot": self.run_as_non_root, "runAsUser": self.run_as_user,
                    "runAsGroup": self.run_as_group, "fsGroup": self.fs_group}
        context.update({k: v for k, v in optional.items() if v is not None})
        if self.seccomp_profile:
            context["seccompProfile"] = {"type": self.seccomp_profile}
        context.update(given or {})
        return context

    def container_security_context(self, *, read_only: bool, capabilities: Sequence[str] = (),
                                   given: Mapping[str, Any] | None = None,
                                   user: int | None = None) -> dict[str, Any] | None:
        """A container ``securityContext``: no privilege escalation, all capabilities dropped (then
        ``capabilities`` added), a read-only root when ``read_only`` and the profile allows it, ``user`` as
        ``runAsUser`` unless the pod sets one; ``given``'s fields win. None when there is nothing to set."""
        context: dict[str, Any] = {}
        if self.hardened:
            context["allowPrivilegeEscalation"] = False
            caps: dict[str, Any] = {"drop": ["ALL"]}
            if capabilities:
                caps["add"] = list(capabilities)
            context["capabilities"] = caps
            if read_only and self.read_only_root_filesystem:
                context["readOnlyRootFilesystem"] = True
        if user is not None and self.run_as_user is None and self.hardened:
            context["runAsUser"] = user
            context["runAsGroup"] = user
        context.update(given or {})
        return context or None


    def apply(self, spec: Mapping[str, Any], *, user: int | None = None, read_only: bool = True,
              needs_token: bool = False) -> dict[str, Any]:
        """A copy of any pod spec (Kubernetes JSON) with this profile: the pod security context, each
        container's security context (``user`` as ``runAsUser``, a read-only root when ``read_only``, with a
        writable ``/tmp`` emptyDir), and no service-account token unless ``needs_token``. Fields the spec
        already sets win. For pods the library does not build itself (an endpoint picker, a subclass's)."""
        out = dict(spec)
        context = self.pod_security_context(spec.get("securityContext"))
        if context:
            out["securityContext"] = context
        if not needs_token and self.automount_service_account_token is not None:
            out.setdefault("automountServiceAccountToken", self.automount_service_account_token)
        writable = read_only and self.read_only_root_filesystem and self.hardened
        for key in ("initContainers", "containers"):
            if key not in spec:
                continue
            containers = []
            for container in spec[key]:
                container = dict(container)
                sc = self.container_security_context(read_only=read_only, given=container.get("securityContext"),
                                                     user=user)
                if sc:
                    container["securityContext"] = sc
                mounts = list(container.get("volumeMounts") or [])
                if writable and all(m.get("mountPath") != CACHE_PATH for m in mounts):
                    container["volumeMounts"] = [*mounts, {"name": CACHE_VOLUME, "mountPath": CACHE_PATH}]
                containers.append(container)
            out[key] = containers
        if writable and all(v.get("name") != CACHE_VOLUME for v in spec.get("volumes") or []):
            out["volumes"] = [*(spec.get("volumes") or []),
                              {"name": CACHE_VOLUME, "emptyDir": {"sizeLimit": self.cache_size}}]
        return out


# -- guard rails ------------------------------------------------------------------------------------


def container_privilege_problems(container: Mapping[str, Any], path: str, own_capabilities: Sequence[str],
                                 allow: frozenset[Privilege]) -> list[Problem]:
    """Privileges one rendered container asks for (``path`` names its security_context prop)."""
    problems: list[Problem] = []
    context = container.get("securityContext") or {}
    if context.get("privileged") and Privilege.PRIVILEGED not in allow:
        problems.append(Problem(f"{path}.privileged", "a privileged container gets every device and capability "
                                                      "of the node; allow it by name "
                                                      "(PodSecurity(allow=[Privilege.PRIVILEGED])) or remove it",
                                Privilege.PRIVILEGED.value))
    added = [c for c in (context.get("capabilities") or {}).get("add") or [] if c not in own_capabilities]
    if added and Privilege.CAPABILITIES not in allow:
        problems.append(Problem(f"{path}.capabilities.add", f"adds capabilities {', '.join(map(str, added))}; "
                                                            "allow it by name (PodSecurity(allow=[Privilege."
                                                            "CAPABILITIES])), or use PodSecurity(rdma=True) for "
                                                            "RDMA's IPC_LOCK", Privilege.CAPABILITIES.value))
    return problems


def pod_privilege_problems(spec: Mapping[str, Any], places: Mapping[str, str], root: str,
                           own_capabilities: Sequence[str], allow: frozenset[Privilege]) -> list[Problem]:
    """Privileges a rendered pod spec asks for. ``places`` maps container names to their prop paths
    (``DecodePool.containers[0]``); pod fields are named under ``root`` (``DecodePool``)."""
    problems: list[Problem] = []
    for name, prop in (("hostNetwork", "extra_config.hostNetwork"), ("hostPID", "host_pid"),
                       ("hostIPC", "host_ipc")):
        privilege = Privilege(name)
        if spec.get(name) and privilege not in allow:
            problems.append(Problem(f"{root}.{prop}", f"{name} shares the node's namespace with the pod; allow it "
                                                      f"by name (PodSecurity(allow=[Privilege.{privilege.name}])) "
                                                      "or remove it", privilege.value))
    if Privilege.HOST_PATH not in allow:
        for i, volume in enumerate(spec.get("volumes") or []):
            if volume.get("hostPath") is not None:
                problems.append(Problem(f"{root}.volumes[{i}].hostPath",
                                        f"volume {volume.get('name')!r} mounts {volume['hostPath'].get('path')!r} "
                                        "of the node; allow it by name (PodSecurity(allow=[Privilege.HOST_PATH])) "
                                        "or use a PersistentVolumeClaim", Privilege.HOST_PATH.value))
    for container in [*(spec.get("initContainers") or []), *(spec.get("containers") or [])]:
        place = places.get(str(container.get("name")))
        if place is not None:
            problems += container_privilege_problems(container, f"{place}.security_context", own_capabilities,
                                                     allow)
    return problems


def object_privilege_problems(manifest: Mapping[str, Any], namespace: str | None, path: str,
                              allow: frozenset[Privilege]) -> list[Problem]:
    """An extra object that reaches the cluster (a cluster-scoped kind) or another namespace than
    ``namespace`` (not checked when None)."""
    kind = str(manifest.get("kind"))
    if kind in CLUSTER_SCOPED_KINDS:
        if Privilege.CLUSTER_SCOPED_OBJECTS in allow:
            return []
        return [Problem(f"{path}.kind", f"{kind} is cluster-scoped: it reaches beyond the model's namespace; allow "
                                        "it by name (PodSecurity(allow=[Privilege.CLUSTER_SCOPED_OBJECTS])) or "
                                        "apply it separately", Privilege.CLUSTER_SCOPED_OBJECTS.value)]
    metadata = manifest.get("metadata") or {}
    other = metadata.get("namespace") if isinstance(metadata, Mapping) else None
    if namespace and other and other != namespace and Privilege.OTHER_NAMESPACE_OBJECTS not in allow:
        return [Problem(f"{path}.metadata.namespace", f"{other!r} is not the model's namespace {namespace!r}; "
                                                      "allow it by name (PodSecurity(allow=[Privilege."
                                                      "OTHER_NAMESPACE_OBJECTS])) or apply it separately",
                        Privilege.OTHER_NAMESPACE_OBJECTS.value)]
    return []


PRIVILEGE_CODES = frozenset(p.value for p in Privilege)
"""The problem codes of the guard rails (``Problem.code``), one per :class:`Privilege`."""


def runs_as_root(image: str) -> bool:
    """Whether ``image`` is one of :data:`ROOT_IMAGES` (any tag or digest)."""
    name = image.split("@", 1)[0].rsplit(":", 1)[0] if ":" in image.split("/")[-1] else image.split("@", 1)[0]
    return name in ROOT_IMAGES


def shm_size_for(accelerators: int) -> str:
    """The default ``/dev/shm`` size of a pod with ``accelerators`` devices: 1Gi each, at least 1Gi."""
    return f"{max(1, accelerators)}Gi"
