"""`leaflets check --base REVISION`: who may approve, judged by the pull request's base too.

pyproject.toml lists who may approve, and a pull request can edit it: listed by the change itself,
a reviewer approves as any other. Judged by the base's list as well, an approval that counts only
under the change's fails the gate; the change to who may approve is merged on its own first.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from babel.messages.catalog import Message

from pipeline.catalogs.po import key_of, messages, read_catalog, translation_of, write_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.core.config import Config, load_config
from pipeline.core.signing import FileSigner, find_signer, sign
from pipeline.review.ledger import (
    approve_entries,
    current_key,
    edit_entry,
    findings_of,
    load_ledger,
    reject_entry,
    sha256,
    statement,
)
from tests.checks.conftest import invoke, set_translation
from tests.checks.sentences import GOOD
from tests.conftest import SLUG, make_key, translate_all

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
    assert problem["message"].endswith(") by mlopez count only under this change's reviewers, review settings or "
                                       "glossary, not HEAD's: merge the change to them on its own first")
    assert {"path": "pyproject.toml", "line": None, "message": (
        "who may approve differs from HEAD: mlopez's languages changed; each approval is also judged by "
        "HEAD's settings, and one that counts only under this change's fails the gate")} in report["notices"]
    spanish = next(s for s in report["languages"] if s["language"] == "es")
    assert not spanish["passes"] and spanish["void_approvals"] == 24

    git(config, "commit", "-q", "-m", "mlopez reviews Spanish", "pyproject.toml")  # merged on its own first
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output
    assert not any(n["message"].startswith("who may approve") for n in report_of(result)["notices"])


def test_a_reviewer_s_name_or_role_changed_is_a_notice_since_every_edition_prints_it(gate_project):
    """Not who may approve, but the credit patients read ("revisado por …"): changed with no word from the gate,
    a name could carry words no clinician approved."""
    config = gate_project()
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    config = settings_changed(config, 'name = "Dr J. Chen"', 'name = "Dr J. Chen, tome tres comprimidos"')
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output  # the approvals still count: a notice, not a failure
    assert {"path": "pyproject.toml", "line": None, "message": (
        "the name or role of jchen differs from HEAD: every edition they approved prints it, untranslated, as the "
        "clinician who checked it (\"reviewed by …\"); read it as the words of a page")} in report_of(result)["notices"]
    assert not any(n["message"].startswith("who may approve") for n in report_of(result)["notices"])


def test_approved_shares_lowered_by_the_change_are_a_notice(gate_project):
    """A one-line change to publish pages partly in English, or let a language pass with fewer approved, is named."""
    config = gate_project("publish_threshold = 1.0\n\n[tool.leaflets.thresholds]\ndefault = 0.5\nes = 1.0\n")
    committed(config)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert not any(n["message"].startswith("lowers") for n in report_of(result)["notices"])

    config = settings_changed(config, "publish_threshold = 1.0", "publish_threshold = 0.6")
    config = settings_changed(config, "es = 1.0", "es = 0.25")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert {"path": "pyproject.toml", "line": None, "message": (
        "lowers the approved share asked for, from HEAD's: publish_threshold from 1 to 0.6, es's threshold from 1 "
        "to 0.25; a page may then publish with blocks in English, or a language pass with fewer approved")} \
        in report_of(result)["notices"]

    git(config, "commit", "-q", "-am", "lower")  # raised again by the next change: nothing to say
    config = settings_changed(config, "default = 0.5", "default = 0.75")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert not any(n["message"].startswith("lowers") for n in report_of(result)["notices"])


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


def reject_how_long(config: Config, filed_under: str | None = None) -> str:
    """mlopez rejects the Spanish of "How long …" (filed under ``filed_under`` when given, as under a ``#|``);
    the entry's key."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    message = next(m for m in messages(catalog) if m.id.startswith("How long"))
    reject_entry(catalog, ledger, config, "mlopez", message, "the hours are wrong")
    if filed_under is not None:
        ledger.rejections[filed_under] = ledger.rejections.pop(key_of(message))
    ledger.save()
    write_catalog(path, catalog)
    return key_of(message)


def rejected_at_base(config: Config, filed_under: str | None = None) -> dict[Path, bytes]:
    """Spanish approved by jchen, then one entry ("How long …") rejected by mlopez, committed as the base;
    the ledger and catalogue as they were before the rejection (what a change would bring back), by path.
    ``filed_under``: the key the rejection is filed under (as under a ``#|``), when not the entry's own."""
    assert approve_spanish(config, "jchen") == 24
    before = {path: path.read_bytes() for path in (config.root / LEDGER, config.po_path("es", SLUG))}
    reject_how_long(config, filed_under)
    committed(config)
    return before


def test_approvals_brought_back_from_before_a_rejection_fail(gate_project, monkeypatch):
    """A signature stays valid however old: restoring last month's ledger and catalogue undoes a clinician's
    rejection without any key. Only the base's ledger tells: the approval is older than its rejection."""
    config = gate_project()
    at_time(monkeypatch, 1)
    for path, data in rejected_at_base(config).items():  # the pull request: both files as before the rejection
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    dropped, problem = report_of(result)["problems"]
    assert dropped["path"] == LEDGER and dropped["message"].startswith("the rejection of 'How long") \
        and "is gone in this change without an approval of the words it set aside" in dropped["message"]
    assert problem["path"] == LEDGER
    assert problem["message"].startswith("approval of 'How long")
    assert problem["message"].endswith(" by jchen is older than HEAD's rejection or edit of the entry: this change "
                                       "brings back words a reviewer set aside; ask jchen to approve it again if "
                                       "the words are right (leaflets review approve --again)")
    said = invoke(config, "check", "--base", "HEAD").output  # the table's summary says why, not "its signature"
    assert "approval that does not count (set aside in the base)" in said, said
    assert invoke(config, "check", "--format", "json").exit_code == 0  # the ledger alone cannot tell
    # What the message asks: the reviewer reads the words and approves them anew, now, with the current key.
    assert invoke(config, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "How long").exit_code != 0
    at_time(monkeypatch, 2)
    approved = invoke(config, "review", "approve", "--yes", "--lang", "es", "--reviewer", "jchen", "--again", "How long",
                      "--override", "checked by the nurse consultant")
    assert approved.exit_code == 0, approved.output
    assert "1 entry approved by jchen" in approved.output
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]


