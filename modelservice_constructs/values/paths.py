"""Prop paths of the typed API -> values paths of the Helm chart: the one table the values layer
rewrites error messages through.

Constructs and value types name problems by prop (``DecodePool.parallelism.tensor``,
``ModelServer.service_port``); a values user reads values paths (``decode.parallelism.tensor``,
``routing.servicePort``). :func:`values_path` rewrites one path: the longest matching prefix of
:data:`PROP_PREFIXES` is replaced, then the prop names that follow become their values keys
(snake_case -> camelCase, or :data:`RENAMED_KEYS`) up to the first segment that is not a prop name
(Kubernetes JSON and map keys are left as they are).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
from collections.abc import Mapping

from ..errors import ModelServiceError, Problem

# Prop-path prefix -> values-path prefix. ``{role}`` is the pool role the problem belongs to, ``{pool}``
# stands for DecodePool and PrefillPool. The longest prefix wins.
PROP_PREFIXES: dict[str, str] = {
    "ModelServer.service_port": "routing.servicePort",
    "ModelServer.service_account": "serviceAccountOverride",
    "ModelServer.extra_objects": "extraObjects",
    "ModelServer.routing_sidecar": "routing.proxy",
    "ModelServer": "",
    "ModelArtifacts": "modelArtifacts",
    "RoutingSidecar": "routing.proxy",
    "Tracing": "tracing",
    "Requester.probes_port": "requester.port.probes",
    "Requester.spi_port": "requester.port.spi",
    "Requester.gpus": "requester.resources.limits.gpus",
    "Requester.cpus": "requester.resources.limits.cpus",
    "Requester.memory": "requester.resources.limits.memory",
    "Requester": "requester",
    "DeviceClaim": "accelerator.resourceClaimTemplates",
    "{pool}.workload.strategy": "{role}.strategy",
    "{pool}.workload.max_surge": "{role}.strategy.rollingUpdate.maxSurge",
    "{pool}.workload.max_unavailable": "{role}.strategy.rollingUpdate.maxUnavailable",
    "{pool}.autoscaling": "{role}.autoscaling",
    "Autoscaling": "{role}.autoscaling",
    "Metric": "{role}.autoscaling.metrics",
    "ModelServer.backend": "disaggregatedSet",
    "Placement": "disaggregatedSet.placement",
    "{pool}.workload": "{role}",
    "{pool}.pod.node_affinity": "{role}.acceleratorTypes",
    "{pool}.pod": "{role}",
    "{pool}.monitoring": "{role}.monitoring.podmonitor",
    "{pool}.accelerator_claim": "{role}.accelerator",
    "{pool}": "{role}",
    "NodeAffinity": "{role}.acceleratorTypes",
    "PodOptions.node_affinity": "{role}.acceleratorTypes",
    "PodOptions": "{role}",
    "Parallelism": "{role}.parallelism",
    "PodMonitoring": "{role}.monitoring.podmonitor",
    "ModelContainer": "{role}.containers",
    "InferencePool": "inferencePool",
    "EndpointPickerRef": "inferencePool.endpointPicker",
    "EndpointPicker": "inferencePool.endpointPicker",
    "HttpRoute.gateway": "httpRoute.gateway",
    "HttpRoute": "httpRoute",
    "GatewayRef": "httpRoute.gateway",
}

# Prop names whose values key is not their camelCase spelling.
RENAMED_KEYS: dict[str, str] = {
    "host_ipc": "hostIPC",
    "host_pid": "hostPID",
    "prefiller_use_tls": "prefillerUseTLS",
    "limits": "resources.limits",
    "requests": "resources.requests",
    "port_name": "portName",
}

_POOL_CLASSES = {"DecodePool": "decode", "PrefillPool": "prefill"}
_SEGMENT = re.compile(r"\.?([^.\[\]]+)|\[[^\]]*\]")


def camel(name: str) -> str:
    """A snake_case prop name as its values key (``service_port`` -> ``servicePort``)."""
    if name in RENAMED_KEYS:
        return RENAMED_KEYS[name]
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@functools.cache
def prop_names() -> frozenset[str]:
    """Every prop name of the public typed API (constructor parameters and dataclass fields)."""
    import modelservice_constructs as api

    names: set[str] = set()
    for export in api.__all__:
        item = getattr(api, export)
        if not isinstance(item, type):
            continue
        if dataclasses.is_dataclass(item):
            names.update(f.name for f in dataclasses.fields(item))
        else:  # the constructors of our classes (jsii's metaclass hides the class signature)
            for cls in item.__mro__:
                if cls.__module__.startswith(api.__name__) and "__init__" in vars(cls):
                    names.update(inspect.signature(vars(cls)["__init__"]).parameters)
        for member in vars(item).values():  # factories of choice types (PoolWorkload.deployment(...))
            if isinstance(member, staticmethod):
                names.update(inspect.signature(member.__func__).parameters)
    return frozenset(names - {"self", "scope", "id"})


@functools.cache
def _prefix_table(role: str | None) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for prop, values in PROP_PREFIXES.items():
        if "{pool}" in prop:
            rows += [(prop.replace("{pool}", cls), values.replace("{role}", r)) for cls, r in _POOL_CLASSES.items()]
        elif "{role}" not in values:
            rows.append((prop, values))
        elif role:
            rows.append((prop, values.replace("{role}", role)))
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


def _matches(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


def _convert_rest(rest: str) -> str:
    """The prop names at the start of ``rest`` as values keys, up to the first segment that is not one."""
    out: list[str] = []
    converting = True
    for match in _SEGMENT.finditer(rest):
        name = match.group(1)
        if name is None:  # an index: [0]
            out.append(match.group(0))
            continue
        if converting and name in prop_names():
            name = camel(name)
        else:
            converting = False
        out.append("." + name)
    return "".join(out)


def values_path(path: str, role: str | None = None, anchors: Mapping[str, str] | None = None) -> str:
    """The values path of the prop path ``path`` (unchanged when no prefix matches). ``anchors`` are
    prefixes known to the caller, tried first (``{"ModelContainer": "decode.containers[0]"}``)."""
    rows = [*sorted((anchors or {}).items(), key=lambda row: len(row[0]), reverse=True), *_prefix_table(role)]
    for prop, values in rows:
        if _matches(path, prop):
            return (values + _convert_rest(path[len(prop):])).removeprefix(".")
    return path


def rewrite(error: ModelServiceError, role: str | None = None,
            anchors: Mapping[str, str] | None = None) -> ModelServiceError:
    """``error`` with every prop path rewritten to its values path (see :func:`values_path`)."""
    return ModelServiceError(Problem(values_path(p.path, role, anchors), p.message, p.code) for p in error.problems)
