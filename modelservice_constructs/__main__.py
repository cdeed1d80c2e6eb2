"""``python -m modelservice_constructs template ...``."""

from .cli import run

run()
