"""The checks of a model pool: its props before anything is built, and the pod spec its hooks built.

Each function returns the problems it finds; :class:`~modelservice_constructs.pools.base.ModelPool` reports
them through its ``report`` hook (which the values layer's chart classes override).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from .. import containers as model_containers
from ..errors import ModelServiceError, Problem, show
from ..names import label_problems, quantity_amount
from ..routing import CONTAINER_NAME as ROUTING_CONTAINER
from ..security import pod_privilege_problems, runs_as_root

if TYPE_CHECKING:
    from ..accelerators import AcceleratorClaim
    from .base import ModelPool


def prop_problems(pool: ModelPool, use_dra: bool, claim: AcceleratorClaim | None) -> list[Problem]:
    """What the pool's props show wrong before anything is built: the workload kind, DRA, the claim,
    replicas, labels, accelerator counts, container names, the data-parallel layout, then (when all that
    holds) the containers."""
    root = pool.prop_root
    problems: list[Problem] = pool.server.backend.pool_problems(pool) or list(pool.workload_kind.problems(pool))
    if use_dra and claim is None and pool.accelerator.device_claim is None:
        problems.append(Problem(f"{root}.accelerator.device_claim", "DRA is enabled but accelerator type "
                                f"{pool.accelerator.type!r} has no resource claim template configuration "
                                "(class, match, selectors)"))
    if claim is not None and claim.role != pool.role:
        problems.append(Problem(f"{root}.accelerator_claim", f"the claim was made for role {claim.role!r}; a "
                                f"{root} needs one made for role {pool.role!r}"))
    elif claim is not None and claim.count != pool.parallelism.accelerators_per_worker:
        problems.append(Problem(f"{root}.accelerator_claim", f"claims {claim.count} devices per pod, but the "
                                f"pool's parallelism needs {pool.parallelism.accelerators_per_worker} "
                                "(tensor x data_local); make them agree"))
    replicas = pool.requested_replicas
    if replicas is not None and (isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 0):
        problems.append(Problem(f"{root}.replicas", f"must be a whole number >= 0 or None, got {show(replicas)}"))
    problems += label_problems({k: "" for k in pool.annotations}, f"{root}.annotations")
    problems += label_problems({k: "" for k in pool.pod_annotations}, f"{root}.pod_annotations")
    problems += label_problems(pool.node_selector, f"{root}.node_selector")
    resource = pool.accelerator.resource
    for i, container in enumerate(pool.containers):
        for kind, amounts in (("limits", container.limits), ("requests", container.requests)):
            count = amounts.get(resource) if resource else None
            if count is None:
                continue
            where = f"{root}.containers[{i}].{kind}.{resource}"
            if not re.fullmatch(r"\d+", str(count)):
                problems.append(Problem(where, f"accelerators are whole devices, got {show(count)}"))
            if use_dra:
                problems.append(Problem(where, f"device-plugin accelerator {kind} cannot be used with DRA (the "
                                        "pod claims its accelerators through a ResourceClaimTemplate); "
                                        f"remove {resource!r}"))
    names = [str(c.get("name")) for c in pool.init_containers] + [c.name for c in pool.containers]
    if pool.role == "decode" and pool.server.routing_sidecar is not None:
        names.append(ROUTING_CONTAINER)
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        model_names = [c.name for c in pool.containers]
        where = "containers" if any(model_names.count(n) > 1 for n in repeated) else "init_containers"
        problems.append(Problem(f"{root}.{where}", "container names must be unique in a pod (init containers "
                                f"and the routing sidecar included); {', '.join(repeated)} repeats"))
    grouped = pool.workload_kind.groups_pods
    try:
        problems += pool.parallelism.layout_problems(grouped, f"{root}.parallelism")
    except ModelServiceError as err:
        problems += err.rebased("Parallelism", f"{root}.parallelism").problems
    if not problems:
        problems += container_problems(pool, use_dra)
    return problems

def container_problems(pool: ModelPool, use_dra: bool) -> list[Problem]:
    """Flags the pool owns spelt in user args; env entries the pool's own would override; accelerator requests
    that would differ from limits; requests above limits."""
    problems: list[Problem] = []
    computed = pool.parallelism.accelerators_per_worker
    for i, (container, ctx) in enumerate(zip(pool.containers, pool.container_contexts(), strict=True)):
        path = f"{pool.prop_root}.containers[{i}]"
        problems += model_containers.flag_problems(container, ctx, path)
        problems += model_containers.env_problems(container, ctx, path)
        resource = model_containers.accelerator_resource(container, pool.accelerator)
        paired = resource if resource and not use_dra and computed >= 1 else None
        if paired is not None:
            limit = str(container.limits.get(paired, computed))
            request = str(container.requests.get(paired, computed))
            if limit != request:
                problems.append(Problem(
                    f"{path}.{'limits' if paired in container.limits else 'requests'}.{paired}",
                    f"would render {paired} limits {limit} and requests {request}; Kubernetes requires them "
                    "equal for extended resources: set both, or neither to use tensor x data_local "
                    f"({computed})", "accelerator-requests"))
        problems += request_problems(container.limits, container.requests, path,
                                     skip=() if paired is None else (paired,))
    return problems


def request_problems(limits: Mapping[str, Any], requests: Mapping[str, Any], path: str,
                     skip: Collection[str] = ()) -> list[Problem]:
    """Requests of a container above its limit for the same resource (quantities compared by amount: ``1500m``
    is above ``1``, ``1Gi`` is not above ``1024Mi``), named ``<path>.requests.<resource>``; resources in
    ``skip`` are left to another check. A limit alone is also the request, and the profile's default requests
    fill only resources without a limit, so only a request given with its limit can exceed it. Default ``skip``:
    none."""
    problems: list[Problem] = []
    for key, request in requests.items():
        if key in skip or key not in limits:
            continue
        wanted, allowed = quantity_amount(request), quantity_amount(limits[key])
        if wanted is not None and allowed is not None and wanted > allowed:
            problems.append(Problem(
                f"{path}.requests.{key}",
                f"request {request} is above the {key} limit {limits[key]}; Kubernetes rejects a container whose "
                "request exceeds its limit: lower the request or raise the limit", "requests-above-limits"))
    return problems


def container_places(pool: ModelPool, spec: dict[str, Any]) -> dict[str, str]:
    """The prop path of each container of a built pod spec, by name: the props' init containers and model
    containers by their index in the props, the routing sidecar as ``ModelServer.routing_sidecar``, and a
    container only the built spec has (a subclass's hook added it) by its index there."""
    root = pool.prop_root
    places = {str(c.get("name")): f"{root}.{prop}[{i}]"
              for field, prop in (("initContainers", "init_containers"), ("containers", "containers"))
              for i, c in enumerate(spec.get(field) or [])}
    if pool.role == "decode" and pool.server.routing_sidecar is not None:
        places[ROUTING_CONTAINER] = "ModelServer.routing_sidecar"
    places.update({str(c.get("name")): f"{root}.init_containers[{i}]" for i, c in enumerate(pool.init_containers)})
    places.update({c.name: f"{root}.containers[{i}]" for i, c in enumerate(pool.containers)})
    return places


def pod_spec_problems(pool: ModelPool, spec: dict[str, Any]) -> list[Problem]:
    """Problems of a built pod spec: mounts of volumes the pod lacks, a PodMonitor port no container names,
    two containers on one port, and :func:`security_problems`."""
    root = pool.prop_root
    problems: list[Problem] = []
    volumes = {v.get("name") for v in spec.get("volumes", [])}
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    named = container_places(pool, spec)
    places = [named[str(c.get("name"))] for c in containers]
    for container, place in zip(containers, places, strict=True):
        for j, mount in enumerate(container.get("volumeMounts", []) or []):
            if mount.get("name") not in volumes:
                problems.append(Problem(
                    f"{place}.volume_mounts[{j}].name",
                    f"mounts volume {mount.get('name')!r}, which the pod does not have; "
                    f"volumes: {', '.join(sorted(str(v) for v in volumes)) or 'none'}"))
    if pool.monitoring is not None:
        ports = {str(p.get("name")) for c in containers for p in c.get("ports", []) or [] if p.get("name")}
        if str(pool.monitoring.port_name) not in ports:
            problems.append(Problem(
                f"{root}.monitoring.port_name",
                f"{pool.monitoring.port_name!r} is not a named port of the pod's containers "
                f"(named ports: {', '.join(sorted(ports)) or 'none'}); name the metrics port in ports",
                "monitor-port"))
    owners: dict[tuple[Any, Any], str] = {}
    for container, place in zip(containers, places, strict=True):
        for j, port in enumerate(container.get("ports", []) or []):
            key = (port.get("containerPort"), port.get("protocol", "TCP"))
            if key in owners:
                problems.append(Problem(
                    f"{place}.ports[{j}].containerPort",
                    f"port {key[0]} is already declared by {owners[key]} (containers of a pod share its "
                    "network, the routing sidecar included); use another port", "port-collision"))
            owners.setdefault(key, f"container {container.get('name')!r}")
    return problems + security_problems(pool, spec)

def security_problems(pool: ModelPool, spec: dict[str, Any]) -> list[Problem]:
    """Privileges the pod asks for that the profile does not allow (coded by :class:`Privilege`), and
    images that run as root under ``run_as_non_root``."""
    root = pool.prop_root
    security = pool.profile.security
    places = container_places(pool, spec)
    problems = pod_privilege_problems(spec, places, root, security.model_capabilities, security.allowed)
    for i, container in enumerate(pool.containers):
        given = {**(pool.pod_security_context or {}), **(container.security_context or {})}
        if (security.run_as_non_root and security.run_as_user is None and runs_as_root(container.image)
                and "runAsNonRoot" not in given and "runAsUser" not in given):
            problems.append(Problem(
                f"{root}.containers[{i}].image",
                f"{container.image!r} runs as root, which runAsNonRoot (PodSecurity.run_as_non_root, on by "
                "default) forbids: the kubelet would not start it; use an image that runs as a non-root user "
                "(ghcr.io/llm-d/llm-d-cuda) or opt out with Profile(security=PodSecurity("
                "run_as_non_root=False))"))
    return problems
