"""Constructor arguments checked against their signature and type hints before a construct or value type
is built: a misspelt keyword, a missing prop or a value of the wrong type is a ModelServiceError naming the
prop (``DecodePool.replicas``), the type received and the type expected, never a TypeError deep inside.
The arguments of factories (``Autoscaling.keda(...)``) are checked the same way (:func:`checked_factory`).

Props that take Kubernetes JSON also accept the generated typed structs of ``imports/`` (with IDE help);
:func:`checked` turns them into JSON before the constructor runs, so constructors only see JSON.
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from . import plus
from .errors import ModelServiceError, Problem, nearest, show
from .manifests import is_struct, plain
from .objects import discard

T = TypeVar("T", bound=type)
F = TypeVar("F", bound=Callable[..., Any])


class Unset(enum.Enum):
    """The default of a prop whose absence matters (told apart from every value a caller could give, None
    included): ``replicas: int | None | Unset = Unset.UNSET``. Type errors do not mention it."""

    UNSET = "unset"


def checked(cls: T) -> T:
    """Class decorator: every call of ``cls(...)`` first checks its arguments (all problems at once) and
    converts typed Kubernetes structs among them to JSON. A construct whose constructor fails is taken out of
    its scope's tree (:func:`~.objects.discard`): it leaves nothing behind, and its id is free again."""
    init = vars(cls)["__init__"]
    signature = _Signature(init)
    name = cls.__name__

    @functools.wraps(init)
    def checked_init(self: Any, *args: Any, **kwargs: Any) -> None:
        args, kwargs = signature.checked(getattr(self, "prop_root", name), args, kwargs)
        try:
            init(self, *args, **kwargs)
        except BaseException:
            discard(self)
            raise

    cls.__init__ = checked_init  # type: ignore[misc]
    return cls


def checked_factory(prop_root: str) -> Callable[[F], F]:
    """Decorator of a factory (a static method such as ``Autoscaling.keda``): every call first checks its
    arguments as :func:`checked` checks a constructor's, problems named ``<prop_root>.<parameter>``
    (``Autoscaling.metrics``)."""

    def decorate(factory: F) -> F:
        signature = _Signature(factory)

        @functools.wraps(factory)
        def checked_call(*args: Any, **kwargs: Any) -> Any:
            args, kwargs = signature.checked(prop_root, args, kwargs)
            return factory(*args, **kwargs)

        return typing.cast(F, checked_call)

    return decorate


