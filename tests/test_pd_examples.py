"""The P/D examples (standalone router and Gateway) synthesize, validate and follow their release."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, by_kind, one

from modelservice_constructs import LlmdRelease
from modelservice_constructs.validation import validate_objects


def _run(example: str, out: Path) -> dict[str, list[dict[str, Any]]]:
    env = {**os.environ, "CDK8S_OUTDIR": str(out)}
    result = subprocess.run([sys.executable, f"examples/{example}.py"], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    return {p.name.removesuffix(".k8s.yaml"): [o for o in yaml.safe_load_all(p.read_text()) if o]
            for p in sorted(out.glob("*.k8s.yaml"))}


def _image(objects: list[dict[str, Any]], deployment: str, container: int = 0, init: bool = False) -> str:
    pod = one(objects, "Deployment", deployment)["spec"]["template"]["spec"]
    image: str = pod["initContainers" if init else "containers"][container]["image"]
    return image


@pytest.mark.parametrize(("example", "kinds"), [
    ("pd_standalone", {"ServiceAccount", "Deployment", "PodDisruptionBudget", "InferencePool", "Role",
                       "RoleBinding", "ConfigMap", "Service"}),
    ("pd_gateway", {"ServiceAccount", "Deployment", "PodDisruptionBudget", "InferencePool", "Role", "RoleBinding",
                    "ConfigMap", "Service", "HTTPRoute", "InferenceObjective"}),
])
def test_pd_example_for_two_releases(example: str, kinds: set[str], tmp_path: Path) -> None:
    charts = _run(example, tmp_path)
    name = example.replace("_", "-")
    assert set(charts) == {name, f"{name}-v0-9"}
    for chart, release in ((name, LlmdRelease.latest()), (f"{name}-v0-9", LlmdRelease.v0_9())):
        objects = charts[chart]
        assert validate_objects(objects) == []
        assert {o["kind"] for o in objects} == kinds
        assert _image(objects, "qwen-epp") == release.epp_image
        assert _image(objects, "qwen-decode", init=True) == release.sidecar_image
        config = yaml.safe_load(one(objects, "ConfigMap", "qwen-epp")["data"]["epp-config.yaml"])
        assert config["apiVersion"] == release.epp_config_api_version
        assert "prefix-based-pd-decider" in [p["type"] for p in config["plugins"]]
        for objective in by_kind(objects, "InferenceObjective"):
            assert objective["apiVersion"] == release.objectives_api_version
        if example == "pd_standalone":
            ports = one(objects, "Service", "qwen-epp")["spec"]["ports"]
            assert {"name": "http", "protocol": "TCP", "port": 80, "targetPort": 8081} in ports
