"""One run reports every problem of the values: each unknown key with its own hint, in every section,
schema rules, Kubernetes fields and keys that are not strings together."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template
from modelservice_constructs.values.schema import check_values

ACCELERATOR_KEYS = "dra, env, resourceClaimTemplates, resources, type"


def _problems(tmp_path: Path, *texts: str, sets: tuple[str, ...] = ()) -> list[str]:
    files = []
    for i, text in enumerate(texts):
        path = tmp_path / f"values{i}.yaml"
        path.write_text(text)
        files.append(str(path))
    with pytest.raises(ModelServiceError) as caught:
        template("demo", files, list(sets))
    return [str(p) for p in caught.value.problems]


def test_fails_every_unknown_key_of_a_map_with_its_own_hint(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "accelerator:\n  typ: amd\n  dar: true\n  colour: red\n")
    assert problems == [
        f"accelerator.colour: unknown key; allowed here: {ACCELERATOR_KEYS}",
        f"accelerator.dar: unknown key (did you mean 'dra'?); allowed here: {ACCELERATOR_KEYS}",
        f"accelerator.typ: unknown key (did you mean 'type'?); allowed here: {ACCELERATOR_KEYS}",
    ]


def test_fails_every_problem_across_sections_and_files(tmp_path: Path) -> None:
    first = ("routing:\n  servicePrt: 8000\n  proxy:\n    zapEncoder: xml\n"
             "tracing:\n  enabeld: true\n  sampling:\n    samplr: x\n")
    second = ("decode:\n  replicas: two\n  replica: 2\n  tolerations:\n  - effct: NoSchedule\n"
              "  containers:\n  - name: vllm\n    modelCommand: vllmServe\n    env:\n    - nme: A\n"
              "prefill:\n  parallelism:\n    tensr: 2\n")
    problems = _problems(tmp_path, first, second)
    paths = [p.split(": ")[0] for p in problems]
    for expected in ("routing.servicePrt", "routing.proxy.zapEncoder", "tracing.enabeld", "tracing.sampling.samplr",
                     "decode.replicas", "decode.replica", "decode.tolerations[0].effct", "decode.containers[0].image",
                     "decode.containers[0].env[0].nme", "prefill.parallelism.tensr"):
        assert expected in paths, (expected, problems)
    assert len(paths) == len(set(paths))
    assert "decode.tolerations[0].effct: unknown field; allowed here: effect, key, operator, tolerationSeconds, " \
           "value" in problems


def test_fails_key_that_is_not_a_string_along_with_other_problems(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "decode:\n  nodeSelector:\n    1: gpu\n  replicas: two\naccelerator:\n  typ: x\n")
    assert problems[0] == "decode.nodeSelector.1: keys must be strings, got 1 (quote it in YAML)"
    assert "decode.replicas: must be an integer, got 'two'" in problems
    assert any(p.startswith("accelerator.typ: unknown key") for p in problems)


def test_fails_each_missing_required_key_once() -> None:
    values = {"decode": {"resourceClaims": [{}]}}
    assert [str(p) for p in check_values(values)] == [
        "decode.resourceClaims[0].name: is required", "decode.resourceClaims[0].resourceClaimTemplateName: is required"]


def test_kubernetes_fields_below_a_schema_problem_are_not_reported_twice() -> None:
    problems = [str(p) for p in check_values({"decode": {"tolerations": "NoSchedule"}})]
    assert problems == ["decode.tolerations: must be a list, got 'NoSchedule'"]


def test_fails_intel_without_dra_names_dra_and_the_device_plugin_types() -> None:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [], ["accelerator.type=intel"])
    assert [str(p) for p in caught.value.problems] == [
        "accelerator.type: accelerator type 'intel' needs DRA (accelerator.dra: true); without DRA use a "
        "device-plugin type: intel-gaudi, intel-i915, intel-xe"]


def test_fails_pool_intel_without_dra_names_the_pool_dra_key() -> None:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [], ["decode.accelerator.type=intel"])
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith("decode.accelerator.type: accelerator type 'intel' needs DRA "
                              "(decode.accelerator.dra: true); without DRA use a device-plugin type: intel-gaudi")


def test_intel_with_dra_claims_an_intel_gpu() -> None:
    out = template("demo", [], ["accelerator.type=intel,accelerator.dra=true"])
    assert "kind: ResourceClaimTemplate" in out and "deviceClassName: gpu.intel.com" in out
