"""Package list for setuptools; everything else is in pyproject.toml.

The library folder, the generated typed imports (``imports/``), the validation schemas (``schemas/``), the
examples and the documentation are installed as ``modelservice_constructs``, ``modelservice_constructs.imports``,
``modelservice_constructs.schemas``, ``modelservice_constructs.examples`` (``python -m
modelservice_constructs.examples.pd_standalone``) and ``modelservice_constructs.docs`` (see
``[tool.setuptools.package-dir]``). Subpackages are found in
each folder, so a new one is packaged without editing a list.
"""

from setuptools import find_packages, setup

ROOTS = {
    "modelservice_constructs": "modelservice_constructs",
    "modelservice_constructs.imports": "imports",
    "modelservice_constructs.schemas": "schemas",
    "modelservice_constructs.examples": "examples",
    "modelservice_constructs.docs": "docs",
}


def packages() -> list[str]:
    """Every package under each root folder, named under its installed root."""
    return [name for root, folder in ROOTS.items()
            for name in [root, *(f"{root}.{sub}" for sub in find_packages(folder))]]


setup(packages=packages())
