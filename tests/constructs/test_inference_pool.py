"""InferencePool: the pods of one model a Gateway reaches, on the port they serve on."""

from __future__ import annotations

import pytest
from cdk8s import ApiObject, Chart, JsonPatch
from conftest import Synth, by_kind, one
from gateway_support import server

from modelservice_constructs import (
    EndpointPickerRef,
    FailureMode,
    InferencePool,
    ModelServer,
    ModelServiceError,
    RoutingSidecar,
)


def test_pool_selects_the_model_pods_on_the_service_port(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    out = synth(chart)
    manifest = one(out, "InferencePool")
    assert manifest["apiVersion"] == "inference.networking.k8s.io/v1"
    assert manifest["metadata"] == {"name": "opt-pool", "labels": {"app.kubernetes.io/managed-by":
                                                                    "modelservice-constructs"}}
    assert manifest["metadata"]["name"] == pool.name
    assert manifest["spec"] == {
        "selector": {"matchLabels": {"llm-d.ai/inference-serving": "true", "llm-d.ai/model": "opt"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "opt-epp", "port": {"number": 9002}, "failureMode": "FailOpen"},
    }
    for deployment in by_kind(out, "Deployment"):  # decode and prefill pods carry the selector
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert manifest["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pool.target_port == 8000 and pool.inference_pool is not None
    assert (pool.api_version, pool.kind, pool.group) == (
        "inference.networking.k8s.io/v1", "InferencePool", "inference.networking.k8s.io")
    assert [p.role for p in pool.model_pools()] == ["decode", "prefill"]


def test_pool_names_a_given_endpoint_picker_and_protocol(chart: Chart, synth: Synth) -> None:
    opt = server(chart, service_port=9000, routing_sidecar=RoutingSidecar(target_port=9200), namespace="llm")
    InferencePool(chart, "Pool", server=opt, name="opt", app_protocol="kubernetes.io/h2c", labels={"team": "llm"},
                  endpoint_picker=EndpointPickerRef("shared-epp", port=9102, failure_mode=FailureMode.FAIL_CLOSE))
    manifest = one(synth(chart), "InferencePool", "opt")
    assert manifest["metadata"]["namespace"] == "llm"
    assert manifest["metadata"]["labels"]["team"] == "llm"
    assert manifest["spec"]["targetPorts"] == [{"number": 9000}]
    assert manifest["spec"]["appProtocol"] == "kubernetes.io/h2c"
    assert manifest["spec"]["endpointPickerRef"] == {"name": "shared-epp", "port": {"number": 9102},
                                                     "failureMode": "FailClose"}


def test_pool_of_one_role(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart), selector={"llm-d.ai/model": "opt",
                                                                        "llm-d.ai/role": "decode"})
    assert [p.role for p in pool.model_pools()] == ["decode"]
    assert one(synth(chart), "InferencePool")["spec"]["selector"]["matchLabels"] == {
        "llm-d.ai/model": "opt", "llm-d.ai/role": "decode"}


def test_ref_names_the_pool_and_its_port(chart: Chart) -> None:
    ref = InferencePool(chart, "Pool", server=server(chart, namespace="llm")).ref()
    assert (ref.name, ref.namespace, ref.port, ref.external) == ("opt-pool", "llm", 8000, False)


def test_escape_hatch_patches_the_pool(chart: Chart, synth: Synth) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    ApiObject.of(pool.inference_pool).add_json_patch(JsonPatch.add("/metadata/annotations", {"team": "llm"}))
    assert one(synth(chart), "InferencePool")["metadata"]["annotations"] == {"team": "llm"}


def test_fails_pool_without_a_model_server(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePool\.server: expected ModelServer, got str 'opt'$"):
        InferencePool(chart, "Pool", server="opt")  # type: ignore[arg-type]


def test_fails_selector_label_the_model_pods_do_not_carry(chart: Chart) -> None:
    with pytest.raises(ModelServiceError,
                       match=r"^InferencePool\.selector\.app: 'vllm' is not a label of the pods of ModelServer 'opt'"):
        InferencePool(chart, "Pool", server=server(chart), selector={"app": "vllm"})


def test_fails_selector_with_an_invalid_label(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePool\.selector\.llm-d\.ai/model: must be a label value"):
        InferencePool(chart, "Pool", server=server(chart), selector={"llm-d.ai/model": "o p t"})


def test_fails_empty_selector(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePool\.selector: must have at least one label"):
        InferencePool(chart, "Pool", server=server(chart), selector={})


def test_fails_bad_pool_name_and_namespace(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        InferencePool(chart, "Pool", server=server(chart), name="Opt Pool", namespace="LLM")
    assert [p.path for p in caught.value.problems] == ["InferencePool.name", "InferencePool.namespace"]
    assert "'Opt Pool'" in str(caught.value) and "'LLM'" in str(caught.value)


def test_fails_a_namespace_other_than_the_pods(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePool\.namespace: 'gateway' is not the namespace of "
                                                r"ModelServer 'opt''s pods \('llm'\); an InferencePool selects pods "
                                                r"of its own namespace only"):
        InferencePool(chart, "Pool", server=server(chart, namespace="llm"), namespace="gateway")
    assert InferencePool(chart, "Same", server=server(chart, "b", namespace="llm"), namespace="llm").namespace == "llm"


def test_fails_bad_app_protocol(chart: Chart) -> None:
    with pytest.raises(ModelServiceError,
                       match=r"^InferencePool\.app_protocol: 'grpc' is not one of http, kubernetes\.io/h2c$"):
        InferencePool(chart, "Pool", server=server(chart), app_protocol="grpc")


def test_fails_endpoint_picker_that_is_not_a_reference(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePool\.endpoint_picker: expected EndpointPickerRef or None"):
        InferencePool(chart, "Pool", server=server(chart), endpoint_picker="opt-epp")  # type: ignore[arg-type]


def test_fails_service_port_the_server_was_given(chart: Chart) -> None:
    opt = ModelServer(chart, "Opt", name="opt", model=server(chart, "qwen").model)
    opt.service_port = 0  # read-only by convention; the pool still refuses a port that is not one
    with pytest.raises(ModelServiceError, match=r"^ModelServer\.service_port: must be a port number from 1 to 65535, "
                                                r"got 0$"):
        InferencePool(chart, "Pool", server=opt)
