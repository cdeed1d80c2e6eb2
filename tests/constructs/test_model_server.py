"""The typed API: ModelServer, pools, claims, monitors, hooks."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from cdk8s import ApiObject, App, Chart, JsonPatch
from conftest import Synth, by_kind, one

from modelservice_constructs import (
    Accelerator,
    AcceleratorClaim,
    DecodePool,
    DeviceClaim,
    LlmdRelease,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    ModelServiceWarning,
    NodeAffinity,
    Parallelism,
    PodMonitoring,
    PodOptions,
    PoolWorkload,
    PrefillPool,
    Profile,
    Requester,
    Tracing,
)
from modelservice_constructs.cli import template
from modelservice_constructs.validation import validate_objects
from modelservice_constructs.values.chart import ChartRoutingSidecar

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m", size="20Gi",
                                labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt"})


def _server(chart: Chart, **props: Any) -> ModelServer:
    return ModelServer(chart, "Model", name=props.pop("name", "opt"), model=props.pop("model", MODEL), **props)


def _pod(workload: dict[str, Any]) -> dict[str, Any]:
    spec = workload["spec"]
    template = spec["leaderWorkerTemplate"]["workerTemplate"] if "leaderWorkerTemplate" in spec else spec["template"]
    pod: dict[str, Any] = template["spec"]
    return pod


def test_pd_server_defaults(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    assert [(o["kind"], o["metadata"]["name"]) for o in out] == [
        ("ServiceAccount", "opt"), ("Deployment", "opt-decode"), ("Deployment", "opt-prefill")]
    decode = _pod(one(out, "Deployment", "opt-decode"))
    prefill = _pod(one(out, "Deployment", "opt-prefill"))
    assert decode["containers"][0]["command"] == ["vllm", "serve"]
    kv_args = ["--kv-transfer-config", '{"kv_connector":"NixlConnector","kv_role":"kv_both"}']
    assert decode["containers"][0]["args"] == ["facebook/opt-125m", "--port", "8200",
                                               "--served-model-name", "facebook/opt-125m", *kv_args]
    assert prefill["containers"][0]["args"] == ["facebook/opt-125m", "--port", "8000",
                                                "--served-model-name", "facebook/opt-125m", *kv_args]
    for pod, port in ((decode, 8200), (prefill, 8000)):
        # the KV connector's side channel, and vLLM's port, named for PodMonitoring
        assert pod["containers"][0]["ports"] == [{"name": "nixl", "containerPort": 5600, "protocol": "TCP"},
                                                 {"name": "metrics", "containerPort": port, "protocol": "TCP"}]
        env = {e["name"]: e for e in pod["containers"][0]["env"]}
        assert env["VLLM_NIXL_SIDE_CHANNEL_PORT"]["value"] == "5600"
        assert env["VLLM_NIXL_SIDE_CHANNEL_HOST"]["valueFrom"] == {"fieldRef": {"fieldPath": "status.podIP"}}
    assert decode["initContainers"][0]["name"] == "routing-proxy"
    assert decode["initContainers"][0]["restartPolicy"] == "Always"
    assert "initContainers" not in prefill
    assert decode["containers"][0]["resources"] == {"limits": {"nvidia.com/gpu": "1"},
                                                    "requests": {"cpu": "2", "memory": "8Gi", "nvidia.com/gpu": "1"}}
    assert one(out, "Deployment", "opt-decode")["spec"]["selector"]["matchLabels"] == {
        "llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt", "llm-d.ai/role": "decode"}
    assert decode["serviceAccountName"] == "opt"
    assert validate_objects(out) == []


def test_parallelism_sets_accelerators_flags_and_env(chart: Chart, synth: Synth) -> None:
    server = _server(chart, accelerator=Accelerator.amd())
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=4, data=2), containers=[ModelContainer(image=VLLM)])
    [container] = _pod(one(synth(chart), "Deployment"))["containers"]
    assert container["resources"]["limits"] == {"amd.com/gpu": "8"}
    assert container["args"][3:9] == ["--tensor-parallel-size", "4", "--data-parallel-size", "2",
                                      "--data-parallel-size-local", "2"]
    env = {e["name"]: e["value"] for e in container["env"] if "value" in e}
    assert (env["DP_SIZE"], env["TP_SIZE"], env["DP_SIZE_LOCAL"]) == ("2", "4", "2")


def test_multinode_pool_is_a_leaderworkerset_sized_by_workers(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    PrefillPool(server, "Prefill", replicas=2, parallelism=Parallelism(data=16, data_local=8),
                workload=PoolWorkload.leader_worker_set(sub_group_exclusive_topology="kubernetes.io/hostname",
                                                        sub_group_policy={"subGroupSize": 2}),
                containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    lws = one(out, "LeaderWorkerSet")
    assert lws["spec"]["replicas"] == 2
    assert lws["spec"]["leaderWorkerTemplate"]["size"] == 2
    assert lws["spec"]["leaderWorkerTemplate"]["subGroupPolicy"] == {"subGroupSize": 2}
    assert lws["metadata"]["labels"]["llm-d.ai/role"] == "prefill"
    assert lws["metadata"]["annotations"] == {
        "leaderworkerset.sigs.k8s.io/subgroup-exclusive-topology": "kubernetes.io/hostname"}
    assert _pod(lws)["containers"][0]["resources"]["limits"] == {"nvidia.com/gpu": "8"}
    assert validate_objects(out) == []


def test_dra_pool_claims_accelerators_through_a_resource_claim_template(chart: Chart, synth: Synth) -> None:
    server = _server(chart, accelerator=Accelerator.intel_gaudi(), dra=True, routing_sidecar=None)
    pool = DecodePool(server, "Decode", parallelism=Parallelism(tensor=2),
                      resource_claims=[{"name": "extra", "resourceClaimTemplateName": "extra"}],
                      containers=[ModelContainer(image=VLLM, limits={"cpu": "4"})])
    out = synth(chart)
    assert pool.accelerator_claim is not None
    rct = one(out, "ResourceClaimTemplate")
    assert rct["metadata"]["name"] == "opt-intel-gaudi-claim-template-decode"
    assert rct["spec"]["spec"]["devices"]["requests"] == [
        {"name": "intel-gaudi", "exactly": {"deviceClassName": "gaudi.intel.com", "count": 2}}]
    pod = _pod(one(out, "Deployment"))
    assert pod["resourceClaims"] == [
        {"name": "intel-gaudi-decode-claim", "resourceClaimTemplateName": "opt-intel-gaudi-claim-template-decode"},
        {"name": "extra", "resourceClaimTemplateName": "extra"}]
    assert pod["containers"][0]["resources"] == {"limits": {"cpu": "4"}, "requests": {"memory": "8Gi"},
                                                 "claims": [{"name": "intel-gaudi-decode-claim"}, {"name": "extra"}]}
    assert pod["containers"][0]["args"][1:3] == ["--port", "8000"]
    assert validate_objects(out) == []


def test_pool_takes_an_explicit_accelerator_claim_object(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    claim = AcceleratorClaim(server, "Claim", role="decode", count=4, accelerator=Accelerator(
        "nvidia", "nvidia.com/gpu", device_claim=DeviceClaim("gpu.nvidia.com", selectors=[
            {"cel": {"expression": "device.attributes['gpu.nvidia.com'].productName == 'H100'"}}])))
    DecodePool(server, "Decode", accelerator_claim=claim, parallelism=Parallelism(tensor=4),
               containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    request = one(out, "ResourceClaimTemplate")["spec"]["spec"]["devices"]["requests"][0]["exactly"]
    assert request["count"] == 4 and request["selectors"][0]["cel"]["expression"].endswith("'H100'")
    container = _pod(one(out, "Deployment"))["containers"][0]
    assert "limits" not in container["resources"]
    assert claim.resource_claim_template is not None


def test_pod_monitor_selects_the_pool(chart: Chart, synth: Synth) -> None:
    server = _server(chart, namespace="llm")
    DecodePool(server, "Decode", monitoring=PodMonitoring(scrape_timeout="10s", labels={"release": "prom"}),
               containers=[ModelContainer(image=VLLM, ports=[{"containerPort": 8200, "name": "metrics"}])])
    out = synth(chart)
    monitor = one(out, "PodMonitor")
    assert monitor["metadata"]["name"] == "opt-decode-podmonitor"
    assert monitor["metadata"]["namespace"] == "llm"
    assert monitor["metadata"]["labels"]["release"] == "prom"
    assert monitor["spec"]["selector"]["matchLabels"]["llm-d.ai/role"] == "decode"
    assert monitor["spec"]["podMetricsEndpoints"] == [
        {"port": "metrics", "path": "/metrics", "interval": "30s", "scrapeTimeout": "10s"}]
    assert validate_objects(out) == []


def test_tracing_reaches_vllm_and_sidecar(chart: Chart, synth: Synth) -> None:
    server = _server(chart, tracing=Tracing(otlp_endpoint="http://otel:4317"))
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    pod = _pod(one(synth(chart), "Deployment"))
    assert "--otlp-traces-endpoint" in pod["containers"][0]["args"]
    sidecar_env = {e["name"]: e["value"] for e in pod["initContainers"][0]["env"]}
    assert sidecar_env["OTEL_SERVICE_NAME"] == "routing-proxy"
    vllm_env = {e["name"]: e.get("value") for e in pod["containers"][0]["env"]}
    assert vllm_env["OTEL_SERVICE_NAME"] == "vllm-decode"


def test_requester_replaces_the_decode_deployment(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", workload=PoolWorkload.requester(Requester()), containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    assert by_kind(out, "Deployment") == []
    replica_set = one(out, "ReplicaSet")
    patch = yaml.safe_load(replica_set["spec"]["template"]["metadata"]["annotations"]["dual-pod.llm-d.ai/server-patch"])
    assert patch["metadata"]["labels"] == {"model-reg": "opt-125m", "model-repo": "facebook", "app": None}
    assert [c["name"] for c in patch["spec"]["initContainers"]] == ["routing-proxy"]
    assert validate_objects(out) == []


def test_existing_service_account_is_not_created(chart: Chart, synth: Synth) -> None:
    server = _server(chart, service_account="shared")
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    assert by_kind(out, "ServiceAccount") == []
    assert _pod(one(out, "Deployment"))["serviceAccountName"] == "shared"


def test_node_affinity_and_scheduling(chart: Chart, synth: Synth) -> None:
    server = _server(chart, scheduler_name="global")
    PrefillPool(server, "Prefill", pod=PodOptions(node_affinity=NodeAffinity("nvidia.com/gpu.product", ["H100"]),
                                                  priority_class_name="high",
                                                  tolerations=[{"key": "gpu", "operator": "Exists"}]),
                containers=[ModelContainer(image=VLLM)])
    pod = _pod(one(synth(chart), "Deployment"))
    terms = pod["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert terms == [{"matchExpressions": [{"key": "nvidia.com/gpu.product", "operator": "In", "values": ["H100"]}]}]
    assert (pod["schedulerName"], pod["priorityClassName"]) == ("global", "high")
    assert pod["tolerations"] == [{"key": "gpu", "operator": "Exists"}]


def test_escape_hatch_patches_the_workload(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    pool = PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    ApiObject.of(pool.workload).add_json_patch(JsonPatch.add("/spec/minReadySeconds", 30))
    assert one(synth(chart), "Deployment")["spec"]["minReadySeconds"] == 30


class SidecarDecodePool(DecodePool):
    """A downstream pool that adds a log shipper container and a pod label."""

    def build_containers(self) -> list[dict[str, Any]]:
        return [*super().build_containers(), {"name": "log-shipper", "image": "fluent/fluent-bit:3.0"}]

    def build_pod_metadata(self) -> dict[str, Any]:
        metadata = super().build_pod_metadata()
        metadata["labels"] = {**metadata["labels"], "team": "inference"}
        return metadata


def test_subclassed_pool_adds_a_container_and_changes_the_pod(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    SidecarDecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    deployment = one(out, "Deployment")
    assert [c["name"] for c in _pod(deployment)["containers"]] == ["vllm", "log-shipper"]
    assert deployment["spec"]["template"]["metadata"]["labels"]["team"] == "inference"
    # the container the hook added gets the profile's hardening, as the pool's own do
    assert _pod(deployment)["containers"][1]["securityContext"] == {"allowPrivilegeEscalation": False,
                                                                    "capabilities": {"drop": ["ALL"]}}
    assert validate_objects(out) == []


VLLM_PORT = {"name": "metrics", "containerPort": 9200, "protocol": "TCP"}
"""vLLM's port, declared by the typed API and only where the values list it by the chart."""


