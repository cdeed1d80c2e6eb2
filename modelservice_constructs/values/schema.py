"""Checks of Helm values before they are translated: the chart's schema rules (types, enums, required
keys, ranges) with our messages, Kubernetes fields checked against the typed imports, and likely typos.

The rules follow the chart's values.schema.json, except where the chart renders keys its schema
rejects (DRA ``count``, PodMonitor ``relabelings``, ``metricRelabelings``, ``namespaceSelector`` and
``scrapeTimeout``, ``modelArtifacts.imagePullPolicy``): those are accepted.
"""

from __future__ import annotations

import difflib
import functools
import warnings
from typing import Any

import jsonschema

from .. import names
from ..accelerators import DRA_MATCHES
from ..containers import ModelCommand
from ..errors import ModelServiceError, ModelServiceWarning, Problem, nearest, show
from ..gateway.inference_pool import APP_PROTOCOLS
from ..gateway.refs import FailureMode
from ..manifests import check, kind_at
from ..pools.pod import POD_FIELD_PROPS
from ..pools.workload import STRATEGY_TYPES
from ..routing import ZAP_ENCODERS
from ..validation import field_path
from .paths import camel

# Enums come from the constructs that own the rule; this schema only restates the chart's shape.
PULL_POLICIES = list(names.PULL_POLICIES)
MODEL_COMMANDS = list(ModelCommand.values())


def _obj(properties: dict[str, Any], *, closed: bool = False, required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if closed:
        schema["additionalProperties"] = False
    if required:
        schema["required"] = required
    return schema


STRING = {"type": "string"}
BOOL = {"type": "boolean"}
INT = {"type": "integer"}
POSITIVE = {"type": "integer", "minimum": 1}
PORT = {"type": "integer", "minimum": 1, "maximum": 65535}
MAP = {"type": "object"}
LIST = {"type": "array"}
STRING_MAP = {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}}

MAPS = {"type": "array", "items": MAP}
_CLAIM_TEMPLATE = _obj({"name": STRING, "class": STRING, "match": {"enum": list(DRA_MATCHES)},
                        "selectors": MAPS, "count": POSITIVE}, closed=True)
_PODMONITOR = _obj({
    "enabled": BOOL, "portName": {"type": ["string", "integer"]}, "path": STRING, "interval": STRING,
    "scrapeTimeout": STRING, "labels": STRING_MAP, "annotations": STRING_MAP, "relabelings": MAPS,
    "metricRelabelings": MAPS, "namespaceSelector": MAP}, closed=True)
_CONTAINER = _obj({
    "name": STRING, "image": STRING, "modelCommand": {"enum": MODEL_COMMANDS},
    "command": {"type": "array", "items": STRING}, "args": {"type": "array", "items": STRING},
    "env": LIST, "ports": LIST, "resources": _obj({"limits": MAP, "requests": MAP, "claims": LIST}),
    "mountModelVolume": BOOL, "volumeMounts": LIST, "securityContext": MAP,
    "imagePullPolicy": {"enum": [*PULL_POLICIES, ""]}, "livenessProbe": MAP, "readinessProbe": MAP,
    "startupProbe": MAP, "workingDir": STRING, "stdin": BOOL, "tty": BOOL, "extraConfig": MAP},
    required=["image"])
