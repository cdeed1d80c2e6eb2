"""The default app (main.py): synthesizes cleanly, is schema-valid and matches our golden snapshot.

Regenerate the snapshot on purpose with ``UPDATE_GOLDEN=1 make test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

from modelservice_constructs.validation import validate_objects

GOLDEN = Path(__file__).parent / "golden" / "default-app.k8s.yaml"


def test_default_app_synthesizes_the_golden_snapshot(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}
    env["CDK8S_OUTDIR"] = str(tmp_path)
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", "a clean synth prints nothing"
    [output] = list(tmp_path.glob("*.k8s.yaml"))
    text = output.read_text()
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text)
    assert text == GOLDEN.read_text()
    objects = [o for o in yaml.safe_load_all(text) if o]
    # the whole stack: P/D pools, their InferencePool and the router (picker, its RBAC, configuration, Envoy)
    assert {o["kind"] for o in objects} == {"ServiceAccount", "Deployment", "NetworkPolicy", "InferencePool", "Role",
                                            "RoleBinding", "ConfigMap", "Service"}
    assert {o["metadata"]["name"] for o in objects if o["kind"] == "Deployment"} == {
        "cpu-sim-decode", "cpu-sim-prefill", "cpu-sim-epp"}
    assert validate_objects(objects) == []
