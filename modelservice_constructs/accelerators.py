"""Accelerator kinds (device-plugin resources, env, DRA device classes) and AcceleratorClaim."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from .errors import ModelServiceError, show
from .names import dns_label_problem, dns_subdomain_problem, raise_problems
from .objects import adopt, api_object
from .props import checked

DRA_MATCHES = ("exactly", "firstAvailable")
PCIE_ROOT = "resource.kubernetes.io/pcieRoot"
"""The standard device attribute of the PCIe root a device hangs off."""


@checked
@dataclass(frozen=True)
class PairedDevice:
    """A device claimed together with each accelerator, on the same PCIe root (an RDMA NIC next to each GPU, as
    llm-d's P/D and wide-EP guides claim them on GKE): one claim per accelerator, each requesting one accelerator and
    one such device with a constraint that they share the attribute.

    :param device_class: the DeviceClass of the paired device, e.g. ``mrdma.google.com``.
    :param name: the request's name in the claim. Default: ``nic``.
    :param match_attribute: the attribute both devices must have the same value of. Default:
        ``resource.kubernetes.io/pcieRoot``.
    """

    device_class: str
    name: str = "nic"
    match_attribute: str = PCIE_ROOT

    def __post_init__(self) -> None:
        raise_problems(dns_subdomain_problem(self.device_class, "PairedDevice.device_class"),
                       dns_label_problem(self.name, "PairedDevice.name"))


@checked
@dataclass(frozen=True)
class DeviceClaim:
    """How Dynamic Resource Allocation requests this accelerator (a ResourceClaimTemplate).

    :param device_class: DeviceClass name, e.g. ``gpu.nvidia.com``.
    :param name: base name of the claim templates (``<name>-<role>``). Default:
        ``<type>-<role>-claim-template``.
    :param match: request kind, ``exactly`` or ``firstAvailable`` (a one-alternative list, as
        resource.k8s.io/v1 requires). Default: ``exactly``.
    :param selectors: CEL selectors of the request. Default: none.
    :param count: devices per pod. Default: tensor x data-local parallelism of the pool.
    :param paired: a device claimed next to each accelerator (one claim per accelerator, see
        :class:`PairedDevice`). Default: none (one claim of ``count`` accelerators).
    """

    device_class: str
    name: str | None = None
    match: str = "exactly"
    selectors: Sequence[Mapping[str, Any]] = ()
    count: int | None = None
    paired: PairedDevice | None = None

    def __post_init__(self) -> None:
        if self.match not in DRA_MATCHES:
            raise ModelServiceError.at("DeviceClaim.match",
                                       f"{show(self.match)} is not one of {', '.join(DRA_MATCHES)}")
        if self.count is not None and (isinstance(self.count, bool) or not isinstance(self.count, int)
                                       or self.count < 1):
            raise ModelServiceError.at("DeviceClaim.count",
                                       f"must be a positive integer, got {show(self.count)}")


@checked
@dataclass(frozen=True)
class Accelerator:
    """An accelerator kind: how pods ask for it and what its containers need.

    Use the factories (``Accelerator.nvidia()``, ``Accelerator.cpu()``...) or build your own.

    :param type: the accelerator type name (``nvidia``, ``amd``, ``intel-gaudi``, ``cpu``...).
    :param resource: device-plugin extended resource, e.g. ``nvidia.com/gpu``; None for CPU.
    :param env: environment variables the model containers need on this accelerator. Default: none.
    :param device_claim: its DRA configuration. Default: none (DRA cannot be used).
    :param max_per_node: the most devices one node of this kind has: a pod that asks for more can never be
        scheduled. Default: 8 (the largest nodes of the common GPU and TPU machine types).
    """

    type: str
    resource: str | None
    env: Mapping[str, str] = field(default_factory=dict)
    device_claim: DeviceClaim | None = None
    max_per_node: int = 8

    def __post_init__(self) -> None:
        if isinstance(self.max_per_node, bool) or not isinstance(self.max_per_node, int) or self.max_per_node < 1:
            raise ModelServiceError.at("Accelerator.max_per_node",
                                       f"must be a positive integer, got {show(self.max_per_node)}")

    @staticmethod
    def nvidia() -> Accelerator:
        """NVIDIA GPUs (``nvidia.com/gpu``; DRA class ``gpu.nvidia.com``)."""
        return Accelerator("nvidia", "nvidia.com/gpu",
                           device_claim=DeviceClaim("gpu.nvidia.com", name="nvidia-claim-template"))

    @staticmethod
    def amd() -> Accelerator:
        """AMD GPUs (``amd.com/gpu``; DRA class ``gpu.amd.com``)."""
        return Accelerator("amd", "amd.com/gpu",
                           device_claim=DeviceClaim("gpu.amd.com", name="amd-claim-template"))

    @staticmethod
    def intel_i915() -> Accelerator:
        """Intel GPUs on the i915 driver (``gpu.intel.com/i915``)."""
        return Accelerator("intel-i915", "gpu.intel.com/i915",
                           {"VLLM_USE_V1": "1", "TORCH_LLM_ALLREDUCE": "1",
                            "VLLM_WORKER_MULTIPROC_METHOD": "spawn"},
                           DeviceClaim("gpu.intel.com", name="intel-claim-template"))

    @staticmethod
    def intel_xe() -> Accelerator:
        """Intel GPUs on the xe driver (``gpu.intel.com/xe``)."""
        return Accelerator("intel-xe", "gpu.intel.com/xe", {"VLLM_WORKER_MULTIPROC_METHOD": "spawn"},
                           DeviceClaim("gpu.intel.com", name="intel-claim-template"))

    @staticmethod
    def intel() -> Accelerator:
        """Intel GPUs through DRA only (DRA class ``gpu.intel.com``)."""
        return Accelerator("intel", None,
                           device_claim=DeviceClaim("gpu.intel.com", name="intel-claim-template"))

    @staticmethod
    def intel_gaudi() -> Accelerator:
        """Intel Gaudi (``habana.ai/gaudi``; DRA class ``gaudi.intel.com``)."""
        return Accelerator("intel-gaudi", "habana.ai/gaudi",
                           device_claim=DeviceClaim("gaudi.intel.com", name="intel-gaudi-claim-template"))

    @staticmethod
    def google_tpu() -> Accelerator:
        """Google TPUs (``google.com/tpu``; DRA class ``tpu.google.com``)."""
        return Accelerator("google", "google.com/tpu",
                           device_claim=DeviceClaim("tpu.google.com", name="google-claim-template"))

    @staticmethod
    def rebellions_atom() -> Accelerator:
        """Rebellions ATOM NPUs (``rebellions.ai/ATOM``)."""
        return Accelerator("rebellions-atom", "rebellions.ai/ATOM")

    @staticmethod
    def cpu() -> Accelerator:
        """No accelerator: CPU inference, no extended resource."""
        return Accelerator("cpu", None)

    def container_env(self) -> list[dict[str, Any]]:
        """The accelerator's environment variables as container env entries."""
        return [{"name": name, "value": str(value)} for name, value in self.env.items()]


@checked
class AcceleratorClaim(Construct):
    """A ResourceClaimTemplate (resource.k8s.io/v1) that pods of one role claim accelerators with.

    :param accelerator: the accelerator; its ``device_claim`` gives class, match and selectors.
    :param role: ``decode`` or ``prefill``: the pools that may use it, part of the pod claim name and
        the ``llm-d.ai/role`` label.
    :param count: devices per pod. Default: ``accelerator.device_claim.count`` (required then).
    :param name: name of the template. Default: :meth:`default_name` (``<device claim name>-<role>``).
    :param labels: labels of the template. Default: none.
    :param namespace: namespace of the template. Default: the enclosing Chart's, else none.
    """

    def __init__(self, scope: Construct, id: str, *, accelerator: Accelerator, role: str,
                 count: int | None = None, name: str | None = None, labels: Mapping[str, str] | None = None,
                 namespace: str | None = None) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        config = accelerator.device_claim
        if config is None:
            raise ModelServiceError.at(
                "AcceleratorClaim.accelerator",
                f"DRA is enabled but accelerator type {accelerator.type!r} has no resource claim "
                "template configuration (class, match, selectors)")
        self.accelerator = accelerator
        self.role = role
        self.count: int = count if count is not None else (config.count or 0)
        if self.count < 1:
            raise ModelServiceError.at("AcceleratorClaim.count", f"DRA device count must be positive, got {self.count}")
        self.template_name: str = name or self.default_name(accelerator, role)
        if problem := dns_subdomain_problem(self.template_name, "AcceleratorClaim.name"):
            raise ModelServiceError([problem])
        base = config.name
        trimmed = base.removesuffix("-claim-template") if base else accelerator.type
        self.claim_name: str = f"{trimmed}-{role}-claim"
        request: dict[str, Any] = {"deviceClassName": config.device_class, "count": self.count}
        if config.selectors:
            request["selectors"] = [dict(s) for s in config.selectors]
        # resource.k8s.io/v1: ``exactly`` is one request; ``firstAvailable`` a list of alternatives (one here)
        paired = config.paired
        self.claims_per_pod: int = self.count if paired is not None else 1
        """Claims of this template a pod makes: one per accelerator with a paired device, else one."""
        if paired is not None:
            request["count"] = 1  # one accelerator and its paired device per claim
            if paired.name == accelerator.type:
                raise ModelServiceError.at("PairedDevice.name", f"{paired.name!r} is the request name of the "
                                                                "accelerator; give the paired device another")
        device_request: dict[str, Any] = {"name": accelerator.type}
        if config.match == "firstAvailable":
            device_request["firstAvailable"] = [{"name": accelerator.type, **request}]
        else:
            device_request["exactly"] = request
        devices: dict[str, Any] = {"requests": [device_request]}
        if paired is not None:
            devices["requests"].append({"name": paired.name, "exactly": {"deviceClassName": paired.device_class,
                                                                           "count": 1}})
            devices["constraints"] = [{"requests": [accelerator.type, paired.name],
                                       "matchAttribute": paired.match_attribute}]
        from .imports.io.k8s.resource import ResourceClaimTemplate

        metadata: dict[str, Any] = {"name": self.template_name, "labels": {**(labels or {}), "llm-d.ai/role": role}}
        if namespace:
            metadata["namespace"] = namespace
        self.resource_claim_template = api_object(self, "Resource", ResourceClaimTemplate, {
            "metadata": metadata, "spec": {"spec": {"devices": devices}},
        }, "AcceleratorClaim")

    @staticmethod
    def default_name(accelerator: Accelerator, role: str) -> str:
        """``<device claim name>-<role>`` (``nvidia-claim-template-decode``), or
        ``<type>-<role>-claim-template`` when the device claim has no name."""
        base = accelerator.device_claim.name if accelerator.device_claim else None
        return f"{base}-{role}" if base else f"{accelerator.type}-{role}-claim-template"

    def pod_claims(self) -> list[dict[str, Any]]:
        """The pod ``resourceClaims`` entries that instantiate this template: one, or one per accelerator
        (``<claim name>-<i>``) with a paired device."""
        if self.claims_per_pod == 1 and self.accelerator.device_claim and self.accelerator.device_claim.paired is None:
            return [{"name": self.claim_name, "resourceClaimTemplateName": self.template_name}]
        return [{"name": f"{self.claim_name}-{i}", "resourceClaimTemplateName": self.template_name}
                for i in range(self.claims_per_pod)]


ACCELERATOR_TYPES: Mapping[str, Callable[[], Accelerator]] = {
    "nvidia": Accelerator.nvidia,
    "amd": Accelerator.amd,
    "intel-i915": Accelerator.intel_i915,
    "intel-xe": Accelerator.intel_xe,
    "intel": Accelerator.intel,
    "intel-gaudi": Accelerator.intel_gaudi,
    "google": Accelerator.google_tpu,
    "rebellions-atom": Accelerator.rebellions_atom,
    "cpu": Accelerator.cpu,
}
"""The accelerator table: every known accelerator type by name (the values layer derives the chart's
``accelerator.resources``, ``accelerator.env`` and ``accelerator.resourceClaimTemplates`` defaults from it)."""
