"""Every key of the chart's values.yaml and every branch of its templates, through ``template``.

Expected values are what the llm-d-modelservice chart v0.4.12 templates render (read from
templates/*.yaml, _helpers.tpl and _helpers-dra.tpl), except where this library documents a
deliberate difference; those tests say so in their docstrings:

1. unknown accelerator types, DRA without a claim-template config, requester with multinode,
   pools without containers, modelCommand custom without command, oci:// model arguments and
   zero parallelism raise ModelServiceError naming the values path;
2. HF_HUB_CACHE starts with modelArtifacts.mountPath (the chart hard-codes /model-cache);
3. the accelerator-warning annotation uses the pool's accelerator type (the chart: the global one);
4. objects carry app.kubernetes.io/managed-by: modelservice-constructs instead of Helm's labels;
5. relabeling ``action`` values come out lower-case;
6. a deleted ``routing.proxy.enabled`` keeps the sidecar enabled (the chart half-disables it);
7. what the chart renders but a cluster rejects or cannot run is an error: node affinity with a label key
   and no values, device-plugin accelerator limits under DRA, ``pvc://<claim>`` without a model path;
   a PodMonitor port no container names is a warning.

Where the chart renders an empty map or list (``limits: {}``, ``volumes:``), absence is accepted,
as the conformance comparison does.
"""

from __future__ import annotations

import os

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from modelservice_constructs import ModelServiceError, ModelServiceWarning
from modelservice_constructs.cli import template

REL = "rel"
FULL = "rel-llm-d-modelservice"
DECODE = f"{FULL}-decode"
PREFILL = f"{FULL}-prefill"
MANAGED_BY = {"app.kubernetes.io/managed-by": "modelservice-constructs"}
MODEL_LABELS = {"llm-d.ai/inference-serving": "true"}
DECODE_LABELS = {**MODEL_LABELS, "llm-d.ai/role": "decode"}
PREFILL_LABELS = {**MODEL_LABELS, "llm-d.ai/role": "prefill"}
SIM_IMAGE = "ghcr.io/llm-d/llm-d-inference-sim:latest"
VLLM_IMAGE = "vllm/vllm-openai:v0.10.1"
PROXY_IMAGE = "ghcr.io/llm-d/llm-d-routing-sidecar:latest"
WARNING = "llm-d.ai/accelerator-warning"
TOPOLOGY = "leaderworkerset.sigs.k8s.io/subgroup-exclusive-topology"
SERVER_PATCH = "dual-pod.llm-d.ai/server-patch"
DEFAULT_PROXY_ARGS = ["--port=8000", "--vllm-port=8200", "--connector=nixlv2", "--zap-encoder=json",
                      "--zap-log-level=debug", "--secure-proxy=false"]

Docs = list[dict[str, Any]]
Render = Callable[..., Docs]


# -- helpers -------------------------------------------------------------------------------------


def values_file(tmp_path: Path, data: dict[str, Any], name: str = "values.yaml") -> str:
    """Dump a values map to a YAML file in tmp_path; returns its path."""
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return str(path)


def parse(text: str) -> Docs:
    return [doc for doc in yaml.safe_load_all(text) if doc]


@pytest.fixture
def render(tmp_path: Path) -> Render:
    """render(values_map, ..., sets=[...], release=..., namespace=...) -> parsed objects."""
    counter = itertools.count()

    def run(*values: dict[str, Any], sets: Sequence[str] = (), release: str = REL,
            namespace: str = "default") -> Docs:
        files = [values_file(tmp_path, v, f"values-{next(counter)}.yaml") for v in values]
        return parse(template(release, files, list(sets), namespace))

    return run


@pytest.fixture(scope="module")
def default_docs() -> Docs:
    return parse(template(REL))


def kinds(docs: Docs) -> list[tuple[str, str]]:
    return sorted((d["kind"], d["metadata"]["name"]) for d in docs)


def find(docs: Docs, kind: str, name: str | None = None) -> dict[str, Any]:
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, got {kinds(docs)}"
    return found[0]


def has(docs: Docs, kind: str, name: str | None = None) -> bool:
    return any(d["kind"] == kind and (name is None or d["metadata"]["name"] == name) for d in docs)


