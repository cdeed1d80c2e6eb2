"""The chart's default values are ours plus the accelerator table, and agree with the chart v0.4.12."""

from __future__ import annotations

import pytest
import yaml
from conftest import SHARED, requires_shared

from modelservice_constructs.accelerators import ACCELERATOR_TYPES
from modelservice_constructs.values.loader import accelerator_tables, chart_defaults


@requires_shared
def test_chart_defaults_equal_the_charts_values_file() -> None:
    chart = yaml.safe_load((SHARED / "upstream" / "values.yaml").read_text())
    assert chart_defaults() == chart


@requires_shared
def test_the_accelerator_table_agrees_with_the_chart() -> None:
    chart = yaml.safe_load((SHARED / "upstream" / "values.yaml").read_text())["accelerator"]
    assert accelerator_tables() == {key: chart[key] for key in ("resources", "env", "resourceClaimTemplates")}


@pytest.mark.parametrize("kind", sorted(ACCELERATOR_TYPES))
def test_every_accelerator_type_of_the_table_renders_through_values(kind: str) -> None:
    from modelservice_constructs.cli import template

    dra = ACCELERATOR_TYPES[kind]().resource is None and kind != "cpu"
    sets = [f"accelerator.type={kind}", f"accelerator.dra={'true' if dra else 'false'}",
            "decode.containers[0].image=vllm,decode.containers[0].modelCommand=vllmServe", "prefill.create=false"]
    objects = [o for o in yaml.safe_load_all(template("demo", [], sets)) if o]
    assert any(o["kind"] == "Deployment" for o in objects)
