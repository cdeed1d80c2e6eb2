"""KvEvents: vLLM publishing its KV-cache events, which the endpoint picker's precise prefix-cache producer reads.

vLLM (``--kv-events-config``) publishes each block it stores or evicts on a ZMQ socket of its pod; the picker's
``precise-prefix-cache-producer`` subscribes to the socket of every pod of its InferencePool (at the pod's
address and ``podDiscoveryConfig.socketPort``) and keys each pod as ``<address>:<target port>``, which the topic
``kv@$(POD_IP):$(POD_PORT)@<model>`` carries. What both sides must agree on (the socket port, the pod port, the
block size, the hash seed) is checked at synth by the picker (:meth:`EndpointPicker.cross_check`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, show
from .names import port_problem, raise_problems
from .props import checked

KV_EVENTS_PORT = 5556
"""The port vLLM publishes KV-cache events on unless told otherwise (the llm-d guides' choice)."""
KV_EVENTS_PORT_NAME = "kv-events"
TOPIC_PREFIX = "kv"
"""The first field of the topic (``kv@<pod>@<model>``), which the picker's ``kvEventsConfig.topicFilter`` matches."""


@checked
@dataclass(frozen=True)
class KvEvents:
    """vLLM's KV-cache events of a server's pods, for precise prefix-cache routing.

    :param port: the ZMQ port vLLM binds in each pod (``tcp://*:<port>``), declared as the container port
        ``kv-events``; the picker's ``podDiscoveryConfig.socketPort``. Default: 5556.
    :param hash_seed: ``PYTHONHASHSEED`` of vLLM, which seeds its block hashes; the picker's
        ``tokenProcessorConfig.hashSeed`` must be the same when it sets one. Default: none (not set).
    """

    port: int = KV_EVENTS_PORT
    hash_seed: str | None = None

    def __post_init__(self) -> None:
        raise_problems(port_problem(self.port, "KvEvents.port"))
        if self.hash_seed is not None and not (self.hash_seed.isdigit() and int(self.hash_seed) < 2**32):
            raise ModelServiceError.at("KvEvents.hash_seed", f"PYTHONHASHSEED must be a whole number from 0 to "
                                                             f"4294967295, got {show(self.hash_seed)}")

    def vllm_args(self, model_name: str) -> list[str]:
        """``--kv-events-config <json>``: ZMQ on :attr:`port`, topic ``kv@$(POD_IP):$(POD_PORT)@<model_name>``
        (Kubernetes expands ``$(POD_IP)`` and ``$(POD_PORT)`` from the container's env, :meth:`container_env`)."""
        config = {"enable_kv_cache_events": True, "publisher": "zmq", "endpoint": f"tcp://*:{self.port}",
                  "topic": f"{TOPIC_PREFIX}@$(POD_IP):$(POD_PORT)@{model_name}"}
        return ["--kv-events-config", json.dumps(config, separators=(",", ":"))]

    def container_env(self, pod_port: int) -> list[dict[str, Any]]:
        """``POD_IP`` (the pod's address) and ``POD_PORT`` (``pod_port``, the port the picker reaches the pod on:
        the InferencePool's target port), and ``PYTHONHASHSEED`` when :attr:`hash_seed` is set."""
        env: list[dict[str, Any]] = [
            {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
            {"name": "POD_PORT", "value": str(pod_port)}]
        if self.hash_seed is not None:
            env.append({"name": "PYTHONHASHSEED", "value": self.hash_seed})
        return env

    def container_ports(self) -> list[dict[str, Any]]:
        """The ``kv-events`` container port."""
        return [{"name": KV_EVENTS_PORT_NAME, "containerPort": self.port, "protocol": "TCP"}]
