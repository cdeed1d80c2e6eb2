"""Where a pool's pods may run: required node affinity on an accelerator label."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ModelServiceError, show
from ..names import label_key_problem
from ..props import checked


@checked
@dataclass(frozen=True)
class NodeAffinity:
    """Required node affinity: nodes whose ``label_key`` is one of ``label_values``.

    :param label_key: node label, e.g. ``nvidia.com/gpu.product``.
    :param label_values: accepted values (at least one; the operator is ``In``).
    """

    label_key: str
    label_values: Sequence[str] = ()

    def __post_init__(self) -> None:
        if problem := label_key_problem(self.label_key, "NodeAffinity.label_key"):
            raise ModelServiceError([problem])
        if not self.label_values or not all(isinstance(v, str) and v for v in self.label_values):
            raise ModelServiceError.at(
                "NodeAffinity.label_values",
                f"node affinity on {self.label_key!r} needs at least one label value (operator In), "
                f"got {show(list(self.label_values))}")

    def manifest(self) -> dict[str, Any]:
        """The pod ``affinity``."""
        expression: dict[str, Any] = {"key": self.label_key, "operator": "In", "values": list(self.label_values)}
        return {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": [expression]}]}}}
