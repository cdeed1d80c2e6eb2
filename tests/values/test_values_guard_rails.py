"""`template` renders the privileges the chart renders (stdout as the chart prints it) and warns about each
on stderr, named by values path."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from modelservice_constructs import ModelServiceWarning
from modelservice_constructs.cli import template

VLLM = {"name": "vllm", "image": "ghcr.io/llm-d/llm-d-cuda:v0.3.0", "modelCommand": "vllmServe"}
CASES = [
    ({"decode": {"containers": [{**VLLM, "securityContext": {"privileged": True}}]}},
     "decode.containers[0].securityContext.privileged: a privileged container"),
    ({"prefill": {"containers": [{**VLLM, "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}}]}},
     "prefill.containers[0].securityContext.capabilities.add: adds capabilities SYS_ADMIN"),
    ({"multinode": True, "decode": {"hostIPC": True}}, "decode.hostIPC: hostIPC shares the node's namespace"),
    ({"multinode": True, "prefill": {"hostPID": True}}, "prefill.hostPID: hostPID shares the node's namespace"),
    ({"decode": {"extraConfig": {"hostNetwork": True}}}, "decode.extraConfig.hostNetwork: hostNetwork shares"),
    ({"decode": {"volumes": [{"name": "metrics-volume", "emptyDir": {}},
                             {"name": "nv", "hostPath": {"path": "/usr/lib/nvidia"}}]}},
     "decode.volumes[1].hostPath: volume 'nv' mounts '/usr/lib/nvidia' of the node"),
    ({"extraObjects": [{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                        "metadata": {"name": "x"}}]},
     "extraObjects[0].kind: ClusterRoleBinding is cluster-scoped"),
    ({"extraObjects": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "other"}}]},
     "extraObjects[0].metadata.namespace: 'other' is not the model's namespace 'default'"),
]


def _write(values: dict[str, object], tmp_path: Path) -> str:
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(values))
    return str(path)


@pytest.mark.parametrize(("values", "message"), CASES, ids=[m.split(":")[0] for _, m in CASES])
def test_template_warns_about_privileges_and_renders_them(values: dict[str, object], message: str,
                                                          tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        output = template("demo", [_write(values, tmp_path)])
    found = [str(w.message) for w in caught if issubclass(w.category, ModelServiceWarning)]
    assert any(text.startswith(message) for text in found), found
    assert output.strip()  # rendered as the chart renders it


def test_template_output_is_what_the_chart_renders(tmp_path: Path) -> None:
    path = _write({"decode": {"containers": [{**VLLM, "securityContext": {"privileged": True}}],
                              "volumes": [{"name": "metrics-volume", "emptyDir": {}},
                                          {"name": "nv", "hostPath": {"path": "/usr/lib/nvidia"}}]}}, tmp_path)
    result = subprocess.run([sys.executable, "-m", "modelservice_constructs", "template", "demo", "-f", path],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith("warning: decode.containers[0].securityContext.privileged:") for line in lines)
    assert any(line.startswith("warning: decode.volumes[1].hostPath:") for line in lines)
    docs = {d["metadata"]["name"]: d for d in yaml.safe_load_all(result.stdout) if d}
    pod = docs["demo-llm-d-modelservice-decode"]["spec"]["template"]["spec"]
    assert pod["containers"][0]["securityContext"] == {"privileged": True}
    assert "automountServiceAccountToken" not in pod and "securityContext" not in pod
    assert {"name": "nv", "hostPath": {"path": "/usr/lib/nvidia"}} in pod["volumes"]
    assert not any(d["kind"] in ("PodDisruptionBudget", "NetworkPolicy") for d in docs.values())
