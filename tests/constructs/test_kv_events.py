"""Precise prefix-cache routing: vLLM publishes its KV-cache events (KvEvents), the picker indexes them
(SchedulerConfig.precise_prefix_cache), and the contract between the two ends is checked at synth."""

from __future__ import annotations

import json

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, by_kind, one, synth_problems
from gateway_support import VLLM, model

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    KvEvents,
    LlmdRelease,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PrefillPool,
    SchedulerConfig,
)
from modelservice_constructs.gateway.scheduler_config import PickerContext

EVENTS = KvEvents()


def _stack(chart: Chart, *, kv_events: KvEvents | None = EVENTS, args: tuple[str, ...] = ("--block-size", "64"),
           config: SchedulerConfig | None = None, release: LlmdRelease | None = None) -> EndpointPicker:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=None, kv_events=kv_events,
                         release=release)
    DecodePool(server, "Decode", replicas=2, containers=[ModelContainer(image=VLLM, args=list(args))])
    pool = InferencePool(chart, "Pool", server=server)
    return EndpointPicker(chart, "Picker", pool=pool, config=config or SchedulerConfig.precise_prefix_cache())



def test_vllm_publishes_what_the_picker_subscribes_to(chart: Chart, synth: Synth) -> None:
    picker = _stack(chart)
    out = synth(chart)
    container = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]["containers"][0]
    args = container["args"]
    events = json.loads(args[args.index("--kv-events-config") + 1])
    assert events == {"enable_kv_cache_events": True, "publisher": "zmq", "endpoint": "tcp://*:5556",
                      "topic": "kv@$(POD_IP):$(POD_PORT)@org/qwen"}
    env = {e["name"]: e for e in container["env"]}
    assert env["POD_IP"]["valueFrom"] == {"fieldRef": {"fieldPath": "status.podIP"}}
    assert env["POD_PORT"]["value"] == "8000" == str(one(out, "InferencePool")["spec"]["targetPorts"][0]["number"])
    assert {"name": "kv-events", "containerPort": 5556, "protocol": "TCP"} in container["ports"]
    document = yaml.safe_load(one(out, "ConfigMap", "qwen-epp")["data"]["epp-config.yaml"])
    plugins = {p["type"]: p.get("parameters") for p in document["plugins"]}
    producer = plugins["precise-prefix-cache-producer"]
    assert producer["kvEventsConfig"]["podDiscoveryConfig"]["socketPort"] == 5556
    assert producer["tokenProcessorConfig"]["blockSize"] == 64  # the pools' --block-size
    assert plugins["token-producer"] == {"modelName": "org/qwen", "vllm": {"url": "http://qwen-epp-render:8000"}}
    render = one(out, "Service", "qwen-epp-render")
    assert render["spec"]["ports"][0]["port"] == 8000 and picker.render_deployment is not None
    render_pod = one(out, "Deployment", "qwen-epp-render")["spec"]["template"]
    assert render_pod["metadata"]["labels"] | render["spec"]["selector"] == render_pod["metadata"]["labels"]
    assert not set(one(out, "InferencePool")["spec"]["selector"]["matchLabels"].items()) <= set(
        render_pod["metadata"]["labels"].items())  # the pool does not select the render pods
    assert render_pod["spec"]["containers"][0]["command"] == ["vllm", "launch", "render"]
    assert render_pod["spec"]["containers"][0]["image"].endswith(LlmdRelease.latest().vllm_version)


def test_the_hash_seed_reaches_vllm(chart: Chart, synth: Synth) -> None:
    _stack(chart, kv_events=KvEvents(hash_seed="42"))
    env = one(synth(chart), "Deployment", "qwen-decode")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "PYTHONHASHSEED", "value": "42"} in env


def test_fails_a_picker_indexing_events_nobody_publishes(chart: Chart, synth: Synth) -> None:
    _stack(chart, kv_events=None)
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: precise-prefix-cache-producer subscribes to vLLM's KV-cache events, but "
        "ModelServer 'qwen' publishes none (no --kv-events-config); set ModelServer(kv_events=KvEvents())"]