def workload(docs: Docs, role: str) -> dict[str, Any]:
    name = DECODE if role == "decode" else PREFILL
    found = [d for d in docs if d["kind"] in ("Deployment", "LeaderWorkerSet", "ReplicaSet")
             and d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one workload {name}, got {kinds(docs)}"
    return found[0]


def pod_template(obj: dict[str, Any]) -> dict[str, Any]:
    if obj["kind"] == "LeaderWorkerSet":
        return obj["spec"]["leaderWorkerTemplate"]["workerTemplate"]
    return obj["spec"]["template"]


def pod(docs: Docs, role: str) -> dict[str, Any]:
    """The pod spec of a role's workload."""
    return pod_template(workload(docs, role))["spec"]


def container(docs: Docs, role: str, name: str = "vllm") -> dict[str, Any]:
    found = [c for c in pod(docs, role)["containers"] if c["name"] == name]
    assert len(found) == 1, f"expected one container {name} in {role}"
    return found[0]


def env(c: dict[str, Any]) -> dict[str, Any]:
    """name -> value (or valueFrom) of a container's env."""
    return {e["name"]: e["value"] if "value" in e else e.get("valueFrom") for e in c.get("env") or []}


def env_names(c: dict[str, Any]) -> list[str]:
    return [e["name"] for e in c.get("env") or []]


def resources(c: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(limits, requests) with values as strings (the chart prints toString'd counts)."""
    res = c.get("resources") or {}
    return ({k: str(v) for k, v in (res.get("limits") or {}).items()},
            {k: str(v) for k, v in (res.get("requests") or {}).items()})


def port_arg(c: dict[str, Any]) -> Any:
    args = c["args"]
    return args[args.index("--port") + 1]


def parallel_flags(c: dict[str, Any]) -> list[str]:
    """The arguments between the --port value and --served-model-name."""
    args = c["args"]
    return args[args.index("--port") + 2:args.index("--served-model-name")]


def vllm(**extra: Any) -> dict[str, Any]:
    """A real vLLM container (not the simulator, so accelerators are requested)."""
    return {"name": "vllm", "image": VLLM_IMAGE, "modelCommand": "vllmServe", "mountModelVolume": True, **extra}


# -- names and the service account -----------------------------------------------------------


def test_default_objects_names_labels_and_service_account(default_docs: Docs) -> None:
    assert kinds(default_docs) == [("Deployment", DECODE), ("Deployment", PREFILL), ("ServiceAccount", FULL)]
    for doc in default_docs:
        # divergence 4: our provenance label instead of helm.sh/chart & co.
        assert doc["metadata"]["labels"] == MANAGED_BY
        assert "annotations" not in doc["metadata"]
    for role, labels in (("decode", DECODE_LABELS), ("prefill", PREFILL_LABELS)):
        obj = workload(default_docs, role)
        assert obj["spec"]["selector"]["matchLabels"] == labels
        assert obj["spec"]["template"]["metadata"]["labels"] == labels
        assert "annotations" not in obj["spec"]["template"]["metadata"]
        assert pod(default_docs, role)["serviceAccountName"] == FULL


@pytest.mark.parametrize(("override", "expected"), [
    ("a" * 54 + "-tail-beyond-55", "a" * 54),
    ("short-name", "short-name"),
])
def test_fullname_override_is_truncated_to_55_and_trailing_dash_trimmed(render: Render, override: str,
                                                                        expected: str) -> None:
    docs = render(sets=[f"fullnameOverride={override}"], release="ignored-release")
    assert kinds(docs) == [("Deployment", f"{expected}-decode"), ("Deployment", f"{expected}-prefill"),
                           ("ServiceAccount", expected)]
    for role in ("decode", "prefill"):
        spec = find(docs, "Deployment", f"{expected}-{role}")["spec"]["template"]["spec"]
        assert spec["serviceAccountName"] == expected


@pytest.mark.parametrize(("release", "expected"), [
    ("prod-llm-d-modelservice", "prod-llm-d-modelservice"),
    ("x" * 50 + "-llm-d-modelservice", "x" * 50 + "-llm"),
    ("r" * 48, "r" * 48 + "-llm-d"),
], ids=["contains-chart-name", "contains-chart-name-truncated", "release-plus-chart-truncated"])
def test_release_name_containing_chart_name_is_used_as_is(render: Render, release: str, expected: str) -> None:
    docs = render(release=release)
    assert len(expected) <= 55
    assert kinds(docs) == [("Deployment", f"{expected}-decode"), ("Deployment", f"{expected}-prefill"),
                           ("ServiceAccount", expected)]


@pytest.mark.parametrize(("release", "expected"), [
    ("rel", "rel-svc"),
    ("my-svc-1", "my-svc-1"),
    ("rel-llm-d-modelservice", "rel-llm-d-modelservice-svc"),
])
def test_name_override(render: Render, release: str, expected: str) -> None:
    docs = render(sets=["nameOverride=svc"], release=release)
    assert kinds(docs) == [("Deployment", f"{expected}-decode"), ("Deployment", f"{expected}-prefill"),
                           ("ServiceAccount", expected)]


def test_service_account_override_skips_service_account(render: Render) -> None:
    docs = render(sets=["serviceAccountOverride=existing-sa"])
    assert not has(docs, "ServiceAccount")
    assert pod(docs, "decode")["serviceAccountName"] == "existing-sa"
    assert pod(docs, "prefill")["serviceAccountName"] == "existing-sa"


def test_unused_top_level_keys_enabled_and_common_change_nothing(render: Render, default_docs: Docs) -> None:
    """The chart's templates never read ``enabled`` or ``common``."""
    assert render({"enabled": False, "common": {"foo": "bar"}}) == default_docs


# -- create, multinode, replicas -------------------------------------------------------------------


@pytest.mark.parametrize("off", ["decode", "prefill"])
def test_role_create_false_emits_nothing_for_that_role(render: Render, off: str) -> None:
    on = "prefill" if off == "decode" else "decode"
    monitor = {"monitoring": {"podmonitor": {"enabled": True}}}
    with pytest.warns(ModelServiceWarning, match=rf"{on}\.monitoring\.podmonitor\.portName: 'metrics'"):
        docs = render({"accelerator": {"dra": True}, off: {"create": False, **monitor}, on: monitor})
    off_name, on_name = (DECODE, PREFILL) if off == "decode" else (PREFILL, DECODE)
    assert not has(docs, "Deployment", off_name)
    assert not has(docs, "PodMonitor", f"{off_name}-podmonitor")
    assert not has(docs, "ResourceClaimTemplate", f"nvidia-claim-template-{off}")
    assert has(docs, "Deployment", on_name)
    assert has(docs, "PodMonitor", f"{on_name}-podmonitor")
    assert has(docs, "ResourceClaimTemplate", f"nvidia-claim-template-{on}")
    assert has(docs, "ServiceAccount", FULL)


def test_decode_create_false_emits_no_decode(render: Render) -> None:
    docs = render(sets=["decode.create=false", "prefill.create=false", "requester.enable=true"])
    assert kinds(docs) == [("ServiceAccount", FULL)]


def test_multinode_emits_leaderworkerset_with_size_from_workers(render: Render) -> None:
    tolerations = [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    docs = render({
        "multinode": True,
        "decode": {"replicas": 2, "parallelism": {"tensor": 2, "workers": 2},
                   "strategy": {"type": "Recreate"}, "nodeSelector": {"pool": "gpu"}, "tolerations": tolerations,
                   "enableServiceLinks": False, "terminationGracePeriodSeconds": 90, "containers": [vllm()]},
        "prefill": {"replicas": 1, "parallelism": {"workers": 3}, "containers": [vllm()],
                    "nodeSelector": {"pool": "cpu"}},
    })
    assert not has(docs, "Deployment")
    dec, pre = find(docs, "LeaderWorkerSet", DECODE), find(docs, "LeaderWorkerSet", PREFILL)
    assert dec["apiVersion"] == "leaderworkerset.x-k8s.io/v1"
    assert dec["metadata"]["labels"] == {**MANAGED_BY, **DECODE_LABELS}
    assert pre["metadata"]["labels"] == {**MANAGED_BY, **PREFILL_LABELS}
    assert "annotations" not in dec["metadata"]
    assert dec["spec"]["replicas"] == 2
    assert pre["spec"]["replicas"] == 1
    assert dec["spec"]["leaderWorkerTemplate"]["size"] == 2
    assert pre["spec"]["leaderWorkerTemplate"]["size"] == 3
    assert "subGroupPolicy" not in dec["spec"]["leaderWorkerTemplate"]
    assert "strategy" not in dec["spec"]
    assert pod_template(dec)["metadata"]["labels"] == DECODE_LABELS
    assert pod_template(pre)["metadata"]["labels"] == PREFILL_LABELS
    dspec, pspec = pod(docs, "decode"), pod(docs, "prefill")
    assert [c["name"] for c in dspec["initContainers"]] == ["routing-proxy"]
    assert "initContainers" not in pspec
    assert dspec["nodeSelector"] == {"pool": "gpu"}
    assert pspec["nodeSelector"] == {"pool": "cpu"}
    assert dspec["tolerations"] == tolerations
    assert dspec["enableServiceLinks"] is False
    assert dspec["terminationGracePeriodSeconds"] == 90
    assert dspec["serviceAccountName"] == FULL
    assert "hostIPC" not in dspec and "hostPID" not in dspec
    assert resources(container(docs, "decode")) == ({"nvidia.com/gpu": "2"}, {"nvidia.com/gpu": "2"})
    assert parallel_flags(container(docs, "decode")) == ["--tensor-parallel-size", "2"]
    assert port_arg(container(docs, "decode")) == "8200"
    assert port_arg(container(docs, "prefill")) == "8000"


def test_lws_replicas_omitted_when_autoscaling(render: Render) -> None:
    docs = render(sets=["multinode=true", "decode.autoscaling.enabled=true"])
    assert "replicas" not in find(docs, "LeaderWorkerSet", DECODE)["spec"]
    assert find(docs, "LeaderWorkerSet", PREFILL)["spec"]["replicas"] == 0


def test_replicas_default_explicit_unset_and_kept_on_deployment_with_autoscaling(render: Render,
                                                                               default_docs: Docs) -> None:
    assert workload(default_docs, "decode")["spec"]["replicas"] == 1
    assert workload(default_docs, "prefill")["spec"]["replicas"] == 0
    docs = render(sets=["decode.replicas=3", "decode.autoscaling.enabled=true", "prefill.replicas=null"])
    assert workload(docs, "decode")["spec"]["replicas"] == 3
    assert workload(docs, "prefill")["spec"]["replicas"] == 1


def test_subgroup_policy_and_exclusive_topology_annotations(render: Render) -> None:
    values = {
        "multinode": True,
        "decode": {"subGroupPolicy": {"subGroupSize": 2}, "subGroupExclusiveTopology": True,
                   "annotations": {"team": "ml"}, "podAnnotations": {"scrape": "yes"}},
    }
    docs = render(values)
    dec, pre = find(docs, "LeaderWorkerSet", DECODE), find(docs, "LeaderWorkerSet", PREFILL)
    assert dec["metadata"]["annotations"] == {TOPOLOGY: "kubernetes.io/hostname", "team": "ml"}
    assert dec["spec"]["leaderWorkerTemplate"]["subGroupPolicy"] == {"subGroupSize": 2}
    assert pod_template(dec)["metadata"]["annotations"] == {TOPOLOGY: "kubernetes.io/hostname", "scrape": "yes"}
    assert "annotations" not in pre["metadata"]
    assert "annotations" not in pod_template(pre)["metadata"]
    assert "subGroupPolicy" not in pre["spec"]["leaderWorkerTemplate"]
    # Deployments ignore both keys
    docs = render({**values, "multinode": False})
    dep = workload(docs, "decode")
    assert dep["metadata"]["annotations"] == {"team": "ml"}
    assert pod_template(dep)["metadata"]["annotations"] == {"scrape": "yes"}
    assert "subGroupPolicy" not in str(dep)


def test_misspelt_subgroup_topology_key_from_values_comment_is_ignored(render: Render) -> None:
    """values.yaml's comment spells it subGroupExclusiveToplogy; the pools accept any key
    (additionalProperties: true) and the templates only read subGroupExclusiveTopology. We warn."""
    from modelservice_constructs.values.schema import ValuesWarning

    with pytest.warns(ValuesWarning, match=r"prefill\.subGroupExclusiveToplogy has no effect"):
        docs = render({"multinode": True, "prefill": {"subGroupExclusiveToplogy": True}})
    pre = find(docs, "LeaderWorkerSet", PREFILL)
    assert "annotations" not in pre["metadata"]
    assert "annotations" not in pod_template(pre)["metadata"]


def test_host_ipc_pid_only_on_lws(render: Render) -> None:
    values = {"decode": {"hostIPC": True, "hostPID": False}, "prefill": {"hostIPC": False, "hostPID": True}}
    docs = render({**values, "multinode": True})
    assert (pod(docs, "decode")["hostIPC"], pod(docs, "decode")["hostPID"]) == (True, False)
    assert (pod(docs, "prefill")["hostIPC"], pod(docs, "prefill")["hostPID"]) == (False, True)
    docs = render(values)
    for role in ("decode", "prefill"):
        assert workload(docs, role)["kind"] == "Deployment"
        assert "hostIPC" not in pod(docs, role)
        assert "hostPID" not in pod(docs, role)


def test_strategy_on_deployment(render: Render, default_docs: Docs) -> None:
    rolling = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1}}
    docs = render({"decode": {"strategy": rolling}, "prefill": {"strategy": {"type": "Recreate"}}})
    assert workload(docs, "decode")["spec"]["strategy"] == rolling
    assert workload(docs, "prefill")["spec"]["strategy"] == {"type": "Recreate"}
    assert "strategy" not in workload(default_docs, "decode")["spec"]


# -- pod spec fields -----------------------------------------------------------------------------


def test_priority_class_none_is_omitted(render: Render, default_docs: Docs) -> None:
    docs = render(sets=["decode.priorityClassName=high-priority", "prefill.priorityClassName=None"])
    assert pod(docs, "decode")["priorityClassName"] == "high-priority"
    assert "priorityClassName" not in pod(docs, "prefill")
    docs = render(sets=["decode.priorityClassName=none"])
    assert "priorityClassName" not in pod(docs, "decode")
    assert "priorityClassName" not in pod(default_docs, "decode")


def test_scheduler_name_global_and_per_role(render: Render, default_docs: Docs) -> None:
    docs = render(sets=["schedulerName=global-sched", "decode.schedulerName=decode-sched"])
    assert pod(docs, "decode")["schedulerName"] == "decode-sched"
    assert pod(docs, "prefill")["schedulerName"] == "global-sched"
    docs = render(sets=["prefill.schedulerName=prefill-sched"])
    assert pod(docs, "prefill")["schedulerName"] == "prefill-sched"
    assert "schedulerName" not in pod(docs, "decode")
    assert "schedulerName" not in pod(default_docs, "decode")


def test_accelerator_types_node_affinity(render: Render, default_docs: Docs) -> None:
    docs = render({"decode": {"acceleratorTypes": {"labelKey": "nvidia.com/gpu.product",
                                                   "labelValues": ["NVIDIA-H100", "NVIDIA-A100"]}}})

    def terms(spec: dict[str, Any]) -> Any:
        return spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]

    assert terms(pod(docs, "decode")) == [{"matchExpressions": [
        {"key": "nvidia.com/gpu.product", "operator": "In", "values": ["NVIDIA-H100", "NVIDIA-A100"]}]}]
    assert "affinity" not in pod(default_docs, "decode")
    assert "affinity" not in pod(default_docs, "prefill")


def test_fails_node_affinity_label_key_without_values(render: Render) -> None:
    """Documented difference: the chart renders ``operator: In`` with no values, which the API server rejects."""
    expected = r"prefill\.acceleratorTypes\.labelValues: .*'gpu\.example\.com/present'"
    with pytest.raises(ModelServiceError, match=expected):
        render({"prefill": {"acceleratorTypes": {"labelKey": "gpu.example.com/present"}}})


def test_image_pull_secrets(render: Render, default_docs: Docs) -> None:
    docs = render({"decode": {"imagePullSecrets": [{"name": "regcred"}]},
                   "prefill": {"imagePullSecrets": [{"name": "a"}, {"name": "b"}]}})
    assert pod(docs, "decode")["imagePullSecrets"] == [{"name": "regcred"}]
    assert pod(docs, "prefill")["imagePullSecrets"] == [{"name": "a"}, {"name": "b"}]
    assert "imagePullSecrets" not in pod(default_docs, "decode")


def test_pod_security_context(render: Render, default_docs: Docs) -> None:
    context = {"runAsUser": 1000, "runAsNonRoot": True, "fsGroup": 2000}
    docs = render({"decode": {"podSecurityContext": context}, "prefill": {"podSecurityContext": {"runAsUser": 7}}})
    assert pod(docs, "decode")["securityContext"] == context
    assert pod(docs, "prefill")["securityContext"] == {"runAsUser": 7}
    assert "securityContext" not in pod(default_docs, "decode")


def test_enable_service_links_and_termination_grace(render: Render, default_docs: Docs) -> None:
    docs = render({"decode": {"enableServiceLinks": False, "terminationGracePeriodSeconds": 0},
                   "prefill": {"enableServiceLinks": True, "terminationGracePeriodSeconds": 60}})
    assert pod(docs, "decode")["enableServiceLinks"] is False
    assert pod(docs, "decode")["terminationGracePeriodSeconds"] == 0
    assert pod(docs, "prefill")["enableServiceLinks"] is True
    assert pod(docs, "prefill")["terminationGracePeriodSeconds"] == 60
    for role in ("decode", "prefill"):
        assert "enableServiceLinks" not in pod(default_docs, role)
        assert "terminationGracePeriodSeconds" not in pod(default_docs, role)


def test_tolerations_and_node_selector(render: Render, default_docs: Docs) -> None:
    tolerations = [{"key": "dedicated", "operator": "Equal", "value": "llm", "effect": "NoSchedule"}]
    docs = render({"decode": {"tolerations": tolerations, "nodeSelector": {"disk": "ssd"}},
                   "prefill": {"tolerations": [{"operator": "Exists"}], "nodeSelector": {"zone": "a"}}})
    assert pod(docs, "decode")["tolerations"] == tolerations
    assert pod(docs, "decode")["nodeSelector"] == {"disk": "ssd"}
    assert pod(docs, "prefill")["tolerations"] == [{"operator": "Exists"}]
    assert pod(docs, "prefill")["nodeSelector"] == {"zone": "a"}
    for role in ("decode", "prefill"):
        assert not pod(default_docs, role).get("nodeSelector")
        assert "tolerations" not in pod(default_docs, role)


def test_annotations_and_pod_annotations(render: Render) -> None:
    docs = render({"decode": {"annotations": {"owner": "ml"}, "podAnnotations": {"prometheus.io/scrape": "true"}},
                   "prefill": {"annotations": {"p": "1"}, "podAnnotations": {"q": "2"}}})
    for role, ann, pod_ann in (("decode", {"owner": "ml"}, {"prometheus.io/scrape": "true"}),
                               ("prefill", {"p": "1"}, {"q": "2"})):
        obj = workload(docs, role)
        assert obj["metadata"]["annotations"] == ann
        assert obj["spec"]["template"]["metadata"]["annotations"] == pod_ann


def test_model_labels_on_selectors_and_pods_not_on_deployment(render: Render) -> None:
    labels = {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "llama"}
    docs = render({"modelArtifacts": {"labels": labels}})
    for role in ("decode", "prefill"):
        obj = workload(docs, role)
        assert obj["metadata"]["labels"] == MANAGED_BY
        assert obj["spec"]["selector"]["matchLabels"] == {**labels, "llm-d.ai/role": role}
        assert obj["spec"]["template"]["metadata"]["labels"] == {**labels, "llm-d.ai/role": role}


def test_pod_and_container_extra_config_with_template_expressions(render: Render) -> None:
    docs = render({
        "decode": {
            "extraConfig": {"runtimeClassName": "{{ .Release.Name }}-runtime", "hostNetwork": True,
                            "dnsPolicy": "ClusterFirstWithHostNet", "subdomain": "{{ .Release.Namespace }}"},
            "containers": [vllm(
                extraConfig={"terminationMessagePath": "{{ .Values.modelArtifacts.mountPath }}/termination-log",
                             "terminationMessagePolicy": "FallbackToLogsOnError"},
                env=[{"name": "MODEL", "value": "{{ .Values.modelArtifacts.name }}"},
                     {"name": "NS", "value": "{{ .Release.Namespace }}"},
                     {"name": "PORT", "value": "{{ .Values.routing.servicePort }}"}],
                ports=[{"containerPort": 8200, "name": "{{ .Values.decode.monitoring.podmonitor.portName }}",
                        "protocol": "TCP"}])],
        },
        "prefill": {"extraConfig": {"shareProcessNamespace": True},
                    "containers": [vllm(extraConfig={"lifecycle": {"preStop": {"exec": {"command": ["sleep"]}}}})]},
    }, namespace="team-a")
    spec = pod(docs, "decode")
    assert spec["runtimeClassName"] == "rel-runtime"
    assert spec["hostNetwork"] is True
    assert spec["dnsPolicy"] == "ClusterFirstWithHostNet"
    assert spec["subdomain"] == "team-a"
    c = container(docs, "decode")
    assert c["terminationMessagePath"] == "/model-cache/termination-log"
    assert c["terminationMessagePolicy"] == "FallbackToLogsOnError"
    assert env_names(c)[:3] == ["MODEL", "NS", "PORT"]
    assert (env(c)["MODEL"], env(c)["NS"], env(c)["PORT"]) == ("random/model", "team-a", "8000")
    assert c["ports"] == [{"containerPort": 8200, "name": "metrics", "protocol": "TCP"}]
    assert pod(docs, "prefill")["shareProcessNamespace"] is True
    assert container(docs, "prefill")["lifecycle"] == {"preStop": {"exec": {"command": ["sleep"]}}}


# -- model command and model argument ---------------------------------------------------------------


def test_model_command_vllm_serve(render: Render) -> None:
    extra = ["--enforce-eager", "--max-model-len=4096"]
    docs = render({"modelArtifacts": {"name": "acme/llama"},
                   "decode": {"containers": [vllm(args=extra)]}, "prefill": {"containers": [vllm(args=extra)]}})
    for role, port in (("decode", "8200"), ("prefill", "8000")):
        c = container(docs, role)
        assert c["command"] == ["vllm", "serve"]
        assert c["args"] == ["acme/llama", "--port", port, "--served-model-name", "acme/llama", *extra]


def test_model_command_image_default(default_docs: Docs) -> None:
    for role, port in (("decode", "8200"), ("prefill", "8000")):
        c = container(default_docs, role)
        assert "command" not in c
        assert c["args"] == ["--model", "random/model", "--port", port, "--served-model-name", "random/model"]


def test_model_command_custom(render: Render) -> None:
    docs = render({"decode": {"containers": [{"image": VLLM_IMAGE, "command": ["python3", "-m", "server"],
                                              "args": ["--listen", "0.0.0.0"]}]},
                   "prefill": {"containers": [{"name": "srv", "image": VLLM_IMAGE, "modelCommand": "custom",
                                               "command": ["/bin/serve"]}]}})
    c = container(docs, "decode")  # name defaults to vllm, modelCommand to custom
    assert c["command"] == ["python3", "-m", "server"]
    assert c["args"] == ["--listen", "0.0.0.0"]
    assert env_names(c) == ["DP_SIZE", "TP_SIZE", "DP_SIZE_LOCAL"]
    p = container(docs, "prefill", "srv")
    assert p["command"] == ["/bin/serve"]
    assert "args" not in p


def test_fails_custom_model_command_without_command(render: Render) -> None:
    """Documented: the chart fails too; ours raises ModelServiceError naming the values path."""
    with pytest.raises(ModelServiceError) as err:
        render({"decode": {"containers": [{"image": VLLM_IMAGE, "modelCommand": "custom", "command": []}]}})
    assert "decode.containers[0].command" in str(err.value)


def test_fails_invalid_model_command_and_missing_image(render: Render) -> None:
    with pytest.raises(ModelServiceError, match="modelCommand"):
        render({"decode": {"containers": [{"image": VLLM_IMAGE, "modelCommand": "bogus"}]}})
    with pytest.raises(ModelServiceError, match="image"):
        render({"prefill": {"containers": [{"modelCommand": "vllmServe"}]}})


@pytest.mark.parametrize(("artifacts", "model", "volume", "mount", "hf_env"), [
    ({"uri": "hf://acme/llama-3"}, "acme/llama-3",
     {"emptyDir": {"sizeLimit": "5Mi"}}, {}, {"HF_HOME": "/model-cache"}),
    ({"name": "org/model"}, "org/model",  # default uri: hf://{{ .Values.modelArtifacts.name }}
     {"emptyDir": {"sizeLimit": "5Mi"}}, {}, {"HF_HOME": "/model-cache"}),
    ({"uri": "pvc://model-pvc/models/llama"}, "/model-cache/models/llama",
     {"persistentVolumeClaim": {"claimName": "model-pvc", "readOnly": True}}, {"readOnly": True}, {}),
    ({"uri": "pvc+hf://cache-pvc/hub/cache/acme/llama-3"}, "acme/llama-3",
     {"persistentVolumeClaim": {"claimName": "cache-pvc", "readOnly": True}}, {"readOnly": True},
     {"HF_HUB_CACHE": "/model-cache/hub/cache"}),
    ({"uri": "pvc+hf://cache-pvc/acme/llama-3"}, "acme/llama-3",
     {"persistentVolumeClaim": {"claimName": "cache-pvc", "readOnly": True}}, {"readOnly": True},
     {"HF_HUB_CACHE": "/model-cache/"}),
], ids=["hf", "hf-templated", "pvc", "pvc+hf", "pvc+hf-no-cache-path"])
def test_model_argument_per_uri_scheme(render: Render, artifacts: dict[str, Any], model: str,
                                       volume: dict[str, Any], mount: dict[str, Any],
                                       hf_env: dict[str, str]) -> None:
    served = artifacts.get("name", "random/model")
    docs = render({"modelArtifacts": artifacts, "decode": {"containers": [vllm()]},
                   "prefill": {"containers": [vllm(modelCommand="imageDefault")]}})
    dec, pre = container(docs, "decode"), container(docs, "prefill")
    assert dec["args"][:3] == [model, "--port", "8200"]
    assert pre["args"][:4] == ["--model", model, "--port", "8000"]
    assert dec["args"][-2:] == ["--served-model-name", served]
    for role, c in (("decode", dec), ("prefill", pre)):
        vol = pod(docs, role)["volumes"][-1]
        assert vol["name"] == "model-storage"
        assert {k: v for k, v in vol.items() if k != "name"} == {
            k: {kk: str(vv) if kk == "sizeLimit" else vv for kk, vv in v.items()} for k, v in volume.items()}
        assert c["volumeMounts"] == [{"name": "model-storage", "mountPath": "/model-cache", **mount}]
        assert {k: v for k, v in env(c).items() if k.startswith("HF_")} == hf_env


def test_model_volume_read_only_false_custom_mount_path_and_size(render: Render) -> None:
    docs = render({"modelArtifacts": {"uri": "pvc://claim/m/n", "readOnly": False, "mountPath": "/models"},
                   "decode": {"containers": [vllm()]}})
    assert pod(docs, "decode")["volumes"][-1] == {
        "name": "model-storage", "persistentVolumeClaim": {"claimName": "claim", "readOnly": False}}
    c = container(docs, "decode")
    assert c["volumeMounts"] == [{"name": "model-storage", "mountPath": "/models", "readOnly": False}]
    assert c["args"][0] == "/models/m/n"
    docs = render(sets=["modelArtifacts.size=null", "modelArtifacts.mountPath=/models"])
    assert pod(docs, "decode")["volumes"][-1]["name"] == "model-storage"
    assert str(pod(docs, "decode")["volumes"][-1]["emptyDir"]["sizeLimit"]) == "0"  # default "0"
    assert container(docs, "decode")["volumeMounts"][-1] == {"name": "model-storage", "mountPath": "/models"}
    assert env(container(docs, "decode"))["HF_HOME"] == "/models"
    docs = render(sets=["modelArtifacts.size=20Gi"])
    assert pod(docs, "prefill")["volumes"][-1]["emptyDir"] == {"sizeLimit": "20Gi"}


def test_oci_volume_with_custom_command(render: Render) -> None:
    """modelArtifacts.imagePullPolicy is read by the templates for oci:// (the chart's schema omits it)."""
    custom = {"image": VLLM_IMAGE, "command": ["serve", "/model-cache"], "mountModelVolume": True}
    values = {"modelArtifacts": {"uri": "oci://registry.example/models/llama:1.0"},
              "decode": {"containers": [custom]}, "prefill": {"containers": [custom]}}
    docs = render(values)
    for role in ("decode", "prefill"):
        assert pod(docs, role)["volumes"][-1] == {"name": "model-storage", "image": {
            "reference": "registry.example/models/llama:1.0", "pullPolicy": "Always"}}
        c = container(docs, role)
        assert c["volumeMounts"] == [{"name": "model-storage", "mountPath": "/model-cache", "readOnly": True}]
        assert not [k for k in env(c) if k.startswith("HF_")]
    values["modelArtifacts"]["imagePullPolicy"] = "IfNotPresent"
    docs = render(values)
    assert pod(docs, "decode")["volumes"][-1]["image"]["pullPolicy"] == "IfNotPresent"


def test_fails_oci_model_argument(render: Render) -> None:
    """Documented: oci:// cannot be a vLLM model argument (the chart fails too: not implemented)."""
    with pytest.raises(ModelServiceError) as err:
        render(sets=["modelArtifacts.uri=oci://registry.example/models/llama:1.0"])
    message = str(err.value)
    assert "modelArtifacts.uri" in message or "decode.containers[0].modelCommand" in message, message


def test_hf_env_hf_home_hf_hub_cache_hf_token(render: Render) -> None:
    docs = render({"modelArtifacts": {"authSecretName": "hf-secret"},
                   "decode": {"containers": [vllm()]},
                   "prefill": {"containers": [vllm(mountModelVolume=False)]}})
    token = {"secretKeyRef": {"name": "hf-secret", "key": "HF_TOKEN"}}
    dec, pre = container(docs, "decode"), container(docs, "prefill")
    assert env_names(dec)[3:] == ["HF_HOME", "HF_TOKEN"]
    assert env(dec)["HF_HOME"] == "/model-cache"
    assert env(dec)["HF_TOKEN"] == token
    assert env_names(pre)[3:] == ["HF_TOKEN"]
    assert "volumeMounts" not in pre
    assert [v["name"] for v in pod(docs, "prefill")["volumes"]] == ["metrics-volume"]
    # divergence 2: HF_HUB_CACHE is under modelArtifacts.mountPath (the chart hard-codes /model-cache)
    docs = render(sets=["modelArtifacts.uri=pvc+hf://c/a/b/org/m", "modelArtifacts.mountPath=/data"])
    c = container(docs, "decode")
    assert env_names(c)[3:] == ["HF_HUB_CACHE"]
    assert env(c)["HF_HUB_CACHE"] == "/data/a/b"
    docs = render(sets=["modelArtifacts.uri=pvc://c/m"])
    assert env_names(container(docs, "decode")) == ["DP_SIZE", "TP_SIZE", "DP_SIZE_LOCAL"]


def test_env_order_user_parallelism_hf_accelerator_tracing(render: Render) -> None:
    docs = render({"accelerator": {"type": "intel-xe"}, "tracing": {"enabled": True},
                   "modelArtifacts": {"authSecretName": "s"},
                   "decode": {"containers": [vllm(env=[{"name": "USER_VAR", "value": "x"}])]}})
    assert env_names(container(docs, "decode")) == [
        "USER_VAR", "DP_SIZE", "TP_SIZE", "DP_SIZE_LOCAL", "HF_HOME", "HF_TOKEN", "VLLM_WORKER_MULTIPROC_METHOD",
        "OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_EXPORTER", "OTEL_TRACES_SAMPLER",
        "OTEL_TRACES_SAMPLER_ARG"]


# -- ports and routing proxy ----------------------------------------------------------------------


def test_port_with_and_without_sidecar(render: Render, default_docs: Docs) -> None:
    assert port_arg(container(default_docs, "decode")) == "8200"
    assert port_arg(container(default_docs, "prefill")) == "8000"
    docs = render(sets=["routing.servicePort=9000", "routing.proxy.targetPort=9200"])
    assert port_arg(container(docs, "decode")) == "9200"
    assert port_arg(container(docs, "prefill")) == "9000"
    proxy = pod(docs, "decode")["initContainers"][0]
    assert proxy["args"][:2] == ["--port=9000", "--vllm-port=9200"]
    assert proxy["ports"] == [{"containerPort": 9000}]
    docs = render(sets=["routing.servicePort=9000", "routing.proxy.enabled=false"])
    assert port_arg(container(docs, "decode")) == "9000"
    assert port_arg(container(docs, "prefill")) == "9000"


def test_routing_proxy_defaults(default_docs: Docs) -> None:
    proxy = pod(default_docs, "decode")["initContainers"]
    assert len(proxy) == 1
    proxy = proxy[0]
    assert proxy["name"] == "routing-proxy"
    assert proxy["image"] == PROXY_IMAGE
    assert proxy["imagePullPolicy"] == "Always"
    assert proxy["args"] == DEFAULT_PROXY_ARGS
    assert proxy["ports"] == [{"containerPort": 8000}]
    assert proxy["restartPolicy"] == "Always"
    assert proxy["securityContext"] == {"allowPrivilegeEscalation": False, "runAsNonRoot": True}
    assert not proxy.get("resources")
    assert not proxy.get("env")
    assert "initContainers" not in pod(default_docs, "prefill")


def test_routing_proxy_every_flag(render: Render) -> None:
    docs = render({"routing": {"proxy": {
        "image": "example.com/proxy:1", "imagePullPolicy": "IfNotPresent", "targetPort": 9100, "connector": "nixl",
        "zapDevel": True, "zapEncoder": "console", "zapLogLevel": 3, "zapStacktraceLevel": "panic",
        "zapTimeEncoding": "rfc3339", "secure": True, "prefillerUseTLS": False, "certPath": "/certs"}}})
    proxy = pod(docs, "decode")["initContainers"][0]
    assert proxy["args"] == ["--port=8000", "--vllm-port=9100", "--connector=nixl", "--zap-devel=true",
                             "--zap-encoder=console", "--zap-log-level=3", "--zap-stacktrace-level=panic",
                             "--zap-time-encoding=rfc3339", "--secure-proxy=true", "--prefiller-use-tls=false",
                             "--cert-path=/certs"]
    assert proxy["image"] == "example.com/proxy:1"
    assert proxy["imagePullPolicy"] == "IfNotPresent"
    assert port_arg(container(docs, "decode")) == "9100"
    # null deletes a default key (no flag); an empty connector falls back to nixlv2
    docs = render(sets=["routing.proxy.zapEncoder=null,routing.proxy.zapLogLevel=null,routing.proxy.secure=null",
                        "routing.proxy.connector=", "routing.proxy.zapDevel=false"])
    proxy = pod(docs, "decode")["initContainers"][0]
    assert proxy["args"] == ["--port=8000", "--vllm-port=8200", "--connector=nixlv2", "--zap-devel=false"]


def test_routing_proxy_empty_image_pull_policy_defaults_to_always(render: Render) -> None:
    """The chart's schema types it as a string; `default "Always"` replaces the empty one."""
    docs = render(sets=["routing.proxy.imagePullPolicy="])
    assert pod(docs, "decode")["initContainers"][0]["imagePullPolicy"] == "Always"


def test_proxy_disabled_no_sidecar_and_vllm_on_service_port(render: Render) -> None:
    docs = render(sets=["routing.proxy.enabled=false", "routing.servicePort=8080"])
    assert "initContainers" not in pod(docs, "decode")
    assert port_arg(container(docs, "decode")) == "8080"
    docs = render(sets=["routing.proxy.enabled=false",
                        "decode.initContainers[0].name=init,decode.initContainers[0].image=busybox"])
    assert pod(docs, "decode")["initContainers"] == [{"name": "init", "image": "busybox"}]


def test_proxy_enabled_key_removed_means_enabled(render: Render) -> None:
    """Documented difference: with routing.proxy.enabled deleted the chart is inconsistent (no sidecar
    unless there are init containers, yet decode vLLM moves to targetPort); here a missing key keeps the
    default, enabled: the sidecar serves servicePort and forwards to vLLM on targetPort."""
    docs = render(sets=["routing.proxy.enabled=null"])
    assert [c["name"] for c in pod(docs, "decode")["initContainers"]] == ["routing-proxy"]
    assert port_arg(container(docs, "decode")) == "8200"
    docs = render(sets=["routing.proxy.enabled=null",
                        "decode.initContainers[0].name=init,decode.initContainers[0].image=busybox"])
    assert [c["name"] for c in pod(docs, "decode")["initContainers"]] == ["routing-proxy", "init"]


def test_user_init_containers_after_sidecar(render: Render) -> None:
    init_a = {"name": "init-a", "image": "busybox", "command": ["sh", "-c", "true"]}
    init_p = {"name": "init-p", "image": "busybox"}
    docs = render({"decode": {"initContainers": [init_a]}, "prefill": {"initContainers": [init_p]}})
    inits = pod(docs, "decode")["initContainers"]
    assert [c["name"] for c in inits] == ["routing-proxy", "init-a"]
    assert inits[1] == init_a
    assert pod(docs, "prefill")["initContainers"] == [init_p]


def test_fails_proxy_without_image(render: Render) -> None:
    with pytest.raises(ModelServiceError, match=r"routing\.proxy\.image"):
        render(sets=["routing.proxy.image=null"])
    docs = render(sets=["routing.proxy.image=null", "routing.proxy.enabled=false"])
    assert "initContainers" not in pod(docs, "decode")


# -- parallelism ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("parallelism", "flags", "dp", "tp", "dpl", "gpus", "size"), [
    ({}, [], "1", "1", "1", "1", 1),
    (None, [], "1", "1", "1", "1", 1),
    ({"tensor": 4}, ["--tensor-parallel-size", "4"], "1", "4", "1", "4", 1),
    ({"data": 4}, ["--data-parallel-size", "4"], "4", "1", "1", "1", 1),
    ({"data": 4, "workers": 2, "dataLocal": None},
     ["--data-parallel-size", "4", "--data-parallel-size-local", "2"], "4", "1", "2", "2", 2),
    ({"dataLocal": 2, "workers": 3, "data": None},
     ["--data-parallel-size", "6", "--data-parallel-size-local", "2"], "6", "1", "2", "2", 3),
    ({"data": 6, "dataLocal": 2, "workers": None},
     ["--data-parallel-size", "6", "--data-parallel-size-local", "2"], "6", "1", "2", "2", 3),
    ({"data": 3, "dataLocal": None, "workers": None},
     ["--data-parallel-size", "3", "--data-parallel-size-local", "3"], "3", "1", "3", "3", 1),
    ({"dataLocal": 2, "data": None, "workers": None},
     ["--data-parallel-size", "2", "--data-parallel-size-local", "2"], "2", "1", "2", "2", 1),
    ({"tensor": 2, "data": 8, "dataLocal": 4, "workers": 2},
     ["--tensor-parallel-size", "2", "--data-parallel-size", "8", "--data-parallel-size-local", "4"],
     "8", "2", "4", "8", 2),
], ids=["defaults", "null", "tensor", "data-only-with-default-local", "data+workers", "local+workers",
        "data+local", "data-alone", "local-alone", "all"])
