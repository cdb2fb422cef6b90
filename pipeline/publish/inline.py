"""The inside of one unit: its inline Markdown as HTML, as plain text, and as the text edition writes it.

A unit's text (English or translated) is inline Markdown (``docs/source-format.md``):
``**strong**``, ``*emphasis*``, links and line breaks (``"\\n"`` in a unit is
a hard break). markdown-it-py parses it, with the source's own configuration;
the small walks here turn its tokens into each edition. Raw HTML is never
rendered (the parser does not read it), links go out only to ``http``,
``https``, ``tel`` and ``mailto`` (any other target shows as its text), and
code spans are text.

Most units have no markup at all: a unit without any character Markdown could
read as markup takes a fast path that skips the parser (200 leaflets in 30
languages are thousands of units per second).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from markdown_it.token import Token
from markupsafe import Markup, escape

from pipeline.publish import textlayout
from pipeline.source.document import inline_tokens as tokens
from pipeline.source.document import words_of

# Characters without which a unit is plain text to markdown-it: emphasis, links, escapes,
# code, autolinks, entities and line breaks. Anything else is text as it stands.
_MARKUP_CHARACTER = re.compile(r"[*_\[\]\\`<&\n]")
SAFE_SCHEMES = ("http:", "https:", "tel:", "mailto:")
_LTR = Markup('<bdi dir="ltr">%s</bdi>')
# A dose, range or phone number in left-to-right text, kept on one line (leaflet.css): "400" at the
# end of a narrow table cell and "mg" on the next line invite a misreading.
_UNBROKEN = Markup('<span class="unbroken">%s</span>')
_PRINTED_TARGET = Markup('<span class="link-target"> (<bdi dir="ltr">%s</bdi>)</span>')
_HTML_TAGS = {"strong_open": Markup("<strong>"), "strong_close": Markup("</strong>"),
              "em_open": Markup("<em>"), "em_close": Markup("</em>")}


def is_plain(text: str) -> bool:
    """Whether ``text`` has no character Markdown could read as markup (the fast path)."""
    return _MARKUP_CHARACTER.search(text) is None


def safe_href(token: Token) -> str | None:
    """The link's target when it is one patients may follow (web, phone, mail), else None."""
    href = str(token.attrGet("href") or "")
    return href if href.lower().startswith(SAFE_SCHEMES) else None


def inline_html(text: str, *, rtl: bool = False) -> Markup:
    """``text`` as HTML: escaped, its emphasis, links and line breaks as elements.

    Numbers with their units, ranges and phone numbers never break across
    lines. In right-to-left text they are isolated left to right (``<bdi
    dir="ltr">``), so "+61 2 9382 1234" or "1-2" keep their order.
    """
    return escape_run(text, rtl) if is_plain(text) else parsed_html(text, rtl)


def parsed_html(text: str, rtl: bool) -> Markup:
    """:func:`inline_html` without its fast path."""
    out: list[Markup] = []
    shown: list[str] = []  # the text so far, without markup: what a link's words are
    links: list[tuple[str | None, int]] = []  # per open link: its target (None: refused, shows as text), words start
    for token in tokens(text):
        kind = token.type
        if kind in ("text", "code_inline"):
            out.append(escape_run(token.content, rtl))
            shown.append(token.content)
        elif kind in ("softbreak", "hardbreak"):  # a "\n" in a unit is a hard break
            out.append(Markup("<br>"))
        elif kind in _HTML_TAGS:
            out.append(_HTML_TAGS[kind])
        elif kind == "link_open":
            href = safe_href(token)
            links.append((href, len(shown)))
            if href is not None:
                out.append(Markup('<a href="%s">') % href)
        elif kind == "link_close":
            href, start = links.pop()
            if href is not None:
                out.append(Markup("</a>"))
                if (target := address_to_print(href, "".join(shown[start:]))) is not None:
                    # On paper a link is only its words ("email us"): print the address beside them,
                    # as the text edition writes it. Hidden on screen (leaflet.css).
                    out.append(_PRINTED_TARGET % target)
        elif kind == "image":
            out.append(escape_run(token.content, rtl))  # its alternative text: leaflets carry no images
        else:  # html_inline cannot occur (raw HTML is off); anything unforeseen shows as text
            out.append(escape_run(token.content, rtl))
    return Markup("").join(out)


def escape_run(text: str, rtl: bool) -> Markup:
    """Escape ``text``, its numbers with units, ranges and phone numbers on one line (in right-to-left text, isolated left to right)."""
    spans = textlayout.ltr_spans(text)
    if not spans:
        return escape(text)
    wrapper = _LTR if rtl else _UNBROKEN
    out: list[Markup] = []
    last = 0
    for start, end in spans:
        out += [escape(text[last:start]), wrapper % text[start:end]]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def plain_text(text: str) -> str:
    """``text`` without its markup: what a page title or an attribute shows."""
    return text if is_plain(text) else words_of(text)


def edition_text(text: str) -> str:
    """``text`` as the text edition writes it: ``*strong*``, ``_emphasis_``, links as "text (target)".

    The convention of mail and messaging apps: "DO NOT" must stay visible as such.
    Line breaks stay ``"\\n"``.
    """
    return _text(text, {"strong_open": "*", "strong_close": "*", "em_open": "_", "em_close": "_"}.__getitem__)


def _text(text: str, marker: Callable[[str], str]) -> str:
    if is_plain(text):
        return text
    out: list[str] = []
    opened: list[tuple[int, str | None]] = []  # per open link: where its text starts, its target
    for token in tokens(text):
        kind = token.type
        if kind in ("text", "code_inline", "image"):
            out.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind in _HTML_TAGS:
            out.append(marker(kind))
        elif kind == "link_open":
            opened.append((len(out), safe_href(token)))
        elif kind == "link_close":
            start, href = opened.pop()
            if href is not None and (target := address_to_print(href, "".join(out[start:]))) is not None:
                out.append(f" ({target})")
        else:
            out.append(token.content)
    return "".join(out)


def address_to_print(href: str, words: str) -> str | None:
    """The address to print beside a link's ``words``, or None when the words show it already.

    Paper cannot follow a link: "email us" needs its address beside it. A phone
    link whose words have a number ("01632 960 123" for tel:+441632960123) shows
    it (its digits, "999" or "01632 960 123" for +441632960123), and so do words that hold the
    address without its scheme ("clinic.example.org/spine").
    """
    target = _target_text(href)
    if href.lower().startswith("tel:"):
        # The words' number without its trunk 0 ends the target's ("01632 960 123" for +441632960123),
        # and is a whole number, not an extension ("ext. 123"); digits of any script.
        dialled = "".join(str(unicodedata.digit(ch)) for ch in target if ch.isdecimal())
        shown = "".join(str(unicodedata.digit(ch)) for ch in words if ch.isdecimal()).lstrip("0")
        whole = len(shown) >= min(len(dialled), 7)
        return None if shown and whole and dialled.endswith(shown) else target
    bare = re.sub(r"^[a-z]+://(www\.)?", "", target, flags=re.IGNORECASE).rstrip("/").casefold()
    return None if bare in words.casefold() else target


def _target_text(href: str) -> str:
    """A link target as a reader would type it: a phone number or an address without its scheme."""
    for scheme in ("tel:", "mailto:"):
        if href.lower().startswith(scheme):
            return href[len(scheme):]
    return href
