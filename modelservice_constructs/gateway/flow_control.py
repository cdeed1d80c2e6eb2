"""The endpoint picker's flow control: requests wait in the picker, in queues by priority band, until the pool has
room (llm-d's flow-control guide).

:class:`FlowControl` is written into the picker's configuration (:meth:`FlowControl.apply`, after the picker turns the
``flowControl`` feature gate on): the plugins its bands and saturation detector name (declared once each), and the
``flowControl`` section, in the shape the picker's llm-d release reads (v0.8's picker takes the saturation detector at
the top level, later ones inside ``flowControl``). Requests carry their priority through an
``InferenceObjective``; a band per priority the objectives use keeps their queues apart.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..component_contracts import RouterContract
from ..errors import ModelServiceError, Problem, show
from ..names import quantity_problem, raise_problems
from ..props import checked, checked_factory

FAIRNESS_POLICIES: Mapping[str, str] = {"round-robin": "round-robin-fairness-policy",
                                        "global-strict": "global-strict-fairness-policy"}
"""How a band shares its turns between flows (tenants, by fairness ID) -> the picker's plugin."""
ORDERING_POLICIES: Mapping[str, str] = {"fcfs": "fcfs-ordering-policy", "edf": "edf-ordering-policy"}
"""How a flow orders its requests (first come first served, earliest deadline first) -> the picker's plugin."""
DETECTORS: Mapping[str, str] = {"concurrency": "concurrency-detector", "utilization": "utilization-detector"}
"""How the picker decides the pool is saturated (requests are then held) -> the picker's plugin."""
CONCURRENCY_MODES = ("requests", "tokens")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count_problem(value: object, where: str) -> Problem | None:
    """A request count as the picker reads it: a whole number >= 1, or a quantity string (``1k``)."""
    if value is None:
        return None
    if _whole(value):
        return None if value >= 1 else Problem(where, f"must be at least 1, got {show(value)}")  # type: ignore[operator]
    if isinstance(value, str):
        return quantity_problem(value, where)
    return Problem(where, f"must be a whole number or a quantity string ('1k'), got {show(value)}")


def _render_count(value: int | str) -> str:
    return str(value)


@checked
@dataclass(frozen=True)
class SaturationDetector:
    """How the picker decides the pool is saturated, and holds requests. Pick one with a factory.

    :param kind: ``concurrency`` or ``utilization``.
    :param parameters: the detector plugin's parameters. Default: none (the plugin's defaults).
    """

    kind: str
    parameters: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in DETECTORS:
            raise ModelServiceError.at("SaturationDetector.kind", f"{show(self.kind)} is not one of "
                                                                  f"{', '.join(DETECTORS)}")

    @staticmethod
    @checked_factory("SaturationDetector")
    def concurrency(max_concurrency: int, *, mode: str = "requests", headroom: float = 0.0) -> SaturationDetector:
        """Saturated when an endpoint has ``max_concurrency`` requests (``mode="tokens"``: tokens) in flight,
        plus ``headroom`` (a fraction, default 0): it counts what the picker itself sent, so it does not lag behind
        the model servers' metrics (the flow-control guide's choice)."""
        if not _whole(max_concurrency) or max_concurrency < 1:
            raise ModelServiceError.at("SaturationDetector.concurrency.max_concurrency",
                                       f"must be a whole number >= 1, got {show(max_concurrency)}")
        if mode not in CONCURRENCY_MODES:
            raise ModelServiceError.at("SaturationDetector.concurrency.mode", f"{show(mode)} is not one of "
                                                                              f"{', '.join(CONCURRENCY_MODES)}")
        if isinstance(headroom, bool) or not isinstance(headroom, (int, float)) or headroom < 0:
            raise ModelServiceError.at("SaturationDetector.concurrency.headroom",
                                       f"must be a fraction >= 0, got {show(headroom)}")
        key = "maxConcurrency" if mode == "requests" else "maxTokenConcurrency"
        return SaturationDetector("concurrency", {key: max_concurrency, "concurrencyMode": mode,
                                                  "headroom": float(headroom)})

    @staticmethod
    @checked_factory("SaturationDetector")
    def utilization(**parameters: Any) -> SaturationDetector:
        """Saturated by the model servers' queue depth and KV-cache use, as they report them (the picker's default
        detector; ``parameters`` as the plugin reads them, e.g. ``queueDepthThreshold=5``)."""
        return SaturationDetector("utilization", dict(parameters))

    @property
    def plugin(self) -> str:
        """The detector's plugin type."""
        return DETECTORS[self.kind]


