"""llm-d's wide expert parallelism guide as typed constructs: DeepSeek-R1 with prefill and decode each as
LeaderWorkerSet groups of 2 pods x 8 GPUs (16 data-parallel ranks, experts spread over them), every rank on a port
of its own (``Parallelism(rank_ports=True)``): the InferencePool lists the 8 ports of a pod, the decode pods' routing
sidecar listens on the same 8 and forwards each to its rank (``--data-parallel-size=8``), and KV caches move from
prefill to decode over NIXL. A pool whose rank layout the InferencePool does not list is an error at synth.

The guide's stack is llm-d router v0.9.0 (``LlmdRelease.v0_9()``) with llm-d's own vLLM images; the DeepEP and NVSHMEM
settings are the guide's, given as the containers' args and env. Its model servers are the kustomize recipe
``wide-ep-lws/modelserver/gpu/vllm/base``, which ``docs/guides.md`` does not compare yet (its vLLM starts from a shell
script of the recipe's own).

    .venv/bin/python examples/guide_wide_ep.py   # dist/wide-ep-lws.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PoolWorkload,
    PrefillPool,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "wide-ep-lws"
NAMESPACE = "llm-d-wide-ep"
RANKS = Parallelism(data=16, data_local=8, workers=2, rank_ports=True)
"""Two pods of 8 GPUs a group, one data-parallel rank a GPU, each on a port of its own."""
DEEP_EP_ENV = [{"name": "NVSHMEM_REMOTE_TRANSPORT", "value": "ibgda"},
               {"name": "NVSHMEM_IB_ENABLE_IBGDA", "value": "true"},
               {"name": "NVSHMEM_BOOTSTRAP_UID_SOCK_IFNAME", "value": "eth0"},
               {"name": "GLOO_SOCKET_IFNAME", "value": "eth0"}, {"name": "NCCL_SOCKET_IFNAME", "value": "eth0"}]
"""The guide's DeepEP / NVSHMEM settings (the interface is the pod's primary one)."""
RESOURCES = {"limits": {"memory": "512Gi", "cpu": "32", "ephemeral-storage": "64Gi"},
             "requests": {"memory": "512Gi", "cpu": "32", "ephemeral-storage": "64Gi"}}


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), model=ModelArtifacts.from_uri(
        "hf://deepseek-ai/DeepSeek-R1-0528", auth_secret_name="llm-d-hf-token",
        labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    decode_args = ["--enable-expert-parallel", "--all2all-backend", "deepep_low_latency", "--enable-dbo",
                   "--max-num-seqs", "256"]
    prefill_args = ["--enable-expert-parallel", "--all2all-backend", "deepep_high_throughput",
                    "--gpu-memory-utilization", "0.80"]
    DecodePool(server, "Decode", replicas=1, workload=PoolWorkload.leader_worker_set(), parallelism=RANKS,
               containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.8.0", args=decode_args,
                                          env=[*DEEP_EP_ENV, {"name": "NVSHMEM_SYMMETRIC_SIZE", "value": "16G"}],
                                          **RESOURCES)])
    PrefillPool(server, "Prefill", replicas=1, workload=PoolWorkload.leader_worker_set(), parallelism=RANKS,
                containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.8.0", args=prefill_args,
                                           env=[*DEEP_EP_ENV, {"name": "VLLM_HTTP_TIMEOUT_KEEP_ALIVE", "value": "120"}],
                                           **RESOURCES)])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.prefill_decode(), proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
