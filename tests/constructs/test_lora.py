"""LoRA adapters: vLLM serves them next to the model (static and run-time), the picker prefers pods that have an
adapter loaded, and every rewrite target is served."""

from __future__ import annotations

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, one, synth_problems
from gateway_support import VLLM, model

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferenceModelRewrite,
    InferencePool,
    LoraAdapter,
    LoraAdapters,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    RewriteRule,
    RewriteTarget,
)

ADAPTERS = LoraAdapters(static=[LoraAdapter("sql", "org/sql-lora")], runtime_dir="/adapters",
                        runtime_adapters=["segment-v1", "segment-v2"], max_loras=4, max_lora_rank=64)


def _stack(chart: Chart, lora: LoraAdapters | None = ADAPTERS) -> InferencePool:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), routing_sidecar=None, lora=lora)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
    pool = InferencePool(chart, "Pool", server=server)
    EndpointPicker(chart, "Picker", pool=pool)
    return pool


def test_vllm_serves_the_adapters(chart: Chart, synth: Synth) -> None:
    _stack(chart)
    out = synth(chart)
    spec = one(out, "Deployment", "qwen-decode")["spec"]["template"]["spec"]
    container = spec["containers"][0]
    args = container["args"]
    start = args.index("--enable-lora")
    assert args[start:start + 7] == ["--enable-lora", "--lora-modules", "sql=org/sql-lora", "--max-loras", "4",
                                     "--max-lora-rank", "64"]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["VLLM_PLUGINS"] == "lora_filesystem_resolver" and env["VLLM_LORA_RESOLVER_CACHE_DIR"] == "/adapters"
    assert env["VLLM_ALLOW_RUNTIME_LORA_UPDATING"] == "True"
    assert {"name": "lora-adapters", "mountPath": "/adapters"} in container["volumeMounts"]
    assert {"name": "lora-adapters", "emptyDir": {}} in spec["volumes"]
    config = yaml.safe_load(one(out, "ConfigMap", "qwen-epp")["data"]["epp-config.yaml"])
    weights = {p["pluginRef"]: p.get("weight") for p in config["schedulingProfiles"][0]["plugins"]}
    assert weights["lora-affinity-scorer"] == 1


def test_a_canary_between_served_adapters(chart: Chart, synth: Synth) -> None:
    pool = _stack(chart)
    InferenceModelRewrite(chart, "Canary", pool=pool, name="segment", rules=[RewriteRule(
        model="segment", targets=[RewriteTarget("segment-v1", 90), RewriteTarget("segment-v2", 10)])])
    rewrite = one(synth(chart), "InferenceModelRewrite")
    assert [t["modelRewrite"] for t in rewrite["spec"]["rules"][0]["targets"]] == ["segment-v1", "segment-v2"]


def test_fails_a_rewrite_to_an_adapter_nobody_serves(chart: Chart, synth: Synth) -> None:
    pool = _stack(chart)
    InferenceModelRewrite(chart, "Canary", pool=pool, name="segment", rules=[RewriteRule(
        model="segment", targets=[RewriteTarget("segment-v1", 90), RewriteTarget("segment-v3", 10)])])
    assert synth_problems(chart, synth) == [
        "InferenceModelRewrite 'segment' rules[0].targets[1]: 'segment-v3' is not served by ModelServer 'qwen' of "
        "InferencePool 'qwen-pool', which serves org/qwen, segment-v1, segment-v2, sql; add it to the server's "
        "LoraAdapters (static or runtime_adapters) or rewrite to a served model"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: LoraAdapters(static=[LoraAdapter("a", "x"), LoraAdapter("a", "y")]),
     r"^LoraAdapters\.static: adapter names must be unique \(static and run-time together\); a repeats$"),
    (lambda: LoraAdapters(static=[LoraAdapter("a", "x")], max_lora_rank=48),
     r"^LoraAdapters\.max_lora_rank: 48 is not a rank vLLM accepts: 8, 16, 32, 64, 128, 256, 320, 512$"),
    (lambda: LoraAdapters(runtime_adapters=["a"]), r"LoraAdapters\.runtime_adapters: run-time adapters need a "
                                                   r"runtime_dir to be found in"),
    (lambda: LoraAdapter("a=b", "x"), r"^LoraAdapter\.name: must be a non-empty word without spaces or ="),
])
def test_fails_bad_adapters(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_fails_an_adapter_named_as_the_model(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^LoraAdapters: adapter 'org/qwen' has the name of the model"):
        _stack(chart, LoraAdapters(static=[LoraAdapter("org/qwen", "org/other")]))


def test_fails_the_flags_in_the_container_args(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), lora=ADAPTERS)
    with pytest.raises(ModelServiceError, match=r"'--max-loras' is set by the pool for vllmServe containers; set "
                                                r"LoraAdapters\.max_loras instead"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, args=["--max-loras", "2"])])
