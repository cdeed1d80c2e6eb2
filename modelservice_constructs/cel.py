"""CEL validation rules (``x-kubernetes-validations``) of a CRD schema, evaluated as an API server does on create.

:class:`CelRules` compiles every rule of one ``openAPIV3Schema`` once (with the CEL C++ runtime,
``cel-expr-python``) and evaluates them on objects, following the API server's semantics:

- a rule applies at its schema node, with ``self`` bound to the value there; a node whose value is
  absent or null is not checked; list items and ``additionalProperties`` values are checked one by one;
- the object is first defaulted from the schema's ``default`` values (nulls of non-nullable fields
  are dropped first), as the API server defaults before it validates;
- ``self`` is typed from the schema: property names that are CEL keywords or contain ``.``, ``-``,
  ``/`` or ``__`` are escaped (``namespace`` -> ``__namespace__``), ``additionalProperties`` maps
  keep their keys, ``number`` fields are doubles, ``date-time``/``date`` strings timestamps, ``byte``
  strings bytes, ``duration`` strings durations, int-or-string values dynamic; at the resource root
  ``metadata`` holds only ``name`` and ``generateName``;
- a failed rule gives ``messageExpression`` (when it evaluates to a non-empty one-line string), else
  ``message``, else ``failed rule: <rule>``, at the node's path extended by ``fieldPath``; ``reason``
  ``FieldValueForbidden``/``Required``/``Duplicate`` is shown before the message; a rule whose
  evaluation fails (no such key, division by zero, no matching overload...) is a problem too;
- transition rules (those reading ``oldSelf``) do not apply on create and are skipped, except with
  ``optionalOldSelf: true``, where ``oldSelf`` is ``optional.none()``;
- a rule that cannot be compiled here, for example because it calls a Kubernetes CEL library
  function this runtime lacks, is *unchecked*: :attr:`CelRules.unchecked` lists it and every
  evaluation reports it in :attr:`CelResult.unchecked`; it is never counted as passed.

Available beyond standard CEL: the strings (``lowerAscii``, ``split``, ``indexOf``, ``format``...),
math (``math.greatest``...), optional and ``cel.bind`` extensions, and the Kubernetes list functions
``isSorted``, ``sum``, ``min``, ``max``. Not available (rules using them are unchecked): the
Kubernetes URL, regex ``find``, quantity, IP/CIDR, semver and ``sets`` libraries. Differences kept
on purpose: no cost budget, and lists of ``x-kubernetes-list-type`` ``set``/``map`` compare in order
(the API server ignores order in ``==`` there).
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cel_expr_python import cel  # type: ignore[import-untyped]
from cel_expr_python.ext import (  # type: ignore[import-untyped]
    ext_bindings,
    ext_math,
    ext_optional,
    ext_strings,
)

PathPart = str | int

# Words CEL reserves, escaped as __word__ when they name a property (Kubernetes escaping rules).
_RESERVED = frozenset({
    "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
    "import", "let", "loop", "package", "namespace", "return", "var", "void", "while"})
_ESCAPABLE = re.compile(r"^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$")
_ESCAPES = re.compile(r"__|\.|-|/")
_ESCAPE_WORDS = {"__": "__underscores__", ".": "__dot__", "-": "__dash__", "/": "__slash__"}
_REASONS = {"FieldValueForbidden": "Forbidden", "FieldValueRequired": "Required",
            "FieldValueDuplicate": "Duplicate value"}
_MAX_MESSAGE_BYTES = 5 * 1024


def escape_property(name: str) -> str | None:
    """The CEL field name of a schema property (``namespace`` -> ``__namespace__``, ``a-b`` -> ``a__dash__b``),
    or None when the name cannot be a CEL field (it is then not visible to rules)."""
    if name in _RESERVED:
        return f"__{name}__"
    if not _ESCAPABLE.match(name):
        return None
    return _ESCAPES.sub(lambda m: _ESCAPE_WORDS[m.group(0)], name)


@dataclass(frozen=True)
class UncheckedRule:
    """A rule this runtime cannot evaluate: where it sits in the schema, its text and why."""

    schema_path: str
    rule: str
    reason: str

    def __str__(self) -> str:
        return f"{self.schema_path}: rule not checked ({self.reason}): {self.rule}"


@dataclass(frozen=True)
class RuleFailure:
    """A rule that failed on an object: the field path and the rule's message."""

    path: tuple[PathPart, ...]
    message: str


