"""KvOffload: vLLM keeping KV-cache blocks that leave the accelerator in a second tier (CPU memory, and a shared
filesystem behind it), with vLLM's own connector or LMCache, as llm-d's tiered prefix-cache guide runs them.

vLLM's ``OffloadingConnector`` (``--kv-transfer-config``) copies blocks evicted from accelerator memory into
``cpu_bytes`` of pinned host memory of the vLLM process, and loads them back on a prefix hit. That memory counts
against the container's memory limit, and vLLM's workers exchange tensors through ``/dev/shm``: the pool checks
both against the offload size. The endpoint picker's ``SchedulerConfig.tiered_prefix_cache()`` scores each pod's
CPU tier with a producer of its own, whose capacity (blocks per pod) is derived from the same size.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .errors import ModelServiceError, show
from .kv_transfer import KvTransfer
from .names import dns_subdomain_problem, quantity_amount, quantity_problem, raise_problems
from .props import checked

CONNECTORS = ("native", "lmcache")
FILESYSTEM_VOLUME = "kv-offload-storage"
EPP_BLOCK_TOKENS = 16
"""The block size, in tokens, the picker's approximate prefix producer counts a pod's CPU capacity in (its
default)."""


@checked
@dataclass(frozen=True)
class FilesystemTier:
    """A second tier of vLLM's native offloading, on a shared filesystem (a PersistentVolumeClaim every pod mounts),
    as the tiered guide's ``native/fs`` variant runs it.

    :param claim: the PersistentVolumeClaim (ReadWriteMany) the tier lives on.
    :param root_dir: where the claim is mounted and vLLM keeps the blocks. Default: ``/mnt/files-storage``.
    :param block_size: the tier's block size, in tokens (a multiple of vLLM's). Default: 256.
    :param threads: vLLM's reader and writer threads each. Default: 16.
    """

    claim: str
    root_dir: str = "/mnt/files-storage"
    block_size: int = 256
    threads: int = 16

    def __post_init__(self) -> None:
        raise_problems(dns_subdomain_problem(self.claim, "FilesystemTier.claim"))
        if not self.root_dir.startswith("/"):
            raise ModelServiceError.at("FilesystemTier.root_dir",
                                       f"must be an absolute path, got {show(self.root_dir)}")
        for prop, value in (("block_size", self.block_size), ("threads", self.threads)):
            if value < 1:
                raise ModelServiceError.at(f"FilesystemTier.{prop}", f"must be at least 1, got {show(value)}")

    def config(self) -> dict[str, Any]:
        """The tier in vLLM's ``secondary_tiers``."""
        return {"type": "fs", "root_dir": self.root_dir, "n_read_threads": self.threads,
                "n_write_threads": self.threads}


