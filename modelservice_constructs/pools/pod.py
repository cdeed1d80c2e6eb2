"""The pods of a model pool as Kubernetes JSON: what their containers are rendered with, the containers,
volumes, pod metadata and pod spec, and the pool props that set each pod spec field.

Each function computes what the :class:`~modelservice_constructs.pools.base.ModelPool` hook method of the
same name returns by default, and reaches the other parts through the pool's hook methods, so that a
subclass overriding one of them changes what the others build.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from .. import containers as model_containers
from ..containers import ContainerContext
from ..errors import ModelServiceError
from ..labels import SERVING_LABEL
from ..names import quantity_amount
from ..routing import CONTAINER_NAME as ROUTING_CONTAINER
from ..security import CACHE_PATH, CACHE_VOLUME, SHM_VOLUME, shm_size_for

if TYPE_CHECKING:
    from .base import ModelPool

POD_FIELD_PROPS: dict[str, str] = {
    "containers": "containers", "initContainers": "init_containers", "volumes": "volumes",
    "tolerations": "pod.tolerations", "nodeSelector": "pod.node_selector", "affinity": "pod.node_affinity",
    "imagePullSecrets": "pod.image_pull_secrets", "securityContext": "pod.pod_security_context",
    "resourceClaims": "resource_claims"}
"""Pod spec fields -> the pool prop path (under the pool) that sets them, for naming problems of the built pod
spec; others come from ``extra_config``."""


def container_context(pool: ModelPool) -> ContainerContext:
    """What the model containers are rendered with: the pool's role, vLLM port, model, parallelism,
    accelerator and claims, the server's tracing and KV connector, and the pool profile's security, probes,
    default requests and ``/dev/shm``."""
    tracing = pool.server.tracing
    service = ""
    if tracing is not None:
        service = tracing.decode_service_name if pool.role == "decode" else tracing.prefill_service_name
    return ContainerContext(role=pool.role, port=pool.vllm_port, model=pool.server.model,
                            parallelism=pool.parallelism, accelerator=pool.accelerator, dra=pool.dra,
                            claim_names=[c["name"] for c in pool.resource_claims],
                            tracing=tracing, tracing_service_name=service,
                            kv_transfer=pool.server.active_kv_transfer, kv_events=pool.server.kv_events,
                            lora=pool.server.lora, expert_parallel=pool.expert_parallel,
                            pod_port=pool.server.service_port,
                            pod_group=pool.forms_pod_group(),
                            security=pool.profile.security, probes=pool.profile.probes,
                            default_requests=pool.profile.default_requests, shm=pool.has_shm)


def container_contexts(pool: ModelPool) -> list[ContainerContext]:
    """The context of each container: the pool's ``container_context()``, with the KV connector and KV events for
    the first container that serves the model only (one side channel and one event socket per pod)."""
    ctx = pool.container_context()
    kv_container = next((c for c in pool.containers if c.command_kind.uses_kv_transfer(c, ctx)
                         or c.command_kind.uses_kv_events(c, ctx)), None)
    without_kv = dataclasses.replace(ctx, kv_transfer=None, kv_events=None)
    return [ctx if c is kv_container else without_kv for c in pool.containers]


def build_containers(pool: ModelPool) -> list[dict[str, Any]]:
    """Each model container rendered with its context (``container_contexts()``); errors name
    ``<pool>.containers[i]``."""
    return [model_containers.render(c, ctx, f"{pool.prop_root}.containers[{i}]")
            for i, (c, ctx) in enumerate(zip(pool.containers, pool.container_contexts(), strict=True))]


def has_shm(pool: ModelPool) -> bool:
    """Whether the pod gets the memory-backed ``/dev/shm`` of the profile: unless it shares the host's IPC
    namespace or has a volume of that name, when a container may use it."""
    return (pool.profile.security.dev_shm and not pool.host_ipc
            and all(v.get("name") != SHM_VOLUME for v in pool.volumes)
            and any(model_containers.needs_shm(c) for c in pool.containers))


def profile_volumes(pool: ModelPool) -> list[dict[str, Any]]:
    """The volumes of the profile, each unless the pod already has it or no container needs it: the
    writable cache emptyDir, the memory-backed ``/dev/shm`` (sized ``PodSecurity.shm_size``, else 1Gi per
    accelerator of the pod), the token file."""
    security = pool.profile.security
    names = {v.get("name") for v in pool.volumes}
    volumes: list[dict[str, Any]] = []
    if security.cache_volume and CACHE_VOLUME not in names and any(
            CACHE_PATH not in [m.get("mountPath") for m in c.volume_mounts] for c in pool.containers):
        volumes.append({"name": CACHE_VOLUME, "emptyDir": {"sizeLimit": security.cache_size}})
    if pool.has_shm:
        size = security.shm_size or shm_size_for(pool.parallelism.accelerators_per_worker)
        offload = pool.server.kv_offload
        if security.shm_size is None and offload is not None and offload.shares_shm \
                and pool.server.active_kv_transfer is not None and offload.bytes > (quantity_amount(size) or 0):
            size = offload.cpu_bytes  # the CPU tier of the KV cache, which vLLM's workers share there
        volumes.append({"name": SHM_VOLUME, "emptyDir": {"medium": "Memory", "sizeLimit": size}})
    model = pool.server.model
    if security.hf_token_file and model.auth_secret_name and any(c.command_kind.reads_token_file
                                                                  for c in pool.containers):
        volumes.append(model.token_volume())
    return volumes


def build_volumes(pool: ModelPool) -> list[dict[str, Any]]:
    """The user's volumes, then the model volume if a container mounts it, the LoRA adapters' run-time directory
    if a container serves them, then ``profile_volumes()``."""
    volumes = list(pool.volumes)
    if any(c.mount_model_volume for c in pool.containers):
        volumes.append(pool.server.model.volume())
    lora = pool.server.lora
    ctx = pool.container_context()
    transfer = ctx.kv_transfer
    if transfer is not None and any(c.command_kind.uses_kv_transfer(c, ctx) for c in pool.containers):
        volumes += [dict(v) for v in transfer.volumes]
    if lora is not None and any(c.command_kind.serves_lora(c, ctx) for c in pool.containers):
        volumes += lora.volumes()
    return volumes + pool.profile_volumes()


def build_pod_metadata(pool: ModelPool) -> dict[str, Any]:
    """The pool's selector labels; the workload's pod annotations, then the pool's (when any)."""
    annotations = {**pool.workload_kind.pod_annotations(), **pool.pod_annotations}
    metadata: dict[str, Any] = {"labels": pool.selector_labels}
    if annotations:
        metadata["annotations"] = annotations
    return metadata


