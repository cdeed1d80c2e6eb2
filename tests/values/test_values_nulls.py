"""A null value means absent, as in Helm and Kubernetes: ``env:`` with every entry commented out renders
as the chart renders it, for every list and map key of the pools and of their containers.

The chart reads each of these keys with ``with`` / ``if`` (or ``default``), where null, an empty list and
an empty map all mean "nothing"; so a null key must render exactly as its empty value does. A null pool
key also deletes the chart default (Helm's merge); where that default is the "off" value (parallelism 1,
PodMonitor disabled, no accelerator types), the output is the default output.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
import yaml

from modelservice_constructs import ModelServiceError
from modelservice_constructs.cli import template
from modelservice_constructs.values.loader import load_values

CONTAINER = {"name": "vllm", "image": "vllm/vllm-openai:v0.10.1", "modelCommand": "vllmServe",
             "mountModelVolume": True, "ports": [{"containerPort": 8200, "name": "metrics"}]}


def _nested(dotted: str, value: object) -> dict[str, object]:
    """``{"a": {"b": value}}`` for ``a.b``."""
    out: object = value
    for key in reversed(dotted.split(".")):
        out = {key: out}
    assert isinstance(out, dict)
    return out


@functools.cache
def _render(text: str) -> str:
    """The output for one values file (cached: the empty values repeat across parameters)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "values.yaml"
        path.write_text(text)
        return template("demo", [str(path)])


def _with_container(role: str, key: str, value: object) -> str:
    return yaml.safe_dump({role: {"containers": [{**CONTAINER, **_nested(key, value)}]}}, sort_keys=False)


# Every list and map key of a container, with the empty value the chart treats as the same as absent.
CONTAINER_KEYS = [
    ("command", []), ("args", []), ("env", []), ("ports", []), ("volumeMounts", []),
    ("resources", {}), ("resources.limits", {}), ("resources.requests", {}), ("resources.claims", []),
    ("securityContext", {}), ("livenessProbe", {}), ("readinessProbe", {}), ("startupProbe", {}),
    ("extraConfig", {}),
    # scalars that the chart reads through ``default`` / ``with`` as well
    ("name", "vllm"), ("imagePullPolicy", ""), ("workingDir", ""), ("stdin", False), ("tty", False),
    ("mountModelVolume", False),
]


@pytest.mark.parametrize("role", ["decode", "prefill"])
@pytest.mark.parametrize(("key", "empty"), CONTAINER_KEYS, ids=[k for k, _ in CONTAINER_KEYS])
def test_null_container_key_renders_as_its_empty_value(role: str, key: str, empty: object) -> None:
    null = _render(_with_container(role, key, None))
    assert null == _render(_with_container(role, key, empty))


def test_null_and_empty_container_keys_are_what_the_files_say() -> None:
    assert yaml.safe_load(_with_container("decode", "resources.limits", {}))["decode"]["containers"][0][
        "resources"] == {"limits": {}}
    assert yaml.safe_load(_with_container("decode", "env", None))["decode"]["containers"][0]["env"] is None


def test_env_with_every_entry_commented_out(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text("decode:\n  containers:\n  - name: vllm\n    image: vllm/vllm-openai:v0.10.1\n"
                    "    modelCommand: vllmServe\n    env:\n    #  - name: VLLM_LOGGING_LEVEL\n"
                    "    #    value: DEBUG\n    args:\n    # - --enforce-eager\n")
    docs = [d for d in yaml.safe_load_all(template("demo", [str(path)])) if d]
    [decode] = [d for d in docs if d["metadata"]["name"] == "demo-llm-d-modelservice-decode"]
    [vllm] = decode["spec"]["template"]["spec"]["containers"]
    assert [e["name"] for e in vllm["env"]] == ["DP_SIZE", "TP_SIZE", "DP_SIZE_LOCAL"]
    assert vllm["args"][-2:] == ["--served-model-name", "random/model"]


def test_null_container_keys_are_dropped_by_the_loader(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump({"decode": {"containers": [
        {"image": "x", "env": None, "resources": {"limits": None, "requests": {"cpu": 1}}}]}}))
    [container] = load_values([str(path)])["decode"]["containers"]
    assert container == {"image": "x", "resources": {"requests": {"cpu": 1}}}


def test_null_container_key_from_set() -> None:
    base = "decode.containers[0].image=x,decode.containers[0].modelCommand=vllmServe"
    assert template("demo", [], [f"{base},decode.containers[0].env=null"]) == template("demo", [], [base])


def test_fails_null_container_image() -> None:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [], ["decode.containers[0].image=null,decode.containers[0].modelCommand=vllmServe"])
    assert "decode.containers[0].image: is required" in [str(p) for p in caught.value.problems]