@checked
@dataclass(frozen=True)
class KvOffload:
    """A CPU tier of vLLM's KV cache: vLLM's own ``OffloadingConnector`` (the default, with a filesystem tier behind
    it if given) or LMCache (:meth:`lmcache`).

    :param cpu_bytes: the host memory vLLM keeps offloaded blocks in, as a Kubernetes quantity (``100Gi``).
    :param kv_bytes_per_token: the size of one token's KV cache across the model's layers (for Qwen3-32B in
        bf16, 256KiB), from which the picker's CPU-tier capacity is derived. Default: none (give the picker's
        capacity yourself: ``SchedulerConfig.tiered_prefix_cache(cpu_blocks_per_pod=...)``).
    :param filesystem: a second tier on a shared filesystem (native connector only). Default: none.
    :param hash_seed: ``PYTHONHASHSEED`` of vLLM, which seeds its block hashes: blocks on a filesystem tier shared by
        the pods are found by every pod only if all hash alike, so a filesystem tier needs one. Default: none (``42``
        with a filesystem tier, by :meth:`with_filesystem`).
    :param connector: ``native`` (vLLM's ``OffloadingConnector``) or ``lmcache`` (``LMCacheConnectorV1``).
        Default: ``native``.
    """

    cpu_bytes: str
    kv_bytes_per_token: int | None = None
    filesystem: FilesystemTier | None = None
    hash_seed: str | None = None
    connector: str = "native"

    def __post_init__(self) -> None:
        raise_problems(quantity_problem(self.cpu_bytes, "KvOffload.cpu_bytes"))
        if self.bytes <= 0:
            raise ModelServiceError.at("KvOffload.cpu_bytes", f"must be more than 0, got {show(self.cpu_bytes)}")
        if self.kv_bytes_per_token is not None and self.kv_bytes_per_token < 1:
            raise ModelServiceError.at("KvOffload.kv_bytes_per_token",
                                       f"must be a whole number of bytes >= 1, got {show(self.kv_bytes_per_token)}")
        if self.connector not in CONNECTORS:
            raise ModelServiceError.at("KvOffload.connector", f"{show(self.connector)} is not one of "
                                                              f"{', '.join(CONNECTORS)}")
        if self.filesystem is not None and self.connector != "native":
            raise ModelServiceError.at("KvOffload.filesystem", "a filesystem tier is one of vLLM's native "
                                                               "offloading; LMCache keeps its own tiers")
        if self.filesystem is not None and self.hash_seed is None:
            raise ModelServiceError.at("KvOffload.hash_seed", "a filesystem tier shared by the pods needs one "
                                                              "PYTHONHASHSEED for all, or no pod finds another's "
                                                              "blocks; give one (e.g. '42')")

    @staticmethod
    def lmcache(cpu_bytes: str, *, kv_bytes_per_token: int | None = None, hash_seed: str | None = None) -> KvOffload:
        """LMCache (``LMCacheConnectorV1``) with ``cpu_bytes`` of local CPU memory (``LMCACHE_MAX_LOCAL_CPU_SIZE``)."""
        return KvOffload(cpu_bytes, kv_bytes_per_token, hash_seed=hash_seed, connector="lmcache")

    def with_filesystem(self, tier: FilesystemTier, hash_seed: str = "42") -> KvOffload:
        """This native offloading with ``tier`` behind its CPU tier (and ``hash_seed``, unless it has one)."""
        return dataclasses.replace(self, filesystem=tier, hash_seed=self.hash_seed or hash_seed)

    @property
    def bytes(self) -> int:
        """:attr:`cpu_bytes` in bytes."""
        amount = quantity_amount(self.cpu_bytes)
        return int(amount) if amount is not None else 0

    def transfer(self) -> KvTransfer:
        """The connector vLLM runs, with the environment and volumes it needs."""
        env = [{"name": "PYTHONHASHSEED", "value": self.hash_seed}] if self.hash_seed is not None else []
        if self.connector == "lmcache":
            gib = repr(float(Fraction(self.bytes, 2**30)))
            return KvTransfer(connector_config={"kv_connector": "LMCacheConnectorV1", "kv_role": "kv_both"}, env=(
                {"name": "LMCACHE_LOCAL_CPU", "value": "True"}, {"name": "LMCACHE_MAX_LOCAL_CPU_SIZE", "value": gib},
                *env))
        extra: dict[str, Any] = {"cpu_bytes_to_use": self.bytes}
        if self.filesystem is None:
            return KvTransfer(connector_config={"kv_connector": "OffloadingConnector", "kv_role": "kv_both",
                                                "kv_connector_extra_config": extra}, env=tuple(env))
        tier = self.filesystem
        extra = {"spec_name": "TieringOffloadingSpec", **extra, "block_size": tier.block_size,
                 "secondary_tiers": [tier.config()]}
        return KvTransfer(
            connector_config={"kv_connector": "OffloadingConnector", "kv_role": "kv_both",
                              "kv_connector_extra_config": extra}, env=tuple(env),
            volumes=({"name": FILESYSTEM_VOLUME, "persistentVolumeClaim": {"claimName": tier.claim}},),
            volume_mounts=({"name": FILESYSTEM_VOLUME, "mountPath": tier.root_dir},))

    def cpu_blocks(self, block_tokens: int = EPP_BLOCK_TOKENS) -> int | None:
        """How many blocks of ``block_tokens`` tokens the CPU tier holds (None: :attr:`kv_bytes_per_token` unknown)."""
        if self.kv_bytes_per_token is None:
            return None
        return math.floor(Fraction(self.bytes, self.kv_bytes_per_token * block_tokens))