def test_a_rejection_dropped_while_its_entry_is_fuzzy_fails_the_change_that_drops_it(gate_project, monkeypatch):
    """Split in two pull requests, rejected words came back unjudged: the first restored the ledger while the
    entry was still fuzzy (nothing approved, so nothing compared), the second cleared the flag against a base
    that no longer held the rejection. The first is where it fails: the rejection is gone, and the approval it
    brings back is older than it, fuzzy or not."""
    config = gate_project()
    at_time(monkeypatch, 1)
    before = rejected_at_base(config)
    (config.root / LEDGER).write_bytes(before[config.root / LEDGER])  # the ledger only: the PO stays fuzzy
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    messages = [p["message"] for p in report_of(result)["problems"]]
    assert any(m.startswith("the rejection of 'How long") and "by mlopez" in m and "is gone in this change" in m
               for m in messages), messages
    assert any(m.startswith("approval of 'How long") and "older than HEAD's rejection or edit" in m
               for m in messages), messages
    assert invoke(config, "check", "--format", "json").exit_code == 0  # the ledger alone cannot tell


def test_an_edit_dropped_from_the_ledger_fails_the_change_that_drops_it(gate_project, monkeypatch):
    """On its own: a later change then having its editor approve the words would find no edit in its base."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    edit_how_long(config, "mlopez")
    committed(config)
    document = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    document["edits"] = {}
    (config.root / LEDGER).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["path"] == LEDGER and problem["message"].startswith("the edit of 'How long")
    assert " by mlopez (" in problem["message"] and "is gone in this change" in problem["message"]


@pytest.mark.parametrize("section", ["edits", "rejections"])
def test_a_record_replaced_by_a_later_unsigned_one_counts_as_dropped(gate_project, monkeypatch, section):
    """A successor takes over from the record it replaces only when a listed reviewer signed it (an edit also
    carrying the one it replaced): else a change swaps mlopez's signed edit for a later unsigned one naming
    someone else, and a second change has mlopez approve her own words, her edit nowhere."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    if section == "edits":
        edit_how_long(config, "mlopez")
    else:
        reject_how_long(config)
    committed(config)
    document = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    key, record = next(iter(document[section].items()))
    stamp = "edited_at" if section == "edits" else "rejected_at"
    forged = {**record, stamp: "2026-11-30T00:00:00+00:00", "signature": "",
              ("editor" if section == "edits" else "reviewer"): "jchen"}
    forged.pop("earlier", None)
    document[section][key] = forged
    (config.root / LEDGER).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any("by mlopez" in p["message"] and "is gone in this change" in p["message"]
               for p in report_of(result)["problems"]), report_of(result)["problems"]


