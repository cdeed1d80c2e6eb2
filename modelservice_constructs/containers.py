"""Model containers: how vLLM (or any server image) is started in a pool's pods."""

from __future__ import annotations

import enum
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .accelerators import Accelerator
from .artifacts import ModelArtifacts
from .errors import ModelServiceError, Problem, show
from .kubernetes import ContainerPort, EnvVar, Json, Probe, SecurityContext, VolumeMount
from .kv_transfer import KvTransfer
from .names import dns_label_problem, port_problem, pull_policy_problem, resources_problems
from .parallelism import Parallelism
from .probes import ModelProbes
from .props import checked
from .security import CACHE_ENV, CACHE_PATH, CACHE_VOLUME, SHM_PATH, SHM_VOLUME, PodSecurity
from .tracing import Tracing

INFERENCE_SIM_IMAGE = "llm-d-inference-sim"
INFERENCE_SIM_USER = 65532
"""The user the llm-d inference simulator image runs as."""


VLLM_PORT_NAME = "metrics"
"""The name of vLLM's port (it serves the API and ``/metrics``) where the pool declares it: the port
:class:`~modelservice_constructs.PodMonitoring` scrapes by default."""


class ModelCommand(enum.StrEnum):
    """How the container is told which model to serve."""

    VLLM_SERVE = "vllmServe"
    """``vllm serve <model> --port ...``: command and model arguments are set for you."""
    IMAGE_DEFAULT = "imageDefault"
    """The image's own entrypoint, given ``--model <model> --port ...`` arguments."""
    CUSTOM = "custom"
    """Your ``command`` and ``args`` exactly; nothing is added to them."""


@checked
@dataclass(frozen=True)
class ModelContainer:
    """A container of a pool's pods, usually vLLM.

    Kubernetes fields take JSON (``{"name": "X", "value": "1"}`` env entries...) or the generated typed structs
    (``DeploymentSpecTemplateSpecContainersEnv(name="X", value="1")``).

    :param image: container image (required).
    :param name: container name. Default: ``vllm``.
    :param model_command: see :class:`ModelCommand`. Default: ``vllmServe``.
    :param command: the command; required with ``custom``. Default: none.
    :param args: arguments; after the generated ones for ``vllmServe`` / ``imageDefault``, where the flags the
        pool owns (:data:`RESERVED_FLAGS`, under any spelling) are errors. Default: none.
    :param env: environment before the generated entries (:func:`generated_env`); a variable the pool sets is an
        error unless given the same value. The profile's cache variables (``XDG_CACHE_HOME``,
        ``VLLM_CACHE_ROOT``...) give way to the container's own. Default: none.
    :param ports: container ports. Default: none.
    :param limits: resource limits; the accelerator count (tensor x data-local) is added unless given, the
        pool uses DRA, or the image is the llm-d inference simulator. Default: none.
    :param requests: resource requests; likewise, and the profile's ``default_requests`` for ``cpu`` and
        ``memory`` when neither a request nor a limit is given. Default: none.
    :param mount_model_volume: mount the model volume (and set HF_HOME / HF_HUB_CACHE). Default: True.
    :param volume_mounts: other mounts, before the model's. Default: none.
    :param security_context: its fields win over the profile's. Default: the pool profile's (see
        :class:`PodSecurity`).
    :param image_pull_policy: Default: the cluster's (``IfNotPresent`` for a tagged image).
    :param liveness_probe: Default: the pool profile's (see :class:`ModelProbes`).
    :param readiness_probe: Default: likewise.
    :param startup_probe: Default: likewise.
    :param working_dir: Default: the image's.
    :param stdin: Default: not set.
    :param tty: Default: not set.
    :param extra_config: any other container fields, as Kubernetes JSON. Default: none.
    """

    image: str
    name: str = "vllm"
    model_command: ModelCommand | str = ModelCommand.VLLM_SERVE
    command: Sequence[str] = ()
    args: Sequence[Any] = ()
    env: Sequence[EnvVar] = ()
    ports: Sequence[ContainerPort] = ()
    limits: Mapping[str, Any] = field(default_factory=dict)
    requests: Mapping[str, Any] = field(default_factory=dict)
    mount_model_volume: bool = True
    volume_mounts: Sequence[VolumeMount] = ()
    security_context: SecurityContext | None = None
    image_pull_policy: str | None = None
    liveness_probe: Probe | None = None
    readiness_probe: Probe | None = None
    startup_probe: Probe | None = None
    working_dir: str | None = None
    stdin: bool | None = None
    tty: bool | None = None
    extra_config: Json = field(default_factory=dict)

    def __post_init__(self) -> None:
        where = "ModelContainer"
        problems: list[Problem] = []
        if not isinstance(self.image, str) or not self.image.strip():
            problems.append(Problem(f"{where}.image", f"an image is required, got {show(self.image)}"))
        if problem := dns_label_problem(self.name, f"{where}.name"):
            problems.append(problem)
        for i, port in enumerate(self.ports):
            if isinstance(port, Mapping) and (problem := port_problem(port.get("containerPort"),
                                                                       f"{where}.ports[{i}].containerPort")):
                problems.append(problem)
        if self.image_pull_policy is not None and (
                problem := pull_policy_problem(self.image_pull_policy, f"{where}.image_pull_policy")):
            problems.append(problem)
        problems += resources_problems(self.limits, self.requests, where)
        if problems:
            raise ModelServiceError(problems)
        try:
            object.__setattr__(self, "model_command", ModelCommand(self.model_command))
        except ValueError:
            allowed = ", ".join(c.value for c in ModelCommand)
            raise ModelServiceError.at("ModelContainer.model_command",
                                       f"{show(self.model_command)} is not one of {allowed}") from None
        if self.model_command is ModelCommand.CUSTOM and not self.command:
            raise ModelServiceError.at("ModelContainer.command",
                                       "model_command custom (the default in Helm values) needs a command")

    @property
    def is_inference_simulator(self) -> bool:
        """Whether the image is the llm-d inference simulator (which needs no accelerator)."""
        return INFERENCE_SIM_IMAGE in self.image


