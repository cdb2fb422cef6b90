"""The documentation and the example workflow agree with the code they describe."""

from __future__ import annotations

import re
import shlex

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
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^on:\n  pull_request:", text, re.MULTILINE)
    commands = [shlex.split(line.split(">")[0].split("||")[0])
                for line in re.findall(r"^\s+run: (leaflets .*)$", text, re.MULTILINE)]
    assert [c[:2] for c in commands] == [["leaflets", "lint"], ["leaflets", "check"], ["leaflets", "check"]]
    config = gate_project()
    for command in commands:
        result = invoke(config, *command[1:])
        assert result.exit_code == 0, (command, result.output)
