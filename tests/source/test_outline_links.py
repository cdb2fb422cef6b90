"""Links in outline texts: ``[text](target)`` for tel:, mailto: and web targets is written as a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from pipeline.publish.inline import edition_text
from pipeline.source.document import parse_leaflet
from pipeline.source.outline import (
    Heading,
    Outline,
    Paragraph,
    escape_inline,
    link_target,
    to_markdown,
)


def _links(markdown: str) -> list[tuple[str, str]]:
    """(text, href) of every link markdown-it-py reads in ``markdown``."""
    found = []
    for block in MarkdownIt("commonmark").enable("table").parse(markdown):
        children = block.children or []
        for i, token in enumerate(children):
            if token.type == "link_open":
                found.append((children[i + 1].content, str(token.attrs["href"])))
    return found


@pytest.mark.parametrize(("text", "links"), [
    ("Tel: [01234 567 890](tel:+441234567890)", [("01234 567 890", "tel:+441234567890")]),
    ("Email [us](mailto:pain@example.org) today", [("us", "mailto:pain@example.org")]),
    ("See [our site](https://example.org/a_b?x=1).", [("our site", "https://example.org/a_b?x=1")]),
    ("**Call [the ward](tel:0123)** at night", [("the ward", "tel:0123")]),
])
def test_a_link_with_a_tel_mailto_or_web_target_is_written_as_a_link(text, links):
    assert _links(escape_inline(text)) == links


@pytest.mark.parametrize("text", [
    "[see](javascript:alert(1))",  # no other schemes
    "[see] (https://example.org)",  # not a link in the text either
    "[see](https://example.org/a b)",  # a space ends a target
    "Bring [your letter] with you",
])
def test_anything_else_in_brackets_stays_text(text):
    markdown = escape_inline(text)
    assert _links(markdown) == []
    assert "\\[" in markdown


@pytest.mark.parametrize("text", ["Read more![our guide](https://example.org/guide) now!", "Wow!![us](tel:0123)",
                                  "a\\![x](https://example.org)"])
def test_a_link_after_an_exclamation_mark_stays_a_link_not_an_image(text):
    """"more![our guide](…)" read as an image, which a leaflet refuses: the whole leaflet failed its next run."""
    markdown = escape_inline(text)
    assert len(_links(markdown)) == 1
    body = f"---\nslug: t\ntitle: T\nversion: 1\ndate: 2026-01-01\n---\n# T\n\n{markdown}\n"
    read = parse_leaflet(body, Path("t.md")).blocks[1].text
    assert edition_text(read).startswith(text.split("[")[0])  # the words before it, as they were


def test_a_links_text_is_escaped_and_a_table_cell_keeps_its_bars_apart():
    assert escape_inline("[x*y_](https://example.org)") == "[x\\*y\\_](https://example.org)"
    assert escape_inline("a|[b](mailto:a@b.org)", in_table=True) == "a\\|[b](mailto:a@b.org)"


@pytest.mark.parametrize(("address", "target"), [
    ("tel:+44 (0)1234 567-890", "tel:+4401234567890"),
    ("mailto:pain.clinic@example.org", "mailto:pain.clinic@example.org"),
    ("https://example.org/leaflets/nerve block (2).pdf", "https://example.org/leaflets/nerve%20block%20%282%29.pdf"),
    ("javascript:alert(1)", None),
    ("file:///C:/leaflets/map.pdf", None),
    ("", None),
])
def test_a_link_target_is_kept_whole_or_not_at_all(address, target):
    assert link_target(address) == target
    if target is not None:
        assert _links(escape_inline(f"[x]({target})")) == [("x", target)]


def test_text_markdown_would_read_otherwise_is_written_to_read_back_as_the_same_words():
    """A fill-in line is no rule, a closing "#" stays, "&micro;" stays letters (found by probing, 2026-12-03)."""
    blocks = (Heading("Ward #", 2, 3), Paragraph("______________", 4), Paragraph("Name:\n____", 5),
              Paragraph("Take 5 &micro;g daily & rest.", 6))
    markdown = to_markdown(Outline("Ward #", blocks, ()), {"slug": "x", "title": "Ward", "version": "1",
                                                            "date": "2026-01-01"})
    leaflet = parse_leaflet(markdown, Path("x.md"))
    assert [edition_text(block.text) for block in leaflet.blocks] == [
        "Ward #", "Ward #", "______________", "Name:\n____", "Take 5 &micro;g daily & rest."]
