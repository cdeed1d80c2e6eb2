"""cdk8s constructs that deploy LLM inference with llm-d."""

from .accelerators import Accelerator, AcceleratorClaim, DeviceClaim
from .artifacts import ModelArtifacts
from .containers import ModelCommand, ModelContainer
from .errors import ModelServiceError, ModelServiceWarning, Problem
from .gateway import (
    EndpointPicker,
    EndpointPickerRef,
    FailureMode,
    GatewayRef,
    HttpRoute,
    InferencePool,
    InferencePoolRef,
    SchedulerConfig,
)
from .model_server import ModelServer
from .monitoring import PodMonitoring
from .parallelism import Parallelism
from .pools import DecodePool, ModelPool, NodeAffinity, PrefillPool
from .requester import Requester
from .routing import RoutingSidecar
from .tracing import Tracing

__all__ = [
    "Accelerator",
    "AcceleratorClaim",
    "DecodePool",
    "DeviceClaim",
    "EndpointPicker",
    "EndpointPickerRef",
    "FailureMode",
    "GatewayRef",
    "HttpRoute",
    "InferencePool",
    "InferencePoolRef",
    "ModelArtifacts",
    "ModelCommand",
    "ModelContainer",
    "ModelPool",
    "ModelServer",
    "ModelServiceError",
    "ModelServiceWarning",
    "NodeAffinity",
    "Parallelism",
    "PodMonitoring",
    "PrefillPool",
    "Problem",
    "Requester",
    "RoutingSidecar",
    "SchedulerConfig",
    "Tracing",
]
