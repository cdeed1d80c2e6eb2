"""The guide-conformance suite: each example of a guide against the guide's own kustomize recipes, rendered offline
at the pinned commit; every difference is listed with its reason in docs/guides.md (see guides/conformance.py)."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT
from guides.conformance import (
    CASES,
    PICKER_CONFIG,
    Case,
    Difference,
    documented,
    example_objects,
    guide_objects,
    summary,
)
from guides.render import GUIDES

from modelservice_constructs.validation import validate_objects

DOC = ROOT / "docs" / "guides.md"
pytestmark = pytest.mark.skipif(not GUIDES.is_dir(), reason=f"{GUIDES} (llm-d's guides, reference data of "
                                                             "../shared) is not present")

SUMMARY = re.compile(r"^\| [^|]+ \| .+ \| `(?P<example>[^`]+)\.py`(?:, Chart `(?P<chart>[^`]+)`)? \| "
                     r"(?P<numbers>[\d |]+)\|$")


@pytest.fixture(scope="module")
def found() -> dict[str, dict[str, object]]:
    return {case.guide: summary(case) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.guide for c in CASES])
def test_every_difference_has_its_reason_in_the_docs(case: Case, found: dict[str, dict[str, object]]) -> None:
    rows = documented(DOC.read_text())
    differences: list[Difference] = found[case.guide]["differences"]  # type: ignore[assignment]
    assert differences, "the comparison found nothing at all: the pairing is broken"
    assert [str(d) for d in differences if not any(row.covers(d) for row in rows)] == []


def test_every_row_of_the_docs_covers_a_difference(found: dict[str, dict[str, object]]) -> None:
    differences = [d for s in found.values() for d in s["differences"]]  # type: ignore[attr-defined]
    unused = [(r.guide, r.object, r.facet) for r in documented(DOC.read_text())
              if not any(r.covers(d) for d in differences)]
    assert unused == []


def test_the_summary_of_the_docs_is_the_suites(found: dict[str, dict[str, object]]) -> None:
    rows = {(m["example"], m["chart"]): [int(n) for n in m["numbers"].split("|") if n.strip()]
            for line in DOC.read_text().splitlines() if (m := SUMMARY.match(line))}
    for case in CASES:
        figures = found[case.guide]
        differing = len({d.object for d in figures["differences"]  # type: ignore[attr-defined]
                         if d.facet not in ("ours only", "guide only")})
        assert rows[case.example, case.chart] == [figures["guide objects"], figures["our objects"], figures["paired"],
                                      figures["identical"], differing], case.guide


@pytest.mark.parametrize("case", CASES, ids=[c.guide for c in CASES])
def test_each_example_validates_against_schemas_and_cel_rules(case: Case) -> None:
    assert validate_objects([d for d in example_objects(case) if d["kind"] != PICKER_CONFIG]) == []


@pytest.mark.parametrize("case", CASES, ids=[c.guide for c in CASES])
def test_the_guides_picker_configuration_passes_the_release_contract(case: Case) -> None:
    from modelservice_constructs import LlmdRelease
    from modelservice_constructs.component_contracts import epp_config_problems

    [config] = [d["document"] for d in guide_objects(case) if d["kind"] == PICKER_CONFIG]
    errors = [p for p in epp_config_problems(config, LlmdRelease.v0_9().router, "config") if "deprecated" not in
              p.message]
    assert errors == []


def test_a_changed_replica_count_or_flag_is_a_difference(monkeypatch: pytest.MonkeyPatch) -> None:
    from guides import conformance

    case = CASES[1]
    ours = conformance.example_objects(case)
    for doc in ours:
        if doc["kind"] == "Deployment" and doc["metadata"]["name"].endswith("-prefill"):
            doc["spec"]["replicas"] = 7
            doc["spec"]["template"]["spec"]["containers"][0]["args"].append("--block-size=64")
    monkeypatch.setattr(conformance, "example_objects", lambda _: ours)
    lines = [str(d) for d in conformance.differences(case)]
    assert "pd-disaggregation Deployment prefill replicas: guide 8, ours 7" in lines
    assert "pd-disaggregation Deployment prefill vllm --block-size: guide \"128\", ours \"64\"" in lines


def test_the_epp_metrics_guide_scales_on_what_the_picker_metrics_are() -> None:
    """The HPA-on-EPP-metrics page gives its autoscaler as README text (prometheus-adapter rules and an HPA, with
    placeholders): its flow-control gate and the series its rules query are what ``Metric.picker_queue_size`` and
    ``Metric.picker_running_requests`` render for the guides' release, or the series the release deprecates for
    them (docs/guides.md, "The picker's metrics")."""
    from modelservice_constructs.autoscaling import PICKER_METRICS, PICKER_QUEUE_SIZE, PICKER_RUNNING_REQUESTS
    from modelservice_constructs.component_contracts import FLOW_CONTROL_GATE, router_contract

    text = (GUIDES / "workload-autoscaling" / "README.hpa-epp.md").read_text()
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", text, re.S)]
    [config] = [b for b in blocks if b.get("kind") == "EndpointPickerConfig"]
    assert FLOW_CONTROL_GATE in config["featureGates"]
    series = [rule["seriesQuery"].strip("'") for b in blocks if "rules" in b for rule in b["rules"]["external"]]
    served = router_contract("v0.9.0").epp_metrics
    assert series[0] == PICKER_QUEUE_SIZE and served[PICKER_QUEUE_SIZE].deprecated is None
    assert series[1] in PICKER_METRICS[PICKER_RUNNING_REQUESTS]
    assert served[series[1]].deprecated is not None and served[PICKER_RUNNING_REQUESTS].deprecated is None
    assert {"inference_pool"} <= served[PICKER_QUEUE_SIZE].labels
