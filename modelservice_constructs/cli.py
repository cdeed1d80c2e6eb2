"""Command line: ``modelservice template RELEASE [-f VALUES]... [--set PATH=VALUE]... [--namespace NS]``."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import yaml

from .errors import YAML_FAILURES, ModelServiceError, Problem, yaml_problem


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Usage errors exit 1 (not argparse's 2), like every other bad input."""
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(1)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="modelservice", description="llm-d model services as cdk8s constructs.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    template = commands.add_parser(
        "template", help="print the objects the llm-d-modelservice chart renders for Helm values",
        description="Print, as multi-document YAML, the objects `helm template RELEASE llm-d-modelservice` "
                    "renders for the same values files and --set flags.")
    template.add_argument("release", metavar="RELEASE", help="release name")
    template.add_argument("-f", "--values", dest="files", action="append", default=[], metavar="VALUES",
                          help="values file (repeatable, later files win; - reads standard input)")
    template.add_argument("--set", dest="sets", action="append", default=[], metavar="PATH=VALUE",
                          help="set a value, Helm syntax: a.b=1,c[0].d=x (repeatable)")
    template.add_argument("-n", "--namespace", default="default", help="release namespace (default: default)")
    template.add_argument("--validate", action="store_true",
                          help="also check every object against the Kubernetes 1.34 and pinned CRD schemas")
    validate = commands.add_parser(
        "validate", help="check manifests against the Kubernetes 1.34 and pinned CRD schemas",
        description="Check every object of multi-document YAML files (e.g. dist/*.k8s.yaml) against the strict "
                    "Kubernetes 1.34 schemas and the pinned CRD schemas.")
    validate.add_argument("files", nargs="+", metavar="FILE", help="manifest file (- reads standard input)")
    return parser


def _load_manifests(path: str) -> list[dict[str, Any]]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text()
        documents = list(yaml.safe_load_all(text))
    except OSError as err:
        raise ModelServiceError.at(path, f"cannot read the file: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ModelServiceError.at(path, "is not UTF-8 text") from None
    except YAML_FAILURES as err:
        raise ModelServiceError.at(path, yaml_problem(err)) from None
    objects = [d for d in documents if d is not None]
    for i, obj in enumerate(objects):
        if not isinstance(obj, dict):
            raise ModelServiceError.at(f"{path}[{i}]", f"is not a Kubernetes object: {obj!r:.60}")
    return objects


def validate_files(files: Sequence[str]) -> int:
    """Validate manifest files; prints problems (or a summary) and returns the exit status."""
    try:
        objects = [o for path in files for o in _load_manifests(path)]
    except ModelServiceError as err:
        return _report(err.problems)
    problems = _checked(objects)
    if problems:
        return _report(problems)
    print(f"{len(objects)} objects valid", file=sys.stderr)
    return 0


def _checked(objects: list[dict[str, Any]]) -> list[Problem]:
    """The problems of ``objects``; each CEL rule that could not be evaluated is printed as a warning line."""
    from .validation import check_objects

    report = check_objects(objects)
    for unchecked in report.unchecked:
        print(f"warning: {unchecked}", file=sys.stderr)
    return report.problems


def _report(problems: Iterable[Problem]) -> int:
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1


def template(release: str, files: Sequence[str] = (), sets: Sequence[str] = (), namespace: str = "default") -> str:
    """The manifests for Helm values, as multi-document YAML."""
    from cdk8s import App, Chart

    from .app import validation_problems
    from .values.loader import load_values
    from .values.mapping import ValuesMapper

    values = load_values(files, sets)
    app = App()
    chart = Chart(app, "release")
    ValuesMapper(values, release, namespace).build(chart, "ModelServer")
    try:
        return str(app.synth_yaml())
    except RuntimeError as err:  # a cross-object check failed at synth
        problems = validation_problems(err)
        if problems is None:
            raise
        raise ModelServiceError(problems) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input)."""
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return validate_files(args.files)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            output = template(args.release, args.files, args.sets, args.namespace)
        except ModelServiceError as err:
            return _report(err.problems)
    if args.validate:
        problems = _checked([o for o in yaml.safe_load_all(output) if o])
        if problems:
            return _report(problems)
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    sys.stdout.write(output)
    return 0


def run() -> NoReturn:
    """Console-script entry point."""
    raise SystemExit(main())