_POOL = _obj({
    "create": BOOL, "replicas": {"type": "integer", "minimum": 0},
    # enabled is the chart's; the other keys are our own (an autoscaler object is emitted only with engine)
    "autoscaling": _obj({
        "enabled": BOOL, "engine": {"enum": ["hpa", "keda"]}, "minReplicas": {"type": "integer", "minimum": 0},
        "maxReplicas": POSITIVE, "prometheusAddress": STRING, "pollingInterval": POSITIVE,
        "cooldownPeriod": {"type": "integer", "minimum": 0},
        "scaleDownStabilizationSeconds": {"type": "integer", "minimum": 0, "maximum": 3600},
        "metrics": {"type": "array", "items": {
            "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": False,
            "properties": {"queueLength": {"type": "number", "exclusiveMinimum": 0},
                           "runningRequests": {"type": "number", "exclusiveMinimum": 0},
                           "kvCacheUsage": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                           "cpuUtilization": POSITIVE,
                           "follow": _obj({"role": {"enum": ["decode", "prefill"]},
                                           "podsPerReplica": {"type": "number", "exclusiveMinimum": 0}},
                                          closed=True, required=["role", "podsPerReplica"])}}}},
        closed=True),
    "parallelism": _obj({"tensor": POSITIVE, "data": POSITIVE, "dataLocal": POSITIVE, "workers": POSITIVE},
                        closed=True),
    "containers": {"type": "array", "items": _CONTAINER}, "initContainers": LIST, "volumes": LIST,
    "resourceClaims": {"type": "array", "items": _obj(
        {"name": STRING, "resourceClaimTemplateName": STRING}, required=["name", "resourceClaimTemplateName"])},
    "acceleratorTypes": _obj({"labelKey": STRING, "labelValues": {"type": "array", "items": STRING}}, closed=True),
    "accelerator": _obj({"type": STRING, "dra": BOOL}, closed=True),
    "monitoring": _obj({"podmonitor": _PODMONITOR}),
    "nodeSelector": STRING_MAP, "tolerations": LIST, "annotations": STRING_MAP, "podAnnotations": STRING_MAP,
    "strategy": _obj({"type": {"enum": list(STRATEGY_TYPES)}, "rollingUpdate": MAP}, closed=True),
    "schedulerName": STRING, "priorityClassName": STRING, "imagePullSecrets": LIST,
    "podSecurityContext": MAP, "hostIPC": BOOL, "hostPID": BOOL, "enableServiceLinks": BOOL,
    "terminationGracePeriodSeconds": {"type": "integer", "minimum": 0}, "subGroupPolicy": MAP,
    "subGroupExclusiveTopology": BOOL, "extraConfig": MAP})

