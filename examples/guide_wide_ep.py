"""llm-d's wide expert parallelism guide as typed constructs: DeepSeek-R1 with prefill and decode each as
LeaderWorkerSet groups of 2 pods x 8 GPUs (16 data-parallel ranks, experts spread over them), every rank on a port
of its own (``Parallelism(rank_ports=True)``): the InferencePool lists the 8 ports of a pod, the decode pods' routing
sidecar listens on the same 8 and forwards each to its rank (``--data-parallel-size=8``), and KV caches move from
prefill to decode over NIXL. A pool whose rank layout the InferencePool does not list is an error at synth.

The guide's stack is llm-d router v0.9.0 (``LlmdRelease.v0_9()``) with llm-d's own vLLM images. DeepEP's kernels
and NVSHMEM's settings come from ``ExpertParallel``; the rest of the guide's vLLM settings are the containers' args
and env. Its model servers are the kustomize recipe ``wide-ep-lws/modelserver/gpu/vllm/base``, and ``docs/guides.md``
compares the two object by object.

    .venv/bin/python examples/guide_wide_ep.py   # dist/wide-ep-lws.k8s.yaml
"""

import dataclasses

from cdk8s import App, Chart

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    ExpertParallel,
    InferencePool,
    KvTransfer,
    LlmdRelease,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    PoolWorkload,
    PrefillPool,
    Profile,
    RoutingSidecar,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "wide-ep-lws"
NAMESPACE = "llm-d-wide-ep"
RANKS = Parallelism(data=16, data_local=8, workers=2, rank_ports=True)
"""Two pods of 8 GPUs a group, one data-parallel rank a GPU, each on a port of its own; every pod serves its ranks,
watched by vLLM's data-parallel supervisor on the port after them (the guide's)."""
NIXL = KvTransfer.nixl()
TRANSFER = dataclasses.replace(NIXL, connector_config={**NIXL.connector_config, "kv_load_failure_policy": "fail"})
"""NIXL, failing a request whose KV cache cannot be loaded (the guide's choice) rather than recomputing it."""
PROFILE = Profile(security=PodSecurity(shm_size="2Gi"))
"""/dev/shm of 2Gi: about 32MB a local rank, plus scratch space (the guide's sizing)."""
ENV = [{"name": "NVIDIA_GDRCOPY", "value": "enabled"},
       {"name": "VLLM_RANDOMIZE_DP_DUMMY_INPUTS", "value": "1"}, {"name": "VLLM_SKIP_P2P_CHECK", "value": "1"},
       {"name": "VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS", "value": "1"},
       {"name": "VLLM_LOGGING_LEVEL", "value": "INFO"},
       {"name": "TRITON_LIBCUDA_PATH", "value": "/usr/lib64"}]
"""The guide's vLLM settings for expert parallelism (DeepEP's and NVSHMEM's come from ExpertParallel)."""
ARGS = ["--disable-access-log-for-endpoints=/health,/metrics"]
RESOURCES = {"limits": {"memory": "512Gi", "ephemeral-storage": "1Ti"},
             "requests": {"memory": "512Gi", "cpu": "32", "ephemeral-storage": "1Ti"}}


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), kv_transfer=TRANSFER, profile=PROFILE,
                         routing_sidecar=RoutingSidecar(prefiller_sampling=True),
                         model=ModelArtifacts.from_uri("hf://deepseek-ai/DeepSeek-R1-0528",
                                                       auth_secret_name="llm-d-hf-token",
                                                       labels={"llm-d.ai/inference-serving": "true",
                                                               "llm-d.ai/guide": GUIDE}))
    decode_args = [*ARGS, "--enable-dbo", "--dbo-decode-token-threshold", "32", "--max-num-batched-tokens", "256",
                   "--max-num-seqs", "256"]
    prefill_args = [*ARGS, "--gpu-memory-utilization", "0.80"]
    DecodePool(server, "Decode", replicas=1, workload=PoolWorkload.leader_worker_set(),
               parallelism=dataclasses.replace(RANKS, supervisor_port=8208),
               expert_parallel=ExpertParallel.low_latency(),
               containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda-dev:sha-a1bcf21", args=decode_args,
                                          env=ENV, **RESOURCES)])
    PrefillPool(server, "Prefill", replicas=1, workload=PoolWorkload.leader_worker_set(),
                parallelism=dataclasses.replace(RANKS, supervisor_port=8008),
                expert_parallel=ExpertParallel.high_throughput(),
                containers=[ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:v0.8.0", args=prefill_args,
                                           env=[*ENV, {"name": "VLLM_HTTP_TIMEOUT_KEEP_ALIVE", "value": "120"},
                                                {"name": "VLLM_ENGINE_READY_TIMEOUT_S", "value": "3000"}],
                                           **RESOURCES)])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.prefill_decode(), proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
