"""cdk8s constructs that deploy LLM inference with llm-d."""

from .accelerators import Accelerator, AcceleratorClaim, DeviceClaim
from .artifacts import ModelArtifacts
from .autoscaler import PoolAutoscaler
from .autoscaling import Autoscaling, Metric
from .containers import ModelCommand, ModelContainer
from .errors import ModelServiceError, ModelServiceWarning, Problem
from .model_server import ModelServer
from .monitoring import PodMonitoring
from .parallelism import Parallelism
from .pools import (
    DecodePool,
    DisaggregatedSet,
    ModelPool,
    NodeAffinity,
    Placement,
    PoolWorkload,
    PrefillPool,
    ServerBackend,
)
from .requester import Requester
from .routing import RoutingSidecar
from .serving import (
    EndpointPicker,
    EndpointPickerRef,
    FailureMode,
    GatewayRef,
    HttpRoute,
    InferencePool,
    InferencePoolRef,
    SchedulerConfig,
)
from .tracing import Tracing

__all__ = [
    "Accelerator",
    "AcceleratorClaim",
    "Autoscaling",
    "DecodePool",
    "DeviceClaim",
    "DisaggregatedSet",
    "EndpointPicker",
    "EndpointPickerRef",
    "FailureMode",
    "GatewayRef",
    "HttpRoute",
    "InferencePool",
    "InferencePoolRef",
    "Metric",
    "ModelArtifacts",
    "ModelCommand",
    "ModelContainer",
    "ModelPool",
    "ModelServer",
    "ModelServiceError",
    "ModelServiceWarning",
    "NodeAffinity",
    "Parallelism",
    "Placement",
    "PodMonitoring",
    "PoolAutoscaler",
    "PoolWorkload",
    "PrefillPool",
    "Problem",
    "Requester",
    "RoutingSidecar",
    "SchedulerConfig",
    "ServerBackend",
    "Tracing",
]