@pytest.mark.parametrize(("day", "forgets", "gone"), [
    (2, False, False),  # the tools' own: jchen's edit carries mlopez's
    (0, False, False),  # the same from a laptop whose clock is a day behind: what it carries tells, not its date
    (2, True, True),  # signed, but made after the ledger forgot mlopez's edit: it carries nothing
])
def test_an_edit_replaced_by_a_later_signed_edit_is_judged_by_its_successor(gate_project, monkeypatch, day,
                                                                            forgets, gone):
    """jchen edits words mlopez edited before, in the review tools: the new edit carries hers, and passes."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    edit_how_long(config, "mlopez")
    committed(config)
    at_time(monkeypatch, day)
    path = config.po_path("es", SLUG)
    catalog, ledger = read_catalog(path), load_ledger(config, "es", SLUG)
    if forgets:
        ledger.edits.clear()
    message = next(m for m in messages(catalog) if m.id.startswith("How long"))
    assert edit_entry(catalog, ledger, config, "jchen", message, "¿Cuánto dura el bloqueo?")
    ledger.save()
    write_catalog(path, catalog)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    dropped = [p for p in report_of(result)["problems"] if "is gone in this change" in p["message"]]
    assert bool(dropped) == gone, result.output
    assert not dropped or dropped[0]["message"].startswith("the edit of 'How long does the Block Take?' by mlopez")


def test_an_old_key_signs_nothing_new_whatever_date_the_approval_gives(gate_project, tmp_path):
    """A key retired (a laptop stolen) stays listed under old_keys for the approvals it signed before its
    until; one who holds it could sign new approvals dated before that day. New in a change, they fail."""
    stolen = make_key(tmp_path, "stolen")
    config = gate_project()
    text = (config.root / "pyproject.toml").read_text(encoding="utf-8")
    at = text.index("\n", text.index('key = "', text.index('id = "jchen"')))
    old_key = stolen.with_suffix(".pub").read_text(encoding="utf-8").strip()
    text = text[:at] + f'\nold_keys = [{{key = "{old_key}", until = 2026-01-01}}]' + text[at:]
    (config.root / "pyproject.toml").write_text(text, encoding="utf-8")
    config = load_config(config.root)
    committed(config)
    assert approve_spanish(config, "jchen") == 24
    ledger = load_ledger(config, "es", SLUG)
    thief = FileSigner.load(stolen)
    for key, record in list(ledger.approvals.items()):
        record = replace(record, batch="", signature="", approved_at="2025-12-31T09:00:00+00:00")
        ledger.approvals[key] = replace(record, signature=sign(statement(ledger, key, record), thief))
    ledger.batches.clear()
    ledger.save()
    assert invoke(config, "check", "--format", "json").exit_code == 0  # valid: before the key's until
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["message"].startswith("approvals of 24 entries (the first ")
    assert problem["message"].endswith(" by jchen are new in this change but signed with an old key of jchen's: an "
                                       "old key signs nothing new; ask jchen to approve them again if the words "
                                       "are right (leaflets review approve --again)")


def committed_with_glossary(config: Config, monkeypatch, magnesium: str) -> None:
    """Spanish approved by jchen, then a glossary naming Spanish's word for magnesium, committed as the base."""
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    (config.root / "glossary.toml").write_text(
        f'[[term]]\nenglish = "magnesium"\ndrug = true\ntranslations = {{ es = "{magnesium}" }}\n', encoding="utf-8")
    git(config, "init", "-q")
    git(config, "add", "source", "locales", "pyproject.toml", "published.json", "glossary.toml")
    git(config, "commit", "-q", "-m", "base")


def test_a_glossary_changed_to_publish_approvals_the_base_holds_says_so_and_new_ones_relying_on_it_fail(
        gate_project, monkeypatch):
    """The base's glossary gives Spanish's word for a drug; approvals giving another fail its check. A change
    to the glossary alone (a term corrected, or dropped) that lets them count passes, with a notice that it
    publishes them: the glossary is reviewed as the code is. An approval the change brings that counts only
    under its glossary fails: the glossary change is merged on its own first."""
    config = gate_project()
    committed_with_glossary(config, monkeypatch, "zzmagnesio")
    assert invoke(config, "check", "--base", "HEAD").exit_code == 1  # the base's own words fail its glossary
    (config.root / "glossary.toml").write_text("", encoding="utf-8")  # the change: the term dropped
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]
    said = [n["message"] for n in report_of(result)["notices"] if n["path"] == LEDGER]
    assert said and all(" by jchen count only under this change's reviewers, review settings or glossary, as HEAD "
                        "holds them: merged, this change publishes them" in n for n in said), said
    at_time(monkeypatch, 2)  # and in the same change, an approval that relies on it
    approve_entry(config, "mlopez", "A magnesium solution", "Una solución de magnesio se infunde con una bomba.")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert [p for p in report_of(result)["problems"] if p["message"].startswith("approval of 'A magnesium")
            and " by mlopez counts only under this change's reviewers, review settings or glossary, not HEAD's"
            in p["message"]], report_of(result)["problems"]


def test_an_approval_filed_under_the_previous_english_is_judged_without_a_traceback(gate_project):
    """msgmerge files an entry's records under its previous English (#|) until it is approved again."""
    config = settings_changed(gate_project(), 'languages = ["es"]', 'languages = ["fa"]')
    committed(config)
    config = settings_changed(config, 'languages = ["fa"]', 'languages = ["es"]')  # mlopez: Spanish, in the change
    assert approve_spanish(config, "mlopez") == 24
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    message = next(m for m in messages(catalog) if m.id.startswith("How long"))
    earlier = "How long did it take?"
    record = replace(ledger.approvals.pop(key_of(message)), batch="", signature="")
    signer = find_signer("mlopez", current_key(config.reviewer("mlopez")))
    ledger.approvals[earlier] = replace(record, signature=sign(statement(ledger, key_of(message), record), signer))
    ledger.save()
    message.previous_id = [earlier]
    write_catalog(path, catalog)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    messages_said = [p["message"] for p in report_of(result)["problems"]]
    assert any(m.startswith("approvals of 24 entries") and " by mlopez count only under" in m for m in messages_said)


