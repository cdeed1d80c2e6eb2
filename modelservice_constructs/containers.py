"""Model containers: how vLLM (or any server image) is started in a pool's pods."""

from __future__ import annotations

import abc
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .accelerators import Accelerator
from .artifacts import ModelArtifacts
from .errors import ModelServiceError, Problem, show
from .expert_parallel import ExpertParallel
from .kubernetes import ContainerPort, EnvVar, Json, Probe, SecurityContext, VolumeMount
from .kv_events import KvEvents
from .kv_transfer import KvTransfer
from .lora import LoraAdapters
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


class ModelCommand(abc.ABC):
    """How the container is told which model to serve, and what the pool does in it as a result: the command and
    arguments, the vLLM flags the pool owns, the KV connector, the token file, vLLM's port and the probes.

    One instance per kind: :attr:`VLLM_SERVE` (``"vllmServe"``), :attr:`IMAGE_DEFAULT` (``"imageDefault"``) and
    :attr:`CUSTOM` (``"custom"``); ``ModelContainer.model_command`` takes the instance or its value. A subclass
    (for a server of your own) implements :meth:`model_args` and overrides what it decides; the defaults here are
    those of a command the pool adds nothing to.
    """

    __slots__ = ()

    value: ClassVar[str]
    """The command's name in props and in Helm values (``modelCommand``)."""
    starts_vllm: ClassVar[bool] = False
    """Whether the pool starts vLLM in the container, on the pool's port. Default: False."""
    reads_token_file: ClassVar[bool] = False
    """Whether the container reads the model's token from a file where the profile mounts one
    (``PodSecurity.hf_token_file``). Default: False."""
    declares_vllm_port: ClassVar[bool] = False
    """Whether the pool declares vLLM's port (``ContainerContext.vllm_port_name``) on the container. Default:
    False."""
    joins_pod_group: ClassVar[bool] = False
    """Whether the vLLM the pool starts joins a group spanning the pods of a LeaderWorkerSet group (when the pool
    forms one): each pod computes its rank, the workers run headless, and the probes pass on the workers (only
    the leader serves). Default: False."""

    VLLM_SERVE: ClassVar[VllmServeCommand]
    """``vllm serve <model> --port ...``: command and model arguments are set for you."""
    IMAGE_DEFAULT: ClassVar[ImageDefaultCommand]
    """The image's own entrypoint, given ``--model <model> --port ...`` arguments."""
    CUSTOM: ClassVar[CustomCommand]
    """Your ``command`` and ``args`` exactly; nothing is added to them."""

    @classmethod
    def of(cls, value: ModelCommand | str) -> ModelCommand:
        """``value`` as a command: a command as it is, a value (``"custom"``) as its instance.

        :raises ValueError: ``value`` is not one of :meth:`values`.
        """
        if isinstance(value, ModelCommand):
            return value
        command = _COMMANDS.get(value) if isinstance(value, str) else None
        if command is None:
            raise ValueError(f"{show(value)} is not one of {', '.join(cls.values())}")
        return command

    @staticmethod
    def values() -> tuple[str, ...]:
        """The values of the commands, in their order: ``vllmServe``, ``imageDefault``, ``custom``."""
        return tuple(_COMMANDS)

    @abc.abstractmethod
    def model_args(self, container: ModelContainer, ctx: ContainerContext, path: str = "container",
                   with_user_args: bool = True) -> tuple[list[str] | None, list[Any] | None]:
        """The container's command and args (None: not set); ``with_user_args``: with the container's own
        ``args``. Errors name ``path``."""

    def container_problems(self, container: ModelContainer, where: str = "ModelContainer") -> list[Problem]:
        """What the command needs of the container that it lacks (problems named ``<where>.<prop>``). Default:
        none."""
        return []

    def runs_vllm(self, container: ModelContainer) -> bool:
        """Whether the container serves the model with vLLM's flags. Default: :attr:`starts_vllm`."""
        return self.starts_vllm

    def generated_flags(self, container: ModelContainer, ctx: ContainerContext,
                        path: str = "container") -> set[str]:
        """The :data:`RESERVED_FLAGS` the pool generates in the container; errors name ``path``. Default: none."""
        return set()

    def owned_flags(self, container: ModelContainer, ctx: ContainerContext, path: str = "container") -> set[str]:
        """The :data:`RESERVED_FLAGS` the pool owns in the container, refused in its ``args``; errors name
        ``path``. Default: none."""
        return set()

    def uses_kv_transfer(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the container runs the server's KV connector (``ctx.kv_transfer``). Default: False."""
        return False

    def uses_kv_events(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the container publishes the server's KV-cache events (``ctx.kv_events``). Default: False."""
        return False

    def serves_lora(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the container serves the server's LoRA adapters (``ctx.lora``). Default: False."""
        return False

    def in_pod_group(self, ctx: ContainerContext) -> bool:
        """Whether the vLLM the pool starts joins a group spanning pods: the pool forms one (``ctx.pod_group``)
        and the command :attr:`joins_pod_group`."""
        return ctx.pod_group and self.joins_pod_group

    def probes(self, ctx: ContainerContext) -> dict[str, dict[str, Any]]:
        """The profile's probes of the container (``startupProbe``, ``livenessProbe``, ``readinessProbe``), each
        unless the container sets its own. Default: none."""
        return {}

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        name = next((n for n in ("VLLM_SERVE", "IMAGE_DEFAULT", "CUSTOM") if getattr(ModelCommand, n, None) is self),
                    None)
        return f"ModelCommand.{name}" if name else f"{type(self).__name__}()"

    def __eq__(self, other: object) -> bool:
        """Equal to a command of the same class and value, and to its value (``ModelCommand.CUSTOM == "custom"``)."""
        if isinstance(other, ModelCommand):
            return type(self) is type(other) and self.value == other.value
        if isinstance(other, str):
            return self.value == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __copy__(self) -> ModelCommand:
        return self  # commands hold no state

    def __deepcopy__(self, memo: dict[int, Any]) -> ModelCommand:
        return self


class PoolStartedCommand(ModelCommand):
    """A command the pool starts vLLM with (``vllmServe``, ``imageDefault``): the pool generates the model
    argument, vLLM's ``--port``, the parallel sizes, the served model name, the KV connector and tracing flags
    before the container's ``args``, owns the :data:`RESERVED_FLAGS`, reads the token from a file, declares
    vLLM's port and gives the profile's probes. A subclass decides :meth:`model_words` and
    :meth:`command_and_args`."""

    __slots__ = ()

    starts_vllm = True
    reads_token_file = True
    declares_vllm_port = True

    @abc.abstractmethod
    def model_words(self, model: str) -> list[str]:
        """The first arguments, which name the model (``model``: its argument, e.g. ``org/model``)."""

    @abc.abstractmethod
    def command_and_args(self, args: list[Any], ctx: ContainerContext) -> tuple[list[str] | None, list[Any] | None]:
        """The container's command and args that start vLLM with ``args`` (None: not set)."""

    def vllm_args(self, container: ModelContainer, ctx: ContainerContext, path: str = "container",
                  with_user_args: bool = True) -> list[Any]:
        """vLLM's arguments: :meth:`model_words`, ``--port``, the parallel sizes (and a pod group's flags, see
        :meth:`in_pod_group`), ``--served-model-name``, the KV connector's and tracing's flags, then the
        container's ``args`` (``with_user_args``). Errors name ``path``."""
        model = ctx.model.model_argument(f"{path}.model_command")
        group = ctx.parallelism.group_args() if self.in_pod_group(ctx) else []
        args: list[Any] = [*self.model_words(model), "--port", str(ctx.port), *ctx.parallelism.vllm_args(),
                           *group, "--served-model-name", ctx.model.name]
        if self.uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
            args += ctx.kv_transfer.vllm_args()
        if self.uses_kv_events(container, ctx) and ctx.kv_events is not None:
            args += ctx.kv_events.vllm_args(ctx.model.name)
        if self.serves_lora(container, ctx) and ctx.lora is not None:
            args += ctx.lora.vllm_args()
        if self.starts_vllm and ctx.expert_parallel is not None:
            args += ctx.expert_parallel.vllm_args()
        if ctx.tracing is not None:
            args += ctx.tracing.vllm_args()
        if with_user_args:
            args += list(container.args)
        return args

    def model_args(self, container: ModelContainer, ctx: ContainerContext, path: str = "container",
                   with_user_args: bool = True) -> tuple[list[str] | None, list[Any] | None]:
        """:meth:`command_and_args` of :meth:`vllm_args`."""
        return self.command_and_args(self.vllm_args(container, ctx, path, with_user_args), ctx)

    def generated_flags(self, container: ModelContainer, ctx: ContainerContext,
                        path: str = "container") -> set[str]:
        """The reserved flags among the generated arguments (:meth:`vllm_args` without the user's)."""
        args = self.vllm_args(container, ctx, path, with_user_args=False)
        return {_flag_name(a) for a in args if _flag_name(a) in RESERVED_FLAGS}

    def owned_flags(self, container: ModelContainer, ctx: ContainerContext, path: str = "container") -> set[str]:
        """All the :data:`RESERVED_FLAGS`, ``--kv-transfer-config`` and ``--kv-events-config`` when the pool
        generates them."""
        return {f for f in RESERVED_FLAGS if f not in GENERATED_ONLY} | self.generated_flags(container, ctx, path)

    def uses_kv_transfer(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the server has a KV connector (``ctx.kv_transfer``) and the container is not the inference
        simulator."""
        return ctx.kv_transfer is not None and not container.is_inference_simulator

    def uses_kv_events(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the server publishes KV-cache events (``ctx.kv_events``) and the container is not the inference
        simulator."""
        return ctx.kv_events is not None and not container.is_inference_simulator

    def serves_lora(self, container: ModelContainer, ctx: ContainerContext) -> bool:
        """Whether the server has LoRA adapters (``ctx.lora``) and the container is not the inference simulator."""
        return ctx.lora is not None and not container.is_inference_simulator

    def probes(self, ctx: ContainerContext) -> dict[str, dict[str, Any]]:
        """The profile's vLLM probes: of the data-parallel supervisor of a pod whose ranks serve on ports of their
        own, else on the pool's port, passing on the workers of a pod group whose leader alone serves
        (:meth:`in_pod_group`)."""
        if ctx.parallelism.rank_ports:
            return ctx.probes.supervisor_probes(ctx.parallelism.supervisor_port)
        return ctx.probes.vllm_probes(ctx.port, self.in_pod_group(ctx))


class VllmServeCommand(PoolStartedCommand):
    """``vllm serve <model> --port ...`` (``vllmServe``); in a group spanning pods it runs through
    ``/bin/sh -c``: each pod computes its rank from ``LWS_WORKER_INDEX`` and the workers run ``--headless``."""

    __slots__ = ()

    value = "vllmServe"
    joins_pod_group = True

    def model_words(self, model: str) -> list[str]:
        """The model argument, positional."""
        return [model]

    def command_and_args(self, args: list[Any], ctx: ContainerContext) -> tuple[list[str] | None, list[Any] | None]:
        """``vllm serve`` and ``args``; in a pod group, one ``/bin/sh -c`` script."""
        if not self.in_pod_group(ctx):
            return list(VLLM_SERVE_COMMAND), args
        words = " ".join(f'"{a}"' if str(a).startswith("$") else shlex.quote(str(a)) for a in args)
        script = START_RANK_SCRIPT.format(data_local=ctx.parallelism.data_local_size)
        if ctx.parallelism.every_pod_serves:
            return ["/bin/sh", "-c", f"{script}{SHELL_VLLM_SERVE}{words}"], None
        return ["/bin/sh", "-c", f"{script}{HEADLESS_SCRIPT}{SHELL_VLLM_SERVE}{words} $HEADLESS"], None


class ImageDefaultCommand(PoolStartedCommand):
    """The image's own entrypoint, given ``--model <model> --port ...`` arguments (``imageDefault``); it joins
    no pod group."""

    __slots__ = ()

    value = "imageDefault"

    def model_words(self, model: str) -> list[str]:
        """``--model`` and the model argument."""
        return ["--model", model]

    def command_and_args(self, args: list[Any], ctx: ContainerContext) -> tuple[list[str] | None, list[Any] | None]:
        """No command (the image's entrypoint) and ``args``."""
        return None, args


class CustomCommand(ModelCommand):
    """The container's ``command`` and ``args`` exactly (``custom``): the pool adds nothing to them and owns no
    flag, token file, port or probe in the container."""

    __slots__ = ()

    value = "custom"

    def model_args(self, container: ModelContainer, ctx: ContainerContext, path: str = "container",
                   with_user_args: bool = True) -> tuple[list[str] | None, list[Any] | None]:
        """The container's ``command`` and ``args`` (None when it has none)."""
        args = list(container.args) if with_user_args else []
        return list(container.command), args or None

    def container_problems(self, container: ModelContainer, where: str = "ModelContainer") -> list[Problem]:
        """A container without a ``command``."""
        if container.command:
            return []
        return [Problem(f"{where}.command", "model_command custom (the default in Helm values) needs a command")]

    def runs_vllm(self, container: ModelContainer) -> bool:
        """Whether the container's command is ``vllm serve``."""
        return tuple(str(c) for c in container.command[:2]) == VLLM_SERVE_COMMAND


ModelCommand.VLLM_SERVE = VllmServeCommand()
ModelCommand.IMAGE_DEFAULT = ImageDefaultCommand()
ModelCommand.CUSTOM = CustomCommand()
_COMMANDS: Mapping[str, ModelCommand] = {c.value: c for c in (ModelCommand.VLLM_SERVE, ModelCommand.IMAGE_DEFAULT,
                                                               ModelCommand.CUSTOM)}
"""The commands by value (:meth:`ModelCommand.of`)."""


@checked
@dataclass(frozen=True)
class ModelContainer:
    """A container of a pool's pods, usually vLLM.

    Kubernetes fields take JSON (``{"name": "X", "value": "1"}`` env entries...) or the generated typed structs
    (``DeploymentSpecTemplateSpecContainersEnv(name="X", value="1")``).

    :param image: container image (required).
    :param name: container name. Default: ``vllm``.
    :param model_command: a :class:`ModelCommand` or its value (``"vllmServe"``, ``"imageDefault"``,
        ``"custom"``). Default: ``ModelCommand.VLLM_SERVE``.
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
            object.__setattr__(self, "model_command", ModelCommand.of(self.model_command))
        except ValueError as error:
            raise ModelServiceError.at("ModelContainer.model_command", str(error)) from None
        if problems := self.command_kind.container_problems(self, where):
            raise ModelServiceError(problems)

    @property
    def command_kind(self) -> ModelCommand:
        """``model_command`` as its :class:`ModelCommand` (a value given as a string is converted when the
        container is made)."""
        return ModelCommand.of(self.model_command)

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
    kv_events: KvEvents | None = None
    """The server's KV-cache events (vLLM containers get ``--kv-events-config``, its env and port)."""
    expert_parallel: ExpertParallel | None = None
    """The pool's expert parallelism (vLLM containers get its flags and env)."""
    lora: LoraAdapters | None = None
    """The server's LoRA adapters (vLLM containers get their flags, the resolver's env and directory)."""
    pod_port: int = 0
    """The port the endpoint picker reaches the pods on (``POD_PORT`` of the KV-event topic: the service port)."""
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
                  "--master-addr", "--master-port", "--kv-transfer-config", "--kv-events-config", "--enable-lora",
                  "--lora-modules", "--max-loras", "--max-lora-rank", "--data-parallel-multi-port-external-lb",
                  "--data-parallel-supervisor-port", "--enable-expert-parallel", "--all2all-backend", "--moe-backend")
"""vLLM flags the pool owns in ``vllmServe`` / ``imageDefault`` containers, refused in their ``args`` under any
spelling (:data:`VLLM_FLAG_ALIASES`, ``--flag=value``, ``--flag_name``): the pool generates them from props
(leaving out sizes of 1, vLLM's default, and the data-parallel group flags outside a LeaderWorkerSet group),
or, for ``--pipeline-parallel-size``, sizes pods for none. ``--kv-transfer-config`` (``--kv-events-config``) is
the pool's only when it runs ``ModelServer.kv_transfer`` (``kv_events``) in the container; without it the flag
may be passed in ``args``."""
GENERATED_ONLY = ("--kv-transfer-config", "--kv-events-config", "--enable-lora", "--lora-modules", "--max-loras",
                  "--max-lora-rank", "--enable-expert-parallel", "--all2all-backend", "--moe-backend")
"""The :data:`RESERVED_FLAGS` the pool owns only where it generates them (the server's connector, its events)."""
VLLM_FLAG_ALIASES: Mapping[str, str] = {
    "-tp": "--tensor-parallel-size", "-dp": "--data-parallel-size", "-dpl": "--data-parallel-size-local",
    "-dpa": "--data-parallel-address", "-dpp": "--data-parallel-rpc-port", "-dpr": "--data-parallel-start-rank",
    "-pp": "--pipeline-parallel-size"}
"""vLLM's short spellings of the :data:`RESERVED_FLAGS` (the other reserved flags have none)."""
_FLAG_FIXES: Mapping[str, str] = {
    "--port": "set ModelServer.service_port (or RoutingSidecar.target_port for decode) instead",
    "--served-model-name": "set ModelArtifacts.name instead",
    "--kv-transfer-config": "set ModelServer.kv_transfer instead",
    "--kv-events-config": "set ModelServer.kv_events instead",
    "--enable-lora": "set ModelServer.lora instead",
    "--lora-modules": "set ModelServer.lora (LoraAdapters.static) instead",
    "--max-loras": "set LoraAdapters.max_loras instead",
    "--max-lora-rank": "set LoraAdapters.max_lora_rank instead",
    "--data-parallel-multi-port-external-lb": "set the pool's Parallelism.rank_ports instead",
    "--data-parallel-supervisor-port": "set the pool's Parallelism.supervisor_port instead",
    "--enable-expert-parallel": "set the pool's expert_parallel instead",
    "--all2all-backend": "set ExpertParallel.all2all_backend instead",
    "--moe-backend": "set ExpertParallel.moe_backend instead",
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
SUPERVISOR_PORT_NAME = "supervisor"
"""The container port of vLLM's data-parallel supervisor."""
START_RANK_SCRIPT = 'START_RANK=$(( ${{LWS_WORKER_INDEX:-0}} * {data_local} ))\n'
HEADLESS_SCRIPT = 'HEADLESS=""; [ "${LWS_WORKER_INDEX:-0}" = "0" ] || HEADLESS="--headless"\n'
"""How the workers of a group whose leader alone serves start vLLM headless (``$HEADLESS``)."""


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
    ``imageDefault``), or a ``custom`` command that is ``vllm serve`` (:meth:`ModelCommand.runs_vllm`)."""
    return container.command_kind.runs_vllm(container)


def block_size(container: ModelContainer) -> int | None:
    """The KV-cache block size ``container`` runs vLLM with (``--block-size``), None when its args do not set
    it (vLLM's default, :data:`VLLM_DEFAULT_BLOCK_SIZE` on GPUs) or set it to something not a number."""
    value = flag_value(container.args, "--block-size")
    return int(value) if value is not None and value.isdigit() else None


def flag_problems(container: ModelContainer, ctx: ContainerContext, path: str) -> list[Problem]:
    """User args that spell a flag the pool owns (:meth:`ModelCommand.owned_flags`): repeated, the last one would
    win and break the chain of ports, the accelerator count of the parallel layout or the KV connector the other
    objects are built for; a size of 1 the pool leaves out would still disagree with what it sets up."""
    command = container.command_kind
    owned = command.owned_flags(container, ctx, path)
    problems: list[Problem] = []
    for i, arg in enumerate(container.args):
        flag = _flag_name(arg)
        if flag not in owned:
            continue
        spelt = f"{arg!r}" if str(arg).split("=", 1)[0] == flag else f"{arg!r} ({flag})"
        message = f"{spelt} is set by the pool for {command} containers; {_FLAG_FIXES[flag]}"
        problems.append(Problem(f"{path}.args[{i}]", message, "reserved-flag"))
    return problems


def accelerator_resource(container: ModelContainer, accelerator: Accelerator) -> str | None:
    """The extended resource the container asks for, if any."""
    return None if container.is_inference_simulator else accelerator.resource


def vllm_serve_args(container: Mapping[str, Any]) -> list[str] | None:
    """The ``vllm serve`` arguments of a rendered container (:meth:`ModelCommand.model_args`' or a user's): after
    ``vllm serve`` in its command, then its args; or those of the ``exec vllm serve`` line of a group's
    ``/bin/sh -c`` script (whose ``$HEADLESS`` is ``--headless`` in the workers). None: it does not run
    ``vllm serve``."""
    command = [str(c) for c in container.get("command") or []]
    if tuple(command[:2]) == VLLM_SERVE_COMMAND:
        return [*command[2:], *(str(a) for a in container.get("args") or [])]
    if command[:2] == ["/bin/sh", "-c"] and len(command) == 3 and SHELL_VLLM_SERVE in command[2]:
        line = command[2].split(SHELL_VLLM_SERVE, 1)[1].splitlines()[0]
        return ["--headless" if word == "$HEADLESS" else word for word in shlex.split(line)]
    return None


def _token_file(container: ModelContainer, ctx: ContainerContext) -> bool:
    """Whether the container reads the model's token from a file: the profile mounts one and the command reads
    it (:attr:`ModelCommand.reads_token_file`)."""
    return ctx.security.hf_token_file and container.command_kind.reads_token_file


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
    if container.command_kind.uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        out += [(e, "set ModelServer.kv_transfer instead") for e in ctx.kv_transfer.container_env()]
    if container.command_kind.uses_kv_events(container, ctx) and ctx.kv_events is not None:
        out += [(e, "set ModelServer.kv_events instead") for e in ctx.kv_events.container_env(ctx.pod_port)]
    if container.command_kind.serves_lora(container, ctx) and ctx.lora is not None:
        out += [(e, "set ModelServer.lora instead") for e in ctx.lora.container_env()]
    if container.command_kind.starts_vllm and ctx.expert_parallel is not None:
        out += [(e, "set the pool's ExpertParallel instead") for e in ctx.expert_parallel.container_env()]
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
    kind = container.command_kind
    command, args = kind.model_args(container, ctx, path)
    token_file = _token_file(container, ctx)
    env = [dict(e) for e in container.env] + [entry for entry, _ in generated_env(container, ctx)]
    ports = [dict(p) for p in container.ports]
    if kind.uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        ports += ctx.kv_transfer.container_ports()
    if kind.uses_kv_events(container, ctx) and ctx.kv_events is not None:
        ports += ctx.kv_events.container_ports()
    if ctx.vllm_port_name and kind.declares_vllm_port and not any(
            p.get("containerPort") == ctx.port for p in ports):
        named = any(p.get("name") == ctx.vllm_port_name for p in ports)
        ports.append({**({} if named else {"name": ctx.vllm_port_name}), "containerPort": ctx.port,
                      "protocol": "TCP"})
    if kind.declares_vllm_port:
        declared = {p.get("containerPort") for p in ports}
        ports += [{"name": f"rank{i}", "containerPort": ctx.port + i, "protocol": "TCP"}
                  for i in range(1, ctx.parallelism.serving_ports) if ctx.port + i not in declared]
        if ctx.parallelism.rank_ports and ctx.parallelism.supervisor_port not in declared:
            ports.append({"name": SUPERVISOR_PORT_NAME, "containerPort": ctx.parallelism.supervisor_port,
                          "protocol": "TCP"})
    mounts = [dict(m) for m in container.volume_mounts]
    if kind.uses_kv_transfer(container, ctx) and ctx.kv_transfer is not None:
        mounts += [dict(m) for m in ctx.kv_transfer.volume_mounts]
    if kind.serves_lora(container, ctx) and ctx.lora is not None:
        mounts += ctx.lora.volume_mounts()
    if container.mount_model_volume:
        mounts.append(ctx.model.volume_mount())
    env, mounts = _profile_env_and_mounts(container, ctx, env, mounts, token_file)
    probes = kind.probes(ctx)
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
