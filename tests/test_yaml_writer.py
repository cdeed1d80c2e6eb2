"""AppSynthesis.stringify writes what cdk8s's Yaml.stringify writes, byte for byte: on every manifest the project
produces (golden cases, examples, default app, benchmark app) and on thousands of randomized documents of tricky
strings. The writer mirrors the rules of the ``yaml`` library cdk8s bundles; these tests fail when a cdk8s or
``yaml`` upgrade changes its output."""

from __future__ import annotations

import random
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import App, Chart, Yaml
from conftest import EXAMPLES, ROOT, requires_shared
from modelservice_constructs.imports.plain_object import AppSynthesis

from modelservice_constructs.values.loader import load_values
from modelservice_constructs.values.mapping import ValuesMapper

sys.path.insert(0, str(ROOT / "scripts"))
import bench


def _cases() -> list[dict[str, Any]]:
    path = EXAMPLES / "cases.yaml"
    return yaml.safe_load(path.read_text()) if path.is_file() else []


def _documents(app: App) -> list[Any]:
    """Every object of ``app``, rendered, chart by chart."""
    return [doc for chart in app.charts for doc in chart.to_json()]


def _assert_written_as_cdk8s_writes(docs: list[Any]) -> None:
    assert docs
    assert AppSynthesis.stringify(docs) == Yaml.stringify(*docs)
    assert all(AppSynthesis.writes_itself(doc) for doc in docs), "manifests are written by the fast path"


@requires_shared
@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["release"])
def test_golden_case_manifests(case: dict[str, Any]) -> None:
    expected = [d for d in yaml.safe_load_all((EXAMPLES / case["output"]).read_text()) if d]
    _assert_written_as_cdk8s_writes(expected)
    app = App()
    values = load_values([str(EXAMPLES / case["values"])], case.get("set", []))
    ValuesMapper(values, case["release"], "default").build(Chart(app, "release"), "ModelServer")
    _assert_written_as_cdk8s_writes(_documents(app))


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.stem)
def test_example_app_manifests(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(App, "synth", lambda self: None)
    names = runpy.run_path(str(example))
    app = names.get("app")
    if app is None:  # an example run through modelservice_constructs.app.main(build)
        app = App()
        names["build"](app)
    _assert_written_as_cdk8s_writes(_documents(app))


def test_default_app_manifests() -> None:
    main = runpy.run_path(str(ROOT / "main.py"))
    app = App()
    main["build"](app)
    _assert_written_as_cdk8s_writes(_documents(app))


def test_benchmark_app_manifests() -> None:
    app = App()
    bench.build(app, 3, routed=True)
    _assert_written_as_cdk8s_writes(_documents(app))


def test_multi_line_values_are_literal_blocks() -> None:
    doc = {"data": {"run.sh": "#!/bin/sh\nset -e\n  exec vllm serve\n", "kept": "a\n\n", "stripped": "a\nb",
                    "indented": "  a\nb\n"}}
    text = AppSynthesis.stringify([doc])
    assert text == Yaml.stringify(doc)
    assert text == ("data:\n  run.sh: |\n    #!/bin/sh\n    set -e\n      exec vllm serve\n"
                    "  kept: |+\n    a\n\n  stripped: |-\n    a\n    b\n  indented: |2\n      a\n    b\n")


def test_strings_a_reader_would_not_read_as_strings_are_quoted() -> None:
    doc = {"true": "8000", "ports": ["0775", "0x1F", "1:30", "~", "", '"yes"', "1e3", "2001-12-14"], "<<": "a"}
    text = AppSynthesis.stringify([doc])
    assert text == Yaml.stringify(doc)
    assert text == ('"true": "8000"\nports:\n  - "0775"\n  - "0x1F"\n  - "1:30"\n  - "~"\n  - ""\n'
                    "  - '\"yes\"'\n  - \"1e3\"\n  - \"2001-12-14\"\n<<: a\n")


def test_length_limits_of_the_library() -> None:
    """Multi-line double-quoted values break lines from 40 characters of JSON on; implicit keys are at most 1024
    characters long, quotes included."""
    values = ["p" * n + "\nq\n " for n in range(28, 36)]  # ends with a newline and a space: double-quoted
    keys = ["k" * n for n in range(1020, 1027)] + ["k" * n + ":" for n in range(1017, 1024)]
    doc = {"values": values, **{key: [key] for key in keys}}
    text = AppSynthesis.stringify([doc])
    assert text == Yaml.stringify(doc)
    assert '  - "ppppppppppppppppppppppppppppppp\\nq\\n "\n' in text  # 39 characters of JSON
    assert '  - "pppppppppppppppppppppppppppppppp\n\n    q\n\n    \\ "\n' in text  # 40
    assert text.count("\n? ") == 4  # 1025 and 1026 characters, plain or quoted


def test_documents_the_fast_path_does_not_write_fall_back_to_cdk8s() -> None:
    docs = [{"bell": "a\x07b"}, {"ok": "x", "c1": "\x85"}, "top-level scalar", 42, None]
    for doc in docs:
        assert not AppSynthesis.writes_itself(doc)
    assert AppSynthesis.stringify(docs) == Yaml.stringify(*docs)
    assert AppSynthesis.writes_itself({"tab": "a\tb", "nl": "a\nb", "unicode": "é ✓ 😀 \u2028"})
    assert AppSynthesis.stringify([]) == ""


# Pieces of the randomized strings: YAML indicators, 1.1 look-alikes of other types, whitespace and quotes.
TRICKY = [
    "", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\t\n", "\n\t", "a", "b c", "x", "name", "é", "✓",
    "😀", "日本", "\u2028", "\u00a0", "\ufeff", ":", ": ", " :", "a:b", "#", " #", "# c", "-", "- ", "--", "?", "? ",
    "?x", "-x", ",", "[", "]", "{", "}", "&a", "*a", "!t", "|", ">", "'", '"', "''", '""', "%", "@", "`", "---",
    "...", "%YAML", "--- x", "yes", "Yes", "YES", "y", "Y", "no", "No", "NO", "n", "N", "on", "ON", "Off", "true",
    "True", "FALSE", "~", "null", "Null", "NULL", "0x1F", "0b101", "0775", "0o17", "1_000", "1:30", "12:30:45",
    "1:30.5", ".5", "5.", "-.inf", ".Inf", "+.INF", ".NaN", ".nan", "1e3", "-1E-3", "1.5e+10", "2001-12-14",
    "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 +5", "<<", "=", "+1", "-1", "0", "00", "8000",
    "1.0", "\\", "\\n", "a\\ b", "http://x.y/z?a=b#c", "key=value", "/bin/sh -c", "  indented", "trailing  ",
]
CONTROL = ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85"]
RANDOM_KEYS = ["a", "name", "spec", "x y", "k" * 1030, "metadata"]


def _string(rng: random.Random) -> str:
    """One to five tricky pieces; one string in a hundred holds a control character. Some are repeated, and
    some padded or cut to lengths around the library's limits: 40 characters of JSON for a multi-line
    double-quoted scalar, 1024 characters for an implicit key."""
    pieces = rng.choices(TRICKY, k=rng.randint(1, 5))
    if rng.random() < 0.01:
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(CONTROL))
    text = "".join(pieces)
    if rng.random() < 0.05:
        text = text * rng.randint(10, 30)
    if rng.random() < 0.15:
        length = rng.randint(30, 42) if rng.random() < 0.7 else rng.randint(1018, 1026)
        text = (text + "p" * length)[:length] if rng.random() < 0.5 else ("p" * length + text)[-length:]
    return text


