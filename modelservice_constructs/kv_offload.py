"""KvOffload: vLLM keeping KV-cache blocks that leave the accelerator in a second tier (CPU memory, and a shared
filesystem behind it), with vLLM's own connector, LMCache or a Mooncake store, as llm-d's tiered prefix-cache guide
runs them.

vLLM's ``OffloadingConnector`` (``--kv-transfer-config``) copies blocks evicted from accelerator memory into
``cpu_bytes`` of pinned host memory of the vLLM process, and loads them back on a prefix hit. That memory counts
against the container's memory limit, and vLLM's workers exchange tensors through ``/dev/shm``: the pool checks
both against the offload size. The endpoint picker's ``SchedulerConfig.tiered_prefix_cache()`` scores each pod's
CPU tier with a producer of its own, whose capacity (blocks per pod) is derived from the same size.

A Mooncake store (:meth:`KvOffload.mooncake`, vLLM's ``MooncakeStoreConnector``, embedded mode) is one pool of CPU
memory the pods share: each vLLM rank contributes a segment of ``cpu_bytes`` to it, and keeps a transfer buffer,
both in the container's memory (checked against its limit); the pods find each other's blocks through the store's
master, which is not built here.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .errors import ModelServiceError, show
from .kv_transfer import KvTransfer
from .names import dns_subdomain_problem, quantity_amount, quantity_problem, raise_problems
from .props import checked

CONNECTORS = ("native", "lmcache", "mooncake")
MOONCAKE_CONFIG_DIR = "/etc/mooncake"
MOONCAKE_CONFIG_FILE = "mooncake_config.json"
MOONCAKE_VOLUME = "mooncake-config"
MOONCAKE_ROOT_VOLUME = "mooncake-offload-stub"
MOONCAKE_PROTOCOLS = ("rdma", "tcp")
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
class LmcacheDisk:
    """LMCache's disk tier behind its CPU tier, on a PersistentVolumeClaim every pod mounts (the tiered guide's
    ``lmcache-connector/fs`` variant).

    :param claim: the PersistentVolumeClaim (ReadWriteMany) the tier lives on.
    :param size: the most LMCache keeps on it, a Kubernetes quantity (``1120Gi``; ``LMCACHE_MAX_LOCAL_DISK_SIZE``).
    :param mount_path: where the claim is mounted. Default: ``/mnt/files-storage``.
    :param directory: LMCache's directory on the claim (``LMCACHE_LOCAL_DISK``). Default: ``kv-cache``.
    :param direct_io: read and write with ``O_DIRECT``, past the page cache (``use_odirect``). Default: True.
    """

    claim: str
    size: str
    mount_path: str = "/mnt/files-storage"
    directory: str = "kv-cache"
    direct_io: bool = True

    def __post_init__(self) -> None:
        raise_problems(dns_subdomain_problem(self.claim, "LmcacheDisk.claim"),
                       quantity_problem(self.size, "LmcacheDisk.size"))
        if not self.mount_path.startswith("/"):
            raise ModelServiceError.at("LmcacheDisk.mount_path", f"must be an absolute path, got "
                                                                 f"{show(self.mount_path)}")
        if not self.directory or self.directory.startswith("/") or ".." in self.directory.split("/"):
            raise ModelServiceError.at("LmcacheDisk.directory", f"must be a relative path on the claim, got "
                                                                f"{show(self.directory)}")

    def env(self) -> list[dict[str, str]]:
        """LMCache's disk settings."""
        env = [{"name": "LMCACHE_LOCAL_DISK", "value": f"file://{self.mount_path.rstrip('/')}/"
                                                       f"{self.directory.strip('/')}/"},
               {"name": "LMCACHE_MAX_LOCAL_DISK_SIZE", "value": _gib(self.size)}]
        if self.direct_io:
            env.append({"name": "LMCACHE_EXTRA_CONFIG", "value": json.dumps({"use_odirect": "True"},
                                                                            separators=(",", ":"))})
        return env


def _gib(quantity: str) -> str:
    """A quantity in GiB, as LMCache reads its sizes (``100.0``)."""
    amount = quantity_amount(quantity)
    return repr(float(Fraction(int(amount) if amount is not None else 0, 2**30)))