def test_typed_api_and_values_give_the_same_objects(tmp_path: Any) -> None:
    values = {
        "modelArtifacts": {"name": "facebook/opt-125m", "uri": "pvc://models/opt", "readOnly": False,
                           "labels": {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt"}},
        "accelerator": {"type": "amd"},
        "routing": {"servicePort": 9000, "proxy": {"targetPort": 9200, "connector": "shared-storage"}},
        "decode": {"replicas": 2, "parallelism": {"tensor": 2}, "volumes": [],
                   "containers": [{"name": "vllm", "image": VLLM, "modelCommand": "vllmServe",
                                   "args": ["--enforce-eager"], "mountModelVolume": True, "ports": [VLLM_PORT],
                                   "resources": {"limits": {"memory": "16Gi"}}}]},
        "prefill": {"create": False},
    }
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(values))
    from_values = [o for o in yaml.safe_load_all(template("opt", [str(path)])) if o]

    app = App()
    chart = Chart(app, "release")
    # the chart's sidecar flags (--vllm-port, --connector) on the release that still has them both
    server = ModelServer(chart, "ModelServer", name="opt-llm-d-modelservice", release=LlmdRelease.v0_9(),
                         model=ModelArtifacts(name="facebook/opt-125m", uri="pvc://models/opt", read_only=False,
                                              size="5Mi", labels=values["modelArtifacts"]["labels"]),
                         service_port=9000, accelerator=Accelerator.amd(), profile=Profile.chart(),
                         routing_sidecar=ChartRoutingSidecar(image="ghcr.io/llm-d/llm-d-routing-sidecar:latest",
                                                             image_pull_policy="Always", zap_log_level="debug",
                                                             resources={}, target_port=9200,
                                                             connector="shared-storage"),
                         kv_transfer=None)
    with pytest.warns(ModelServiceWarning, match="--connector is deprecated in the routing sidecar of llm-d router "
                                                 "v0.9.0: use --kv-connector"):
        DecodePool(server, "Decode", replicas=2, parallelism=Parallelism(tensor=2), containers=[ModelContainer(
            image=VLLM, model_command=ModelCommand.VLLM_SERVE, args=["--enforce-eager"], limits={"memory": "16Gi"},
            ports=[VLLM_PORT])])
    from_typed = [o for o in yaml.safe_load_all(app.synth_yaml()) if o]
    assert from_typed == from_values
    container = _pod(from_values[1])["containers"][0]
    assert container["args"][0] == "/model-cache/opt"
    assert container["volumeMounts"] == [{"name": "model-storage", "mountPath": "/model-cache", "readOnly": False}]


def test_fails_pool_without_containers(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"DecodePool\.containers: a pool needs at least one container"):
        DecodePool(_server(chart), "Decode", containers=[])


def test_fails_duplicate_container_names(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"PrefillPool\.containers: .*vllm repeats"):
        PrefillPool(_server(chart), "Prefill", containers=[ModelContainer(image=VLLM), ModelContainer(image=VLLM)])


def test_fails_requester_workload_on_a_prefill_pool(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"PrefillPool\.workload: the requester stands in for decode pods"):
        PrefillPool(_server(chart), "Prefill", workload=PoolWorkload.requester(),
                    containers=[ModelContainer(image=VLLM)])


def test_fails_dra_for_an_accelerator_without_claim_configuration(chart: Chart) -> None:
    server = _server(chart, accelerator=Accelerator.rebellions_atom(), dra=True)
    with pytest.raises(ModelServiceError, match=r"DecodePool\.accelerator\.device_claim: DRA is enabled "
                                                 r"but accelerator type 'rebellions-atom'"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])


