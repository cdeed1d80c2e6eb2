"""cdk8s constructs that deploy LLM inference with llm-d."""

from .accelerators import Accelerator, AcceleratorClaim, DeviceClaim
from .artifacts import ModelArtifacts
from .containers import ModelCommand, ModelContainer
from .disruption import DisruptionBudget
from .errors import ModelServiceError, ModelServiceWarning, Problem
from .kv_transfer import KvTransfer
from .model_server import ModelServer
from .monitoring import PodMonitoring
from .network_policy import ModelNetworkPolicy, Peer
from .parallelism import Parallelism
from .pools import DecodePool, ModelPool, NodeAffinity, PoolWorkload, PrefillPool
from .probes import ModelProbes
from .profile import Profile
from .requester import Requester
from .routing import RoutingSidecar
from .security import PodSecurity, Privilege
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
    "DecodePool",
    "DeviceClaim",
    "DisruptionBudget",
    "EndpointPicker",
    "EndpointPickerRef",
    "FailureMode",
    "GatewayRef",
    "HttpRoute",
    "InferencePool",
    "InferencePoolRef",
    "KvTransfer",
    "ModelArtifacts",
    "ModelCommand",
    "ModelContainer",
    "ModelNetworkPolicy",
    "ModelPool",
    "ModelProbes",
    "ModelServer",
    "ModelServiceError",
    "ModelServiceWarning",
    "NodeAffinity",
    "Parallelism",
    "Peer",
    "PodMonitoring",
    "PodSecurity",
    "PoolWorkload",
    "PrefillPool",
    "Privilege",
    "Problem",
    "Profile",
    "Requester",
    "RoutingSidecar",
    "SchedulerConfig",
    "Tracing",
]
