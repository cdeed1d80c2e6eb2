"""The checks of a model pool: its props before anything is built, and the pod spec its hooks built.

Each function returns the problems it finds; :class:`~modelservice_constructs.pools.base.ModelPool` reports
them through its ``report`` hook (which the values layer's chart classes override).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import containers as model_containers
from ..component_contracts import sidecar_args_problems, split_deprecations, vllm_args_problems
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
    accelerator = pool.accelerator
    if not use_dra and accelerator.resource is None and accelerator.type != "cpu":
        through = (f"only through DRA (device class {accelerator.device_claim.device_class!r})"
                   if accelerator.device_claim is not None else "neither through a device plugin nor DRA")
        problems.append(Problem(f"{root}.accelerator", f"accelerator type {accelerator.type!r} is requested "
                                f"{through}, so the pods would get no device; set dra=True on the pool or the "
                                "ModelServer, or use an accelerator with a device-plugin resource"))
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
    problems += label_problems(pool.node_selector, f"{root}.pod.node_selector")
    resource = pool.accelerator.resource
    for i, container in enumerate(pool.containers):
        for kind, amounts in (("limits", container.limits), ("requests", container.requests)):
            count = amounts.get(resource) if resource else None
            if count is None:
                continue
            where = f"{root}.containers[{i}].{kind}.{resource}"
            if _count(count) is None:
                problems.append(Problem(where, f"accelerators are whole devices, got {show(count)}"))
            if use_dra:
                problems.append(Problem(where, f"device-plugin accelerator {kind} cannot be used with DRA (the "
                                        "pod claims its accelerators through a ResourceClaimTemplate); "
                                        f"remove {resource!r}"))
    names = [str(c.get("name")) for c in pool.init_containers] + [c.name for c in pool.containers]
    if pool.routing_sidecar is not None:
        names.append(ROUTING_CONTAINER)
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        model_names = [c.name for c in pool.containers]
        where = "containers" if any(model_names.count(n) > 1 for n in repeated) else "init_containers"
        problems.append(Problem(f"{root}.{where}", "container names must be unique in a pod (init containers "
                                f"and the routing sidecar included); {', '.join(repeated)} repeats"))
    ranks = pool.parallelism.data_size * pool.parallelism.tensor
    if pool.expert_parallel is not None and ranks < 2:
        problems.append(Problem(f"{root}.expert_parallel", "expert parallelism spreads the experts over the pool's "
                                "ranks (tensor x data parallel), and the pool has one; set Parallelism.data (or "
                                "tensor) above 1, or leave expert_parallel out"))
    grouped = pool.workload_kind.groups_pods
    try:
        problems += pool.parallelism.layout_problems(grouped, f"{root}.parallelism")
    except ModelServiceError as err:
        problems += err.rebased("Parallelism", f"{root}.parallelism").problems
    if not problems:
        problems += container_problems(pool, use_dra) + offload_problems(pool)
    return problems


def offload_problems(pool: ModelPool) -> list[Problem]:
    """With a CPU tier of the KV cache (``ModelServer.kv_offload``), the vLLM container running it may use that much
    memory (its memory limit, which the memory-backed ``/dev/shm`` also counts against), and ``/dev/shm`` holds it
    (``PodSecurity.shm_size``, when given): vLLM pins the tier in host memory and shares it between its workers, so a
    smaller limit or ``/dev/shm`` kills the pod when the tier fills."""
    offload = pool.server.kv_offload
    if offload is None or pool.server.active_kv_transfer is None:
        return []
    root = pool.prop_root
    problems: list[Problem] = []
    ctx = pool.container_context()
    for i, container in enumerate(pool.containers):
        if not container.command_kind.uses_kv_transfer(container, ctx):
            continue
        limit = container.limits.get("memory")
        amount = quantity_amount(limit) if limit is not None else None
        ranks = pool.parallelism.accelerators_per_worker
        if amount is not None and amount < offload.pod_bytes(ranks) and offload.store is not None:
            given = (f"transfer buffer MooncakeStore.buffer_bytes {offload.store.buffer_bytes}"
                     if offload.store.standalone else
                     f"(segment KvOffload.cpu_bytes {offload.cpu_bytes} + transfer buffer MooncakeStore.buffer_bytes "
                     f"{offload.store.buffer_bytes})")
            problems.append(Problem(f"{root}.containers[{i}].limits.memory", (
                f"{limit} is less than the Mooncake store's memory in the pod: {ranks} vLLM rank(s) x {given}; the "
                "container would be killed when the store fills; raise the limit above that and the model server's "
                "own memory, or contribute less")))
        elif amount is not None and amount < offload.pod_bytes(ranks):
            problems.append(Problem(f"{root}.containers[{i}].limits.memory", (
                f"{limit} is less than the CPU tier of the KV cache vLLM pins in it (KvOffload.cpu_bytes "
                f"{offload.cpu_bytes}, cpu_bytes_to_use): the container would be killed when the tier fills; raise "
                "the limit above the tier and the model server's own memory, or offload less")))
        break
    shm = pool.profile.security.shm_size
    amount = quantity_amount(shm) if shm is not None and pool.has_shm and offload.shares_shm else None
    if amount is not None and amount < offload.bytes:
        problems.append(Problem(f"{root}.profile.security.shm_size", (
            f"/dev/shm of {shm} is smaller than the CPU tier of the KV cache (KvOffload.cpu_bytes {offload.cpu_bytes}) "
            "vLLM shares between its workers: leave shm_size unset (the pool sizes /dev/shm for the tier) or make it "
            "at least the tier")))
    return problems


def _count(value: Any) -> int | None:
    return int(value) if re.fullmatch(r"\d+", str(value)) else None


def accelerator_count_problems(pool: ModelPool, use_dra: bool) -> list[Problem]:
    """A vLLM container whose accelerator limit contradicts the parallelism (vLLM starts tensor x data_local
    ranks whatever the pod gets, and fails without enough devices), and a pod asking for more devices than one
    node of the accelerator has (``Accelerator.max_per_node``: it would never be scheduled)."""
    computed = pool.parallelism.accelerators_per_worker
    accelerator = pool.accelerator
    problems: list[Problem] = []
    total = 0
    for i, container in enumerate(pool.containers):
        resource = model_containers.accelerator_resource(container, accelerator)
        if resource is None or use_dra or computed < 1:
            continue
        given = _count(container.limits.get(resource, computed))
        total += given or 0
        if given is not None and given != computed and container.command_kind.runs_vllm(container):
            problems.append(Problem(
                f"{pool.prop_root}.containers[{i}].limits.{resource}",
                f"{given} {resource} contradicts the pool's parallelism: vLLM starts tensor x data_local = {computed} "
                f"ranks on {computed} devices; leave the limit out (the pool asks for {computed}) or change "
                "Parallelism", "accelerator-mismatch"))
    if use_dra:
        total = (accelerator.device_claim.count if accelerator.device_claim and accelerator.device_claim.count
                 else computed)
    if accelerator.type != "cpu" and total > accelerator.max_per_node:
        problems.append(Problem(
            f"{pool.prop_root}.parallelism",
            f"each pod asks for {total} {accelerator.resource or accelerator.type} devices, more than one node of "
            f"{accelerator.type} has (Accelerator.max_per_node: {accelerator.max_per_node}), so it would never be "
            "scheduled; spread it over the pods of a LeaderWorkerSet group (Parallelism.nodes, or data ranks over "
            "workers) or, for larger nodes, raise max_per_node", "accelerator-per-node"))
    return problems


def container_problems(pool: ModelPool, use_dra: bool) -> list[Problem]:
    """Flags the pool owns spelt in user args; env entries the pool's own would override; accelerator requests
    that would differ from limits; requests above limits; accelerator counts (:func:`accelerator_count_problems`)."""
    problems: list[Problem] = accelerator_count_problems(pool, use_dra)
    contradicted = {p.path for p in problems if p.code == "accelerator-mismatch"}
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
            if limit != request and f"{path}.limits.{paired}" not in contradicted:
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
    if pool.routing_sidecar is not None:
        places[ROUTING_CONTAINER] = "ModelServer.routing_sidecar"
    places.update({str(c.get("name")): f"{root}.init_containers[{i}]" for i, c in enumerate(pool.init_containers)})
    places.update({c.name: f"{root}.containers[{i}]" for i, c in enumerate(pool.containers)})
    return places


def pod_label_problems(pool: ModelPool, metadata: dict[str, Any]) -> list[Problem]:
    """The pod template's labels (built by ``build_pod_metadata``) must carry the pool's ``selector_labels``:
    the workload's selector, the PodDisruptionBudget and InferencePools select the pods by them."""
    labels = metadata.get("labels") or {}
    missing = {k: v for k, v in pool.selector_labels.items() if labels.get(k) != v}
    if not missing:
        return []
    return [Problem(f"{pool.prop_root}.selector_labels", f"{show(missing)} is not on the pod template built "
                    f"(labels {show(labels)}), but the workload, its disruption budget and InferencePools select the "
                    "pods by it (the API server refuses a workload whose selector misses its template): keep "
                    "selector_labels on the pods in build_pod_metadata")]


