"""EndpointPicker: the llm-d inference scheduler of an InferencePool, with its RBAC, configuration and Service."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from cdk8s import App, Chart
from conftest import Synth, one
from gateway_support import args, flag, server

from modelservice_constructs import (
    EndpointPicker,
    EndpointPickerRef,
    InferencePool,
    LlmdRelease,
    ModelServiceError,
    PodSecurity,
    SchedulerConfig,
    Tracing,
)
from modelservice_constructs.cli import template


def test_endpoint_picker_deploys_the_scheduler_the_pool_names(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, namespace="llm"))
    picker = EndpointPicker(chart, "Picker", pool=pool)
    out = synth(chart)
    names = {(o["kind"], o["metadata"]["name"]) for o in out}
    assert {("ServiceAccount", "opt-epp"), ("Role", "opt-epp"), ("RoleBinding", "opt-epp"),
            ("ConfigMap", "opt-epp"), ("Deployment", "opt-epp"), ("Service", "opt-epp")} <= names
    assert all(o["metadata"].get("namespace") == "llm" for o in out if o["metadata"]["name"] == "opt-epp")
    service = one(out, "Service", "opt-epp")
    ref = one(out, "InferencePool")["spec"]["endpointPickerRef"]
    assert service["metadata"]["name"] == ref["name"] == picker.name
    assert [(p["name"], p["port"]) for p in service["spec"]["ports"]] == [
        ("grpc-ext-proc", ref["port"]["number"]), ("grpc-health", 9003), ("http-metrics", 9090)]
    deployment = one(out, "Deployment", "opt-epp")
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
    assert not set(one(out, "InferencePool")["spec"]["selector"]["matchLabels"]) <= set(
        deployment["spec"]["template"]["metadata"]["labels"])  # the pool does not select the picker
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["image"] == LlmdRelease.latest().epp_image == "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0"
    assert (flag(container["args"], "--pool-name"), flag(container["args"], "--pool-namespace"),
            flag(container["args"], "--pool-group")) == ("opt-pool", "llm", "inference.networking.k8s.io")
    assert flag(container["args"], "--grpc-port") == "9002"
    assert flag(container["args"], "--config-file") == "/etc/epp/epp-config.yaml"
    assert "--ha-enable-leader-election" not in container["args"]
    assert [p["containerPort"] for p in container["ports"]] == [9002, 9003, 9090]
    assert container["readinessProbe"]["grpc"] == {"port": 9003,
                                                   "service": "envoy.service.ext_proc.v3.ExternalProcessor"}
    assert pod["serviceAccountName"] == "opt-epp"
    assert pod["volumes"] == [{"name": "plugins-config", "configMap": {"name": "opt-epp"}},
                              {"name": "tmp", "emptyDir": {"sizeLimit": "10Gi"}}]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert "automountServiceAccountToken" not in pod  # the picker watches the API with its token
    context = pod["containers"][0]["securityContext"]
    assert context["readOnlyRootFilesystem"] is True and context["runAsUser"] == 65532
    assert context["allowPrivilegeEscalation"] is False and context["capabilities"] == {"drop": ["ALL"]}
    assert pod["containers"][0]["resources"] == {"requests": {"cpu": "250m", "memory": "256Mi"},
                                                 "limits": {"cpu": "2", "memory": "1Gi"}}
    assert deployment["spec"]["strategy"] == {"type": "Recreate"}
    binding = one(out, "RoleBinding")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "opt-epp", "namespace": "llm"}]
    assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "opt-epp"}
    rules = one(out, "Role")["rules"]
    assert {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]} in rules
    assert {"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"],
            "verbs": ["get", "watch", "list"]} in rules
    assert not any("leases" in r["resources"] for r in rules)
    config = yaml.safe_load(one(out, "ConfigMap", "opt-epp")["data"]["epp-config.yaml"])
    assert [p["name"] for p in config["schedulingProfiles"]] == ["prefill", "decode"]  # the server has prefill pods
    assert picker.config.disaggregated and picker.derived_for_prefill is True


def test_endpoint_picker_without_prefill_is_load_aware(chart: Chart, synth: Synth) -> None:
    picker = EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)))
    config = yaml.safe_load(one(synth(chart), "ConfigMap")["data"]["epp-config.yaml"])
    assert [p["name"] for p in config["schedulingProfiles"]] == ["default"]
    assert picker.config == SchedulerConfig.load_aware().for_release(LlmdRelease.latest())
    assert picker.derived_for_prefill is False


def test_endpoint_picker_with_replicas_elects_a_leader(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    EndpointPicker(chart, "Picker", pool=pool, replicas=2, verbosity=4, secure_serving=False,
                   flags={"refresh-metrics-interval": "100ms", "enable-pprof": False},
                   tracing=Tracing(otlp_endpoint="http://otel:4317"), env=[{"name": "EXTRA", "value": "1"}],
                   resources={"requests": {"cpu": "1"}}, tolerations=[{"key": "infra", "operator": "Exists"}],
                   node_selector={"pool": "infra"}, labels={"team": "llm"})
    out = synth(chart)
    deployment = one(out, "Deployment", "opt-epp")
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert deployment["spec"]["replicas"] == 2
    assert "--ha-enable-leader-election" in container["args"] and flag(container["args"], "--v") == "4"
    assert {"--secure-serving=false", "--tracing=true", "--enable-pprof=false",
            "--refresh-metrics-interval=100ms"} <= set(container["args"])
    assert (container["livenessProbe"]["grpc"]["service"], container["readinessProbe"]["grpc"]["service"]) == (
        "liveness", "readiness")
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://otel:4317" and env["EXTRA"] == "1"
    assert container["resources"] == {"requests": {"cpu": "1"}}
    assert pod["tolerations"] == [{"key": "infra", "operator": "Exists"}] and pod["nodeSelector"] == {"pool": "infra"}
    assert all(o["metadata"]["labels"]["team"] == "llm" for o in out if o["metadata"]["name"] == "opt-epp")
    assert any("leases" in r["resources"] for r in one(out, "Role")["rules"])


def test_endpoint_picker_takes_a_hand_written_config(chart: Chart, synth: Synth) -> None:
    text = ("apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"
            "plugins:\n- type: random-picker\n  name: pick\nschedulingProfiles:\n- name: default\n"
            "  plugins:\n  - pluginRef: pick\n")
    picker = EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart)),
                            config=SchedulerConfig.from_yaml(text))
    assert one(synth(chart), "ConfigMap")["data"]["epp-config.yaml"] == text
    assert picker.derived_for_prefill is None


class ProfilingPicker(EndpointPicker):
    """A downstream picker that adds a flag and a pod field through the hooks."""

    def build_args(self) -> list[str]:
        return [*super().build_args(), "--enable-pprof=true"]

    def build_pod_spec(self) -> dict[str, Any]:
        spec = super().build_pod_spec()
        spec["priorityClassName"] = "system-cluster-critical"
        return spec


def test_subclassed_endpoint_picker(chart: Chart, synth: Synth) -> None:
    ProfilingPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart)))
    out = synth(chart)
    pod = one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]
    assert args(out, "opt-epp")[-1] == "--enable-pprof=true"
    assert pod["priorityClassName"] == "system-cluster-critical"


def test_fails_picker_for_a_picker_that_is_not_a_service(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart),
                         endpoint_picker=EndpointPickerRef("epp", kind="Backend", group="example.com", port=None))
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.pool: InferencePool 'opt-pool' names a Backend"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_of_something_else_than_a_pool(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.pool: expected InferencePool, got str 'opt-pool'$"):
        EndpointPicker(chart, "Picker", pool="opt-pool")  # type: ignore[arg-type]


def test_fails_picker_of_a_pool_of_another_app(chart: Chart) -> None:
    other = Chart(App(), "other")
    pool = InferencePool(other, "Pool", server=server(other))
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.pool: InferencePool 'opt-pool' belongs to another"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_name_that_is_not_a_dns_label(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart), endpoint_picker=EndpointPickerRef("epp.llm"))
    with pytest.raises(ModelServiceError, match=r"^EndpointPickerRef\.name: must be a DNS label .*'epp\.llm'$"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_port_on_the_health_port(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart), endpoint_picker=EndpointPickerRef("epp", port=9003))
    with pytest.raises(ModelServiceError, match=r"^EndpointPickerRef\.port: 9003 is the picker's health or metrics"):
        EndpointPicker(chart, "Picker", pool=pool)


def test_fails_picker_flag_the_pool_sets(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.flags\.grpc-port: is set by the EndpointPicker"):
        EndpointPicker(chart, "Picker", pool=pool, flags={"grpc-port": 9100})


def test_fails_picker_without_image(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.image: must be a non-empty image, got ' '$"):
        EndpointPicker(chart, "Picker", pool=pool, image=" ")


@pytest.mark.parametrize(("replicas", "message"), [
    (0, "must be a whole number of at least 1 .*got 0"), (-1, "must be a whole number of at least 1 .*got -1"),
    (True, "expected int, got bool True"), (1.5, "expected int, got float 1.5")])
def test_fails_picker_replicas(chart: Chart, replicas: Any, message: str) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=rf"^EndpointPicker\.replicas: {message}$"):
        EndpointPicker(chart, "Picker", pool=pool, replicas=replicas)


def test_fails_picker_replicas_zero_in_values() -> None:
    with pytest.raises(ModelServiceError, match=r"inferencePool\.endpointPicker\.replicas: must be at least 1, got 0"):
        template("demo", [], ["inferencePool.enabled=true", "inferencePool.endpointPicker.create=true",
                              "inferencePool.endpointPicker.replicas=0"])


def test_fails_picker_config_that_is_not_a_scheduler_config(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError,
                       match=r"^EndpointPicker\.config: expected SchedulerConfig or None, got str 'x: 1'$"):
        EndpointPicker(chart, "Picker", pool=pool, config="x: 1")  # type: ignore[arg-type]


def test_fails_prefill_decode_scheduling_without_routing_sidecar(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, routing_sidecar=None))
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.config: .*'opt' has routing_sidecar=None"):
        EndpointPicker(chart, "Picker", pool=pool, config=SchedulerConfig.prefill_decode())


def test_picker_security_and_resources_can_be_set(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    EndpointPicker(chart, "Picker", pool=pool, security=PodSecurity.unhardened(),
                   resources={"requests": {"cpu": "1"}})
    pod = one(synth(chart), "Deployment", "opt-epp")["spec"]["template"]["spec"]
    assert "securityContext" not in pod and "securityContext" not in pod["containers"][0]
    assert pod["containers"][0]["resources"] == {"requests": {"cpu": "1"}}
