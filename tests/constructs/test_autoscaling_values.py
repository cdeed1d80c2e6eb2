"""Our own values keys (off by default): disaggregatedSet and <role>.autoscaling.engine through `template`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template
from modelservice_constructs.validation import validate_objects

VALUES = """
disaggregatedSet:
  enabled: true
  placement: {type: ExclusiveTopology, topology: nvidia.com/gpu.clique}
decode:
  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
  autoscaling:
    enabled: true
    engine: keda
    maxReplicas: 6
    prometheusAddress: http://prometheus:9090
    metrics: [{queueLength: 8}, {kvCacheUsage: 0.75}]
prefill:
  create: true
  autoscaling:
    enabled: true
    engine: keda
    maxReplicas: 3
    metrics: [{follow: {role: decode, podsPerReplica: 2}}]
"""


def _render(tmp_path: Path, text: str, *sets: str) -> list[dict[str, Any]]:
    values = tmp_path / "values.yaml"
    values.write_text(text)
    return [o for o in yaml.safe_load_all(template("demo", [str(values)], list(sets))) if o]


def test_chart_autoscaling_enabled_alone_emits_no_autoscaler(tmp_path: Path) -> None:
    objects = _render(tmp_path, "decode: {autoscaling: {enabled: true}}\n")
    assert {o["kind"] for o in objects} == {"ServiceAccount", "Deployment"}


def test_disaggregated_set_and_keda_from_values(tmp_path: Path) -> None:
    objects = _render(tmp_path, VALUES)
    assert validate_objects(objects) == []
    [ds] = [o for o in objects if o["kind"] == "DisaggregatedSet"]
    assert ds["spec"]["placementPolicy"] == {"type": "ExclusiveTopology", "topology": "nvidia.com/gpu.clique"}
    roles = {r["name"]: r for r in ds["spec"]["roles"]}
    assert roles["decode"]["scaling"] == {"mode": "External"}
    assert roles["decode"]["spec"]["rolloutStrategy"]["rollingUpdateConfiguration"] == {"maxSurge": 1,
                                                                                        "maxUnavailable": 0}
    scaled = {o["metadata"]["name"]: o["spec"] for o in objects if o["kind"] == "ScaledObject"}
    name = ds["metadata"]["name"]
    assert scaled[f"{name}-decode"]["scaleTargetRef"]["name"] == f"{name}-decode"
    assert [t["type"] for t in scaled[f"{name}-decode"]["triggers"]] == ["prometheus", "prometheus"]
    assert scaled[f"{name}-prefill"]["triggers"][0]["type"] == "kubernetes-workload"


def test_hpa_from_values(tmp_path: Path) -> None:
    objects = _render(tmp_path, "decode: {autoscaling: {enabled: true, engine: hpa, maxReplicas: 4, "
                                "metrics: [{cpuUtilization: 70}]}}\n")
    [hpa] = [o for o in objects if o["kind"] == "HorizontalPodAutoscaler"]
    assert hpa["spec"]["scaleTargetRef"]["kind"] == "Deployment"
    assert "replicas" not in next(o for o in objects if o["kind"] == "Deployment")["spec"]


@pytest.mark.parametrize(("text", "message"), [
    ("decode: {autoscaling: {enabled: true, engine: keda, maxReplicas: 2, metrics: [{queueLength: 4}]}}\n",
     r"decode\.autoscaling\.prometheusAddress: KEDA reads"),
    ("decode: {autoscaling: {enabled: true, engine: hpa, maxReplicas: 2, metrics: [{qeueLength: 4}]}}\n",
     r"decode\.autoscaling\.metrics\[0\]\.qeueLength: unknown key"),
    ("decode: {autoscaling: {enabled: true, engine: hpa, metrics: [{queueLength: 4}]}}\n",
     r"^decode\.autoscaling\.maxReplicas: is required with autoscaling\.engine 'hpa'$"),
    ("disaggregatedSet: {enabled: true, slices: 2}\ndecode: {autoscaling: {enabled: true, engine: hpa, "
     "maxReplicas: 2, metrics: [{queueLength: 4}]}}\n", r"decode\.autoscaling: .*2 slices"),
    ("disaggregatedSet: {enabled: true}\nprefill: {create: true, replicas: 0}\n",
     r"prefill\.replicas: the roles of a DisaggregatedSet"),
    ("disaggregatedSet: {enabled: true, placement: {type: ExclusiveSlice}}\n",
     r"disaggregatedSet\.placement\.topology: placement ExclusiveSlice needs a topology key"),
])
def test_fails_bad_values(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        _render(tmp_path, text)
