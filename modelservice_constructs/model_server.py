"""ModelServer: everything one model needs, from its service account to its pools."""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import cdk8s
from constructs import Construct

from . import plus
from .accelerators import Accelerator
from .app_index import AppIndex
from .artifacts import ModelArtifacts
from .errors import ModelServiceError, Problem, show
from .kv_events import KvEvents
from .kv_offload import MOONCAKE_CONFIG_FILE, KvOffload
from .kv_transfer import KvTransfer
from .labels import SERVER_LABEL, SERVING_LABEL
from .lora import LoraAdapters
from .names import dns_label_problem, dns_subdomain_problem, port_problem, raise_problems
from .network_policy import ModelNetworkPolicy
from .objects import adopt, api_object, chart_namespace_of, untyped_object
from .pools.disaggregated import DisaggregatedSet, ServerBackend
from .profile import Profile
from .props import checked
from .releases import LlmdRelease
from .routing import RoutingSidecar
from .security import object_privilege_problems
from .tracing import Tracing

if TYPE_CHECKING:
    from cdk8s_plus_28 import Pods

_NAMES_IN_SCOPE: weakref.WeakKeyDictionary[Any, dict[tuple[str, str | None], ModelServer]] = (
    weakref.WeakKeyDictionary())
"""The servers made in each scope, by (name, namespace prop)."""
MANAGED_BY = "modelservice-constructs"
MAX_NAME_LENGTH = 55  # leaves room for "-prefill" within the 63 characters of a DNS label


def port_problems(service_port: int, routing_sidecar: RoutingSidecar | None,
                  kv_transfer: KvTransfer | None) -> list[Problem]:
    """Ports of the KV connector that a pod of the server already listens on: the service port (the routing
    sidecar's ``--port`` in decode pods, vLLM's ``--port`` in prefill pods), the sidecar's target port (vLLM's
    ``--port`` in decode pods) or another port of the connector. The connector runs only with a routing sidecar.
    The other ports of a pod are checked by the pools (:func:`pools.checks.pod_spec_problems`)."""
    if routing_sidecar is None or kv_transfer is None:
        return []
    taken: dict[Any, str] = {
        service_port: "ModelServer.service_port (the routing sidecar's --port in decode pods, vLLM's --port in "
                      "prefill pods)",
        routing_sidecar.target_port: "ModelServer.routing_sidecar.target_port (vLLM's --port in decode pods)"}
    problems: list[Problem] = []
    for index, port in enumerate(kv_transfer.ports):
        number, prop = port.get("containerPort"), kv_transfer.port_prop(index)
        if number in taken:
            problems.append(Problem(prop, f"port {number} is already taken by {taken[number]}; the KV connector "
                                    "listens in the same pods, whose processes share the pod's network: use "
                                    "another port", "port-collision"))
        taken.setdefault(number, prop)
    return problems


def kv_events_port_problems(service_port: int, routing_sidecar: RoutingSidecar | None, kv_transfer: KvTransfer | None,
                            kv_events: KvEvents | None) -> list[Problem]:
    """The port of the KV-event socket where a pod of the server already listens: the service port, the sidecar's
    target port, a port of the KV connector."""
    if kv_events is None:
        return []
    taken: dict[Any, str] = {service_port: "ModelServer.service_port"}
    if routing_sidecar is not None:
        taken[routing_sidecar.target_port] = "ModelServer.routing_sidecar.target_port"
    if routing_sidecar is not None and kv_transfer is not None:
        taken.update({p.get("containerPort"): kv_transfer.port_prop(i) for i, p in enumerate(kv_transfer.ports)})
    if kv_events.port in taken:
        return [Problem("KvEvents.port", f"port {kv_events.port} is already taken by {taken[kv_events.port]}; vLLM "
                                         "publishes its KV-cache events in the same pods: use another port",
                        "port-collision")]
    return []