def test_parallelism_flags_and_env(render: Render, parallelism: dict[str, Any] | None, flags: list[str],
                                   dp: str, tp: str, dpl: str, gpus: str, size: int) -> None:
    docs = render({"multinode": True, "prefill": {"create": False},
                   "decode": {"parallelism": parallelism, "containers": [vllm()]}})
    c = container(docs, "decode")
    assert parallel_flags(c) == flags
    assert [(e["name"], e["value"]) for e in c["env"][:3]] == [("DP_SIZE", dp), ("TP_SIZE", tp),
                                                               ("DP_SIZE_LOCAL", dpl)]
    assert resources(c) == ({"nvidia.com/gpu": gpus}, {"nvidia.com/gpu": gpus})
    assert find(docs, "LeaderWorkerSet", DECODE)["spec"]["leaderWorkerTemplate"]["size"] == size


def test_fails_parallelism_data_not_multiple_of_workers(render: Render) -> None:
    with pytest.raises(ModelServiceError, match=r"multiple of workers"):
        render({"decode": {"parallelism": {"data": 5, "workers": 2, "dataLocal": None}}})


def test_parallelism_data_not_multiple_of_data_local_fails_only_for_multinode(render: Render) -> None:
    """numWorkers (which fails) is only evaluated for the LeaderWorkerSet size; a Deployment renders."""
    values = {"decode": {"parallelism": {"data": 5, "dataLocal": 2, "workers": None}, "containers": [vllm()]}}
    with pytest.raises(ModelServiceError, match=r"multiple of data_local"):
        render({**values, "multinode": True})
    c = container(render(values), "decode")
    assert env(c)["DP_SIZE"] == "5"
    assert env(c)["DP_SIZE_LOCAL"] == "2"
    assert parallel_flags(c) == ["--data-parallel-size", "5", "--data-parallel-size-local", "2"]


