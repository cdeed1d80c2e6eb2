"""Command line: ``modelservice template RELEASE [-f VALUES]... [--set PATH=VALUE]... [--namespace NS]``."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from typing import NoReturn

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from .errors import ModelServiceError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
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
    return parser


def template(release: str, files: Sequence[str] = (), sets: Sequence[str] = (), namespace: str = "default") -> str:
    """The manifests for Helm values, as multi-document YAML."""
    from cdk8s import App, Chart

    from .values.loader import load_values
    from .values.mapping import ValuesMapper

    values = load_values(files, sets)
    app = App()
    chart = Chart(app, "release")
    ValuesMapper(values, release, namespace).build(chart, "ModelServer")
    return str(app.synth_yaml())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input)."""
    args = _parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            output = template(args.release, args.files, args.sets, args.namespace)
        except ModelServiceError as err:
            for problem in err.problems:
                print(f"error: {problem}", file=sys.stderr)
            return 1
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    sys.stdout.write(output)
    return 0


def run() -> NoReturn:
    """Console-script entry point."""
    raise SystemExit(main())
