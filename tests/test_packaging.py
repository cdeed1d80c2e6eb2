"""Packaging: dependency ranges and pins, the public names, and the wheel used outside the repository."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import modelservice_constructs

CDK8S_CLI = ROOT / "node_modules" / ".bin" / "cdk8s"


def _project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]  # type: ignore[no-any-return]


def _pins() -> dict[str, str]:
    """constraints.txt as canonical name -> exact version."""
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


def test_runtime_dependencies_are_ranges_not_pins() -> None:
    for spec in _project()["dependencies"]:
        requirement = Requirement(spec)
        operators = {s.operator for s in requirement.specifier}
        assert ">=" in operators and "==" not in operators, f"{spec}: declare a tested lower bound, not a pin"


def test_every_dependency_is_pinned_in_constraints_within_its_range() -> None:
    pins = _pins()
    for spec in [*_project()["dependencies"], *_project()["optional-dependencies"]["dev"]]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} has no pin in constraints.txt"
        assert requirement.specifier.contains(pins[name]), f"constraints.txt pins {name}=={pins[name]} outside {spec}"


def test_the_environment_runs_the_pinned_versions() -> None:
    from importlib import metadata

    for spec in _project()["dependencies"]:
        name = Requirement(spec).name
        assert metadata.version(name) == _pins()[canonicalize_name(name)], f"{name}: run `make setup`"


def test_public_names_resolve_lazily_from_their_modules() -> None:
    modules = modelservice_constructs._MODULES
    assert sorted(modelservice_constructs.__all__) == sorted(modules)
    for name, module in modules.items():
        value = getattr(modelservice_constructs, name)
        assert value is getattr(importlib.import_module(f"modelservice_constructs.{module}"), name), name
        assert value.__module__.startswith(f"modelservice_constructs.{module}"), name
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        modelservice_constructs.Nope  # noqa: B018


def test_importing_the_package_and_the_cli_does_not_start_node() -> None:
    code = ("import sys, modelservice_constructs, modelservice_constructs.cli\n"
            "print(sorted(m for m in ('jsii', 'cdk8s', 'constructs') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- the wheel, outside the repository -------------------------------------------------------------


def _readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index(f"## {title}")
    end = readme.find("\n## ", start + 1)
    return readme[start:end if end > 0 else None]


def _block(section: str, language: str) -> str:
    found = re.search(rf"^( *)```{language}\n(.*?)^\1```", section, re.S | re.M)
    assert found is not None, f"no {language} block"
    indent = len(found.group(1))
    return "".join(line[indent:] for line in found.group(2).splitlines(keepends=True))


def _lowest_versions(wheel: Path) -> list[str]:
    """The runtime requirements of the wheel, each pinned to its lower bound."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(metadata).decode().splitlines()
    pins = []
    for line in lines:
        if line.startswith("Requires-Dist:") and "extra ==" not in line:
            requirement = Requirement(line.split(":", 1)[1].strip())
            lower = next(s.version for s in requirement.specifier if s.operator == ">=")
            pins.append(f"{requirement.name}=={lower}")
    return pins


def _run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            check=False, timeout=900)
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
def test_wheel_installed_elsewhere_synthesizes_the_readme_project(tmp_path: Path) -> None:
    """Build the sdist and the wheel from it, install the wheel into a fresh virtual environment with every
    runtime dependency at its lower bound, and run the README's own cdk8s project with the pinned cli."""
    if not CDK8S_CLI.exists():
        pytest.skip("node_modules/ is not installed (make setup)")
    env = {k: v for k, v in os.environ.items()
           if k not in {"PIP_CONSTRAINT", "PYTHONPATH", "VIRTUAL_ENV", "CDK8S_OUTDIR",
                        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"}}
    env |= {"CDK8S_CHECK_UPGRADE": "false", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}

    # The sdist, and the wheel built from it, with this environment's (pinned) setuptools.
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp_path / "dist", ROOT], ROOT, env)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        files = set(archive.namelist())
    for root, folder in (("modelservice_constructs", "modelservice_constructs"),
                         ("modelservice_constructs/imports", "imports"),
                         ("modelservice_constructs/schemas", "schemas"),
                         ("modelservice_constructs/examples", "examples"),
                         ("modelservice_constructs/docs", "docs")):
        for source in (ROOT / folder).rglob("*"):
            if source.is_file() and source.suffix in {".py", ".tgz", ".yaml", ".typed", ".json", ".md"} \
                    and "__pycache__" not in source.parts:
                assert f"{root}/{source.relative_to(ROOT / folder).as_posix()}" in files, source

    project = tmp_path / "project"
    project.mkdir()
    _run([sys.executable, "-m", "venv", project / ".venv"], project, env)
    python = project / ".venv" / "bin" / "python"
    _run([python, "-m", "pip", "install", "--quiet", wheel, *_lowest_versions(wheel)], project, env)

    section = _readme_section("Use it in your own cdk8s project")
    (project / "cdk8s.yaml").write_text(_block(section, "yaml"))
    (project / "main.py").write_text(_block(section, "python"))
    located = _run([python, "-c", "import modelservice_constructs; print(modelservice_constructs.__file__)"],
                   project, env)
    assert located.stdout.startswith(str(project / ".venv")), located.stdout

    synth = _run([CDK8S_CLI, "synth"], project, env)
    assert synth.stderr == ""
    assert "dist/llama.k8s.yaml" in synth.stdout
    objects = [o for o in yaml.safe_load_all((project / "dist" / "llama.k8s.yaml").read_text()) if o]
    assert [(o["kind"], o["metadata"]["name"]) for o in objects] == [
        ("ServiceAccount", "llama"), ("LeaderWorkerSet", "llama-decode")]
    lws = objects[1]["spec"]
    assert lws["startupPolicy"] == "LeaderReady"
    assert lws["leaderWorkerTemplate"]["size"] == 2

    validate = _run([project / ".venv" / "bin" / "modelservice", "validate", "dist/llama.k8s.yaml"], project, env)
    assert validate.stderr == "2 objects valid\n"

    # the examples and the documented checks come with the package
    example = _run([python, "-m", "modelservice_constructs.examples.pd_standalone"], project,
                   env | {"CDK8S_OUTDIR": str(project / "examples")})
    assert example.stderr == "" and (project / "examples" / "pd-standalone.k8s.yaml").is_file()
    checks = _run([python, "-c", "from importlib import resources; "
                   "print(resources.files('modelservice_constructs.docs').joinpath('checks.md').read_text()[:8])"],
                  project, env)
    assert checks.stdout == "# Checks\n"