@pytest.mark.parametrize(("setting", "path"), [
    ("decode.parallelism.tensor=0", "decode.parallelism.tensor"),
    ("prefill.parallelism.workers=0", "prefill.parallelism.workers"),
])
def test_fails_zero_parallelism(render: Render, setting: str, path: str) -> None:
    """Documented: the chart treats 0 as unset; ours raises naming the values path."""
    with pytest.raises(ModelServiceError) as err:
        render(sets=[setting])
    assert path in str(err.value)


# -- accelerators -------------------------------------------------------------------------------------

ACCELERATORS = {
    "nvidia": ("nvidia.com/gpu", []),
    "amd": ("amd.com/gpu", []),
    "intel-i915": ("gpu.intel.com/i915", [("VLLM_USE_V1", "1"), ("TORCH_LLM_ALLREDUCE", "1"),
                                          ("VLLM_WORKER_MULTIPROC_METHOD", "spawn")]),
    "intel-xe": ("gpu.intel.com/xe", [("VLLM_WORKER_MULTIPROC_METHOD", "spawn")]),
    "intel-gaudi": ("habana.ai/gaudi", []),
    "google": ("google.com/tpu", []),
    "rebellions-atom": ("rebellions.ai/ATOM", []),
    "cpu": (None, []),
}


