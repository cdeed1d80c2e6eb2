"""Gateway routing of a ModelServer: InferencePool, HTTPRoute and the llm-d endpoint picker.

A Gateway reaches a model through three objects that must agree: an ``InferencePool``
(``inference.networking.k8s.io/v1``) selecting the model's pods on the port they serve on, the
endpoint picker (EPP, the llm-d inference scheduler) the pool names, and an ``HTTPRoute``
(``gateway.networking.k8s.io/v1``) from a Gateway to the pool. The constructs here derive all three
from the :class:`~modelservice_constructs.ModelServer`, so labels, ports and API groups are written
once, and check the cross-object contract:

- the pool selector is matched by the model's pod labels and by no other model's pods in the app;
- the port chain: route backend port == pool target port == routing sidecar ``--port`` (decode) or
  vLLM ``--port`` (prefill, or decode without sidecar); decode vLLM ``--port`` == sidecar ``--vllm-port``;
- route backends name an InferencePool of the app or one declared external;
- group, version and kind of the pool, the route's backend and the picker's ``--pool-group`` agree
  (all taken from the typed imports).

Problems visible in the arguments raise :class:`~modelservice_constructs.ModelServiceError` in the
constructor; those that depend on other constructs (pools added later, other models, routes by
name) are node validations, reported by ``App.synth()``.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import cdk8s
import constructs
import jsii
import yaml
from constructs import Construct

from . import routing
from .containers import ModelCommand
from .errors import ModelServiceError, show
from .manifests import api_object
from .model_server import ModelServer
from .names import (
    dns_label_problem,
    dns_subdomain_problem,
    label_problems,
    port_problem,
    raise_problems,
)
from .pools import ROLE_LABEL, ModelPool, PrefillPool
from .tracing import Tracing

DEFAULT_EPP_IMAGE = "ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0"
EXT_PROC_PORT = 9002
HEALTH_PORT = 9003
METRICS_PORT = 9090
NO_TIMEOUT = "0s"
SCHEDULER_CONFIG_API_VERSION = "inference.networking.x-k8s.io/v1alpha1"
SCHEDULER_CONFIG_KIND = "EndpointPickerConfig"
OBJECTIVES_GROUP = "inference.networking.x-k8s.io"
ROUTING_PROXY_CONTAINER = routing.CONTAINER_NAME
CONFIG_DIR = "/etc/epp"
CONFIG_KEY = "epp-config.yaml"
EXT_PROC_SERVICE = "envoy.service.ext_proc.v3.ExternalProcessor"

_HOSTNAME = re.compile(r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
_DURATION_PART = re.compile(r"([0-9]{1,5})(h|ms|m|s)")
_PATH_CHARS = re.compile(r"^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$")
_MS = {"h": 3_600_000, "m": 60_000, "s": 1000, "ms": 1}


# -- API groups, from the typed imports ----------------------------------------------------------


@functools.cache
def _pool_gvk() -> tuple[str, str]:
    from .imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

    gvk = InferencePoolResource.GVK
    return str(gvk.api_version), str(gvk.kind)


@functools.cache
def _route_gvk() -> tuple[str, str]:
    from .imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource

    gvk = HttpRouteResource.GVK
    return str(gvk.api_version), str(gvk.kind)


def inference_pool_group() -> str:
    """API group of the InferencePools emitted (``inference.networking.k8s.io``, from the typed import)."""
    return _pool_gvk()[0].split("/")[0]


def gateway_group() -> str:
    """API group of Gateways and HTTPRoutes (``gateway.networking.k8s.io``, from the typed import)."""
    return _route_gvk()[0].split("/")[0]


# -- small checks --------------------------------------------------------------------------------


def _check_dns_label(value: Any, path: str) -> None:
    raise_problems(dns_label_problem(value, path))


def _check_dns_subdomain(value: Any, path: str) -> None:
    raise_problems(dns_subdomain_problem(value, path))


def _check_port(value: Any, path: str) -> None:
    raise_problems(port_problem(value, path))


def _check_labels(labels: Mapping[str, Any], path: str) -> None:
    raise_problems(*label_problems(labels, path))


def _duration_ms(value: str, path: str) -> int:
    if not isinstance(value, str) or not _DURATION.match(value):
        raise ModelServiceError.at(path, f"must be a Gateway API duration such as '300s', '5m', '1h30m' or "
                                         f"'0s' (no timeout), got {show(value)}")
    return sum(int(number) * _MS[unit] for number, unit in _DURATION_PART.findall(value))


def _check_path(value: Any, path: str) -> None:
    problem = None
    if not isinstance(value, str) or not value.startswith("/"):
        problem = "must be an absolute path starting with '/'"
    elif len(value) > 1024:
        problem = "must be at most 1024 characters"
    elif any(part in value for part in ("//", "/./", "/../", "%2f", "%2F", "#")) or value.endswith(("/.", "/..")):
        problem = "must not contain '//', '/./', '/../', '%2f' or '#', nor end with '/.' or '/..'"
    elif not _PATH_CHARS.match(value):
        problem = "may only contain URL path characters"
    if problem:
        raise ModelServiceError.at(path, f"{problem}, got {show(value)}")


def _flag(arguments: Sequence[Any], flag: str) -> str | None:
    """The value of the last ``--flag value`` / ``--flag=value`` in ``arguments`` (the one that wins)."""
    found = None
    items = [str(a) for a in arguments]
    for index, item in enumerate(items):
        if item == flag and index + 1 < len(items):
            found = items[index + 1]
        elif item.startswith(flag + "="):
            found = item[len(flag) + 1:]
    return found


def _as_port(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


@jsii.implements(constructs.IValidation)
class _Validation:
    """A node validation calling ``check`` at synth time (``constructs.IValidation``)."""

    def __init__(self, check: Callable[[], list[str]]) -> None:
        self._check = check

    def validate(self) -> list[str]:
        return self._check()


def _same_construct(a: constructs.IConstruct, b: constructs.IConstruct) -> bool:
    """Identity of constructs through jsii (a construct made on the JavaScript side gets a new proxy each time)."""
    ref_a, ref_b = getattr(a, "__jsii_ref__", None), getattr(b, "__jsii_ref__", None)
    return a is b or (ref_a is not None and ref_b is not None and ref_a.ref == ref_b.ref)


def _model_servers(root: constructs.IConstruct) -> list[ModelServer]:
    return [c for c in root.node.find_all() if isinstance(c, ModelServer)]


def _model_pools(server: ModelServer) -> list[ModelPool]:
    return [c for c in server.node.children if isinstance(c, ModelPool)]


def _same_namespace(a: str | None, b: str | None) -> bool:
    """Whether two objects may share a namespace (none means the namespace applied to)."""
    return a is None or b is None or a == b


@dataclass(frozen=True)
class _Pod:
    """What the checks read from a pool's pod template."""

    labels: dict[str, str]
    init_containers: list[dict[str, Any]]
    containers: list[dict[str, Any]]


