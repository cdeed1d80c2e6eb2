"""What Kubernetes accepts as names, label keys and values, ports and quantities."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from .errors import ModelServiceError, Problem, show

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_QUANTITY = re.compile(r"^(?P<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+))(?P<suffix>[eE][+-]?\d+|[KMGTPE]i|[mkMGTPE])?$")
_QUANTITY_SUFFIXES: Mapping[str, Fraction] = {
    "": Fraction(1), "m": Fraction(1, 1000),
    **{s: Fraction(1000) ** (i + 1) for i, s in enumerate("kMGTPE")},
    **{f"{s}i": Fraction(1024) ** (i + 1) for i, s in enumerate("KMGTPE")}}


def dns_label_problem(value: Any, path: str, max_length: int = 63) -> Problem | None:
    """A problem if ``value`` is not a DNS label (lower-case alphanumerics and '-', at most ``max_length``)."""
    if isinstance(value, str) and len(value) <= max_length and _DNS_LABEL.match(value):
        return None
    return Problem(path, f"must be a DNS label (lower-case letters, digits and '-', starting and ending "
                         f"alphanumeric, at most {max_length} characters), got {show(value)}")


def dns_subdomain_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not a DNS subdomain (DNS labels joined by '.', at most 253 characters)."""
    if isinstance(value, str) and len(value) <= 253 and _DNS_SUBDOMAIN.match(value):
        return None
    return Problem(path, "must be a DNS subdomain (lower-case letters, digits, '-' and '.', at most 253 "
                         f"characters), got {show(value)}")


def hostname_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not a hostname a route answers: a DNS subdomain, or one under a ``*.``
    wildcard (at most 253 characters)."""
    name = value[2:] if isinstance(value, str) and value.startswith("*.") else value
    if isinstance(value, str) and len(value) <= 253 and _DNS_SUBDOMAIN.match(name):
        return None
    return Problem(path, f"must be a hostname such as 'llm.example.com' or '*.example.com', got {show(value)}")


def raise_problems(*problems: Problem | None) -> None:
    """Raise a ModelServiceError for the problems that are not None, if any."""
    found = [p for p in problems if p is not None]
    if found:
        raise ModelServiceError(found)


def label_problems(labels: Mapping[Any, Any], path: str) -> list[Problem]:
    """Problems of label (or annotation-key) maps: qualified names as keys, label values."""
    problems = [p for key in labels if (p := label_key_problem(key, f"{path}.{key}"))]
    for key, value in labels.items():
        if not isinstance(value, str) or len(value) > 63 or (value and not _LABEL_NAME.match(value)):
            problems.append(Problem(f"{path}.{key}", "must be a label value (a string of at most 63 "
                                    "alphanumerics, '-', '_' or '.', starting and ending alphanumeric), "
                                    f"got {show(value)}"))
    return problems


def label_key_problem(key: Any, path: str) -> Problem | None:
    """A problem if ``key`` is not a qualified name (``[prefix/]name``)."""
    if isinstance(key, str):
        prefix, slash, name = key.rpartition("/")
        if (len(name) <= 63 and _LABEL_NAME.match(name)
                and (not slash or (len(prefix) <= 253 and _DNS_SUBDOMAIN.match(prefix)))):
            return None
    return Problem(path, f"{show(key)} is not a valid label or annotation key ([DNS subdomain/]name, the name "
                         "at most 63 alphanumerics, '-', '_' or '.')")


def positive_count_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not a whole number >= 1 (a count of replicas, seconds, failures...)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return None
    return Problem(path, f"must be a whole number >= 1, got {show(value)}")


_PERCENT = re.compile(r"(100|[1-9]?[0-9])%")


def count_or_percent_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is neither a whole number >= 0 nor a percentage from ``0%`` to ``100%`` (pods
    that may be unavailable or surge during a rollout or a drain)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return None
    if isinstance(value, str) and _PERCENT.fullmatch(value):
        return None
    return Problem(path, f"must be a whole number >= 0 or a percentage from 0% to 100%, got {show(value)}")


PORTS = (1, 65535)
"""The port numbers Kubernetes accepts."""
INT32 = (-(2**31), 2**31 - 1)
"""The range of the int32 fields of Kubernetes objects."""


def port_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not a port number (:data:`PORTS`)."""
    if isinstance(value, int) and not isinstance(value, bool) and PORTS[0] <= value <= PORTS[1]:
        return None
    return Problem(path, f"must be a port number from 1 to 65535, got {show(value)}")


def quantity_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not a Kubernetes quantity (``2``, ``500m``, ``16Gi``...)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not _QUANTITY.match(str(value)):
        return Problem(path, f"must be a quantity such as 2, 500m or 16Gi, got {show(value)}")
    return None


def quantity_amount(value: Any) -> Fraction | None:
    """The exact amount a Kubernetes quantity stands for (``500m`` -> 1/2, ``1Gi`` -> 1073741824, ``1e3`` ->
    1000), to compare two quantities; None if ``value`` is not a quantity."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    match = _QUANTITY.match(str(value))
    if match is None:
        return None
    number, suffix = Fraction(Decimal(match["number"])), match["suffix"] or ""
    if suffix[:1] in ("e", "E") and suffix[1:]:
        return number * Fraction(10) ** int(suffix[1:])
    return number * _QUANTITY_SUFFIXES[suffix]


def resources_problems(limits: Mapping[str, Any], requests: Mapping[str, Any], path: str) -> list[Problem]:
    """A problem for each amount of a container's ``limits`` and ``requests`` (in that order) that is not a
    quantity, named ``<path>.limits.<resource>``."""
    return [problem for kind, amounts in (("limits", limits), ("requests", requests))
            for key, value in amounts.items() if (problem := quantity_problem(value, f"{path}.{kind}.{key}"))]


def deployment_pod_pattern(deployment: str) -> str:
    """A regular expression (RE2) matching the names of the pods of Deployment ``deployment``:
    ``<name>-<replica set hash>-<pod suffix>``."""
    return f"{deployment}-[0-9a-z]+-[0-9a-z]+"


PULL_POLICIES = ("Always", "IfNotPresent", "Never")


def pull_policy_problem(value: Any, path: str) -> Problem | None:
    """A problem if ``value`` is not an image pull policy (``Always``, ``IfNotPresent``, ``Never``)."""
    if value in PULL_POLICIES:
        return None
    return Problem(path, f"{show(value)} is not one of {', '.join(repr(p) for p in PULL_POLICIES)}")
