"""llm-d's P/D disaggregation guide as typed constructs: gpt-oss-120b with 8 prefill pods (1 GPU each) and 2
decode pods (4 GPUs, tensor parallel) exchanging KV caches over NIXL, the routing sidecar in the decode pods,
and the standalone router scheduling prefill and decode.

The guide's stack is llm-d router v0.9.0 and vLLM v0.23.0 (``LlmdRelease.v0_9()``); its model servers are the
kustomize recipe ``pd-disaggregation/modelserver/gpu/vllm/base``, and ``docs/guides.md`` compares the two
object by object.

    .venv/bin/python examples/guide_pd_disaggregation.py   # dist/pd-disaggregation.k8s.yaml
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
    PodSecurity,
    PrefillPool,
    Profile,
    SchedulerConfig,
    StandaloneProxy,
)
from modelservice_constructs.app import main

GUIDE = "pd-disaggregation"
NAMESPACE = "llm-d-pd-disaggregation"
VLLM_IMAGE = "vllm/vllm-openai:v0.23.0"
GUIDE_ARGS = ["--disable-access-log-for-endpoints=/health,/metrics,/v1/models", "--block-size=128",
              "--no-disable-hybrid-kv-cache-manager"]
USER_ENV = {"name": "USER", "value": "llm-d"}
AS_ROOT = Profile(security=PodSecurity(run_as_non_root=False))
"""The guide's vLLM image runs as root, which the production profile refuses: the guide's choice, said explicitly."""


def build(app: App) -> None:
    chart = Chart(app, GUIDE, namespace=NAMESPACE)
    server = ModelServer(chart, "Model", name=GUIDE, release=LlmdRelease.v0_9(), profile=AS_ROOT,
                         model=ModelArtifacts.from_uri(
                             "hf://openai/gpt-oss-120b", auth_secret_name="llm-d-hf-token",
                             labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/guide": GUIDE}))
    DecodePool(server, "Decode", replicas=2, parallelism=Parallelism(tensor=4), containers=[ModelContainer(
        image=VLLM_IMAGE, args=GUIDE_ARGS, env=[USER_ENV],
        limits={"cpu": "16", "memory": "64Gi"}, requests={"cpu": "16", "memory": "64Gi"})])
    PrefillPool(server, "Prefill", replicas=8, containers=[ModelContainer(
        image=VLLM_IMAGE, args=GUIDE_ARGS, env=[{"name": "VLLM_HTTP_TIMEOUT_KEEP_ALIVE", "value": "120"}, USER_ENV],
        limits={"cpu": "8", "memory": "16Gi"}, requests={"cpu": "8", "memory": "16Gi"})])
    pool = InferencePool(chart, "Pool", server=server, name=GUIDE)
    EndpointPicker(chart, "Router", pool=pool, config=SchedulerConfig.prefill_decode(), proxy=StandaloneProxy())


if __name__ == "__main__":
    main(build)
