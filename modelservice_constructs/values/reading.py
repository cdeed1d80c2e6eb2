"""How the values layer reads one value: maps and lists checked at their values path, the props whose
values are set, and scalars printed as the chart's ``quote`` prints them."""

from __future__ import annotations

from typing import Any

from ..errors import ModelServiceError, show


def as_map(value: Any, path: str) -> dict[str, Any]:
    """``value`` when it is a map; an empty map when it is unset (None). Anything else is an error
    at ``path``."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ModelServiceError.at(path, f"must be a map, got {show(value)}")
    return value


def as_list(value: Any, path: str) -> list[Any]:
    """``value`` when it is a list; an empty list when it is unset (None). Anything else is an error
    at ``path``."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ModelServiceError.at(path, f"must be a list, got {show(value)}")
    return value


def given(**props: Any) -> dict[str, Any]:
    """The props whose values are set (the chart's ``default`` treats empty values as unset): the
    others keep the defaults of the constructs."""
    return {key: value for key, value in props.items() if value}


def as_text(value: Any) -> str:
    """A value as the chart's ``quote`` prints it: ``""`` for None, ``true`` / ``false`` for booleans,
    whole floats without their ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