SCHEMA: dict[str, Any] = _obj({
    "nameOverride": STRING, "fullnameOverride": STRING, "serviceAccountOverride": STRING,
    "schedulerName": STRING, "multinode": BOOL, "enabled": BOOL, "common": MAP, "global": MAP,
    "tracing": _obj({
        "enabled": BOOL, "otlpEndpoint": STRING, "sampling": _obj({"sampler": STRING, "samplerArg": {
            "type": ["string", "number"]}}, closed=True),
        "serviceNames": _obj({"vllmDecode": STRING, "vllmPrefill": STRING, "routingProxy": STRING}, closed=True),
        "vllm": _obj({"collectDetailedTraces": STRING}, closed=True)}, closed=True),
    "modelArtifacts": _obj({
        "name": STRING, "uri": STRING, "labels": STRING_MAP, "size": {"type": ["string", "integer"]},
        "authSecretName": STRING, "mountPath": STRING, "readOnly": BOOL,
        "imagePullPolicy": {"enum": PULL_POLICIES}}, closed=True, required=["name", "uri"]),
    "accelerator": _obj({
        "type": STRING, "dra": BOOL, "resources": {"type": "object", "additionalProperties": STRING},
        "env": {"type": "object", "additionalProperties": {"type": "array", "items": _obj(
            {"name": STRING, "value": {"type": ["string", "number", "boolean"]}}, required=["name"])}},
        "resourceClaimTemplates": {"type": "object", "additionalProperties": _CLAIM_TEMPLATE}}, closed=True),
    "requester": _obj({
        "enable": BOOL, "image": STRING, "adminPort": PORT, "port": _obj({"probes": PORT, "spi": PORT}, closed=True),
        "readinessProbe": _obj({"initialDelaySeconds": INT, "periodSeconds": POSITIVE}, closed=True),
        "resources": _obj({"limits": _obj({"gpus": INT, "cpus": {"type": ["integer", "string"]},
                                           "memory": STRING}, closed=True)}, closed=True)}),
    "routing": _obj({
        "servicePort": PORT,
        "proxy": _obj({
            "enabled": BOOL, "image": STRING, "imagePullPolicy": {"enum": [*PULL_POLICIES, ""]}, "targetPort": PORT,
            "connector": STRING, "secure": BOOL, "prefillerUseTLS": BOOL, "certPath": STRING, "zapDevel": BOOL,
            "zapEncoder": {"enum": list(ZAP_ENCODERS)}, "zapLogLevel": {"type": ["string", "integer"]},
            "zapStacktraceLevel": STRING, "zapTimeEncoding": STRING})}, closed=True),
    "decode": _POOL,
    "prefill": _POOL,
    "extraObjects": {"type": "array", "items": {"type": ["object", "string"]}},
    # Keys of our own (not the chart's), off by default: the DisaggregatedSet backend.
    "disaggregatedSet": _obj({
        "enabled": BOOL, "slices": {"type": "integer", "minimum": 1, "maximum": 100},
        "placement": _obj({"type": {"enum": ["None", "ExclusiveSlice", "ExclusiveTopology"]}, "topology": STRING},
                          closed=True)}, closed=True),
    # Keys of our own (not the chart's), off by default: the Gateway routing objects.
    "inferencePool": _obj({
        "enabled": BOOL, "name": STRING, "labels": STRING_MAP, "appProtocol": {"enum": list(APP_PROTOCOLS)},
        "endpointPicker": _obj({
            "create": BOOL, "name": STRING, "port": PORT, "failureMode": {"enum": [m.value for m in FailureMode]},
            "image": STRING, "replicas": {"type": "integer", "minimum": 1}}, closed=True)}, closed=True),
    "httpRoute": _obj({
        "enabled": BOOL, "name": STRING, "labels": STRING_MAP,
        "gateway": _obj({"name": STRING, "namespace": STRING, "sectionName": STRING}, closed=True,
                        required=["name"]),
        "pathPrefix": STRING, "rewritePrefix": {"type": ["string", "null"]},
        "hostnames": {"type": "array", "items": STRING},
        "requestTimeout": {"type": ["string", "null"]}, "backendRequestTimeout": {"type": ["string", "null"]}},
        closed=True),
})

_TYPE_NAMES = {"object": "a map", "array": "a list", "string": "a string", "integer": "an integer",
               "boolean": "true or false", "number": "a number", "null": "null"}


def _message(error: jsonschema.ValidationError) -> list[Problem]:
    """Our problems for one schema error: one per unknown key of a closed map, else one."""
    path = field_path(error.absolute_path).replace("(root)", "")
    value: Any = error.instance
    schema: Any = error.schema
    validator: Any = error.validator
    if validator == "type":
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return [Problem(path, f"must be {' or '.join(_TYPE_NAMES[t] for t in wanted)}, got {show(value)}")]
    if validator == "enum":
        allowed = ", ".join(repr(v) for v in schema["enum"])
        return [Problem(path, f"{show(value)} is not one of {allowed}")]
    if validator == "exclusiveMinimum":
        return [Problem(path, f"must be more than {schema['exclusiveMinimum']}, got {show(value)}")]
    if validator in ("minProperties", "maxProperties"):
        return [Problem(path, f"must have exactly one key (the metric), got {show(value)}")]
    if validator == "minimum":
        return [Problem(path, f"must be at least {schema['minimum']}, got {show(value)}")]
    if validator == "maximum":
        return [Problem(path, f"must be at most {schema['maximum']}, got {show(value)}")]
    if validator == "required":
        missing = [k for k in schema["required"] if k not in value]
        return [Problem(f"{path}.{key}" if path else key, "is required") for key in missing]
    if validator == "additionalProperties":
        known: list[str] = sorted(schema.get("properties", {}))
        problems = []
        for key in sorted(k for k in value if k not in known):
            hint = nearest(key, known)
            problems.append(Problem(f"{path}.{key}" if path else key,
                                    f"unknown key{hint}; allowed here: {', '.join(known)}"))
        return problems
    return [Problem(path, error.message)]


