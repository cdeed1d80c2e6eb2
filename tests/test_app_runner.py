"""Apps run through modelservice_constructs.app: bad input is reported, not raised, and leaves no output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cdk8s import App, Chart
from conftest import ROOT

from modelservice_constructs import (
    DecodePool,
    InferencePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
)
from modelservice_constructs.app import synth

MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m")


def test_a_good_app_is_written(tmp_path: Path) -> None:
    def build(app: App) -> None:
        server = ModelServer(Chart(app, "opt"), "Model", name="opt", model=MODEL)
        DecodePool(server, "Decode", containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.3.0")])

    assert synth(build, str(tmp_path / "out")) == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["opt.k8s.yaml"]


def test_bad_input_is_reported_without_traceback_and_no_output(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    def build(app: App) -> None:
        server = ModelServer(Chart(app, "opt"), "Model", name="opt", model=MODEL)
        DecodePool(server, "Decode", parallelism=Parallelism(tensor=0), containers=[])

    with pytest.raises(ModelServiceError):  # the constructs raise ...
        build(App())
    assert synth(build, str(tmp_path / "out")) == 1  # ... and the runner reports
    assert not (tmp_path / "out").exists()
    assert capsys.readouterr().err == "error: Parallelism.tensor: must be a positive integer, got 0\n"


def test_failed_validation_at_synth_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def build(app: App) -> None:
        chart = Chart(app, "opt")
        InferencePool(chart, "Pool", server=ModelServer(chart, "Model", name="opt", model=MODEL))

    assert synth(build, str(tmp_path / "out")) == 1
    assert not (tmp_path / "out").exists()
    err = capsys.readouterr().err
    assert err.startswith("error: opt/Pool: InferencePool 'opt-pool' selector") and "no decode or prefill" in err


def test_failing_cdk8s_synth_leaves_no_partial_dist(tmp_path: Path) -> None:
    app_file = tmp_path / "broken.py"
    app_file.write_text((ROOT / "main.py").read_text().replace('image=SIMULATOR', 'image=""'))
    env = {**os.environ, "CDK8S_OUTDIR": str(tmp_path / "dist")}
    result = subprocess.run([sys.executable, str(app_file)], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "ModelContainer.image: an image is required" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_a_folder_that_existed_before_is_not_removed(tmp_path: Path) -> None:
    keep = tmp_path / "out" / "keep.txt"
    keep.parent.mkdir()
    keep.write_text("mine")

    def build(app: App) -> None:
        ModelServer(Chart(app, "opt"), "Model", name="Bad_Name", model=MODEL)

    assert synth(build, str(tmp_path / "out")) == 1
    assert keep.read_text() == "mine"


@pytest.mark.parametrize("stdout", [False, True], ids=["dist", "stdout"])
def test_cdk8s_synth_of_a_bad_app_prints_our_errors_and_one_cli_line(tmp_path: Path, stdout: bool) -> None:
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.skip("node_modules/ is not installed (make setup)")
    (tmp_path / "main.py").write_text((ROOT / "main.py").read_text().replace("image=SIMULATOR", 'image=""'))
    (tmp_path / "cdk8s.yaml").write_text(f"language: python\napp: {sys.executable} main.py\noutput: dist\n")
    env = {k: v for k, v in os.environ.items()
           if k not in {"CDK8S_OUTDIR", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}}
    result = subprocess.run([str(cli), "synth", *(["--stdout"] if stdout else [])], cwd=tmp_path, capture_output=True,
                            text=True, env={**env, "CDK8S_CHECK_UPGRADE": "false"}, check=False)
    assert result.returncode == 1
    error, cli_line = result.stderr.splitlines()
    assert error == "error: ModelContainer.image: an image is required, got ''"
    assert cli_line.startswith("ERROR: synthesis failed, app expected to create ")
    assert cli_line.endswith('"dist"') if not stdout else "cdk8s-" in cli_line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdk8s.yaml", "main.py"]
