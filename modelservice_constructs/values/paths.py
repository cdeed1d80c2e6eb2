"""Prop paths of the typed API -> values paths of the Helm chart: the one table the values layer
rewrites error messages through.

Constructs and value types name problems by prop (``DecodePool.parallelism.tensor``,
``ModelServer.service_port``); a values user reads values paths (``decode.parallelism.tensor``,
``routing.servicePort``). :func:`values_path` rewrites one path: the longest matching prefix of
:data:`PROP_PREFIXES` is replaced, and the remaining snake_case prop names become camelCase keys.
"""

from __future__ import annotations

import re

from ..errors import ModelServiceError, Problem

# Prop-path prefix -> values-path prefix. ``{role}`` is the pool role the problem belongs to.
# Longest prefix wins; the rest of the path is converted segment by segment (snake_case -> camelCase).
PROP_PREFIXES: dict[str, str] = {
    "ModelServer.service_port": "routing.servicePort",
    "ModelServer.service_account": "serviceAccountOverride",
    "ModelServer.scheduler_name": "schedulerName",
    "ModelServer.extra_objects": "extraObjects",
    "ModelServer.model": "modelArtifacts",
    "ModelServer.routing_sidecar": "routing.proxy",
    "ModelServer.accelerator": "accelerator",
    "ModelServer.tracing": "tracing",
    "ModelServer": "",
    "ModelArtifacts": "modelArtifacts",
    "RoutingSidecar": "routing.proxy",
    "Tracing": "tracing",
    "Requester": "requester",
    "Accelerator": "accelerator",
    "DeviceClaim": "accelerator.resourceClaimTemplates",
    "AcceleratorClaim": "{role}.accelerator",
    "DecodePool.requester": "requester",
    "DecodePool": "decode",
    "PrefillPool": "prefill",
    "ModelPool": "{role}",
    "PoolWorkload.deployment.strategy": "{role}.strategy",
    "PoolWorkload.leader_worker_set": "{role}",
    "PoolWorkload": "{role}",
    "{pool}.workload.strategy": "{role}.strategy",
    "{pool}.workload": "{role}",
    "{pool}.node_affinity": "{role}.acceleratorTypes",
    "{pool}.monitoring": "{role}.monitoring.podmonitor",
    "{pool}.pod_security_context": "{role}.podSecurityContext",
    "NodeAffinity": "{role}.acceleratorTypes",
    "Parallelism": "{role}.parallelism",
    "ModelContainer": "{role}.containers",
    "PodMonitoring": "{role}.monitoring.podmonitor",
    "InferencePool": "inferencePool",
    "EndpointPickerRef": "inferencePool.endpointPicker",
    "EndpointPicker": "inferencePool.endpointPicker",
    "HttpRoute.gateway": "httpRoute.gateway",
    "HttpRoute": "httpRoute",
    "GatewayRef": "httpRoute.gateway",
}

# Prop names whose values key is not their camelCase spelling.
RENAMED_KEYS: dict[str, str] = {
    "label_key": "labelKey",
    "label_values": "labelValues",
    "host_ipc": "hostIPC",
    "host_pid": "hostPID",
    "prefiller_use_tls": "prefillerUseTLS",
    "uri": "uri",
}

_POOL_CLASSES = {"DecodePool": "decode", "PrefillPool": "prefill"}
_SEGMENT = re.compile(r"([^.\[]+)")


def camel(name: str) -> str:
    """A snake_case prop name as its camelCase values key (``service_port`` -> ``servicePort``)."""
    if name in RENAMED_KEYS:
        return RENAMED_KEYS[name]
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _prefix_table(role: str | None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for prop, values in PROP_PREFIXES.items():
        if "{pool}" in prop:
            rows += [(prop.replace("{pool}", cls), values.replace("{role}", r)) for cls, r in _POOL_CLASSES.items()]
        elif "{role}" in values:
            if role:
                rows.append((prop, values.replace("{role}", role)))
        else:
            rows.append((prop, values))
    return sorted(rows, key=lambda row: len(row[0]), reverse=True)


def values_path(path: str, role: str | None = None) -> str:
    """The values path of a prop path (unchanged when no prefix matches: it is a values path already)."""
    for prop, values in _prefix_table(role):
        if path == prop or path.startswith(prop + ".") or path.startswith(prop + "["):
            rest = _SEGMENT.sub(lambda m: camel(m.group(1)), path[len(prop):])
            joined = values + rest
            return joined.removeprefix(".")
    return path


def rewrite(error: ModelServiceError, role: str | None = None, prefix: str = "") -> ModelServiceError:
    """``error`` with every prop path rewritten to its values path; ``prefix`` replaces the leading
    ``{role}.containers`` style index where the caller knows it (e.g. ``decode.containers[0]``)."""
    problems = []
    for problem in error.problems:
        path = values_path(problem.path, role)
        if prefix and path.startswith(f"{role}.containers") and not path.startswith(prefix):
            path = prefix + path[len(f"{role}.containers"):]
        problems.append(Problem(path, problem.message))
    return ModelServiceError(problems)
