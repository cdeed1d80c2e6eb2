"""ExpertParallel: vLLM spreading a mixture-of-experts model's experts over a pool's data-parallel ranks, with DeepEP
and NVSHMEM across the pods of a group, as llm-d's wide expert parallelism guide runs it.

The backends are checked against what the server's release's vLLM accepts (its ``--all2all-backend`` and
``--moe-backend`` choices, :mod:`~modelservice_constructs.component_contracts`). RDMA itself comes from the cluster: the
NICs (a device-plugin resource in the containers' limits, or a DRA ``PairedDevice`` next to each GPU) and
``PodSecurity(rdma=True)`` for the ``IPC_LOCK`` capability it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, show
from .props import checked


@checked
@dataclass(frozen=True)
class ExpertParallel:
    """Expert parallelism of a pool (``--enable-expert-parallel``), with its all-to-all and MoE kernels and the
    NVSHMEM settings DeepEP needs. Use a factory: :meth:`low_latency` for decode, :meth:`high_throughput` for prefill.

    :param all2all_backend: vLLM's ``--all2all-backend``.
    :param moe_backend: vLLM's ``--moe-backend``. Default: ``deep_gemm`` (with ``VLLM_USE_DEEP_GEMM=1``).
    :param interface: the pod's network interface NVSHMEM, Gloo and NCCL bootstrap over. Default: ``eth0``.
    :param symmetric_size: NVSHMEM's symmetric heap per GPU (``NVSHMEM_SYMMETRIC_SIZE``). Default: NVSHMEM's.
    :param ibgda: NVSHMEM's GPU-initiated RDMA transport (``NVSHMEM_REMOTE_TRANSPORT=ibgda``). Default: True.
    """

    all2all_backend: str
    moe_backend: str | None = "deep_gemm"
    interface: str = "eth0"
    symmetric_size: str | None = None
    ibgda: bool = True

    def __post_init__(self) -> None:
        for prop, value in (("all2all_backend", self.all2all_backend), ("interface", self.interface)):
            if not value or any(c.isspace() for c in value):
                raise ModelServiceError.at(f"ExpertParallel.{prop}", f"must be a word, got {show(value)}")

    @staticmethod
    def low_latency(*, symmetric_size: str | None = "16G", interface: str = "eth0") -> ExpertParallel:
        """DeepEP's low-latency kernels (decode). Default ``symmetric_size``: 16G (the guide's)."""
        return ExpertParallel("deepep_low_latency", symmetric_size=symmetric_size, interface=interface)

    @staticmethod
    def high_throughput(*, interface: str = "eth0") -> ExpertParallel:
        """DeepEP's high-throughput kernels (prefill)."""
        return ExpertParallel("deepep_high_throughput", interface=interface)

    def vllm_args(self) -> list[str]:
        """``--enable-expert-parallel``, ``--all2all-backend``, ``--moe-backend``."""
        args = ["--enable-expert-parallel", "--all2all-backend", self.all2all_backend]
        if self.moe_backend is not None:
            args += ["--moe-backend", self.moe_backend]
        return args

    def container_env(self) -> list[dict[str, Any]]:
        """NVSHMEM's transport and bootstrap interface, Gloo's and NCCL's interface, and DeepGEMM's switch."""
        env: list[dict[str, Any]] = []
        if self.ibgda:
            env += [{"name": "NVSHMEM_REMOTE_TRANSPORT", "value": "ibgda"},
                    {"name": "NVSHMEM_IB_ENABLE_IBGDA", "value": "true"}]
        env += [{"name": name, "value": self.interface}
                for name in ("NVSHMEM_BOOTSTRAP_UID_SOCK_IFNAME", "GLOO_SOCKET_IFNAME", "NCCL_SOCKET_IFNAME")]
        if self.symmetric_size is not None:
            env.append({"name": "NVSHMEM_SYMMETRIC_SIZE", "value": self.symmetric_size})
        if self.moe_backend == "deep_gemm":
            env.append({"name": "VLLM_USE_DEEP_GEMM", "value": "1"})
        return env