@pytest.mark.parametrize("kind", list(ACCELERATORS))
def test_accelerator_resources(render: Render, kind: str) -> None:
    resource, accel_env = ACCELERATORS[kind]
    docs = render({"accelerator": {"type": kind},
                   "decode": {"parallelism": {"tensor": 2},
                              "containers": [vllm(resources={"limits": {"cpu": "8", "memory": "16Gi"}})]},
                   "prefill": {"containers": [vllm()]}})
    dec, pre = container(docs, "decode"), container(docs, "prefill")
    gpu = {resource: "2"} if resource else {}
    assert resources(dec) == ({"cpu": "8", "memory": "16Gi", **gpu}, gpu)
    assert resources(pre) == (({resource: "1"}, {resource: "1"}) if resource else ({}, {}))
    for c in (dec, pre):
        assert [(e["name"], e["value"]) for e in c["env"][4:]] == accel_env  # after DP/TP/DPL and HF_HOME
        assert "claims" not in (c.get("resources") or {})


def test_inference_sim_image_requests_no_accelerator_but_keeps_accelerator_env(render: Render) -> None:
    docs = render({"accelerator": {"type": "intel-i915"},
                   "decode": {"parallelism": {"tensor": 4},
                              "containers": [vllm(image="my.registry/llm-d-inference-sim:v1")]}})
    for role in ("decode", "prefill"):  # prefill keeps the default simulator image
        c = container(docs, role)
        assert resources(c) == ({}, {})
        assert env(c)["VLLM_USE_V1"] == "1"
        assert env(c)["TORCH_LLM_ALLREDUCE"] == "1"
    assert env(container(docs, "decode"))["TP_SIZE"] == "4"


def test_per_role_accelerator_type(render: Render) -> None:
    docs = render({"accelerator": {"type": "google"}, "decode": {"accelerator": {"type": "amd"},
                                                                 "containers": [vllm()]},
                   "prefill": {"containers": [vllm()]}})
    assert resources(container(docs, "decode")) == ({"amd.com/gpu": "1"}, {"amd.com/gpu": "1"})
    assert resources(container(docs, "prefill")) == ({"google.com/tpu": "1"}, {"google.com/tpu": "1"})
    docs = render({"decode": {"accelerator": {"type": "cpu"}, "containers": [vllm()]},
                   "prefill": {"containers": [vllm()]}})
    assert resources(container(docs, "decode")) == ({}, {})
    assert resources(container(docs, "prefill")) == ({"nvidia.com/gpu": "1"}, {"nvidia.com/gpu": "1"})


def test_accelerator_resources_and_env_overrides(render: Render) -> None:
    """accelerator.resources and accelerator.env entries replace the chart's per type (the chart's schema
    only allows its own type names there, with string values)."""
    docs = render({"accelerator": {"resources": {"nvidia": "example.com/gpu"},
                                   "env": {"intel-xe": [{"name": "XE_MODE", "value": "fast"}]}},
                   "decode": {"parallelism": {"tensor": 2}, "containers": [vllm()]},
                   "prefill": {"accelerator": {"type": "intel-xe"}, "containers": [vllm()]}})
    dec = container(docs, "decode")
    assert resources(dec) == ({"example.com/gpu": "2"}, {"example.com/gpu": "2"})
    assert env_names(dec)[4:] == []
    pre = container(docs, "prefill")
    assert resources(pre) == ({"gpu.intel.com/xe": "1"}, {"gpu.intel.com/xe": "1"})
    assert [(e["name"], e["value"]) for e in pre["env"][4:]] == [("XE_MODE", "fast")]


def test_explicit_accelerator_limit_kept_and_warning_annotation(render: Render) -> None:
    docs = render({"decode": {"annotations": {"team": "ml"}, "parallelism": {"tensor": 2}, "containers": [vllm(
                       resources={"limits": {"nvidia.com/gpu": 4, "cpu": "8"}, "requests": {"memory": "32Gi"}})]},
                   "prefill": {"containers": [vllm(), vllm(name="aux", resources={"limits": {"nvidia.com/gpu": 8}})]}})
    dec = workload(docs, "decode")
    assert dec["metadata"]["annotations"] == {
        "team": "ml",
        WARNING: "Accelerator mismatch: nvidia.com/gpu is set to 4 but parallelism calculates 2. Using 4."}
    assert resources(container(docs, "decode")) == ({"nvidia.com/gpu": "4", "cpu": "8"},
                                                    {"memory": "32Gi", "nvidia.com/gpu": "2"})
    # only the first container is checked
    assert "annotations" not in workload(docs, "prefill")["metadata"]
    assert resources(container(docs, "prefill", "aux")) == ({"nvidia.com/gpu": "8"}, {"nvidia.com/gpu": "1"})
    # on a LeaderWorkerSet, with a string count; an equal count gives no warning
    docs = render({"multinode": True,
                   "decode": {"containers": [vllm(resources={"limits": {"nvidia.com/gpu": "3"}})]},
                   "prefill": {"containers": [vllm(resources={"limits": {"nvidia.com/gpu": 1}})]}})
    assert find(docs, "LeaderWorkerSet", DECODE)["metadata"]["annotations"] == {
        WARNING: "Accelerator mismatch: nvidia.com/gpu is set to 3 but parallelism calculates 1. Using 3."}
    assert "annotations" not in find(docs, "LeaderWorkerSet", PREFILL)["metadata"]


