"""Probes sized for model loading: vLLM startup / liveness / readiness, sidecar readiness, leader-only probes."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart
from conftest import Synth, one

from modelservice_constructs import (
    DecodePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelProbes,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PoolWorkload,
    PrefillPool,
    Profile,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"
MODEL = ModelArtifacts.from_uri("hf://facebook/opt-125m")


def _server(chart: Chart, **props: Any) -> ModelServer:
    return ModelServer(chart, "Model", name="opt", model=MODEL, **props)


def _containers(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    spec = manifest["spec"]
    template = spec["leaderWorkerTemplate"]["workerTemplate"] if "leaderWorkerTemplate" in spec else spec["template"]
    containers: list[dict[str, Any]] = template["spec"]["containers"]
    return containers


def test_vllm_gets_probes_sized_for_model_loading(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    [decode] = _containers(one(out, "Deployment", "opt-decode"))
    [prefill] = _containers(one(out, "Deployment", "opt-prefill"))
    assert decode["startupProbe"] == {"httpGet": {"path": "/health", "port": 8200}, "periodSeconds": 10,
                                      "timeoutSeconds": 5, "failureThreshold": 180}  # 30 minutes to load
    assert decode["livenessProbe"]["failureThreshold"] == 3
    assert decode["readinessProbe"]["httpGet"] == {"path": "/health", "port": 8200}
    assert prefill["readinessProbe"]["httpGet"] == {"path": "/health", "port": 8000}


def test_startup_window_is_a_prop(chart: Chart, synth: Synth) -> None:
    server = _server(chart, profile=Profile(probes=ModelProbes(startup_timeout_seconds=7200, period_seconds=20)))
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    [vllm] = _containers(one(synth(chart), "Deployment"))
    assert vllm["startupProbe"]["failureThreshold"] == 360 and vllm["startupProbe"]["periodSeconds"] == 20


def test_probes_can_be_turned_off_or_replaced(chart: Chart, synth: Synth) -> None:
    server = _server(chart, routing_sidecar=None)
    own = {"httpGet": {"path": "/v1/models", "port": 8000}}
    DecodePool(server, "Decode", profile=Profile(probes=ModelProbes.disabled()),
               containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM, readiness_probe=own)])
    out = synth(chart)
    [decode] = _containers(one(out, "Deployment", "opt-decode"))
    [prefill] = _containers(one(out, "Deployment", "opt-prefill"))
    assert not any(key.endswith("Probe") for key in decode)
    assert prefill["readinessProbe"] == own and prefill["livenessProbe"]["httpGet"]["path"] == "/health"


def test_custom_commands_get_no_probes(chart: Chart, synth: Synth) -> None:
    server = _server(chart, routing_sidecar=None)
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM, model_command=ModelCommand.CUSTOM,
                                                              command=["python", "-m", "server"])])
    [container] = _containers(one(synth(chart), "Deployment"))
    assert not any(key.endswith("Probe") for key in container)


def test_data_parallel_group_probes_only_the_leader(chart: Chart, synth: Synth) -> None:
    server = _server(chart)
    PrefillPool(server, "Prefill", parallelism=Parallelism(data=16, data_local=8),
                workload=PoolWorkload.leader_worker_set(), containers=[ModelContainer(image=VLLM)])
    [vllm] = _containers(one(synth(chart), "LeaderWorkerSet"))
    command = vllm["startupProbe"]["exec"]["command"]
    assert command[:2] == ["/bin/sh", "-c"]
    assert '[ "${LWS_WORKER_INDEX:-0}" != "0" ] ||' in command[2]  # workers (headless) pass at once
    assert "http://127.0.0.1:8000/health" in command[2]
    assert vllm["readinessProbe"]["exec"] == vllm["startupProbe"]["exec"]


@pytest.mark.parametrize(("props", "message"), [
    ({"enabled": "no"}, r"^ModelProbes\.enabled: expected bool, got str 'no'$"),
    ({"enabled": None}, r"^ModelProbes\.enabled: expected bool, got NoneType None$"),
    ({"path": 3}, r"^ModelProbes\.path: expected str, got int 3$"),
    ({"startup_timeout_seconds": "1800"}, r"^ModelProbes\.startup_timeout_seconds: expected int, got str '1800'$"),
    ({"period_seconds": 2.5}, r"^ModelProbes\.period_seconds: expected int, got float 2\.5$"),
    ({"timeout_seconds": True}, r"^ModelProbes\.timeout_seconds: expected int, got bool True$"),
    ({"liveness_failure_threshold": None},
     r"^ModelProbes\.liveness_failure_threshold: expected int, got NoneType None$"),
    ({"readiness_threshold": 3}, r"^ModelProbes\.readiness_threshold: unknown prop \(did you mean "
                                 r"'readiness_failure_threshold'\?\); props: enabled, path, "),
])
def test_fails_probe_props_of_the_wrong_type(props: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        ModelProbes(**props)


def test_fails_bad_probe_props() -> None:
    with pytest.raises(ModelServiceError, match=r"ModelProbes.startup_timeout_seconds: must be a whole number >= 1, "
                                                r"got 0"):
        ModelProbes(startup_timeout_seconds=0)
    with pytest.raises(ModelServiceError, match=r"ModelProbes.path: must be an absolute HTTP path, got 'health'"):
        ModelProbes(path="health")
