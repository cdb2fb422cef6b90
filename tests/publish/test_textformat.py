"""Display-width wrapping and the runs kept left to right in right-to-left text."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from wcwidth import wcswidth, wcwidth

from pipeline.core.languages import language
from pipeline.publish import textlayout as textformat
from pipeline.publish.build import _lay_out, _stamp_text
from pipeline.publish.stamp import Line, Value
from pipeline.publish.textlayout import display_width, ltr_spans, wrap

ZH = "短时输注可在门诊进行，约需90分钟。镁通常在8小时和多日氯胺酮输注期间每日同时给药，用于治疗神经性疼痛。"
AR = "هناك بعض الألم قصير الأمد أثناء إدخال الإبرة الصغيرة. أثناء التسريب، غالبًا ما يبلغ المرضى بالشعور بالحرارة"
VI_NFD = unicodedata.normalize("NFD", "Có một chút đau ngắn khi đưa kim nhỏ vào. Trong khi truyền dịch, người bệnh thường thấy nóng.")
PA = "ਸੂਈ ਪਾਉਣ ਵੇਲੇ ਥੋੜ੍ਹੇ ਸਮੇਂ ਲਈ ਕੁਝ ਦਰਦ ਹੁੰਦਾ ਹੈ। ਇਨਫਿਊਜ਼ਨ ਦੌਰਾਨ ਮਰੀਜ਼ ਅਕਸਰ ਅੰਦਰੋਂ ਬਹੁਤ ਗਰਮੀ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ।"


def test_display_width_counts_cjk_double_and_marks_zero():
    assert display_width("abc") == 3
    assert display_width("镁输注") == 6
    assert display_width(unicodedata.normalize("NFD", "Việt")) == 4  # two combining marks
    assert display_width("ਥੋੜ੍ਹੇ") < len("ਥੋੜ੍ਹੇ")  # vowel signs above or below and the virama take no column
    assert display_width("ਕਾ") == display_width("ਕਿ") == 2  # a vowel sign beside its letter takes one
    assert display_width("a\x07b") == 2  # a control character counts none


def test_display_width_is_wcswidths_width_of_the_text():
    # wcswidth measures in context (a spacing vowel sign after its letter), where summing
    # each character's wcwidth counted Gurmukhi lines of 89 columns as 72.
    for text in (PA, VI_NFD, "镁输注 and ASCII", "ਨਹੀਂ ਖਾਣਾ"):
        assert display_width(text) == wcswidth(text)
    assert display_width(PA) > sum(max(wcwidth(char), 0) for char in PA)


def test_chinese_wraps_between_characters_within_the_width():
    lines = wrap(ZH, 20)
    assert "".join(lines) == ZH  # nothing added or lost: no spaces inserted into Chinese
    assert len(lines) > 3
    assert all(display_width(line) <= 20 for line in lines)


def test_no_chinese_line_starts_with_closing_punctuation_or_splits_a_number_from_its_unit():
    for width in range(8, 30):
        lines = wrap(ZH, width)
        assert not any(line[0] in "，。、；：？！）" for line in lines), (width, lines)
        joined = "\n".join(lines)
        assert "9\n0" not in joined and "90\n分" not in joined and "8\n小" not in joined


def test_korean_breaks_at_spaces_not_between_syllables():
    text = "주사를 맞을 때 아프나요? 가는 바늘을 넣는 동안 잠깐 통증이 있을 수 있습니다."
    lines = wrap(text, 20)
    assert [w for line in lines for w in line.split(" ")] == text.split(" ")
    assert all(display_width(line) <= 20 for line in lines)


def test_arabic_breaks_only_at_spaces():
    words = AR.split(" ")
    lines = wrap(AR, 24)
    assert len(lines) > 2
    assert [w for line in lines for w in line.split(" ")] == words  # every word whole, in order
    assert all(display_width(line) <= 24 for line in lines)


@pytest.mark.parametrize("text", [VI_NFD, PA])
def test_scripts_with_combining_marks_fill_lines_by_columns_not_code_points(text):
    lines = wrap(text, 30)
    assert [w for line in lines for w in line.split(" ")] == text.split(" ")
    assert all(display_width(line) <= 30 for line in lines)
    # Counting code points would have broken earlier: at least one line is longer than 30 of them.
    assert any(len(line) > 30 for line in lines)


def test_a_word_wider_than_the_line_stands_alone_unbroken():
    url = "https://leaflets.example.org/ar/magnesium-infusions.html"
    lines = wrap(f"Read it at {url} today", 20)
    assert url in lines


def test_hanging_indent_for_list_items():
    lines = wrap("You may drink water until 2 hours before your admission time.", 24,
                 first_indent="- ", indent="  ")
    assert lines[0].startswith("- ") and all(line.startswith("  ") for line in lines[1:])
    assert all(display_width(line) <= 24 for line in lines)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("اتصل على +61 2 9382 1234 الآن", ["+61 2 9382 1234"]),
        ("رقم العيادة (02) 9382 1234", ["(02) 9382 1234"]),
        ("خلال 1-2 أسابيع", ["1-2"]),
        ("الكرياتينين 110mmol/L أو 110 mmol/L", ["110mmol/L", "110 mmol/L"]),
        ("خلال ۲۴ ساعت", []),  # a bare number keeps its order by itself
        ("مدة 90 دقيقة، الساعة 12:30، 1–2 أسابيع", ["12:30", "1–2"]),
        ("لا أرقام هنا", []),
    ],
)
def test_numbers_units_and_phone_numbers_are_found_whole(text, runs):
    assert [text[a:b] for a, b in ltr_spans(text)] == runs


# -- Chinese, Japanese and Korean: line breaking against a character-by-character reference ----

_NO_START = "，。、；：？！）」』ー…々ぁっ%"
_NO_END = "（「『《【$"
_cjk_piece = st.one_of(
    st.sampled_from(["镁", "输注", "门诊进行", "90分钟", "約90分", "주사를", "맞을", "8", "mg", "DO NOT", " ", "  ",
                     "\u3099", "\u0301", "\u200b", "\x07", "１２", "²", "①", "⑴", "𠀀", "🙂", "ａ", "ﾟ"]),
    st.sampled_from(list(_NO_START + _NO_END)),
    st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xAC10),
)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_cjk_piece, max_size=60), width=st.sampled_from([1, 2, 3, 9, 20, 72]),
       indents=st.sampled_from([("", ""), ("  ", "- "), ("   ", "1. ")]))
def test_wide_text_breaks_where_the_character_by_character_rules_break_it(pieces, width, indents):
    """wrap gives the lines of the line-breaking rules applied to every character."""
    text = "".join(pieces)
    indent, first = indents
    assert wrap(text, width, indent=indent, first_indent=first) == _reference_wrap(text, width, indent, first)


_narrow_piece = st.one_of(
    st.sampled_from(["DO NOT", "90 min", "Óàcíb", "çeçøp", "магний", "هناك", "\u00a0", " ", "  ", "\t", "\n",
                     "a" * 30, "\ue000", "x"]),
    st.characters(min_codepoint=0x20, max_codepoint=0x2FF, exclude_categories=("Cc",)),
    st.characters(min_codepoint=0x400, max_codepoint=0x4FF),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # a combining mark: measured piece by piece
)
_narrow_word = st.text(st.sampled_from("aéж ب"), min_size=1, max_size=6)  # short words, many lines


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.one_of(_narrow_piece, _narrow_word, _narrow_word), max_size=60),
       width=st.sampled_from([1, 5, 9, 20, 72]),
       indents=st.sampled_from([("", ""), ("  ", "- "), ("! ", "! - "), ("\t", "\n"), ("镁", "")]))
@example(pieces=["ab c d e f"], width=5, indents=("  ", "- "))
@example(pieces=["h e"], width=3, indents=("", "\t"))
def test_text_of_one_column_characters_breaks_as_the_rules_break_it(pieces, width, indents):
    """Latin, Cyrillic and Arabic text (laid out by length, not measured piece by piece) gets the rules' lines."""
    text = "".join(pieces)
    indent, first = indents
    words = [word for word in re.split("[ \t\n]+", text.strip()) if word]
    assert wrap(text, width, indent=indent, first_indent=first) == _reference_wrap(text, width, indent, first)
    if textformat._not_narrow().search(text) is None:
        assert textformat._wrapped_narrow(words, width, indent, first) == \
            textformat._wrapped_measured(words, width, indent, first)


