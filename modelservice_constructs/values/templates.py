"""The template expressions the chart evaluates inside values: ``{{ .Values.x.y }}``, ``{{ .Release.Name }}``
and ``{{ .Release.Namespace }}``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import ModelServiceError

_EXPRESSION = re.compile(r"(\s*){{(-?)\s*(.*?)\s*(-?)}}(\s*)", re.S)


@dataclass(frozen=True)
class Context:
    """What expressions can refer to."""

    values: dict[str, Any]
    release_name: str
    release_namespace: str

    def lookup(self, expression: str, path: str) -> Any:
        """The value of one expression such as ``.Values.modelArtifacts.name``."""
        if expression == ".Release.Name":
            return self.release_name
        if expression == ".Release.Namespace":
            return self.release_namespace
        if expression.startswith(".Values."):
            node: Any = self.values
            for key in expression[len(".Values."):].split("."):
                node = node.get(key) if isinstance(node, dict) else None
            if node is None:
                raise ModelServiceError.at(path, f"{{{{ {expression} }}}} refers to a value that is not set")
            return node
        raise ModelServiceError.at(
            path, f"unsupported template expression {{{{ {expression} }}}}; only .Values.<path>, "
                  ".Release.Name and .Release.Namespace can be used in values")


def _format(value: Any) -> str:
    """Print a value as Go templates do."""
    if value is None:
        return "<no value>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        raise TypeError
    return str(value)


def render_string(text: str, ctx: Context, path: str) -> str:
    """Evaluate the expressions in one string."""
    if "{{" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        lead, trim_left, expression, trim_right, tail = match.groups()
        try:
            value = _format(ctx.lookup(expression, path))
        except TypeError:
            raise ModelServiceError.at(
                path, f"{{{{ {expression} }}}} is a map or list, not a printable value") from None
        return ("" if trim_left else lead) + value + ("" if trim_right else tail)

    rendered = _EXPRESSION.sub(replace, text)
    if "{{" in rendered:
        raise ModelServiceError.at(path, f"unterminated or nested template expression in {text!r}")
    return rendered


def render(value: Any, ctx: Context, path: str) -> Any:
    """Evaluate expressions in every string of a value (maps, lists and scalars)."""
    if isinstance(value, str):
        return render_string(value, ctx, path)
    if isinstance(value, dict):
        return {k: render(v, ctx, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [render(v, ctx, f"{path}[{i}]") for i, v in enumerate(value)]
    return value
