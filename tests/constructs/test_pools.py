"""DecodePool / PrefillPool: the workload choice, replicas, claims, namespaces and prop names in errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from cdk8s import App, Chart
from conftest import ROOT, Synth, by_kind, one

from modelservice_constructs import (
    Accelerator,
    AcceleratorClaim,
    DecodePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    NodeAffinity,
    Parallelism,
    PodMonitoring,
    PodOptions,
    PoolWorkload,
    PrefillPool,
    Requester,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m")


def _server(scope: Chart, id: str = "Model", **props: Any) -> ModelServer:
    return ModelServer(scope, id, name=props.pop("name", "opt"), model=props.pop("model", MODEL), **props)


def _vllm() -> list[ModelContainer]:
    return [ModelContainer(image=VLLM)]


# -- the workload choice ---------------------------------------------------------------------------------------------

def test_default_workload_is_a_deployment_with_kubernetes_strategy(chart: Chart, synth: Synth) -> None:
    pool = DecodePool(_server(chart), "Decode", containers=_vllm())
    deployment = one(synth(chart), "Deployment", "opt-decode")
    assert pool.workload_kind.kind == "Deployment"
    assert "strategy" not in deployment["spec"]
    assert deployment["spec"]["replicas"] == 1


def test_deployment_strategy_is_rendered(chart: Chart, synth: Synth) -> None:
    strategy = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}}
    DecodePool(_server(chart), "Decode", containers=_vllm(), workload=PoolWorkload.deployment(strategy=strategy))
    assert one(synth(chart), "Deployment")["spec"]["strategy"] == strategy


def test_leader_worker_set_takes_group_props(chart: Chart, synth: Synth) -> None:
    PrefillPool(_server(chart), "Prefill", containers=_vllm(), parallelism=Parallelism(workers=2),
                workload=PoolWorkload.leader_worker_set(sub_group_policy={"subGroupSize": 1},
                                                        sub_group_exclusive_topology="topology.kubernetes.io/zone"))
    lws = one(synth(chart), "LeaderWorkerSet")
    template = lws["spec"]["leaderWorkerTemplate"]
    assert template["size"] == 2 and template["subGroupPolicy"] == {"subGroupSize": 1}
    annotation = {"leaderworkerset.sigs.k8s.io/subgroup-exclusive-topology": "topology.kubernetes.io/zone"}
    assert template["workerTemplate"]["metadata"]["annotations"] == annotation
    assert lws["metadata"]["annotations"] == annotation


def test_requester_workload_replaces_the_decode_pods(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=_vllm(),
               workload=PoolWorkload.requester(Requester(admin_port=9090)))
    out = synth(chart)
    assert by_kind(out, "Deployment") == []
    annotations = one(out, "ReplicaSet")["spec"]["template"]["metadata"]["annotations"]
    assert annotations["dual-pod.llm-d.ai/admin-port"] == "9090"


@pytest.mark.parametrize("workload", [PoolWorkload.deployment(), PoolWorkload.leader_worker_set()],
                         ids=["deployment", "leader_worker_set"])
def test_replicas_none_leaves_them_to_an_autoscaler(chart: Chart, synth: Synth, workload: PoolWorkload) -> None:
    DecodePool(_server(chart), "Decode", containers=_vllm(), replicas=None, workload=workload)
    (obj,) = [o for o in synth(chart) if o["kind"] in ("Deployment", "LeaderWorkerSet")]
    assert "replicas" not in obj["spec"]


def test_a_prop_of_another_workload_kind_cannot_be_passed() -> None:
    with pytest.raises(TypeError):
        PoolWorkload.deployment(sub_group_policy={"subGroupSize": 2})  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        PoolWorkload.leader_worker_set(strategy={"type": "Recreate"})  # type: ignore[call-arg]


def test_fails_requester_workload_on_prefill(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^PrefillPool\.workload: the requester stands in for decode"):
        PrefillPool(_server(chart), "Prefill", containers=_vllm(), workload=PoolWorkload.requester())


def test_fails_unknown_deployment_strategy_type(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.workload\.strategy\.type: 'Rolling' is not one of"):
        DecodePool(_server(chart), "Decode", containers=_vllm(),
                   workload=PoolWorkload.deployment(strategy={"type": "Rolling"}))


# -- errors name Python props ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("build", "path"), [
    (lambda c: _server(c, service_account="Bad_SA"), "ModelServer.service_account"),
    (lambda c: _server(c, service_port="8000"), "ModelServer.service_port"),
    (lambda c: NodeAffinity("gpu.product"), "NodeAffinity.label_values"),
    (lambda c: Parallelism(tensor=0), "Parallelism.tensor"),
    (lambda c: DecodePool(_server(c), "D", containers=_vllm(), replicas=-1), "DecodePool.replicas"),
    (lambda c: DecodePool(_server(c), "D", containers=_vllm(), pod_annotations={"a b": "x"}),
     "DecodePool.pod_annotations.a b"),
    (lambda c: DecodePool(_server(c), "D", containers=_vllm(), pod=PodOptions(node_selector={"a b": "x"})),
     "DecodePool.pod.node_selector.a b"),
    (lambda c: ModelContainer(image=VLLM, limits={"cpu": "lots"}), "ModelContainer.limits.cpu"),
    (lambda c: ModelContainer(image=VLLM, image_pull_policy="Sometimes"), "ModelContainer.image_pull_policy"),
], ids=["service_account", "service_port", "node_affinity", "parallelism", "replicas", "pod_annotations",
        "node_selector", "quantity", "pull_policy"])
def test_fails_with_the_prop_path(chart: Chart, build: Any, path: str) -> None:
    with pytest.raises(ModelServiceError) as caught:
        build(chart)
    assert [p.path for p in caught.value.problems] == [path]


def test_fails_kubernetes_field_named_by_pool_prop(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "D", containers=_vllm(),
                   pod=PodOptions(tolerations=[{"key": "a", "efect": "NoSchedule"}]))
    assert [p.path for p in caught.value.problems] == ["DecodePool.pod.tolerations[0].efect"]


def test_fails_misspelt_or_mistyped_pod_option_named_by_its_field(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        PodOptions(node_selectr={"pool": "gpu"})
    assert [str(p) for p in caught.value.problems] == [
        "PodOptions.node_selectr: unknown prop (did you mean 'node_selector'?); props: node_selector, tolerations, "
        "node_affinity, scheduler_name, priority_class_name, image_pull_secrets, pod_security_context, host_ipc, "
        "host_pid, enable_service_links, termination_grace_period_seconds"]
    with pytest.raises(ModelServiceError) as caught:
        PodOptions(host_ipc="yes", tolerations=[{"key": "gpu"}, "NoSchedule"])
    assert [str(p) for p in caught.value.problems] == [
        "PodOptions.host_ipc: expected bool or None, got str 'yes'",
        "PodOptions.tolerations[1]: expected a map or DeploymentSpecTemplateSpecTolerations, got str 'NoSchedule'"]
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.pod: expected PodOptions or None, got dict "):
        DecodePool(_server(chart), "D", containers=_vllm(), pod={"node_selector": {"pool": "gpu"}})
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.node_selector: unknown prop; props: .*\bpod\b"):
        DecodePool(_server(chart, "Other", name="other"), "D", containers=_vllm(), node_selector={"pool": "gpu"})


def test_pool_reads_its_pod_options(chart: Chart, synth: Synth) -> None:
    selector = {"pool": "gpu"}
    options = PodOptions(node_selector=selector, scheduler_name="pool-sched", termination_grace_period_seconds=60,
                         image_pull_secrets=[{"name": "pull"}], enable_service_links=False)
    selector["pool"] = "changed"  # PodOptions keeps a copy of what it was given
    server = _server(chart, scheduler_name="server-sched")
    decode = DecodePool(server, "Decode", containers=_vllm(), pod=options)
    prefill = PrefillPool(server, "Prefill", containers=_vllm())
    assert decode.pod is options and prefill.pod == PodOptions()
    assert (decode.node_selector, decode.scheduler_name, prefill.scheduler_name) == (
        {"pool": "gpu"}, "pool-sched", "server-sched")
    pods = {d["metadata"]["name"]: d["spec"]["template"]["spec"] for d in by_kind(synth(chart), "Deployment")}
    assert {k: pods["opt-decode"][k] for k in ("nodeSelector", "schedulerName", "terminationGracePeriodSeconds",
                                               "imagePullSecrets", "enableServiceLinks")} == {
        "nodeSelector": {"pool": "gpu"}, "schedulerName": "pool-sched", "terminationGracePeriodSeconds": 60,
        "imagePullSecrets": [{"name": "pull"}], "enableServiceLinks": False}
    assert pods["opt-prefill"]["schedulerName"] == "server-sched" and "nodeSelector" not in pods["opt-prefill"]


# -- accelerator claims ------------------------------------------------------------------------------------------------

def test_claim_templates_are_named_per_model(chart: Chart, synth: Synth) -> None:
    for name in ("llama", "qwen"):
        server = _server(chart, name.title(), name=name, dra=True, routing_sidecar=None,
                         model=ModelArtifacts.from_uri("hf://facebook/opt-125m", labels={"llm-d.ai/model": name}))
        DecodePool(server, "Decode", containers=_vllm(), parallelism=Parallelism(tensor=2))
    names = sorted(o["metadata"]["name"] for o in by_kind(synth(chart), "ResourceClaimTemplate"))
    assert names == ["llama-nvidia-claim-template-decode", "qwen-nvidia-claim-template-decode"]


def test_fails_an_accelerator_without_a_device_plugin_unless_dra(chart: Chart, synth: Synth) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.accelerator: accelerator type 'intel' is requested "
                                                r"only through DRA \(device class 'gpu\.intel\.com'\), so the pods "
                                                r"would get no device; set dra=True"):
        DecodePool(_server(chart, accelerator=Accelerator.intel()), "Decode", containers=_vllm())
    DecodePool(_server(chart, "Dra", name="dra", accelerator=Accelerator.intel(), dra=True), "Decode",
               containers=_vllm())
    assert by_kind(synth(chart), "ResourceClaimTemplate")


class _SidecarNamedPool(DecodePool):
    """A pool whose build hook adds a container under the routing sidecar's name."""

    def build_containers(self) -> list[dict[str, Any]]:
        return [*super().build_containers(), {"name": "routing-proxy", "image": "busybox"}]


