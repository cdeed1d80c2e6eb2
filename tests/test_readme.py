"""The README's usage example runs and does what the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT


def test_usage_example_synthesizes_what_the_readme_describes(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    usage = readme[readme.index("## Usage"):]
    code = re.search(r"```python\n(.*?)```", usage, re.S)
    assert code is not None
    script = tmp_path / "usage.py"
    script.write_text(code.group(1))  # cdk8s imported first, on the setup's Node: nothing on stderr
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}
    env["CDK8S_OUTDIR"] = str(tmp_path / "dist")
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    objects = [o for o in yaml.safe_load_all((tmp_path / "dist" / "llama.k8s.yaml").read_text()) if o]
    decode = next(o for o in objects if o["metadata"]["name"] == "llama-decode")
    pod = decode["spec"]["template"]["spec"]
    assert pod["initContainers"][0]["args"][:2] == ["--port=8000", "--model-server-port=8200"]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "2"
    assert decode["spec"]["replicas"] == 2
    assert result.stdout == "" and result.stderr == ""

    # a mistake in it is one line naming the prop, not a traceback, and leaves no output
    script.write_text(script.read_text().replace('size="40Gi"', 'size="40 GB"'))
    failed = subprocess.run([sys.executable, str(script)], cwd=ROOT, env={**env, "CDK8S_OUTDIR": str(tmp_path / "bad")},
                            capture_output=True, text=True, check=False)
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.startswith("error: ModelArtifacts.size: ") and len(failed.stderr.splitlines()) == 1
    assert not (tmp_path / "bad").exists()


def test_testing_section_example_passes_under_pytest(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Testing your app"):]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    (tmp_path / "test_example.py").write_text(code.group(1))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_example.py"],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout and "warning" not in result.stdout.lower(), result.stdout


def test_the_setup_runs_cdk8s_on_a_supported_node() -> None:
    """package.json's Node (first on PATH for make and the tests) is one the jsii runtime supports, so it prints
    no end-of-life banner whatever is imported first."""
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout
    assert int(version.lstrip("v").split(".")[0]) in (22, 24)
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}
    result = subprocess.run([sys.executable, "-c", "import cdk8s; cdk8s.App(); import modelservice_constructs"],
                            env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stderr == ""
