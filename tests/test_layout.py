"""The package layout: each package imports only packages below it in the pipeline's order.

The order reads top to bottom as a run goes (README, "Layout"): the command line
drives the review web app and the run, the web app shows the run's previews, the
run publishes and drafts, drafts read approved translations, publishing asks the
review rule, everything reads catalogues, checks and the source, and all of it
stands on core.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
ORDER = ["cli", "web", "run", "publish", "drafting", "review", "catalogs", "checks", "source", "core"]


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of a pipeline module in ``path``, type-checking imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            found += [(node.lineno, name) for name in names if name.startswith("pipeline.")]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("pipeline.")]
    return found


def _package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ORDER else None


def test_every_module_sits_in_a_package_of_the_order():
    loose = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert loose == []
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(ORDER)


@pytest.mark.parametrize("package", ORDER)
def test_a_package_imports_only_packages_below_it(package):
    rank = ORDER.index(package)
    upward = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for line, module in _imports(path):
            target = _package_of(module)
            if target is not None and ORDER.index(target) < rank:
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line}: imports {module}")
    assert upward == []


@pytest.mark.parametrize("package", ORDER)
def test_each_package_says_what_it_is_for(package):
    docstring = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8")))
    assert docstring and len(docstring.splitlines()) == 1


def test_the_rule_catches_an_upward_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("from pipeline.run.stages import run\nimport pipeline.core.files\n", encoding="utf-8")
    assert [_package_of(name) for _line, name in _imports(module)] == ["run", "run", "core"]