@dataclass(frozen=True)
class ContainerContext:
    """What a pool tells its containers when they are rendered."""

    role: str
    port: int
    model: ModelArtifacts
    parallelism: Parallelism
    accelerator: Accelerator
    dra: bool
    claim_names: Sequence[str]
    tracing: Tracing | None
    tracing_service_name: str
    kv_transfer: KvTransfer | None = None
    """The KV connector of a P/D server (vLLM containers get its flag, env and ports)."""
    pod_group: bool = False
    """Whether vLLM joins a group spanning the pods of a LeaderWorkerSet group (data-parallel ranks, or one
    tensor/pipeline-parallel model)."""
    security: PodSecurity = field(default_factory=PodSecurity.unhardened)
    """The pod's security settings (security contexts, writable volumes, token file)."""
    probes: ModelProbes = field(default_factory=ModelProbes.disabled)
    """Probes of the vLLM containers."""
    default_requests: Mapping[str, str] = field(default_factory=dict)
    """CPU / memory requests of containers that set none."""
    shm: bool = False
    """Whether the pod has the memory-backed ``/dev/shm`` volume."""
    vllm_port_name: str | None = VLLM_PORT_NAME
    """The name vLLM's port is declared under in the containers the pool starts vLLM in (None: not declared)."""


VLLM_DEFAULT_BLOCK_SIZE = 16
"""vLLM's KV-cache block size, in tokens, on GPUs when ``--block-size`` is not given."""
RESERVED_FLAGS = ("--port", "--served-model-name", "--tensor-parallel-size", "--data-parallel-size",
                  "--data-parallel-size-local", "--data-parallel-address", "--data-parallel-rpc-port",
                  "--data-parallel-start-rank", "--headless", "--pipeline-parallel-size", "--nnodes", "--node-rank",
                  "--master-addr", "--master-port", "--kv-transfer-config")
"""vLLM flags the pool owns in ``vllmServe`` / ``imageDefault`` containers, refused in their ``args`` under any
spelling (:data:`VLLM_FLAG_ALIASES`, ``--flag=value``, ``--flag_name``): the pool generates them from props
(leaving out sizes of 1, vLLM's default, and the data-parallel group flags outside a LeaderWorkerSet group),
or, for ``--pipeline-parallel-size``, sizes pods for none. ``--kv-transfer-config`` is the pool's only when it
runs ``ModelServer.kv_transfer`` in the container; without it the flag may be passed in ``args``."""
VLLM_FLAG_ALIASES: Mapping[str, str] = {
    "-tp": "--tensor-parallel-size", "-dp": "--data-parallel-size", "-dpl": "--data-parallel-size-local",
    "-dpa": "--data-parallel-address", "-dpp": "--data-parallel-rpc-port", "-dpr": "--data-parallel-start-rank",
    "-pp": "--pipeline-parallel-size"}
