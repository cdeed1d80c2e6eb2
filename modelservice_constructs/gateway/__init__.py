"""Gateway routing of a ModelServer: InferencePool, HTTPRoute and the llm-d endpoint picker.

A Gateway reaches a model through three objects that must agree: an ``InferencePool``
(``inference.networking.k8s.io/v1``) selecting the model's pods on the port they serve on, the
endpoint picker (EPP, the llm-d inference scheduler) the pool names, and an ``HTTPRoute``
(``gateway.networking.k8s.io/v1``) from a Gateway to the pool. The constructs here derive all three
from the :class:`~modelservice_constructs.ModelServer`, so labels, ports and API groups are written
once. Problems visible in the arguments raise :class:`~modelservice_constructs.ModelServiceError`
in the constructor, naming the prop (``HttpRoute.path_prefix``); those that depend on other
constructs are checked by each construct at synth, against the facts of its App
(:mod:`modelservice_constructs.app_index`), and reported by ``App.synth()``.

Modules: ``refs`` (GatewayRef, EndpointPickerRef, InferencePoolRef, group/version/kind),
``inference_pool``, ``http_route``, ``endpoint_picker``, ``scheduler_config``, ``flow_control``, ``proxy`` (the
standalone router's Envoy), ``objectives`` (InferenceObjective, InferenceModelRewrite).
"""

from .endpoint_picker import EndpointPicker
from .flow_control import FlowControl, PriorityBand, SaturationDetector
from .http_route import HttpRoute
from .inference_pool import InferencePool
from .objectives import InferenceModelRewrite, InferenceObjective, RewriteRule, RewriteTarget
from .proxy import StandaloneProxy
from .refs import (
    EndpointPickerRef,
    FailureMode,
    GatewayRef,
    InferencePoolRef,
    gateway_group,
    http_route_gvk,
    inference_pool_group,
    inference_pool_gvk,
)
from .render_service import RenderService
from .scheduler_config import SchedulerConfig

__all__ = [
    "EndpointPicker",
    "EndpointPickerRef",
    "FailureMode",
    "FlowControl",
    "GatewayRef",
    "HttpRoute",
    "InferenceModelRewrite",
    "InferenceObjective",
    "InferencePool",
    "InferencePoolRef",
    "PriorityBand",
    "RenderService",
    "RewriteRule",
    "RewriteTarget",
    "SaturationDetector",
    "SchedulerConfig",
    "StandaloneProxy",
    "gateway_group",
    "http_route_gvk",
    "inference_pool_group",
    "inference_pool_gvk",
]