def test_accelerator_warning_uses_pool_accelerator_type(render: Render) -> None:
    """Divergence 3: the warning names the pool's accelerator resource (the chart: the global type's)."""
    docs = render({"prefill": {"accelerator": {"type": "amd"},
                               "containers": [vllm(resources={"limits": {"amd.com/gpu": 3}})]},
                   "decode": {"containers": [{"image": SIM_IMAGE, "modelCommand": "imageDefault",
                                              "resources": {"limits": {"nvidia.com/gpu": 5}}}]}})
    assert workload(docs, "prefill")["metadata"]["annotations"] == {
        WARNING: "Accelerator mismatch: amd.com/gpu is set to 3 but parallelism calculates 1. Using 3."}
    assert "annotations" not in workload(docs, "decode")["metadata"]  # simulator: no accelerator resource
    assert resources(container(docs, "decode")) == ({"nvidia.com/gpu": "5"}, {})


@pytest.mark.parametrize(("sets", "path"), [
    (["accelerator.type=tpu-v9"], "accelerator.type"),
    (["decode.accelerator.type=tpu-v9"], "decode.accelerator.type"),
    (["prefill.accelerator.type=tpu-v9"], "prefill.accelerator.type"),
])
def test_fails_unknown_accelerator_type(render: Render, sets: list[str], path: str) -> None:
    """Documented: the chart falls back to nvidia.com/gpu; ours raises naming the values path."""
    with pytest.raises(ModelServiceError) as err:
        render(sets=sets)
    assert any(line.startswith(f"{path}: ") for line in str(err.value).splitlines()), str(err.value)
    assert "tpu-v9" in str(err.value)


# -- volumes -------------------------------------------------------------------------------------------


def test_volumes_emptydir_pvc_readonly_and_mounts(render: Render, default_docs: Docs) -> None:
    shm = {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}}
    shm_mount = {"name": "shm", "mountPath": "/dev/shm"}
    docs = render({"decode": {"volumes": [shm], "containers": [
        vllm(name="a", mountModelVolume=False, volumeMounts=[shm_mount]), vllm(name="b")]},
        "prefill": {"containers": [vllm(mountModelVolume=False)]}})
    assert pod(docs, "decode")["volumes"] == [shm, {"name": "model-storage", "emptyDir": {"sizeLimit": "5Mi"}}]
    assert container(docs, "decode", "a")["volumeMounts"] == [shm_mount]
    assert container(docs, "decode", "b")["volumeMounts"] == [{"name": "model-storage", "mountPath": "/model-cache"}]
    assert "HF_HOME" not in env(container(docs, "decode", "a"))
    assert env(container(docs, "decode", "b"))["HF_HOME"] == "/model-cache"
    assert pod(docs, "prefill")["volumes"] == [{"name": "metrics-volume", "emptyDir": {}}]
    assert "volumeMounts" not in container(docs, "prefill")
    # defaults: user volume + model volume; user mount then the model mount
    for role in ("decode", "prefill"):
        assert pod(default_docs, role)["volumes"] == [{"name": "metrics-volume", "emptyDir": {}},
                                                      {"name": "model-storage", "emptyDir": {"sizeLimit": "5Mi"}}]
        assert container(default_docs, role)["volumeMounts"] == [
            {"name": "metrics-volume", "mountPath": "/.config"}, {"name": "model-storage", "mountPath": "/model-cache"}]
    docs = render({"decode": {"volumes": [], "containers": [vllm(mountModelVolume=False)]}})
    assert not pod(docs, "decode").get("volumes")


# -- DRA ------------------------------------------------------------------------------------------------


def claim_requests(docs: Docs, name: str) -> Any:
    return find(docs, "ResourceClaimTemplate", name)["spec"]["spec"]["devices"]["requests"]


def test_dra_resource_claim_template_names_count_class_match_selectors(render: Render) -> None:
    selectors = [{"cel": {"expression": "device.attributes['gpu.nvidia.com'].productName == 'H100'"}}]
    imex = {"name": "imex", "resourceClaimTemplateName": "imex-channel"}
    docs = render({
        "accelerator": {"dra": True, "resourceClaimTemplates": {"nvidia": {"class": "custom.nvidia.com",
                                                                           "selectors": selectors}}},
        "decode": {"parallelism": {"tensor": 2, "dataLocal": 2}, "resourceClaims": [imex],
                   "containers": [vllm(resources={"limits": {"cpu": "4"}, "requests": {"cpu": "2"}})]},
        "prefill": {"containers": [vllm()]},
    })
    rct = find(docs, "ResourceClaimTemplate", "nvidia-claim-template-decode")
    assert rct["apiVersion"] == "resource.k8s.io/v1"
    assert rct["metadata"]["labels"] == {**MANAGED_BY, "llm-d.ai/role": "decode"}
    assert claim_requests(docs, "nvidia-claim-template-decode") == [{"name": "nvidia", "exactly": {
        "deviceClassName": "custom.nvidia.com", "count": 4, "selectors": selectors}}]
    assert claim_requests(docs, "nvidia-claim-template-prefill") == [{"name": "nvidia", "exactly": {
        "deviceClassName": "custom.nvidia.com", "count": 1, "selectors": selectors}}]
    assert pod(docs, "decode")["resourceClaims"] == [
        {"name": "nvidia-decode-claim", "resourceClaimTemplateName": "nvidia-claim-template-decode"}, imex]
    assert pod(docs, "prefill")["resourceClaims"] == [
        {"name": "nvidia-prefill-claim", "resourceClaimTemplateName": "nvidia-claim-template-prefill"}]
    dec = container(docs, "decode")
    assert resources(dec) == ({"cpu": "4"}, {"cpu": "2"})  # no device-plugin count under DRA
    assert dec["resources"]["claims"] == [{"name": "nvidia-decode-claim"}, {"name": "imex"}]
    assert resources(container(docs, "prefill")) == ({}, {})
    assert container(docs, "prefill")["resources"]["claims"] == [{"name": "nvidia-prefill-claim"}]
    # data keeps its default 1, so only the local flag is added
    assert parallel_flags(dec) == ["--tensor-parallel-size", "2", "--data-parallel-size-local", "2"]


def test_fails_dra_with_device_plugin_accelerator_limits(render: Render) -> None:
    """Documented difference: the chart passes accelerator limits through under DRA (the pod would ask for
    devices twice); here that is an error naming the limit."""
    with pytest.raises(ModelServiceError, match=r"decode\.containers\[0\]\.resources\.limits\.nvidia\.com/gpu"):
        render({"accelerator": {"dra": True}, "prefill": {"create": False},
                "decode": {"containers": [vllm(resources={"limits": {"nvidia.com/gpu": 4}})]}})


def test_fails_pvc_uri_without_model_path(render: Render) -> None:
    """Documented difference: the chart turns pvc://<claim> into the argument <mountPath>/<claim>."""
    with pytest.raises(ModelServiceError, match=r"modelArtifacts\.uri: 'pvc://model-pvc'"):
        render({"modelArtifacts": {"uri": "pvc://model-pvc"}})


def test_dra_explicit_count_and_unnamed_template(render: Render) -> None:
    """``count`` is rendered by the chart's templates (its values.schema.json does not list it)."""
    docs = render({"accelerator": {"dra": True, "resourceClaimTemplates": {
        "nvidia": {"name": None, "class": None, "count": 8},
        "amd": {"name": None, "class": "gpu.example.com"}}},
        "decode": {"parallelism": {"tensor": 2}}, "prefill": {"accelerator": {"type": "amd"}}})
    assert claim_requests(docs, "nvidia-decode-claim-template") == [
        {"name": "nvidia", "exactly": {"deviceClassName": "gpu.nvidia.com", "count": 8}}]
    assert pod(docs, "decode")["resourceClaims"] == [
        {"name": "nvidia-decode-claim", "resourceClaimTemplateName": "nvidia-decode-claim-template"}]
    assert claim_requests(docs, "amd-prefill-claim-template") == [
        {"name": "amd", "exactly": {"deviceClassName": "gpu.example.com", "count": 1}}]
    assert pod(docs, "prefill")["resourceClaims"] == [
        {"name": "amd-prefill-claim", "resourceClaimTemplateName": "amd-prefill-claim-template"}]


@pytest.mark.parametrize(("kind", "base", "device_class"), [
    ("nvidia", "nvidia-claim-template", "gpu.nvidia.com"),
    ("intel", "intel-claim-template", "gpu.intel.com"),
    ("intel-i915", "intel-claim-template", "gpu.intel.com"),
    ("intel-xe", "intel-claim-template", "gpu.intel.com"),
    ("intel-gaudi", "intel-gaudi-claim-template", "gaudi.intel.com"),
    ("amd", "amd-claim-template", "gpu.amd.com"),
    ("google", "google-claim-template", "tpu.google.com"),
])
def test_dra_default_claim_templates_per_type(render: Render, kind: str, base: str, device_class: str) -> None:
    docs = render({"accelerator": {"type": kind, "dra": True}, "prefill": {"create": False},
                   "decode": {"parallelism": {"tensor": 2}, "containers": [vllm()]}})
    claim = f"{base.removesuffix('-claim-template')}-decode-claim"
    assert [d["metadata"]["name"] for d in docs if d["kind"] == "ResourceClaimTemplate"] == [f"{base}-decode"]
    assert claim_requests(docs, f"{base}-decode") == [
        {"name": kind, "exactly": {"deviceClassName": device_class, "count": 2}}]
    assert pod(docs, "decode")["resourceClaims"] == [{"name": claim, "resourceClaimTemplateName": f"{base}-decode"}]
    c = container(docs, "decode")
    assert resources(c) == ({}, {})
    assert c["resources"]["claims"] == [{"name": claim}]
    if kind == "intel-i915":  # accelerator env does not depend on DRA
        assert env(c)["VLLM_USE_V1"] == "1"


