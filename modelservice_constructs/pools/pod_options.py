"""PodOptions: the Kubernetes pod fields of a pool that only pass through to its pod spec (scheduling, image
pull secrets, the pod security context, host namespaces, lifecycle), apart from the props the pool derives
its pods from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..kubernetes import LocalObjectReference, PodSecurityContext, Toleration
from ..props import checked
from .placement import NodeAffinity


@checked
@dataclass(frozen=True)
class PodOptions:
    """Pod spec fields of a pool's pods (``pod=`` of :class:`DecodePool` / :class:`PrefillPool`), each rendered
    as given; unset ones are left out of the pod spec. Problems are named by the pool's prop
    (``DecodePool.pod.node_selector``). Kubernetes fields take JSON or the generated typed structs.

    :param node_selector: ``nodeSelector``. Default: none.
    :param tolerations: ``tolerations``. Default: none.
    :param node_affinity: required node affinity on an accelerator label (``affinity``). Default: none.
    :param scheduler_name: ``schedulerName``. Default: the server's (``ModelServer.scheduler_name``), else
        Kubernetes'.
    :param priority_class_name: ``priorityClassName``. Default: none.
    :param image_pull_secrets: ``imagePullSecrets``. Default: none.
    :param pod_security_context: the pod ``securityContext``; its fields win over the pool profile's
        (``PodSecurity``). Default: the profile's alone.
    :param host_ipc: ``hostIPC`` (a privilege: ``PodSecurity(allow=[Privilege.HOST_IPC])``). Default: not set.
    :param host_pid: ``hostPID`` (a privilege: ``PodSecurity(allow=[Privilege.HOST_PID])``). Default: not set.
    :param enable_service_links: ``enableServiceLinks``. Default: not set.
    :param termination_grace_period_seconds: ``terminationGracePeriodSeconds``. Default: not set.
    """

    node_selector: Mapping[str, str] | None = None
    tolerations: Sequence[Toleration] = ()
    node_affinity: NodeAffinity | None = None
    scheduler_name: str | None = None
    priority_class_name: str | None = None
    image_pull_secrets: Sequence[LocalObjectReference] = ()
    pod_security_context: PodSecurityContext | None = None
    host_ipc: bool | None = None
    host_pid: bool | None = None
    enable_service_links: bool | None = None
    termination_grace_period_seconds: int | None = None

    def __post_init__(self) -> None:
        # copies, so that changing what was passed in later changes nothing here
        if self.node_selector is not None:
            object.__setattr__(self, "node_selector", dict(self.node_selector))
        object.__setattr__(self, "tolerations", tuple(dict(t) for t in self.tolerations))
        object.__setattr__(self, "image_pull_secrets", tuple(dict(s) for s in self.image_pull_secrets))
        if self.pod_security_context is not None:
            object.__setattr__(self, "pod_security_context", dict(self.pod_security_context))
