"""A model's pods: DecodePool and PrefillPool, the workload that runs them, and where they run."""

from ..labels import ROLE_LABEL
from .base import ModelPool
from .disaggregated import DisaggregatedSet, DisaggregatedSetBackend, Placement, ServerBackend
from .placement import NodeAffinity
from .pod_options import PodOptions
from .roles import DecodePool, PrefillPool
from .workload import (
    DeploymentWorkload,
    DisaggregatedSetRoleWorkload,
    LeaderWorkerSetWorkload,
    PoolWorkload,
    RequesterWorkload,
)

__all__ = [
    "ROLE_LABEL",
    "DecodePool",
    "DeploymentWorkload",
    "DisaggregatedSet",
    "DisaggregatedSetBackend",
    "DisaggregatedSetRoleWorkload",
    "LeaderWorkerSetWorkload",
    "ModelPool",
    "NodeAffinity",
    "Placement",
    "PodOptions",
    "PoolWorkload",
    "PrefillPool",
    "RequesterWorkload",
    "ServerBackend",
]
