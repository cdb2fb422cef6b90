"""Inline Markdown through an engine: link targets, emphasis, line breaks and escapes come back intact."""

from __future__ import annotations

import pytest

from pipeline.checks.rules import run_checks
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.protect import SpanKind, TokenError, find_spans, protect
from pipeline.run import stages
from pipeline.source.document import inline_tokens
from tests.drafting.conftest import FAST, fake_translate
from tests.drafting.test_draft_stage import catalog
from tests.publish.lookalike import CONTACT, NONQA_LEAFLET, NONQA_SLUG


def markup(text: str) -> list[str]:
    return [span.text for span in find_spans(text) if span.kind is SpanKind.MARKUP]


def test_link_targets_emphasis_breaks_and_escapes_are_protected():
    assert markup("Tel: [01632 960 123](tel:+441632960123)\nor *now*") == [
        "[", "](tel:+441632960123)", "\n", "*", "*"]
    assert markup("Date: \\_\\_ and **DO NOT** or __this__") == ["\\_", "\\_", "**", "**", "__", "__"]
    assert markup("mail a_b@example.org about snake_case") == []  # underscores inside words are no markup


def test_an_answer_that_moves_a_token_keeps_the_markup_whole_and_one_that_drops_it_is_refused():
    protected = protect("Call [the clinic](tel:+441632960123) *today*", "es")
    assert "tel:" not in protected.text and "*" not in protected.text
    answer = protected.text.replace("the clinic", "la clínica").replace("today", "hoy")
    assert protected.restore(answer) == "Call [la clínica](tel:+441632960123) *hoy*"
    with pytest.raises(TokenError, match="tel:"):
        protected.restore(answer.replace("{2}", ""))


def test_drafts_of_a_leaflet_with_links_keep_every_target_break_and_emphasis(make_project, fake_mt):
    config = make_project(["es"], extra=FAST)
    (config.root / "source" / f"{NONQA_SLUG}.md").write_text(NONQA_LEAFLET, encoding="utf-8")
    stages.run(config)
    draft(config, DraftOptions(engines=("libre",), url=fake_mt.url, allow_online=True))
    entries = catalog(config, slug=NONQA_SLUG)
    contact = entries[CONTACT].string
    assert contact == protect(CONTACT, "es").restore(fake_translate(protect(CONTACT, "es").text, "es"))
    hrefs = [t.attrGet("href") for t in inline_tokens(contact) if t.type == "link_open"]
    assert hrefs == ["tel:+441632960123", "mailto:spine.clinic@example.org", "https://clinic.example.org/spine"]
    assert contact.count("\n") == 3
    assert "*yparehtoisyhp*" in entries["have tried *physiotherapy* and tablets for at least 6 weeks"].string
    assert all(f.check != "links" for e in entries.values() for f in run_checks(e.id, e.string, "es"))
