"""``decode`` and ``prefill``: the keyword props of one DecodePool or PrefillPool, from its containers,
workload, replicas, parallelism, accelerator, placement on nodes, monitoring and pod fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..containers import ModelContainer
from ..errors import ModelServiceError
from ..monitoring import PodMonitoring
from ..parallelism import Parallelism
from ..pools import NodeAffinity, PodOptions, PoolWorkload
from .accelerator import accelerator
from .paths import rewrite
from .reading import as_list, as_map, as_text, given
from .scaling import AutoscalerValues, DisaggregatedSetValues
from .server import requester
from .templates import Context, render

ROLES = ("decode", "prefill")
"""The pool roles of the chart, in the order their pools are created."""
CHART_MODEL_COMMAND = "custom"
"""The chart's ``modelCommand`` when a container does not name one."""
HOSTNAME_LABEL = "kubernetes.io/hostname"
"""The topology key of the chart's ``subGroupExclusiveTopology``."""


def container(ctx: Context, spec: Any, path: str) -> ModelContainer:
    """One entry of ``<role>.containers`` (``modelCommand`` by default :data:`CHART_MODEL_COMMAND`); errors
    name its values path."""
    spec = as_map(spec, path)
    resources = as_map(spec.get("resources"), f"{path}.resources")
    try:
        return _container(ctx, spec, resources, path)
    except ModelServiceError as err:
        raise rewrite(err, anchors={"ModelContainer": path}) from None


def _container(ctx: Context, spec: dict[str, Any], resources: dict[str, Any], path: str) -> ModelContainer:
    env = as_list(render(spec.get("env"), ctx, f"{path}.env"), f"{path}.env")
    ports = as_list(render(spec.get("ports"), ctx, f"{path}.ports"), f"{path}.ports")
    return ModelContainer(
        image=spec.get("image"),  # type: ignore[arg-type]
        **given(name=spec.get("name")),
        model_command=spec.get("modelCommand") or CHART_MODEL_COMMAND,
        command=as_list(spec.get("command"), f"{path}.command"),
        args=as_list(spec.get("args"), f"{path}.args"),
        env=env,
        ports=ports,
        limits=as_map(resources.get("limits"), f"{path}.resources.limits"),
        requests=as_map(resources.get("requests"), f"{path}.resources.requests"),
        mount_model_volume=bool(spec.get("mountModelVolume")),
        volume_mounts=as_list(spec.get("volumeMounts"), f"{path}.volumeMounts"),
        security_context=spec.get("securityContext") or None,
        image_pull_policy=spec.get("imagePullPolicy") or None,
        liveness_probe=spec.get("livenessProbe") or None,
        readiness_probe=spec.get("readinessProbe") or None,
        startup_probe=spec.get("startupProbe") or None,
        working_dir=spec.get("workingDir") or None,
        stdin=spec.get("stdin") or None,
        tty=spec.get("tty") or None,
        extra_config=as_map(render(spec.get("extraConfig"), ctx, f"{path}.extraConfig"), f"{path}.extraConfig"),
    )


def monitoring(role: str, spec: dict[str, Any]) -> PodMonitoring | None:
    """``<role>.monitoring.podmonitor`` when enabled (default: off, None); the keys left unset keep the
    defaults of :class:`PodMonitoring`."""
    monitor = as_map(as_map(spec.get("monitoring"), f"{role}.monitoring").get("podmonitor"),
                     f"{role}.monitoring.podmonitor")
    if not monitor.get("enabled"):
        return None
    path = f"{role}.monitoring.podmonitor"
    return PodMonitoring(
        **given(port_name=as_text(monitor.get("portName")), path=monitor.get("path"),
                interval=monitor.get("interval"), scrape_timeout=monitor.get("scrapeTimeout")),
        labels=as_map(monitor.get("labels"), f"{path}.labels"),
        annotations=as_map(monitor.get("annotations"), f"{path}.annotations"),
        relabelings=as_list(monitor.get("relabelings"), f"{path}.relabelings"),
        metric_relabelings=as_list(monitor.get("metricRelabelings"), f"{path}.metricRelabelings"),
        namespace_selector=monitor.get("namespaceSelector") or None)


def parallelism(role: str, spec: dict[str, Any]) -> Parallelism:
    """``<role>.parallelism``; the keys left unset keep the defaults of :class:`Parallelism`."""
    p = as_map(spec.get("parallelism"), f"{role}.parallelism")
    tensor = {} if p.get("tensor") is None else {"tensor": p["tensor"]}
    return Parallelism(**tensor, data=p.get("data"), data_local=p.get("dataLocal"), workers=p.get("workers"))


def node_affinity(role: str, types: dict[str, Any]) -> NodeAffinity | None:
    """``<role>.acceleratorTypes`` as required node affinity, when a label key is set (default: none)."""
    if not types.get("labelKey"):
        return None
    values = as_list(types.get("labelValues"), f"{role}.acceleratorTypes.labelValues")
    return NodeAffinity(types["labelKey"], values)


