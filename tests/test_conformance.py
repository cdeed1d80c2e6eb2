"""Golden conformance: every example of the chart through `template`, compared with what the chart renders."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES, ROOT, SHARED, requires_shared

from modelservice_constructs.cli import template
from modelservice_constructs.validation import validate_objects


def _cases() -> list[dict[str, Any]]:
    path = EXAMPLES / "cases.yaml"
    return yaml.safe_load(path.read_text()) if path.is_file() else []


def _compare() -> Any:
    sys.path.insert(0, str(SHARED / "conformance"))
    from compare import compare_texts

    return compare_texts


def _render(case: dict[str, Any]) -> str:
    return template(case["release"], [str(EXAMPLES / case["values"])], case.get("set", []))


@requires_shared
@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["release"])
def test_golden_case_matches_the_chart(case: dict[str, Any]) -> None:
    expected = (EXAMPLES / case["output"]).read_text()
    problems = _compare()(expected, _render(case))
    assert problems == []


@requires_shared
@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["release"])
def test_golden_case_output_is_schema_valid(case: dict[str, Any]) -> None:
    objects = [o for o in yaml.safe_load_all(_render(case)) if o]
    assert objects
    assert validate_objects(objects) == []


@requires_shared
def test_comparison_notices_a_difference() -> None:
    case = next(c for c in _cases() if c["release"] == "pd")
    output = template("pd", [str(EXAMPLES / case["values"])], ["decode.replicas=3"])
    problems = _compare()((EXAMPLES / case["output"]).read_text(), output)
    assert problems == ["apps/v1/Deployment/pd-llm-d-modelservice-decode $.spec.replicas: expected 1, got 3"]


@requires_shared
def test_command_line_prints_the_golden_case() -> None:
    case = next(c for c in _cases() if c["release"] == "cpu-sim")
    result = subprocess.run(
        [sys.executable, "-m", "modelservice_constructs", "template", "cpu-sim", "-f", str(EXAMPLES / case["values"])],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert _compare()((EXAMPLES / case["output"]).read_text(), result.stdout) == []