def _pod_of(pool: ModelPool) -> _Pod:
    """The pool's pod as synthesized (escape-hatch patches included)."""
    workload = pool.workload.to_json()
    spec = workload.get("spec") or {}
    template = None
    if workload.get("kind") == "Deployment":
        template = spec.get("template")
    elif workload.get("kind") == "LeaderWorkerSet":
        template = (spec.get("leaderWorkerTemplate") or {}).get("workerTemplate")
    if template is None:  # e.g. a requester ReplicaSet: the model pod is described by the pool's hooks
        return _Pod(dict(pool.build_pod_metadata().get("labels") or {}), pool.build_init_containers(),
                    pool.build_containers())
    pod = template.get("spec") or {}
    return _Pod(dict((template.get("metadata") or {}).get("labels") or {}),
                list(pod.get("initContainers") or []), list(pod.get("containers") or []))


# -- value types ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatewayRef:
    """The Gateway (listener) an HTTPRoute attaches to: an HTTPRoute ``parentRef``.

    :param name: the Gateway's name.
    :param namespace: its namespace. Default: the route's.
    :param section_name: the listener of the Gateway. Default: all its listeners.
    """

    name: str
    namespace: str | None = None
    section_name: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not 1 <= len(self.name) <= 253:
            raise ModelServiceError.at("gateway.name", f"must be a Gateway name, got {show(self.name)}")
        if self.namespace is not None:
            _check_dns_label(self.namespace, "gateway.namespace")
        if self.section_name is not None:
            _check_dns_subdomain(self.section_name, "gateway.sectionName")

    def manifest(self) -> dict[str, Any]:
        """The ``parentRef``: always a Gateway of the Gateway API group."""
        ref: dict[str, Any] = {"group": gateway_group(), "kind": "Gateway", "name": self.name}
        if self.namespace:
            ref["namespace"] = self.namespace
        if self.section_name:
            ref["sectionName"] = self.section_name
        return ref


class FailureMode(enum.StrEnum):
    """What the gateway does when the endpoint picker does not answer."""

    FAIL_OPEN = "FailOpen"
    """Route the request anyway (the gateway picks an endpoint of the pool)."""
    FAIL_CLOSE = "FailClose"
    """Reject the request."""


@dataclass(frozen=True)
class EndpointPickerRef:
    """The endpoint picker an InferencePool consults: its ``endpointPickerRef``.

    :param name: name of the picker's Service.
    :param port: its gRPC ext-proc port. Default: 9002. Required for a Service.
    :param failure_mode: Default: ``FailOpen`` (as the Gateway API Inference Extension chart sets it).
    :param kind: Default: ``Service``.
    :param group: API group of ``kind``. Default: ``""`` (the core group).
    """

    name: str
    port: int | None = EXT_PROC_PORT
    failure_mode: FailureMode | str = FailureMode.FAIL_OPEN
    kind: str = "Service"
    group: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not 1 <= len(self.name) <= 253:
            raise ModelServiceError.at("endpointPicker.name", f"must be a Service name, got {show(self.name)}")
        try:
            object.__setattr__(self, "failure_mode", FailureMode(self.failure_mode))
        except ValueError:
            allowed = ", ".join(m.value for m in FailureMode)
            raise ModelServiceError.at("endpointPicker.failureMode",
                                       f"{show(self.failure_mode)} is not one of {allowed}") from None
        if self.port is None:
            if self.kind == "Service":
                raise ModelServiceError.at("endpointPicker.port", "a port is required when kind is Service, got None")
        else:
            _check_port(self.port, "endpointPicker.port")

    @property
    def is_service(self) -> bool:
        """Whether the picker is reached through a core Service."""
        return self.kind == "Service" and self.group == ""

    def manifest(self) -> dict[str, Any]:
        """The ``endpointPickerRef``."""
        ref: dict[str, Any] = {"name": self.name}
        if not self.is_service:
            ref.update({"group": self.group, "kind": self.kind})
        if self.port is not None:
            ref["port"] = {"number": self.port}
        ref["failureMode"] = str(self.failure_mode)
        return ref


@dataclass(frozen=True)
class InferencePoolRef:
    """An InferencePool named by reference, as an HTTPRoute backend.

    A reference that is not ``external`` must name an :class:`InferencePool` construct of the same
    app (checked at synth); an external one is deployed elsewhere and is taken as it is.

    :param name: the InferencePool's name.
    :param namespace: its namespace. Default: the route's.
    :param port: backend port. Default: the pool's target port for a pool of the app, else omitted.
    :param external: the pool is not part of this app. Default: False.
    :param group: Default: ``inference.networking.k8s.io`` (the only group the picker supports).
    :param kind: Default: ``InferencePool``.
    """

    name: str
    namespace: str | None = None
    port: int | None = None
    external: bool = False
    group: str | None = None
    kind: str = "InferencePool"

    def __post_init__(self) -> None:
        _check_dns_subdomain(self.name, "backend.name")
        if self.namespace is not None:
            _check_dns_label(self.namespace, "backend.namespace")
        if self.port is not None:
            _check_port(self.port, "backend.port")
        group = inference_pool_group()
        if self.group is None:
            object.__setattr__(self, "group", group)
        elif self.group != group:
            raise ModelServiceError.at(
                "backend.group", f"{show(self.group)} does not serve InferencePool {_pool_gvk()[0]}; "
                                 f"use {group!r} (the endpoint picker reads InferencePools of that group only)")
        if self.kind != _pool_gvk()[1]:
            raise ModelServiceError.at("backend.kind", f"must be {_pool_gvk()[1]!r}, got {show(self.kind)}")


