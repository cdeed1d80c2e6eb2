"""KvOffload: vLLM keeping KV-cache blocks that leave the accelerator in a second tier (CPU memory), as llm-d's
tiered prefix-cache guide runs it.

vLLM's ``OffloadingConnector`` (``--kv-transfer-config``) copies blocks evicted from accelerator memory into
``cpu_bytes`` of pinned host memory of the vLLM process, and loads them back on a prefix hit. That memory counts
against the container's memory limit, and vLLM's workers exchange tensors through ``/dev/shm``: the pool checks
both against the offload size. The endpoint picker's ``SchedulerConfig.tiered_prefix_cache()`` scores each pod's
CPU tier with a producer of its own, whose capacity (blocks per pod) is derived from the same size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .errors import ModelServiceError, show
from .kv_transfer import KvTransfer
from .names import quantity_amount, quantity_problem, raise_problems
from .props import checked

EPP_BLOCK_TOKENS = 16
"""The block size, in tokens, the picker's approximate prefix producer counts a pod's CPU capacity in (its
default)."""


@checked
@dataclass(frozen=True)
class KvOffload:
    """A CPU tier of vLLM's KV cache (vLLM's ``OffloadingConnector``).

    :param cpu_bytes: the host memory vLLM keeps offloaded blocks in, as a Kubernetes quantity (``100Gi``).
    :param kv_bytes_per_token: the size of one token's KV cache across the model's layers (for Qwen3-32B in
        bf16, 256KiB), from which the picker's CPU-tier capacity is derived. Default: none (give the picker's
        capacity yourself: ``SchedulerConfig.tiered_prefix_cache(cpu_blocks_per_pod=...)``).
    """

    cpu_bytes: str
    kv_bytes_per_token: int | None = None

    def __post_init__(self) -> None:
        raise_problems(quantity_problem(self.cpu_bytes, "KvOffload.cpu_bytes"))
        if self.bytes <= 0:
            raise ModelServiceError.at("KvOffload.cpu_bytes", f"must be more than 0, got {show(self.cpu_bytes)}")
        if self.kv_bytes_per_token is not None and self.kv_bytes_per_token < 1:
            raise ModelServiceError.at("KvOffload.kv_bytes_per_token",
                                       f"must be a whole number of bytes >= 1, got {show(self.kv_bytes_per_token)}")

    @property
    def bytes(self) -> int:
        """:attr:`cpu_bytes` in bytes."""
        amount = quantity_amount(self.cpu_bytes)
        return int(amount) if amount is not None else 0

    def transfer(self) -> KvTransfer:
        """The connector vLLM runs: ``OffloadingConnector`` with ``cpu_bytes_to_use``."""
        return KvTransfer(connector_config={"kv_connector": "OffloadingConnector", "kv_role": "kv_both",
                                            "kv_connector_extra_config": {"cpu_bytes_to_use": self.bytes}})

    def cpu_blocks(self, block_tokens: int = EPP_BLOCK_TOKENS) -> int | None:
        """How many blocks of ``block_tokens`` tokens the CPU tier holds (None: :attr:`kv_bytes_per_token` unknown)."""
        if self.kv_bytes_per_token is None:
            return None
        return math.floor(Fraction(self.bytes, self.kv_bytes_per_token * block_tokens))
