"""The HPA on the workload-variant-autoscaler's metric (llm-d's workload-autoscaling guide)."""

from __future__ import annotations

import pytest
from cdk8s import Chart
from conftest import Synth, one
from gateway_support import VLLM, model

from modelservice_constructs import Autoscaling, DecodePool, Metric, ModelContainer, ModelServer, ModelServiceError

WVA = Metric.wva_desired_replicas("Qwen3-32B", variant_cost=30, accelerator_name="H100")


def test_the_hpa_follows_the_wva_metric_of_its_workload(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), namespace="llm")
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], autoscaling=Autoscaling.hpa(
        max_replicas=4, metrics=[WVA], scale_up_stabilization_seconds=120))
    hpa = one(synth(chart), "HorizontalPodAutoscaler")
    assert hpa["metadata"]["annotations"] == {"llm-d.ai/managed": "true", "llm-d.ai/model-id": "Qwen3-32B",
                                              "llm-d.ai/variant-cost": "30.0"}
    assert hpa["metadata"]["labels"]["inference.optimization/acceleratorName"] == "H100"
    assert hpa["spec"]["metrics"] == [{"type": "External", "external": {
        "metric": {"name": "wva_desired_replicas", "selector": {"matchLabels": {
            "exported_namespace": "llm", "variant_name": "qwen-decode"}}},
        "target": {"type": "AverageValue", "averageValue": "1"}}}]
    assert hpa["spec"]["scaleTargetRef"]["name"] == "qwen-decode"
    assert hpa["spec"]["behavior"] == {"scaleUp": {"stabilizationWindowSeconds": 120}}


def test_fails_the_wva_metric_without_a_namespace(chart: Chart) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"))
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.autoscaling: the workload-variant-autoscaler's metric "
                                                r"selects the workload by namespace and name"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)],
                   autoscaling=Autoscaling.hpa(max_replicas=4, metrics=[WVA]))


def test_fails_the_wva_metric_with_keda() -> None:
    with pytest.raises(ModelServiceError, match=r"^Autoscaling\.metrics\[0\]: the workload-variant-autoscaler's "
                                                r"wva_desired_replicas reaches an HPA"):
        Autoscaling.keda(max_replicas=4, metrics=[WVA], prometheus_address="http://p:9090")