# -- scheduler configuration ------------------------------------------------------------------------


def _default_document() -> dict[str, Any]:
    scorers = [("queue-scorer", 2), ("kv-cache-utilization-scorer", 2), ("prefix-cache-scorer", 3)]
    return {
        "apiVersion": SCHEDULER_CONFIG_API_VERSION,
        "kind": SCHEDULER_CONFIG_KIND,
        "plugins": [{"type": name} for name, _ in scorers]
        + [{"type": "max-score-picker"}, {"type": "single-profile-handler"}],
        "schedulingProfiles": [{"name": "default", "plugins": [
            *({"pluginRef": name, "weight": weight} for name, weight in scorers), {"pluginRef": "max-score-picker"}]}],
    }


def _prefill_decode_document(non_cached_tokens: int) -> dict[str, Any]:
    def profile(name: str) -> dict[str, Any]:
        return {"name": name, "plugins": [
            {"pluginRef": f"{name}-filter"}, {"pluginRef": "max-score-picker"},
            {"pluginRef": "prefix-cache-scorer", "weight": 2}, {"pluginRef": "queue-scorer", "weight": 1}]}

    return {
        "apiVersion": SCHEDULER_CONFIG_API_VERSION,
        "kind": SCHEDULER_CONFIG_KIND,
        "featureGates": ["prepareDataPlugins"],
        "plugins": [
            {"type": "disagg-headers-handler"},
            {"type": "prefill-filter"},
            {"type": "decode-filter"},
            {"type": "prefix-cache-scorer"},
            {"type": "queue-scorer"},
            {"type": "max-score-picker"},
            {"type": "prefix-based-pd-decider", "parameters": {"nonCachedTokens": non_cached_tokens}},
            {"type": "disagg-profile-handler", "parameters": {"deciders": {"prefill": "prefix-based-pd-decider"}}},
        ],
        "schedulingProfiles": [profile("prefill"), profile("decode")],
    }


@dataclass(frozen=True)
class SchedulerConfig:
    """The endpoint picker's plugins configuration (an ``EndpointPickerConfig`` document, as YAML).

    Build one with :meth:`load_aware`, :meth:`prefill_decode`, :meth:`from_yaml` or :meth:`from_dict`.
    The document is checked: its apiVersion and kind, plugins with a type, unique plugin names and
    every profile's ``pluginRef`` naming a declared plugin.

    :param text: the YAML document.
    """

    text: str

    def __post_init__(self) -> None:
        try:
            document = yaml.safe_load(self.text) if isinstance(self.text, str) else None
        except yaml.YAMLError as err:
            raise ModelServiceError.at("config", f"is not valid YAML: {err}") from None
        if not isinstance(document, dict):
            raise ModelServiceError.at("config", f"must be an {SCHEDULER_CONFIG_KIND} mapping, got {show(self.text)}")
        for key, expected in (("apiVersion", SCHEDULER_CONFIG_API_VERSION), ("kind", SCHEDULER_CONFIG_KIND)):
            if document.get(key) != expected:
                raise ModelServiceError.at(f"config.{key}", f"must be {expected!r}, got {show(document.get(key))}")
        plugins = document.get("plugins")
        if not isinstance(plugins, list) or not plugins:
            raise ModelServiceError.at("config.plugins", f"must be a non-empty list of plugins, got {show(plugins)}")
        names: list[str] = []
        for index, plugin in enumerate(plugins):
            if not isinstance(plugin, dict) or not isinstance(plugin.get("type"), str) or not plugin["type"]:
                raise ModelServiceError.at(f"config.plugins[{index}]", f"needs a type, got {show(plugin)}")
            name = plugin.get("name") or plugin["type"]
            if name in names:
                raise ModelServiceError.at(f"config.plugins[{index}]",
                                           f"plugin name {name!r} repeats; give one of them a distinct name")
            names.append(name)
        profiles = document.get("schedulingProfiles") or []
        if not isinstance(profiles, list):
            raise ModelServiceError.at("config.schedulingProfiles", f"must be a list, got {show(profiles)}")
        for p_index, profile in enumerate(profiles):
            refs = profile.get("plugins") if isinstance(profile, dict) else None
            if not isinstance(profile, dict) or not profile.get("name") or not isinstance(refs, list):
                raise ModelServiceError.at(f"config.schedulingProfiles[{p_index}]",
                                           f"needs a name and a list of plugins, got {show(profile)}")
            for r_index, ref in enumerate(refs):
                target = ref.get("pluginRef") if isinstance(ref, dict) else None
                if target not in names:
                    raise ModelServiceError.at(
                        f"config.schedulingProfiles[{p_index}].plugins[{r_index}].pluginRef",
                        f"{show(target)} names no plugin of config.plugins ({', '.join(names)})")

    @staticmethod
    def load_aware() -> SchedulerConfig:
        """Queue-, KV-cache- and prefix-cache-aware scoring over all the pool's pods (no P/D)."""
        return SchedulerConfig.from_dict(_default_document())

    @staticmethod
    def prefill_decode(non_cached_tokens: int = 16) -> SchedulerConfig:
        """P/D disaggregation: a decode pod for every request, and a prefill pod when more than
        ``non_cached_tokens`` tokens of the prompt are not in the decode pod's prefix cache.

        Decode pods need the routing sidecar, which sends the prefill to the pod the picker chose.
        """
        if isinstance(non_cached_tokens, bool) or not isinstance(non_cached_tokens, int) or non_cached_tokens < 0:
            raise ModelServiceError.at("config.nonCachedTokens",
                                       f"must be a non-negative integer, got {show(non_cached_tokens)}")
        return SchedulerConfig.from_dict(_prefill_decode_document(non_cached_tokens))

    @staticmethod
    def from_yaml(text: str) -> SchedulerConfig:
        """A configuration written by hand."""
        return SchedulerConfig(text)

    @staticmethod
    def from_dict(document: Mapping[str, Any]) -> SchedulerConfig:
        """A configuration given as a mapping."""
        return SchedulerConfig(yaml.safe_dump(dict(document), sort_keys=False))

    @property
    def document(self) -> dict[str, Any]:
        """The parsed document."""
        document: dict[str, Any] = yaml.safe_load(self.text)
        return document

    @property
    def plugin_types(self) -> list[str]:
        """The types of the configured plugins."""
        return [str(p["type"]) for p in self.document["plugins"]]

    @property
    def disaggregated(self) -> bool:
        """Whether it schedules prefill pods (P/D disaggregation)."""
        return "prefill-filter" in self.plugin_types or any(
            (p.get("parameters") or {}).get("deciders") for p in self.document["plugins"])


