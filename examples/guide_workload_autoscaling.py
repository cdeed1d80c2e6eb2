"""llm-d's workload-autoscaling guide (the HPA on the workload-variant-autoscaler's metric) as typed constructs: the
optimized baseline's decode pool scaled from 1 to 2 replicas on ``wva_desired_replicas``, the replica count llm-d's
workload-variant-autoscaler (WVA) computes for it; the HPA carries the annotations the WVA finds it by, and its metric
selects the workload by name and namespace, which the library writes from the pool (a model without a namespace is an
error).

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its objects are the kustomize
recipes ``optimized-baseline/modelserver/gpu/vllm/base`` and ``workload-autoscaling/optimized-baseline-autoscaling``,
and ``docs/guides.md`` compares them with ours object by object. The WVA controller itself comes from a remote
kustomize base and is not built here.

    .venv/bin/python examples/guide_workload_autoscaling.py   # dist/workload-autoscaling.k8s.yaml
"""

from cdk8s import App, Chart

from modelservice_constructs import (
    Autoscaling,
    DecodePool,
    EndpointPicker,
    InferencePool,
    LlmdRelease,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    Parallelism,
    PodSecurity,
    Profile,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "optimized-baseline"
NAMESPACE = "llm-d-optimized-baseline"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""


def build(app: App) -> None:
    chart = Chart(app, "workload-autoscaling", namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), profile=AS_ROOT, routing_sidecar=None,
                         kv_transfer=None, model=ModelArtifacts.from_uri(
                             "hf://Qwen/Qwen3-32B", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM_IMAGE, args=["--disable-access-log-for-endpoints=/health,/metrics,/v1/models"],
        env=[{"name": "USER", "value": "llm-d"}], limits={"cpu": "16", "memory": "128Gi"},
        requests={"cpu": "8", "memory": "96Gi"})],
        autoscaling=Autoscaling.hpa(min_replicas=1, max_replicas=2, scale_down_stabilization_seconds=120,
                                    scale_up_stabilization_seconds=120, metrics=[Metric.wva_desired_replicas(
                                        "Qwen3-32B", variant_cost=30.0, accelerator_name="H100")]))
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