# Keys the chart's own values.yaml documents with a spelling its templates do not read: the chart
# ignores them, so they are reported as warnings rather than errors.
DOCUMENTED_MISSPELLINGS = {"subGroupExclusiveToplogy": "subGroupExclusiveTopology"}


class ValuesWarning(ModelServiceWarning):
    """A values key that is accepted but has no effect."""


def _typos(values: dict[str, Any]) -> list[Problem]:
    """Keys in open maps (top level, pools, containers) that are one typo away from a known key."""
    problems: list[Problem] = []

    def scan(node: Any, schema: dict[str, Any], path: str) -> None:
        if not isinstance(node, dict) or schema.get("additionalProperties") is False:
            return
        known = schema.get("properties", {})
        for key in node:
            where = f"{path}.{key}" if path else key
            if key in DOCUMENTED_MISSPELLINGS:
                warnings.warn(f"{where} has no effect (the chart documents this spelling but reads "
                              f"{DOCUMENTED_MISSPELLINGS[key]!r})", ValuesWarning, stacklevel=2)
            elif key not in known and (match := difflib.get_close_matches(key, list(known), 1, 0.85)):
                problems.append(Problem(where, f"unknown key; did you mean {match[0]!r}?"))

    scan(values, SCHEMA, "")
    for role in ("decode", "prefill"):
        pool = values.get(role)
        scan(pool, _POOL, role)
        if isinstance(pool, dict) and isinstance(pool.get("containers"), list):
            for i, container in enumerate(pool["containers"]):
                scan(container, _CONTAINER, f"{role}.containers[{i}]")
    return problems


# Kubernetes fields inside pool values, checked against the typed Deployment import.
_POD = "spec.template.spec"
# Pool values keys holding Kubernetes JSON -> their Deployment field, from the pools' pod-field table (the props
# of the pool's PodOptions, under ``pod.``, are keys of the pool's values too).
_POOL_FIELDS = {**{camel(prop.removeprefix("pod.")): f"{_POD}.{field}" for field, prop in POD_FIELD_PROPS.items()
                   if prop not in ("containers", "pod.node_affinity", "pod.node_selector")},
                "strategy": "spec.strategy"}
_CONTAINER_FIELDS = {"env": "env", "ports": "ports", "volumeMounts": "volumeMounts",
                     "securityContext": "securityContext", "livenessProbe": "livenessProbe",
                     "readinessProbe": "readinessProbe", "startupProbe": "startupProbe"}


_POD_SECURITY = f"{_POD}.securityContext"
_CONTAINER_SECURITY = f"{_POD}.containers[].securityContext"


@functools.cache
def _has_field(field: str) -> bool:
    """Whether the typed Deployment import has the field at ``field`` (a dotted path)."""
    from ..imports.apps import Deployment

    try:
        kind_at(Deployment, field)
    except KeyError:
        return False
    return True


def _misplaced_security(value: Any, path: str, role: str, *, container: bool) -> tuple[Any, list[Problem]]:
    """Fields of a security context that belong to the other level (``fsGroup`` on a container,
    ``privileged`` on the pod): the chart renders them and a cluster rejects them. Returns the
    context without them and a problem for each."""
    if not isinstance(value, dict):
        return value, []
    here, there = (_CONTAINER_SECURITY, _POD_SECURITY) if container else (_POD_SECURITY, _CONTAINER_SECURITY)
    misplaced = [k for k in value if isinstance(k, str) and not _has_field(f"{here}.{k}")
                 and _has_field(f"{there}.{k}")]
    if container:
        advice = f"is a pod-level field that a container securityContext does not have, got {{}}; " \
                 f"set it under {role}.podSecurityContext"
    else:
        advice = f"is a container-level field that a pod securityContext does not have, got {{}}; set it " \
                 f"in the securityContext of each container ({role}.containers[i].securityContext)"
    problems = [Problem(f"{path}.{k}", advice.format(show(value[k]))) for k in misplaced]
    return {k: v for k, v in value.items() if k not in misplaced}, problems


