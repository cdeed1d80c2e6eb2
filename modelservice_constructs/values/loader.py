"""Helm values: the chart defaults, values files (-f) and --set flags, merged as Helm merges them."""

from __future__ import annotations

import copy
import functools
import re
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..accelerators import ACCELERATOR_TYPES
from ..errors import ModelServiceError, Problem
from . import safe_yaml

Values = dict[str, Any]


def chart_defaults() -> Values:
    """A fresh copy of the chart's default values."""
    return copy.deepcopy(_defaults())


@functools.cache
def _defaults() -> Values:
    data: Values = yaml.safe_load(resources.files(__package__).joinpath("defaults.yaml").read_text())
    data["accelerator"].update(accelerator_tables())
    return data


def accelerator_tables() -> Values:
    """The chart's ``accelerator.resources``, ``accelerator.env`` and ``accelerator.resourceClaimTemplates``,
    from the accelerator table (:data:`~modelservice_constructs.accelerators.ACCELERATOR_TYPES`)."""
    tables: Values = {"resources": {}, "env": {}, "resourceClaimTemplates": {}}
    for kind, factory in ACCELERATOR_TYPES.items():
        accelerator = factory()
        if accelerator.resource:
            tables["resources"][kind] = accelerator.resource
        if accelerator.env:
            tables["env"][kind] = accelerator.container_env()
        claim = accelerator.device_claim
        if claim is not None:
            tables["resourceClaimTemplates"][kind] = {
                "name": claim.name, "class": claim.device_class, "match": claim.match,
                "selectors": [dict(s) for s in claim.selectors]}
    return tables


def merge_user(base: Values, override: Values) -> Values:
    """Merge two user values maps (values files in order): maps merge, anything else replaces."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_user(out[key], value)
        else:
            out[key] = value
    return out


def merge(base: Values, override: Values) -> Values:
    """Helm's coalescing of user values over defaults: maps merge key by key, anything else
    replaces (lists included), null deletes the key."""
    out = dict(base)
    for key, value in override.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = _without_nulls(value)
    return out


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return value


def containers_without_nulls(values: Values) -> Values:
    """``values`` with the null keys of each ``decode`` / ``prefill`` container entry dropped, in
    nested maps too (``env:`` with every entry commented out, ``resources: {limits: null}``).

    Helm's merge deletes null keys of maps but leaves list items alone; the chart's templates read
    every container key with ``with`` or ``default``, so there too null is the same as absent.
    """
    out = dict(values)
    for role in ("decode", "prefill"):
        pool = out.get(role)
        if isinstance(pool, dict) and isinstance(pool.get("containers"), list):
            out[role] = {**pool, "containers": [_without_nulls(c) for c in pool["containers"]]}
    return out


def load_values_file(path: str) -> Values:
    """Parse one values file; a file that is not a YAML map is an error naming the file."""
    try:
        text = Path(path).read_text() if path != "-" else sys.stdin.read()
    except OSError as err:
        raise ModelServiceError.at(f"-f {path}", f"cannot read the file: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ModelServiceError.at(f"-f {path}", "is not UTF-8 text") from None
    data = safe_yaml.load_at(text, f"-f {path}")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ModelServiceError.at(f"-f {path}", f"must hold a map of values, got a {type(data).__name__}")
    return data


# -- --set --------------------------------------------------------------------------------------------

_INDEX = re.compile(r"^(.*)\[(\d+)\]$")


def _split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` not escaped with a backslash, keeping the escapes of other characters."""
    parts, current, escaped = [], "", False
    for char in text:
        if escaped:
            current += char if char == sep else "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep:
            parts.append(current)
            current = ""
        else:
            current += char
    if escaped:
        current += "\\"
    parts.append(current)
    return parts


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
"""The integers ``--set`` reads as numbers (Helm parses them as 64-bit)."""
MAX_SET_INDEX = 65536
"""The largest list index ``--set`` takes (Helm's limit)."""


def _typed(value: str) -> Any:
    """Helm's --set scalar typing: true/false, null, 64-bit integers; everything else stays a string."""
    lowered = value.lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    if lowered == "null":
        return None
    if (value == "0" or re.fullmatch(r"-?[1-9][0-9]*", value)) and INT64_MIN <= int(value) <= INT64_MAX:
        return int(value)
    return value.replace("\\,", ",")  # an integer beyond 64 bits stays text, as Helm keeps it


def _split_assignments(text: str) -> list[str]:
    """Split ``a=1,b={x,y}`` on the commas between assignments (not inside ``{...}``)."""
    out, current, depth, escaped = [], "", 0, False
    for char in text:
        if escaped:
            current += "\\" + char
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
            current += char
        elif char == "}":
            depth = max(0, depth - 1)
            current += char
        elif char == "," and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
    out.append(current)
    return out


def parse_set(expression: str, into: Values | None = None) -> Values:
    """Apply one ``--set`` flag (``a.b=1,c[0].d=x``) to the values map ``into`` (default: a new one).

    As in Helm, an index sets one element of a list already in ``into``, padding with nulls.
    """
    result: Values = {} if into is None else into
    for assignment in _split_assignments(expression):
        if "=" not in assignment:
            raise ModelServiceError.at(f"--set {expression}",
                                       f"{assignment!r} is not PATH=VALUE (e.g. decode.replicas=2)")
        path, raw = assignment.split("=", 1)
        keys = _split(path, ".")
        if not path or any(not k for k in keys):
            raise ModelServiceError.at(f"--set {expression}", f"{path!r} is not a valid values path")
        if raw.startswith("{") and raw.endswith("}"):
            value: Any = [_typed(item) for item in _split(raw[1:-1], ",") if item != ""]
        else:
            value = _typed(raw)
        _assign(result, keys, value, expression)
    return result


def _assign(node: Values, keys: list[str], value: Any, expression: str) -> None:
    key, rest = keys[0], keys[1:]
    match = _INDEX.match(key)
    if not match and ("[" in key or "]" in key):
        raise ModelServiceError.at(f"--set {expression}", f"{key!r} is not a key or a list index such as name[0]")
    if match:
        name, index = match.group(1), int(match.group(2))
        if not name or "[" in name:
            raise ModelServiceError.at(f"--set {expression}", f"{key!r} is not a valid list index")
        if index > MAX_SET_INDEX:
            raise ModelServiceError.at(f"--set {expression}", f"index {index} of {name!r} is greater than the largest "
                                                              f"supported index, {MAX_SET_INDEX}")
        items = node.setdefault(name, [])
        if not isinstance(items, list):
            raise ModelServiceError.at(f"--set {expression}", f"{name!r} is set both as a map and as a list")
        while len(items) <= index:
            items.append(None)
        if rest:
            if not isinstance(items[index], dict):
                items[index] = {}
            _assign(items[index], rest, value, expression)
        else:
            items[index] = value
        return
    if rest:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        _assign(child, rest, value, expression)
    else:
        node[key] = value


def load_values(files: Sequence[str] = (), sets: Sequence[str] = ()) -> Values:
    """Chart defaults, then each values file in order, then each --set flag in order; a null value
    means absent (:func:`merge`, :func:`containers_without_nulls`)."""
    user: Values = {}
    problems: list[Problem] = []
    for path in files:
        try:
            user = merge_user(user, load_values_file(path))
        except ModelServiceError as err:
            problems += err.problems
    for expression in sets:
        try:
            parse_set(expression, into=user)
        except ModelServiceError as err:
            problems += err.problems
    if problems:
        raise ModelServiceError(problems)
    return containers_without_nulls(merge(chart_defaults(), user))