def test_fails_a_socket_port_off_vllms(chart: Chart, synth: Synth) -> None:
    _stack(chart, config=SchedulerConfig.precise_prefix_cache(socket_port=5557))
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: precise-prefix-cache-producer kvEventsConfig.podDiscoveryConfig.socketPort "
        "is 5557 but vLLM --kv-events-config binds tcp://*:5556 (KvEvents.port); the producer would dial a port "
        "nobody publishes on: make them equal"]


def test_fails_a_block_size_off_vllms(chart: Chart, synth: Synth) -> None:
    _stack(chart, config=SchedulerConfig.precise_prefix_cache(block_size=32))
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: precise-prefix-cache-producer tokenProcessorConfig.blockSize is 32 but "
        "DecodePool 'qwen-decode' containers[0] runs vLLM with --block-size 64; prefix-cache scores and P/D decisions "
        "would be wrong: make them equal (the preset's block_size, SchedulerConfig.prefill_decode(block_size=...), or "
        "the container's --block-size)"]


def _hand_written(**changes: dict[str, object]) -> SchedulerConfig:
    """The preset as the picker of ``_stack`` writes it, with ``changes`` to the parameters of some plugins."""
    document = SchedulerConfig.precise_prefix_cache().for_release(
        LlmdRelease.latest(), 64, PickerContext(5556, "org/qwen", "http://qwen-epp-render:8000")).document
    for plugin in document["plugins"]:
        if plugin["type"] in changes:
            plugin["parameters"].update(changes[plugin["type"]])
    return SchedulerConfig.from_dict(document)


def test_fails_a_hash_seed_off_vllms(chart: Chart, synth: Synth) -> None:
    config = _hand_written(**{"precise-prefix-cache-producer": {"tokenProcessorConfig": {
        "blockSize": 64, "hashSeed": "42"}}})
    _stack(chart, kv_events=KvEvents(hash_seed="7"), config=config)
    assert synth_problems(chart, synth) == [
        "EndpointPicker 'qwen-epp' config: precise-prefix-cache-producer tokenProcessorConfig.hashSeed is '42' but "
        "vLLM PYTHONHASHSEED is '7' (KvEvents.hash_seed); the block keys would never match: make them equal"]


def test_fails_a_token_producer_of_another_model(chart: Chart, synth: Synth) -> None:
    config = _hand_written(**{"token-producer": {"modelName": "org/other"}})
    _stack(chart, config=config)
    assert any("token-producer modelName is 'org/other' but vLLM serves 'org/qwen' (ModelArtifacts.name, "
               "--served-model-name)" in p for p in synth_problems(chart, synth))


def test_fails_an_event_port_taken_by_the_server(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^KvEvents\.port: port 8000 is already taken by "
                                                r"ModelServer\.service_port"):
        ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), kv_events=KvEvents(port=8000))


def test_fails_the_flag_in_the_container_args(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"DecodePool\.containers\[0\]\.args\[0\]: '--kv-events-config' is "
                                                r"set by the pool for vllmServe containers; set "
                                                r"ModelServer\.kv_events instead"):
        _stack(chart, args=("--kv-events-config", "{}"))


def test_the_release_before_v0_9_has_no_precise_producer(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"token-producer.*llm-d router v0\.8\.0"):
        _stack(chart, release=LlmdRelease.v0_8())


def test_the_guides_release_takes_the_preset(chart: Chart, synth: Synth) -> None:
    _stack(chart, release=LlmdRelease.v0_9())
    assert by_kind(synth(chart), "Service")


def test_fails_a_pd_picker_for_a_server_without_kv_transfer(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), kv_transfer=None)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.config: schedules prefill pods \(P/D\) but "
                                                r"ModelServer 'qwen' has kv_transfer=None and its vLLM containers "
                                                r"pass no --kv-transfer-config"):
        EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server))