def test_dra_per_role_accelerator_type_and_dra_override(render: Render) -> None:
    docs = render({"prefill": {"accelerator": {"type": "amd", "dra": True}, "containers": [vllm()]},
                   "decode": {"parallelism": {"tensor": 2}, "containers": [vllm()]}})
    assert [d["metadata"]["name"] for d in docs if d["kind"] == "ResourceClaimTemplate"] == [
        "amd-claim-template-prefill"]
    assert claim_requests(docs, "amd-claim-template-prefill") == [
        {"name": "amd", "exactly": {"deviceClassName": "gpu.amd.com", "count": 1}}]
    assert pod(docs, "prefill")["resourceClaims"] == [
        {"name": "amd-prefill-claim", "resourceClaimTemplateName": "amd-claim-template-prefill"}]
    assert resources(container(docs, "prefill")) == ({}, {})
    assert "resourceClaims" not in pod(docs, "decode")
    assert resources(container(docs, "decode")) == ({"nvidia.com/gpu": "2"}, {"nvidia.com/gpu": "2"})
    docs = render({"accelerator": {"dra": True}, "decode": {"accelerator": {"dra": False}, "containers": [vllm()]}})
    assert [d["metadata"]["name"] for d in docs if d["kind"] == "ResourceClaimTemplate"] == [
        "nvidia-claim-template-prefill"]
    assert "resourceClaims" not in pod(docs, "decode")
    assert resources(container(docs, "decode")) == ({"nvidia.com/gpu": "1"}, {"nvidia.com/gpu": "1"})


def test_pod_resource_claims_without_dra(render: Render) -> None:
    imex = {"name": "imex", "resourceClaimTemplateName": "imex-channel"}
    docs = render({"decode": {"resourceClaims": [imex], "containers": [vllm()]}})
    assert not has(docs, "ResourceClaimTemplate")
    assert pod(docs, "decode")["resourceClaims"] == [imex]
    c = container(docs, "decode")
    assert c["resources"]["claims"] == [{"name": "imex"}]
    assert resources(c) == ({"nvidia.com/gpu": "1"}, {"nvidia.com/gpu": "1"})
    assert "resourceClaims" not in pod(docs, "prefill")


def test_fails_dra_without_claim_template_config(render: Render) -> None:
    """Documented: the chart references a claim template it never renders; ours raises."""
    with pytest.raises(ModelServiceError) as err:
        render(sets=["accelerator.dra=true", "accelerator.type=rebellions-atom"])
    assert "accelerator.resourceClaimTemplates.rebellions-atom" in str(err.value)


# -- monitoring ----------------------------------------------------------------------------------------


def test_podmonitor_all_fields(render: Render, default_docs: Docs) -> None:
    """scrapeTimeout and namespaceSelector are rendered by the templates (the chart's schema omits them)."""
    relabelings = [{"sourceLabels": ["__meta_kubernetes_pod_name"], "targetLabel": "pod", "action": "replace"}]
    metric_relabelings = [{"sourceLabels": ["__name__"], "regex": "vllm:.*", "action": "Keep"}]
    with pytest.warns(ModelServiceWarning) as warned:
        docs = _render_all_podmonitor_fields(render, relabelings, metric_relabelings)
    assert sorted(str(w.message).split(":")[0] for w in warned) == [
        "decode.monitoring.podmonitor.portName", "prefill.monitoring.podmonitor.portName"]
    _check_all_podmonitor_fields(docs, default_docs, relabelings, metric_relabelings)
    with pytest.warns(ModelServiceWarning, match=r"prefill\.monitoring\.podmonitor\.portName"):
        docs = render(sets=["prefill.monitoring.podmonitor.enabled=true"])
    assert find(docs, "PodMonitor", f"{PREFILL}-podmonitor")["metadata"]["namespace"] == "default"
    assert not has(docs, "PodMonitor", f"{DECODE}-podmonitor")


def _render_all_podmonitor_fields(render: Render, relabelings: list[Any], metric_relabelings: list[Any]) -> Docs:
    return render({
        "decode": {"monitoring": {"podmonitor": {
            "enabled": True, "portName": "vllm-metrics", "path": "/custom-metrics", "interval": "15s",
            "scrapeTimeout": "10s", "labels": {"release": "prometheus"}, "annotations": {"note": "x"},
            "relabelings": relabelings, "metricRelabelings": metric_relabelings,
            "namespaceSelector": {"matchNames": ["team-a", "team-b"]}}}},
        "prefill": {"monitoring": {"podmonitor": {"enabled": True, "portName": "", "path": "", "interval": ""}}},
    }, namespace="team-a")


def _check_all_podmonitor_fields(docs: Docs, default_docs: Docs, relabelings: list[Any],
                                 metric_relabelings: list[Any]) -> None:
    dec = find(docs, "PodMonitor", f"{DECODE}-podmonitor")
    assert dec["apiVersion"] == "monitoring.coreos.com/v1"
    assert dec["metadata"]["namespace"] == "team-a"
    assert dec["metadata"]["labels"] == {**MANAGED_BY, "app.kubernetes.io/component": "decode",
                                         "release": "prometheus"}
    assert dec["metadata"]["annotations"] == {"note": "x"}
    assert dec["spec"]["selector"] == {"matchLabels": DECODE_LABELS}
    assert dec["spec"]["podMetricsEndpoints"] == [{
        "port": "vllm-metrics", "path": "/custom-metrics", "interval": "15s", "scrapeTimeout": "10s",
        "relabelings": relabelings,
        # divergence 5: relabeling actions come out lower-case
        "metricRelabelings": [{**metric_relabelings[0], "action": "keep"}]}]
    assert dec["spec"]["namespaceSelector"] == {"matchNames": ["team-a", "team-b"]}
    pre = find(docs, "PodMonitor", f"{PREFILL}-podmonitor")
    assert pre["metadata"]["namespace"] == "team-a"
    assert pre["metadata"]["labels"] == {**MANAGED_BY, "app.kubernetes.io/component": "prefill"}
    assert "annotations" not in pre["metadata"]
    assert pre["spec"]["selector"] == {"matchLabels": PREFILL_LABELS}
    assert pre["spec"]["podMetricsEndpoints"] == [{"port": "metrics", "path": "/metrics", "interval": "30s"}]
    assert "namespaceSelector" not in pre["spec"]
    assert not has(default_docs, "PodMonitor")


# -- tracing -------------------------------------------------------------------------------------------


def test_tracing_env_and_args(render: Render, default_docs: Docs) -> None:
    docs = render({
        "tracing": {"enabled": True, "otlpEndpoint": "http://collector.obs:4317",
                    "sampling": {"sampler": "always_on", "samplerArg": 1.0},
                    "serviceNames": {"vllmDecode": "dec", "vllmPrefill": "pre", "routingProxy": "proxy"},
                    "vllm": {"collectDetailedTraces": "model"}},
        "decode": {"containers": [vllm(args=["--enforce-eager"])]},
        "prefill": {"containers": [{"name": "srv", "image": VLLM_IMAGE, "command": ["serve"]}]},
    })

    def otel(name: str) -> list[tuple[str, str]]:
        return [("OTEL_SERVICE_NAME", name), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector.obs:4317"),
                ("OTEL_TRACES_EXPORTER", "otlp"), ("OTEL_TRACES_SAMPLER", "always_on"),
                ("OTEL_TRACES_SAMPLER_ARG", "1")]

    dec = container(docs, "decode")
    assert dec["args"][-7:] == ["--served-model-name", "random/model", "--otlp-traces-endpoint",
                                "http://collector.obs:4317", "--collect-detailed-traces", "model", "--enforce-eager"]
    assert [(e["name"], e["value"]) for e in dec["env"][-5:]] == otel("dec")
    proxy = pod(docs, "decode")["initContainers"][0]
    assert [(e["name"], e["value"]) for e in proxy["env"]] == otel("proxy")
    pre = container(docs, "prefill", "srv")
    assert "args" not in pre
    assert [(e["name"], e["value"]) for e in pre["env"][-5:]] == otel("pre")
    # defaults of the tracing block
    docs = render(sets=["tracing.enabled=true"])
    dec = container(docs, "decode")
    assert dec["args"][-4:] == ["--otlp-traces-endpoint", "http://otel-collector:4317",
                                "--collect-detailed-traces", "all"]
    assert env(dec)["OTEL_SERVICE_NAME"] == "vllm-decode"
    assert env(dec)["OTEL_TRACES_SAMPLER"] == "parentbased_traceidratio"
    assert env(dec)["OTEL_TRACES_SAMPLER_ARG"] == "1.0"
    assert env(container(docs, "prefill"))["OTEL_SERVICE_NAME"] == "vllm-prefill"
    assert env(pod(docs, "decode")["initContainers"][0])["OTEL_SERVICE_NAME"] == "routing-proxy"
    assert not [n for n in env_names(container(default_docs, "decode")) if n.startswith("OTEL_")]
    assert "--otlp-traces-endpoint" not in container(default_docs, "decode")["args"]


# -- requester -----------------------------------------------------------------------------------------