def test_fails_bad_server_name(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"ModelServer\.name: .*'Opt_Model'"):
        _server(chart, name="Opt_Model")


def test_first_available_dra_request_is_a_list_of_alternatives(chart: Chart, synth: Synth) -> None:
    accelerator = Accelerator("nvidia", "nvidia.com/gpu", device_claim=DeviceClaim("gpu.nvidia.com",
                                                                                    match="firstAvailable"))
    server = _server(chart, accelerator=accelerator, dra=True)
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=2), containers=[ModelContainer(image=VLLM)])
    requests = one(synth(chart), "ResourceClaimTemplate")["spec"]["spec"]["devices"]["requests"]
    assert requests == [{"name": "nvidia", "firstAvailable": [
        {"name": "nvidia", "deviceClassName": "gpu.nvidia.com", "count": 2}]}]


ONE_VLLM = ("the containers of a pod share its network (the routing sidecar included), so every port they listen "
            "on must be distinct: the pool starts vLLM on this port in every vllmServe and imageDefault container of "
            "the pod; start it in one of them (model_command custom for the others)")


def test_fails_two_containers_the_pool_starts_vllm_in(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "Decode", containers=[
            ModelContainer(image=VLLM), ModelContainer(name="second", image=VLLM)])
    assert [str(p) for p in caught.value.problems] == [
        "DecodePool.containers[1].model_command: port 8200 (vLLM's --port, ModelServer.routing_sidecar.target_port) "
        f"is already declared by container 'vllm' (vLLM's --port, ModelServer.routing_sidecar.target_port); {ONE_VLLM}"]