def test_fails_a_build_hook_that_repeats_a_container_name(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers: the pod spec built has more than one "
                                                r"container named routing-proxy \(init containers and the routing "
                                                r"sidecar included\)"):
        _SidecarNamedPool(_server(chart), "Decode", containers=_vllm())


class _UnlabelledPool(DecodePool):
    """A pool whose metadata hook drops the model labels."""

    def build_pod_metadata(self) -> dict[str, Any]:
        return {"labels": {"llm-d.ai/role": "decode", "extra": "x"}}


def test_fails_a_metadata_hook_that_drops_the_selector_labels(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.selector_labels: \{'llm-d\.ai/inference-serving': "
                                                r"'true', 'llm-d\.ai/model': 'opt'.*\} is not on the pod template "
                                                r"built"):
        _UnlabelledPool(_server(chart), "Decode", containers=_vllm())


def test_fails_claim_made_for_the_other_role(chart: Chart) -> None:
    server = _server(chart)
    claim = AcceleratorClaim(server, "Claim", accelerator=Accelerator.nvidia(), role="decode", count=1)
    with pytest.raises(ModelServiceError, match=r"^PrefillPool\.accelerator_claim: the claim was made for role"):
        PrefillPool(server, "Prefill", containers=_vllm(), accelerator_claim=claim)


def test_fails_claim_count_other_than_the_parallelism_needs(chart: Chart) -> None:
    server = _server(chart)
    claim = AcceleratorClaim(server, "Claim", accelerator=Accelerator.nvidia(), role="decode", count=2)
    with pytest.raises(ModelServiceError, match=r"claims 2 devices per pod, but the pool's parallelism needs 4"):
        DecodePool(server, "Decode", containers=_vllm(), accelerator_claim=claim,
                   parallelism=Parallelism(tensor=4))


# -- namespaces --------------------------------------------------------------------------------------------------------

def _namespaces(out: list[dict[str, Any]]) -> dict[str, str | None]:
    return {f"{o['kind']}/{o['metadata']['name']}": o["metadata"].get("namespace") for o in out}


def test_server_and_chart_namespaces_reach_workloads_claims_and_monitors(synth: Synth) -> None:
    for chart, props in ((Chart(App(), "a"), {"namespace": "llm"}), (Chart(App(), "b", namespace="llm"), {})):
        server = _server(chart, dra=True, **props)
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, ports=[
            {"name": "metrics", "containerPort": 8200}])], monitoring=PodMonitoring(port_name="metrics"))
        PrefillPool(server, "Prefill", containers=_vllm(), workload=PoolWorkload.leader_worker_set())
        namespaces = _namespaces(synth(chart))
        assert namespaces == dict.fromkeys([
            "ServiceAccount/opt", "Deployment/opt-decode", "ResourceClaimTemplate/opt-nvidia-claim-template-decode",
            "PodMonitor/opt-decode-podmonitor", "LeaderWorkerSet/opt-prefill",
            "ResourceClaimTemplate/opt-nvidia-claim-template-prefill"], "llm")