# Every list and map key of a pool, set by an earlier file, then null in a later one.
POOL = {
    "containers": [CONTAINER], "initContainers": [{"name": "init", "image": "busybox"}],
    "volumes": [{"name": "cache", "emptyDir": {}}], "resourceClaims": [],
    "tolerations": [{"key": "gpu", "operator": "Exists"}], "imagePullSecrets": [{"name": "pull"}],
    "nodeSelector": {"pool": "gpu"}, "annotations": {"team": "a"}, "podAnnotations": {"team": "b"},
    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}},
    "podSecurityContext": {"fsGroup": 1000}, "extraConfig": {"hostNetwork": True},
    "accelerator": {"type": "cpu"}, "autoscaling": {"enabled": True}, "parallelism": {"tensor": 2},
    "acceleratorTypes": {"labelKey": "gpu.product", "labelValues": ["H100"]},
    "monitoring": {"podmonitor": {"enabled": True, "labels": {"team": "c"}, "annotations": {"team": "d"},
                                  "relabelings": [{"action": "drop", "sourceLabels": ["x"]}]}},
}
POOL_KEYS = ["initContainers", "volumes", "resourceClaims", "tolerations", "imagePullSecrets", "nodeSelector",
             "annotations", "podAnnotations", "strategy", "strategy.rollingUpdate", "podSecurityContext",
             "extraConfig", "accelerator", "autoscaling", "parallelism", "acceleratorTypes",
             "acceleratorTypes.labelValues", "monitoring", "monitoring.podmonitor", "monitoring.podmonitor.labels",
             "monitoring.podmonitor.annotations", "monitoring.podmonitor.relabelings"]
# Keys whose value above changes nothing in a Deployment (autoscaling is read by LeaderWorkerSets only).
NO_EFFECT = {"autoscaling", "resourceClaims"}


def _outcome(files: list[str]) -> str | list[str]:
    """The output, or the problems when the values are refused."""
    try:
        return template("demo", files)
    except ModelServiceError as err:
        return [str(p) for p in err.problems]


def _without(pool: dict[str, object], dotted: str) -> dict[str, object]:
    out = yaml.safe_load(yaml.safe_dump(pool))
    node = out
    *parents, last = dotted.split(".")
    for part in parents:
        node = node[part]
    del node[last]
    return out


@pytest.mark.parametrize("role", ["decode", "prefill"])
@pytest.mark.parametrize("key", POOL_KEYS)
def test_null_pool_key_renders_as_if_never_set(role: str, key: str, tmp_path: Path) -> None:
    """Helm deletes a null key (the chart default included); the chart reads each of these with ``if`` /
    ``with``, and every default they replace is empty or off, so the output is that of values that never
    set the key, with the chart's non-empty default lists (``volumes``) emptied."""
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(yaml.safe_dump({role: POOL}))
    second.write_text(yaml.safe_dump({role: _nested(key, None)}))
    null = _outcome([str(first), str(second)])
    if key not in NO_EFFECT:  # the key does change the output, so the comparison means something
        assert null != _outcome([str(first)])
    first.write_text(yaml.safe_dump({role: _without(POOL, key)}))
    second.write_text(yaml.safe_dump({role: _nested(key, [])} if key == "volumes" else {}))
    assert null == _outcome([str(first), str(second)])


def test_null_pool_key_in_the_only_file_is_absent(tmp_path: Path) -> None:
    path = tmp_path / "values.yaml"
    path.write_text("decode:\n  containers:\n  - image: x\n    modelCommand: vllmServe\n  tolerations:\n"
                    "  nodeSelector:\n  podSecurityContext:\n")
    docs = [d for d in yaml.safe_load_all(template("demo", [str(path)])) if d]
    [decode] = [d for d in docs if d["metadata"]["name"] == "demo-llm-d-modelservice-decode"]
    pod = decode["spec"]["template"]["spec"]
    assert not {"tolerations", "nodeSelector", "securityContext"} & set(pod)


def test_fails_null_containers_of_a_created_pool() -> None:
    with pytest.raises(ModelServiceError) as caught:
        template("demo", [], ["decode.containers=null"])
    assert [str(p) for p in caught.value.problems] == ["decode.containers: a pool needs at least one container"]
