"""Every check of docs/checks.md fails its documented input with the documented message (which names the
values path and the value), so the document lists real messages."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template

ROW = re.compile(r"^\| (?P<check>[^|]+) \| `(?P<input>[^`]+)` \| `(?P<message>.+)` \|$")
ROWS = [m.groupdict() for line in (ROOT / "docs" / "checks.md").read_text().splitlines() if (m := ROW.match(line))]


def test_the_document_has_a_row_per_check() -> None:
    assert len(ROWS) >= 30


@pytest.mark.parametrize("row", ROWS, ids=[r["check"] for r in ROWS])
def test_fails_with_the_documented_message(row: dict[str, str]) -> None:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [], [row["input"]])
    assert row["message"] in [str(p) for p in caught.value.problems]
