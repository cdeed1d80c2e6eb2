"""The pod labels the library gives a model's pods, and selects them by."""

from __future__ import annotations

SERVER_LABEL = "llm-d.ai/model"
"""The pod label unique to a server by default (its name), unless the model's labels set it."""
SERVING_LABEL = "llm-d.ai/inference-serving"
"""The pod label of the pods requests may reach (``"true"``; the headless workers of a group: ``"false"``)."""
ROLE_LABEL = "llm-d.ai/role"
"""The pod label of a pool's role: ``decode`` or ``prefill``."""