def release_problems(pool: ModelPool, spec: dict[str, Any]) -> list[Problem]:
    """What the components of the server's llm-d release would refuse at start in a built pod spec: flags of the
    routing sidecar its release does not accept (or deprecates), and flags of every ``vllm serve`` container
    (ours and the user's) the release's vLLM does not accept (:mod:`~modelservice_constructs.component_contracts`).
    Problems name the container's prop path and the flag."""
    release = pool.server.release
    named = container_places(pool, spec)
    problems: list[Problem] = []
    for container in [*spec.get("initContainers", []), *spec.get("containers", [])]:
        name, place = str(container.get("name")), named[str(container.get("name"))]
        args = model_containers.vllm_serve_args(container)
        if name == ROUTING_CONTAINER and place == "ModelServer.routing_sidecar":
            problems += sidecar_args_problems(container.get("args") or [], release.router, place)
        elif args is not None:
            problems += vllm_args_problems(args, release.vllm, release.tag, f"{place}.args")
    return split_deprecations(problems)


def pod_spec_problems(pool: ModelPool, spec: dict[str, Any]) -> list[Problem]:
    """Problems of a built pod spec: containers of one name, mounts of volumes the pod lacks, a PodMonitor port
    no container names, two listeners on one port (:func:`port_collision_problems`), and
    :func:`security_problems`."""
    root = pool.prop_root
    problems: list[Problem] = []
    volumes = {v.get("name") for v in spec.get("volumes", [])}
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    names = [str(c.get("name")) for c in containers]
    if repeated := sorted({n for n in names if names.count(n) > 1}):
        problems.append(Problem(f"{root}.containers", f"the pod spec built has more than one container named "
                                f"{', '.join(repeated)} (init containers and the routing sidecar included); names "
                                "must be unique in a pod: rename what the pool's build hooks add"))
    named = container_places(pool, spec)
    for container in containers:
        place = named[str(container.get("name"))]
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
    problems += port_collision_problems(pool, spec, named)
    return problems + security_problems(pool, spec, named)