def pod_options(values: Mapping[str, Any], role: str, spec: dict[str, Any], types: dict[str, Any]) -> PodOptions:
    """The pod fields of ``<role>`` (``nodeSelector``, ``tolerations``, ``acceleratorTypes`` as node affinity,
    ``schedulerName`` (else the top-level one), ``priorityClassName``, ``imagePullSecrets``,
    ``podSecurityContext``, ``enableServiceLinks``, ``terminationGracePeriodSeconds``, and ``hostIPC`` /
    ``hostPID`` when ``multinode``); unset ones keep the defaults of :class:`PodOptions`."""
    priority_class = spec.get("priorityClassName") or None
    fields: dict[str, Any] = {
        "node_selector": as_map(spec.get("nodeSelector"), f"{role}.nodeSelector"),
        "tolerations": as_list(spec.get("tolerations"), f"{role}.tolerations"),
        "node_affinity": node_affinity(role, types),
        "scheduler_name": spec.get("schedulerName") or values.get("schedulerName") or None,
        # the chart renders no priority class for the value "none", in any case
        "priority_class_name": None if str(priority_class).lower() == "none" else priority_class,
        "image_pull_secrets": as_list(spec.get("imagePullSecrets"), f"{role}.imagePullSecrets"),
        "pod_security_context": spec.get("podSecurityContext") or None,
        "enable_service_links": spec.get("enableServiceLinks"),
        "termination_grace_period_seconds": spec.get("terminationGracePeriodSeconds"),
    }
    if values.get("multinode"):  # the chart renders these on LeaderWorkerSets only
        fields.update(host_ipc=spec.get("hostIPC"), host_pid=spec.get("hostPID"))
    return PodOptions(**fields)


def workload(values: Mapping[str, Any], role: str, spec: dict[str, Any],
             disaggregated: DisaggregatedSetValues | None) -> PoolWorkload:
    """The pool's workload: a role of the DisaggregatedSet when ``disaggregated`` is enabled, a
    LeaderWorkerSet when ``multinode``, requester pods for decode when ``requester.enable``, else (the
    default) a Deployment. ``disaggregated`` is None when ``disaggregatedSet`` could not be read: the
    workload cannot be chosen then, and nothing is added to the problem already reported."""
    pods = requester(values) if role == "decode" else None
    if disaggregated is None:  # an error without problems: the reason is reported where it was read
        raise ModelServiceError([])
    if disaggregated.enabled:
        if pods is not None:
            raise ModelServiceError.at("requester.enable", "the requester cannot be combined with "
                                                           "disaggregatedSet.enabled: true")
        update = as_map(as_map(spec.get("strategy"), f"{role}.strategy").get("rollingUpdate"),
                        f"{role}.strategy.rollingUpdate")
        return PoolWorkload.disaggregated_set_role(
            max_surge=update.get("maxSurge"), max_unavailable=update.get("maxUnavailable"),
            sub_group_policy=spec.get("subGroupPolicy") or None)
    if values.get("multinode"):
        return PoolWorkload.leader_worker_set(
            sub_group_policy=spec.get("subGroupPolicy") or None,
            sub_group_exclusive_topology=HOSTNAME_LABEL if spec.get("subGroupExclusiveTopology") else None)
    if pods is not None:
        return PoolWorkload.requester(pods)
    return PoolWorkload.deployment(strategy=spec.get("strategy") or None)


@dataclass(frozen=True)
class PoolValues:
    """What ``<role>`` describes.

    :param props: keyword props of the DecodePool / PrefillPool.
    :param autoscaler: its ``autoscaling`` values, for the autoscaler made once the pools it may follow exist.
    """

    props: dict[str, Any]
    autoscaler: AutoscalerValues


def pool_values(ctx: Context, role: str, disaggregated: DisaggregatedSetValues | None) -> PoolValues:
    """The pool props and autoscaler values of ``<role>``; the keys left unset keep the defaults of the pool.
    ``replicas`` defaults to 1 and is dropped for a pool autoscaled with an ``engine`` and, as in the
    chart, for an autoscaled LeaderWorkerSet. ``disaggregated``: the server's ``disaggregatedSet``, read
    once for all pools (None when it could not be read, see :func:`workload`)."""
    values = ctx.values
    spec = as_map(values.get(role), role)
    multinode = bool(values.get("multinode"))
    pool_accelerator, dra = accelerator(values, role)
    types = as_map(spec.get("acceleratorTypes"), f"{role}.acceleratorTypes")
    autoscaler = AutoscalerValues.read(role, spec)
    props: dict[str, Any] = {
        "containers": [container(ctx, c, f"{role}.containers[{i}]")
                       for i, c in enumerate(as_list(spec.get("containers"), f"{role}.containers"))],
        "workload": workload(values, role, spec, disaggregated),
        # the chart drops replicas for autoscaled LeaderWorkerSets only
        "replicas": (None if (multinode and autoscaler.enabled) or autoscaler.engine
                     else spec.get("replicas", 1)),
        "parallelism": parallelism(role, spec),
        "accelerator": pool_accelerator,
        "dra": dra,
        "annotations": as_map(spec.get("annotations"), f"{role}.annotations"),
        "pod_annotations": as_map(spec.get("podAnnotations"), f"{role}.podAnnotations"),
        "pod": pod_options(values, role, spec, types),
        "init_containers": as_list(spec.get("initContainers"), f"{role}.initContainers"),
        "volumes": as_list(spec.get("volumes"), f"{role}.volumes"),
        "resource_claims": as_list(spec.get("resourceClaims"), f"{role}.resourceClaims"),
        "monitoring": monitoring(role, spec),
        "extra_config": as_map(render(spec.get("extraConfig"), ctx, f"{role}.extraConfig"), f"{role}.extraConfig"),
    }
    return PoolValues(props, autoscaler)