"""vLLM's short spellings of the :data:`RESERVED_FLAGS` (the other reserved flags have none)."""
_FLAG_FIXES: Mapping[str, str] = {
    "--port": "set ModelServer.service_port (or RoutingSidecar.target_port for decode) instead",
    "--served-model-name": "set ModelArtifacts.name instead",
    "--kv-transfer-config": "set ModelServer.kv_transfer instead",
    "--tensor-parallel-size": "set the pool's Parallelism.tensor instead",
    "--data-parallel-size": "set the pool's Parallelism.data instead",
    "--data-parallel-size-local": "set the pool's Parallelism.data_local instead",
    "--data-parallel-rpc-port": "set the pool's Parallelism.rpc_port instead",
    "--data-parallel-address": "set the pool's Parallelism (data, data_local and workers of a LeaderWorkerSet) "
                               "instead",
    "--data-parallel-start-rank": "set the pool's Parallelism (data, data_local and workers of a "
                                  "LeaderWorkerSet) instead",
    "--headless": "set the pool's Parallelism instead (the pool starts headless the other workers of a "
                  "group spanning a LeaderWorkerSet group; a headless vLLM serves no requests)",
    "--pipeline-parallel-size": "set the pool's Parallelism.pipeline instead",
    "--nnodes": "set the pool's Parallelism.nodes (and tensor, pipeline) instead",
    "--node-rank": "set the pool's Parallelism.nodes (and tensor, pipeline) instead",
    "--master-addr": "set the pool's Parallelism.nodes (and tensor, pipeline) instead",
    "--master-port": "set the pool's Parallelism.rpc_port instead"}
"""How to change each reserved flag the pool sets."""
VLLM_SERVE_COMMAND = ("vllm", "serve")
"""The command of a ``vllmServe`` container."""
SHELL_VLLM_SERVE = "exec vllm serve "
"""How a group's ``/bin/sh -c`` script starts vLLM, after :data:`START_RANK_SCRIPT`."""
START_RANK_SCRIPT = ('START_RANK=$(( ${{LWS_WORKER_INDEX:-0}} * {data_local} ))\n'
                     'HEADLESS=""; [ "${{LWS_WORKER_INDEX:-0}}" = "0" ] || HEADLESS="--headless"\n')


def _flag_name(arg: Any) -> str:
    """The vLLM flag ``arg`` spells, by its long name: ``-tp`` and ``--tensor_parallel_size=2`` are
    ``--tensor-parallel-size``, ``--kv-transfer-config.kv_role`` is ``--kv-transfer-config`` (vLLM reads
    underscores as dashes and dotted keys as parts of a JSON flag); other args are returned as they are."""
    name = str(arg).split("=", 1)[0]
    if name.startswith("--"):
        return name.split(".", 1)[0].replace("_", "-")
    return VLLM_FLAG_ALIASES.get(name, name)


def flag_value(args: Sequence[Any], flag: str) -> str | None:
    """The value ``args`` give the vLLM flag ``flag`` (a long name), in any spelling (``--flag=value``,
    ``--flag value``, ``--flag_name``); the last one wins, as in vLLM. None: not given."""
    value: str | None = None
    for i, arg in enumerate(args):
        if _flag_name(arg) != flag or "." in str(arg).split("=", 1)[0]:
            continue
        if "=" in str(arg):
            value = str(arg).split("=", 1)[1]
        elif i + 1 < len(args):
            value = str(args[i + 1])
    return value


def runs_vllm(container: ModelContainer) -> bool:
    """Whether the container serves the model with vLLM's flags: started by the pool (``vllmServe``,
    ``imageDefault``), or a ``custom`` command that is ``vllm serve``."""
    return container.model_command is not ModelCommand.CUSTOM or tuple(
        str(c) for c in container.command[:2]) == VLLM_SERVE_COMMAND


def block_size(container: ModelContainer) -> int | None:
    """The KV-cache block size ``container`` runs vLLM with (``--block-size``), None when its args do not set
    it (vLLM's default, :data:`VLLM_DEFAULT_BLOCK_SIZE` on GPUs) or set it to something not a number."""
    value = flag_value(container.args, "--block-size")
    return int(value) if value is not None and value.isdigit() else None


