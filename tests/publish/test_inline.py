"""Inline Markdown inside a unit, as the page, the page title and the text edition show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import escape

from pipeline.core.languages import language
from pipeline.publish.build import RenderedBlock, page_model
from pipeline.publish.inline import edition_text, inline_html, is_plain, parsed_html, plain_text
from pipeline.source.document import parse_leaflet


def test_emphasis_links_and_line_breaks_become_elements():
    html = inline_html("**DO NOT** drive, *ever*.\nCall [us](tel:+441632960123) or [write](mailto:a@example.org)")
    assert html == ('<strong>DO NOT</strong> drive, <em>ever</em>.<br>Call <a href="tel:+441632960123">us</a>'
                    '<span class="link-target"> (<bdi dir="ltr">+441632960123</bdi>)</span>'
                    ' or <a href="mailto:a@example.org">write</a>'
                    '<span class="link-target"> (<bdi dir="ltr">a@example.org</bdi>)</span>')


@pytest.mark.parametrize("unit", [
    "Tel: [01632 960 123](tel:+441632960123)",  # a number on paper already
    "Write to [a@example.org](mailto:a@example.org)",
    "Web: [clinic.example.org/spine](https://www.clinic.example.org/spine/)",  # the address without its scheme
])
def test_a_link_whose_words_show_its_address_prints_nothing_more(unit):
    assert "link-target" not in inline_html(unit)


@pytest.mark.parametrize("target", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x",
                                    "data:text/html,x", "relative/page.html"])
def test_a_link_anywhere_but_web_phone_or_mail_is_no_link(target):
    html = inline_html(f"See [this page]({target}) now")
    assert "<a" not in html and "this page" in html
    assert html in ("See this page now", escape(f"See [this page]({target}) now"))  # markdown-it refuses some


def test_raw_html_and_code_spans_are_text():
    html = inline_html('<script>alert("x")</script> and <b>bold</b> `**code**` & more')
    assert "<script>" not in html and "<b>" not in html
    assert html == ("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt; "
                    "**code** &amp; more")


def test_escapes_show_as_the_character():
    assert inline_html("1\\. not a list, \\*not emphasis\\*, Date: \\_\\_\\_") == \
        "1. not a list, *not emphasis*, Date: ___"


def test_right_to_left_numbers_are_isolated_inside_and_outside_elements():
    html = inline_html("اتصل على [+61 2 9382 1234](tel:+61293821234) خلال **1-2** أسبوع", rtl=True)
    assert '<a href="tel:+61293821234"><bdi dir="ltr">+61 2 9382 1234</bdi></a>' in html
    assert '<strong><bdi dir="ltr">1-2</bdi></strong>' in html


def test_doses_ranges_and_phone_numbers_stay_on_one_line_in_left_to_right_text():
    html = inline_html("Take 400 mg twice, 1–2 weeks apart; call **+61 2 9382 1234** or go to room 5")
    assert html == ('Take <span class="unbroken">400 mg</span> twice, <span class="unbroken">1–2 weeks</span> apart;'
                    ' call <strong><span class="unbroken">+61 2 9382 1234</span></strong> or go to room 5')


def test_the_fast_path_gives_what_the_parser_gives():
    for text in ["Plain words, 1-2 weeks (about 90 minutes).", "A > B, 5 + 3 = 8; 50% off!", "Ünïcode – “quotes”"]:
        assert is_plain(text)
        assert inline_html(text) == parsed_html(text, rtl=False)
        assert inline_html(text, rtl=True) == parsed_html(text, rtl=True)
    assert not any(map(is_plain, ["a *b*", "a\nb", "[x](y)", "a &amp; b", "a_b_", "`c`", "\\."]))


def test_plain_text_drops_the_markup():
    assert plain_text("**DO NOT** call [us](tel:+44) *now*\\.") == "DO NOT call us now."


@pytest.mark.parametrize(("unit", "text"), [
    ("**DO NOT** drive, *ever*.", "*DO NOT* drive, _ever_."),
    ("Tel: [01632 960 123](tel:+441632960123)", "Tel: 01632 960 123"),
    ("[Call us](tel:+441632960123)", "Call us (+441632960123)"),
    ("[call 999](tel:999)", "call 999"),
    ("[Ring extension 123](tel:+441632960123)", "Ring extension 123 (+441632960123)"),  # a part is no number
    ("[اتصل ٠١٦٣٢ ٩٦٠ ١٢٣](tel:+441632960123)", "اتصل ٠١٦٣٢ ٩٦٠ ١٢٣"),  # Arabic-Indic digits show it
    ("[Call 01632 960 999](tel:+441632960123)", "Call 01632 960 999 (+441632960123)"),  # another number shown
    ("Write to [a@example.org](mailto:a@example.org)", "Write to a@example.org"),
    ("[Email us](mailto:a@example.org)", "Email us (a@example.org)"),
    ("[clinic.example.org](https://clinic.example.org/)", "clinic.example.org"),
    ("[https://example.org](https://example.org)", "https://example.org"),
    ("See [our page](ftp://example.org)", "See our page"),
    ("Line one\nline two", "Line one\nline two"),
])
def test_the_text_edition_writes_emphasis_and_links_readably(unit, text):
    assert edition_text(unit) == text


def test_a_page_nests_lists_and_boxes_as_the_source_does():
    leaflet = parse_leaflet("---\nslug: d\ntitle: D\nversion: 1\ndate: 2026-01-01\n---\n# D\n\n## Care\n\n"
                            "> [!CAUTION]\n> Bring:\n>\n> 3. your tablets\n>    - all of them\n> 4. a friend\n\n"
                            "After.\n", Path("d.md"))
    model = page_model([RenderedBlock(b, b.text) for b in leaflet.blocks], language("en"))
    groups = model.sections[0].groups
    assert [g.kind for g in groups] == ["box", "paragraphs"]
    assert groups[0].html == (
        '<div class="box box-caution" role="note"><span class="box-icon" aria-hidden="true">⚠</span>\n'
        '<p>Bring:</p>\n<ol start="3">\n<li><p>your tablets</p>\n<ul>\n<li>all of them</li>\n</ul></li>\n'
        "<li>a friend</li>\n</ol>\n</div>")
    assert groups[0].english == groups[0].html and groups[1].rows[0].html == "After."
