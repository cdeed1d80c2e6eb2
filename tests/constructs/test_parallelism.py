"""Parallelism: accelerators per pod, vLLM flags, and data-parallel groups that span LeaderWorkerSet pods."""

from __future__ import annotations

import pytest
from cdk8s import Chart
from conftest import Synth, one

from modelservice_constructs import (
    DecodePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PoolWorkload,
    PrefillPool,
)
from modelservice_constructs.cli import template

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"


def _server(chart: Chart) -> ModelServer:
    return ModelServer(chart, "Model", name="ds", model=ModelArtifacts.from_uri("hf://deepseek-ai/DeepSeek-R1"),
                       routing_sidecar=None, kv_transfer=None)


def test_multinode_data_parallel_group_gets_leader_address_start_ranks_and_headless_workers(
        chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(data=16, data_local=8),
               containers=[ModelContainer(image=VLLM, args=["--enable-expert-parallel"])])
    lws = one(synth(chart), "LeaderWorkerSet")
    assert lws["spec"]["leaderWorkerTemplate"]["size"] == 2
    container = lws["spec"]["leaderWorkerTemplate"]["workerTemplate"]["spec"]["containers"][0]
    assert container["command"][:2] == ["/bin/sh", "-c"]
    assert "args" not in container
    script = container["command"][2]
    assert 'START_RANK=$(( ${LWS_WORKER_INDEX:-0} * 8 ))' in script
    assert '[ "${LWS_WORKER_INDEX:-0}" = "0" ] || HEADLESS="--headless"' in script
    assert script.splitlines()[-1] == (
        "exec vllm serve deepseek-ai/DeepSeek-R1 --port 8000 --data-parallel-size 16 --data-parallel-size-local 8 "
        '--data-parallel-address "$LWS_LEADER_ADDRESS" --data-parallel-rpc-port 5555 '
        '--data-parallel-start-rank "$START_RANK" --served-model-name deepseek-ai/DeepSeek-R1 '
        "--enable-expert-parallel $HEADLESS")
    assert container["resources"]["limits"] == {"nvidia.com/gpu": "8"}


def test_a_model_spanning_pods_runs_tensor_parallel_over_the_group(chart: Chart, synth: Synth) -> None:
    """One TP16 model over two 8-GPU pods: vLLM's multi-node flags, the leader serves, the worker is headless."""
    DecodePool(_server(chart), "Decode", workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(tensor=16, nodes=2), containers=[ModelContainer(image=VLLM)])
    lws = one(synth(chart), "LeaderWorkerSet")["spec"]["leaderWorkerTemplate"]
    assert lws["size"] == 2
    leader, worker = lws["leaderTemplate"], lws["workerTemplate"]
    container = leader["spec"]["containers"][0]
    assert container["resources"]["limits"] == {"nvidia.com/gpu": "8"}
    assert container["command"][2].splitlines()[-1] == (
        "exec vllm serve deepseek-ai/DeepSeek-R1 --port 8000 --tensor-parallel-size 16 --nnodes 2 --node-rank "
        '"$LWS_WORKER_INDEX" --master-addr "$LWS_LEADER_ADDRESS" --master-port 5555 --served-model-name '
        "deepseek-ai/DeepSeek-R1 $HEADLESS")
    assert worker["spec"]["containers"][0]["command"] == container["command"]  # headless where the index is not 0
    assert (leader["metadata"]["labels"]["llm-d.ai/inference-serving"],
            worker["metadata"]["labels"]["llm-d.ai/inference-serving"]) == ("true", "false")


def test_fails_a_model_that_does_not_split_over_its_nodes() -> None:
    with pytest.raises(ModelServiceError) as err:
        Parallelism(tensor=6, nodes=4, data=2)
    assert [str(p) for p in err.value.problems] == [
        "Parallelism.data: must be left out (or 1) when one model spans 4 nodes, got 2",
        "Parallelism.nodes: a model of tensor x pipeline = 6 devices cannot be split evenly over 4 pods; make tensor "
        "x pipeline a multiple of nodes"]


def test_fails_a_model_spanning_pods_without_a_leader_worker_set(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"DecodePool\.parallelism\.nodes: a model spanning 2 pods needs a "
                                                r"LeaderWorkerSet"):
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=16, nodes=2),
                   containers=[ModelContainer(image=VLLM)])


def test_custom_commands_in_a_group_stay_as_written(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", workload=PoolWorkload.leader_worker_set(),
               parallelism=Parallelism(data=4, data_local=2),
               containers=[ModelContainer(image=VLLM, model_command=ModelCommand.CUSTOM, command=["run.sh"],
                                          args=["--x"])])
    container = one(synth(chart), "LeaderWorkerSet")["spec"]["leaderWorkerTemplate"]["workerTemplate"]["spec"][
        "containers"][0]
    assert container["command"] == ["run.sh"] and container["args"] == ["--x"]