@checked
@dataclass(frozen=True)
class MooncakeStore:
    """The Mooncake store a vLLM ``MooncakeStoreConnector`` joins, written to the file ``MOONCAKE_CONFIG_PATH``
    names: in embedded mode each rank contributes a segment of its own memory to the store; in standalone mode a
    ``mooncake_client`` on each node (a DaemonSet deployed apart) owns the store's memory and SSD, and the ranks
    contribute none.

    :param master_address: ``host:port`` of the store's master (``master_server_address``), e.g.
        ``mooncake-master-store.mooncake.svc.cluster.local:50051``.
    :param buffer_bytes: the transfer buffer of each rank (``local_buffer_size``), a Kubernetes quantity.
        Default: ``4Gi``.
    :param protocol: ``rdma`` or ``tcp``. Default: ``rdma`` (give the pods an RDMA device, e.g. ``rdma/ib``).
    :param device_name: the RDMA device (``device_name``). Default: empty (Mooncake picks one).
    :param metadata_server: Default: ``P2PHANDSHAKE`` (no metadata service: the ranks exchange it directly).
    :param standalone: standalone-store mode (``mooncake_client`` on the nodes owns memory and SSD). Default: False.
    :param root_fs_dir: in standalone mode, the SSD directory the master hands every client, which vLLM's client
        library checks exists in the pod (an empty directory is mounted there). Default: ``/data/mooncake-offload``.
    """

    master_address: str
    buffer_bytes: str = "4Gi"
    protocol: str = "rdma"
    device_name: str = ""
    metadata_server: str = "P2PHANDSHAKE"
    standalone: bool = False
    root_fs_dir: str = "/data/mooncake-offload"

    def __post_init__(self) -> None:
        host, sep, port = self.master_address.rpartition(":")
        if not sep or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ModelServiceError.at("MooncakeStore.master_address",
                                       f"must be host:port of the store's master, got {show(self.master_address)}")
        raise_problems(quantity_problem(self.buffer_bytes, "MooncakeStore.buffer_bytes"))
        if self.buffer_bytes_amount <= 0:
            raise ModelServiceError.at("MooncakeStore.buffer_bytes", f"must be more than 0, got "
                                                                     f"{show(self.buffer_bytes)}")
        if self.protocol not in MOONCAKE_PROTOCOLS:
            raise ModelServiceError.at("MooncakeStore.protocol", f"{show(self.protocol)} is not one of "
                                                                 f"{', '.join(MOONCAKE_PROTOCOLS)}")
        if not self.root_fs_dir.startswith("/"):
            raise ModelServiceError.at("MooncakeStore.root_fs_dir", f"must be an absolute path, got "
                                                                    f"{show(self.root_fs_dir)}")

    @property
    def buffer_bytes_amount(self) -> int:
        """:attr:`buffer_bytes` in bytes."""
        amount = quantity_amount(self.buffer_bytes)
        return int(amount) if amount is not None else 0

    def config_text(self, segment_bytes: int) -> str:
        """The store's configuration (JSON): in embedded mode, ranks contributing ``segment_bytes`` each, in memory
        only (``enable_offload`` false); in standalone mode, ranks contributing nothing to a store that offloads to
        the clients' SSD (``enable_offload`` true)."""
        return json.dumps({"mode": "standalone-store" if self.standalone else "embedded",
                           "metadata_server": self.metadata_server, "master_server_address": self.master_address,
                           "global_segment_size": 0 if self.standalone else segment_bytes,
                           "local_buffer_size": self.buffer_bytes_amount, "protocol": self.protocol,
                           "device_name": self.device_name, "enable_offload": self.standalone}, indent=2) + "\n"

    def volumes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The volumes and mounts of the store in a vLLM pod besides its configuration: in standalone mode, an empty
        directory at :attr:`root_fs_dir`."""
        if not self.standalone:
            return [], []
        return ([{"name": MOONCAKE_ROOT_VOLUME, "emptyDir": {}}],
                [{"name": MOONCAKE_ROOT_VOLUME, "mountPath": self.root_fs_dir}])


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
    :param connector: ``native`` (vLLM's ``OffloadingConnector``), ``lmcache`` (``LMCacheConnectorV1``) or
        ``mooncake`` (``MooncakeStoreConnector``: ``cpu_bytes`` is the segment each vLLM rank contributes to the
        store). Default: ``native``.
    :param store: the Mooncake store (``mooncake``, which needs one). Default: none.
    :param disk: LMCache's disk tier (``lmcache`` only). Default: none.
    """

    cpu_bytes: str
    kv_bytes_per_token: int | None = None
    filesystem: FilesystemTier | None = None
    hash_seed: str | None = None
    connector: str = "native"
    store: MooncakeStore | None = None
    disk: LmcacheDisk | None = None

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
        if self.disk is not None and self.connector != "lmcache":
            raise ModelServiceError.at("KvOffload.disk", "a disk tier is LMCache's (KvOffload.lmcache(..., disk=...)); "
                                                         "vLLM's own connector takes a FilesystemTier")
        if (self.connector == "mooncake") != (self.store is not None):
            raise ModelServiceError.at("KvOffload.store", "a Mooncake store goes with the mooncake connector "
                                                             "(KvOffload.mooncake(...))")
        if self.connector == "mooncake" and self.hash_seed is None:
            raise ModelServiceError.at("KvOffload.hash_seed", "a Mooncake store shared by the pods needs one "
                                                              "PYTHONHASHSEED for all, or no pod finds another's "
                                                              "blocks; give one (e.g. '0')")
        if self.disk is not None and self.hash_seed is None:
            raise ModelServiceError.at("KvOffload.hash_seed", "a disk tier shared by the pods needs one PYTHONHASHSEED "
                                                              "for all, or no pod finds another's blocks; give one "
                                                              "(e.g. '123')")
        if self.filesystem is not None and self.hash_seed is None:
            raise ModelServiceError.at("KvOffload.hash_seed", "a filesystem tier shared by the pods needs one "
                                                              "PYTHONHASHSEED for all, or no pod finds another's "
                                                              "blocks; give one (e.g. '42')")

    @staticmethod
    def lmcache(cpu_bytes: str, *, kv_bytes_per_token: int | None = None, hash_seed: str | None = None,
                disk: LmcacheDisk | None = None) -> KvOffload:
        """LMCache (``LMCacheConnectorV1``) with ``cpu_bytes`` of local CPU memory (``LMCACHE_MAX_LOCAL_CPU_SIZE``),
        and a disk tier behind it when given (``disk``)."""
        return KvOffload(cpu_bytes, kv_bytes_per_token, hash_seed=hash_seed, connector="lmcache", disk=disk)

    @staticmethod
    def mooncake(master_address: str, *, segment_bytes: str = "80Gi", buffer_bytes: str = "4Gi",
                 protocol: str = "rdma", device_name: str = "", hash_seed: str = "0",
                 kv_bytes_per_token: int | None = None) -> KvOffload:
        """A Mooncake store (``MooncakeStoreConnector``, embedded mode) the pods share, whose master is at
        ``master_address``: each vLLM rank contributes ``segment_bytes`` (default ``80Gi``) of its memory to the store
        and keeps a ``buffer_bytes`` transfer buffer (default ``4Gi``), over ``protocol`` (default ``rdma``). The
        server writes the store's configuration to the ConfigMap ``<server>-mooncake``; ``hash_seed`` (default
        ``0``) is every pod's PYTHONHASHSEED."""
        store = MooncakeStore(master_address, buffer_bytes, protocol, device_name)
        return KvOffload(segment_bytes, kv_bytes_per_token, hash_seed=hash_seed, connector="mooncake",
                         store=store)

    @staticmethod
    def mooncake_client(master_address: str, *, client_bytes: str, buffer_bytes: str = "4Gi",
                        protocol: str = "rdma", device_name: str = "", hash_seed: str = "0",
                        kv_bytes_per_token: int | None = None,
                        root_fs_dir: str = "/data/mooncake-offload") -> KvOffload:
        """A standalone Mooncake store (``MooncakeStoreConnector``, standalone-store mode) the pods share: a
        ``mooncake_client`` on each node (a DaemonSet deployed apart, as the store's master) owns its memory,
        ``client_bytes`` a node, and its SSD tier; each vLLM rank contributes nothing and keeps a ``buffer_bytes``
        transfer buffer (default ``4Gi``). ``client_bytes`` is what the picker's CPU-tier capacity is derived from
        (a pod a node); ``root_fs_dir`` is the master's SSD directory, mounted empty in the pods (vLLM's client
        library checks it exists)."""
        store = MooncakeStore(master_address, buffer_bytes, protocol, device_name, standalone=True,
                              root_fs_dir=root_fs_dir)
        return KvOffload(client_bytes, kv_bytes_per_token, hash_seed=hash_seed, connector="mooncake", store=store)

    def with_filesystem(self, tier: FilesystemTier, hash_seed: str = "42") -> KvOffload:
        """This native offloading with ``tier`` behind its CPU tier (and ``hash_seed``, unless it has one)."""
        return dataclasses.replace(self, filesystem=tier, hash_seed=self.hash_seed or hash_seed)

    @property
    def bytes(self) -> int:
        """:attr:`cpu_bytes` in bytes."""
        amount = quantity_amount(self.cpu_bytes)
        return int(amount) if amount is not None else 0

    def pod_bytes(self, ranks: int) -> int:
        """The memory a pod of ``ranks`` vLLM ranks keeps for the tier: the CPU tier of its vLLM, or, in a Mooncake
        store, each rank's segment and transfer buffer."""
        if self.store is not None:
            return ranks * ((0 if self.store.standalone else self.bytes) + self.store.buffer_bytes_amount)
        return self.bytes

    @property
    def shares_shm(self) -> bool:
        """Whether vLLM's workers share the tier through ``/dev/shm`` (vLLM's own connector and LMCache; a Mooncake
        store registers each rank's segment itself)."""
        return self.store is None

    def config_map_name(self, server_name: str) -> str | None:
        """The ConfigMap of the Mooncake store's configuration of server ``server_name`` (None: not a Mooncake
        store)."""
        return f"{server_name}-mooncake" if self.store is not None else None

    def transfer(self, server_name: str = "") -> KvTransfer:
        """The connector vLLM runs, with the environment and volumes it needs (those of the ConfigMap of the Mooncake
        store of server ``server_name``)."""
        env = [{"name": "PYTHONHASHSEED", "value": self.hash_seed}] if self.hash_seed is not None else []
        config_map = self.config_map_name(server_name)
        if config_map is not None and self.store is not None:
            volumes, mounts = self.store.volumes()
            return KvTransfer(
                connector_config={"kv_connector": "MooncakeStoreConnector", "kv_role": "kv_both"}, env=(
                    {"name": "MOONCAKE_CONFIG_PATH", "value": f"{MOONCAKE_CONFIG_DIR}/{MOONCAKE_CONFIG_FILE}"},
                    *env),
                volumes=({"name": MOONCAKE_VOLUME, "configMap": {"name": config_map}}, *volumes),
                volume_mounts=({"name": MOONCAKE_VOLUME, "mountPath": MOONCAKE_CONFIG_DIR, "readOnly": True},
                               *mounts))
        if self.connector == "lmcache":
            disk = self.disk
            return KvTransfer(connector_config={"kv_connector": "LMCacheConnectorV1", "kv_role": "kv_both"}, env=(
                {"name": "LMCACHE_LOCAL_CPU", "value": "True"},
                {"name": "LMCACHE_MAX_LOCAL_CPU_SIZE", "value": _gib(self.cpu_bytes)},
                *(disk.env() if disk is not None else ()), *env),
                volumes=({"name": FILESYSTEM_VOLUME, "persistentVolumeClaim": {"claimName": disk.claim}},)
                if disk is not None else (),
                volume_mounts=({"name": FILESYSTEM_VOLUME, "mountPath": disk.mount_path},) if disk is not None else ())
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