def _scalar(rng: random.Random) -> Any:
    kind = rng.random()
    if kind < 0.6:
        return _string(rng)
    return rng.choice([0, 1, -1, 8000, 2**31, -(2**40), 2**53, 10**21, 1.5, -2.25, 0.1, -0.0, 1e21, 1e-7, 1e300,
                       5e-324, 123456789.125, True, False, None])


def _key(rng: random.Random) -> str:
    return rng.choice(RANDOM_KEYS) if rng.random() < 0.3 else _string(rng)


def _value(rng: random.Random, depth: int) -> Any:
    kind = rng.random()
    if depth >= 4 or kind < 0.45:
        return _scalar(rng)
    if kind < 0.75:
        return {_key(rng): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]


def _random_documents(count: int, seed: int) -> Iterator[Any]:
    rng = random.Random(seed)
    for _ in range(count):
        if rng.random() < 0.8:
            yield {_key(rng): _value(rng, 1) for _ in range(rng.randint(0, 6))}
        else:
            yield [_value(rng, 1) for _ in range(rng.randint(0, 6))]


def test_randomized_documents_are_written_as_cdk8s_writes_them() -> None:
    docs = list(_random_documents(3000, seed=20250101))
    fast = 0
    for doc in docs:
        assert AppSynthesis.stringify([doc]) == Yaml.stringify(doc), doc
        fast += AppSynthesis.writes_itself(doc)
    assert fast >= 0.8 * len(docs)
    assert AppSynthesis.stringify(docs) == Yaml.stringify(*docs)
