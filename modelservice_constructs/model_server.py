"""ModelServer: everything one model needs, from its service account to its pools."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import cdk8s
from constructs import Construct

from .accelerators import Accelerator
from .artifacts import ModelArtifacts
from .errors import ModelServiceError, show
from .manifests import api_object, untyped_object
from .names import dns_label_problem, dns_subdomain_problem, port_problem, raise_problems
from .routing import RoutingSidecar
from .tracing import Tracing

MANAGED_BY = "modelservice-constructs"
MAX_NAME_LENGTH = 55  # leaves room for "-prefill" within the 63 characters of a DNS label


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
    :param tracing: OpenTelemetry tracing for vLLM and the sidecar. Default: off.
    :param service_account: an existing service account for the pods; when given none is created.
        Default: a new one named ``name``.
    :param scheduler_name: scheduler of pools that do not set one. Default: Kubernetes'.
    :param namespace: namespace of the PodMonitors, and the default namespace of the InferencePool, HttpRoute
        and EndpointPicker of this server (models in different namespaces may share labels). Default: none
        (the namespace the objects are applied to).
    :param extra_objects: further objects, as Kubernetes JSON, emitted as they are. Default: none.
    :param chart_compatible: accept what the llm-d-modelservice chart accepts where the objects are valid
        but ineffective (a PodMonitor port name that no container declares), with a
        :class:`ModelServiceWarning` instead of an error. The ``template`` command sets it. Default: False.
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
        tracing: Tracing | None = None,
        service_account: str | None = None,
        scheduler_name: str | None = None,
        namespace: str | None = None,
        extra_objects: Sequence[Mapping[str, Any]] = (),
        chart_compatible: bool = False,
    ) -> None:
        super().__init__(scope, id)
        raise_problems(dns_label_problem(name, "name", MAX_NAME_LENGTH),
                       port_problem(service_port, "routing.servicePort"),
                       dns_subdomain_problem(service_account, "serviceAccountOverride") if service_account else None)
        if routing_sidecar is not None and routing_sidecar.target_port == service_port:
            raise ModelServiceError.at(
                "routing.proxy.targetPort",
                f"the routing sidecar listens on routing.servicePort {service_port} and forwards to vLLM on "
                f"targetPort, so the two must differ; got {routing_sidecar.target_port} for both")
        self.name = name
        self.chart_compatible = chart_compatible
        self.model = model
        self.service_port = service_port
        self.routing_sidecar = routing_sidecar
        self.accelerator: Accelerator = accelerator or Accelerator.nvidia()
        self.dra = dra
        self.tracing = tracing
        self.scheduler_name = scheduler_name
        self.namespace = namespace
        self.provenance_labels: dict[str, str] = {"app.kubernetes.io/managed-by": MANAGED_BY}
        self.service_account_name: str = service_account or name
        self.service_account: cdk8s.ApiObject | None = None
        if not service_account:
            from .imports.io.k8s.api import ServiceAccount

            self.service_account = api_object(self, "ServiceAccount", ServiceAccount, {
                "metadata": {"name": name, "labels": dict(self.provenance_labels)}})
        self.extra_objects: list[cdk8s.ApiObject] = []
        for index, manifest in enumerate(extra_objects):
            self.add_object(manifest, f"extraObjects[{index}]")

    def add_object(self, manifest: Mapping[str, Any], path: str = "extraObjects") -> cdk8s.ApiObject:
        """Emit one more object as it is (apiVersion, kind and metadata.name are required)."""
        body = dict(manifest)
        metadata = body.get("metadata")
        missing = [key for key in ("apiVersion", "kind") if not isinstance(body.get(key), str) or not body[key]]
        if not isinstance(metadata, dict) or not metadata.get("name"):
            missing.append("metadata.name")
        if missing:
            raise ModelServiceError.at(path, f"an object needs {', '.join(missing)}; got {show(manifest)}")
        obj = untyped_object(self, f"Extra{len(self.extra_objects)}", body, path)
        self.extra_objects.append(obj)
        return obj
