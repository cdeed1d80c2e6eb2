"""Parallelism: tensor / data / data-local parallelism and workers of one pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import port_problem
from .props import checked


@checked
@dataclass(frozen=True)
class Parallelism:
    """How one model replica is spread over accelerators and nodes.

    Unset sizes are derived from the others, as the llm-d-modelservice chart does:
    ``data`` defaults to ``data_local * workers`` (or ``data_local``, or 1), ``data_local`` to
    ``data / workers`` (or ``data``, or 1), ``workers`` to ``data / data_local`` (or 1).

    :param tensor: tensor parallel size. Default: 1.
    :param data: data parallel size across all workers. Default: derived.
    :param data_local: data parallel size within one worker (pod). Default: derived.
    :param workers: pods per replica (the LeaderWorkerSet size). Default: derived.
    :param rpc_port: port of the data-parallel group's coordinator on the leader pod
        (``--data-parallel-rpc-port``), used when the group spans pods; it must differ from the other ports the
        pod listens on. Default: 5555.
    """

    tensor: int = 1
    data: int | None = None
    data_local: int | None = None
    workers: int | None = None
    rpc_port: int = 5555

    def __post_init__(self) -> None:
        problems = [
            Problem(f"Parallelism.{field}", f"must be a positive integer, got {show(value)}")
            for field, value in (("tensor", self.tensor), ("data", self.data),
                                 ("data_local", self.data_local), ("workers", self.workers))
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1)
        ]
        if problem := port_problem(self.rpc_port, "Parallelism.rpc_port"):
            problems.append(problem)
        if problems:
            raise ModelServiceError(problems)
        if self.data_local is None and self.data is not None and self.workers is not None \
                and self.data % self.workers:
            raise ModelServiceError.at(
                "Parallelism.data",
                f"must be a multiple of workers ({self.workers}), got {self.data}")

    @property
    def data_size(self) -> int:
        """Data parallel size across all workers."""
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
        """Accelerators one worker pod needs: tensor x data-local."""
        return self.tensor * self.data_local_size

    def vllm_args(self) -> list[str]:
        """vLLM flags for the sizes greater than 1."""
        args: list[str] = []
        for flag, size in (("--tensor-parallel-size", self.tensor),
                           ("--data-parallel-size", self.data_size),
                           ("--data-parallel-size-local", self.data_local_size)):
            if size > 1:
                args += [flag, str(size)]
        return args

    @property
    def spans_pods(self) -> bool:
        """Whether the data-parallel group has ranks on more than one pod."""
        return self.data_size > self.data_local_size

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
        if not grouped and self.worker_count > 1:
            return [Problem(f"{path}.workers", f"{self.worker_count} pods per group need a LeaderWorkerSet, which "
                            "groups pods; this workload runs one pod per replica and would ignore workers: use "
                            "PoolWorkload.leader_worker_set() or leave workers unset", "data-parallel-layout")]
        return []

    def group_args(self) -> list[str]:
        """vLLM flags that join a pod to a data-parallel group spanning pods: the leader's address and RPC port
        (``$LWS_LEADER_ADDRESS``) and this pod's first rank (``$START_RANK``), for a shell to expand."""
        return ["--data-parallel-address", "$LWS_LEADER_ADDRESS", "--data-parallel-rpc-port", str(self.rpc_port),
                "--data-parallel-start-rank", "$START_RANK"]

    def env(self) -> list[dict[str, Any]]:
        """DP_SIZE, TP_SIZE and DP_SIZE_LOCAL for the model containers."""
        return [{"name": "DP_SIZE", "value": str(self.data_size)},
                {"name": "TP_SIZE", "value": str(self.tensor)},
                {"name": "DP_SIZE_LOCAL", "value": str(self.data_local_size)}]