@dataclass(frozen=True)
class Listener:
    """A port a container of a pod listens on: a port the pool starts a process on, or a declared one."""

    port: Any
    protocol: str
    container: str
    path: str
    """The prop a collision on this port is reported at."""
    what: str
    """What listens (empty for a declared port of no process the pool starts)."""
    origin: str
    """The prop that sets the port."""
    declared: bool = False
    """Whether a ``ports`` entry of the container declares it."""
    remedy: str = "use another port"
    """What to do when it collides."""

    def describe(self) -> str:
        """What listens and the prop that sets the port, as a message says it."""
        return f"{self.what}, {self.origin}" if self.what else self.origin


SERVER_PORT_PROPS = ("ModelServer.service_port", "ModelServer.routing_sidecar.target_port", "KvTransfer.")
"""Props of the server whose ports :func:`model_server.port_problems` checks against each other."""


def _process_listeners(pool: ModelPool, spec: dict[str, Any]) -> dict[str, list[Listener]]:
    """By container name, the ports of the processes the pool starts in the built pod: the routing sidecar's
    ``--port``, vLLM's ``--port`` in each container the pool starts it in, the KV connector's ports, and the
    data-parallel RPC port of vllmServe containers in a group spanning pods."""
    root = pool.prop_root
    names = {str(c.get("name")) for field in ("initContainers", "containers") for c in spec.get(field) or []}
    found: dict[str, list[Listener]] = {}
    sidecar = pool.routing_sidecar
    if sidecar is not None and ROUTING_CONTAINER in names:
        found[ROUTING_CONTAINER] = [Listener(pool.server.service_port, "TCP", ROUTING_CONTAINER,
                                             "ModelServer.service_port", "the routing sidecar's --port",
                                             "ModelServer.service_port")]
    vllm_prop = "ModelServer.routing_sidecar.target_port" if sidecar is not None else "ModelServer.service_port"
    group = pool.forms_pod_group()
    for i, (container, ctx) in enumerate(zip(pool.containers, pool.container_contexts(), strict=True)):
        command = container.command_kind
        if container.name not in names or not command.starts_vllm:
            continue
        path = f"{root}.containers[{i}]"
        own = found.setdefault(container.name, [])
        own.append(Listener(ctx.port, "TCP", container.name, f"{path}.model_command", "vLLM's --port", vllm_prop,
                            remedy="the pool starts vLLM on this port in every vllmServe and imageDefault "
                            "container of the pod; start it in one of them (model_command custom for the others)"))
        if command.uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
            for k, port in enumerate(ctx.kv_transfer.ports):
                prop = ctx.kv_transfer.port_prop(k)
                own.append(Listener(port.get("containerPort"), str(port.get("protocol", "TCP")), container.name,
                                    prop, "the KV connector", prop))
        parallelism = pool.parallelism
        if parallelism.rank_ports and command.declares_vllm_port:
            own += [Listener(ctx.port + k, "TCP", container.name, f"{root}.parallelism.rank_ports",
                             f"vLLM's rank {k} (--port + {k})", f"{root}.parallelism.rank_ports")
                    for k in range(1, parallelism.serving_ports)]
            prop = f"{root}.parallelism.supervisor_port"
            own.append(Listener(parallelism.supervisor_port, "TCP", container.name, prop,
                                "vLLM's --data-parallel-supervisor-port", prop))
        if group and command.joins_pod_group:
            prop = f"{root}.parallelism.rpc_port"
            own.append(Listener(pool.parallelism.rpc_port, "TCP", container.name, prop,
                                "vLLM's --data-parallel-rpc-port", prop))
    return found


