"""RFC 6902 JSON patches applied strictly: the replay that checks patched objects at synth."""

from __future__ import annotations

import copy
from typing import Any

from .errors import show


class _PatchError(Exception):
    pass


def _pointer_text(pointer: Any) -> str:
    if not isinstance(pointer, str) or (pointer and not pointer.startswith("/")):
        raise _PatchError(f"{show(pointer)} is not a JSON pointer (one starts with '/')")
    return pointer


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def value_at(doc: Any, pointer: str) -> Any:
    """The value at a JSON pointer, or None where there is none (no error: for comparing documents)."""
    for token in _tokens(pointer):
        if isinstance(doc, dict):
            doc = doc.get(token)
        elif isinstance(doc, list) and token.isdigit() and int(token) < len(doc):
            doc = doc[int(token)]
        else:
            return None
    return doc


def _index(container: list[Any], token: str, pointer: str, *, end: bool) -> int:
    size = len(container) + (1 if end else 0)
    if token == "-" and end:
        return len(container)
    if not token.isdigit() or int(token) >= size or (token != "0" and token.startswith("0")):
        raise _PatchError(f"{pointer}: no item {token!r} (the list has {len(container)})")
    return int(token)


def _parent(doc: Any, pointer: str) -> tuple[Any, str]:
    tokens = _tokens(pointer)
    if not tokens:
        raise _PatchError("the document root cannot be patched here")
    node = doc
    for depth, token in enumerate(tokens[:-1]):
        where = "/" + "/".join(tokens[:depth + 1])
        if isinstance(node, dict):
            if token not in node:
                raise _PatchError(f"{pointer}: {where} does not exist")
            node = node[token]
        elif isinstance(node, list):
            node = node[_index(node, token, where, end=False)]
        else:
            raise _PatchError(f"{pointer}: {where} is not an object or a list")
    return node, tokens[-1]


def _existing(doc: Any, pointer: str) -> tuple[Any, str | int, Any]:
    """The parent of what ``pointer`` names, its key or index there, and the value (which must exist)."""
    node, token = _parent(doc, pointer)
    if isinstance(node, dict):
        if token not in node:
            raise _PatchError(f"{pointer} does not exist")
        return node, token, node[token]
    if isinstance(node, list):
        index = _index(node, token, pointer, end=False)
        return node, index, node[index]
    raise _PatchError(f"{pointer}: the parent is not an object or a list")


def _get(doc: Any, pointer: str) -> Any:
    return _existing(doc, pointer)[2]


def _remove(doc: Any, pointer: str) -> Any:
    node, key, value = _existing(doc, pointer)
    del node[key]
    return value


def _add(doc: Any, pointer: str, value: Any) -> None:
    node, token = _parent(doc, pointer)
    if isinstance(node, dict):
        node[token] = copy.deepcopy(value)
    elif isinstance(node, list):
        node.insert(_index(node, token, pointer, end=True), copy.deepcopy(value))
    else:
        raise _PatchError(f"{pointer}: the parent is not an object or a list")


def apply_strictly(doc: dict[str, Any], operation: dict[str, Any]) -> None:
    """Apply one RFC 6902 operation to ``doc`` in place, failing (``ValueError``) where fast-json-patch, which
    cdk8s uses, would quietly do nothing or invent a field: a ``remove``, ``replace``, ``move``, ``copy`` or
    ``test`` of a path that does not exist, or an ``add`` under a parent that does not exist."""
    op = operation.get("op")
    try:
        pointer = _pointer_text(operation.get("path"))
        if op == "add":
            _add(doc, pointer, operation.get("value"))
        elif op == "remove":
            _remove(doc, pointer)
        elif op == "replace":
            node, key, _ = _existing(doc, pointer)
            node[key] = copy.deepcopy(operation.get("value"))
        elif op in ("move", "copy"):
            source = _pointer_text(operation.get("from"))
            value = _remove(doc, source) if op == "move" else copy.deepcopy(_get(doc, source))
            _add(doc, pointer, value)
        elif op == "test":
            if (value := _get(doc, pointer)) != operation.get("value"):
                raise _PatchError(f"{pointer} is {show(value)}, not {show(operation.get('value'))}")
        else:
            raise _PatchError(f"unknown operation {show(op)}")
    except _PatchError as err:
        raise ValueError(str(err)) from None
