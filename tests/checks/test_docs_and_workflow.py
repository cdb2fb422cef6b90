"""The documentation and the example workflow agree with the code they describe."""

from __future__ import annotations

import re
import subprocess

from pipeline.checks.rules import CHECKS
from tests.checks.conftest import invoke
from tests.conftest import REPO

DOCS = REPO / "docs" / "checks.md"
WORKFLOW = REPO / ".github" / "workflows" / "leaflets.yml"


def test_docs_list_every_check_with_its_severity_and_title():
    text = DOCS.read_text(encoding="utf-8")
    for check in CHECKS.values():
        assert f"| `{check.name}` | {check.severity} | {check.title} |" in text


def test_docs_have_the_exit_status_table():
    text = DOCS.read_text(encoding="utf-8")
    assert "| command | 0 | 1 | 2 |" in text and "| `leaflets check` | the gate passes |" in text


def test_the_workflow_runs_the_gate_on_pull_requests_with_real_options(gate_project):
    """Each command line as GitHub's shell expands it on a pull request to main, in a checkout with origin/main."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^on:\n  pull_request:", text, re.MULTILINE)
    assert re.search(r"^\s+fetch-depth: 0", text, re.MULTILINE)  # the base branch is there to compare with
    config = gate_project()
    git = ["git", "-c", "user.name=CI", "-c", "user.email=ci@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=config.root, check=True)
    subprocess.run([*git, "add", "source", "locales", "pyproject.toml", "published.json"], cwd=config.root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "base"], cwd=config.root, check=True)
    subprocess.run([*git, "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=config.root, check=True)
    commands = []
    for line in re.findall(r"^\s+run: (leaflets .*)$", text, re.MULTILINE):
        expanded = subprocess.run(["bash", "-c", f"printf '%s\\0' {line.split('>')[0].split('||')[0]}"],
                                  env={"GITHUB_BASE_REF": "main", "PATH": "/usr/bin:/bin"},
                                  capture_output=True, text=True, check=True).stdout
        commands.append(expanded.rstrip("\0").split("\0"))
    assert [c[:2] for c in commands] == [["leaflets", "lint"], ["leaflets", "check"], ["leaflets", "check"]]
    assert all(c[-2:] == ["--base", "refs/remotes/origin/main"] for c in commands[1:]), commands
    for command in commands:
        result = invoke(config, *command[1:])
        assert result.exit_code == 0, (command, result.output)