# -- static typing -----------------------------------------------------------------------------------------------------

USER_CODE = '''
from cdk8s import App, Chart
from modelservice_constructs import (DecodePool, ModelArtifacts, ModelContainer, ModelServer, PoolWorkload,
                                     PrefillPool)

server = ModelServer(Chart(App(), "c"), "S", name="s", model=ModelArtifacts.from_uri("hf://org/model"))
vllm = [ModelContainer(image="vllm")]
DecodePool(server, "Ok", containers=vllm, replicas=2, workload=PoolWorkload.deployment(strategy={}))
DecodePool(server, "Misspelt", containers=vllm, replica=2)
PrefillPool(server, "Mistyped", containers=vllm, replicas="2")
PoolWorkload.deployment(sub_group_policy={"subGroupSize": 2})
PrefillPool(server, "Flag", containers=vllm, multinode=True)
'''


def test_mypy_strict_flags_misspelt_and_mistyped_pool_props(tmp_path: Path) -> None:
    snippet = tmp_path / "user_app.py"
    snippet.write_text(textwrap.dedent(USER_CODE))
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
                             "--ignore-missing-imports", str(snippet)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = sorted(int(line.split(":")[1]) for line in errors)
    assert lines == [9, 10, 11, 12], result.stdout
    assert 'Unexpected keyword argument "replica"' in result.stdout
    assert 'Argument "replicas" to "PrefillPool" has incompatible type "str"' in result.stdout


