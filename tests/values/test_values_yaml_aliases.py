"""YAML aliases in values files: anchors that repeat a block work; alias bombs (a few hundred bytes that
expand to millions of values) and aliases that contain themselves are refused at once, naming the file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template
from modelservice_constructs.values import safe_yaml
from modelservice_constructs.values.loader import load_values


def _list_bomb(levels: int = 9, width: int = 9) -> str:
    """Nested lists of aliases: ``width ** levels`` strings in a few hundred bytes."""
    lines = [f"l0: &l0 [{','.join(['lol'] * width)}]"]
    lines += [f"l{i}: &l{i} [{','.join([f'*l{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join([*lines, f"extraObjects: *l{levels - 1}"]) + "\n"


def _map_bomb(levels: int = 6, width: int = 6) -> str:
    """Nested maps of aliases under a key the chart renders, through merge keys as well."""
    lines = [f"m0: &m0 {{{','.join(f'k{j}: v' for j in range(width))}}}"]
    lines += [f"m{i}: &m{i} {{<<: *m{i - 1},{','.join(f'k{j}: *m{i - 1}' for j in range(width))}}}"
              for i in range(1, levels)]
    return "\n".join([*lines, "decode:", f"  podAnnotations: *m{levels - 1}"]) + "\n"


@pytest.mark.parametrize("text", [_list_bomb(), _map_bomb()], ids=["lists", "maps"])
def test_fails_alias_bomb_in_under_a_second(text: str, tmp_path: Path) -> None:
    assert len(text) < 500
    path = tmp_path / "bomb.yaml"
    path.write_text(text)
    start = time.perf_counter()
    with pytest.raises(ModelServiceError) as caught:
        load_values([str(path)])
    assert time.perf_counter() - start < 1.0
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(f"-f {path}: YAML aliases expand it by more than {safe_yaml.MAX_ALIASED_NODES} ")
    with pytest.raises(ModelServiceError) as again:
        template("demo", [str(path)])
    assert [str(p) for p in again.value.problems] == [problem]


@pytest.mark.parametrize("text", ["a: &a [1, *a]", "a: &a {b: {c: *a}}"])
def test_fails_alias_inside_its_own_anchor(text: str, tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text(text)
    with pytest.raises(ModelServiceError) as caught:
        load_values([str(path)])
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(f"-f {path}: a YAML alias refers to a value that contains it (the anchor at line 1")


def test_the_limit_counts_the_values_aliases_add() -> None:
    """Three aliases of a nine-item list add 3 x 10 nodes (the list and its items)."""
    node = yaml.compose("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a, *a]\n")
    assert node is not None
    safe_yaml.check_expansion(node, limit=30)
    with pytest.raises(safe_yaml.AliasExpansionError):
        safe_yaml.check_expansion(node, limit=29)


def test_a_document_without_aliases_is_never_limited() -> None:
    text = yaml.safe_dump({"extraObjects": [{"k": i} for i in range(safe_yaml.MAX_ALIASED_NODES)]})
    assert len(safe_yaml.load(text)["extraObjects"]) == safe_yaml.MAX_ALIASED_NODES


ANCHORED = """\
common-env: &env
  - name: VLLM_LOGGING_LEVEL
    value: DEBUG
  - name: HF_HUB_OFFLINE
    value: "1"
vllm: &vllm
  name: vllm
  image: vllm/vllm-openai:v0.10.1
  modelCommand: vllmServe
  env: *env
  resources:
    limits: &limits {cpu: "8", memory: 64Gi}
    requests: *limits
decode:
  containers:
  - *vllm
prefill:
  containers:
  - <<: *vllm
    args: [--enforce-eager]
"""


def test_anchored_values_file_renders_its_aliases(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text(ANCHORED)
    docs = {d["metadata"]["name"]: d for d in yaml.safe_load_all(template("demo", [str(path)])) if d}
    decode, prefill = (docs[f"demo-llm-d-modelservice-{role}"]["spec"]["template"]["spec"]["containers"][0]
                       for role in ("decode", "prefill"))
    for container in (decode, prefill):
        assert {"name": "VLLM_LOGGING_LEVEL", "value": "DEBUG"} in container["env"]
        assert {"name": "HF_HUB_OFFLINE", "value": "1"} in container["env"]
        assert container["resources"]["limits"]["memory"] == container["resources"]["requests"]["memory"] == "64Gi"
    assert "--enforce-eager" in prefill["args"] and "--enforce-eager" not in decode["args"]


def test_safe_yaml_load_matches_safe_load_on_ordinary_text() -> None:
    text = ANCHORED + "tags: !!set {a, b}\nwhen: 2024-01-01\n"
    assert safe_yaml.load(text) == yaml.safe_load(text)


def test_fails_alias_bomb_in_an_extra_objects_string(tmp_path: Path) -> None:
    inner = _list_bomb().replace("extraObjects: ", "data: ")
    values = {"extraObjects": [inner]}
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(values))
    start = time.perf_counter()
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [str(path)], [])
    assert time.perf_counter() - start < 1.0
    assert [p.path for p in caught.value.problems] == ["extraObjects[0]"]
    assert "aliases expand" in str(caught.value)
