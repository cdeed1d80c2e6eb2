"""DecodePool and PrefillPool: the two roles of a model's pods."""

from __future__ import annotations

from typing import Any

from ..routing import RoutingSidecar
from .base import ModelPool


class PrefillPool(ModelPool):
    """Prefill pods: vLLM serves on the model's service port. Takes the props of :class:`ModelPool`."""

    role = "prefill"
    prop_root = "PrefillPool"


class DecodePool(ModelPool):
    """Decode pods, fronted by the server's routing sidecar when it has one. Takes the props of
    :class:`ModelPool`; its ``workload`` may also be ``PoolWorkload.requester(...)``."""

    role = "decode"
    prop_root = "DecodePool"

    @property
    def vllm_port(self) -> int:
        """The sidecar's target port when the server has a sidecar, else the service port."""
        sidecar = self.routing_sidecar
        return sidecar.target_port if sidecar is not None else self.server.service_port

    @property
    def routing_sidecar(self) -> RoutingSidecar | None:
        """The server's routing sidecar (``ModelServer.routing_sidecar``), which fronts vLLM in decode pods."""
        return self.server.routing_sidecar

    def build_init_containers(self) -> list[dict[str, Any]]:
        """The routing sidecar (if any), then the user's init containers."""
        sidecar = self.routing_sidecar
        head = [sidecar.container(self.server.service_port, self.server.release, self.server.tracing,
                                  self.profile.security, self.profile.probes,
                                  self.parallelism.serving_ports)] if sidecar else []
        return head + super().build_init_containers()
