"""GatewayRef, EndpointPickerRef, InferencePoolRef and the group/version/kind constants."""

from __future__ import annotations

import pytest
from modelservice_constructs.imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource
from modelservice_constructs.imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

from modelservice_constructs import EndpointPickerRef, FailureMode, GatewayRef, InferencePoolRef, ModelServiceError
from modelservice_constructs.gateway import gateway_group, http_route_gvk, inference_pool_group, inference_pool_gvk


def test_group_version_kind_come_from_the_typed_imports() -> None:
    assert inference_pool_gvk() == (InferencePoolResource.GVK.api_version, InferencePoolResource.GVK.kind) == (
        "inference.networking.k8s.io/v1", "InferencePool")
    assert http_route_gvk() == (HttpRouteResource.GVK.api_version, HttpRouteResource.GVK.kind) == (
        "gateway.networking.k8s.io/v1", "HTTPRoute")
    assert inference_pool_group() == "inference.networking.k8s.io"
    assert gateway_group() == "gateway.networking.k8s.io"


def test_gateway_ref_is_a_parent_ref_to_a_gateway() -> None:
    assert GatewayRef("gw").manifest() == {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}
    assert GatewayRef("gw", namespace="infra", section_name="https").manifest() == {
        "group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw", "namespace": "infra",
        "sectionName": "https"}


def test_endpoint_picker_ref_defaults_to_a_service_on_the_ext_proc_port() -> None:
    ref = EndpointPickerRef("opt-epp")
    assert ref.is_service and ref.failure_mode is FailureMode.FAIL_OPEN
    assert ref.manifest() == {"name": "opt-epp", "port": {"number": 9002}, "failureMode": "FailOpen"}


def test_endpoint_picker_ref_to_another_kind() -> None:
    ref = EndpointPickerRef("epp", port=None, failure_mode="FailClose", kind="Backend", group="example.com")
    assert not ref.is_service and ref.failure_mode is FailureMode.FAIL_CLOSE
    assert ref.manifest() == {"name": "epp", "group": "example.com", "kind": "Backend", "failureMode": "FailClose"}


def test_inference_pool_ref_takes_the_group_of_the_typed_import() -> None:
    ref = InferencePoolRef("pool", namespace="models", port=8000, external=True)
    assert (ref.group, ref.kind) == ("inference.networking.k8s.io", "InferencePool")


def test_fails_bad_gateway_namespace_and_section() -> None:
    with pytest.raises(ModelServiceError) as caught:
        GatewayRef("gw", namespace="Infra", section_name="HTTP listener")
    assert [p.path for p in caught.value.problems] == ["GatewayRef.namespace", "GatewayRef.section_name"]
    assert "'Infra'" in str(caught.value) and "'HTTP listener'" in str(caught.value)


def test_fails_failure_mode() -> None:
    with pytest.raises(ModelServiceError,
                       match=r"^EndpointPickerRef\.failure_mode: 'Open' is not one of FailOpen, FailClose$"):
        EndpointPickerRef("epp", failure_mode="Open")


def test_fails_endpoint_picker_service_without_port() -> None:
    with pytest.raises(ModelServiceError, match=r"^EndpointPickerRef\.port: a port is required when kind is Service"):
        EndpointPickerRef("epp", port=None)
    with pytest.raises(ModelServiceError, match=r"^EndpointPickerRef\.port: .* got 0$"):
        EndpointPickerRef("epp", port=0)


def test_fails_endpoint_picker_name() -> None:
    with pytest.raises(ModelServiceError, match=r"^EndpointPickerRef\.name: expected str, got NoneType None$"):
        EndpointPickerRef(None)  # type: ignore[arg-type]


def test_fails_pool_ref_name_and_port() -> None:
    with pytest.raises(ModelServiceError) as caught:
        InferencePoolRef("Pool_1", port=70000)
    assert [p.path for p in caught.value.problems] == ["InferencePoolRef.name", "InferencePoolRef.port"]


def test_fails_route_backend_of_another_group() -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePoolRef\.group: 'inference\.networking\.x-k8s\.io' does "
                                                r"not serve InferencePool inference\.networking\.k8s\.io/v1"):
        InferencePoolRef("pool", group="inference.networking.x-k8s.io")


def test_fails_route_backend_of_another_kind() -> None:
    with pytest.raises(ModelServiceError, match=r"^InferencePoolRef\.kind: must be 'InferencePool', got 'Service'$"):
        InferencePoolRef("pool", kind="Service")


@pytest.mark.parametrize("name", ["My Gateway", "gw_1", "", "-gw"])
def test_fails_gateway_name_that_is_not_an_object_name(name: str) -> None:
    with pytest.raises(ModelServiceError, match=r"^GatewayRef\.name: must be a DNS subdomain"):
        GatewayRef(name)