class _Signature:
    """What the checks need of a constructor's signature, read once."""

    def __init__(self, init: Callable[..., None]) -> None:
        self.init = init
        parameters = [p for p in inspect.signature(init).parameters.values() if p.name != "self"]
        self.var_keyword = any(p.kind is p.VAR_KEYWORD for p in parameters)
        self.known = [p.name for p in parameters if p.kind is not p.VAR_KEYWORD]
        self.known_set = frozenset(self.known)
        self.positional = [p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        self.required = [p.name for p in parameters
                         if p.default is p.empty and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]

    def checked(self, name: str, args: tuple[Any, ...],
                kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The arguments, checked (a ModelServiceError with every problem) and with typed structs as JSON."""
        problems: list[Problem] = []
        if not self.var_keyword:
            for key in kwargs:
                if key not in self.known_set:
                    guess = nearest(key, self.known)
                    props = ", ".join(k for k in self.known if k not in ("scope", "id"))
                    problems.append(Problem(f"{name}.{key}", f"unknown prop{guess}; props: {props}"))
        if len(args) > len(self.positional):
            problems.append(Problem(name, f"takes {len(self.positional)} positional arguments "
                                          f"({', '.join(self.positional) or 'none'}), got {len(args)}; "
                                          "pass the others by keyword"))
        if problems:
            raise ModelServiceError(problems)
        bound = dict(zip(self.positional, args, strict=False))
        bound.update(kwargs)
        problems += [Problem(f"{name}.{m}", "is required") for m in self.required if m not in bound]
        hints = _hints(self.init)
        for key, value in bound.items():
            hint = hints.get(key)
            if hint is None or key in ("scope", "id"):
                continue
            if _holds_plus(value):
                value = bound[key] = plus.converted(value, f"{name}.{key}")
            if not _valid(hint)(value):
                problems += _type_problems(value, hint, f"{name}.{key}")
        if problems:
            raise ModelServiceError(problems)
        args = tuple(bound[p] for p in self.positional[:len(args)])
        return tuple(plain(a) for a in args), {k: plain(bound[k]) for k in kwargs}


class _PublicNames(dict[str, Any]):
    """Names of the public API and of the typed structs, looked up only when a hint uses them (so that a
    constructor called while the package is still importing does not import the rest of it)."""

    def __missing__(self, key: str) -> Any:
        import modelservice_constructs as api

        from . import kubernetes

        structs = kubernetes.struct_names()
        if key in structs:
            value = kubernetes.struct_namespace()[key]
        elif key in api.__all__:
            value = getattr(api, key)
        else:
            raise KeyError(key)
        self[key] = value
        return value


@functools.cache
def _hints(init: Callable[..., None]) -> dict[str, Any]:
    """The resolved type hints of a constructor (names of the public API and typed structs in scope)."""
    try:
        return typing.get_type_hints(init, localns=_PublicNames())
    except NameError:  # pragma: no cover - an unresolvable hint is not checked
        return {}


def _holds_plus(value: Any) -> bool:
    """Whether ``value`` is a cdk8s-plus-28 object, or a list holding one."""
    if type(value) in (list, tuple):
        return any(plus.is_plus(v) for v in value)
    return plus.is_plus(value)


def describe(hint: Any) -> str:
    """A type hint in words (``a list of ModelContainer``, ``int or None``)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(describe(a) for a in typing.get_args(hint) if a is not Unset)
    if hint is type(None):
        return "None"
    if origin in (collections.abc.Sequence, list, tuple):
        items = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return f"a list of {describe(items[0])}" if items else "a list"
    if origin in (collections.abc.Mapping, dict):
        return "a map"
    if origin is typing.Literal:
        return " or ".join(repr(a) for a in typing.get_args(hint))
    if hint is Any:
        return "anything"
    return getattr(hint, "__name__", str(hint))


def _received(value: Any) -> str:
    return f"{type(value).__name__} {show(value)}"


def _always(value: Any) -> bool:
    return True


@functools.cache
def _valid(hint: Any) -> Callable[[Any], bool]:
    """A fast test that is true only of values :func:`_type_problems` finds nothing wrong with (the common
    case); a value it rejects is checked in full."""
    origin = typing.get_origin(hint)
    if hint is Any or isinstance(hint, TypeVar):
        return _always
    if origin in (typing.Union, types.UnionType):
        tests = [_valid(a) for a in typing.get_args(hint)]
        return lambda value: any(test(value) for test in tests)
    if hint is type(None) or hint is None:
        return lambda value: value is None
    if origin in (collections.abc.Sequence, list, tuple):
        items = [a for a in typing.get_args(hint) if a is not Ellipsis]
        item_test = _valid(items[0]) if items else _always
        return lambda value: type(value) in (list, tuple) and all(item_test(v) for v in value)
    if origin in (collections.abc.Mapping, dict):
        return lambda value: _matches(value, hint)
    if hint in (int, float):
        return lambda value: type(value) is int or (hint is float and type(value) is float)
    if hint in (str, bool) or (isinstance(hint, type) and origin is None and not issubclass(hint, enum.Enum)):
        return lambda value: type(value) is hint
    return lambda value: False


def _type_problems(value: Any, hint: Any, path: str) -> list[Problem]:
    """Problems of ``value`` against ``hint``: one naming ``path`` and both types, or those of its items."""
    if _matches(value, hint):
        origin = typing.get_origin(hint)
        if origin in (collections.abc.Sequence, list, tuple) and not isinstance(value, (str, bytes)):
            items = [a for a in typing.get_args(hint) if a is not Ellipsis]
            if items:
                return [p for i, item in enumerate(value) for p in _type_problems(item, items[0], f"{path}[{i}]")]
        return []
    return [Problem(path, f"expected {describe(hint)}, got {_received(value)}")]


def _matches(value: Any, hint: Any) -> bool:
    if hint is Any or isinstance(hint, TypeVar):
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, a) and not _type_problems(value, a, "") for a in typing.get_args(hint))
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if hint is type(None) or hint is None:
        return value is None
    if origin in (collections.abc.Sequence, list, tuple):
        return isinstance(value, (list, tuple)) and not isinstance(value, (str, bytes))
    if origin in (collections.abc.Mapping, dict):
        return isinstance(value, collections.abc.Mapping) or is_struct(type(value))
    if origin is not None:
        return isinstance(value, origin)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return isinstance(value, hint)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True