def _related(path: str, other: str) -> bool:
    """Whether one of two values paths is the other or lies inside it."""
    short, long = sorted((path, other), key=len)
    return long == short or long.startswith((f"{short}.", f"{short}["))


def _kubernetes_fields(values: dict[str, Any], reported: set[str]) -> list[Problem]:
    """Kubernetes fields of the pools checked against the typed Deployment import, except where a
    problem is ``reported`` already at, above or below the path."""
    from ..imports.apps import Deployment

    problems: list[Problem] = []

    def run(field: str, value: Any, path: str, role: str) -> None:
        if any(_related(path, other) for other in reported):
            return
        if field in (_POD_SECURITY, _CONTAINER_SECURITY):
            value, misplaced = _misplaced_security(value, path, role, container=field == _CONTAINER_SECURITY)
            problems.extend(misplaced)
        elif field == f"{_POD}.initContainers" and isinstance(value, list):
            items = []
            for i, item in enumerate(value):
                if isinstance(item, dict) and "securityContext" in item:
                    context, misplaced = _misplaced_security(item["securityContext"],
                                                             f"{path}[{i}].securityContext", role, container=True)
                    problems.extend(misplaced)
                    item = {**item, "securityContext": context}
                items.append(item)
            value = items
        try:
            check(Deployment, field, value, path)
        except ModelServiceError as err:
            problems.extend(err.problems)

    for role in ("decode", "prefill"):
        pool = values.get(role)
        if not isinstance(pool, dict):
            continue
        for key, field in _POOL_FIELDS.items():
            if pool.get(key):
                run(field, pool[key], f"{role}.{key}", role)
        containers = pool.get("containers")
        for i, container in enumerate(containers if isinstance(containers, list) else []):
            if not isinstance(container, dict):
                continue
            for key, field in _CONTAINER_FIELDS.items():
                if container.get(key) and "{{" not in str(container[key]):
                    run(f"{_POD}.containers[].{field}", container[key], f"{role}.containers[{i}].{key}", role)
            for key in ("limits", "requests"):
                amounts = (container.get("resources") or {}).get(key) if isinstance(
                    container.get("resources"), dict) else None
                if amounts:
                    run(f"{_POD}.containers[].resources.{key}", amounts,
                        f"{role}.containers[{i}].resources.{key}", role)
    return problems


def _key_problems(node: Any, path: str = "") -> list[Problem]:
    """Map keys that are not strings (``0: x`` in YAML)."""
    problems: list[Problem] = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if not isinstance(key, str):
                problems.append(Problem(where, f"keys must be strings, got {show(key)} (quote it in YAML)"))
            problems += _key_problems(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            problems += _key_problems(item, f"{path}[{i}]")
    return problems


def _string_keys_only(node: Any) -> Any:
    """``node`` without the map entries whose key is not a string (reported by :func:`_key_problems`)."""
    if isinstance(node, dict):
        return {k: _string_keys_only(v) for k, v in node.items() if isinstance(k, str)}
    if isinstance(node, list):
        return [_string_keys_only(v) for v in node]
    return node


def check_values(values: dict[str, Any]) -> list[Problem]:
    """Every problem found in merged values, in every section at once: keys that are not strings,
    schema rules (one problem per unknown key), likely typos, and the Kubernetes fields of the pools
    (except below a path with a problem already)."""
    problems = _key_problems(values)
    if problems:
        values = _string_keys_only(values)
    validator = jsonschema.Draft7Validator(SCHEMA)
    for error in sorted(validator.iter_errors(values), key=lambda e: list(map(str, e.path))):
        problems += _message(error)
    problems += _typos(values)
    problems += _kubernetes_fields(values, {p.path for p in problems})
    return list(dict.fromkeys(problems))