def test_text_is_laid_out_by_length_only_when_every_character_of_its_words_is_one_column_wide():
    not_narrow = textformat._not_narrow()
    scanned = [*range(0x3000), *range(0xE000, 0xF900)]
    assert [chr(p) for p in scanned if not_narrow.match(chr(p))] == \
        [chr(p) for p in scanned if wcwidth(chr(p)) != 1 and chr(p) not in "\t\n"]
    assert not_narrow.search("Óàcíb çeçøp магний هناك 90 min\tand\nmore") is None  # tabs, newlines part words
    assert wrap("ab c d e f", 5, indent="  ", first_indent="- ") == ["- ab", "  c d", "  e f"]
    for other in ("\u0301", "\u200b", "\u2066", "\x07", "镁", "\uff61", "🙂"):  # marks, controls, wide, unscanned
        assert not_narrow.search(f"Óàcíb{other}") is not None, other


def _reference_wrap(text: str, width: int, indent: str, first_indent: str) -> list[str]:
    """The line-breaking rules of textformat, spelled out one character and one piece at a time."""
    width_of = display_width  # which agrees with wcwidth on every printable character

    def hangul(char: str) -> bool:
        return "\uac00" <= char <= "\ud7a3"

    def pieces(word: str) -> list[tuple[str, int]]:
        if not any(width_of(c) == 2 for c in word):
            return [(word, display_width(word))]
        out, start = [], 0
        for i in range(1, len(word)):
            before, after = word[i - 1], word[i]
            if ((width_of(before) == 2 or width_of(after) == 2) and width_of(after) != 0
                    and after not in textformat._NO_LINE_START and before not in textformat._NO_LINE_END
                    and not before.isdigit() and not (hangul(before) and hangul(after))):
                out.append((word[start:i], sum(map(width_of, word[start:i]))))
                start = i
        out.append((word[start:], sum(map(width_of, word[start:]))))
        return out

    lines, parts, used, fresh = [], [first_indent], display_width(first_indent), True
    for word in re.split("[ \t\n]+", text.strip()):  # the ideographic space U+3000 is no break
        spaced = True
        for piece, columns in pieces(word):
            gap = 1 if spaced and not fresh else 0
            spaced = False
            if not fresh and used + gap + columns > width:
                lines.append("".join(parts))
                parts, used, gap = [indent], display_width(indent), 0
            parts += [" "] * gap + [piece]
            used += gap + columns
            fresh = False
    lines.append("".join(parts))
    return lines