def test_single_pod_data_parallelism_keeps_plain_args(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", parallelism=Parallelism(data=2, data_local=2),
               containers=[ModelContainer(image=VLLM)])
    container = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert container["command"] == ["vllm", "serve"]
    assert container["args"][3:7] == ["--data-parallel-size", "2", "--data-parallel-size-local", "2"]


def test_fails_data_not_data_local_times_workers(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        PrefillPool(_server(chart), "Prefill", workload=PoolWorkload.leader_worker_set(),
                    parallelism=Parallelism(data=16, data_local=8, workers=3), containers=[ModelContainer(image=VLLM)])
    assert [p.path for p in caught.value.problems] == ["PrefillPool.parallelism.data"]
    assert "16 data-parallel ranks cannot be laid out as 3 workers x 8 ranks" in str(caught.value)


def test_fails_data_parallel_ranks_spanning_pods_without_a_leader_worker_set(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.parallelism\.data: 16 data-parallel ranks with 8 per "
                                                r"pod \(data_local\) span several pods"):
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(data=16, data_local=8),
                   containers=[ModelContainer(image=VLLM)])


def test_fails_workers_without_a_leader_worker_set(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.parallelism\.workers: 2 pods per group need a "
                                                r"LeaderWorkerSet, which groups pods; this workload runs one pod per "
                                                r"replica and would ignore workers"):
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=2, workers=2),
                   containers=[ModelContainer(image=VLLM)])


def test_template_warns_of_workers_without_multinode_and_renders_a_deployment() -> None:
    with pytest.warns(UserWarning, match=r"decode\.parallelism\.workers: 2 pods per group need a LeaderWorkerSet"):
        output = template("demo", [], ["decode.parallelism.workers=2,prefill.create=false"])
    assert "kind: Deployment" in output and "LeaderWorkerSet" not in output


def test_template_keeps_the_chart_arguments_and_warns() -> None:
    sets = ["decode.containers[0].image=vllm,decode.containers[0].modelCommand=vllmServe",
            "decode.parallelism.data=4,decode.parallelism.dataLocal=2,decode.parallelism.workers=null",
            "prefill.create=false"]
    with pytest.warns(UserWarning, match=r"decode\.parallelism\.data: 4 data-parallel ranks with 2 per pod"):
        output = template("demo", [], sets)
    assert "--data-parallel-size-local" in output and "LWS_LEADER_ADDRESS" not in output


SHARED_NETWORK = ("the containers of a pod share its network (the routing sidecar included), so every port they "
                  "listen on must be distinct: use another port")


@pytest.mark.parametrize(("rpc_port", "owner"), [
    (8200, "declared by container 'vllm' (vLLM's --port, ModelServer.routing_sidecar.target_port)"),
    (5600, "declared by container 'vllm' (the KV connector, KvTransfer.side_channel_port)"),
])
def test_fails_data_parallel_rpc_port_on_a_port_of_the_pod(chart: Chart, rpc_port: int, owner: str) -> None:
    server = ModelServer(chart, "Model", name="ds", model=ModelArtifacts.from_uri("hf://deepseek-ai/DeepSeek-R1"))
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], workload=PoolWorkload.leader_worker_set(),
                   parallelism=Parallelism(data=2, data_local=1, rpc_port=rpc_port))
    assert [str(p) for p in caught.value.problems] == [
        f"DecodePool.parallelism.rpc_port: port {rpc_port} (vLLM's --data-parallel-rpc-port, "
        f"DecodePool.parallelism.rpc_port) is already {owner}; {SHARED_NETWORK}"]


def test_fails_data_parallel_rpc_port_on_the_prefill_service_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        PrefillPool(_server(chart), "Prefill", containers=[ModelContainer(image=VLLM)],
                    workload=PoolWorkload.leader_worker_set(), parallelism=Parallelism(data=2, data_local=1,
                                                                                       rpc_port=8000))
    assert [str(p) for p in caught.value.problems] == [
        "PrefillPool.parallelism.rpc_port: port 8000 (vLLM's --data-parallel-rpc-port, "
        "PrefillPool.parallelism.rpc_port) is already declared by container 'vllm' (vLLM's --port, "
        f"ModelServer.service_port); {SHARED_NETWORK}"]


def test_rpc_port_is_free_when_no_group_spans_pods(chart: Chart, synth: Synth) -> None:
    # the ranks fit one pod: vLLM opens no RPC port for other pods, so the prop does not matter
    PrefillPool(_server(chart), "Prefill", containers=[ModelContainer(image=VLLM)],
                parallelism=Parallelism(data=2, data_local=2, rpc_port=8000))
    assert synth(chart)
