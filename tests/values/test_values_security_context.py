"""Security-context fields at the wrong level: the chart renders them and a cluster rejects the pod, so
the values are refused with a message that names the level the field belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template

POD_ONLY = [("fsGroup", 1000), ("fsGroupChangePolicy", "OnRootMismatch"), ("supplementalGroups", [4000]),
            ("supplementalGroupsPolicy", "Strict"), ("sysctls", [{"name": "net.core.somaxconn", "value": "1024"}]),
            ("seLinuxChangePolicy", "Recursive")]
CONTAINER_ONLY = [("privileged", True), ("allowPrivilegeEscalation", False),
                  ("capabilities", {"drop": ["ALL"]}), ("readOnlyRootFilesystem", True), ("procMount", "Default")]
VLLM = {"name": "vllm", "image": "vllm/vllm-openai:v0.10.1", "modelCommand": "vllmServe"}


def _problems(values: dict[str, object], tmp_path: Path) -> list[str]:
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(values))
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [str(path)])
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("role", ["decode", "prefill"])
@pytest.mark.parametrize(("field", "value"), POD_ONLY, ids=[f for f, _ in POD_ONLY])
def test_fails_pod_level_field_in_a_container_security_context(
        role: str, field: str, value: object, tmp_path: Path) -> None:
    container = {**VLLM, "securityContext": {"runAsNonRoot": True, field: value}}
    problems = _problems({role: {"containers": [container]}}, tmp_path)
    assert problems == [f"{role}.containers[0].securityContext.{field}: is a pod-level field that a container "
                        f"securityContext does not have, got {value!r}; set it under {role}.podSecurityContext"]


def test_fails_every_pod_level_field_of_a_container_at_once(tmp_path: Path) -> None:
    container = {**VLLM, "securityContext": {"fsGroup": 1000, "supplementalGroups": [4000], "bogus": 1}}
    problems = _problems({"decode": {"containers": [container]}}, tmp_path)
    assert [p.split(":")[0] for p in problems] == [
        "decode.containers[0].securityContext.fsGroup", "decode.containers[0].securityContext.supplementalGroups",
        "decode.containers[0].securityContext.bogus"]
    assert "unknown field" in problems[2]


def test_fails_pod_level_field_in_an_init_container(tmp_path: Path) -> None:
    init = {"name": "setup", "image": "busybox", "securityContext": {"fsGroup": 1000}}
    problems = _problems({"decode": {"initContainers": [init]}}, tmp_path)
    assert problems == ["decode.initContainers[0].securityContext.fsGroup: is a pod-level field that a container "
                        "securityContext does not have, got 1000; set it under decode.podSecurityContext"]


@pytest.mark.parametrize(("field", "value"), CONTAINER_ONLY, ids=[f for f, _ in CONTAINER_ONLY])
def test_fails_container_level_field_in_the_pod_security_context(field: str, value: object, tmp_path: Path) -> None:
    problems = _problems({"prefill": {"podSecurityContext": {field: value}}}, tmp_path)
    assert problems == [f"prefill.podSecurityContext.{field}: is a container-level field that a pod "
                        f"securityContext does not have, got {value!r}; set it in the securityContext of each "
                        "container (prefill.containers[i].securityContext)"]


def test_security_fields_at_their_own_level_render(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump({"decode": {
        "podSecurityContext": {"fsGroup": 1000, "supplementalGroups": [4000]},
        "containers": [{**VLLM, "securityContext": {"runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}}]}}))
    docs = {d["metadata"]["name"]: d for d in yaml.safe_load_all(template("demo", [str(path)])) if d}
    pod = docs["demo-llm-d-modelservice-decode"]["spec"]["template"]["spec"]
    assert pod["securityContext"] == {"fsGroup": 1000, "supplementalGroups": [4000]}
    assert pod["containers"][0]["securityContext"] == {"runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}