def test_the_text_edition_keeps_a_private_use_character_of_the_text():
    """U+E000 stands in for a space inside a number while lines are broken; the text's own stays."""
    assert _lay_out("a\ue000b", False, 72) == ["a\ue000b"]
    assert _lay_out("Call 13 11 14, then a\ue000b", False, 72) == ["Call 13 11 14, then a\ue000b"]
    assert _lay_out("Call 13 11 14 now", False, 12) == ["Call", "13 11 14 now"]  # the number kept whole


def test_an_english_value_wrapped_in_a_right_to_left_stamp_is_isolated_on_each_line():
    """The changes of a version, in English, in an Arabic text edition's stamp: the isolate opened on one
    line was closed on the next, so the next line's right-to-left mark fell inside the English."""
    changes = 'Dose changed from 10 mg to <5 mg & "timing" fixed for patients who also take warfarin'
    line = Line("التغييرات: %(changes)s", (("changes", Value(changes, language("en"))),))
    lines = _lay_out(_stamp_text(line, True), True, 40)

    assert len(lines) > 2
    for text in lines:
        assert text.startswith(textformat.RLM)
        assert text.count(textformat.LRI) == text.count(textformat.PDI)  # opened and closed on the line
        assert text.index(textformat.LRI) < text.index(textformat.PDI)
    shown = " ".join(re.sub("[\u2066\u2069\u200f]", "", text) for text in lines)
    assert shown == f"التغييرات: {changes}"  # every word kept, in order


def test_isolates_are_reopened_after_the_indent():
    assert textformat.isolates_closed_per_line(["- a \u2066b c", "  d\u2069 e"]) == [
        "- a \u2066b c\u2069", "  \u2066d\u2069 e"]
