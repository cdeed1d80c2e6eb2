"""Each typed import synthesizes an object that validates against its schema."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart
from conftest import SHARED, Synth, missing_shared

from modelservice_constructs.objects import api_object
from modelservice_constructs.validation import custom_resource_kinds, validate_object

POD = {"containers": [{"name": "vllm", "image": "vllm/vllm-openai:v0.11.0",
                       "resources": {"limits": {"cpu": 2, "memory": "8Gi"}}}]}


def _lws_spec() -> dict[str, Any]:
    return {"replicas": 2, "leaderWorkerTemplate": {"size": 2, "workerTemplate": {"spec": POD}}}


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("io.x_k8s.leaderworkerset", "LeaderWorkerSet", {"spec": _lws_spec()}),
    ("io.x_k8s.disaggregatedset", "DisaggregatedSet", {"spec": {"roles": [
        {"name": "prefill", "spec": {"leaderWorkerTemplate": {"size": 1, "workerTemplate": {"spec": POD}}}},
        {"name": "decode", "spec": {"leaderWorkerTemplate": {"size": 2, "workerTemplate": {"spec": POD}}}},
    ]}}),
    ("com.coreos.monitoring", "PodMonitor", {"spec": {
        "selector": {"matchLabels": {"llm-d.ai/role": "decode"}},
        "podMetricsEndpoints": [{"port": "metrics", "path": "/metrics", "interval": "30s",
                                 "relabelings": [{"action": "replace", "targetLabel": "x"}]}]}}),
    ("io.k8s.networking.inference", "InferencePool", {"spec": {
        "selector": {"matchLabels": {"llm-d.ai/inference-serving": "true"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "epp", "port": {"number": 9002}, "failureMode": "FailClose"}}}),
    ("io.k8s.networking.gateway", "HttpRoute", {"spec": {
        "parentRefs": [{"name": "gateway", "sectionName": "http"}],
        "rules": [{"backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool",
                                    "name": "pool", "port": 8000}],
                   "timeouts": {"request": "300s"}}]}}),
    ("apps", "Deployment", {"spec": {
        "replicas": 1, "selector": {"matchLabels": {"app": "x"}},
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": 0}},
        "template": {"metadata": {"labels": {"app": "x"}}, "spec": {
            **POD,
            "resourceClaims": [{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}],
            "volumes": [{"name": "model", "image": {"reference": "quay.io/m/opt:1", "pullPolicy": "Always"}}],
        }}}}),
    ("apps", "ReplicaSet", {"spec": {
        "replicas": 1, "selector": {"matchLabels": {"app": "x"}},
        "template": {"metadata": {"labels": {"app": "x"}}, "spec": POD}}}),
    ("io.k8s.resource", "ResourceClaimTemplate", {"spec": {"spec": {"devices": {"requests": [
        {"name": "gpu", "exactly": {"deviceClassName": "gpu.nvidia.com", "count": 2}}]}}}}),
    ("io.k8s.resource", "ResourceClaim", {"spec": {"devices": {"requests": [
        {"name": "gpu", "exactly": {"deviceClassName": "gpu.nvidia.com"}}]}}}),
    ("io.k8s.resource", "DeviceClass", {"spec": {"selectors": [
        {"cel": {"expression": "device.driver == 'gpu.nvidia.com'"}}]}}),
]


@pytest.mark.parametrize(("module", "kind", "body"), CASES, ids=[c[1] for c in CASES])
def test_typed_import_synthesizes_a_schema_valid_object(chart: Chart, synth: Synth, module: str, kind: str,
                                                         body: dict[str, Any]) -> None:
    cls = getattr(__import__(f"modelservice_constructs.imports.{module}", fromlist=[kind]), kind)
    api_object(chart, "Object", cls, {"metadata": {"name": "example"}, **body})
    [manifest] = synth(chart)
    assert manifest["metadata"]["name"] == "example"
    assert manifest["kind"].lower() == kind.lower()
    assert validate_object(manifest) == []


def test_quantities_and_int_or_string_keep_their_values(chart: Chart, synth: Synth) -> None:
    from modelservice_constructs.imports.apps import Deployment

    spec = CASES[5][2]["spec"]
    api_object(chart, "Object", Deployment, {"metadata": {"name": "d"}, "spec": spec})
    [manifest] = synth(chart)
    assert manifest["spec"]["strategy"]["rollingUpdate"] == {"maxSurge": "25%", "maxUnavailable": 0}
    assert manifest["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"] == \
        {"cpu": 2, "memory": "8Gi"}


def test_schema_validation_rejects_an_unknown_field() -> None:
    problems = validate_object({"apiVersion": "leaderworkerset.x-k8s.io/v1", "kind": "LeaderWorkerSet",
                                "metadata": {"name": "x"}, "spec": {**_lws_spec(), "sise": 3}})
    assert problems and "sise" in str(problems[0])
    problems = validate_object({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
                                "spec": {"selector": {}, "template": {"spec": {"containers": "no"}}}})
    assert problems and "containers" in str(problems[0])


@pytest.mark.skipif(not (SHARED / "crds").is_dir(), reason=missing_shared("crds"))
def test_pinned_crd_schemas_are_the_shared_reference_copies() -> None:
    from modelservice_constructs.validation import _crd_schemas

    assert ("leaderworkerset.x-k8s.io/v1", "LeaderWorkerSet") in custom_resource_kinds()
    names = sorted(p.name for p in (SHARED / "crds").glob("*.yaml"))
    from pathlib import Path

    ours = Path(__file__).resolve().parent.parent / "schemas" / "crds"
    for name in names:
        assert (ours / name).read_bytes() == (SHARED / "crds" / name).read_bytes(), name
    assert len(_crd_schemas()) >= len(names)
