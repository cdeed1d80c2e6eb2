"""ModelNetworkPolicy: an opt-in NetworkPolicy that admits only the traffic a model's pods serve."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import cdk8s

from .errors import Problem, show
from .names import label_problems, port_problem, raise_problems
from .objects import api_object

if TYPE_CHECKING:
    from .model_server import ModelServer

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
ENDPOINT_PICKER_LABELS: Mapping[str, str] = {"app.kubernetes.io/component": "endpoint-picker"}


@dataclass(frozen=True)
class Peer:
    """Pods a NetworkPolicy admits traffic from.

    :param namespace_labels: labels of their namespaces; None: the policy's own namespace; empty: every
        namespace. Default: None.
    :param pod_labels: labels of the pods; None: every pod of those namespaces. Default: None.
    """

    namespace_labels: Mapping[str, str] | None = None
    pod_labels: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        problems = label_problems(dict(self.namespace_labels or {}), "Peer.namespace_labels")
        problems += label_problems(dict(self.pod_labels or {}), "Peer.pod_labels")
        raise_problems(*problems)

    @staticmethod
    def namespace(name: str, pod_labels: Mapping[str, str] | None = None) -> Peer:
        """Pods (labelled ``pod_labels``, else all) of the namespace ``name``."""
        return Peer({NAMESPACE_NAME_LABEL: name}, pod_labels)

    @staticmethod
    def all_namespaces(pod_labels: Mapping[str, str] | None = None) -> Peer:
        """Pods (labelled ``pod_labels``, else all) of every namespace."""
        return Peer({}, pod_labels)

    @staticmethod
    def pods(labels: Mapping[str, str]) -> Peer:
        """Pods labelled ``labels`` in the policy's namespace."""
        return Peer(None, labels)

    def manifest(self) -> dict[str, Any]:
        """The ``from`` entry."""
        entry: dict[str, Any] = {}
        if self.namespace_labels is not None:
            entry["namespaceSelector"] = {"matchLabels": dict(self.namespace_labels)} if self.namespace_labels else {}
        if self.pod_labels is not None or not entry:
            entry["podSelector"] = {"matchLabels": dict(self.pod_labels)} if self.pod_labels else {}
        return entry


@dataclass(frozen=True)
class ModelNetworkPolicy:
    """A NetworkPolicy (named after the model) on every pod of a model that admits, and denies the rest:

    - ``gateway`` and ``endpoint_picker`` peers -> the service port;
    - the model's own pods -> every port. They are one trust domain and talk on ports no list can hold: the
      decode sidecar sends prefill work to the prefill pods' service port; NIXL handshakes on its side channel
      (:class:`KvTransfer`) and then, over UCX's TCP transport, moves KV caches through ports UCX picks; a
      data-parallel group spanning the pods of a LeaderWorkerSet (``ModelPool.forms_pod_group``)
      joins its leader's ``--data-parallel-rpc-port`` (``Parallelism.rpc_port``) and then the sockets of
      vLLM's engines, coordinator and torch.distributed group, on ports vLLM picks when it starts;
    - ``monitoring`` peers -> the service port, the decode vLLM port behind the sidecar and
      ``metrics_ports`` (Prometheus scraping ``/metrics``).

    Limits: a NetworkPolicy needs a network plugin that enforces it (most do; kindnet before Kubernetes
    1.31 does not); it filters traffic through the kernel's network stack only, so RDMA (InfiniBand, RoCE)
    transfers of NIXL/UCX and pods on ``hostNetwork`` bypass it; egress is not restricted (model downloads,
    DNS, tracing). Narrow ``gateway`` to your Gateway's namespace (``Peer.namespace("gateways")``).

    :param gateway: who sends inference requests. Default: every namespace (``Peer.all_namespaces()``).
    :param endpoint_picker: who scrapes the servers for scheduling. Default: the endpoint pickers of the
        namespace (pods labelled ``app.kubernetes.io/component: endpoint-picker``).
    :param monitoring: who scrapes metrics. Default: every namespace.
    :param metrics_ports: more ports the monitoring peers reach. Default: none.
    """

    gateway: Sequence[Peer] = (Peer.all_namespaces(),)
    endpoint_picker: Sequence[Peer] = (Peer.pods(ENDPOINT_PICKER_LABELS),)
    monitoring: Sequence[Peer] = (Peer.all_namespaces(),)
    metrics_ports: Sequence[int] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        problems: list[Problem | None] = [port_problem(p, f"ModelNetworkPolicy.metrics_ports[{i}]")
                                          for i, p in enumerate(self.metrics_ports)]
        for name in ("gateway", "endpoint_picker", "monitoring"):
            for i, peer in enumerate(getattr(self, name)):
                if not isinstance(peer, Peer):
                    problems.append(Problem(f"ModelNetworkPolicy.{name}[{i}]", f"must be a Peer, got {show(peer)}"))
        raise_problems(*problems)

    def manifest(self, server: ModelServer) -> dict[str, Any]:
        """The NetworkPolicy of ``server``'s pods, as Kubernetes JSON."""
        def ports(numbers: Sequence[int]) -> list[dict[str, Any]]:
            return [{"port": n, "protocol": "TCP"} for n in dict.fromkeys(numbers)]

        service = server.service_port
        sidecar = [server.routing_sidecar.target_port] if server.routing_sidecar is not None else []
        ingress = [
            {"from": [p.manifest() for p in (*self.gateway, *self.endpoint_picker)], "ports": ports([service])},
            {"from": [{"podSelector": {"matchLabels": server.group_labels}}]},
            {"from": [p.manifest() for p in self.monitoring],
             "ports": ports([service, *sidecar, *self.metrics_ports])},
        ]
        return {"metadata": server.object_metadata(server.name),
                "spec": {"podSelector": {"matchLabels": server.group_labels}, "policyTypes": ["Ingress"],
                         "ingress": [rule for rule in ingress if rule["from"]]}}

    def create(self, server: ModelServer) -> cdk8s.ApiObject:
        """The NetworkPolicy (child id ``NetworkPolicy``) of ``server``."""
        from .imports.io.k8s.api import NetworkPolicy

        return api_object(server, "NetworkPolicy", NetworkPolicy, self.manifest(server),
                          "ModelServer.network_policy")