def test_a_glossary_renamed_by_the_change_is_read_from_the_base_under_its_old_name(gate_project):
    """The base's settings name the base's files: its glossary is read from the base, not looked for here."""
    config = gate_project()
    (config.root / "glossary.toml").write_text(
        '[[term]]\nenglish = "magnesium"\ndrug = true\ntranslations = { es = "magnesio" }\n', encoding="utf-8")
    config = settings_changed(config, "[tool.leaflets]\n", '[tool.leaflets]\nglossary = "glossary.toml"\n')
    git(config, "init", "-q")
    git(config, "add", "source", "locales", "pyproject.toml", "published.json", "glossary.toml")
    git(config, "commit", "-q", "-m", "base")
    (config.root / "glossary.toml").rename(config.root / "terms.toml")
    settings_changed(config, 'glossary = "glossary.toml"', 'glossary = "terms.toml"')
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.output


def test_ledgers_moved_to_another_locales_dir_are_judged_by_the_base_s_own(gate_project):
    """The base's ledgers are found where the base's settings put them: a change that moves locales_dir and
    brings back a ledger from before a rejection must not find no base ledger, and no rejection, to compare."""
    config = gate_project()
    approved = {path.relative_to(config.root): data for path, data in rejected_at_base(config).items()}
    (config.root / "locales").rename(config.root / "catalogues")  # the change: moved, then restored
    config = settings_changed(config, "[tool.leaflets]\n", '[tool.leaflets]\nlocales_dir = "catalogues"\n')
    for path, data in approved.items():
        (config.root / "catalogues" / path.relative_to("locales")).write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any("is older than HEAD's rejection or edit of the entry" in p["message"]
               for p in report_of(result)["problems"]), report_of(result)["problems"]


def test_a_rejection_filed_under_the_previous_english_still_sets_its_words_aside(gate_project):
    """A rejection made while the entry had a #| is filed under the previous English; the change can drop the #|
    from its catalogue. A rejection of these very words counts under any key."""
    config = gate_project()
    for path, data in rejected_at_base(config, filed_under="How long did it take?").items():
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any("is older than HEAD's rejection or edit of the entry" in p["message"]
               for p in report_of(result)["problems"])


DAY = 86_400


def at_time(monkeypatch, day: int) -> None:
    """The project's clock (SOURCE_DATE_EPOCH) on the given day of 2026-11: records made now carry it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1_793_491_200 + day * DAY))


def approve_entry(config: Config, reviewer: str, starts: str, words: str | None = None) -> None:
    """One entry's words changed (as in a PO editor) when ``words`` is given, then approved by ``reviewer``."""
    if words is not None:
        set_translation(config, "es", starts, words)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    message = next(m for m in messages(catalog) if m.id.startswith(starts))
    assert approve_entries(catalog, ledger, config, reviewer, [message], override="checked by the nurse consultant",
                           glossary=load_glossary(config)).approved
    ledger.save()
    write_catalog(path, catalog)