# -- constructs ----------------------------------------------------------------------------------


class InferencePool(Construct):
    """The InferencePool (``inference.networking.k8s.io/v1``) of a :class:`ModelServer`.

    It selects the model's pods by the model labels, so it reaches decode and prefill pods, on the
    port they serve on (the server's ``service_port``), and names the endpoint picker that chooses
    a pod for each request. The primary object is ``self.inference_pool`` (child id ``Resource``).

    At synth it checks that every pool of the server is selected, that no other model's pods in the
    app match the selector, and the port chain of each pod (see the module documentation).

    :param server: the model served.
    :param name: Default: ``<server.name>-pool``.
    :param namespace: Default: the server's ``namespace`` (none: the namespace applied to).
    :param selector: pod labels to select. Default: the model labels (``server.model.labels``).
        Each entry must be one of the labels the model's pods carry (the model labels and
        ``llm-d.ai/role``).
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
        if not isinstance(server, ModelServer):
            raise ModelServiceError.at("server", f"must be a ModelServer, got {show(server)}")
        self.server = server
        self.name: str = name if name is not None else f"{server.name}-pool"
        _check_dns_subdomain(self.name, "inferencePool.name")
        self.namespace: str | None = namespace if namespace is not None else server.namespace
        if self.namespace is not None:
            _check_dns_label(self.namespace, "inferencePool.namespace")
        self.target_port: int = server.service_port
        _check_port(self.target_port, "routing.servicePort")
        self.selector: dict[str, str] = dict(selector if selector is not None else server.model.labels)
        self._check_selector()
        self.endpoint_picker_ref: EndpointPickerRef = endpoint_picker or EndpointPickerRef(f"{server.name}-epp")
        if not isinstance(self.endpoint_picker_ref, EndpointPickerRef):
            raise ModelServiceError.at("endpointPicker",
                                       f"must be an EndpointPickerRef, got {show(self.endpoint_picker_ref)}")
        if app_protocol is not None and app_protocol not in ("http", "kubernetes.io/h2c"):
            raise ModelServiceError.at("inferencePool.appProtocol",
                                       f"{show(app_protocol)} is not one of http, kubernetes.io/h2c")
        self.app_protocol = app_protocol
        self.api_version, self.kind = _pool_gvk()
        self.group: str = inference_pool_group()
        metadata: dict[str, Any] = {"name": self.name,
                                    "labels": {**server.provenance_labels, **dict(labels or {})}}
        if self.namespace:
            metadata["namespace"] = self.namespace
        spec: dict[str, Any] = {"selector": {"matchLabels": dict(self.selector)},
                                "targetPorts": [{"number": self.target_port}]}
        spec["endpointPickerRef"] = self.endpoint_picker_ref.manifest()
        if app_protocol:
            spec["appProtocol"] = app_protocol
        from .imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

        self.inference_pool: cdk8s.ApiObject = api_object(self, "Resource", InferencePoolResource,
                                                          {"metadata": metadata, "spec": spec}, "inferencePool")
        self.node.add_validation(_Validation(self.problems))

    def _check_selector(self) -> None:
        if not self.selector:
            raise ModelServiceError.at("inferencePool.selector",
                                       "must have at least one label (an empty selector would select every pod)")
        _check_labels(self.selector, "inferencePool.selector")
        pod_labels = dict(self.server.model.labels)
        for key, value in self.selector.items():
            if key == ROLE_LABEL and value in ("decode", "prefill"):
                continue
            if pod_labels.get(key) != value:
                raise ModelServiceError.at(
                    f"inferencePool.selector.{key}",
                    f"{show(value)} is not a label of the pods of ModelServer {self.server.name!r}, which carry "
                    f"{show(pod_labels)} and {ROLE_LABEL} decode or prefill; select by those labels")

    def ref(self) -> InferencePoolRef:
        """A reference to this pool (name, namespace and target port)."""
        return InferencePoolRef(self.name, self.namespace, self.target_port)

    def model_pools(self) -> list[ModelPool]:
        """The server's pools (decode, prefill) whose pods this pool must reach."""
        role = self.selector.get(ROLE_LABEL)
        return [p for p in _model_pools(self.server) if role is None or p.role == role]

    def problems(self) -> list[str]:
        """What is wrong with this pool in its app (run at synth; empty when all is well)."""
        where = f"InferencePool {self.name!r}"
        problems: list[str] = []
        pools = self.model_pools()
        if not pools:
            return [f"{where} selector: {show(self.selector)} selects the pods of ModelServer "
                    f"{self.server.name!r}, which has no {self.selector.get(ROLE_LABEL, 'decode or prefill')} "
                    "pool; add a DecodePool or PrefillPool to it"]
        for pool in pools:
            pod = _pod_of(pool)
            missing = {k: v for k, v in self.selector.items() if pod.labels.get(k) != v}
            if missing:
                problems.append(f"{where} selector: {show(missing)} is not on the pods of {pool.name} "
                                f"(labels {show(pod.labels)}); keep the model labels on the pod template")
            problems.extend(self._port_problems(pool, pod))
        for other in _model_servers(self.node.root):
            if other is self.server or not _same_namespace(other.namespace, self.namespace):
                continue
            for pool in _model_pools(other):
                # the pod labels the pool builds (its hooks included); synthesizing every other model's
                # workload here would make synth quadratic in the number of models
                labels = dict(pool.build_pod_metadata().get("labels") or {})
                if all(labels.get(k) == v for k, v in self.selector.items()):
                    problems.append(
                        f"{where} selector: {show(self.selector)} also matches the pods of ModelServer "
                        f"{other.name!r} ({pool.name}); give each model distinct labels "
                        "(e.g. llm-d.ai/model) in ModelArtifacts(labels=...)")
        return problems

    def _port_problems(self, pool: ModelPool, pod: _Pod) -> list[str]:
        where = f"InferencePool {self.name!r} targetPorts[0].number {self.target_port}"
        problems: list[str] = []
        sidecar = next((c for c in pod.init_containers if c.get("name") == ROUTING_PROXY_CONTAINER), None)
        vllm_ports: list[tuple[str, int]] = []
        by_name = {c.get("name"): c for c in pod.containers}
        for model_container in pool.containers:
            rendered = by_name.get(model_container.name)
            if rendered is None:
                continue
            port = _as_port(_flag([*(rendered.get("command") or []), *(rendered.get("args") or [])], "--port"))
            if port is None and model_container.model_command is ModelCommand.CUSTOM:
                continue
            if port is not None:
                vllm_ports.append((model_container.name, port))
        if sidecar is not None:
            args = sidecar.get("args") or []
            serve = _as_port(_flag(args, "--port"))
            forward = _as_port(_flag(args, "--vllm-port"))
            if serve != self.target_port:
                problems.append(f"{where}: {pool.name} pods serve on {serve} ({ROUTING_PROXY_CONTAINER} --port); "
                                "the pool's target port, the servicePort and the sidecar --port must be one port")
            for name, port in vllm_ports:
                if port != forward:
                    problems.append(f"{pool.name} containers[{name}] --port: vLLM listens on {port} but "
                                    f"{ROUTING_PROXY_CONTAINER} --vllm-port is {forward}; they must be equal "
                                    "(routing.proxy.targetPort)")
                if port == serve:
                    problems.append(f"{pool.name} containers[{name}] --port: vLLM listens on {port}, the port of "
                                    f"{ROUTING_PROXY_CONTAINER} --port; the two must differ")
        else:
            for name, port in vllm_ports:
                if port != self.target_port:
                    problems.append(f"{where}: {pool.name} containers[{name}] --port is {port}; the pool's target "
                                    "port, the servicePort and vLLM --port must be one port")
        return problems


