"""KvTransfer: the KV connector of P/D servers, consistent with the routing sidecar's connector."""

from __future__ import annotations

import json

import pytest
from cdk8s import Chart
from conftest import Synth, one

from modelservice_constructs import (
    DecodePool,
    KvTransfer,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PrefillPool,
    RoutingSidecar,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"
MODEL = ModelArtifacts.from_uri("hf://Qwen/Qwen3-8B")


def _containers(out: list[dict[str, object]], name: str) -> dict[str, object]:
    workload = one(out, "Deployment", name)
    return workload["spec"]["template"]["spec"]["containers"][0]  # type: ignore[index,no-any-return]


def test_pd_server_runs_nixl_in_both_pools_by_default(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=MODEL)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    for name in ("qwen-decode", "qwen-prefill"):
        args = _containers(out, name)["args"]
        config = json.loads(args[args.index("--kv-transfer-config") + 1])  # type: ignore[union-attr,index]
        assert config == {"kv_connector": "NixlConnector", "kv_role": "kv_both"}
    sidecar = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]["initContainers"][0]
    assert "--kv-connector=nixlv2" in sidecar["args"]


def test_custom_connector_and_side_channel_port(chart: Chart, synth: Synth) -> None:
    kv = KvTransfer.nixl(side_channel_port=6000, role="kv_both")
    server = ModelServer(chart, "Qwen", name="qwen", model=MODEL, kv_transfer=kv)
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    container = _containers(synth(chart), "qwen-prefill")
    assert container["ports"] == [{"name": "nixl", "containerPort": 6000, "protocol": "TCP"},
                                  {"name": "metrics", "containerPort": 8000, "protocol": "TCP"}]  # vLLM's


def test_no_connector_without_a_sidecar_or_when_turned_off(chart: Chart, synth: Synth) -> None:
    for name, props in (("a", {"routing_sidecar": None}), ("b", {"kv_transfer": None})):
        model = ModelArtifacts.from_uri("hf://Qwen/Qwen3-8B", labels={"llm-d.ai/model": name})
        server = ModelServer(chart, name, name=name, model=model, **props)  # type: ignore[arg-type]
        PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    for name in ("a-prefill", "b-prefill"):
        assert "--kv-transfer-config" not in _containers(out, name)["args"]  # type: ignore[operator]


def test_fails_connector_the_sidecar_does_not_speak(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^ModelServer\.kv_transfer: 'NixlConnector' works with the routing "
                                                r"sidecar connectors nixlv2, nixl, but the sidecar uses 'lmcache'"):
        ModelServer(chart, "Qwen", name="qwen", model=MODEL, routing_sidecar=RoutingSidecar(connector="lmcache"))


def test_fails_kv_transfer_config_in_user_args(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=MODEL)
    with pytest.raises(ModelServiceError, match=r"^PrefillPool\.containers\[0\]\.args\[0\]: '--kv-transfer-config' "
                                                r"is set by the pool .*ModelServer\.kv_transfer"):
        PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM, args=["--kv-transfer-config", "{}"])])


def test_fails_connector_config_without_a_connector() -> None:
    with pytest.raises(ModelServiceError, match=r"^KvTransfer\.connector_config: must be a map naming kv_connector"):
        KvTransfer(connector_config={"kv_role": "kv_both"})


SHARED_NETWORK = ("the KV connector listens in the same pods, whose processes share the pod's network: use another "
                  "port")


@pytest.mark.parametrize(("props", "taken"), [
    ({"kv_transfer": KvTransfer.nixl(side_channel_port=8200)},
     "8200 is already taken by ModelServer.routing_sidecar.target_port (vLLM's --port in decode pods)"),
    ({"routing_sidecar": RoutingSidecar(target_port=5600)},
     "5600 is already taken by ModelServer.routing_sidecar.target_port (vLLM's --port in decode pods)"),
    ({"service_port": 5600},
     "5600 is already taken by ModelServer.service_port (the routing sidecar's --port in decode pods, vLLM's "
     "--port in prefill pods)"),
])
def test_fails_side_channel_on_a_port_vllm_or_the_sidecar_listens_on(chart: Chart, props: dict[str, object],
                                                                       taken: str) -> None:
    with pytest.raises(ModelServiceError) as caught:
        ModelServer(chart, "Model", name="qwen", model=MODEL, **props)  # type: ignore[arg-type]
    assert [str(p) for p in caught.value.problems] == [f"KvTransfer.side_channel_port: port {taken}; {SHARED_NETWORK}"]


def test_fails_two_connector_ports_on_one_port(chart: Chart) -> None:
    ports = [{"name": "a", "containerPort": 7000}, {"name": "b", "containerPort": 7000}]
    kv = KvTransfer(connector_config={"kv_connector": "LMCacheConnectorV1"}, ports=ports)
    with pytest.raises(ModelServiceError) as caught:
        ModelServer(chart, "Model", name="qwen", model=MODEL, kv_transfer=kv)
    assert [str(p) for p in caught.value.problems] == [
        f"KvTransfer.ports[1].containerPort: port 7000 is already taken by KvTransfer.ports[0].containerPort; "
        f"{SHARED_NETWORK}"]


def test_side_channel_is_free_without_a_routing_sidecar(chart: Chart, synth: Synth) -> None:
    # without the sidecar no connector runs: vLLM alone listens on the service port
    server = ModelServer(chart, "Model", name="qwen", model=MODEL, service_port=5600, routing_sidecar=None)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    assert synth(chart)