@checked
class ModelServer(Construct):
    """One served model: its service account, decode and prefill pools, claims and monitors.

    Add pools with ``DecodePool(server, "Decode", ...)`` and ``PrefillPool(server, "Prefill", ...)``.

    :param name: base name of the objects (``<name>-decode``, ``<name>-prefill``; the service
        account is ``<name>``): a DNS label of at most 55 characters.
    :param model: the model and its artifacts.
    :param service_port: port the model is served on (the routing sidecar's, or prefill vLLM's).
        Default: 8000.
    :param routing_sidecar: the routing proxy of decode pods; None runs decode vLLM on
        ``service_port`` with no sidecar. Default: ``RoutingSidecar()``.
    :param accelerator: accelerator of both pools unless a pool sets its own. Default: ``Accelerator.nvidia()``.
    :param dra: claim accelerators through DRA in pools that do not say. Default: False.
    :param kv_transfer: the KV connector vLLM runs in both pools when the server has a routing sidecar (the
        P/D path: prefill pods hand their KV caches to decode pods through it); it must speak the sidecar's
        ``connector``; its ports must differ from ``service_port`` and the sidecar's ``target_port``. None runs no
        connector. Default: ``KvTransfer.nixl()``.
    :param kv_events: vLLM publishes its KV-cache events (``--kv-events-config``) for an endpoint picker with
        ``SchedulerConfig.precise_prefix_cache()``; its port must differ from the server's other ports.
        Default: none.
    :param kv_offload: a CPU tier of vLLM's KV cache (``OffloadingConnector``, LMCache or a Mooncake store, whose
        configuration the server writes to the ConfigMap ``<name>-mooncake``, ``self.mooncake_config``), for a
        server without P/D (a server with a routing sidecar runs ``kv_transfer`` instead). Default: none.
    :param lora: LoRA adapters the vLLM containers serve next to the model (static ones, and a directory vLLM finds
        others in at run time). Default: none.
    :param tracing: OpenTelemetry tracing for vLLM and the sidecar. Default: off.
    :param service_account: an existing service account for the pods; when given none is created.
        Default: a new one named ``name``.
    :param scheduler_name: scheduler of pools that do not set one. Default: Kubernetes'.
    :param namespace: namespace of every namespaced object of this model (service account, workloads,
        claim templates, PodMonitors), and the default namespace of its InferencePool, HttpRoute and
        EndpointPicker. Default: the enclosing cdk8s Chart's namespace, else none (the namespace the objects
        are applied to).
    :param extra_objects: further objects, as Kubernetes JSON, emitted as they are; cluster-scoped kinds
        and objects in another namespace need ``Privilege.CLUSTER_SCOPED_OBJECTS`` /
        ``Privilege.OTHER_NAMESPACE_OBJECTS`` in the profile's ``allow``. Default: none.
    :param backend: how the pools run: each its own workload, or the decode and prefill pools as the roles
        of one DisaggregatedSet (``ServerBackend.disaggregated_set(slices=..., placement=...)``, exposed as
        ``disaggregated_set``). Default: ``ServerBackend.pools()``.
    :param profile: how the pools run their pods unless a pool says otherwise: hardened security context,
        probes sized for model loading, disruption budgets, default requests (see :class:`Profile`); its
        ``security.automount_service_account_token`` is also the created ServiceAccount's.
        Default: ``Profile()`` (the production profile).
    :param network_policy: a NetworkPolicy admitting only the traffic the model's pods serve (see
        :class:`ModelNetworkPolicy` for what it admits and its limits). Default: none (opt-in).
    :param release: the llm-d release the model is served with: the routing sidecar's image and flags, the
        endpoint picker of its InferencePools, the vLLM flags its containers are checked against (see
        :class:`LlmdRelease`). Default: the App's (``LlmdRelease.use_in``), else ``LlmdRelease.latest()``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        model: ModelArtifacts,
        service_port: int = 8000,
        routing_sidecar: RoutingSidecar | None = RoutingSidecar(),  # noqa: B008 - frozen value
        accelerator: Accelerator | None = None,
        dra: bool = False,
        kv_transfer: KvTransfer | None = KvTransfer.nixl(),  # noqa: B008 - frozen value
        kv_events: KvEvents | None = None,
        kv_offload: KvOffload | None = None,
        lora: LoraAdapters | None = None,
        tracing: Tracing | None = None,
        service_account: str | None = None,
        scheduler_name: str | None = None,
        namespace: str | None = None,
        extra_objects: Sequence[Mapping[str, Any]] = (),
        backend: ServerBackend | None = None,
        profile: Profile | None = None,
        network_policy: ModelNetworkPolicy | None = None,
        release: LlmdRelease | None = None,
    ) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        named = _NAMES_IN_SCOPE.setdefault(scope, {})
        earlier = named.get((name, namespace))
        # (taking the earlier server out of the tree frees the name)
        if earlier is not None and scope.node.try_find_child(earlier.node.id) is earlier:
            raise ModelServiceError.at(
                "ModelServer.name",
                f"{name!r} is already the name of ModelServer {earlier.node.id!r} in the same scope and namespace: "
                "their objects (the service account, the pools' workloads) would have one name and replace each "
                "other; give each server its own name or namespace")
        self.release: LlmdRelease = release if release is not None else LlmdRelease.of(scope)
        """The llm-d release the model is served with."""
        raise_problems(
            dns_label_problem(name, "ModelServer.name", MAX_NAME_LENGTH),
            port_problem(service_port, "ModelServer.service_port"),
            dns_subdomain_problem(service_account, "ModelServer.service_account") if service_account else None,
            dns_label_problem(namespace, "ModelServer.namespace") if namespace is not None else None)
        if routing_sidecar is not None and routing_sidecar.target_port == service_port:
            raise ModelServiceError.at(
                "ModelServer.routing_sidecar.target_port",
                f"the routing sidecar listens on the service port {service_port} and forwards to vLLM on its "
                f"target port, so the two must differ; got {routing_sidecar.target_port} for both")
        if (routing_sidecar is not None and kv_transfer is not None and kv_transfer.sidecar_connectors
                and routing_sidecar.connector not in kv_transfer.sidecar_connectors):
            raise ModelServiceError.at(
                "ModelServer.kv_transfer",
                f"{kv_transfer.connector_config.get('kv_connector')!r} works with the routing sidecar connectors "
                f"{', '.join(kv_transfer.sidecar_connectors)}, but the sidecar uses {routing_sidecar.connector!r}; "
                "make them agree")
        self.report(port_problems(service_port, routing_sidecar, kv_transfer)
                    + kv_events_port_problems(service_port, routing_sidecar, kv_transfer, kv_events))
        self.kv_events = kv_events
        """vLLM's KV-cache events (None: not published)."""
        if kv_offload is not None and routing_sidecar is not None and kv_transfer is not None:
            raise ModelServiceError.at(
                "ModelServer.kv_offload",
                "a P/D server (with a routing sidecar) runs ModelServer.kv_transfer as vLLM's KV connector, and one "
                "vLLM takes one connector here: offload in a server without the routing sidecar "
                "(routing_sidecar=None), or set kv_transfer=None")
        self.kv_offload = kv_offload
        """The CPU tier of vLLM's KV cache (None: none)."""
        self.mooncake_config: cdk8s.ApiObject | None = None
        """The ConfigMap of the Mooncake store's configuration (None: no Mooncake store)."""
        if lora is not None and model.name in lora.names:
            raise ModelServiceError.at("LoraAdapters", f"adapter {model.name!r} has the name of the model "
                                                       "(ModelArtifacts.name); requests could not tell them apart")
        self.lora = lora
        """The LoRA adapters vLLM serves (None: none)."""
        self.name = name
        self.kv_transfer = kv_transfer
        self.model = model
        self.service_port = service_port
        self.routing_sidecar = routing_sidecar
        self.accelerator: Accelerator = accelerator or Accelerator.nvidia()
        self.dra = dra
        self.tracing = tracing
        self.scheduler_name = scheduler_name
        self._namespace = namespace
        self.provenance_labels: dict[str, str] = {"app.kubernetes.io/managed-by": MANAGED_BY}
        self.profile: Profile = profile or self.default_profile()
        self.service_account_name: str = service_account or name
        self.service_account: cdk8s.ApiObject | None = None
        if not service_account:
            from .imports.io.k8s.api import ServiceAccount

            account: dict[str, Any] = {"metadata": self.object_metadata(name)}
            automount = self.profile.security.automount_service_account_token
            if automount is not None:
                account["automountServiceAccountToken"] = automount
            self.service_account = api_object(self, "ServiceAccount", ServiceAccount, account,
                                              "ModelServer.service_account")
        store = kv_offload.store if kv_offload is not None else None
        config_map = kv_offload.config_map_name(name) if kv_offload is not None else None
        if kv_offload is not None and store is not None and config_map is not None:
            from .imports.io.k8s.api import ConfigMap

            self.mooncake_config = api_object(self, "MooncakeConfig", ConfigMap, {
                "metadata": self.object_metadata(config_map),
                "data": {MOONCAKE_CONFIG_FILE: store.config_text(kv_offload.bytes)}}, "ModelServer.kv_offload")
        self.network_policy: cdk8s.ApiObject | None = network_policy.create(self) if network_policy else None
        self.extra_objects: list[cdk8s.ApiObject] = []
        for index, manifest in enumerate(extra_objects):
            self.add_object(manifest, f"ModelServer.extra_objects[{index}]")
        self.backend: ServerBackend = backend or ServerBackend.pools()
        self.disaggregated_set: DisaggregatedSet | None = self.backend.create(self)
        """The DisaggregatedSet the pools fill, under ``ServerBackend.disaggregated_set``; else None."""
        AppIndex.of(scope).add_server(self)
        named[(name, namespace)] = self

    def default_profile(self) -> Profile:
        """The profile when none is given: ``Profile()``, the production profile."""
        return Profile()

    def report(self, problems: list[Problem]) -> None:
        """Raise the problems found by the server's checks, if any (a subclass may report some otherwise)."""
        if problems:
            raise ModelServiceError(problems)

    @property
    def pod_labels(self) -> dict[str, str]:
        """The labels of the model's pods that serve (without the role), which its selectors use: the model's
        labels, ``llm-d.ai/inference-serving: "true"`` and ``llm-d.ai/model: <name>`` unless they set those keys
        themselves. The second marks the pods requests may reach (the headless workers of a data-parallel group
        spanning pods carry ``"false"``); the third keeps the workloads, disruption budgets and InferencePools of
        two servers in one namespace from selecting each other's pods."""
        return {SERVING_LABEL: "true", **self.model.labels, **({} if SERVER_LABEL in self.model.labels
                                                                else {SERVER_LABEL: self.name})}

    @property
    def group_labels(self) -> dict[str, str]:
        """The labels every pod of the model carries, the workers of a group spanning pods included: its
        :attr:`pod_labels` but ``llm-d.ai/inference-serving`` (what its NetworkPolicy selects)."""
        return {k: v for k, v in self.pod_labels.items() if k != SERVING_LABEL}

    def pods(self) -> Pods:
        """A cdk8s-plus-28 ``Pods`` selector of every pod of the model (its :attr:`group_labels`, in its namespace),
        for cdk8s-plus Services and NetworkPolicies (child id ``Pods``; imports cdk8s-plus-28)."""
        return plus.pods(self, self.group_labels, self.namespace)

    @property
    def active_kv_transfer(self) -> KvTransfer | None:
        """The KV connector the pools run: ``kv_transfer`` when the server has a routing sidecar (the P/D path),
        else the offloading connector of ``kv_offload``, else None."""
        if self.routing_sidecar is not None:
            return self.kv_transfer
        return self.kv_offload.transfer(self.name) if self.kv_offload is not None else None

    @property
    def namespace(self) -> str | None:
        """The namespace of this model: the ``namespace`` prop, else the enclosing Chart's (None: neither)."""
        return self._namespace if self._namespace is not None else chart_namespace_of(self)

    @property
    def object_namespace(self) -> str | None:
        """The namespace written into the metadata of this model's namespaced objects: the ``namespace`` prop
        (without it, cdk8s gives the objects the enclosing Chart's namespace, if any)."""
        return self._namespace

    def object_metadata(self, name: str, labels: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Metadata of a namespaced object of this model: ``name``, the provenance labels and ``labels``,
        and :attr:`object_namespace` when there is one."""
        metadata: dict[str, Any] = {"name": name, "labels": {**self.provenance_labels, **(labels or {})}}
        if self.object_namespace:
            metadata["namespace"] = self.object_namespace
        return metadata

    def add_object(self, manifest: Mapping[str, Any], path: str = "ModelServer.extra_objects") -> cdk8s.ApiObject:
        """Emit one more object as it is (apiVersion, kind and metadata.name are required)."""
        body = dict(manifest)
        metadata = body.get("metadata")
        missing = [key for key in ("apiVersion", "kind") if not isinstance(body.get(key), str) or not body[key]]
        if not isinstance(metadata, dict) or not metadata.get("name"):
            missing.append("metadata.name")
        if missing:
            raise ModelServiceError.at(path, f"an object needs {', '.join(missing)}; got {show(manifest)}")
        # the model's namespace matters only to an object that names its own (looking it up makes the batch)
        namespace = self.namespace if body["metadata"].get("namespace") else None
        self.report(object_privilege_problems(body, namespace, path, self.profile.security.allowed))
        obj = untyped_object(self, f"Extra{len(self.extra_objects)}", body, path)
        self.extra_objects.append(obj)
        return obj
