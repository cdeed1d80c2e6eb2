"""Parallelism: tensor / data / data-local parallelism and workers of one pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import port_problem
from .props import checked

MAX_RANK_PORTS = 8
"""The most ports an InferencePool lists (``targetPorts``)."""
RANK_PORTS_FLAG = "--data-parallel-multi-port-external-lb"
SUPERVISOR_PORT_FLAG = "--data-parallel-supervisor-port"
"""vLLM's flag that has each local data-parallel rank serve on a port of its own."""


@checked
@dataclass(frozen=True)
class Parallelism:
    """How one model replica is spread over accelerators and nodes.

    Unset sizes are derived from the others, as the llm-d-modelservice chart does:
    ``data`` defaults to ``data_local * workers`` (or ``data_local``, or 1), ``data_local`` to
    ``data / workers`` (or ``data``, or 1), ``workers`` to ``data / data_local`` (or 1).

    A replica spans the pods of a LeaderWorkerSet group in one of two ways: a data-parallel group (``data`` ranks,
    ``data_local`` on each pod, each rank ``tensor`` x ``pipeline`` devices), or one tensor/pipeline-parallel
    model over ``nodes`` pods (vLLM's ``--nnodes``: each pod holds ``tensor`` x ``pipeline`` / ``nodes`` devices).

    :param tensor: tensor parallel size. Default: 1.
    :param pipeline: pipeline parallel size (stages). Default: 1.
    :param nodes: pods one model spans (tensor x pipeline split over them; the LeaderWorkerSet size, with no data
        parallelism). Default: 1.
    :param data: data parallel size across all workers. Default: derived.
    :param data_local: data parallel size within one worker (pod). Default: derived.
    :param workers: pods per replica (the LeaderWorkerSet size). Default: derived.
    :param rpc_port: port of the group's coordinator on the leader pod (``--data-parallel-rpc-port``, or
        ``--master-port`` for a model spanning the pods), used when the group spans pods; it must differ from the
        other ports the pod listens on. Default: 5555.
    :param rank_ports: each data-parallel rank of a pod serves on a port of its own (vLLM's
        ``--data-parallel-multi-port-external-lb``): the pool's port and the next ``data_local - 1``, all of them in
        the InferencePool's ``targetPorts`` (at most 8) and, in decode pods, in the routing sidecar's
        (``--data-parallel-size``), so the endpoint picker chooses a rank, not a pod (llm-d's wide expert
        parallelism). vLLM then runs a supervisor in each pod that starts the pod's ranks and answers for their
        health (``/health``, ``/readyz``) on ``supervisor_port``, which the probes ask; every pod of a group serves
        its ranks (no headless workers). Default: False (vLLM spreads a pod's requests over its ranks behind one
        port).
    :param supervisor_port: the port of vLLM's data-parallel supervisor (``--data-parallel-supervisor-port``), with
        ``rank_ports``; it must be none of the ranks' ports. Default: 9256 (vLLM's).
    """

    tensor: int = 1
    pipeline: int = 1
    nodes: int = 1
    data: int | None = None
    data_local: int | None = None
    workers: int | None = None
    rpc_port: int = 5555
    rank_ports: bool = False
    supervisor_port: int = 9256

    def __post_init__(self) -> None:
        problems = [
            Problem(f"Parallelism.{field}", f"must be a positive integer, got {show(value)}")
            for field, value in (("tensor", self.tensor), ("pipeline", self.pipeline), ("nodes", self.nodes),
                                 ("data", self.data),
                                 ("data_local", self.data_local), ("workers", self.workers))
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1)
        ]
        for prop in ("rpc_port", "supervisor_port"):
            if problem := port_problem(getattr(self, prop), f"Parallelism.{prop}"):
                problems.append(problem)
        if self.nodes > 1:
            problems += [Problem(f"Parallelism.{field}", f"must be left out (or {allowed}) when one model spans "
                                 f"{self.nodes} nodes, got {value}")
                         for field, value, allowed in (("data", self.data, 1), ("data_local", self.data_local, 1),
                                                       ("workers", self.workers, self.nodes))
                         if value not in (None, allowed)]
            if (self.tensor * self.pipeline) % self.nodes:
                problems.append(Problem("Parallelism.nodes", f"a model of tensor x pipeline = "
                                        f"{self.tensor * self.pipeline} devices cannot be split evenly over "
                                        f"{self.nodes} pods; make tensor x pipeline a multiple of nodes"))
        if problems:
            raise ModelServiceError(problems)
        if self.data_local is None and self.data is not None and self.workers is not None \
                and self.data % self.workers:
            raise ModelServiceError.at(
                "Parallelism.data",
                f"must be a multiple of workers ({self.workers}), got {self.data}")
        if self.rank_ports and not 2 <= self.data_local_size <= MAX_RANK_PORTS:
            raise ModelServiceError.at(
                "Parallelism.rank_ports", f"a port per rank needs 2 to {MAX_RANK_PORTS} data-parallel ranks in a pod "
                f"(data_local; an InferencePool lists at most {MAX_RANK_PORTS} target ports), got "
                f"{self.data_local_size}")

    @property
    def serving_ports(self) -> int:
        """How many consecutive ports a pod serves on: one per local rank with :attr:`rank_ports`, else 1."""
        return self.data_local_size if self.rank_ports else 1

    @property
    def every_pod_serves(self) -> bool:
        """Whether every pod of a group serves requests (a port per rank: each pod's supervisor starts an API server
        per local rank), rather than the leader alone (the workers run headless)."""
        return self.rank_ports

    @property
    def data_size(self) -> int:
        """Data parallel size across all workers."""
        if self.nodes > 1:
            return 1
        if self.data is not None:
            return self.data
        if self.data_local is not None:
            return self.data_local * (self.workers or 1)
        return 1

    @property
    def data_local_size(self) -> int:
        """Data parallel size within one worker."""
        if self.data_local is not None:
            return self.data_local
        if self.data is not None:
            return self.data // (self.workers or 1)
        return 1

    @property
    def worker_count(self) -> int:
        """Pods per model replica: the LeaderWorkerSet size (an error if ``data`` is not a multiple of
        ``data_local`` when it must be derived)."""
        if self.nodes > 1:
            return self.nodes
        if self.workers is not None:
            return self.workers
        if self.data is not None and self.data_local is not None:
            if self.data % self.data_local:
                raise ModelServiceError.at(
                    "Parallelism.data",
                    f"must be a multiple of data_local ({self.data_local}) to derive the number "
                    f"of workers, got {self.data}; or set workers")
            return self.data // self.data_local
        return 1

    @property
    def accelerators_per_worker(self) -> int:
        """Accelerators one worker pod needs: tensor x pipeline x data-local, or that model's share of them when it
        spans the pods (:attr:`model_spans_pods`)."""
        model = self.tensor * self.pipeline
        return model // self.worker_count if self.model_spans_pods else model * self.data_local_size

    def vllm_args(self) -> list[str]:
        """vLLM flags for the sizes greater than 1."""
        args: list[str] = []
        for flag, size in (("--tensor-parallel-size", self.tensor),
                           ("--pipeline-parallel-size", self.pipeline),
                           ("--data-parallel-size", self.data_size),
                           ("--data-parallel-size-local", self.data_local_size)):
            if size > 1:
                args += [flag, str(size)]
        if self.rank_ports:
            args += [RANK_PORTS_FLAG, SUPERVISOR_PORT_FLAG, str(self.supervisor_port)]
        return args

    @property
    def spans_pods(self) -> bool:
        """Whether the data-parallel group has ranks on more than one pod."""
        return self.data_size > self.data_local_size

    @property
    def model_spans_pods(self) -> bool:
        """Whether one tensor/pipeline-parallel model spans the pods of a group (``nodes`` above 1)."""
        return self.nodes > 1

    def layout_problems(self, grouped: bool, path: str) -> list[Problem]:
        """Why the data-parallel ranks cannot be laid out on the pods: on a LeaderWorkerSet (``grouped``), ``data``
        (when above 1) must be ``data_local`` x workers; on single pods, a group cannot span pods and there is
        one worker. Errors name ``path``."""
        if grouped and self.data_size > 1 and self.data_size != self.data_local_size * self.worker_count:
            return [Problem(f"{path}.data", f"{self.data_size} data-parallel ranks cannot be laid out as "
                            f"{self.worker_count} workers x {self.data_local_size} ranks each (data_local); "
                            "make data = data_local x workers", "data-parallel-layout")]
        if not grouped and self.spans_pods:
            return [Problem(f"{path}.data", f"{self.data_size} data-parallel ranks with {self.data_local_size} per "
                            "pod (data_local) span several pods, which only a LeaderWorkerSet groups; use "
                            "PoolWorkload.leader_worker_set() or make data = data_local", "data-parallel-layout")]
        if not grouped and self.model_spans_pods:
            return [Problem(f"{path}.nodes", f"a model spanning {self.nodes} pods needs a LeaderWorkerSet, which "
                            "groups pods: use PoolWorkload.leader_worker_set()", "data-parallel-layout")]
        if not grouped and self.worker_count > 1:
            return [Problem(f"{path}.workers", f"{self.worker_count} pods per group need a LeaderWorkerSet, which "
                            "groups pods; this workload runs one pod per replica and would ignore workers: use "
                            "PoolWorkload.leader_worker_set() or leave workers unset", "data-parallel-layout")]
        return []

    def group_args(self) -> list[str]:
        """vLLM flags that join a pod to a group spanning pods, for a shell to expand: for a data-parallel group the
        leader's address and RPC port (``$LWS_LEADER_ADDRESS``) and this pod's first rank (``$START_RANK``); for a
        model spanning the pods, the number of pods, this pod's rank (``$LWS_WORKER_INDEX``) and the leader's
        address and port (vLLM's multi-node ``--nnodes``)."""
        if self.model_spans_pods:
            return ["--nnodes", str(self.worker_count), "--node-rank", "$LWS_WORKER_INDEX", "--master-addr",
                    "$LWS_LEADER_ADDRESS", "--master-port", str(self.rpc_port)]
        return ["--data-parallel-address", "$LWS_LEADER_ADDRESS", "--data-parallel-rpc-port", str(self.rpc_port),
                "--data-parallel-start-rank", "$START_RANK"]

    def env(self) -> list[dict[str, Any]]:
        """DP_SIZE, TP_SIZE and DP_SIZE_LOCAL for the model containers."""
        return [{"name": "DP_SIZE", "value": str(self.data_size)},
                {"name": "TP_SIZE", "value": str(self.tensor)},
                {"name": "DP_SIZE_LOCAL", "value": str(self.data_local_size)}]
