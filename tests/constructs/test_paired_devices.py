"""An RDMA NIC claimed next to each GPU on the same PCIe root (DRA claims with two requests and a constraint), as
llm-d's P/D and wide-EP guides claim them on GKE."""

from __future__ import annotations

import dataclasses

import pytest
from cdk8s import Chart
from conftest import Synth, one
from gateway_support import VLLM, model

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    DeviceClaim,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PairedDevice,
    Parallelism,
)

RDMA_GPU = dataclasses.replace(Accelerator.nvidia(), device_claim=DeviceClaim(
    "gpu.nvidia.com", name="gke-rdma-template", paired=PairedDevice("mrdma.google.com")))


def test_each_gpu_is_claimed_with_a_nic_on_its_pcie_root(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), accelerator=RDMA_GPU, dra=True)
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=4), containers=[ModelContainer(image=VLLM)])
    out = synth(chart)
    template = one(out, "ResourceClaimTemplate")
    assert template["spec"]["spec"]["devices"] == {
        "requests": [{"name": "nvidia", "exactly": {"deviceClassName": "gpu.nvidia.com", "count": 1}},
                     {"name": "nic", "exactly": {"deviceClassName": "mrdma.google.com", "count": 1}}],
        "constraints": [{"requests": ["nvidia", "nic"], "matchAttribute": "resource.kubernetes.io/pcieRoot"}]}
    spec = one(out, "Deployment")["spec"]["template"]["spec"]
    names = [c["name"] for c in spec["resourceClaims"]]
    assert names == [f"gke-rdma-template-decode-claim-{i}" for i in range(4)]
    assert {c["resourceClaimTemplateName"] for c in spec["resourceClaims"]} == {template["metadata"]["name"]}
    container = spec["containers"][0]
    assert [c["name"] for c in container["resources"]["claims"]] == names
    assert "nvidia.com/gpu" not in container["resources"].get("limits", {})


def test_fails_a_paired_request_named_as_the_accelerators(chart: Chart) -> None:
    accelerator = dataclasses.replace(Accelerator.nvidia(), device_claim=DeviceClaim(
        "gpu.nvidia.com", paired=PairedDevice("mrdma.google.com", name="nvidia")))
    server = ModelServer(chart, "Qwen", name="qwen", model=model("qwen"), accelerator=accelerator, dra=True)
    with pytest.raises(ModelServiceError, match=r"PairedDevice\.name: 'nvidia' is the request name of the "
                                                r"accelerator"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)])
