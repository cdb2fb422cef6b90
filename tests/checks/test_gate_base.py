"""`leaflets check --base REVISION`: who may approve, judged by the pull request's base too.

pyproject.toml lists who may approve, and a pull request can edit it: listed by the change itself,
a reviewer approves as any other. Judged by the base's list as well, an approval that counts only
under the change's fails the gate; the change to who may approve is merged on its own first.
"""

from __future__ import annotations

import json
import subprocess

from pipeline.catalogs.po import messages, read_catalog, write_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.core.config import Config, load_config
from pipeline.review.ledger import approve_entries, load_ledger
from tests.checks.conftest import invoke
from tests.checks.sentences import GOOD
from tests.conftest import SLUG, translate_all

LEDGER = f"locales/es/LC_MESSAGES/{SLUG}.approvals.json"


def git(config: Config, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Gate", "-c", "user.email=gate@example.org", *args],
                   cwd=config.root, check=True, capture_output=True)


def committed(config: Config) -> None:
    """The project as the base branch has it: what a build makes (dist/) is not in git."""
    git(config, "init", "-q")
    git(config, "add", "source", "locales", "pyproject.toml", "published.json")
    git(config, "commit", "-q", "-m", "base")


def settings_changed(config: Config, old: str, new: str) -> Config:
    path = config.root / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_config(config.root)


def approve_spanish(config: Config, reviewer: str) -> int:
    """Spanish translated and approved by ``reviewer`` (overriding the checks, as a reviewer may), then built."""
    translate_all(config, "es", lambda english: GOOD["es"].get(english, f"[es] {english}"))
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    outcome = approve_entries(catalog, ledger, config, reviewer, list(messages(catalog)),
                              override="checked by the nurse consultant", glossary=load_glossary(config))
    ledger.save()
    write_catalog(path, catalog)
    assert invoke(config, "build").exit_code == 0
    return len(outcome.approved)


def report_of(result) -> dict:
    return json.loads(result.stdout)


def test_a_reviewer_listed_by_the_change_itself_does_not_approve_in_it(gate_project):
    config = gate_project()
    config = settings_changed(config, 'languages = ["es"]', 'languages = ["fa"]')  # mlopez: not Spanish, at base
    committed(config)
    # The pull request: mlopez listed for Spanish, and her approvals of it.
    config = settings_changed(config, 'languages = ["fa"]', 'languages = ["es"]')
    assert approve_spanish(config, "mlopez") == 24
    assert invoke(config, "check").exit_code == 0  # by the change's own list, all is well

    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1, result.output
    report = report_of(result)
    [problem] = report["problems"]
    assert problem["path"] == LEDGER and problem["line"] > 1
    assert problem["message"].startswith("approvals of 24 entries (the first ")
    assert problem["message"].endswith(") by mlopez count only under this change's reviewers or review settings, "
                                       "not HEAD's: merge the change to who may approve on its own first")
    assert {"path": "pyproject.toml", "line": None, "message": (
        "who may approve differs from HEAD: mlopez's languages changed; each approval is also judged by "
        "HEAD's settings, and one that counts only under this change's fails the gate")} in report["notices"]
    spanish = next(s for s in report["languages"] if s["language"] == "es")
    assert not spanish["passes"] and spanish["void_approvals"] == 24

    git(config, "commit", "-q", "-m", "mlopez reviews Spanish", "pyproject.toml")  # merged on its own first
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output
    assert not any(n["message"].startswith("who may approve") for n in report_of(result)["notices"])


def test_signatures_turned_off_by_the_change_do_not_let_its_unsigned_approvals_count(gate_project):
    config = gate_project()
    committed(config)
    config = settings_changed(config, "\n[[tool.leaflets.reviewers]]",
                              "\n[tool.leaflets.review]\nsignatures = false\n\n[[tool.leaflets.reviewers]]")
    assert approve_spanish(config, "jchen") == 24
    assert "signature" not in (config.root / LEDGER).read_text(encoding="utf-8")  # unsigned
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["path"] == LEDGER and " by jchen count only under this change's" in problem["message"]
    notices = [n["message"] for n in report_of(result)["notices"]]
    assert any(n.startswith("who may approve differs from HEAD: [tool.leaflets.review] signatures = false;")
               for n in notices), notices


def test_approvals_signed_under_the_base_s_list_pass(gate_project):
    """The usual pull request: a listed reviewer approves; nothing about who may approve changed."""
    config = gate_project()
    committed(config)
    assert approve_spanish(config, "jchen") == 24
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output
    assert report_of(result)["problems"] == []


def test_editions_dropped_from_the_record_of_addresses_are_noticed(gate_project):
    config = gate_project()
    committed(config)
    record = config.root / "published.json"
    document = json.loads(record.read_text(encoding="utf-8"))
    del document["leaflets"][SLUG]["languages"]["en"]
    record.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert {"path": "published.json", "line": None, "message": (
        f"no longer lists editions HEAD lists ({SLUG} in en): a build from a clean checkout (a deploy) leaves their "
        "addresses unanswered, or showing old text where the site is copied over; restore the lines unless "
        "those addresses are to stop answering")} in report_of(result)["notices"]


def test_a_base_git_cannot_show_is_a_usage_error(gate_project):
    config = gate_project()
    result = invoke(config, "check", "--base", "origin/main")  # not a repository
    assert result.exit_code == 2
    assert "--base origin/main: git knows no such revision here" in " ".join(result.output.split())
    committed(config)
    result = invoke(config, "check", "--base", "origin/main")
    assert result.exit_code == 2
    assert "in CI fetch it first (actions/checkout with fetch-depth: 0)" in " ".join(result.output.split())
