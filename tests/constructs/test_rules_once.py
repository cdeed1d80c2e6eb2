"""A rule is owned by a construct or value type, and both ways in (typed props, Helm values) apply it."""

from __future__ import annotations

from typing import Any

import pytest

from modelservice_constructs import ModelArtifacts, ModelContainer, ModelServiceError, RoutingSidecar
from modelservice_constructs.cli import template
from modelservice_constructs.values.paths import values_path


def _problems(build: Any) -> list[str]:
    with pytest.raises(ModelServiceError) as caught:
        build()
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("typed", "values_set", "typed_path", "values_key"), [
    (lambda: RoutingSidecar(zap_encoder="xml"), "routing.proxy.zapEncoder=xml",
     "RoutingSidecar.zap_encoder", "routing.proxy.zapEncoder"),
    (lambda: ModelArtifacts.from_uri("oci://registry/model:1", name="m", image_pull_policy="Sometimes"),
     "modelArtifacts.imagePullPolicy=Sometimes", "ModelArtifacts.image_pull_policy", "modelArtifacts.imagePullPolicy"),
    (lambda: RoutingSidecar(image_pull_policy="Sometimes"), "routing.proxy.imagePullPolicy=Sometimes",
     "RoutingSidecar.image_pull_policy", "routing.proxy.imagePullPolicy"),
    (lambda: ModelContainer(image="x", image_pull_policy="Sometimes"),
     "decode.containers[0].image=x,decode.containers[0].imagePullPolicy=Sometimes", "ModelContainer.image_pull_policy",
     "decode.containers[0].imagePullPolicy"),
], ids=["zap_encoder", "artifacts_pull_policy", "sidecar_pull_policy", "container_pull_policy"])
def test_fails_the_same_through_typed_props_and_values(typed: Any, values_set: str, typed_path: str,
                                                       values_key: str) -> None:
    typed_problems = _problems(typed)
    values_problems = _problems(lambda: template("demo", [], [values_set]))
    assert [p.split(":")[0] for p in typed_problems] == [typed_path]
    assert [p.split(":")[0] for p in values_problems] == [values_key]
    assert "'Sometimes'" in values_problems[0] or "'xml'" in values_problems[0]


@pytest.mark.parametrize(("prop_path", "role", "expected"), [
    ("ModelServer.service_port", None, "routing.servicePort"),
    ("ModelServer.service_account", None, "serviceAccountOverride"),
    ("DecodePool.parallelism.tensor", "decode", "decode.parallelism.tensor"),
    ("Parallelism.data_local", "prefill", "prefill.parallelism.dataLocal"),
    ("NodeAffinity.label_values", "decode", "decode.acceleratorTypes.labelValues"),
    ("DecodePool.pod.node_selector.a b", "decode", "decode.nodeSelector.a b"),
    ("DecodePool.pod.tolerations[0].efect", "decode", "decode.tolerations[0].efect"),
    ("PrefillPool.pod.host_ipc", "prefill", "prefill.hostIPC"),
    ("DecodePool.pod.node_affinity", "decode", "decode.acceleratorTypes"),
    ("PodOptions.termination_grace_period_seconds", "prefill", "prefill.terminationGracePeriodSeconds"),
    ("DecodePool.containers[1].limits.nvidia.com/gpu", "decode",
     "decode.containers[1].resources.limits.nvidia.com/gpu"),
    ("PrefillPool.extra_config.host_network", "prefill", "prefill.extraConfig.host_network"),
    ("DecodePool.workload.strategy.type", "decode", "decode.strategy.type"),
    ("DecodePool.workload.sub_group_policy.x", "decode", "decode.subGroupPolicy.x"),
    ("DecodePool.monitoring.port_name", "decode", "decode.monitoring.podmonitor.portName"),
    ("Requester.probes_port", "decode", "requester.port.probes"),
    ("RoutingSidecar.prefiller_use_tls", None, "routing.proxy.prefillerUseTLS"),
    ("HttpRoute.path_prefix", None, "httpRoute.pathPrefix"),
    ("decode.replicas", "decode", "decode.replicas"),
])
def test_prop_paths_become_values_paths(prop_path: str, role: str | None, expected: str) -> None:
    assert values_path(prop_path, role) == expected
