"""RenderService: the vLLM render service that tokenizes prompts for the endpoint picker's precise prefix-cache
producer (its ``token-producer`` calls ``http://<picker name>-render:8000``).

The picker creates it when its configuration is ``SchedulerConfig.precise_prefix_cache()`` without a
``render_url``: a Deployment and a Service ``<picker name>-render`` running ``vllm launch render <model>`` on CPU,
with the model's token Secret (gated tokenizers) and a writable Hugging Face cache. Its pods carry labels of
their own, so no InferencePool selects them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelServiceError, show
from ..props import checked
from .scheduler_config import RENDER_PORT

RENDER_IMAGE = "docker.io/vllm/vllm-openai-cpu"
"""The vLLM image of the render service, tagged with the vLLM version of the picker's release."""
PORT_NAME = "render-http"
HF_HOME = "/tmp/hf"
RENDER_USER = 2000
"""The non-root user the render container runs as (vLLM's images run as root unless told): its home and Hugging Face
cache are the writable ``/tmp/hf``, and ``USER`` names it (vLLM asks the user's name, which has no passwd entry)."""
DEFAULT_RESOURCES: Mapping[str, Mapping[str, str]] = {"requests": {"cpu": "1", "memory": "4Gi"},
                                                      "limits": {"cpu": "4", "memory": "12Gi"}}


@checked
@dataclass(frozen=True)
class RenderService:
    """The render service a picker runs for its token producer.

    :param image: Default: ``docker.io/vllm/vllm-openai-cpu:<vLLM version of the release>``.
    :param replicas: Default: 2.
    :param resources: Default: requests 1 CPU and 4Gi, limits 4 CPUs and 12Gi.
    """

    image: str | None = None
    replicas: int = 2
    resources: Mapping[str, Any] = field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_RESOURCES.items()})

    def __post_init__(self) -> None:
        if isinstance(self.replicas, bool) or not isinstance(self.replicas, int) or self.replicas < 1:
            raise ModelServiceError.at("RenderService.replicas", f"must be a whole number >= 1, got "
                                                                 f"{show(self.replicas)}")
        if self.image is not None and not self.image.strip():
            raise ModelServiceError.at("RenderService.image", f"must be a non-empty image, got {show(self.image)}")

    def selector_labels(self, name: str) -> dict[str, str]:
        """The labels of the render pods of the service ``name`` (none an InferencePool of the model selects)."""
        return {"app.kubernetes.io/name": name, "app.kubernetes.io/component": "vllm-render"}

    def pod_spec(self, vllm_version: str, model_name: str, token_secret: str | None) -> dict[str, Any]:
        """The render pod: ``vllm launch render <model_name> --port 8000``, ready once it serves ``/health``."""
        env: list[dict[str, Any]] = [{"name": "HF_HOME", "value": HF_HOME}, {"name": "HOME", "value": HF_HOME},
                                     {"name": "USER", "value": "vllm-render"}]
        if token_secret:
            env.append({"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": token_secret, "key": "HF_TOKEN"}}})
        container = {
            "name": "vllm-render", "image": self.image or f"{RENDER_IMAGE}:{vllm_version}",
            "command": ["vllm", "launch", "render"], "args": [model_name, "--port", str(RENDER_PORT)],
            "env": env, "ports": [{"name": PORT_NAME, "containerPort": RENDER_PORT, "protocol": "TCP"}],
            "readinessProbe": {"httpGet": {"path": "/health", "port": PORT_NAME}, "initialDelaySeconds": 30,
                               "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 60},
            "resources": {k: dict(v) for k, v in self.resources.items()},
            "volumeMounts": [{"name": "hf-cache", "mountPath": HF_HOME}]}
        return {"containers": [container], "volumes": [{"name": "hf-cache", "emptyDir": {}}]}

    def service_spec(self, name: str) -> dict[str, Any]:
        """The Service ``name`` of the render pods, port 8000."""
        return {"type": "ClusterIP", "selector": self.selector_labels(name), "ports": [
            {"name": PORT_NAME, "protocol": "TCP", "port": RENDER_PORT, "targetPort": PORT_NAME}]}