@dataclass
class CelResult:
    """What evaluating the rules on one object found: failed rules, and unchecked rules that applied."""

    failures: list[RuleFailure] = field(default_factory=list)
    unchecked: list[tuple[tuple[PathPart, ...], UncheckedRule]] = field(default_factory=list)


# --- the runtime -------------------------------------------------------------------------------


def _list_is_sorted(values: list[Any]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


def _list_sum(values: list[Any]) -> Any:
    if not values:
        return 0
    total = values[0]
    for value in values[1:]:
        total = total + value
    return total


def _list_min(values: list[Any]) -> Any:
    if not values:
        raise ValueError("min called on an empty list")
    return min(values)


def _list_max(values: list[Any]) -> Any:
    if not values:
        raise ValueError("max called on an empty list")
    return max(values)


def _kubernetes_lists() -> list[Any]:
    """The Kubernetes list library functions this module implements (member functions on lists)."""
    functions: list[tuple[str, Any, Callable[[list[Any]], Any]]] = [
        ("isSorted", cel.Type.BOOL, _list_is_sorted), ("sum", cel.Type.DYN, _list_sum),
        ("min", cel.Type.DYN, _list_min), ("max", cel.Type.DYN, _list_max)]
    return [cel.FunctionDecl(name, [cel.Overload(f"list_{name}", result, [cel.Type.List(cel.Type.DYN)],
                                                 is_member=True, impl=impl)])
            for name, result, impl in functions]


@functools.cache
def _envs() -> tuple[Any, Any]:
    """(environment with ``self`` and ``oldSelf``, environment with ``self`` only), built once."""
    extensions = [ext_strings.ExtStrings(), ext_math.ExtMath(), ext_optional.ExtOptional(),
                  ext_bindings.ExtBindings()]
    return tuple(cel.NewEnv(variables=variables, extensions=extensions, functions=_kubernetes_lists())
                 for variables in ({"self": cel.Type.DYN, "oldSelf": cel.Type.DYN}, {"self": cel.Type.DYN}))


class _CompileError(Exception):
    pass


def _compile(env: Any, source: str) -> Any:
    try:
        return env.compile(source)
    except RuntimeError as err:
        raise _CompileError(_first_line(str(err))) from None


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return re.sub(r"^[A-Z_]+: (ERROR: <input>:\d+:\d+: )?", "", line).strip()


# --- compiled rules and schema nodes ------------------------------------------------------------


@dataclass
class _Rule:
    source: dict[str, Any]
    schema_path: str
    program: Any = None
    message_program: Any = None
    field_path: tuple[PathPart, ...] = ()
    transition: bool = False
    unchecked: UncheckedRule | None = None

    @property
    def text(self) -> str:
        return str(self.source.get("rule", "")).strip()

    def error_string(self) -> str:
        """The rule's message, or its text when it has none."""
        return str(self.source.get("message") or "").strip() or self.text

    def default_message(self) -> str:
        message = str(self.source.get("message") or "").strip()
        return message or f"failed rule: {self.text}"


def _parse_field_path(path: str) -> tuple[PathPart, ...]:
    """``.spec.ports['http']`` -> ``("spec", "ports", "http")``."""
    parts: list[PathPart] = []
    for match in re.finditer(r"\.([^.\[\]]+)|\['((?:[^'\\]|\\.)*)'\]", path):
        parts.append(match.group(1) if match.group(1) is not None else
                     re.sub(r"\\(.)", r"\1", match.group(2)))
    return tuple(parts)


class _Node:
    """One structural schema node with its compiled rules."""

    def __init__(self, schema: dict[str, Any], schema_path: str, root: bool = False) -> None:
        self.type: str | None = schema.get("type")
        self.format: str | None = schema.get("format")
        self.nullable: bool = bool(schema.get("nullable"))
        self.int_or_string: bool = bool(schema.get("x-kubernetes-int-or-string"))
        self.root = root
        self.properties: dict[str, _Node] = {
            name: _Node(sub, f"{schema_path}.{name}".lstrip("."))
            for name, sub in (schema.get("properties") or {}).items()}
        self.cel_names = {name: escape_property(name) for name in self.properties}
        self.defaults = {name: sub["default"] for name, sub in (schema.get("properties") or {}).items()
                         if "default" in sub}
        items = schema.get("items")
        self.items = _Node(items, f"{schema_path}[*]") if isinstance(items, dict) else None
        additional = schema.get("additionalProperties")
        self.additional = (_Node(additional, f"{schema_path}[*]") if isinstance(additional, dict)
                           else None)
        self.rules = [_compile_rule(rule, schema_path or "(root)")
                      for rule in schema.get("x-kubernetes-validations") or []]
        self.has_rules = any(not rule.transition for rule in self.rules)
        children = [*self.properties.values(), *(n for n in (self.items, self.additional) if n)]
        self.checks_below: bool = self.has_rules or any(child.checks_below for child in children)

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in [*self.properties.values(), *(n for n in (self.items, self.additional) if n)]:
            yield from child.walk()


def _compile_rule(source: dict[str, Any], schema_path: str) -> _Rule:
    env, env_self_only = _envs()
    rule = _Rule(source, schema_path, field_path=_parse_field_path(str(source.get("fieldPath") or "")))
    try:
        try:
            rule.program = _compile(env_self_only, rule.text)
        except _CompileError as err:
            if "oldSelf" not in str(err):
                raise
            rule.transition = True
            if not source.get("optionalOldSelf"):
                return rule  # evaluated only on update: not applicable to creation
            rule.transition = False
            rule.program = _compile(env, f"cel.bind(oldSelf, optional.none(), {rule.text})")
        if source.get("messageExpression"):
            rule.message_program = _compile(env_self_only, str(source["messageExpression"]))
    except _CompileError as err:
        rule.program = None
        rule.unchecked = UncheckedRule(schema_path, rule.text, str(err))
    return rule


# --- values as the API server hands them to CEL --------------------------------------------------


def _defaulted(value: Any, node: _Node) -> Any:
    """The value with the schema's defaults applied and the nulls of non-nullable fields dropped."""
    if isinstance(value, dict):
        if node.properties:
            out = {}
            for key, item in value.items():
                sub = node.properties.get(key)
                if item is None and sub is not None and not sub.nullable:
                    continue
                out[key] = _defaulted(item, sub) if sub is not None else item
            for key, default in node.defaults.items():
                if key not in out:
                    out[key] = _defaulted(default, node.properties[key])
            return out
        if node.additional is not None:
            return {key: _defaulted(item, node.additional) for key, item in value.items()}
        return value
    if isinstance(value, list) and node.items is not None:
        return [_defaulted(item, node.items) for item in value]
    return value


class _UntypedValueError(Exception):
    """A value CEL would see as a timestamp or duration, which the runtime cannot take as input."""


def _scalar(value: Any, node: _Node) -> Any:
    if node.type == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if node.type != "string" or not isinstance(value, str) or node.int_or_string:
        return value
    if node.format in ("date-time", "date", "duration"):
        raise _UntypedValueError(f"a {node.format} value ({value!r}), which this CEL runtime cannot take as input")
    if node.format == "byte":
        try:
            return base64.b64decode(value, validate=True)
        except (ValueError, binascii.Error):
            return value
    return value


def _to_cel(value: Any, node: _Node) -> Any:
    """A (defaulted) value as CEL sees it at ``node``: escaped property names, typed scalars."""
    if isinstance(value, dict):
        if node.properties:
            out: dict[str, Any] = {}
            for key, item in value.items():
                sub, name = node.properties.get(key), node.cel_names.get(key)
                if sub is None or name is None:
                    continue  # not a declared field, or not addressable from CEL
                if node.root and key == "metadata" and isinstance(item, dict):
                    item = {k: v for k, v in item.items() if k in ("name", "generateName")}
                out[name] = _to_cel(item, sub)
            return out
        if node.additional is not None:
            return {key: _to_cel(item, node.additional) for key, item in value.items()}
        return value
    if isinstance(value, list):
        return [_to_cel(item, node.items) for item in value] if node.items is not None else value
    return _scalar(value, node)


# --- evaluation ------------------------------------------------------------------------------------


def _message(rule: _Rule, activation: Any) -> str:
    if rule.message_program is not None:
        result = rule.message_program.eval(activation)
        if result.type() != cel.Type.ERROR and isinstance(result.value(), str):
            text = str(result.value()).strip()
            if text and "\n" not in text and len(text.encode()) <= _MAX_MESSAGE_BYTES:
                return text
    return rule.default_message()


def _failure(rule: _Rule, activation: Any) -> str | None:
    """None when the rule holds; else the API server's detail for it."""
    result = rule.program.eval(activation)
    kind = result.type()
    if kind == cel.Type.ERROR:
        error = _first_line(str(result.value()))
        if "No matching overload" in error:
            return (f"'{error}': call arguments did not match a supported operator, function or macro "
                    f"signature for rule: {rule.text}")
        return f"{error} evaluating rule: {rule.error_string()}"
    if kind == cel.Type.BOOL and result.value() is True:
        return None
    if kind != cel.Type.BOOL:
        return f"rule must evaluate to a bool, got {kind.name()}: {rule.text}"
    detail = _message(rule, activation)
    reason = _REASONS.get(str(rule.source.get("reason") or ""))
    return f"{reason}: {detail}" if reason else detail


class CelRules:
    """The CEL rules of one CRD version's ``openAPIV3Schema``, compiled once.

    ``unchecked`` lists the rules this runtime cannot evaluate; ``transition_rules`` counts the
    rules skipped because they only apply on update; ``rule_count`` counts them all.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        self._root = _Node(schema, "", root=True)
        rules = [rule for node in self._root.walk() for rule in node.rules]
        self.rule_count: int = len(rules)
        self.transition_rules: int = sum(rule.transition for rule in rules)
        self.unchecked: tuple[UncheckedRule, ...] = tuple(r.unchecked for r in rules if r.unchecked)

    def evaluate(self, obj: dict[str, Any]) -> CelResult:
        """Evaluate every rule that applies to ``obj`` (a whole resource, metadata included)."""
        result = CelResult()
        if self._root.checks_below:
            self._visit(obj, self._root, (), False, result)
        return result

    def _visit(self, value: Any, node: _Node, path: tuple[PathPart, ...], defaulted: bool,
               result: CelResult) -> None:
        if value is None or not node.checks_below:
            return
        if node.has_rules:
            if not defaulted:
                value, defaulted = _defaulted(value, node), True
            self._check(value, node, path, result)
        if isinstance(value, dict):
            if node.properties:
                if not defaulted:  # absent or null fields with defaults get them
                    value = dict(value)
                    for key, default in node.defaults.items():
                        target = node.properties[key]
                        if target.checks_below and value.get(key) is None and not (key in value and target.nullable):
                            value[key] = default
                for key, item in value.items():
                    sub = node.properties.get(key)
                    if sub is not None:
                        self._visit(item, sub, (*path, key), defaulted, result)
            elif node.additional is not None:
                for key, item in value.items():
                    self._visit(item, node.additional, (*path, key), defaulted, result)
        elif isinstance(value, list) and node.items is not None:
            for index, item in enumerate(value):
                self._visit(item, node.items, (*path, index), defaulted, result)

    def _check(self, value: Any, node: _Node, path: tuple[PathPart, ...], result: CelResult) -> None:
        rules = [rule for rule in node.rules if not rule.transition]
        result.unchecked += [(path, rule.unchecked) for rule in rules if rule.unchecked is not None]
        rules = [rule for rule in rules if rule.unchecked is None]
        try:
            activation = _envs()[0].Activation({"self": _to_cel(value, node)})
        except _UntypedValueError as err:
            result.unchecked += [(path, UncheckedRule(rule.schema_path, rule.text, f"self holds {err}"))
                                 for rule in rules]
            return
        for rule in rules:
            detail = _failure(rule, activation)
            if detail is not None:
                result.failures.append(RuleFailure((*path, *rule.field_path), detail))
