"""Helm values of the llm-d-modelservice chart -> ModelServer, pools and their props.

This layer only translates: every object is rendered by the constructs.
"""

from __future__ import annotations

import functools
from typing import Any

from constructs import Construct

from ..containers import ModelContainer
from ..errors import ModelServiceError, Problem
from ..model_server import ModelServer
from ..monitoring import PodMonitoring
from ..parallelism import Parallelism
from ..pools import ModelPool, NodeAffinity, PoolWorkload
from .accelerator import accelerator
from .chart import ChartDecodePool, ChartModelServer, ChartPrefillPool
from .gateway import gateway_routing
from .paths import rewrite
from .reading import as_list, as_map, as_text, given
from .scaling import autoscaler_engine, autoscaling, disaggregated_set
from .schema import check_values
from .server import extra_objects, fullname, model_artifacts, requester, routing_sidecar, tracing
from .templates import Context, render

CHART_MODEL_COMMAND = "custom"
"""The chart's ``modelCommand`` when a container does not name one."""
HOSTNAME_LABEL = "kubernetes.io/hostname"
"""The topology key of the chart's ``subGroupExclusiveTopology``."""
ROLES = ("decode", "prefill")


class ValuesMapper:
    """Translates one merged values map into constructs."""

    def __init__(self, values: dict[str, Any], release: str, namespace: str) -> None:
        self.values = values
        self.release = release
        self.namespace = namespace
        self.ctx = Context(values=values, release_name=release, release_namespace=namespace)

    # -- value types --------------------------------------------------------------------------

    def container(self, spec: Any, path: str) -> ModelContainer:
        """One entry of ``<role>.containers``; errors name its values path."""
        spec = as_map(spec, path)
        resources = as_map(spec.get("resources"), f"{path}.resources")
        try:
            return self._container(spec, resources, path)
        except ModelServiceError as err:
            raise rewrite(err, anchors={"ModelContainer": path}) from None

    def _container(self, spec: dict[str, Any], resources: dict[str, Any], path: str) -> ModelContainer:
        env = as_list(render(spec.get("env"), self.ctx, f"{path}.env"), f"{path}.env")
        ports = as_list(render(spec.get("ports"), self.ctx, f"{path}.ports"), f"{path}.ports")
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
            extra_config=as_map(render(spec.get("extraConfig"), self.ctx, f"{path}.extraConfig"),
                              f"{path}.extraConfig"),
        )

    def monitoring(self, role: str, spec: dict[str, Any]) -> PodMonitoring | None:
        """``<role>.monitoring.podmonitor`` when enabled."""
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

    def parallelism(self, role: str, spec: dict[str, Any]) -> Parallelism:
        """``<role>.parallelism``."""
        p = as_map(spec.get("parallelism"), f"{role}.parallelism")
        tensor = {} if p.get("tensor") is None else {"tensor": p["tensor"]}
        return Parallelism(**tensor, data=p.get("data"), data_local=p.get("dataLocal"), workers=p.get("workers"))

    # -- constructs -----------------------------------------------------------------------------

    def workload(self, role: str, spec: dict[str, Any]) -> PoolWorkload:
        """The pool's workload: a LeaderWorkerSet when ``multinode``, requester pods for decode when
        ``requester.enable``, else a Deployment."""
        pods = requester(self.values) if role == "decode" else None
        if disaggregated_set(self.values) is not None:
            if pods is not None:
                raise ModelServiceError.at("requester.enable", "the requester cannot be combined with "
                                                               "disaggregatedSet.enabled: true")
            update = as_map(as_map(spec.get("strategy"), f"{role}.strategy").get("rollingUpdate"),
                          f"{role}.strategy.rollingUpdate")
            return PoolWorkload.disaggregated_set_role(
                max_surge=update.get("maxSurge"), max_unavailable=update.get("maxUnavailable"),
                sub_group_policy=spec.get("subGroupPolicy") or None)
        if self.values.get("multinode"):
            return PoolWorkload.leader_worker_set(
                sub_group_policy=spec.get("subGroupPolicy") or None,
                sub_group_exclusive_topology=HOSTNAME_LABEL if spec.get("subGroupExclusiveTopology") else None)
        if pods is not None:
            return PoolWorkload.requester(pods)
        return PoolWorkload.deployment(strategy=spec.get("strategy") or None)

    def pool_props(self, role: str) -> dict[str, Any]:
        """Keyword props of the DecodePool / PrefillPool for ``<role>``."""
        spec = as_map(self.values.get(role), role)
        multinode = bool(self.values.get("multinode"))
        pool_accelerator, dra = accelerator(self.values, role)
        types = as_map(spec.get("acceleratorTypes"), f"{role}.acceleratorTypes")
        autoscaled = bool(as_map(spec.get("autoscaling"), f"{role}.autoscaling").get("enabled"))
        priority_class = spec.get("priorityClassName") or None
        props: dict[str, Any] = {
            "containers": [self.container(c, f"{role}.containers[{i}]")
                           for i, c in enumerate(as_list(spec.get("containers"), f"{role}.containers"))],
            "workload": self.workload(role, spec),
            # the chart drops replicas for autoscaled LeaderWorkerSets only
            "replicas": (None if (multinode and autoscaled) or autoscaler_engine(self.values, role)
                         else spec.get("replicas", 1)),
            "parallelism": self.parallelism(role, spec),
            "accelerator": pool_accelerator,
            "dra": dra,
            "annotations": as_map(spec.get("annotations"), f"{role}.annotations"),
            "pod_annotations": as_map(spec.get("podAnnotations"), f"{role}.podAnnotations"),
            "node_selector": as_map(spec.get("nodeSelector"), f"{role}.nodeSelector"),
            "tolerations": as_list(spec.get("tolerations"), f"{role}.tolerations"),
            "node_affinity": self.node_affinity(role, types),
            "scheduler_name": spec.get("schedulerName") or self.values.get("schedulerName") or None,
            # the chart renders no priority class for the value "none", in any case
            "priority_class_name": None if str(priority_class).lower() == "none" else priority_class,
            "image_pull_secrets": as_list(spec.get("imagePullSecrets"), f"{role}.imagePullSecrets"),
            "pod_security_context": spec.get("podSecurityContext") or None,
            "enable_service_links": spec.get("enableServiceLinks"),
            "termination_grace_period_seconds": spec.get("terminationGracePeriodSeconds"),
            "init_containers": as_list(spec.get("initContainers"), f"{role}.initContainers"),
            "volumes": as_list(spec.get("volumes"), f"{role}.volumes"),
            "resource_claims": as_list(spec.get("resourceClaims"), f"{role}.resourceClaims"),
            "monitoring": self.monitoring(role, spec),
            "extra_config": as_map(render(spec.get("extraConfig"), self.ctx, f"{role}.extraConfig"),
                                 f"{role}.extraConfig"),
        }
        if multinode:  # the chart renders these on LeaderWorkerSets only
            props.update(host_ipc=spec.get("hostIPC"), host_pid=spec.get("hostPID"))
        return props

    def node_affinity(self, role: str, types: dict[str, Any]) -> NodeAffinity | None:
        """``<role>.acceleratorTypes`` as required node affinity, when a label key is set."""
        if not types.get("labelKey"):
            return None
        values = as_list(types.get("labelValues"), f"{role}.acceleratorTypes.labelValues")
        return NodeAffinity(types["labelKey"], values)

    def build(self, scope: Construct, id: str) -> ModelServer:
        """The ModelServer and pools the values describe, in ``scope``."""
        problems: list[Problem] = check_values(self.values)
        invalid = bool(problems)

        def attempt(fn: Any, *args: Any, role: str | None = None, anchors: dict[str, str] | None = None) -> Any:
            try:
                return fn(*args)
            except ModelServiceError as err:  # one problem per path: the schema's word comes first
                seen = {p.path for p in problems}
                problems.extend(p for p in rewrite(err, role, anchors).problems if p.path not in seen)
            except (TypeError, ValueError, AttributeError, KeyError):
                if not invalid:  # not a consequence of a problem already reported
                    raise
            return None

        model = attempt(model_artifacts, self.ctx)
        sidecar = attempt(routing_sidecar, self.values)
        server_tracing = attempt(tracing, self.values)
        server_accelerator = attempt(accelerator, self.values)
        backend = attempt(disaggregated_set, self.values)
        extra = attempt(extra_objects, self.ctx)
        roles = [r for r in ROLES if as_map(self.values.get(r), r).get("create")]
        props = {role: attempt(self.pool_props, role, role=role) for role in roles}
        if problems:
            raise ModelServiceError(problems)
        routing = as_map(self.values.get("routing"), "routing")
        name_source = "fullnameOverride" if self.values.get("fullnameOverride") else "RELEASE"
        try:
            server = ChartModelServer(
                scope, id, name=fullname(self.release, self.values), model=model,
                **given(service_port=routing.get("servicePort")), routing_sidecar=sidecar,
                accelerator=server_accelerator[0], dra=server_accelerator[1], tracing=server_tracing, kv_transfer=None,
                service_account=self.values.get("serviceAccountOverride") or None,
                scheduler_name=self.values.get("schedulerName") or None, namespace=self.namespace,
                extra_objects=extra, **({"backend": backend} if backend is not None else {}))
        except ModelServiceError as err:
            raise rewrite(err, anchors={"ModelServer.name": f"{name_source} (the object name prefix)"}) from None
        pools: dict[str, ModelPool] = {}
        for role in roles:
            pool_class = ChartDecodePool if role == "decode" else ChartPrefillPool
            kind = props[role]["accelerator"].type
            pool_autoscaling = attempt(autoscaling, self.values, role, pools, role=role)
            extra_props = {"autoscaling": pool_autoscaling} if pool_autoscaling is not None else {}
            pool = attempt(functools.partial(pool_class, server, role.capitalize(), **props[role], **extra_props),
                           role=role, anchors={f"{pool_class.prop_root}.accelerator.device_claim":
                                               f"accelerator.resourceClaimTemplates.{kind}"})
            if pool is not None:
                pools[role] = pool
        if not problems:
            attempt(gateway_routing, scope, server, self.values, server_tracing)
        if problems:
            raise ModelServiceError(problems)
        return server
