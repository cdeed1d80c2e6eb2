"""The endpoint picker's flow control (llm-d's flow-control guide): priority bands, a saturation detector and limits
written into the picker's configuration for its release, and checked against what that release accepts."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, one
from gateway_support import server

from modelservice_constructs import (
    EndpointPicker,
    FlowControl,
    InferencePool,
    LlmdRelease,
    ModelServiceError,
    PriorityBand,
    SaturationDetector,
    SchedulerConfig,
)
from modelservice_constructs.component_contracts import epp_config_problems

BANDS = FlowControl(max_bytes="10Gi", max_requests="1k", default_request_ttl="60s",
                    saturation_detector=SaturationDetector.concurrency(132),
                    priority_bands=[PriorityBand(100, max_requests=500), PriorityBand(0, max_requests=200),
                                    PriorityBand(-10, max_requests=50, fairness="global-strict", ordering="edf")])


def config_of(manifests: list[dict[str, Any]], name: str = "opt-epp") -> dict[str, Any]:
    found: dict[str, Any] = yaml.safe_load(one(manifests, "ConfigMap", name)["data"]["epp-config.yaml"])
    return found


def test_the_bands_detector_and_limits_reach_the_picker(chart: Chart, synth: Synth) -> None:
    picker = EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)),
                            flow_control=BANDS)
    config = config_of(synth(chart))
    assert picker.flow_control and config["featureGates"] == ["flowControl"]
    assert config["flowControl"] == {
        "maxBytes": "10Gi", "maxRequests": "1k", "defaultRequestTTL": "60s",
        "saturationDetector": {"pluginRef": "concurrency-detector"},
        "priorityBands": [
            {"priority": 100, "maxRequests": "500", "fairnessPolicyRef": "round-robin-fairness-policy",
             "orderingPolicyRef": "fcfs-ordering-policy"},
            {"priority": 0, "maxRequests": "200", "fairnessPolicyRef": "round-robin-fairness-policy",
             "orderingPolicyRef": "fcfs-ordering-policy"},
            {"priority": -10, "maxRequests": "50", "fairnessPolicyRef": "global-strict-fairness-policy",
             "orderingPolicyRef": "edf-ordering-policy"}]}
    declared = [p["type"] for p in config["plugins"]]
    for plugin in ("round-robin-fairness-policy", "fcfs-ordering-policy", "global-strict-fairness-policy",
                   "edf-ordering-policy", "concurrency-detector"):
        assert declared.count(plugin) == 1
    detector = next(p for p in config["plugins"] if p["type"] == "concurrency-detector")
    assert detector["parameters"] == {"maxConcurrency": 132, "concurrencyMode": "requests", "headroom": 0.0}


@pytest.mark.parametrize("release", [LlmdRelease.v0_8(), LlmdRelease.v0_9(), LlmdRelease.v0_10()], ids=str)
def test_each_release_gets_the_shape_it_reads(chart: Chart, synth: Synth, release: LlmdRelease) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, pd=False, release=release))
    EndpointPicker(chart, "Picker", pool=pool, flow_control=BANDS)
    config = config_of(synth(chart))
    assert [p for p in epp_config_problems(config, release.router, "config")
            if "deprecated" not in p.message] == []
    if release == LlmdRelease.v0_8():  # the detector sits at the top level before v0.9
        assert config["saturationDetector"] == {"pluginRef": "concurrency-detector"}
        assert "saturationDetector" not in config["flowControl"]
    else:
        assert "saturationDetector" not in config
        assert config["flowControl"]["saturationDetector"] == {"pluginRef": "concurrency-detector"}


def test_true_turns_the_gate_on_with_the_pickers_defaults(chart: Chart, synth: Synth) -> None:
    EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)),
                   flow_control=True)
    config = config_of(synth(chart))
    assert config["featureGates"] == ["flowControl"] and "flowControl" not in config


def test_fails_a_config_with_a_flow_control_section_of_its_own(chart: Chart) -> None:
    document = {**SchedulerConfig.load_aware().document, "flowControl": {"maxRequests": "10"}}
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.flow_control: is a FlowControl, but the config "
                                                r"has a flowControl \(or saturationDetector\) section already"):
        EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)),
                       config=SchedulerConfig.from_dict(document), flow_control=BANDS)


def test_fails_a_flow_control_that_is_not_one(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^EndpointPicker\.flow_control: "):
        EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)),
                       flow_control="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(("make", "message"), [
    (lambda: FlowControl(priority_bands=[PriorityBand(1), PriorityBand(1)]),
     r"^FlowControl\.priority_bands\[1\]\.priority: 1 is already the priority of priority_bands\[0\]; one band a "
     r"priority$"),
    (lambda: PriorityBand(1, fairness="fifo"), r"^PriorityBand\.fairness: 'fifo' is not one of round-robin, "
                                               r"global-strict$"),
    (lambda: PriorityBand(1, ordering="lifo"), r"^PriorityBand\.ordering: 'lifo' is not one of fcfs, edf$"),
    (lambda: PriorityBand(1, max_requests=0), r"^PriorityBand\.max_requests: must be at least 1, got 0$"),
    (lambda: FlowControl(max_bytes="ten"), r"^FlowControl\.max_bytes: "),
    (lambda: FlowControl(default_request_ttl="1 minute"), r"^FlowControl\.default_request_ttl: must be a duration "
                                                          r"such as '60s', '5m', got '1 minute'$"),
    (lambda: SaturationDetector.concurrency(0), r"^SaturationDetector\.concurrency\.max_concurrency: must be a "
                                                r"whole number >= 1, got 0$"),
    (lambda: SaturationDetector.concurrency(8, mode="bytes"), r"^SaturationDetector\.concurrency\.mode: 'bytes' is "
                                                              r"not one of requests, tokens$"),
])
def test_fails_bad_settings(make: object, message: str) -> None:
    with pytest.raises(ModelServiceError, match=message):
        make()  # type: ignore[operator]


def test_an_unknown_detector_parameter_is_refused_by_the_release_check(chart: Chart) -> None:
    detector = SaturationDetector.utilization(queueDepthTreshold=5)
    with pytest.raises(ModelServiceError, match=r"queueDepthTreshold"):
        EndpointPicker(chart, "Picker", pool=InferencePool(chart, "Pool", server=server(chart, pd=False)),
                       flow_control=FlowControl(saturation_detector=detector))