def generated_flags(container: ModelContainer, ctx: ContainerContext, path: str = "container") -> set[str]:
    """The reserved flags the pool generates for ``container`` (none for ``custom`` commands); errors name
    ``path``."""
    if container.model_command is ModelCommand.CUSTOM:
        return set()
    _, args = model_args(container, ctx, path, with_user_args=False)
    return {_flag_name(a) for a in args or [] if _flag_name(a) in RESERVED_FLAGS}


def owned_flags(container: ModelContainer, ctx: ContainerContext, path: str = "container") -> set[str]:
    """The :data:`RESERVED_FLAGS` the pool owns in ``container``: all of them for ``vllmServe`` /
    ``imageDefault`` commands (``--kv-transfer-config`` when the pool generates it), none for ``custom``."""
    if container.model_command is ModelCommand.CUSTOM:
        return set()
    return {f for f in RESERVED_FLAGS if f != "--kv-transfer-config"} | generated_flags(container, ctx, path)


def flag_problems(container: ModelContainer, ctx: ContainerContext, path: str) -> list[Problem]:
    """User args that spell a flag the pool owns (:func:`owned_flags`): repeated, the last one would win and
    break the chain of ports, the accelerator count of the parallel layout or the KV connector the other
    objects are built for; a size of 1 the pool leaves out would still disagree with what it sets up."""
    owned = owned_flags(container, ctx, path)
    command = ModelCommand(container.model_command).value
    problems: list[Problem] = []
    for i, arg in enumerate(container.args):
        flag = _flag_name(arg)
        if flag not in owned:
            continue
        spelt = f"{arg!r}" if str(arg).split("=", 1)[0] == flag else f"{arg!r} ({flag})"
        message = f"{spelt} is set by the pool for {command} containers; {_FLAG_FIXES[flag]}"
        problems.append(Problem(f"{path}.args[{i}]", message, "reserved-flag"))
    return problems


def uses_kv_transfer(container: ModelContainer, ctx: ContainerContext) -> bool:
    """Whether the container runs the server's KV connector: vLLM started by the pool (not ``custom``
    commands, not the inference simulator)."""
    return (ctx.kv_transfer is not None and container.model_command is not ModelCommand.CUSTOM
            and not container.is_inference_simulator)


def accelerator_resource(container: ModelContainer, accelerator: Accelerator) -> str | None:
    """The extended resource the container asks for, if any."""
    return None if container.is_inference_simulator else accelerator.resource


def model_args(container: ModelContainer, ctx: ContainerContext, path: str = "container",
               with_user_args: bool = True) -> tuple[list[str] | None, list[Any] | None]:
    """Command and args for the container's model command; errors name ``path``.

    ``vllmServe`` in a group spanning pods runs through ``/bin/sh -c``: each pod computes its rank from
    ``LWS_WORKER_INDEX`` and the workers run ``--headless``.
    """
    if container.model_command is ModelCommand.CUSTOM:
        return list(container.command), list(container.args) or None
    model = ctx.model.model_argument(f"{path}.model_command")
    prefix = ["--model", model] if container.model_command is ModelCommand.IMAGE_DEFAULT else [model]
    group = ctx.pod_group and container.model_command is ModelCommand.VLLM_SERVE
    args: list[Any] = [*prefix, "--port", str(ctx.port), *ctx.parallelism.vllm_args(),
                       *(ctx.parallelism.group_args() if group else []), "--served-model-name", ctx.model.name]
    if uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        args += ctx.kv_transfer.vllm_args()
    if ctx.tracing is not None:
        args += ctx.tracing.vllm_args()
    if with_user_args:
        args += list(container.args)
    if container.model_command is ModelCommand.IMAGE_DEFAULT:
        return None, args
    if not group:
        return list(VLLM_SERVE_COMMAND), args
    words = " ".join(f'"{a}"' if str(a).startswith("$") else shlex.quote(str(a)) for a in args)
    script = START_RANK_SCRIPT.format(data_local=ctx.parallelism.data_local_size)
    return ["/bin/sh", "-c", f"{script}{SHELL_VLLM_SERVE}{words} $HEADLESS"], None