def test_an_approval_from_the_base_s_history_it_no_longer_holds_fails(gate_project, monkeypatch):
    """Approved, rejected, the words corrected and approved again, each step committed: the rejection is gone
    from the ledger (an approval replaces it). A change that brings back the first files brings back words a
    clinician rejected; the base's history, and its own newer approval, say so."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    first = {path: path.read_bytes() for path in (config.root / LEDGER, config.po_path("es", SLUG))}
    at_time(monkeypatch, 2)
    reject_how_long(config)
    git(config, "commit", "-q", "-am", "rejected")
    at_time(monkeypatch, 3)
    approve_entry(config, "mlopez", "How long", "¿Cuánto tiempo dura el bloqueo? (corregido)")
    git(config, "commit", "-q", "-am", "corrected and approved")
    assert invoke(config, "check", "--base", "HEAD").exit_code == 0
    for path, data in first.items():  # the change: the files as the first commit had them
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    problems = report_of(result)["problems"]
    [problem] = [p for p in problems if p["message"].startswith("approval of")]
    assert [p for p in problems if p is not problem and "in HEAD's ledger is gone in this change" in p["message"]]
    assert problem["message"].startswith("approval of 'How long")
    assert problem["message"].endswith(
        " by jchen was set aside in HEAD (no longer in its ledger, or older than its own approval of other words: "
        "rejected, edited or approved anew since): this change brings it back; ask jchen to approve it again if "
        "the words are right (leaflets review approve --again)")


def test_an_approval_the_base_itself_holds_but_a_later_rejection_voids_stays_void(gate_project, monkeypatch):
    """Two pull requests merged cleanly, one approving and one rejecting the same words, leave both records:
    the base does not publish them. A change that deletes the rejection keeps the approval as it was."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    approved = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    at_time(monkeypatch, 2)
    approving_side = config.po_path("es", SLUG).read_bytes()
    key = reject_how_long(config)
    config.po_path("es", SLUG).write_bytes(approving_side)  # the catalogue: the approving side's, not fuzzy
    merged = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    merged["approvals"][key] = approved["approvals"][key]  # both sides of the merge
    merged.setdefault("batches", {}).update(approved.get("batches", {}))
    (config.root / LEDGER).write_text(json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    committed(config)
    del merged["rejections"][key]
    (config.root / LEDGER).write_text(json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any("is older than HEAD's rejection or edit of the entry" in p["message"]
               for p in report_of(result)["problems"]), report_of(result)["problems"]


def test_files_brought_back_from_before_an_english_change_fail_by_the_base_s_history(gate_project, monkeypatch):
    """Approved; rejected; corrected and approved again; then the English changed and its new words approved:
    the ledger keeps nothing filed under the old English. A change that checks out the first commit's English
    and catalogues (a revert) brings back the rejected words: only the base's history remembers them."""
    from pipeline.run import stages

    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    first = {path: path.read_bytes() for folder in ("locales", "source")
             for path in (config.root / folder).rglob("*") if path.is_file()}
    at_time(monkeypatch, 2)
    reject_how_long(config)
    approve_entry(config, "mlopez", "How long", "¿Cuánto tiempo dura el bloqueo? (corregido)")
    git(config, "commit", "-q", "-am", "rejected, corrected, approved")
    at_time(monkeypatch, 3)
    source = config.source_path(SLUG)
    source.write_text(source.read_text(encoding="utf-8").replace("How long does the Block Take?",
                                                                 "How long does the Block Last?"), encoding="utf-8")
    stages.run(load_config(config.root))
    approve_entry(config, "mlopez", "How long", "¿Cuánto dura el bloqueo?")
    git(config, "add", "-A", "source", "locales", "published.json")
    git(config, "commit", "-q", "-m", "English changed, approved")
    assert not [key for key in load_ledger(config, "es", SLUG).approvals if key.endswith("Take?")]
    for path, data in first.items():  # the change: git checkout <first commit> -- locales source
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any(p["message"].startswith("approval of 'How long does the Block Take?' by jchen was set aside in HEAD")
               for p in report_of(result)["problems"]), report_of(result)["problems"]


# -- ordinary pull requests pass ------------------------------------------------------------


def edit_how_long(config: Config, reviewer: str, and_approve: bool = False) -> Message:
    """``reviewer`` edits the Spanish of "How long …" in the review tools (and approves the new words)."""
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    message = next(m for m in messages(catalog) if m.id.startswith("How long"))
    assert edit_entry(catalog, ledger, config, reviewer, message, "¿Cuánto tiempo dura el bloqueo?")
    if and_approve:
        assert approve_entries(catalog, ledger, config, reviewer, [message], override="checked by the nurse consultant",
                               glossary=load_glossary(config)).approved
    ledger.save()
    write_catalog(path, catalog)
    return message


def test_an_edit_approved_in_the_same_second_is_not_set_aside_by_itself(gate_project, monkeypatch):
    """The review page's "save and approve" (with approve_own_edits) records the edit and the approval in the
    same second: the edit wrote these very words, and sets nothing of them aside."""
    config = settings_changed(gate_project(), "\n[[tool.leaflets.reviewers]]",
                              "\n[tool.leaflets.review]\napprove_own_edits = true\n\n[[tool.leaflets.reviewers]]")
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    edit_how_long(config, "mlopez", and_approve=True)
    committed(config)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")  # a pull request changing nothing
    assert result.exit_code == 0, report_of(result)["problems"]


def test_the_same_words_approved_on_both_sides_of_a_merge_pass(gate_project, monkeypatch):
    """Two reviewers approve the same words in two pull requests; the second, after merging main, keeps its own
    (older) record: it is no approval the base set aside, which would be of other words."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    theirs = (config.root / LEDGER).read_bytes()
    at_time(monkeypatch, 2)
    approve_entry(config, "mlopez", "How long", "¿Cuánto tiempo dura el bloqueo?")
    git(config, "commit", "-q", "-am", "the other pull request, merged first")
    mine = json.loads(theirs)
    ledger = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    key = next(k for k in ledger["approvals"] if k.startswith("How long"))
    at_time(monkeypatch, 1)  # this pull request's reviewer approved the same words earlier
    (config.root / LEDGER).write_bytes(theirs)
    approve_entry(config, "jchen", "How long", "¿Cuánto tiempo dura el bloqueo?")
    mine = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    assert mine["approvals"][key]["approved_at"] < ledger["approvals"][key]["approved_at"]
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]


def test_a_deleted_leaflet_brought_back_is_no_approval_set_aside(gate_project):
    """Its ledgers' last versions, before the deletion, held these very approvals."""
    config = gate_project()
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    git(config, "rm", "-q", "-r", "source", "locales")
    git(config, "commit", "-q", "-m", "leaflet deleted")
    git(config, "checkout", "HEAD~1", "--", "source", "locales")  # the pull request: brought back
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert not [p for p in report_of(result)["problems"] if p["path"] == LEDGER], report_of(result)["problems"]


def test_a_pull_request_mending_a_ledger_the_base_cannot_read_passes(gate_project):
    """Conflict markers committed on main: the pull request that mends the ledger cannot be judged by it."""
    config = gate_project()
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    mended = (config.root / LEDGER).read_bytes()
    (config.root / LEDGER).write_bytes(b"<<<<<<< HEAD\n" + mended)
    git(config, "commit", "-q", "-am", "a merge gone wrong")
    (config.root / LEDGER).write_bytes(mended)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]
    assert [n for n in report_of(result)["notices"] if n["path"] == LEDGER
            and n["message"].startswith("as HEAD has it, it cannot be read (approval ledger: an unresolved merge conflict")]


# -- found by probing the gate: each once passed ------------------------------------------------


def test_base_settings_made_unreadable_by_a_link_in_the_change_fail_closed(gate_project):
    """The change points its own output_dir elsewhere and commits a link where the base's was, leading out of
    the project: the base's settings are read as written, and what cannot be read judges no approval good."""
    config = settings_changed(gate_project(), 'languages = ["es"]', 'languages = ["fa"]')  # mlopez: not Spanish
    committed(config)
    config = settings_changed(config, 'languages = ["fa"]', 'languages = ["es"]')
    assert approve_spanish(config, "mlopez") == 24
    config = settings_changed(config, "[tool.leaflets]\n", '[tool.leaflets]\noutput_dir = "site"\n')
    shutil.rmtree(config.root / "dist")
    os.symlink("/nonexistent-outside", config.root / "dist")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any(" by mlopez count only under this change's reviewers" in p["message"]
               for p in report_of(result)["problems"]), report_of(result)["problems"]


def test_a_glossary_replaced_by_a_link_out_of_the_repository_is_still_the_base_s(gate_project, monkeypatch):
    """Whether the base's glossary is kept outside the repository is read from its setting as written."""
    config = gate_project()
    committed_with_glossary(config, monkeypatch, "magnesio")
    at_time(monkeypatch, 2)  # the change: the glossary a link leading out, then a drug swapped and approved
    (config.root / "glossary.toml").unlink()
    os.symlink("/nonexistent-outside/glossary.toml", config.root / "glossary.toml")
    approve_entry(config, "mlopez", "A magnesium solution", "Una solución de potasio se infunde con una bomba.")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any(p["message"].startswith("approval of 'A magnesium") for p in report_of(result)["problems"])


def test_an_approval_made_and_reverted_on_a_branch_git_s_history_simplifies_away_is_found(gate_project,
                                                                                          monkeypatch):
    """An approval reverted on main while a side branch touched the catalogues, merged after: git's default
    history skips the commits that came to nothing. Every commit is read."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    committed(config)
    main = subprocess.run(["git", "branch", "--show-current"], cwd=config.root, capture_output=True,
                          text=True, check=True).stdout.strip()
    git(config, "branch", "side")
    at_time(monkeypatch, 2)
    approve_entry(config, "mlopez", "How long", "¿Cuánto tiempo dura? (palabras rechazadas)")
    git(config, "commit", "-q", "-am", "mlopez approves new words")
    brought = {path: path.read_bytes() for path in (config.root / LEDGER, config.po_path("es", SLUG))}
    git(config, "revert", "--no-edit", "HEAD")
    git(config, "checkout", "-q", "side")
    path = config.po_path("ar", SLUG)
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(config, "commit", "-q", "-am", "side: the Arabic catalogue")
    git(config, "checkout", "-q", main)
    git(config, "merge", "-q", "--no-ff", "--no-edit", "side")
    for path, data in brought.items():
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert any(p["path"] == LEDGER and " was set aside in HEAD" in p["message"] for p in report_of(result)["problems"])


def test_an_approval_the_base_holds_but_never_trusted_does_not_count_when_the_change_turns_signatures_off(
        gate_project, monkeypatch):
    """The notice for approvals a settings change publishes is for those the base trusts (its reviewer, key and
    rules) and only its glossary held back; an unsigned one anyone could have written fails."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    set_translation(config, "es", "How long", "¿Cuánto tiempo? (palabras de nadie)")
    document = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    message = next(m for m in messages(read_catalog(config.po_path("es", SLUG))) if m.id.startswith("How long"))
    record = document["approvals"][key_of(message)]
    for name in ("batch", "signature", "overridden_findings", "checks"):
        record.pop(name, None)
    record["translation_sha256"] = sha256(translation_of(message))
    record["override"], record["overridden"] = "checked", sorted({f.check for f in findings_of(message, "es")})
    (config.root / LEDGER).write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    committed(config)
    settings_changed(config, "\n[[tool.leaflets.reviewers]]",
                     "\n[tool.leaflets.review]\nsignatures = false\n\n[[tool.leaflets.reviewers]]")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any(p["message"].startswith("approval of 'How long") and " count" in p["message"]
               for p in report_of(result)["problems"]), report_of(result)["problems"]


def test_a_ledger_moved_behind_a_link_is_refused_and_its_rejections_still_count(gate_project, monkeypatch):
    """A change that moves a ledger behind a link leaves git only the link: the gate could not read the
    rejections in it, nor its history, and a later change restoring approvals from before a rejection passed.
    The link is refused in the change itself; a base that already holds one is read through it."""
    config = gate_project()
    at_time(monkeypatch, 1)
    before = rejected_at_base(config)
    ledger = config.root / LEDGER
    (config.root / "ledgers").mkdir()
    os.replace(ledger, config.root / "ledgers" / "es.approvals.json")
    ledger.symlink_to(os.path.relpath(config.root / "ledgers" / "es.approvals.json", ledger.parent))

    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    assert [(p["path"], p["message"]) for p in report_of(result)["problems"]] == [(LEDGER, (
        "approval ledger is reached through a symbolic link (the file, or a folder on its way): git keeps the link, "
        "not the approvals, and the gate cannot follow their history; put the file itself here"))]
    built = invoke(config, "build")
    assert built.exit_code == 1 and f"{LEDGER}: approval ledger is reached through a symbolic link" in built.output
    page = (config.root / "dist" / "es" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "<title>Este folleto se está actualizando / This leaflet is being updated</title>" in page  # withdrawn

    # Such a base (from before the refusal): a change that puts the file back with the approvals of before
    # the rejection, in the link's place, cannot be compared with it, and fails closed.
    git(config, "add", "ledgers")
    git(config, "commit", "-q", "-am", "the ledger behind a link")
    ledger.unlink()
    for path, data in before.items():
        path.write_bytes(data)
    _assert_fails_closed(config)


def _assert_fails_closed(config: Config) -> None:
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    [problem] = report_of(result)["problems"]
    assert problem["path"] == LEDGER and problem["message"].startswith("approvals of 24 entries (the first ")
    assert problem["message"].endswith(
        " by jchen cannot be compared with HEAD's ledger, which it keeps behind a symbolic link, in a submodule or "
        "outside the repository (git has not the approvals nor their history there): the change that puts the "
        "ledger itself in the repository is merged on its own, checked by hand, and approvals are judged after it")


@pytest.mark.parametrize("folder", ["locales/es", "locales", "locales/es/LC_MESSAGES"])
def test_a_base_that_keeps_a_ledger_folder_behind_a_link_fails_closed(gate_project, monkeypatch, folder):
    """A rejection made in a folder the base keeps behind a link: git lists the link, no ledger, no history."""
    config = gate_project()
    at_time(monkeypatch, 1)
    before = rejected_at_base(config)
    linked = config.root / folder
    os.replace(linked, config.root / "kept")
    linked.symlink_to(os.path.relpath(config.root / "kept", linked.parent), target_is_directory=True)
    git(config, "add", "-A", "locales", "kept")
    git(config, "commit", "-q", "-m", "a folder behind a link")
    linked.unlink()
    shutil.copytree(config.root / "kept", linked)
    for path, data in before.items():  # the change: a folder again, with the files of before the rejection
        path.write_bytes(data)
    _assert_fails_closed(config)


def test_a_base_whose_catalogue_folder_is_under_a_link_fails_closed(gate_project, monkeypatch):
    """git lists nothing under a path through a link (nor in a submodule), as under one not there: the base
    looked as if it had no ledgers, and no approval was compared."""
    config = settings_changed(gate_project(), "[tool.leaflets]\n", '[tool.leaflets]\nlocales_dir = "data/locales"\n')
    (config.root / "data").mkdir()
    os.replace(config.root / "locales", config.root / "data" / "locales")
    config = load_config(config.root)
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    before = {path: path.read_bytes() for path in (config.ledger_path("es", SLUG), config.po_path("es", SLUG))}
    reject_how_long(config)
    git(config, "init", "-q")
    git(config, "add", "source", "data", "pyproject.toml", "published.json")
    git(config, "commit", "-q", "-m", "base")
    os.replace(config.root / "data", config.root / "kept")
    (config.root / "data").symlink_to("kept", target_is_directory=True)
    git(config, "add", "-A", "data", "kept")
    git(config, "commit", "-q", "-m", "the catalogues under a link")
    (config.root / "data").unlink()
    shutil.copytree(config.root / "kept", config.root / "data")
    for path, data in before.items():
        path.write_bytes(data)
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    assert any(" cannot be compared with HEAD's ledger" in p["message"] for p in report_of(result)["problems"])


def test_a_catalogue_folder_setting_that_is_a_link_is_refused(gate_project):
    config = gate_project()
    os.replace(config.root / "locales", config.root / "translations")
    (config.root / "locales").symlink_to("translations", target_is_directory=True)
    result = invoke(config, "check")
    assert result.exit_code == 1
    assert ("locales: is a symbolic link (or in a folder that is one): the catalogues and approval ledgers must be a "
            "folder of their own in the repository, whose history the gate reads; move them here") in result.output


def test_a_language_folder_behind_a_link_is_refused_too(gate_project):
    config = gate_project()
    assert approve_spanish(config, "jchen") == 24
    spanish = config.root / "locales" / "es"
    os.replace(spanish, config.root / "spanish")
    spanish.symlink_to("../spanish", target_is_directory=True)
    result = invoke(config, "check", "--format", "json")
    assert result.exit_code == 1
    assert any(p["path"] == LEDGER and p["message"].startswith("approval ledger is reached through a symbolic link")
               for p in report_of(result)["problems"]), report_of(result)["problems"]


def test_an_own_edit_dropped_from_the_ledger_does_not_let_its_editor_approve_it(gate_project, monkeypatch):
    """The four-eyes rule reads who edited the words from the ledger, which a change can rewrite: one that
    deletes a reviewer's edit, then has them approve their own words, is judged by the base's ledger too."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    message = edit_how_long(config, "mlopez")
    committed(config)
    at_time(monkeypatch, 2)
    document = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    edits = document["edits"]
    document["edits"] = {}  # the change: the edit gone, then mlopez approves the words she wrote
    (config.root / LEDGER).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    approve_entry(config, "mlopez", "How long")
    assert invoke(config, "check", "--format", "json").exit_code == 0  # the ledger alone cannot tell

    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 1
    problems = report_of(result)["problems"]
    [problem] = [p for p in problems if p["message"].startswith("approval of")]
    assert [p for p in problems if p is not problem and "in HEAD's ledger is gone in this change" in p["message"]]
    assert problem["path"] == LEDGER and problem["message"].startswith("approval of 'How long")
    assert problem["message"].endswith(" by mlopez is of words mlopez wrote, as HEAD's ledger records their edit, "
                                       "and the four-eyes rule holds (approve_own_edits is off): another reviewer "
                                       "must approve it")
    at_time(monkeypatch, 3)
    document = json.loads((config.root / LEDGER).read_text(encoding="utf-8"))
    del document["approvals"][key_of(message)]  # another reviewer's approval instead: what the rule asks,
    document["edits"] = edits  # and the edit back, which the gate names as gone (on its own, a later change's cover)
    (config.root / LEDGER).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    approve_entry(config, "jchen", "How long")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]


def test_a_reviewer_may_approve_words_another_reviewer_wrote_over_her_edit_in_the_change(gate_project, monkeypatch):
    """The base records mlopez's edit; the change has jchen rewrite those words (a signed edit) and mlopez approve
    jchen's: four eyes, and the gate says so (it took the base's edit for the author of the new words)."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    edit_how_long(config, "mlopez")
    approve_entry(config, "jchen", "How long")
    committed(config)
    at_time(monkeypatch, 2)
    path = config.po_path("es", SLUG)
    catalog = read_catalog(path)
    ledger = load_ledger(config, "es", SLUG)
    message = next(m for m in messages(catalog) if m.id.startswith("How long"))
    assert edit_entry(catalog, ledger, config, "jchen", message, "¿Cuánto dura el bloqueo?")
    ledger.save()
    write_catalog(path, catalog)
    approve_entry(config, "mlopez", "How long")
    result = invoke(config, "check", "--base", "HEAD", "--format", "json")
    assert result.exit_code == 0, report_of(result)["problems"]


def test_a_base_ledger_that_names_a_record_twice_is_still_compared(gate_project, monkeypatch):
    """Refused in the working tree, a name written twice in the base's ledger (merged before leaflets refused
    it) is read there as it was used then, the last of the two: the base's rules still judge the change."""
    config = gate_project()
    at_time(monkeypatch, 1)
    assert approve_spanish(config, "jchen") == 24
    path = config.root / LEDGER
    clean = path.read_text(encoding="utf-8")
    record = '    "Magnesium Infusions": {\n'
    assert clean.count(record) == 1
    doubled = clean.replace(record, '    "Magnesium Infusions": {"english_sha256": "0", "translation_sha256": "0", '
                                    '"reviewer": "jchen", "role": "x", "approved_at": "2026-01-05T09:30:00+00:00"},\n'
                            + record)
    path.write_text(doubled, encoding="utf-8")
    committed(config)
    path.write_text(clean, encoding="utf-8")  # the change mends it

    result = invoke(config, "check", "--base", "HEAD", "--format", "json")

    assert not [n for n in report_of(result)["notices"] if "not compared" in n["message"]], report_of(result)["notices"]
