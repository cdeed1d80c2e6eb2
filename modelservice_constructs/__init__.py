"""cdk8s constructs that deploy LLM inference with llm-d.

The public names below are loaded on first use, so ``modelservice --help`` and ``modelservice validate``
never start the jsii runtime (node); ``from modelservice_constructs import ModelServer`` works as usual.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accelerators import Accelerator, AcceleratorClaim, DeviceClaim, PairedDevice
    from .artifacts import ModelArtifacts
    from .autoscaler import PoolAutoscaler
    from .autoscaling import Autoscaling, Metric
    from .containers import ModelCommand, ModelContainer
    from .disruption import DisruptionBudget
    from .errors import ModelServiceError, ModelServiceWarning, Problem
    from .expert_parallel import ExpertParallel
    from .gateway import (
        EndpointPicker,
        EndpointPickerRef,
        FailureMode,
        FlowControl,
        GatewayRef,
        HttpRoute,
        InferenceModelRewrite,
        InferenceObjective,
        InferencePool,
        InferencePoolRef,
        PriorityBand,
        RenderService,
        RewriteRule,
        RewriteTarget,
        SaturationDetector,
        SchedulerConfig,
        StandaloneProxy,
    )
    from .kv_events import KvEvents
    from .kv_offload import FilesystemTier, KvOffload, LmcacheDisk, MooncakeStore
    from .kv_transfer import KvTransfer
    from .lora import LoraAdapter, LoraAdapters
    from .model_server import ModelServer
    from .monitoring import PodMonitoring
    from .network_policy import ModelNetworkPolicy, Peer
    from .parallelism import Parallelism
    from .pools import (
        DecodePool,
        DisaggregatedSet,
        ModelPool,
        NodeAffinity,
        Placement,
        PodOptions,
        PoolWorkload,
        PrefillPool,
        ServerBackend,
    )
    from .probes import ModelProbes
    from .profile import Profile
    from .releases import LlmdRelease
    from .requester import Requester
    from .routing import RoutingSidecar
    from .security import PodSecurity, Privilege
    from .tracing import Tracing
    from .validation import validate_objects

# Public name -> the module defining it.
_MODULES = {
    "Accelerator": "accelerators",
    "AcceleratorClaim": "accelerators",
    "DeviceClaim": "accelerators",
    "PairedDevice": "accelerators",
    "ModelArtifacts": "artifacts",
    "PoolAutoscaler": "autoscaler",
    "Autoscaling": "autoscaling",
    "Metric": "autoscaling",
    "ModelCommand": "containers",
    "ModelContainer": "containers",
    "ModelServiceError": "errors",
    "ModelServiceWarning": "errors",
    "Problem": "errors",
    "ExpertParallel": "expert_parallel",
    "KvEvents": "kv_events",
    "FilesystemTier": "kv_offload",
    "KvOffload": "kv_offload",
    "MooncakeStore": "kv_offload",
    "LmcacheDisk": "kv_offload",
    "KvTransfer": "kv_transfer",
    "LoraAdapter": "lora",
    "LoraAdapters": "lora",
    "ModelServer": "model_server",
    "PodMonitoring": "monitoring",
    "Parallelism": "parallelism",
    "DecodePool": "pools",
    "ModelPool": "pools",
    "NodeAffinity": "pools",
    "PodOptions": "pools",
    "PrefillPool": "pools",
    "PoolWorkload": "pools",
    "DisaggregatedSet": "pools",
    "Placement": "pools",
    "ServerBackend": "pools",
    "Requester": "requester",
    "RoutingSidecar": "routing",
    "EndpointPicker": "gateway",
    "EndpointPickerRef": "gateway",
    "FailureMode": "gateway",
    "FlowControl": "gateway",
    "PriorityBand": "gateway",
    "SaturationDetector": "gateway",
    "GatewayRef": "gateway",
    "HttpRoute": "gateway",
    "InferencePool": "gateway",
    "InferencePoolRef": "gateway",
    "SchedulerConfig": "gateway",
    "RenderService": "gateway",
    "StandaloneProxy": "gateway",
    "InferenceObjective": "gateway",
    "InferenceModelRewrite": "gateway",
    "RewriteRule": "gateway",
    "RewriteTarget": "gateway",
    "LlmdRelease": "releases",
    "DisruptionBudget": "disruption",
    "ModelNetworkPolicy": "network_policy",
    "Peer": "network_policy",
    "ModelProbes": "probes",
    "Profile": "profile",
    "PodSecurity": "security",
    "Privilege": "security",
    "Tracing": "tracing",
    "validate_objects": "validation",
}

__all__ = [
    "Accelerator",
    "AcceleratorClaim",
    "Autoscaling",
    "DecodePool",
    "DeviceClaim",
    "DisaggregatedSet",
    "DisruptionBudget",
    "EndpointPicker",
    "EndpointPickerRef",
    "ExpertParallel",
    "FailureMode",
    "FilesystemTier",
    "FlowControl",
    "GatewayRef",
    "HttpRoute",
    "InferenceModelRewrite",
    "InferenceObjective",
    "InferencePool",
    "InferencePoolRef",
    "KvEvents",
    "KvOffload",
    "KvTransfer",
    "LlmdRelease",
    "LmcacheDisk",
    "LoraAdapter",
    "LoraAdapters",
    "Metric",
    "ModelArtifacts",
    "ModelCommand",
    "ModelContainer",
    "ModelNetworkPolicy",
    "ModelPool",
    "ModelProbes",
    "ModelServer",
    "ModelServiceError",
    "ModelServiceWarning",
    "MooncakeStore",
    "NodeAffinity",
    "PairedDevice",
    "Parallelism",
    "Peer",
    "Placement",
    "PodMonitoring",
    "PodOptions",
    "PodSecurity",
    "PoolAutoscaler",
    "PoolWorkload",
    "PrefillPool",
    "PriorityBand",
    "Privilege",
    "Problem",
    "Profile",
    "RenderService",
    "Requester",
    "RewriteRule",
    "RewriteTarget",
    "RoutingSidecar",
    "SaturationDetector",
    "SchedulerConfig",
    "ServerBackend",
    "StandaloneProxy",
    "Tracing",
    "validate_objects",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
