"""InferencePool: the pods of one model that a Gateway sends requests to, and its endpoint picker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import cdk8s
from constructs import Construct

from ..app_index import AppIndex, CheckedConstruct
from ..containers import block_size, runs_vllm
from ..errors import ModelServiceError, Problem, show
from ..labels import ROLE_LABEL, SERVING_LABEL
from ..model_server import ModelServer
from ..names import dns_label_problem, dns_subdomain_problem, label_problems, port_problem, raise_problems
from ..objects import adopt, api_object
from ..props import checked
from ..routing import CONTAINER_NAME as ROUTING_PROXY
from .refs import EndpointPickerRef, InferencePoolRef, inference_pool_group, inference_pool_gvk

if TYPE_CHECKING:
    from ..pools import ModelPool

APP_PROTOCOLS = ("http", "kubernetes.io/h2c")


@checked
class InferencePool(CheckedConstruct):
    """The InferencePool (``inference.networking.k8s.io/v1``) of a :class:`ModelServer`.

    It selects the model's pods by the model labels, so it reaches decode and prefill pods, on the
    port they serve on (the server's ``service_port``), and names the endpoint picker that chooses
    a pod for each request. The primary object is ``self.inference_pool`` (child id ``Resource``).

    At synth it checks that every pool of the server is selected, that no other model's pods in the
    namespace match the selector, and the port chain of each pod (:meth:`problems`, see ``docs/checks.md``).

    :param server: the model served.
    :param name: Default: ``<server.name>-pool``.
    :param namespace: the server's, if it has one (the pool selects pods of its own namespace only).
        Default: the server's ``namespace`` (none: the namespace applied to).
    :param selector: pod labels to select. Default: the server's pod labels (``server.pod_labels``: the model
        labels and ``llm-d.ai/model: <server name>`` unless they set it). Each entry must be one of the labels the
        model's pods carry (those and ``llm-d.ai/role``).
    :param endpoint_picker: the picker to consult. Default: ``EndpointPickerRef("<server.name>-epp")``,
        port 9002, ``FailOpen``: the Service an :class:`EndpointPicker` of this pool creates.
    :param app_protocol: ``http`` or ``kubernetes.io/h2c``. Default: not set (the API's default, http).
    :param labels: more labels of the object. Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        server: ModelServer,
        name: str | None = None,
        namespace: str | None = None,
        selector: Mapping[str, str] | None = None,
        endpoint_picker: EndpointPickerRef | None = None,
        app_protocol: str | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        self.server = server
        self.name: str = name if name is not None else f"{server.name}-pool"
        self.namespace: str | None = namespace if namespace is not None else server.namespace
        self.target_port: int = server.service_port
        elsewhere = None
        if namespace is not None and server.namespace is not None and namespace != server.namespace:
            elsewhere = Problem("InferencePool.namespace", (
                f"{namespace!r} is not the namespace of ModelServer {server.name!r}'s pods ({server.namespace!r}); "
                "an InferencePool selects pods of its own namespace only: leave it unset or use "
                f"{server.namespace!r}"))
        raise_problems(
            dns_subdomain_problem(self.name, "InferencePool.name"),
            dns_label_problem(self.namespace, "InferencePool.namespace") if self.namespace is not None else None,
            elsewhere, port_problem(self.target_port, "ModelServer.service_port"))
        self.selector: dict[str, str] = dict(selector if selector is not None else server.pod_labels)
        self._check_selector()
        self.endpoint_picker_ref: EndpointPickerRef = endpoint_picker or EndpointPickerRef(f"{server.name}-epp")
        if app_protocol is not None and app_protocol not in APP_PROTOCOLS:
            raise ModelServiceError.at("InferencePool.app_protocol",
                                       f"{show(app_protocol)} is not one of {', '.join(APP_PROTOCOLS)}")
        self.app_protocol = app_protocol
        self.api_version, self.kind = inference_pool_gvk()
        self.group: str = inference_pool_group()
        metadata: dict[str, Any] = {"name": self.name,
                                    "labels": {**server.provenance_labels, **dict(labels or {})}}
        if self.namespace:
            metadata["namespace"] = self.namespace
        role = self.selector.get(ROLE_LABEL)
        ranks = max((p.parallelism.serving_ports for p in AppIndex.of(scope).pools_of(server)
                     if role is None or p.role == role), default=1)
        self.target_ports: list[int] = [self.target_port + i for i in range(ranks)]
        """The ports of the pods it lists: the service port, and one more per data-parallel rank of a pod whose
        ranks serve on ports of their own (``Parallelism.rank_ports``)."""
        spec: dict[str, Any] = {"selector": {"matchLabels": dict(self.selector)},
                                "targetPorts": [{"number": port} for port in self.target_ports]}
        spec["endpointPickerRef"] = self.endpoint_picker_ref.manifest()
        if app_protocol:
            spec["appProtocol"] = app_protocol
        from ..imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

        checked = "the endpoint picker, the routes and the cross-object checks (selector, port chain)"
        self.inference_pool: cdk8s.ApiObject = api_object(
            self, "Resource", InferencePoolResource, {"metadata": metadata, "spec": spec}, "InferencePool",
            guarded={"/spec/selector": checked, "/spec/targetPorts": checked, "/spec/endpointPickerRef": checked})
        self._index = AppIndex.of(scope)
        self._index.add_inference_pool(self)

    def _check_selector(self) -> None:
        if not self.selector:
            raise ModelServiceError.at("InferencePool.selector",
                                       "must have at least one label (an empty selector would select every pod)")
        raise_problems(*label_problems(self.selector, "InferencePool.selector"))
        pod_labels = self.server.pod_labels
        for key, value in self.selector.items():
            if key == ROLE_LABEL and value in ("decode", "prefill"):
                continue
            if pod_labels.get(key) != value:
                raise ModelServiceError.at(
                    f"InferencePool.selector.{key}",
                    f"{show(value)} is not a label of the pods of ModelServer {self.server.name!r}, which carry "
                    f"{show(pod_labels)} and {ROLE_LABEL} decode or prefill; select by those labels")

    def ref(self) -> InferencePoolRef:
        """A reference to this pool (name, namespace and target port)."""
        return InferencePoolRef(self.name, self.namespace, self.target_port)

    def model_pools(self) -> list[ModelPool]:
        """The server's pools (decode, prefill) whose pods this pool must reach (as of the last check of the App;
        see :meth:`model_pools_now`)."""
        role = self.selector.get(ROLE_LABEL)
        return [p for p in self._index.pools_of(self.server) if role is None or p.role == role]

    def selects(self, pool: ModelPool) -> bool:
        """Whether the pool selects the pods of ``pool`` (a pool of its server, of its role if it names one)."""
        role = self.selector.get(ROLE_LABEL)
        return pool.server is self.server and (role is None or pool.role == role)

    def model_pools_now(self) -> list[ModelPool]:
        """:meth:`model_pools` that are in the construct tree now (one query of the tree), while the App is built."""
        return self._index.attached(self.model_pools())

    def vllm_block_sizes(self, pools: Sequence[ModelPool] | None = None) -> list[tuple[ModelPool, int, int | None]]:
        """Each vLLM container of ``pools`` (default: the pools it selects, :meth:`model_pools`): the pool, the
        container's index and its ``--block-size`` (None: not given, vLLM's default)."""
        return [(model_pool, index, block_size(container))
                for model_pool in (self.model_pools() if pools is None else pools)
                for index, container in enumerate(model_pool.containers) if runs_vllm(container)]

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the pool in its App (asked at synth, again when the App changed): :meth:`problems`."""
        self._index.refresh(signature)
        return self.problems()

    def problems(self) -> list[str]:
        """What is wrong with this pool in its App (empty when all is well): its group, version and kind are the
        typed import's; its selector reaches every pool it must (:meth:`model_pools`), on the pods' labels, not the
        headless workers of a pod group, and no pool of another model in its namespace; and the port chain of each
        (:meth:`port_problems`)."""
        where = f"InferencePool {self.name!r}"
        problems: list[str] = []
        if (self.api_version, self.kind) != inference_pool_gvk() or self.group != inference_pool_group():
            problems.append(f"{where} apiVersion: {self.api_version} {self.kind} (group {self.group}) is not the "
                            f"InferencePool of the typed import, {' '.join(inference_pool_gvk())}")
        role = self.selector.get(ROLE_LABEL)
        selected = self.model_pools()
        if not selected:
            return [*problems, f"{where} selector: {show(self.selector)} selects the pods of ModelServer "
                               f"{self.server.name!r}, which has no {role or 'decode or prefill'} pool; add a "
                               "DecodePool or PrefillPool to it"]
        for model_pool in selected:
            labels = self._index.pod_labels(model_pool)
            missing = {k: v for k, v in self.selector.items() if labels.get(k) != v}
            if missing:
                problems.append(f"{where} selector: {show(missing)} is not on the pods of {model_pool.name} "
                                f"(labels {show(labels)}); keep the model labels on the pod template")
            problems.extend(self.port_problems(model_pool))
            if model_pool.forms_pod_group() and self.selector.get(SERVING_LABEL) != "true":
                problems.append(f"{where} selector: {show(self.selector)} also selects the workers of "
                                f"{model_pool.name}'s data-parallel groups, where vLLM runs headless and serves "
                                f"nothing; keep {SERVING_LABEL}: 'true' in the selector")
        for other in self._index.other_models_pools(self.selector, self.namespace, self.server):
            problems.append(
                f"{where} selector: {show(self.selector)} also matches the pods of ModelServer "
                f"{other.server.name!r} ({other.name}); give each model distinct labels "
                "(e.g. llm-d.ai/model) in ModelArtifacts(labels=...)")
        return problems

    def port_problems(self, model_pool: ModelPool) -> list[str]:
        """The port chain from this pool to the pods of ``model_pool`` (empty when it holds): the target port is the
        port the pods serve on (the routing sidecar's ``--port`` in decode pods with one, else vLLM's), and the
        sidecar forwards to vLLM's port, which differs from its own."""
        server = model_pool.server
        target = self.target_port
        where = f"InferencePool {self.name!r} targetPorts[0].number {target}"
        vllm = model_pool.vllm_port
        sidecar = model_pool.routing_sidecar
        ranks = model_pool.parallelism.serving_ports
        if ranks != len(self.target_ports):
            return [f"InferencePool {self.name!r} targetPorts: {self.target_ports} lists {len(self.target_ports)} "
                    f"port(s), but the pods of {model_pool.name} serve on {ranks} ({model_pool.prop_root}.parallelism"
                    f".rank_ports with data_local {model_pool.parallelism.data_local_size}): the picker would send "
                    "nothing to the ranks it does not list, or to ports nobody serves; give the server's pools one "
                    "rank layout, and create the InferencePool after them"]
        if sidecar is None:
            if vllm != target:
                return [f"{where}: {model_pool.name} vLLM --port is {vllm}; the pool's target port, the "
                        "servicePort and vLLM --port must be one port"]
            return []
        problems: list[str] = []
        if server.service_port != target:
            problems.append(f"{where}: {model_pool.name} pods serve on {server.service_port} ({ROUTING_PROXY} --port, "
                            "ModelServer.service_port); the pool's target port, the servicePort and the sidecar "
                            "--port must be one port")
        if vllm != sidecar.target_port:
            problems.append(f"{model_pool.name} vLLM --port: vLLM listens on {vllm} but {ROUTING_PROXY} "
                            f"--{server.release.sidecar_server_port_flag} is {sidecar.target_port}; they must be equal "
                            "(RoutingSidecar.target_port)")
        if vllm == server.service_port:
            problems.append(f"{model_pool.name} vLLM --port: vLLM listens on {vllm}, the port of {ROUTING_PROXY} "
                            "--port; the two must differ")
        return problems
