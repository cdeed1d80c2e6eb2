"""Shared fixtures: an App, a Chart in it, and a synth helper returning plain manifests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# The project's own Node (package.json: Node 24) for the jsii runtime cdk8s starts, as make runs it.
os.environ["PATH"] = os.pathsep.join([str(Path(__file__).resolve().parent.parent / "node_modules" / ".bin"),
                                      os.environ["PATH"]])
# Testing.app() makes a cdk8s.outdir.* folder in node's temporary folder for every app: point node
# (started by the cdk8s import below) at a folder of this run, removed when the run ends. Python's own
# temporary folder (pytest's tmp_path) stays where it is: mkdtemp looks it up, and caches it, first.
os.environ["TMPDIR"] = tempfile.mkdtemp(prefix="modelservice-tests-")

import pytest
from cdk8s import App, Chart
from cdk8s import Testing as Cdk8sTesting  # renamed so pytest does not collect it

from modelservice_constructs.validation import validate_objects

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "upstream" / "examples"

NODE_TMPDIR = os.environ["TMPDIR"]


def missing_shared(part: str) -> str:
    """The reason a test that reads ``../shared/<part>`` is skipped where it is absent."""
    return (f"../shared/{part} is not present: ../shared is the project's reference data (the llm-d-modelservice "
            "chart v0.4.12's defaults, schema and rendered examples, pinned CRDs, the llm-d guides, upstream's sample "
            "endpoint-picker configs), laid beside the repository where CI runs; a checkout without it skips this")


requires_shared = pytest.mark.skipif(not (SHARED / "upstream").is_dir(), reason=missing_shared("upstream"))


@pytest.fixture(scope="session", autouse=True)
def _remove_node_tmpdir() -> Iterator[None]:
    yield
    shutil.rmtree(NODE_TMPDIR, ignore_errors=True)


@pytest.fixture
def app() -> App:
    return Cdk8sTesting.app()


@pytest.fixture
def chart(app: App) -> Chart:
    return Chart(app, "test")


Synth = Callable[[Chart], list[dict[str, Any]]]


@pytest.fixture
def synth() -> Synth:
    """Synthesize a chart into its list of manifests, each checked against its schema
    (Kubernetes 1.34 strict or the pinned CRD) as ``modelservice validate`` does."""

    def run(chart: Chart) -> list[dict[str, Any]]:
        manifests = list(Cdk8sTesting.synth(chart))
        assert validate_objects(manifests) == []
        return manifests

    return run


def by_kind(manifests: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The manifests of one kind."""
    return [m for m in manifests if m["kind"] == kind]


def one(manifests: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    """The single manifest of ``kind`` (and ``name``)."""
    found = [m for m in by_kind(manifests, kind) if name is None or m["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def synth_problems(chart: Chart, synth: Synth) -> list[str]:
    """The messages of the problems the constructs report when ``chart`` is synthesized (which must fail)."""
    from modelservice_constructs.app import validation_problems

    with pytest.raises(RuntimeError) as caught:
        synth(chart)
    found = validation_problems(caught.value)
    assert found is not None, str(caught.value)
    return [p.message for p in found]