def test_requester_replicaset_and_server_patch(render: Render) -> None:
    values = {
        "modelArtifacts": {"name": "acme/llama-3"},
        "decode": {"replicas": 2, "initContainers": [{"name": "init-a", "image": "busybox"}],
                   "containers": [vllm(args=["--enforce-eager"])]},
    }
    plain = render(values)
    docs = render({**values, "requester": {
        "enable": True, "image": "example.com/requester:1", "adminPort": 9001, "port": {"probes": 9080, "spi": 9081},
        "readinessProbe": {"initialDelaySeconds": 3, "periodSeconds": 7},
        "resources": {"limits": {"gpus": 2, "cpus": 4, "memory": "1Gi"}}}})
    assert not has(docs, "Deployment", DECODE)
    assert has(docs, "Deployment", PREFILL)
    rs = find(docs, "ReplicaSet", DECODE)
    assert rs["apiVersion"] == "apps/v1"
    assert rs["spec"]["replicas"] == 2
    assert rs["spec"]["selector"] == {"matchLabels": {"app": "dp-app"}}
    meta = rs["spec"]["template"]["metadata"]
    assert meta["labels"] == {"app": "dp-app"}
    assert meta["annotations"]["dual-pod.llm-d.ai/admin-port"] == "9001"
    patch = yaml.safe_load(meta["annotations"][SERVER_PATCH])
    assert patch["metadata"] == {"labels": {"model-reg": "llama-3", "model-repo": "acme", "app": None}}
    assert [c["name"] for c in patch["spec"]["initContainers"]] == ["routing-proxy", "init-a"]
    assert patch["spec"]["initContainers"] == pod(plain, "decode")["initContainers"]
    assert patch["spec"]["containers"] == pod(plain, "decode")["containers"]
    assert port_arg(patch["spec"]["containers"][0]) == "8200"
    [requester] = rs["spec"]["template"]["spec"]["containers"]
    assert {k: v for k, v in requester.items() if k != "resources"} == {
        "name": "inference-server", "image": "example.com/requester:1", "imagePullPolicy": "Always",
        "command": ["/app/requester"],
        "env": [{"name": "PROBES_PORT", "value": "9080"}, {"name": "SPI_PORT", "value": "9081"}],
        "ports": [{"name": "probes", "containerPort": 9080}, {"name": "spi", "containerPort": 9081}],
        "readinessProbe": {"httpGet": {"path": "/ready", "port": 9080}, "initialDelaySeconds": 3,
                           "periodSeconds": 7}}
    assert resources(requester)[0] == {"nvidia.com/gpu": "2", "cpu": "4", "memory": "1Gi"}


def test_requester_defaults_and_proxy_disabled(render: Render) -> None:
    docs = render(sets=["requester.enable=true", "routing.proxy.enabled=false"])
    rs = find(docs, "ReplicaSet", DECODE)
    assert rs["spec"]["replicas"] == 1
    meta = rs["spec"]["template"]["metadata"]
    assert meta["annotations"]["dual-pod.llm-d.ai/admin-port"] == "8081"
    patch = yaml.safe_load(meta["annotations"][SERVER_PATCH])
    assert patch["metadata"]["labels"] == {"model-reg": "model", "model-repo": "random", "app": None}
    assert not patch["spec"].get("initContainers")
    assert port_arg(patch["spec"]["containers"][0]) == "8000"
    [requester] = rs["spec"]["template"]["spec"]["containers"]
    assert requester["image"] == "ghcr.io/llm-d-incubation/llm-d-fast-model-actuation/requester:latest"
    assert requester["env"] == [{"name": "PROBES_PORT", "value": "8080"}, {"name": "SPI_PORT", "value": "8081"}]
    assert requester["readinessProbe"]["initialDelaySeconds"] == 2
    assert requester["readinessProbe"]["periodSeconds"] == 5
    assert resources(requester)[0] == {"nvidia.com/gpu": "1", "cpu": "1", "memory": "250Mi"}
    docs = render(sets=["requester.enable=true", "decode.create=false"])
    assert not has(docs, "ReplicaSet")


def test_fails_requester_with_multinode(render: Render) -> None:
    """Documented: the chart silently renders a decode LeaderWorkerSet instead; ours raises."""
    with pytest.raises(ModelServiceError) as err:
        render(sets=["requester.enable=true", "multinode=true"])
    assert "requester.enable" in str(err.value)


def test_fails_pool_without_containers(render: Render) -> None:
    """Documented: the chart renders a pod with no containers; ours raises."""
    with pytest.raises(ModelServiceError) as err:
        render({"decode": {"containers": []}})
    assert "decode.containers" in str(err.value)
    with pytest.raises(ModelServiceError) as err:
        render(sets=["prefill.containers=null"])
    assert "prefill.containers" in str(err.value)


# -- extra objects -----------------------------------------------------------------------------------


def test_extra_objects_with_template_expressions(render: Render, default_docs: Docs) -> None:
    docs = render({"extraObjects": [
        {"apiVersion": "v1", "kind": "ConfigMap",
         "metadata": {"name": "{{ .Release.Name }}-config", "namespace": "{{ .Release.Namespace }}",
                      "labels": {"app": "extra"}},
         "data": {"model": "{{ .Values.modelArtifacts.name }}", "port": "{{ .Values.routing.servicePort }}",
                  "plain": "value"}},
        {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "{{ .Release.Name }}-secret"},
         "stringData": {"model": "{{ .Values.modelArtifacts.name }}"}},
    ]}, namespace="team-a")
    config = find(docs, "ConfigMap", "rel-config")
    assert config["metadata"]["namespace"] == "team-a"
    assert {k: v for k, v in config["metadata"]["labels"].items() if k not in MANAGED_BY} == {"app": "extra"}
    assert config["data"] == {"model": "random/model", "port": "8000", "plain": "value"}
    assert find(docs, "Secret", "rel-secret")["stringData"] == {"model": "random/model"}
    assert len(docs) == len(default_docs) + 2


# -- values loading: --set syntax and values files -----------------------------------------------------


def test_set_syntax(render: Render, tmp_path: Path) -> None:
    docs = render(sets=[
        "decode.enableServiceLinks=false,decode.terminationGracePeriodSeconds=45,prefill.replicas=null",
        "routing.proxy.zapDevel=true,routing.proxy.zapLogLevel=2",
        "decode.acceleratorTypes.labelKey=gpu.product,decode.acceleratorTypes.labelValues={H100,A100}",
        "decode.podAnnotations.note=a\\,b,decode.podAnnotations.version=1.0",
        r"decode.nodeSelector.kubernetes\.io/arch=amd64",
        "decode.replicas=2", "decode.replicas=4",
    ])
    spec = pod(docs, "decode")
    assert spec["enableServiceLinks"] is False
    assert spec["terminationGracePeriodSeconds"] == 45
    assert workload(docs, "prefill")["spec"]["replicas"] == 1
    assert workload(docs, "decode")["spec"]["replicas"] == 4
    assert spec["initContainers"][0]["args"][3:6] == ["--zap-devel=true", "--zap-encoder=json", "--zap-log-level=2"]
    terms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert terms[0]["matchExpressions"][0]["values"] == ["H100", "A100"]
    assert workload(docs, "decode")["spec"]["template"]["metadata"]["annotations"] == {"note": "a,b",
                                                                                       "version": "1.0"}
    assert spec["nodeSelector"] == {"kubernetes.io/arch": "amd64"}
    # a list index into a values-file list changes one element
    base = values_file(tmp_path, {"decode": {"containers": [vllm(name="a"), vllm(name="b", args=["--x"])]}})
    docs = parse(template(REL, [base], ["decode.containers[1].image=example.com/vllm:2"]))
    assert container(docs, "decode", "a")["image"] == VLLM_IMAGE
    assert container(docs, "decode", "b")["image"] == "example.com/vllm:2"
    assert container(docs, "decode", "b")["args"][-1] == "--x"
    # an index with no user list builds a new list that replaces the chart's default list
    docs = render(sets=["decode.containers[0].image=example.com/vllm:3,decode.containers[0].modelCommand=vllmServe"])
    c = container(docs, "decode")
    assert c["image"] == "example.com/vllm:3"
    assert "volumeMounts" not in c  # the default container's mounts are gone (mountModelVolume unset)
    assert [v["name"] for v in pod(docs, "decode")["volumes"]] == ["metrics-volume"]


def test_values_files_merge_in_order_and_null_deletes_a_default(render: Render) -> None:
    first = {"decode": {"replicas": 3, "podAnnotations": {"a": "1", "b": "1"},
                        "tolerations": [{"key": "x", "operator": "Exists"}]},
             "prefill": {"replicas": None},
             "routing": {"proxy": {"zapEncoder": None, "zapLogLevel": None}}}
    second = {"decode": {"replicas": 5, "podAnnotations": {"b": "2"}, "tolerations": [{"operator": "Exists"}]},
              "prefill": {"replicas": 2}}
    docs = render(first, second, sets=["decode.podAnnotations.c=set"])
    dec = workload(docs, "decode")
    assert dec["spec"]["replicas"] == 5
    assert dec["spec"]["template"]["metadata"]["annotations"] == {"a": "1", "b": "2", "c": "set"}
    assert pod(docs, "decode")["tolerations"] == [{"operator": "Exists"}]
    assert workload(docs, "prefill")["spec"]["replicas"] == 2
    assert pod(docs, "decode")["initContainers"][0]["args"] == ["--port=8000", "--vllm-port=8200",
                                                                 "--connector=nixlv2", "--secure-proxy=false"]
    docs = render(second, first)
    assert workload(docs, "decode")["spec"]["replicas"] == 3
    assert workload(docs, "prefill")["spec"]["replicas"] == 1  # null deleted the default 0


# -- container fields ---------------------------------------------------------------------------------


def test_probes_working_dir_stdin_tty_security_context_image_pull_policy(render: Render) -> None:
    liveness = {"httpGet": {"path": "/health", "port": 8200}, "periodSeconds": 10}
    readiness = {"httpGet": {"path": "/v1/models", "port": 8200}, "initialDelaySeconds": 5}
    startup = {"httpGet": {"path": "/health", "port": 8200}, "failureThreshold": 60}
    security = {"privileged": False, "capabilities": {"add": ["IPC_LOCK", "SYS_RAWIO"]}}
    ports = [{"containerPort": 8200, "name": "metrics", "protocol": "TCP"}]
    docs = render({
        "decode": {"containers": [vllm(livenessProbe=liveness, readinessProbe=readiness, startupProbe=startup,
                                       workingDir="/app", stdin=True, tty=True, securityContext=security,
                                       imagePullPolicy="IfNotPresent", ports=ports)]},
        "prefill": {"containers": [vllm(workingDir="", stdin=False, tty=False, imagePullPolicy="")]},
    })
    c = container(docs, "decode")
    assert c["livenessProbe"] == liveness
    assert c["readinessProbe"] == readiness
    assert c["startupProbe"] == startup
    assert c["workingDir"] == "/app"
    assert c["stdin"] is True
    assert c["tty"] is True
    assert c["securityContext"] == security
    assert c["imagePullPolicy"] == "IfNotPresent"
    assert c["ports"] == ports
    p = container(docs, "prefill")
    for key in ("livenessProbe", "readinessProbe", "startupProbe", "workingDir", "stdin", "tty",
                "securityContext", "imagePullPolicy", "ports"):
        assert key not in p, key
