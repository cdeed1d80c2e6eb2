"""The command line: exit codes, stdout and stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

from modelservice_constructs.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "modelservice_constructs", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def _run_console_script(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed ``modelservice`` command, without the jsii silencing variable in its environment."""
    env = {k: v for k, v in os.environ.items() if k != "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}
    command = Path(sys.executable).with_name("modelservice")
    return subprocess.run([str(command), *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def test_help_prints_only_the_usage_and_never_starts_node() -> None:
    result = _run_console_script("--help")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith("usage: modelservice")
    code = ("import contextlib, io, sys\n"
            "from modelservice_constructs.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    main(['template', '--help'])\n"
            "print('jsii' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout == "False\n"


def test_template_prints_nothing_on_stderr(tmp_path: Path) -> None:
    result = _run_console_script("template", "demo", "--validate")
    assert result.returncode == 0
    assert result.stderr == ""
    (tmp_path / "out.yaml").write_text(result.stdout)
    result = _run_console_script("validate", str(tmp_path / "out.yaml"))
    assert result.returncode == 0
    assert result.stderr == "3 objects valid\n"


def test_failing_runs_print_only_our_error_lines(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("kind: Deployment\n")
    for args in (["template", "demo", "--set", "accelerator.type=nvidai"], ["validate", str(tmp_path / "bad.yaml")],
                 ["template"]):
        result = _run_console_script(*args)
        assert result.returncode == 1, args
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert lines and all(line.startswith(("error: ", "usage: ", "  ")) for line in lines), lines


def test_template_with_chart_defaults_prints_service_account_and_pools(capsys: object) -> None:
    assert main(["template", "demo"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    objects = [o for o in yaml.safe_load_all(out) if o]
    assert [(o["kind"], o["metadata"]["name"]) for o in objects] == [
        ("ServiceAccount", "demo-llm-d-modelservice"),
        ("Deployment", "demo-llm-d-modelservice-decode"),
        ("Deployment", "demo-llm-d-modelservice-prefill"),
    ]
    assert all(o["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "modelservice-constructs"
               for o in objects)


def test_bad_input_exits_1_with_problems_on_stderr_and_nothing_on_stdout(tmp_path: Path) -> None:
    values = tmp_path / "values.yaml"
    values.write_text("decode:\n  containers:\n  - name: vllm\n    modelCommand: vllmserve\n    image: x\n")
    result = _run("template", "demo", "-f", str(values), "--set", "accelerator.type=nvidai")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert any("accelerator.type" in line and "nvidai" in line for line in lines)


def test_malformed_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    values = tmp_path / "broken.yaml"
    values.write_text("decode:\n  replicas: [1\n")
    result = _run("template", "demo", "-f", str(values))
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(values) in result.stderr and "line" in result.stderr


def test_usage_errors_exit_1() -> None:
    result = _run("template")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "RELEASE" in result.stderr


def test_output_is_byte_identical_across_runs() -> None:
    first = _run("template", "demo", "--set", "multinode=true")
    second = _run("template", "demo", "--set", "multinode=true")
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_validate_command_accepts_valid_and_rejects_invalid_manifests(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(_run("template", "demo").stdout)
    result = _run("validate", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "3 objects valid"
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n"
                   "spec: {replicas: '2', selector: {}, template: {}}\n")
    result = _run("validate", str(good), str(bad))
    assert result.returncode == 1
    assert "Deployment/x spec.replicas" in result.stderr and "'2'" in result.stderr


def test_validate_range_checks_int32_fields_and_ports(tmp_path: Path) -> None:
    pod = {"containers": [{"name": "c", "image": "i", "ports": [{"containerPort": 70000}]}]}
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
                  "spec": {"replicas": 3000000000, "selector": {"matchLabels": {"a": "b"}},
                           "template": {"metadata": {"labels": {"a": "b"}}, "spec": pod}}}
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(deployment))
    result = _run("validate", str(path))
    assert result.returncode == 1
    assert "Deployment/x spec.replicas: 3000000000 does not fit an int32 (-2147483648 to 2147483647)" in result.stderr
    deployment["spec"]["replicas"] = 3
    path.write_text(yaml.safe_dump(deployment))
    result = _run("validate", str(path))
    assert "Deployment/x spec.template.spec.containers[0].ports[0].containerPort: 70000 is not a port number " \
           "(1-65535)" in result.stderr


def test_template_validate_flag_checks_the_output() -> None:
    result = _run("template", "demo", "--validate", "--set", "decode.replicas=2")
    assert result.returncode == 0, result.stderr
    assert "kind: Deployment" in result.stdout