@checked
@dataclass(frozen=True)
class PriorityBand:
    """The queue of the requests of one priority (an ``InferenceObjective``'s).

    :param priority: the band's priority; higher bands are served first.
    :param max_requests: the most requests the band holds (a whole number or a quantity string, ``1k``).
        Default: the picker's.
    :param max_bytes: the most request bytes the band holds, a quantity (``1Gi``). Default: the picker's.
    :param fairness: how the band shares its turns between flows: ``round-robin`` or ``global-strict``.
        Default: ``round-robin``.
    :param ordering: how a flow orders its requests: ``fcfs`` or ``edf``. Default: ``fcfs``.
    """

    priority: int
    max_requests: int | str | None = None
    max_bytes: str | None = None
    fairness: str = "round-robin"
    ordering: str = "fcfs"

    def __post_init__(self) -> None:
        problems = [_count_problem(self.max_requests, "PriorityBand.max_requests"),
                    quantity_problem(self.max_bytes, "PriorityBand.max_bytes") if self.max_bytes is not None
                    else None]
        if not _whole(self.priority):
            problems.append(Problem("PriorityBand.priority", f"must be a whole number, got {show(self.priority)}"))
        if self.fairness not in FAIRNESS_POLICIES:
            problems.append(Problem("PriorityBand.fairness", f"{show(self.fairness)} is not one of "
                                                             f"{', '.join(FAIRNESS_POLICIES)}"))
        if self.ordering not in ORDERING_POLICIES:
            problems.append(Problem("PriorityBand.ordering", f"{show(self.ordering)} is not one of "
                                                             f"{', '.join(ORDERING_POLICIES)}"))
        raise_problems(*problems)

    def rendered(self) -> dict[str, Any]:
        """The band in the picker's ``flowControl.priorityBands``."""
        band: dict[str, Any] = {"priority": self.priority}
        if self.max_requests is not None:
            band["maxRequests"] = _render_count(self.max_requests)
        if self.max_bytes is not None:
            band["maxBytes"] = self.max_bytes
        band["fairnessPolicyRef"] = FAIRNESS_POLICIES[self.fairness]
        band["orderingPolicyRef"] = ORDERING_POLICIES[self.ordering]
        return band


@checked
@dataclass(frozen=True)
class FlowControl:
    """The picker's flow control (``EndpointPicker(flow_control=FlowControl(...))``): requests wait in the picker,
    in a queue per priority band, while the saturation detector finds the pool full.

    :param priority_bands: a band per priority the InferenceObjectives use (unique priorities). Default: none
        (the picker's default band).
    :param saturation_detector: Default: the picker's (``utilization-detector``).
    :param max_requests: the most requests held in all (a whole number or a quantity string, ``1k``).
        Default: the picker's.
    :param max_bytes: the most request bytes held in all, a quantity (``10Gi``). Default: the picker's.
    :param default_request_ttl: how long a request may wait, a duration (``60s``). Default: the picker's.
    """

    priority_bands: Sequence[PriorityBand] = ()
    saturation_detector: SaturationDetector | None = None
    max_requests: int | str | None = None
    max_bytes: str | None = None
    default_request_ttl: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "priority_bands", tuple(self.priority_bands))
        problems = [_count_problem(self.max_requests, "FlowControl.max_requests"),
                    quantity_problem(self.max_bytes, "FlowControl.max_bytes") if self.max_bytes is not None
                    else None]
        if self.default_request_ttl is not None and not (
                isinstance(self.default_request_ttl, str) and self.default_request_ttl[:-1].isdigit()
                and self.default_request_ttl[-1:] in ("s", "m", "h")):
            problems.append(Problem("FlowControl.default_request_ttl", f"must be a duration such as '60s', '5m', "
                                                                       f"got {show(self.default_request_ttl)}"))
        seen: dict[int, int] = {}
        for i, band in enumerate(self.priority_bands):
            if band.priority in seen:
                problems.append(Problem(f"FlowControl.priority_bands[{i}].priority", (
                    f"{band.priority} is already the priority of priority_bands[{seen[band.priority]}]; one band a "
                    "priority")))
            seen.setdefault(band.priority, i)
        raise_problems(*problems)

    def plugins(self) -> list[dict[str, Any]]:
        """The plugins the bands and the detector name, each once, in the order named."""
        types: list[str] = []
        for band in self.priority_bands:
            types += [FAIRNESS_POLICIES[band.fairness], ORDERING_POLICIES[band.ordering]]
        out: list[dict[str, Any]] = [{"type": t} for t in dict.fromkeys(types)]
        detector = self.saturation_detector
        if detector is not None:
            plugin: dict[str, Any] = {"type": detector.plugin}
            if detector.parameters:
                plugin["parameters"] = dict(detector.parameters)
            out.append(plugin)
        return out

    def apply(self, document: Mapping[str, Any], router: RouterContract) -> dict[str, Any]:
        """``document`` (an ``EndpointPickerConfig`` whose feature gates turn flow control on) with this flow control,
        for the picker of ``router``'s release: the plugins it names (those the document declares already are not
        repeated) and the ``flowControl`` section (the document must not have one)."""
        if document.get("flowControl") or document.get("saturationDetector"):
            raise ModelServiceError.at("EndpointPicker.flow_control", (
                "is a FlowControl, but the config has a flowControl (or saturationDetector) section already; "
                "keep one of the two"))
        out = copy.deepcopy(dict(document))
        declared = {p.get("name") or p["type"] for p in out.get("plugins") or []}
        out["plugins"] = [*(out.get("plugins") or []),
                          *(p for p in self.plugins() if p["type"] not in declared)]
        section: dict[str, Any] = {}
        if self.max_bytes is not None:
            section["maxBytes"] = self.max_bytes
        if self.max_requests is not None:
            section["maxRequests"] = _render_count(self.max_requests)
        if self.default_request_ttl is not None:
            section["defaultRequestTTL"] = self.default_request_ttl
        detector = self.saturation_detector
        if detector is not None:
            ref = {"pluginRef": detector.plugin}
            if "saturationDetector" in router.config_nested_fields.get("flowControl", frozenset()):
                section["saturationDetector"] = ref
            else:  # releases before the detector moved into flowControl
                out["saturationDetector"] = ref
        if self.priority_bands:
            section["priorityBands"] = [band.rendered() for band in self.priority_bands]
        if section:
            out["flowControl"] = section
        return out
