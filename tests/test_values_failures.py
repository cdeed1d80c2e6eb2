"""Bad Helm values and flags: each gets our error naming the values path and the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template


def _fails(*sets: str, files: tuple[str, ...] = ()) -> list[str]:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", list(files), list(sets))
    return [str(p) for p in caught.value.problems]


def test_fails_template_expression_naming_an_unset_value() -> None:
    [problem] = _fails("modelArtifacts.uri=hf://{{ .Values.nope }}")
    assert problem == "modelArtifacts.uri: {{ .Values.nope }} refers to a value that is not set"


def test_fails_unsupported_template_expression(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text("modelArtifacts:\n  uri: '{{ .Chart.Name }}'\n")
    [problem] = _fails(files=(str(path),))
    assert problem.startswith("modelArtifacts.uri: unsupported template expression {{ .Chart.Name }}")


def test_set_braces_make_a_list_as_in_helm() -> None:
    [problem] = _fails("modelArtifacts.uri={{ .Chart.Name }}")
    assert problem == "modelArtifacts.uri: must be a string, got ['{ .Chart.Name }']"


def test_fails_template_expression_naming_a_map() -> None:
    [problem] = _fails("modelArtifacts.uri=hf://{{ .Values.decode }}")
    assert "{{ .Values.decode }} is a map or list" in problem


def test_fails_unknown_deployment_strategy() -> None:
    [problem] = _fails("decode.strategy.type=Bogus")
    assert problem == "decode.strategy.type: 'Bogus' is not one of 'RollingUpdate', 'Recreate'"


def test_fails_invalid_service_account_override() -> None:
    [problem] = _fails("serviceAccountOverride=Bad_Name")
    assert problem.startswith("serviceAccountOverride: must be a DNS subdomain") and "'Bad_Name'" in problem


@pytest.mark.parametrize(("flag", "message"), [
    ("a[x]=1", "'a[x]' is not a key or a list index"),
    ("a..b=1", "'a..b' is not a valid values path"),
    ("=1", "'' is not a valid values path"),
    ("decode.replicas", "is not PATH=VALUE"),
    ("decode.containers[99999999].name=x", "index 99999999 of 'containers' is greater than the largest supported "
                                           "index, 65536"),
])
def test_fails_malformed_set(flag: str, message: str) -> None:
    [problem] = _fails(flag)
    assert problem.startswith(f"--set {flag}: ") and message in problem


def test_integers_beyond_64_bits_stay_text_as_in_helm() -> None:
    assert _fails("decode.replicas=99999999999999999999") == [
        "decode.replicas: must be an integer, got '99999999999999999999'"]


def test_fails_values_file_that_is_not_a_map(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- 1\n- 2\n")
    assert _fails(files=(str(path),)) == [f"-f {path}: must hold a map of values, got a list"]


def test_fails_missing_values_file() -> None:
    [problem] = _fails(files=("/nonexistent/values.yaml",))
    assert problem == "-f /nonexistent/values.yaml: cannot read the file: No such file or directory"


def test_fails_malformed_yaml_in_a_string_extra_object_on_one_line() -> None:
    [problem] = _fails("extraObjects[0]=not: [valid")
    assert problem.startswith("extraObjects[0]: malformed YAML at line 1") and "\n" not in problem


def test_fails_reports_every_problem_at_once() -> None:
    problems = _fails("decode.replicas=two", "routing.proxy.zapEncoder=xml", "accelerator.type=nvidai")
    assert problems == [
        "decode.replicas: must be an integer, got 'two'",
        "routing.proxy.zapEncoder: 'xml' is not one of 'json', 'console'",
        "accelerator.type: unknown accelerator type 'nvidai'; known: amd, cpu, google, intel, intel-gaudi, "
        "intel-i915, intel-xe, nvidia, rebellions-atom (or add it under accelerator.resources)",
    ]


def test_fails_extra_object_with_unknown_metadata_field() -> None:
    [problem] = _fails("extraObjects[0].apiVersion=v1,extraObjects[0].kind=ConfigMap,extraObjects[0].metadata.name=x,"
                       "extraObjects[0].metadata.bogus=1")
    assert problem.startswith("extraObjects[0].metadata.bogus: unknown field")


def test_extra_object_keys_with_slashes_are_kept() -> None:
    import yaml

    out = template("demo", [], ["extraObjects[0].apiVersion=v1,extraObjects[0].kind=ConfigMap,"
                                "extraObjects[0].metadata.name=x,extraObjects[0].data/x=1"])
    [config_map] = [o for o in yaml.safe_load_all(out) if o and o["kind"] == "ConfigMap"]
    assert config_map["data/x"] == 1


@pytest.mark.parametrize(("flag", "message"), [
    ("decode.monitoring.podmonitor.enabled=true,decode.monitoring.podmonitor.relabelings[0]=x",
     "decode.monitoring.podmonitor.relabelings[0]: must be a map, got 'x'"),
    ("accelerator.dra=true,accelerator.resourceClaimTemplates.nvidia.selectors[0]=x",
     "accelerator.resourceClaimTemplates.nvidia.selectors[0]: must be a map, got 'x'"),
    ("modelArtifacts.size=lots", "modelArtifacts.size: must be a quantity such as 2, 500m or 16Gi, got 'lots'"),
    ("requester.enable=true,requester.image=", "requester.image: must be a non-empty image, got ''"),
    ("requester.enable=true,requester.resources.limits.memory=lots",
     "requester.resources.limits.memory: must be a quantity such as 2, 500m or 16Gi, got 'lots'"),
])
def test_fails_list_items_quantities_and_images(flag: str, message: str) -> None:
    assert message in _fails(flag)


def test_requester_key_set_to_null_keeps_its_default() -> None:
    out = template("demo", [], ["requester.enable=true", "requester.adminPort=null"])
    assert 'dual-pod.llm-d.ai/admin-port: "8081"' in out


@pytest.mark.parametrize(("flag", "path"), [
    ("decode.extraConfig.foo=1", "decode.extraConfig.foo"),
    ("multinode=true,prefill.extraConfig.foo=1", "prefill.extraConfig.foo"),
    ("multinode=true,decode.subGroupPolicy.foo=1", "decode.subGroupPolicy.foo"),
])
def test_fails_unknown_pod_fields_named_by_their_values_path(flag: str, path: str) -> None:
    [problem] = _fails(flag)
    assert problem.startswith(f"{path}: unknown field; allowed here: ")
