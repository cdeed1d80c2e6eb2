"""KvTransfer: how prefill pods hand their KV caches to decode pods (vLLM's ``--kv-transfer-config``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import Problem, show
from .names import port_problem, raise_problems
from .props import checked

NIXL_SIDE_CHANNEL_PORT = 5600
NIXL_PORT_NAME = "nixl"
"""The name of the NIXL side channel's container port (see :meth:`KvTransfer.nixl`)."""


@checked
@dataclass(frozen=True)
class KvTransfer:
    """The KV connector vLLM uses in both pools of a P/D server, and what it needs in the pod.

    Use a factory (``KvTransfer.nixl()``) or describe another connector.

    :param connector_config: vLLM's ``--kv-transfer-config`` as a map (``kv_connector``, ``kv_role``...).
    :param sidecar_connectors: the routing sidecar ``--connector`` values this connector works with
        (the sidecar speaks the connector's protocol). Default: any.
    :param env: container env entries (Kubernetes JSON) the connector needs. Default: none.
    :param ports: container ports (Kubernetes JSON) the connector listens on. Default: none.
    :param volumes: pod volumes (Kubernetes JSON) the connector keeps its data in. Default: none.
    :param volume_mounts: their mounts in the vLLM container (Kubernetes JSON). Default: none.
    """

    connector_config: Mapping[str, Any]
    sidecar_connectors: Sequence[str] = ()
    env: Sequence[Mapping[str, Any]] = ()
    ports: Sequence[Mapping[str, Any]] = field(default_factory=tuple)
    volumes: Sequence[Mapping[str, Any]] = ()
    volume_mounts: Sequence[Mapping[str, Any]] = ()

    def __post_init__(self) -> None:
        problems: list[Problem | None] = []
        if not isinstance(self.connector_config, Mapping) or not self.connector_config.get("kv_connector"):
            problems.append(Problem("KvTransfer.connector_config",
                                    f"must be a map naming kv_connector, got {show(self.connector_config)}"))
        for i, port in enumerate(self.ports):
            problems.append(port_problem(port.get("containerPort"), f"KvTransfer.ports[{i}].containerPort"))
        raise_problems(*problems)

    @staticmethod
    def nixl(*, side_channel_port: int = NIXL_SIDE_CHANNEL_PORT, role: str = "kv_both") -> KvTransfer:
        """vLLM's NIXL connector (``NixlConnector``), which the routing sidecar's ``nixlv2`` connector drives.

        The pod IP and ``side_channel_port`` are its handshake address (``VLLM_NIXL_SIDE_CHANNEL_HOST`` /
        ``_PORT``); the port is declared on the container as ``nixl``.

        :param side_channel_port: Default: 5600.
        :param role: ``kv_role`` of both pools. Default: ``kv_both``.
        """
        return KvTransfer(
            connector_config={"kv_connector": "NixlConnector", "kv_role": role},
            sidecar_connectors=("nixlv2", "nixl"),
            env=({"name": "VLLM_NIXL_SIDE_CHANNEL_HOST", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
                 {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": str(side_channel_port)}),
            ports=({"name": NIXL_PORT_NAME, "containerPort": side_channel_port, "protocol": "TCP"},))

    def vllm_args(self) -> list[str]:
        """``--kv-transfer-config <json>``."""
        return ["--kv-transfer-config", json.dumps(dict(self.connector_config), separators=(",", ":"))]

    def container_env(self) -> list[dict[str, Any]]:
        """The connector's env entries."""
        return [dict(e) for e in self.env]

    def container_ports(self) -> list[dict[str, Any]]:
        """The connector's container ports."""
        return [dict(p) for p in self.ports]

    def port_prop(self, index: int) -> str:
        """The prop that sets the connector's port ``index``: ``KvTransfer.side_channel_port`` for the NIXL side
        channel of :meth:`nixl`, else ``KvTransfer.ports[<index>].containerPort``."""
        port = self.ports[index]
        if port.get("name") == NIXL_PORT_NAME and self.connector_config.get("kv_connector") == "NixlConnector":
            return "KvTransfer.side_channel_port"
        return f"KvTransfer.ports[{index}].containerPort"
