"""The package layout: each package imports only packages below it in the pipeline's order.

The order reads top to bottom as a run goes (README, "Layout"): the command line
drives the review web app and the run, the web app shows the run's previews, the
run publishes and drafts, drafts read approved translations, publishing asks the
review rule, everything reads catalogues, checks and the source, and all of it
stands on core.
"""

from __future__ import annotations

import ast
import subprocess
import sys
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


STAGE_MODULES = ["pipeline.publish.build", "pipeline.catalogs.po", "pipeline.drafting.draft", "pipeline.catalogs.extract",
                 "pipeline.publish.picker", "pipeline.review.ledger", "pipeline.publish.stamp", "pipeline.catalogs.update"]


def test_stage_modules_loaded_on_first_use_are_on_their_packages_as_imported_ones_are():
    """pipeline.run.stages defers loading the stage modules; importing one afterwards must work as usual."""
    script = "\n".join([
        "import sys",
        "import pipeline.run.stages",
        "print('jinja2' in sys.modules, 'babel.messages.pofile' in sys.modules)",  # not loaded until used
        *(f"import {name}" for name in STAGE_MODULES),
        *(f"print({name}.__name__, {name}.__file__.endswith('.py'))" for name in STAGE_MODULES),
    ])
    result = subprocess.run([sys.executable, "-c", script], cwd=PACKAGE.parent, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "False False"
    assert lines[1:] == [f"{name} True" for name in STAGE_MODULES]


def test_modules_one_step_needs_are_not_loaded_by_the_run_or_the_build_stage():
    """The worker pool, socket and the PDF module load in the step that uses them (each saves a rerun some ms)."""
    script = (
        "import sys\n"
        "import pipeline.cli.main, pipeline.run.stages, pipeline.core.config, pipeline.core.signing\n"
        "print(sorted(name for name in ('multiprocessing', 'concurrent.futures', 'socket') if name in sys.modules))\n"
        "import pipeline.publish.build\n"
        "print(sorted(name for name in ('pipeline.publish.pdf', 'typst') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=PACKAGE.parent, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "[]"]
