"""The production profile of the typed API: each default, each opt-out, and the guard rails on privileges."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart
from conftest import Synth, by_kind, one

from modelservice_constructs import (
    Accelerator,
    Autoscaling,
    DecodePool,
    DisruptionBudget,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelNetworkPolicy,
    ModelProbes,
    ModelServer,
    ModelServiceError,
    Parallelism,
    Peer,
    PodOptions,
    PodSecurity,
    PoolWorkload,
    PrefillPool,
    Privilege,
    Profile,
    Requester,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"
SIM = "ghcr.io/llm-d/llm-d-inference-sim:v0.8.2"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m", auth_secret_name="hf-secret")


def _server(chart: Chart, **props: Any) -> ModelServer:
    return ModelServer(chart, "Model", name="opt", model=props.pop("model", MODEL), **props)


def _pod(manifest: dict[str, Any]) -> dict[str, Any]:
    spec = manifest["spec"]
    template = spec["leaderWorkerTemplate"]["workerTemplate"] if "leaderWorkerTemplate" in spec else spec["template"]
    pod: dict[str, Any] = template["spec"]
    return pod


def test_pods_are_hardened_by_default(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=4), containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    assert one(out, "ServiceAccount")["automountServiceAccountToken"] is False
    pod = _pod(one(out, "Deployment"))
    assert pod["automountServiceAccountToken"] is False
    assert pod["securityContext"] == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    assert "hostIPC" not in pod
    [vllm] = pod["containers"]
    # vLLM on GPUs keeps a writable root filesystem, with its caches on an emptyDir
    assert vllm["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["dshm"] == {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "4Gi"}}
    assert volumes["tmp"] == {"name": "tmp", "emptyDir": {"sizeLimit": "10Gi"}}
    mounts = {m["mountPath"]: m["name"] for m in vllm["volumeMounts"]}
    assert mounts["/dev/shm"] == "dshm" and mounts["/tmp"] == "tmp"
    env = {e["name"]: e for e in vllm["env"]}
    assert env["VLLM_CACHE_ROOT"]["value"] == "/tmp/.cache/vllm"
    # the token is a file, not a variable
    assert "HF_TOKEN" not in env
    assert env["HF_TOKEN_PATH"]["value"] == "/var/run/secrets/huggingface/token"
    assert volumes["hf-token"]["secret"] == {"secretName": "hf-secret", "items": [{"key": "HF_TOKEN", "path": "token"}]}
    assert {"name": "hf-token", "mountPath": "/var/run/secrets/huggingface", "readOnly": True} in vllm["volumeMounts"]
    assert vllm["resources"]["requests"] == {"cpu": "2", "memory": "8Gi", "nvidia.com/gpu": "4"}
    [sidecar] = pod["initContainers"]
    assert sidecar["image"] == "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0"
    assert sidecar["imagePullPolicy"] == "IfNotPresent"
    assert "--zap-log-level=info" in sidecar["args"]
    assert sidecar["resources"] == {"requests": {"cpu": "100m", "memory": "128Mi"},
                                    "limits": {"cpu": "1", "memory": "512Mi"}}
    assert sidecar["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                                          "readOnlyRootFilesystem": True, "runAsUser": 65532, "runAsGroup": 65532,
                                          "runAsNonRoot": True}
    assert sidecar["readinessProbe"]["tcpSocket"] == {"port": 8000}


def test_containers_without_devices_get_a_read_only_root(chart: Chart, synth: Synth) -> None:
    server = _server(chart, accelerator=Accelerator.cpu(), routing_sidecar=None)
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=SIM)])
    pod = _pod(one(synth(chart), "Deployment"))
    context = pod["containers"][0]["securityContext"]
    assert context["readOnlyRootFilesystem"] is True and context["runAsUser"] == 65532
    assert "dshm" not in {v["name"] for v in pod["volumes"]}  # the simulator uses no shared memory


def test_each_security_default_can_be_turned_off(chart: Chart, synth: Synth) -> None:
    security = PodSecurity(run_as_non_root=False, seccomp_profile=None, read_only_root_filesystem=False,
                           cache_volume=False, dev_shm=False, automount_service_account_token=True,
                           hf_token_file=False, run_as_user=1000, fs_group=2000, shm_size="32Gi")
    server = _server(chart, profile=Profile(security=security, default_requests={}))
    DecodePool(server, "Decode", containers=[ModelContainer(image="vllm/vllm-openai:v0.10.1")])
    out = synth(chart)
    assert one(out, "ServiceAccount")["automountServiceAccountToken"] is True
    pod = _pod(one(out, "Deployment"))
    assert pod["automountServiceAccountToken"] is True
    assert pod["securityContext"] == {"runAsNonRoot": False, "runAsUser": 1000, "fsGroup": 2000}
    [vllm] = pod["containers"]
    assert {e["name"] for e in vllm["env"]} >= {"HF_TOKEN"}
    assert [m["name"] for m in vllm["volumeMounts"]] == ["model-storage"]
    assert [v["name"] for v in pod["volumes"]] == ["model-storage"]
    assert "cpu" not in vllm["resources"].get("requests", {})


def test_unhardened_adds_nothing(chart: Chart, synth: Synth) -> None:
    server = _server(chart, profile=Profile.chart(), model=ModelArtifacts.from_uri("pvc://models/opt"))
    DecodePool(server, "Decode", replicas=3, containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    pod = _pod(one(out, "Deployment"))
    assert "securityContext" not in pod and "automountServiceAccountToken" not in pod
    assert "securityContext" not in pod["containers"][0]
    assert not any(k.endswith("Probe") for k in pod["containers"][0])
    assert by_kind(out, "PodDisruptionBudget") == []


def test_container_and_pod_fields_win_over_the_profile(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode",
               pod=PodOptions(pod_security_context={"runAsUser": 2000, "seccompProfile": {"type": "Unconfined"}}),
               containers=[ModelContainer(image=VLLM, security_context={"allowPrivilegeEscalation": True},
                                          requests={"cpu": "16"})])
    pod = _pod(one(synth(chart), "Deployment"))
    assert pod["securityContext"] == {"runAsNonRoot": True, "runAsUser": 2000, "seccompProfile": {"type": "Unconfined"}}
    assert pod["containers"][0]["securityContext"]["allowPrivilegeEscalation"] is True
    assert pod["containers"][0]["resources"]["requests"]["cpu"] == "16"
    assert pod["containers"][0]["resources"]["requests"]["memory"] == "8Gi"


def test_fails_root_image_under_run_as_non_root(chart: Chart) -> None:
    server = _server(chart)
    with pytest.raises(ModelServiceError, match=r"DecodePool.containers\[0\].image: 'vllm/vllm-openai:v0.10.1' runs "
                                                r"as root.*run_as_non_root=False"):
        DecodePool(server, "Decode", containers=[ModelContainer(image="vllm/vllm-openai:v0.10.1")])


def test_rdma_adds_only_ipc_lock(chart: Chart, synth: Synth) -> None:
    server = _server(chart, profile=Profile(security=PodSecurity(rdma=True)))
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    pod = _pod(one(synth(chart), "Deployment"))
    assert pod["containers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["IPC_LOCK"]}
    assert pod["initContainers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_requester_pods_are_hardened(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", workload=PoolWorkload.requester(Requester()),
               containers=[ModelContainer(image=VLLM)])
    pod = _pod(one(synth(chart), "ReplicaSet"))
    assert pod["automountServiceAccountToken"] is False
    [container] = pod["containers"]
    assert container["image"].endswith("/requester:v0.6.2") and container["imagePullPolicy"] == "IfNotPresent"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


# -- disruption budgets ----------------------------------------------------------------------------


def test_pools_of_two_replicas_get_a_disruption_budget(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", replicas=2, containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", replicas=1, containers=[ModelContainer(image=VLLM)])
    [budget] = by_kind(synth(chart), "PodDisruptionBudget")
    assert budget["metadata"]["name"] == "opt-decode"
    assert budget["spec"] == {"maxUnavailable": 1, "unhealthyPodEvictionPolicy": "AlwaysAllow", "selector": {
        "matchLabels": {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt", "llm-d.ai/role": "decode"}}}


def test_disruption_budget_can_be_changed_or_turned_off(chart: Chart, synth: Synth) -> None:
    server = _server(chart, profile=Profile(disruption_budget=DisruptionBudget(max_unavailable="25%")))
    DecodePool(server, "Decode", replicas=None, containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", replicas=4, profile=Profile(disruption_budget=DisruptionBudget.disabled()),
                containers=[ModelContainer(image=VLLM)])
    [budget] = by_kind(synth(chart), "PodDisruptionBudget")
    assert budget["metadata"]["name"] == "opt-decode" and budget["spec"]["maxUnavailable"] == "25%"


def test_autoscaled_pools_get_a_disruption_budget_whatever_their_replicas_prop(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    scaling = Autoscaling.hpa(min_replicas=1, max_replicas=4, metrics=[Metric.cpu_utilization(80)])
    DecodePool(server, "Decode", autoscaling=scaling, containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    [budget] = by_kind(synth(chart), "PodDisruptionBudget")
    assert budget["metadata"]["name"] == "opt-decode"


@pytest.mark.parametrize("value", [-1, "150%", "101%", "25"])
def test_fails_bad_disruption_budget(value: Any) -> None:
    with pytest.raises(ModelServiceError, match=r"^DisruptionBudget.max_unavailable: must be a whole number >= 0 or a "
                                                r"percentage from 0% to 100%, got "):
        DisruptionBudget(max_unavailable=value)


@pytest.mark.parametrize(("props", "message"), [
    ({"max_unavailable": True}, r"^DisruptionBudget\.max_unavailable: expected int or str, got bool True$"),
    ({"max_unavailable": 0.5}, r"^DisruptionBudget\.max_unavailable: expected int or str, got float 0\.5$"),
    ({"enabled": "no"}, r"^DisruptionBudget\.enabled: expected bool, got str 'no'$"),
    ({"min_replicas": "2"}, r"^DisruptionBudget\.min_replicas: expected int, got str '2'$"),
    ({"unhealthy_pod_eviction_policy": None},
     r"^DisruptionBudget\.unhealthy_pod_eviction_policy: expected str, got NoneType None$"),
    ({"max_unavailble": 2}, r"^DisruptionBudget\.max_unavailble: unknown prop \(did you mean 'max_unavailable'\?\); "
                            r"props: enabled, max_unavailable, min_replicas, unhealthy_pod_eviction_policy$"),
])
def test_fails_disruption_budget_props_of_the_wrong_type(props: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        DisruptionBudget(**props)


# -- profile ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("props", "message"), [
    ({"security": "x"}, r"^Profile\.security: expected PodSecurity, got str 'x'$"),
    ({"security": None}, r"^Profile\.security: expected PodSecurity, got NoneType None$"),
    ({"probes": None}, r"^Profile\.probes: expected ModelProbes, got NoneType None$"),
    ({"probes": False}, r"^Profile\.probes: expected ModelProbes, got bool False$"),
    ({"disruption_budget": None}, r"^Profile\.disruption_budget: expected DisruptionBudget, got NoneType None$"),
    ({"default_requests": ["cpu"]}, r"^Profile\.default_requests: expected a map, got list \['cpu'\]$"),
    ({"default_requests": None}, r"^Profile\.default_requests: expected a map, got NoneType None$"),
    ({"default_requests": {1: "2"}}, r"^Profile\.default_requests: keys are resource names \(cpu, memory\), got 1$"),
    ({"default_requests": {"cpu": "two"}},
     r"^Profile\.default_requests\.cpu: must be a quantity such as 2, 500m or 16Gi, got 'two'$"),
    ({"probe": ModelProbes()}, r"^Profile\.probe: unknown prop \(did you mean 'probes'\?\); props: security, probes, "
                               r"disruption_budget, default_requests$"),
])
def test_fails_profile_props_of_the_wrong_type(props: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        Profile(**props)


def test_fails_server_with_a_profile_of_the_wrong_type(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^Profile\.security: expected PodSecurity, got str 'x'$"):
        ModelServer(chart, "S", name="q", model=ModelArtifacts.from_uri("hf://a/b"), profile=Profile(security="x"))


@pytest.mark.parametrize("value", [0, 3, "0%", "100%"])
def test_disruption_budget_takes_counts_and_percentages(value: Any) -> None:
    assert DisruptionBudget(max_unavailable=value).max_unavailable == value


# -- network policy --------------------------------------------------------------------------------


def test_network_policy_is_opt_in_and_admits_the_serving_traffic(chart: Chart, synth: Synth) -> None:
    plain = _server(chart)
    assert plain.network_policy is None
    server = ModelServer(chart, "Other", name="other", model=ModelArtifacts.from_uri(
        "hf://a/b", labels={"llm-d.ai/model": "b"}), network_policy=ModelNetworkPolicy(
        gateway=[Peer.namespace("gateways")], metrics_ports=[9100]))
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    policy = one(synth(chart), "NetworkPolicy")
    assert policy["metadata"]["name"] == "other"
    spec = policy["spec"]
    assert spec["podSelector"] == {"matchLabels": {"llm-d.ai/model": "b"}}
    assert spec["policyTypes"] == ["Ingress"]
    gateway, own, monitoring = spec["ingress"]
    assert gateway["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "gateways"}}},
                               {"podSelector": {"matchLabels": {"app.kubernetes.io/component": "endpoint-picker"}}}]
    assert gateway["ports"] == [{"port": 8000, "protocol": "TCP"}]
    # the model's pods reach each other on every port: the service port, the NIXL side channel, UCX's TCP ports
    assert own == {"from": [{"podSelector": {"matchLabels": {"llm-d.ai/model": "b"}}}]}
    assert [p["port"] for p in monitoring["ports"]] == [8000, 8200, 9100]


def test_network_policy_admits_a_data_parallel_group_spanning_pods(chart: Chart, synth: Synth) -> None:
    """Workers reach the leader on --data-parallel-rpc-port (5555), then on the ports vLLM picks at start (engine
    and coordinator sockets, the ranks' torch.distributed group): the model's pods admit each other on every
    port."""
    server = _server(chart, network_policy=ModelNetworkPolicy())
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(tensor=2, data=4, data_local=2))
    out = synth(chart)
    worker = one(out, "LeaderWorkerSet")["spec"]["leaderWorkerTemplate"]["workerTemplate"]
    assert "--data-parallel-rpc-port" in worker["spec"]["containers"][0]["command"][2]
    labels = worker["metadata"]["labels"]
    ingress = one(out, "NetworkPolicy")["spec"]["ingress"]
    admitting = [rule for rule in ingress if "ports" not in rule]
    assert admitting == [{"from": [{"podSelector": {"matchLabels": server.group_labels}}]}]
    assert server.group_labels.items() <= labels.items()  # the workers too
    assert server.group_labels == {"llm-d.ai/model": "opt"}  # the server's own label, not the serving one


# -- guard rails -----------------------------------------------------------------------------------

PRIVILEGED: list[tuple[Privilege, dict[str, Any], str]] = [
    (Privilege.PRIVILEGED, {"containers": [ModelContainer(image=VLLM, security_context={"privileged": True})]},
     r"DecodePool.containers\[0\].security_context.privileged: a privileged container"),
    (Privilege.CAPABILITIES, {"containers": [ModelContainer(image=VLLM, security_context={
        "capabilities": {"add": ["SYS_ADMIN"]}})]},
     r"DecodePool.containers\[0\].security_context.capabilities.add: adds capabilities SYS_ADMIN"),
    (Privilege.HOST_IPC, {"pod": PodOptions(host_ipc=True)},
     r"DecodePool.pod.host_ipc: hostIPC shares the node's namespace"),
    (Privilege.HOST_PID, {"pod": PodOptions(host_pid=True)}, r"DecodePool.pod.host_pid: hostPID shares"),
    (Privilege.HOST_NETWORK, {"extra_config": {"hostNetwork": True}},
     r"DecodePool.extra_config.hostNetwork: hostNetwork shares"),
    (Privilege.HOST_PATH, {"volumes": [{"name": "nv", "hostPath": {"path": "/usr/lib/nvidia"}}]},
     r"DecodePool.volumes\[0\].hostPath: volume 'nv' mounts '/usr/lib/nvidia' of the node"),
]


@pytest.mark.parametrize(("privilege", "props", "message"), PRIVILEGED, ids=[p.name for p, _, _ in PRIVILEGED])
def test_fails_privilege_unless_allowed_by_name(privilege: Privilege, props: dict[str, Any], message: str,
                                                chart: Chart) -> None:
    props = {"containers": [ModelContainer(image=VLLM)], **props}
    with pytest.raises(ModelServiceError, match=message + f".*Privilege.{privilege.name}"):
        DecodePool(_server(chart), "Decode", **props)
    allowed = ModelServer(chart, "Allowed", name="allowed", model=MODEL,
                          profile=Profile(security=PodSecurity(allow=[privilege])))
    DecodePool(allowed, "Decode", **props)


def test_fails_extra_objects_beyond_the_namespace_unless_allowed(chart: Chart) -> None:
    role = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "x"}}
    other = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "kube-system"}}
    with pytest.raises(ModelServiceError, match=r"ModelServer.extra_objects\[0\].kind: ClusterRole is cluster-scoped"):
        _server(chart, extra_objects=[role])
    with pytest.raises(ModelServiceError, match=r"extra_objects\[0\].metadata.namespace: 'kube-system' is not the "
                                                r"model's namespace 'llm'"):
        ModelServer(chart, "Other", name="other", model=MODEL, namespace="llm", extra_objects=[other])
    ModelServer(chart, "Allowed", name="allowed", model=MODEL, namespace="llm", extra_objects=[role, other],
                profile=Profile(security=PodSecurity(allow=["clusterScopedObjects", "otherNamespaceObjects"])))


def test_fails_unknown_privilege() -> None:
    with pytest.raises(ModelServiceError, match=r"PodSecurity.allow: 'root' is not a privilege"):
        PodSecurity(allow=["root"])


def test_apply_hardens_a_pod_spec_built_elsewhere() -> None:
    spec = {"containers": [{"name": "epp", "image": "x", "securityContext": {"runAsUser": 1}}]}
    out = PodSecurity().apply(spec, user=65532, needs_token=True)
    assert "automountServiceAccountToken" not in out
    assert out["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert out["containers"][0]["securityContext"]["runAsUser"] == 1  # the spec's own field wins
    assert out["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    assert out["volumes"] == [{"name": "tmp", "emptyDir": {"sizeLimit": "10Gi"}}]
    assert spec == {"containers": [{"name": "epp", "image": "x", "securityContext": {"runAsUser": 1}}]}