def build_pod_spec(pool: ModelPool) -> dict[str, Any]:
    """The fields the pool's props set (unset ones left out), from ``build_init_containers()``,
    ``build_volumes()`` and ``build_containers()`` among others, then ``extra_config``; a key of
    ``extra_config`` the pool already sets is an error."""
    spec: dict[str, Any] = {}
    init_containers = pool.build_init_containers()
    optional: dict[str, Any] = {
        "initContainers": init_containers or None,
        "hostIPC": pool.host_ipc,
        "hostPID": pool.host_pid,
        "enableServiceLinks": pool.enable_service_links,
        "terminationGracePeriodSeconds": pool.termination_grace_period_seconds,
        "imagePullSecrets": pool.image_pull_secrets or None,
        "schedulerName": pool.scheduler_name or None,
        "priorityClassName": pool.priority_class_name or None,
        "securityContext": pool.profile.security.pod_security_context(pool.pod_security_context) or None,
        "serviceAccountName": pool.server.service_account_name,
        "automountServiceAccountToken": pool.profile.security.automount_service_account_token,
        "affinity": pool.node_affinity.manifest() if pool.node_affinity else None,
        "volumes": pool.build_volumes() or None,
        "resourceClaims": pool.resource_claims or None,
        "containers": pool.build_containers(),
        "nodeSelector": pool.node_selector or None,
        "tolerations": pool.tolerations or None,
    }
    spec.update({k: v for k, v in optional.items() if v is not None})
    for key, value in pool.extra_config.items():
        if key in spec:
            raise ModelServiceError.at(f"{pool.prop_root}.extra_config.{key}",
                                       f"conflicts with the {key!r} the pool already sets; set it in one place")
        spec[key] = value
    return spec


def worker_template(pool: ModelPool, template: dict[str, Any]) -> dict[str, Any]:
    """The leader's pod template without what only a pod that serves needs: the routing sidecar, and the serving
    label (``llm-d.ai/inference-serving: "false"``)."""
    metadata = dict(template.get("metadata") or {})
    metadata["labels"] = {**metadata.get("labels", {}), SERVING_LABEL: "false"}
    spec = dict(template["spec"])
    init = [c for c in spec.get("initContainers", []) if c.get("name") != ROUTING_CONTAINER]
    if init:
        spec["initContainers"] = init
    else:
        spec.pop("initContainers", None)
    return {**template, "metadata": metadata, "spec": spec}


def harden(pool: ModelPool, spec: dict[str, Any]) -> dict[str, Any]:
    """The built pod spec with the profile's container hardening (no privilege escalation, all capabilities
    dropped) in every container, those the user's init containers and a subclass's hooks add included; what a
    container's own ``securityContext`` sets wins. Unchanged under an unhardened profile."""
    security = pool.profile.security
    out = dict(spec)
    for key in ("initContainers", "containers"):
        if key not in spec:
            continue
        containers = []
        for container in spec[key]:
            given = container.get("securityContext")
            context = security.container_security_context(read_only=False, given=given)
            containers.append(container if not context or context == given else {**container,
                                                                                  "securityContext": context})
        out[key] = containers
    return out


def name_props(err: ModelServiceError, root: str) -> ModelServiceError:
    """``err`` with the problems of the workload's fields named by the props of the pool ``root``
    (``DecodePool``): the workload strategy and subgroup policy, the pod spec fields of
    :data:`POD_FIELD_PROPS`, and the other pod spec fields under ``extra_config``."""
    workload = f"{root}.workload."
    err = err.rebased(f"{workload}spec.leaderWorkerTemplate.subGroupPolicy", f"{workload}sub_group_policy")
    err = err.rebased(f"{workload}spec.strategy", f"{workload}strategy")
    for pod in (f"{workload}spec.leaderWorkerTemplate.workerTemplate.spec.", f"{workload}spec.template.spec."):
        for field, prop in POD_FIELD_PROPS.items():
            err = err.rebased(pod + field, f"{root}.{prop}")
        err = err.rebased(pod, f"{root}.extra_config.")
    return err