def test_fails_a_container_port_on_the_vllm_port_of_another_container(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        PrefillPool(_server(chart), "Prefill", containers=[ModelContainer(image=VLLM), ModelContainer(
            name="exporter", image="exporter", model_command=ModelCommand.CUSTOM, command=["exporter"],
            ports=[{"containerPort": 8000}])])
    assert [str(p) for p in caught.value.problems] == [
        "PrefillPool.containers[1].ports[0].containerPort: port 8000 is already declared by container 'vllm' (vLLM's "
        "--port, ModelServer.service_port); the containers of a pod share its network (the routing sidecar "
        "included), so every port they listen on must be distinct: use another port"]


def test_a_container_may_declare_the_port_vllm_listens_on(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, ports=[
        {"containerPort": 8200, "name": "metrics"}])])
    assert synth(chart)


def test_template_warns_of_two_vllm_containers_and_renders_them() -> None:
    containers = ("decode.containers[{i}].name=vllm{i},decode.containers[{i}].image=vllm,"
                  "decode.containers[{i}].modelCommand=vllmServe")
    sets = [containers.format(i=0), containers.format(i=1), "prefill.create=false"]
    with pytest.warns(UserWarning) as caught:
        output = template("demo", [], sets)
    assert [str(w.message) for w in caught] == [
        "decode.containers[1].modelCommand: port 8200 (vLLM's --port, ModelServer.routing_sidecar.target_port) is "
        f"already used by container 'vllm0' (vLLM's --port, ModelServer.routing_sidecar.target_port); {ONE_VLLM}"]
    pod = next(o for o in yaml.safe_load_all(output) if o and o["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert [c["args"][c["args"].index("--port") + 1] for c in pod["containers"]] == ["8200", "8200"]


def test_fails_a_second_server_of_one_name_in_one_scope_with_one_line(chart: Chart) -> None:
    ModelServer(chart, "A", name="opt", model=ModelArtifacts.from_uri("hf://facebook/opt-125m"))
    with pytest.raises(ModelServiceError) as err:
        ModelServer(chart, "B", name="opt", model=ModelArtifacts.from_uri("hf://facebook/opt-350m"))
    assert str(err.value) == (
        "ModelServer.name: 'opt' is already the name of ModelServer 'A' in the same scope and namespace: their objects "
        "(the service account, the pools' workloads) would have one name and replace each other; give each server "
        "its own name or namespace")
    ModelServer(chart, "C", name="opt", namespace="other", model=ModelArtifacts.from_uri("hf://facebook/opt-350m"))