def listeners(pool: ModelPool, spec: dict[str, Any], places: Mapping[str, str]) -> list[Listener]:
    """Every port the containers of the built pod listen on, in the order of the pod's containers: the ports
    of the processes the pool starts in each (see :func:`_process_listeners`), then its declared ``ports`` (a
    declared port a process of the container listens on declares that process's port). ``places``: the prop
    path of each container (:func:`container_places`)."""
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    processes = _process_listeners(pool, spec)
    found: list[Listener] = []
    for container in containers:
        name = str(container.get("name"))
        own = list(processes.get(name, []))
        for j, port in enumerate(container.get("ports", []) or []):
            key = (port.get("containerPort"), port.get("protocol", "TCP"))
            match = next((n for n, item in enumerate(own) if not item.declared and (item.port, item.protocol) == key),
                         None)
            if match is not None:
                own[match] = replace(own[match], declared=True)
                continue
            path = f"{places[name]}.ports[{j}].containerPort"
            own.append(Listener(key[0], str(key[1]), name, path, "", path, declared=True))
        found += own
    return found


def _server_checked(a: Listener, b: Listener) -> bool:
    """Whether two ports set by different props of the server were checked when the server was created."""
    return a.origin != b.origin and all(x.origin.startswith(SERVER_PORT_PROPS) for x in (a, b))


def port_collision_problems(pool: ModelPool, spec: dict[str, Any], places: Mapping[str, str]) -> list[Problem]:
    """Two listeners of the pod on one port (containers of a pod share its network): each collision is
    reported at the later listener's prop and names the earlier one's. ``places``: as for :func:`listeners`."""
    problems: list[Problem] = []
    owners: dict[tuple[Any, str], Listener] = {}
    for listener in listeners(pool, spec, places):
        key = (listener.port, listener.protocol)
        first = owners.setdefault(key, listener)
        if first is listener or _server_checked(first, listener):
            continue
        own = f" ({listener.what}, {listener.origin})" if listener.what else ""
        problems.append(Problem(
            listener.path,
            f"port {listener.port}{own} is already {'declared' if first.declared else 'used'} by container "
            f"{first.container!r} ({first.describe()}); the containers of a pod share its network (the routing "
            f"sidecar included), so every port they listen on must be distinct: {listener.remedy}",
            "port-collision"))
    return problems


def security_problems(pool: ModelPool, spec: dict[str, Any], places: Mapping[str, str]) -> list[Problem]:
    """Privileges the pod asks for that the profile does not allow (coded by :class:`Privilege`), and
    images that run as root under ``run_as_non_root``. ``places``: the prop path of each container of
    ``spec`` (:func:`container_places`)."""
    root = pool.prop_root
    security = pool.profile.security
    # hostIPC and hostPID come from the pool's PodOptions: named under ``pod``
    pod_fields = {f"{root}.{field}": f"{root}.pod.{field}" for field in ("host_ipc", "host_pid")}
    problems = [replace(p, path=pod_fields.get(p.path, p.path))
                for p in pod_privilege_problems(spec, places, root, security.model_capabilities, security.allowed)]
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
