"""The one error type raised for bad input, by the constructs and by the Helm-values layer."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Problem:
    """One problem: where it is (a prop name or a values path) and what is wrong there.

    ``code`` names the check for problems the values layer reports as warnings to keep the chart's
    output (``accelerator-requests``, ``reserved-flag``...); empty for the others.
    """

    path: str
    message: str
    code: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ModelServiceError(ValueError):
    """Bad input, named by prop or values path, with the value received and what is allowed.

    ``problems`` holds every problem found; ``str(error)`` gives one line per problem.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, path: str, message: str) -> ModelServiceError:
        """An error with a single problem at ``path``."""
        return cls([Problem(path, message)])

    def rebased(self, prefix: str, new_prefix: str) -> ModelServiceError:
        """The same problems with paths starting with ``prefix`` moved under ``new_prefix``."""
        return ModelServiceError(
            Problem(new_prefix + p.path[len(prefix):], p.message, p.code) if p.path.startswith(prefix) else p
            for p in self.problems)


# What PyYAML raises on malformed input: its own errors, and plain ones for odd tags such as ``!!int``.
YAML_FAILURES = (yaml.YAMLError, ValueError, TypeError, KeyError, IndexError, AttributeError)


def yaml_problem(error: Exception) -> str:
    """A one-line description of a YAML parse error: what is wrong and where."""
    if not isinstance(error, yaml.YAMLError):
        return f"malformed YAML: a value cannot be read ({error!r:.80})"
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"malformed YAML{where}: {problem}"


def nearest(name: str, known: Iterable[str], cutoff: float = 0.6) -> str:
    """`` (did you mean 'x'?)`` for the known name closest to ``name`` (a similarity of at least ``cutoff``), or
    nothing when none is that close. Default ``cutoff``: 0.6 (difflib's)."""
    match = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f" (did you mean {match[0]!r}?)" if match else ""


def show(value: object) -> str:
    """Render a received value for an error message: its repr, shortened; an object without a repr of its own
    (a construct) by its name, if it has one (``'llama'``), else ``<ModelServer>``, never a memory address."""
    if type(value).__repr__ is object.__repr__:
        name = getattr(value, "name", None)
        return repr(name) if isinstance(name, str) else f"<{type(value).__name__}>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class ModelServiceWarning(UserWarning):
    """Input that is accepted but will not work as intended (named by prop or values path)."""