def vllm_serve_args(container: Mapping[str, Any]) -> list[str] | None:
    """The ``vllm serve`` arguments of a rendered container (:func:`model_args`' or a user's): after ``vllm serve``
    in its command, then its args; or those of the ``exec vllm serve`` line of a group's ``/bin/sh -c`` script
    (whose ``$HEADLESS`` is ``--headless`` in the workers). None: it does not run ``vllm serve``."""
    command = [str(c) for c in container.get("command") or []]
    if tuple(command[:2]) == VLLM_SERVE_COMMAND:
        return [*command[2:], *(str(a) for a in container.get("args") or [])]
    if command[:2] == ["/bin/sh", "-c"] and len(command) == 3 and SHELL_VLLM_SERVE in command[2]:
        line = command[2].split(SHELL_VLLM_SERVE, 1)[1].splitlines()[0]
        return ["--headless" if word == "$HEADLESS" else word for word in shlex.split(line)]
    return None


def _token_file(container: ModelContainer, ctx: ContainerContext) -> bool:
    """Whether the container reads the model's token from a file (the profile's choice; not ``custom``)."""
    return ctx.security.hf_token_file and container.model_command is not ModelCommand.CUSTOM


def generated_env(container: ModelContainer, ctx: ContainerContext) -> list[tuple[dict[str, Any], str]]:
    """The env entries the pool adds after the container's own, in order, each with how to change it: parallel
    sizes, the model's cache and token variables, the accelerator's, tracing's and the KV connector's. (The
    profile's cache variables, added last, give way to the container's own.)"""
    def volume(name: str, props: str) -> str:
        return f"set {props} instead, or mount_model_volume=False on the container to set {name} yourself"

    token = "set ModelArtifacts.auth_secret_name instead, or leave it unset to give the token yourself"
    model = {"HF_HOME": volume("HF_HOME", "ModelArtifacts.mount_path"),
             "HF_HUB_CACHE": volume("HF_HUB_CACHE", "ModelArtifacts.uri and mount_path"), "HF_TOKEN": token,
             "HF_TOKEN_PATH": token}
    out = [(e, "set the pool's Parallelism instead") for e in ctx.parallelism.env()]
    out += [(e, model[str(e["name"])])
            for e in ctx.model.env(container.mount_model_volume, token_file=_token_file(container, ctx))]
    if ctx.accelerator.type != "cpu":
        out += [(e, "set it in the env of the pool's Accelerator instead")
                for e in ctx.accelerator.container_env()]
    if ctx.tracing is not None:
        out += [(e, "set ModelServer.tracing instead") for e in ctx.tracing.env(ctx.tracing_service_name)]
    if uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        out += [(e, "set ModelServer.kv_transfer instead") for e in ctx.kv_transfer.container_env()]
    return out