class HttpRoute(Construct):
    """An HTTPRoute (``gateway.networking.k8s.io/v1``) from a Gateway to an InferencePool.

    Two shapes: all traffic to one model (``path_prefix="/"``, the default), or a path prefix per
    model with the prefix rewritten (``path_prefix="/llama"`` sends ``/llama/v1/completions`` to
    ``/v1/completions``). The primary object is ``self.http_route`` (child id ``Resource``).

    :param gateway: the Gateway(s) the route attaches to.
    :param backend: the :class:`InferencePool` of this app, or an :class:`InferencePoolRef` (by name:
        a pool of this app, checked at synth, unless declared ``external``).
    :param name: Default: ``<server.name>-route`` for an InferencePool, ``<name>-route`` for a reference.
    :param namespace: Default: the backend's namespace.
    :param path_prefix: requests whose path starts with it are routed. Default: ``/`` (all traffic).
    :param rewrite_prefix: what ``path_prefix`` is replaced with before the request reaches the model;
        None keeps the path. Default: ``/`` (applied only when ``path_prefix`` is not ``/``).
    :param hostnames: hostnames the route answers. Default: the Gateway's.
    :param request_timeout: timeout of the whole request. Default: ``0s``, no timeout, since a long
        generation easily outlasts the gateways' 15s default; None leaves it unset (e.g. on GKE).
    :param backend_request_timeout: timeout of one request to the model. Default: ``0s`` (no timeout);
        None leaves it unset.
    :param labels: more labels of the object. Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        gateway: GatewayRef | Sequence[GatewayRef],
        backend: InferencePool | InferencePoolRef,
        name: str | None = None,
        namespace: str | None = None,
        path_prefix: str = "/",
        rewrite_prefix: str | None = "/",
        hostnames: Sequence[str] = (),
        request_timeout: str | None = NO_TIMEOUT,
        backend_request_timeout: str | None = NO_TIMEOUT,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.gateways: tuple[GatewayRef, ...] = (gateway,) if isinstance(gateway, GatewayRef) else tuple(gateway)
        if not self.gateways or not all(isinstance(g, GatewayRef) for g in self.gateways):
            raise ModelServiceError.at("httpRoute.gateway", f"must be one or more GatewayRef, got {show(gateway)}")
        self._check_parents()
        self.backend = backend
        self.pool: InferencePool | None = backend if isinstance(backend, InferencePool) else None
        provenance: dict[str, str] = {}
        if isinstance(backend, InferencePool):
            if not _same_construct(backend.node.root, self.node.root):
                raise ModelServiceError.at("httpRoute.backend", f"InferencePool {backend.name!r} belongs to another "
                                                                "app; pass an InferencePoolRef(external=True)")
            ref = backend.ref()
            default_name = f"{backend.server.name}-route"
            provenance = dict(backend.server.provenance_labels)
        elif isinstance(backend, InferencePoolRef):
            ref = backend
            default_name = f"{backend.name}-route"
        else:
            raise ModelServiceError.at("httpRoute.backend",
                                       f"must be an InferencePool or an InferencePoolRef, got {show(backend)}")
        self.backend_ref: InferencePoolRef = ref
        self.name: str = name if name is not None else default_name
        _check_dns_subdomain(self.name, "httpRoute.name")
        self.namespace: str | None = namespace if namespace is not None else ref.namespace
        if self.namespace is not None:
            _check_dns_label(self.namespace, "httpRoute.namespace")
        if self.pool is not None and not _same_namespace(self.pool.namespace, self.namespace):
            raise ModelServiceError.at(
                "httpRoute.namespace", f"{self.namespace!r} is not the namespace of InferencePool {self.pool.name!r} "
                                       f"({self.pool.namespace!r}); put the route next to its pool")
        _check_path(path_prefix, "httpRoute.pathPrefix")
        self.path_prefix = path_prefix
        if rewrite_prefix is not None:
            _check_path(rewrite_prefix, "httpRoute.rewritePrefix")
        self.rewrite_prefix: str | None = (rewrite_prefix if path_prefix != "/" and rewrite_prefix != path_prefix
                                           else None)
        for index, host in enumerate(hostnames):
            if not isinstance(host, str) or len(host) > 253 or not _HOSTNAME.match(host):
                raise ModelServiceError.at(f"httpRoute.hostnames[{index}]",
                                           f"must be a hostname such as 'llm.example.com' or '*.example.com', "
                                           f"got {show(host)}")
        self.hostnames = tuple(hostnames)
        timeouts: dict[str, str] = {}
        request_ms = 0
        if request_timeout is not None:
            request_ms = _duration_ms(request_timeout, "httpRoute.requestTimeout")
            timeouts["request"] = request_timeout
        if backend_request_timeout is not None:
            backend_ms = _duration_ms(backend_request_timeout, "httpRoute.backendRequestTimeout")
            if request_ms and backend_ms > request_ms:
                raise ModelServiceError.at(
                    "httpRoute.backendRequestTimeout",
                    f"{backend_request_timeout!r} is longer than requestTimeout {request_timeout!r}; "
                    "make it at most the request timeout")
            timeouts["backendRequest"] = backend_request_timeout
        self.timeouts = timeouts

        backend_json: dict[str, Any] = {"group": ref.group, "kind": ref.kind, "name": ref.name}
        if ref.namespace and ref.namespace != self.namespace:
            backend_json["namespace"] = ref.namespace
        if ref.port is not None:
            backend_json["port"] = ref.port
        rule: dict[str, Any] = {"matches": [{"path": {"type": "PathPrefix", "value": path_prefix}}]}
        if self.rewrite_prefix is not None:
            rule["filters"] = [{"type": "URLRewrite", "urlRewrite": {
                "path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": self.rewrite_prefix}}}]
        rule["backendRefs"] = [backend_json]
        if timeouts:
            rule["timeouts"] = timeouts
        spec: dict[str, Any] = {"parentRefs": [g.manifest() for g in self.gateways]}
        if self.hostnames:
            spec["hostnames"] = list(self.hostnames)
        spec["rules"] = [rule]
        metadata: dict[str, Any] = {"name": self.name, "labels": {**provenance, **dict(labels or {})}}
        if not metadata["labels"]:
            del metadata["labels"]
        if self.namespace:
            metadata["namespace"] = self.namespace
        self.api_version, self.kind = _route_gvk()
        from .imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource

        self.http_route: cdk8s.ApiObject = api_object(self, "Resource", HttpRouteResource,
                                                      {"metadata": metadata, "spec": spec}, "httpRoute")
        self.node.add_validation(_Validation(self.problems))

    def _check_parents(self) -> None:
        seen: dict[tuple[str, str | None], list[str | None]] = {}
        for gateway in self.gateways:
            seen.setdefault((gateway.name, gateway.namespace), []).append(gateway.section_name)
        for (name, _), sections in seen.items():
            if len(sections) > 1 and (None in sections or len(set(sections)) != len(sections)):
                raise ModelServiceError.at(
                    "httpRoute.gateway", f"Gateway {name!r} is named {len(sections)} times with sectionName "
                                         f"{show(sections)}; name each listener once, each with its sectionName")

    def problems(self) -> list[str]:
        """What is wrong with this route in its app (run at synth; empty when all is well)."""
        ref = self.backend_ref
        if self.pool is not None or ref.external:
            return []
        namespace = ref.namespace or self.namespace
        pools = [c for c in self.node.root.node.find_all() if isinstance(c, InferencePool)]
        found = [p for p in pools if p.name == ref.name and _same_namespace(p.namespace, namespace)]
        if not found:
            names = ", ".join(sorted(p.name for p in pools)) or "none"
            return [f"HTTPRoute {self.name!r} backend: InferencePool {ref.name!r} is not an InferencePool of this "
                    f"app (it has: {names}); pass the InferencePool construct, or declare the pool "
                    "InferencePoolRef(..., external=True)"]
        pool = found[0]
        if ref.port is not None and ref.port != pool.target_port:
            return [f"HTTPRoute {self.name!r} backend.port: {ref.port} is not the target port of InferencePool "
                    f"{pool.name!r} ({pool.target_port}); omit it or use {pool.target_port}"]
        return []


class EndpointPicker(Construct):
    """The llm-d inference scheduler (endpoint picker, EPP) of an :class:`InferencePool`.

    Creates a ServiceAccount, a Role and RoleBinding to read pods, InferencePools, InferenceObjectives
    and InferenceModelRewrites of the namespace (and leases, for leader election, when ``replicas``
    is more than 1), a ConfigMap with the plugins configuration, the Deployment (primary object,
    ``self.deployment``, child id ``Resource``) and the Service the pool's ``endpointPickerRef``
    names. Every object is named after that reference (``<server.name>-epp`` by default). The gateway
    reaches the picker over gRPC ext-proc on the reference's port (9002); health is served on 9003
    and metrics on 9090, without authentication (``--metrics-endpoint-auth=false``: checking
    tokens needs cluster-wide RBAC; pass ``flags={"metrics-endpoint-auth": True}`` and grant it to
    turn it on).

    Hook methods a subclass may override: :meth:`build_args`, :meth:`build_container`,
    :meth:`build_pod_spec`.

    :param pool: the InferencePool it picks endpoints of; its ``endpoint_picker`` must be a Service.
    :param image: Default: ``ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0``.
    :param image_pull_policy: Default: ``IfNotPresent``.
    :param replicas: more than 1 enables leader election (one active picker). Default: 1.
    :param config: the plugins configuration. Default: ``SchedulerConfig.prefill_decode()`` when the
        server has a PrefillPool when the picker is created, else ``SchedulerConfig.load_aware()``
        (create the picker after the pools; a later change is reported at synth).
    :param verbosity: log verbosity (``--v``). Default: 1.
    :param secure_serving: serve ext-proc over TLS (self-signed) as the picker does by default. Default: True.
    :param tracing: OpenTelemetry export. Default: the server's (off when it has none).
    :param flags: more command-line flags, ``{"flag": value}`` rendered ``--flag=value``. Default: none.
    :param env: more environment variables, as Kubernetes JSON. Default: none.
    :param resources: container resources, as Kubernetes JSON. Default: none.
    :param node_selector: Default: none.
    :param tolerations: Default: none.
    :param labels: more labels of every object. Default: none.
    """

    MANAGED_FLAGS = ("pool-name", "pool-namespace", "pool-group", "grpc-port", "grpc-health-port", "metrics-port",
                     "config-file", "ha-enable-leader-election", "endpoint-selector", "endpoint-target-ports")

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        pool: InferencePool,
        image: str = DEFAULT_EPP_IMAGE,
        image_pull_policy: str = "IfNotPresent",
        replicas: int = 1,
        config: SchedulerConfig | None = None,
        verbosity: int = 1,
        secure_serving: bool = True,
        tracing: Tracing | None = None,
        flags: Mapping[str, Any] | None = None,
        env: Sequence[Mapping[str, Any]] = (),
        resources: Mapping[str, Any] | None = None,
        node_selector: Mapping[str, str] | None = None,
        tolerations: Sequence[Mapping[str, Any]] = (),
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not isinstance(pool, InferencePool):
            raise ModelServiceError.at("endpointPicker.pool", f"must be an InferencePool, got {show(pool)}")
        ref = pool.endpoint_picker_ref
        if not ref.is_service:
            raise ModelServiceError.at(
                "endpointPicker.pool", f"InferencePool {pool.name!r} names a {ref.kind} endpoint picker "
                                       f"({ref.group or 'core'} group); an EndpointPicker is reached through a Service")
        _check_dns_label(ref.name, "endpointPicker.name")
        if ref.port in (HEALTH_PORT, METRICS_PORT):
            raise ModelServiceError.at("endpointPicker.port", f"{ref.port} is the picker's health or metrics port "
                                                              f"({HEALTH_PORT}, {METRICS_PORT}); use another, e.g. "
                                                              f"{EXT_PROC_PORT}")
        if not isinstance(image, str) or not image.strip():
            raise ModelServiceError.at("endpointPicker.image", f"an image is required, got {show(image)}")
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 0:
            raise ModelServiceError.at("endpointPicker.replicas",
                                       f"must be a non-negative integer, got {show(replicas)}")
        self.pool = pool
        self.server = pool.server
        self.name: str = ref.name
        self.namespace = pool.namespace
        self.ext_proc_port: int = ref.port if ref.port is not None else EXT_PROC_PORT
        self.image = image
        self.image_pull_policy = image_pull_policy
        self.replicas = replicas
        self._config_derived = config is None
        self._derived_for_prefill = self._has_prefill()
        if config is None:
            config = SchedulerConfig.prefill_decode() if self._derived_for_prefill else SchedulerConfig.load_aware()
        if not isinstance(config, SchedulerConfig):
            raise ModelServiceError.at("endpointPicker.config", f"must be a SchedulerConfig, got {show(config)}")
        if config.disaggregated and self.server.routing_sidecar is None:
            raise ModelServiceError.at(
                "endpointPicker.config", f"schedules prefill pods (P/D) but ModelServer {self.server.name!r} has "
                                         "routing_sidecar=None; decode pods need the routing sidecar for P/D, or "
                                         "use SchedulerConfig.load_aware()")
        self.config: SchedulerConfig = config
        self.verbosity = verbosity
        self.secure_serving = secure_serving
        self.tracing: Tracing | None = tracing if tracing is not None else self.server.tracing
        self.flags: dict[str, Any] = dict(flags or {})
        for key in self.flags:
            if key.lstrip("-") in self.MANAGED_FLAGS:
                raise ModelServiceError.at(
                    f"endpointPicker.flags.{key}", "is set by the EndpointPicker from its InferencePool (name, "
                                                   "namespace, group, ports, config); change the pool instead")
        self.env = [dict(e) for e in env]
        self.resources = dict(resources) if resources else None
        self.node_selector = dict(node_selector or {})
        self.tolerations = [dict(t) for t in tolerations]
        self.labels: dict[str, str] = {**self.server.provenance_labels, **dict(labels or {})}
        self.selector_labels: dict[str, str] = {"app.kubernetes.io/name": self.name,
                                                "app.kubernetes.io/component": "endpoint-picker"}

        from cdk8s_plus_28.k8s import KubeConfigMap, KubeRole, KubeRoleBinding, KubeService, KubeServiceAccount

        from .imports.apps import Deployment

        self.service_account: cdk8s.ApiObject = api_object(self, "ServiceAccount", KubeServiceAccount,
                                                           {"metadata": self._metadata()}, "endpointPicker")
        self.role: cdk8s.ApiObject = api_object(self, "Role", KubeRole, {
            "metadata": self._metadata(), "rules": self.build_rules()}, "endpointPicker.role")
        subject: dict[str, Any] = {"kind": "ServiceAccount", "name": self.name}
        if self.namespace:
            subject["namespace"] = self.namespace
        self.role_binding: cdk8s.ApiObject = api_object(self, "RoleBinding", KubeRoleBinding, {
            "metadata": self._metadata(), "subjects": [subject],
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": self.name}},
            "endpointPicker.roleBinding")
        self.config_map: cdk8s.ApiObject = api_object(self, "ConfigMap", KubeConfigMap, {
            "metadata": self._metadata(), "data": {CONFIG_KEY: config.text}}, "endpointPicker.config")
        self.deployment: cdk8s.ApiObject = api_object(self, "Resource", Deployment, {
            "metadata": self._metadata(),
            "spec": {"replicas": replicas, "strategy": {"type": "Recreate"},
                     "selector": {"matchLabels": dict(self.selector_labels)},
                     "template": {"metadata": {"labels": {**self.labels, **self.selector_labels}},
                                  "spec": self.build_pod_spec()}}}, "endpointPicker")
        self.service: cdk8s.ApiObject = api_object(self, "Service", KubeService, {
            "metadata": self._metadata(),
            "spec": {"type": "ClusterIP", "selector": dict(self.selector_labels), "ports": [
                {"name": "grpc-ext-proc", "protocol": "TCP", "port": self.ext_proc_port,
                 "targetPort": self.ext_proc_port},
                {"name": "grpc-health", "protocol": "TCP", "port": HEALTH_PORT, "targetPort": HEALTH_PORT},
                {"name": "http-metrics", "protocol": "TCP", "port": METRICS_PORT, "targetPort": METRICS_PORT}]}},
            "endpointPicker.service")
        self.node.add_validation(_Validation(self.problems))

    def _metadata(self) -> dict[str, Any]:
        metadata: dict[str, Any] = {"name": self.name, "labels": dict(self.labels)}
        if self.namespace:
            metadata["namespace"] = self.namespace
        return metadata

    def _has_prefill(self) -> bool:
        return any(isinstance(p, PrefillPool) for p in _model_pools(self.server))

    @property
    def leader_election(self) -> bool:
        """Whether replicas elect a leader (more than one replica)."""
        return self.replicas > 1

    def build_rules(self) -> list[dict[str, Any]]:
        """The Role's rules."""
        read = ["get", "watch", "list"]
        rules: list[dict[str, Any]] = [
            {"apiGroups": [""], "resources": ["pods"], "verbs": read},
            {"apiGroups": [self.pool.group], "resources": ["inferencepools"], "verbs": read},
            {"apiGroups": [OBJECTIVES_GROUP], "resources": ["inferenceobjectives", "inferencemodelrewrites"],
             "verbs": read},
        ]
        if self.leader_election:
            rules += [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                       "verbs": [*read, "create", "update", "patch", "delete"]},
                      {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]}]
        return rules

    def build_args(self) -> list[str]:
        """The picker's command-line arguments."""
        args = ["--pool-name", self.pool.name]
        if self.namespace:
            args += ["--pool-namespace", self.namespace]
        args += ["--pool-group", self.pool.group,
                 "--grpc-port", str(self.ext_proc_port), "--grpc-health-port", str(HEALTH_PORT),
                 "--metrics-port", str(METRICS_PORT), "--config-file", f"{CONFIG_DIR}/{CONFIG_KEY}",
                 "--zap-encoder", "json", "--v", str(self.verbosity),
                 f"--tracing={str(self.tracing is not None).lower()}", "--metrics-endpoint-auth=false"]
        if not self.secure_serving:
            args.append("--secure-serving=false")
        if self.leader_election:
            args.append("--ha-enable-leader-election")
        for key, value in self.flags.items():
            text = str(value).lower() if isinstance(value, bool) else str(value)
            args.append(f"--{key.lstrip('-')}={text}")
        return args

    def build_container(self) -> dict[str, Any]:
        """The picker container as Kubernetes JSON."""
        env: list[dict[str, Any]] = [
            {"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
            {"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]
        if self.tracing is not None:
            env += self.tracing.env("llm-d-inference-scheduler")
        env += self.env
        liveness, readiness = ("liveness", "readiness") if self.leader_election else (EXT_PROC_SERVICE,) * 2
        container: dict[str, Any] = {
            "name": "epp",
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "args": self.build_args(),
            "ports": [{"name": "grpc", "containerPort": self.ext_proc_port},
                      {"name": "grpc-health", "containerPort": HEALTH_PORT},
                      {"name": "metrics", "containerPort": METRICS_PORT}],
            "livenessProbe": {"grpc": {"port": HEALTH_PORT, "service": liveness},
                              "initialDelaySeconds": 5, "periodSeconds": 10},
            "readinessProbe": {"grpc": {"port": HEALTH_PORT, "service": readiness}, "periodSeconds": 2},
            "env": env,
            "volumeMounts": [{"name": "plugins-config", "mountPath": CONFIG_DIR}],
        }
        if self.resources:
            container["resources"] = self.resources
        return container

    def build_pod_spec(self) -> dict[str, Any]:
        """The picker pod spec as Kubernetes JSON."""
        spec: dict[str, Any] = {
            "serviceAccountName": self.name,
            # as long as the model pods' grace period, so in-flight requests are still scheduled
            "terminationGracePeriodSeconds": 130,
            "containers": [self.build_container()],
            "volumes": [{"name": "plugins-config", "configMap": {"name": self.name}}],
        }
        if self.node_selector:
            spec["nodeSelector"] = self.node_selector
        if self.tolerations:
            spec["tolerations"] = self.tolerations
        return spec

    def problems(self) -> list[str]:
        """What is wrong with this picker in its app (run at synth; empty when all is well)."""
        problems: list[str] = []
        if self._config_derived and self._has_prefill() != self._derived_for_prefill:
            chosen = "prefill_decode" if self._derived_for_prefill else "load_aware"
            problems.append(
                f"EndpointPicker {self.name!r} config: SchedulerConfig.{chosen}() was chosen when the picker was "
                f"created, but ModelServer {self.server.name!r} now "
                f"{'has no' if self._derived_for_prefill else 'has a'} PrefillPool; create the EndpointPicker "
                "after the pools, or pass config=")
        for other in self.node.root.node.find_all():
            if (isinstance(other, EndpointPicker) and other is not self and other.name == self.name
                    and _same_namespace(other.namespace, self.namespace)):
                problems.append(f"EndpointPicker {self.name!r} name: another EndpointPicker ({other.node.path}) "
                                "has the same name; one picker per InferencePool")
                break
        return problems


__all__ = [
    "DEFAULT_EPP_IMAGE",
    "EndpointPicker",
    "EndpointPickerRef",
    "FailureMode",
    "GatewayRef",
    "HttpRoute",
    "InferencePool",
    "InferencePoolRef",
    "SchedulerConfig",
    "gateway_group",
    "inference_pool_group",
]
