"""The DisaggregatedSet backend: roles built from the pools' pods, the controller's rules, gateway objects."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cdk8s import App, Chart
from conftest import ROOT, Synth, one

from modelservice_constructs import (
    DecodePool,
    InferencePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
    Placement,
    PodMonitoring,
    PoolWorkload,
    PrefillPool,
    ServerBackend,
)
from modelservice_constructs.validation import validate_objects


def _server(chart: Chart, **backend: object) -> ModelServer:
    return ModelServer(chart, "Llama", name="llama", model=ModelArtifacts.from_uri("hf://meta-llama/Llama-3.2-1B"),
                       backend=ServerBackend.disaggregated_set(**backend))  # type: ignore[arg-type]


def _container(port: int) -> ModelContainer:
    return ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.4.0", ports=[{"containerPort": port, "name": "metrics"}])


def _roles(manifests: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    return {r["name"]: r for r in one(manifests, "DisaggregatedSet", "llama")["spec"]["roles"]}


@pytest.mark.parametrize("made_first", [False, True], ids=["pending", "made"])
def test_roles_render_alike_whether_the_set_was_made_before_them(made_first: bool) -> None:
    # a role added once the set is made in the kernel is a JSON patch; one added before is part of its definition
    def render() -> str:
        app = App()
        server = _server(Chart(app, "c"))
        if made_first:
            assert server.disaggregated_set is not None and server.disaggregated_set.resource.name == "llama"
        DecodePool(server, "Decode", containers=[_container(9100)])
        PrefillPool(server, "Prefill", containers=[_container(9100)])
        return str(app.synth_yaml())

    assert render() == render()
    reference = App()
    server = _server(Chart(reference, "c"))
    DecodePool(server, "Decode", containers=[_container(9100)])
    PrefillPool(server, "Prefill", containers=[_container(9100)])
    assert render() == str(reference.synth_yaml())


def test_pools_become_the_roles_of_one_disaggregated_set(chart: Chart, synth: Synth) -> None:
    server = _server(chart, slices=3, placement=Placement.exclusive_slice("topology.kubernetes.io/zone"))
    decode = DecodePool(server, "Decode", containers=[_container(8200)], replicas=4,
                        parallelism=Parallelism(tensor=2, workers=2), monitoring=PodMonitoring())
    prefill = PrefillPool(server, "Prefill", containers=[_container(8000)], replicas=2,
                          workload=PoolWorkload.disaggregated_set_role(max_surge="25%", max_unavailable=0))
    out = synth(chart)
    assert not [m for m in out if m["kind"] in ("Deployment", "LeaderWorkerSet")]
    spec = one(out, "DisaggregatedSet", "llama")["spec"]
    assert spec["slices"] == 3
    assert spec["placementPolicy"] == {"type": "ExclusiveSlice", "topology": "topology.kubernetes.io/zone"}
    roles = _roles(out)
    assert list(roles) == ["decode", "prefill"]
    assert roles["decode"]["spec"]["replicas"] == 4 and "scaling" not in roles["decode"]
    lws = roles["decode"]["spec"]["leaderWorkerTemplate"]
    assert lws["size"] == 2
    pod = lws["workerTemplate"]
    assert pod["metadata"]["labels"] == decode.selector_labels
    assert pod["spec"]["initContainers"][0]["name"] == "routing-proxy"
    assert pod["spec"]["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "2"
    assert roles["prefill"]["spec"]["rolloutStrategy"] == {
        "type": "RollingUpdate", "rollingUpdateConfiguration": {"maxSurge": "25%", "maxUnavailable": 0}}
    assert roles["prefill"]["metadata"]["labels"]["llm-d.ai/role"] == "prefill"
    assert decode.workload is prefill.workload is server.disaggregated_set.resource  # type: ignore[union-attr]
    monitor = one(out, "PodMonitor", "llama-decode-podmonitor")
    assert monitor["spec"]["selector"]["matchLabels"] == decode.selector_labels


def test_replicas_none_makes_an_external_role(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", containers=[_container(8200)], replicas=None)
    PrefillPool(server, "Prefill", containers=[_container(8000)], replicas=0)
    roles = _roles(synth(chart))
    assert roles["decode"]["scaling"] == {"mode": "External"} and "replicas" not in roles["decode"]["spec"]
    assert roles["prefill"]["spec"]["replicas"] == 0 and "scaling" not in roles["prefill"]


def test_gateway_objects_select_the_roles_pods(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", containers=[_container(8200)], replicas=2)
    PrefillPool(server, "Prefill", containers=[_container(8000)], replicas=1)
    InferencePool(chart, "Pool", server=server)
    out = synth(chart)
    selector = one(out, "InferencePool")["spec"]["selector"]["matchLabels"]
    for role in _roles(out).values():
        labels = role["spec"]["leaderWorkerTemplate"]["workerTemplate"]["metadata"]["labels"]
        assert selector.items() <= labels.items()


def test_subclass_hook_reaches_the_role(chart: Chart, synth: Synth) -> None:
    class TunedDecode(DecodePool):
        def build_pod_spec(self) -> dict:  # type: ignore[type-arg]
            return {**super().build_pod_spec(), "priorityClassName": "inference"}

    server = _server(chart)
    TunedDecode(server, "Decode", containers=[_container(8200)])
    PrefillPool(server, "Prefill", containers=[_container(8000)])
    pod = _roles(synth(chart))["decode"]["spec"]["leaderWorkerTemplate"]["workerTemplate"]["spec"]
    assert pod["priorityClassName"] == "inference"


def test_fails_fixed_replicas_zero_next_to_more_than_zero(chart: Chart) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", containers=[_container(8200)], replicas=2)
    with pytest.raises(ModelServiceError, match=r"PrefillPool\.replicas: .*all have 0 or all more than 0.*"
                                                r"DecodePool\.replicas=2, PrefillPool\.replicas=0"):
        PrefillPool(server, "Prefill", containers=[_container(8000)], replicas=0)


def test_fails_with_one_role_at_synth(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[_container(8200)])
    with pytest.raises(RuntimeError, match=r"ModelServer\.backend: a DisaggregatedSet needs at least two roles.*"
                                           r"has: decode"):
        synth(chart)


def test_fails_autoscaled_role_with_several_slices(chart: Chart) -> None:
    with pytest.raises(ModelServiceError,
                       match=r"DecodePool\.autoscaling: .*2 slices \(ModelServer\.backend\.slices\)"):
        DecodePool(_server(chart, slices=2), "Decode", containers=[_container(8200)], replicas=None)


def test_fails_other_workload_under_the_backend(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"DecodePool\.workload: .*a Deployment cannot be used"):
        DecodePool(_server(chart), "Decode", containers=[_container(8200)], workload=PoolWorkload.deployment())


def test_fails_role_without_the_backend(chart: Chart) -> None:
    server = ModelServer(chart, "Llama", name="llama", model=ModelArtifacts.from_uri("hf://meta-llama/Llama-3.2-1B"))
    with pytest.raises(ModelServiceError, match=r"DecodePool\.workload: a DisaggregatedSet role needs a server"):
        DecodePool(server, "Decode", containers=[_container(8200)], workload=PoolWorkload.disaggregated_set_role())


def test_fails_exclusive_topology_annotation_with_a_placement(chart: Chart) -> None:
    server = _server(chart, placement=Placement.exclusive_topology("nvidia.com/gpu.clique"))
    with pytest.raises(ModelServiceError, match=r"DecodePool\.pod_annotations: 'leaderworkerset\.sigs\.k8s\.io/"
                                                r"exclusive-topology' cannot be combined"):
        DecodePool(server, "Decode", containers=[_container(8200)],
                   pod_annotations={"leaderworkerset.sigs.k8s.io/exclusive-topology": "kubernetes.io/hostname"})


@pytest.mark.parametrize(("options", "message"), [
    ({"max_surge": 0, "max_unavailable": 0}, r"DecodePool\.workload\.max_unavailable: must not be 0"),
    ({"max_surge": "150%"}, r"DecodePool\.workload\.max_surge: must be a whole number >= 0 or a percentage"),
])
def test_fails_bad_rollout(chart: Chart, options: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ModelServiceError, match=message):
        DecodePool(_server(chart), "Decode", containers=[_container(8200)],
                   workload=PoolWorkload.disaggregated_set_role(**options))


@pytest.mark.parametrize(("make", "message"), [
    (lambda: ServerBackend.disaggregated_set(slices=0), r"ModelServer\.backend\.slices: must be a whole number from 1"),
    (lambda: Placement("Spread", "zone"), r"Placement\.type: 'Spread' is not one of"),
    (lambda: Placement("ExclusiveSlice"), r"Placement\.topology: placement ExclusiveSlice needs a topology key"),
])
def test_fails_bad_backend_values(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_fails_name_too_long_for_the_generated_names(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"ModelServer\.name: .*headless Services <lws>-prv .*StatefulSet "
                                                r"<lws>-<group> \(at most 52, .*use at most 30 characters"):
        ModelServer(chart, "Long", name="l" * 31, model=ModelArtifacts.from_uri("hf://a/b"),
                    backend=ServerBackend.disaggregated_set())
    ModelServer(chart, "Fits", name="l" * 30, model=ModelArtifacts.from_uri("hf://a/b"),
                backend=ServerBackend.disaggregated_set())


def test_example_synthesizes_schema_valid_objects(tmp_path: Path) -> None:
    env = {**os.environ, "CDK8S_OUTDIR": str(tmp_path)}
    subprocess.run([sys.executable, "examples/disaggregated_autoscaling.py"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    objects = [o for o in yaml.safe_load_all((tmp_path / "disaggregated-autoscaling.k8s.yaml").read_text()) if o]
    assert validate_objects(objects) == []
    kinds = sorted({o["kind"] for o in objects})
    assert {"DisaggregatedSet", "ScaledObject", "InferencePool", "HTTPRoute", "PodMonitor"} <= set(kinds)
    targets = {o["spec"]["scaleTargetRef"]["name"] for o in objects if o["kind"] == "ScaledObject"}
    assert targets == {"llama-decode", "llama-prefill"}