def test_workers_of_a_data_parallel_group_are_no_endpoints_and_run_no_sidecar(chart: Chart, synth: Synth) -> None:
    from modelservice_constructs import InferencePool

    server = _server(chart)
    DecodePool(server, "Decode", containers=_vllm(), workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(data=4, data_local=2))
    pool = InferencePool(chart, "Pool", server=server)
    out = synth(chart)
    template = one(out, "LeaderWorkerSet")["spec"]["leaderWorkerTemplate"]
    leader, worker = template["leaderTemplate"], template["workerTemplate"]
    assert [c["name"] for c in leader["spec"]["initContainers"]] == ["routing-proxy"]
    assert "initContainers" not in worker["spec"]  # nothing listens behind a sidecar on a headless worker
    assert leader["metadata"]["labels"]["llm-d.ai/inference-serving"] == "true"
    assert worker["metadata"]["labels"]["llm-d.ai/inference-serving"] == "false"
    selector = one(out, "InferencePool")["spec"]["selector"]["matchLabels"]
    assert selector == pool.selector == server.pod_labels
    assert selector.items() <= leader["metadata"]["labels"].items()
    assert not selector.items() <= worker["metadata"]["labels"].items()  # the pool reaches the leaders only


def test_fails_an_inference_pool_selecting_the_workers_of_a_group(chart: Chart) -> None:
    from modelservice_constructs import InferencePool

    server = _server(chart)
    DecodePool(server, "Decode", containers=_vllm(), workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(data=4, data_local=2))
    InferencePool(chart, "Pool", server=server, selector={"llm-d.ai/model": "opt"})
    with pytest.raises(Exception, match=r"InferencePool 'opt-pool' selector: \{'llm-d.ai/model': 'opt'\} also "
                                        r"selects the workers of opt-decode's data-parallel groups, where vLLM runs "
                                        r"headless and serves nothing"):
        App.of(chart).synth_yaml()
