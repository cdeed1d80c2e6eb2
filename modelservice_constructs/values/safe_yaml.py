"""YAML parsing with a bound on alias expansion.

Aliases (``*name``) let a small file describe a huge document: nine nested anchors of nine aliases
each stand for hundreds of millions of values (the "billion laughs"). PyYAML shares the aliased
objects, so parsing is quick, but every later step that walks the values (merging, checking,
rendering) pays for the expanded size. :func:`load` measures that size on the composed node graph,
before anything is built, and refuses a document whose aliases add more than :data:`MAX_ALIASED_NODES`
nodes, or whose alias refers to a node that contains it.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..errors import YAML_FAILURES, ModelServiceError, yaml_problem

MAX_ALIASED_NODES = 10_000
"""The most nodes (keys, values and list items) that aliases may add to one document; a values file
that repeats a container or an env list through anchors stays far below it."""


class AliasExpansionError(ValueError):
    """A document whose aliases expand past :data:`MAX_ALIASED_NODES` or refer to themselves."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def check_expansion(root: yaml.Node, limit: int = MAX_ALIASED_NODES) -> None:
    """Raise :class:`AliasExpansionError` when aliases make ``root`` more than ``limit`` nodes larger
    than it is written, or when an alias refers to one of its own enclosing nodes.

    Linear in the number of distinct nodes: sizes are computed once per node and shared.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] - len(sizes) > limit:
                raise AliasExpansionError(f"YAML aliases expand it by more than {limit} values (the most "
                                          "accepted); write the repeated values out or alias smaller blocks")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            mark = node.start_mark
            raise AliasExpansionError(f"a YAML alias refers to a value that contains it (the anchor at line "
                                      f"{mark.line + 1}, column {mark.column + 1}); values cannot be recursive")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, checking each composed document with :func:`check_expansion`."""

    def compose_document(self) -> yaml.Node | None:
        node = super().compose_document()
        if node is not None:
            check_expansion(node)
        return node


def load(text: str) -> Any:
    """Parse one YAML document as ``yaml.safe_load`` does, refusing alias bombs and self-referring
    aliases with :class:`AliasExpansionError`."""
    return yaml.load(text, Loader=_BoundedLoader)


def load_at(text: str, where: str) -> Any:
    """:func:`load`, raising a :class:`~modelservice_constructs.errors.ModelServiceError` that names ``where``
    (a values path, ``-f <file>``) for text that is not YAML or expands too far."""
    try:
        return load(text)
    except AliasExpansionError as err:
        raise ModelServiceError.at(where, str(err)) from None
    except YAML_FAILURES as err:
        raise ModelServiceError.at(where, yaml_problem(err)) from None