def _env_source(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What an env entry sets its variable to (``value`` as a string, or ``valueFrom``)."""
    return {k: str(v) if k == "value" else v for k, v in entry.items() if k != "name" and v is not None}


def env_problems(container: ModelContainer, ctx: ContainerContext, path: str) -> list[Problem]:
    """Env entries of the container for a variable the pool also sets (:func:`generated_env`) to something
    else: the pool's entry comes last, so the container's would be ignored. An entry that agrees with the
    pool's is accepted."""
    generated = {str(entry["name"]): (entry, change) for entry, change in generated_env(container, ctx)}
    problems: list[Problem] = []
    for i, entry in enumerate(container.env):
        name = str(entry.get("name"))
        if name not in generated:
            continue
        theirs, change = generated[name]
        mine, pools = _env_source(entry), _env_source(theirs)
        if mine == pools:
            continue
        problems.append(Problem(
            f"{path}.env[{i}].name",
            f"{name} is set by the pool for this container ({_shown_env(pools)}), after your entry "
            f"({_shown_env(mine)}), which would be ignored; {change}", "generated-env"))
    return problems


def _shown_env(source: Mapping[str, Any]) -> str:
    """An env entry's value for a message: ``'1'``, or ``valueFrom {...}``."""
    if "value" in source:
        return show(source["value"])
    return f"valueFrom {show(source.get('valueFrom'))}" if source else "empty"


def resources(container: ModelContainer, ctx: ContainerContext) -> dict[str, Any]:
    """Limits and requests, with the accelerator count unless DRA is used, and DRA claims."""
    limits, requests = dict(container.limits), dict(container.requests)
    for key, amount in ctx.default_requests.items():
        if key not in limits:  # a limit alone is also the request (a default could exceed it)
            requests.setdefault(key, amount)
    resource = accelerator_resource(container, ctx.accelerator)
    count = ctx.parallelism.accelerators_per_worker
    if not ctx.dra and resource and count >= 1:
        limits.setdefault(resource, str(count))
        requests.setdefault(resource, str(count))
    out: dict[str, Any] = {}
    if limits:
        out["limits"] = limits
    if requests:
        out["requests"] = requests
    if ctx.claim_names:
        out["claims"] = [{"name": name} for name in ctx.claim_names]
    return out


def render(container: ModelContainer, ctx: ContainerContext, path: str = "container") -> dict[str, Any]:
    """The container as Kubernetes JSON; errors name ``path`` (e.g. ``decode.containers[0]``)."""
    out: dict[str, Any] = {"name": container.name, "image": container.image}
    command, args = model_args(container, ctx, path)
    token_file = _token_file(container, ctx)
    env = [dict(e) for e in container.env] + [entry for entry, _ in generated_env(container, ctx)]
    ports = [dict(p) for p in container.ports]
    if uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        ports += ctx.kv_transfer.container_ports()
    if ctx.vllm_port_name and container.model_command is not ModelCommand.CUSTOM and not any(
            p.get("containerPort") == ctx.port for p in ports):
        named = any(p.get("name") == ctx.vllm_port_name for p in ports)
        ports.append({**({} if named else {"name": ctx.vllm_port_name}), "containerPort": ctx.port,
                      "protocol": "TCP"})
    mounts = [dict(m) for m in container.volume_mounts]
    if container.mount_model_volume:
        mounts.append(ctx.model.volume_mount())
    env, mounts = _profile_env_and_mounts(container, ctx, env, mounts, token_file)
    probes = _probes(container, ctx)
    fields: dict[str, Any] = {
        "securityContext": ctx.security.container_security_context(
            read_only=not on_device(container, ctx), capabilities=ctx.security.model_capabilities,
            given=container.security_context,
            user=INFERENCE_SIM_USER if container.is_inference_simulator else None),
        "imagePullPolicy": container.image_pull_policy or None,
        "command": command or None,
        "args": args,
        "env": env,
        "ports": ports or None,
        "livenessProbe": container.liveness_probe or probes.get("livenessProbe"),
        "readinessProbe": container.readiness_probe or probes.get("readinessProbe"),
        "startupProbe": container.startup_probe or probes.get("startupProbe"),
        "resources": resources(container, ctx),
        "volumeMounts": mounts or None,
        "workingDir": container.working_dir or None,
        "stdin": container.stdin or None,
        "tty": container.tty or None,
    }
    out.update({k: v for k, v in fields.items() if v is not None})
    for key, value in container.extra_config.items():
        if key in out:
            raise ModelServiceError.at(
                f"{path}.extra_config.{key}",
                f"conflicts with the {key!r} the container already sets; set it in one place")
        out[key] = value
    return out


def on_device(container: ModelContainer, ctx: ContainerContext) -> bool:
    """Whether the container uses accelerator devices (through the device plugin or DRA)."""
    if container.is_inference_simulator or ctx.accelerator.type == "cpu":
        return False
    return ctx.dra or bool(ctx.accelerator.resource and ctx.parallelism.accelerators_per_worker >= 1)


def needs_shm(container: ModelContainer) -> bool:
    """Whether the container may use ``/dev/shm`` (vLLM and other servers; not the inference simulator)."""
    return not container.is_inference_simulator


def _profile_env_and_mounts(container: ModelContainer, ctx: ContainerContext, env: list[dict[str, Any]],
                            mounts: list[dict[str, Any]],
                            token_file: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The writable cache and shared-memory mounts and the token file of the profile (none the container
    already has at those paths or names)."""
    paths = {m.get("mountPath") for m in mounts}
    names = {e.get("name") for e in env}
    if ctx.security.cache_volume and CACHE_PATH not in paths:
        mounts.append({"name": CACHE_VOLUME, "mountPath": CACHE_PATH})
        env += [{"name": name, "value": value} for name, value in CACHE_ENV if name not in names]
    if ctx.shm and needs_shm(container) and SHM_PATH not in paths:
        mounts.append({"name": SHM_VOLUME, "mountPath": SHM_PATH})
    if token_file and ctx.model.auth_secret_name:
        mounts.append(ctx.model.token_mount())
    return env, mounts


def _probes(container: ModelContainer, ctx: ContainerContext) -> dict[str, dict[str, Any]]:
    """The profile's probes for a container the pool starts vLLM in (none for ``custom`` commands)."""
    if container.model_command is ModelCommand.CUSTOM:
        return {}
    leader_only = ctx.pod_group and container.model_command is ModelCommand.VLLM_SERVE
    return ctx.probes.vllm_probes(ctx.port, leader_only)
