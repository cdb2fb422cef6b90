"""Import from PDF-extracted text: the corpus of layouts against golden Markdown, and the signals one by one.

Each ``tests/source/corpus/<name>.txt`` is a look-alike of one layout clinics'
leaflets come in; ``<name>.md`` is the Markdown import should write, and
``<name>.doubts`` what it should report as unsure (no file: nothing).
UPDATE_GOLDEN=1 rewrites them after a deliberate change: read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.core.errors import SourceError
from pipeline.source import rawtext
from pipeline.source.document import parse_leaflet
from pipeline.source.importer import draft
from pipeline.source.outline import (
    Alert,
    AlertKind,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    RawLine,
    to_markdown,
)
from pipeline.source.rawtext import import_text, outline_from_lines, read_lines

CORPUS = Path(__file__).resolve().parent / "corpus"
LAYOUTS = sorted(path.stem for path in CORPUS.glob("*.txt"))


def test_the_corpus_has_a_leaflet_for_each_layout():
    assert len(LAYOUTS) >= 15


@pytest.mark.parametrize("name", LAYOUTS)
def test_corpus_leaflet_imports_to_its_golden_markdown(name):
    result = draft(CORPUS / f"{name}.txt", name, {})
    doubts = "".join(f"{doubt.describe()}\n" for doubt in result.doubts)
    golden, golden_doubts = CORPUS / f"{name}.md", CORPUS / f"{name}.doubts"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.markdown, encoding="utf-8")
        if doubts:
            golden_doubts.write_text(doubts, encoding="utf-8")
        else:
            golden_doubts.unlink(missing_ok=True)
    assert result.markdown == golden.read_text(encoding="utf-8")
    assert doubts == (golden_doubts.read_text(encoding="utf-8") if golden_doubts.exists() else "")
    parse_leaflet(result.markdown, Path(f"{name}.md"))  # the reader takes it


def outline_of(text: str):
    return outline_from_lines(read_lines(text))


def headings(outline) -> list[str]:
    return [block.text for block in outline.blocks if isinstance(block, Heading)]


# -- pages, headers and footers


def test_pages_come_from_form_feeds_and_page_footers():
    lines = read_lines("Title\nfirst\nPage 1 of 3\n\fsecond\nPage 2 of 3\n\fthird\fPage 3 of 3")
    assert [(line.text, line.line, line.page) for line in lines if line.text] == [
        ("Title", 1, 1), ("first", 2, 1), ("Page 1 of 3", 3, 1), ("second", 4, 2), ("Page 2 of 3", 5, 2),
        ("third", 6, 3), ("Page 3 of 3", 6, 4)]
    assert [line.page for line in read_lines("one\ftwo\n\fthree") if line.text] == [1, 2, 3]


def test_a_running_title_on_every_page_keeps_the_first_as_title():
    text = "Knee Injections\n\nWhy?\nBecause it helps.\n\fKnee Injections\nMore text follows here.\nPage 2 of 2\n"
    outline = outline_of(text)
    assert outline.title == "Knee Injections"
    assert "Knee Injections" not in [getattr(block, "text", "") for block in outline.blocks]
    assert any("repeated on 2 pages" in doubt.message for doubt in outline.doubts)


def test_a_line_repeated_on_one_page_only_is_kept():
    outline = outline_of("Title\n\nCall us.\nSee your GP.\nCall us.\n")
    assert "Call us. See your GP. Call us." in [getattr(block, "text", "") for block in outline.blocks]


# -- ligatures and broken words


@pytest.mark.parametrize(("extracted", "repaired"), [
    ("The e!ect wears off.", "The effect wears off."),
    ("The dose is tapered o! slowly.", "The dose is tapered off slowly."),
    ("A signi!cant change.", "A significant change."),
    ("It may be di!cult.", "It may be difficult."),
    ("E!ects vary.", "Effects vary."),
])
def test_lost_ligatures_are_repaired_when_the_dictionary_knows_the_word(extracted, repaired):
    outline = outline_of(f"Title\n\n{extracted}\n")
    assert outline.blocks == (Paragraph(repaired, 3),)
    assert any("ligature" in doubt.message for doubt in outline.doubts)


@pytest.mark.parametrize("text", ["Stop! Call us now.", "Do it now!", "Phone 111 (24 hours) #2."])
def test_an_exclamation_mark_that_ends_a_word_is_left_alone(text):
    outline = outline_of(f"Title\n\n{text}\n")
    assert outline.blocks == (Paragraph(text, 3),)
    assert outline.doubts == ()


@pytest.mark.parametrize("hyphen", ["-", "\u2010"])  # ASCII's, and Unicode's (WeasyPrint's hyphenation)
def test_a_word_hyphenated_at_the_line_end_is_joined_and_a_real_hyphen_kept(hyphen):
    outline = outline_of(f"Title\n\nThis needs further treat{hyphen}\nment and is co{hyphen}\nadministered by the team.\n")
    assert outline.blocks == (Paragraph("This needs further treatment and is co-administered by the team.", 3),)


# -- headings


@pytest.mark.parametrize("line", ["Q4 Will it hurt?", "Q4: Will it hurt?", "Q4. Will it hurt?", "Q 4 Will it hurt?"])
def test_numbered_questions_in_every_spelling_are_headings(line):
    outline = outline_of(f"Title\n\n{line}\nA little.\n")
    assert outline.blocks == (Heading("Will it hurt?", 2, 3), Paragraph("A little.", 4))
    assert outline.doubts == ()


def test_a_question_broken_over_two_lines_is_one_heading():
    outline = outline_of("Title\n\nWhat should I do if I feel unwell after\nthe procedure?\nCall the ward.\n")
    assert headings(outline) == ["What should I do if I feel unwell after the procedure?"]


def test_a_short_line_inside_a_paragraph_is_not_a_heading():
    outline = outline_of("Title\n\nYou will be given a drink and\nthe nurse\nwill take you home.\n")
    assert headings(outline) == []


def test_a_line_ending_in_a_connecting_word_is_not_a_heading():
    outline = outline_of("Title\n\nPlease bring with you\nYour medicines in a bag.\n")
    assert headings(outline) == []


def test_a_numbered_list_after_a_lead_in_is_not_taken_for_headings():
    outline = outline_of("Title\n\nDo this:\n1. Wash\n2. Dry\n")
    assert headings(outline) == []
    assert outline.blocks[1] == ListBlock(
        (ListItem("Wash", line=4), ListItem("Dry", line=5)), ordered=True, start=1, line=4)


def test_pdf_lines_larger_or_bold_are_headings_by_their_looks():
    def at(text: str, line: int, size: float, bold: bool = False) -> RawLine:
        return RawLine(text, line, 1, size, bold)

    lines = [
        at("Nerve Block Injections", 1, 20, True),
        at("Before the procedure", 2, 14, True),
        at("You may eat a light breakfast and take", 3, 10),
        at("your usual medicines on the morning.", 4, 10),
        at("If you take warfarin", 5, 10, True),
        at("Tell us a week before, as it may need to be stopped.", 6, 10),
        at("Afterwards", 7, 14, True),
        at("Rest for the remainder of the day", 8, 10),
    ]
    outline = outline_from_lines(lines)
    assert outline.title == "Nerve Block Injections"
    assert outline.blocks == (
        Heading("Before the procedure", 2, 2),
        Paragraph("You may eat a light breakfast and take your usual medicines on the morning.", 3),
        Heading("If you take warfarin", 3, 5),
        Paragraph("Tell us a week before, as it may need to be stopped.", 6),
        Heading("Afterwards", 2, 7),
        Paragraph("Rest for the remainder of the day", 8),
    )
    assert outline.doubts == ()  # the looks are a sure signal


# -- lists, warning boxes, fields


def test_lines_after_a_lead_in_without_bullets_are_a_list_and_a_doubt():
    outline = outline_of("Title\n\nTell us if you:\nare pregnant\ntake a blood thinner\nhave an allergy\n")
    assert outline.blocks[1] == ListBlock(
        (ListItem("are pregnant", line=4), ListItem("take a blood thinner", line=5),
         ListItem("have an allergy", line=6)), line=4)
    assert [doubt.describe() for doubt in outline.doubts] == ["lines 4-6: taken as a list (the lines have no bullets)"]


def test_a_sentence_after_a_lead_in_stays_a_paragraph():
    outline = outline_of("Title\n\nPlease remember:\nthe clinic is closed on bank\nholidays and at weekends.\n")
    assert all(isinstance(block, Paragraph) for block in outline.blocks)


def test_nested_bullets_are_a_sublist():
    outline = outline_of("Title\n\n• tablets\n    - morning\n    - evening\n• creams\n")
    (block,) = outline.blocks
    assert isinstance(block, ListBlock)
    assert [item.text for item in block.items] == ["tablets", "creams"]
    assert [item.text for item in block.items[0].sublists[0].items] == ["morning", "evening"]


def test_words_second_level_bullets_are_a_sublist_even_without_an_indent():
    # pdftotext without -layout keeps Word's bullets ("•", then "o" in Courier New) but not their indent
    outline = outline_of("Title\n\nBring with you:\n• your tablets\no in their boxes\no with the chart\n"
                         "• your glasses\n\u25e6 reading\n\u25e6 distance\n• a dressing gown\n")
    block = outline.blocks[-1]
    assert isinstance(block, ListBlock)
    assert [item.text for item in block.items] == ["your tablets", "your glasses", "a dressing gown"]
    assert [[sub.text for sub in item.sublists[0].items] for item in block.items[:2]] == [
        ["in their boxes", "with the chart"], ["reading", "distance"]]
    assert not block.items[2].sublists
    assert [doubt.describe() for doubt in outline.doubts] == [
        "line 5: items marked o after ones marked • read as its sub-list",
        "line 8: items marked \u25e6 after ones marked • read as its sub-list"]
    # a list marked "◦" (or "o") throughout, or "-" then "o", is one flat list
    for first, then in (("\u25e6", "\u25e6"), ("-", "o"), ("o", "o")):
        flat = outline_of(f"Title\n\n{first} your tablets\n{then} your glasses\n")
        assert [item.text for item in flat.blocks[-1].items] == ["your tablets", "your glasses"], (first, then)


def test_lettered_items_after_a_numbered_one_are_its_steps_even_without_an_indent():
    # Extracted text loses the indent: read as a list of their own, the steps were numbered
    # 1, then 1, 2, then 2, 3, two steps "1." and two "2." on the page.
    outline = outline_of("Title\n\n1. Stop taking warfarin:\na) 5 days before the procedure\n"
                         "b) unless your doctor says\notherwise\n2. Bring your tablets.\n3. Eat a light breakfast.\n")
    (block,) = outline.blocks
    assert isinstance(block, ListBlock) and block.ordered
    assert [item.text for item in block.items] == [
        "Stop taking warfarin:", "Bring your tablets.", "Eat a light breakfast."]
    assert [item.text for item in block.items[0].sublists[0].items] == [
        "5 days before the procedure", "unless your doctor says otherwise"]
    assert [doubt.describe() for doubt in outline.doubts] == [
        "line 4: lettered items after a numbered one read as its sub-list"]
    # a blank line between the steps, and a step of a step under an unindented one
    spaced = outline_of("Title\n\n1. Stop these tablets:\na) warfarin\n   - 5 days before\n\nb) aspirin\n\n"
                        "2. Bring your tablets.\n")
    (block,) = spaced.blocks
    assert [item.text for item in block.items] == ["Stop these tablets:", "Bring your tablets."]
    (steps,) = block.items[0].sublists
    assert [item.text for item in steps.items] == ["warfarin", "aspirin"]
    assert [item.text for item in steps.items[0].sublists[0].items] == ["5 days before"]
    # the rest of a nested bullet's line is its own; numbers set in stay the list's items; a lettered
    # list starting again at "a)" after a blank line is a list of its own
    deeper = outline_of("Title\n\n   1. Stop your blood thinners:\na) warfarin\n   - 5 days before\n"
                        "     your operation\nb) aspirin\n   2. Bring your tablets.\n   3. Rest.\n\n"
                        "a) first\nb) second\n")
    numbered, lettered = deeper.blocks
    assert [item.text for item in numbered.items] == ["Stop your blood thinners:", "Bring your tablets.", "Rest."]
    (steps,) = numbered.items[0].sublists
    assert [item.text for item in steps.items] == ["warfarin", "aspirin"]
    assert [item.text for item in steps.items[0].sublists[0].items] == ["5 days before your operation"]
    assert [item.text for item in lettered.items] == ["first", "second"]
    # a list that is lettered throughout stays one list
    lettered = outline_of("Title\n\na) first step\nb) second step\n")
    assert [item.text for item in lettered.blocks[0].items] == ["first step", "second step"]
    # one going on after a paragraph keeps its place: "c)" is the third step, not the first
    going_on = outline_of("Title\n\nFirst, wash your hands.\n\nc) clean the skin\nd) dry it\n")
    assert going_on.blocks[-1].start == 3
    front = {"slug": "a", "title": "Title", "version": "1", "date": "2026-01-01"}
    assert "\n3. clean the skin\n4. dry it\n" in to_markdown(going_on, front)


@pytest.mark.parametrize(("label", "kind"), [
    ("Important", AlertKind.IMPORTANT), ("WARNING", AlertKind.WARNING), ("Caution:", AlertKind.CAUTION),
    ("Please note", AlertKind.NOTE)])
def test_a_label_line_makes_a_warning_box_of_what_follows(label, kind):
    outline = outline_of(f"Title\n\n{label}\nStop the tablets two days before.\n\nAfter that, rest.\n")
    assert outline.blocks == (
        Alert(kind, (Paragraph("Stop the tablets two days before.", 4),), 3),
        Paragraph("After that, rest.", 6),
    )


@pytest.mark.parametrize(("line", "text"), [
    ("Warning: take it once a week.", "Take it once a week."),
    ("Note: **never** double a dose.", "**Never** double a dose."),
    ("Important: pH strips are in the pack.", "pH strips are in the pack."),  # not all in lower case: as it is
    ("Caution: A&E is open all night.", "A&E is open all night."),
    ("Note: 2 tablets at most.", "2 tablets at most."),
    ("Important: mg/kg means milligrams for each kilogram.", "mg/kg means milligrams for each kilogram."),
    ("Note: www.example.org has the leaflet.", "www.example.org has the leaflet."),
    ("Note: stop.", "Stop."),
])
def test_a_sentence_a_label_began_starts_with_a_capital_in_its_box(line, text):
    """The box says "warning"; "take it once a week" under it read as a sentence cut short."""
    (box,) = [block for block in outline_of(f"Title\n\n{line}\n").blocks if isinstance(block, Alert)]
    assert [block.text for block in box.blocks] == [text]


@pytest.mark.parametrize("cut", ["should be between", "every", "should stay within"])
def test_a_line_broken_off_at_a_word_no_heading_ends_on_runs_on(cut):
    """'… should be between' / '4 and 7 mmol/L' was a heading and a paragraph: the range lost its start."""
    outline = outline_of(f"Title\n\nGive the dose the bottle shows.\n\nYour blood sugar {cut}\n4 and 7 hours, as the "
                         "nurse says.\n")
    assert not [block for block in outline.blocks if isinstance(block, Heading)]
    assert outline.blocks[-1].text == f"Your blood sugar {cut} 4 and 7 hours, as the nurse says."
    # A heading may end on "about" ("What this leaflet is about"): it stays one.
    about = outline_of("Title\n\nWhat this leaflet is about\nIt explains how to take your tablets safely.\n")
    assert [block.text for block in about.blocks if isinstance(block, Heading)] == ["What this leaflet is about"]


def test_important_information_is_not_a_label():
    outline = outline_of("Title\n\nImportant information about your medicine\nRead it all.\n")
    assert not any(isinstance(block, Alert) for block in outline.blocks)


def test_a_label_with_nothing_after_it_stays_a_paragraph_with_a_doubt():
    outline = outline_of("Title\n\nImportant\n")
    assert outline.blocks == (Paragraph("Important", 3),)
    assert outline.doubts[0].message.startswith("“Important” with nothing after it")


def test_fill_in_fields_are_kept_one_a_line():
    outline = outline_of("Title\n\nName: ________\nDate of birth: ..........\n")
    assert outline.blocks == (Paragraph("Name: ________\nDate of birth: ..........", 3),)


# -- the title and bad input


def test_navigation_before_the_title_is_dropped_and_reported():
    outline = outline_of("<<\nSkip to content\nHome | Services | Pain\nBack Pain Leaflet\n\nText here.\n")
    assert outline.title == "Back Pain Leaflet"
    assert [doubt.first_line for doubt in outline.doubts] == [1, 2, 3]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\f\f", "Page 1 of 2\n"])
def test_text_with_no_title_is_a_source_error(text):
    with pytest.raises(SourceError, match="no title line"):
        outline_of(text)


def test_import_text_names_the_file_and_line_of_bad_bytes(tmp_path):
    raw = tmp_path / "bad.txt"
    raw.write_bytes(b"Title\n\nQ1 Why?\nCaf\xe9 text\n")
    with pytest.raises(SourceError) as caught:
        import_text(raw)
    assert (caught.value.path, caught.value.line) == (raw, 4)
    raw.write_bytes(b"Title\n\nfine\nnul \x00 here\n")
    with pytest.raises(SourceError, match="NUL") as caught:
        import_text(raw)
    assert caught.value.line == 4
    raw.write_bytes(b"")
    with pytest.raises(SourceError, match="no title line") as caught:
        import_text(raw)
    assert str(caught.value) == f"{raw}:1: empty raw leaflet: no title line"


# -- any text at all


# Pieces of real leaflets' layouts, to meet the rules more often than random characters would.
_FRAGMENTS = st.sampled_from([
    "Q1 What is it?", "Q2: Why?", "1. Before", "2) After", "a) first", "• item", "- item", "* item", "▪ item",
    "    - nested", "IMPORTANT", "Warning: do not drive.", "DO NOT DRIVE OR", "OPERATE MACHINERY.", "Common",
    "(may affect up to 1 in 10 people):", "Tel: 01632 960 418", "www.example.org", "Date: ______",
    "Page 1 of 2", "\f", "<<", "Learn More", "Service, March 2026", "e!ect o! signi!cant", "treat-", "ment.",
    "A sentence ends here.  ", "a line broken in the", "middle of a sentence", "Side effects", "# not a heading",
    "> quote", "| a | b |", "**bold** _under_ `code` [link](x) <b>", "\\", "---", "", " ", "\t", "\r", "x" * 500,
])
_LINES = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=40)), max_size=30).map("\n".join)


def _markdown_the_reader_takes(outline) -> None:
    assert outline.title.strip()
    markdown = to_markdown(outline, {"slug": "any", "title": outline.title.replace("\n", " "),
                                     "version": "1", "date": "2026-11-23"})
    leaflet = parse_leaflet(markdown, Path("any.md"))
    assert leaflet.blocks[0].text.strip()  # the title, read back


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_LINES, st.text(max_size=600)))
def test_import_never_crashes_and_writes_markdown_the_reader_takes(text):
    try:
        outline = outline_of(text)
    except SourceError as error:  # nothing left once page numbers, footers and navigation are gone
        assert (error.message, error.line) == ("empty raw leaflet: no title line", 1)
        return
    _markdown_the_reader_takes(outline)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_LINES, st.text(max_size=600)))
def test_text_under_a_title_always_imports_under_that_title(text):
    outline = outline_of("Nerve Block Injections\n" + text)
    assert outline.title == "Nerve Block Injections"
    _markdown_the_reader_takes(outline)


def test_pdf_title_is_the_largest_line_near_the_top_and_the_lines_above_are_kept():
    lines = [
        RawLine("Northgate Pain Service", 1, 1, 9),
        RawLine("Spinal Cord", 2, 1, 22, True),
        RawLine("Stimulation", 3, 1, 22, True),
        RawLine("A small device eases nerve pain in the legs.", 4, 1, 10),
    ]
    outline = outline_from_lines(lines)
    assert outline.title == "Spinal Cord Stimulation"
    assert outline.blocks == (Paragraph("Northgate Pain Service", 1),
                              Paragraph("A small device eases nerve pain in the legs.", 4))
    assert [doubt.describe() for doubt in outline.doubts] == [
        "line 2: taken as the title: the largest line near the top (the lines above it follow it)"]


_PDF_LINES = st.lists(st.tuples(st.one_of(_FRAGMENTS, st.text(max_size=30)), st.sampled_from([8.0, 10.0, 10.5, 14.0, 20.0]),
                                st.booleans(), st.integers(1, 3)), max_size=25)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_PDF_LINES)
def test_pdf_lines_of_any_looks_import_or_are_refused_as_empty(rows):
    lines = [RawLine(text, number, page, size, bold) for number, (text, size, bold, page) in enumerate(rows, 1)]
    try:
        outline = outline_from_lines(sorted(lines, key=lambda line: line.page))
    except SourceError as error:
        assert error.message == "empty raw leaflet: no title line"
        return
    _markdown_the_reader_takes(outline)


def test_a_warning_box_ends_at_the_next_numbered_question():
    outline = outline_of("Title\n\nImportant\nQ2 What next?\nRest.\n")
    assert outline.blocks == (Paragraph("Important", 3), Heading("What next?", 2, 4), Paragraph("Rest.", 5))


def test_a_dash_without_a_space_starts_no_list():
    outline = outline_of("Title\n\nKeep the area dry\n-10 degrees is too cold for the dressing.\n")
    assert not any(isinstance(block, ListBlock) for block in outline.blocks)


def test_a_running_header_above_the_title_is_no_title():
    text = ("Pain Clinic\nKnee Injections\nWhy have one?\nTo ease the pain.\nPain Clinic\nPage 1 of 2\n"
            "More text.\nPain Clinic\nPage 2 of 2\n")
    outline = outline_of(text)
    assert outline.title == "Knee Injections"
    assert headings(outline) == ["Why have one?"]


# -- what the probe of real-world-like text found lost (2026-12-03)


def _texts(outline) -> list[str]:
    texts = []
    for block in outline.blocks:
        texts += [item.text for item in block.items] if isinstance(block, ListBlock) else [block.text]
    return texts


def test_a_line_repeated_in_the_body_of_two_pages_is_kept_and_only_edges_are_headers():
    text = ("Driving After a Nerve Block\n\nRest for the day.\nDO NOT DRIVE\nfor 24 hours after the procedure.\n"
            "Keep this leaflet.\nPain Service, March 2026  Page 1 of 2\n\f"
            "Pain Service, March 2026\nDO NOT DRIVE\nif you feel drowsy.\nCall us with questions.\n"
            "Pain Service, March 2026  Page 2 of 2\n")
    outline = outline_of(text)
    joined = " ".join(_texts(outline))
    assert joined.count("DO NOT DRIVE") == 2 and "Page 1 of 2" not in joined
    assert any("Page 1 of 2" in doubt.message and "header or footer" in doubt.message for doubt in outline.doubts)


@pytest.mark.parametrize("second_page", [
    "patients.\nThe second paragraph is about the infusion itself and is written for\npatients.\n",  # edge, top
    "The second paragraph is about the infusion itself and is written for\npatients.\n",  # edge, bottom
])
def test_a_paragraph_s_last_line_at_the_edge_of_two_pages_is_text_not_a_footer(second_page):
    """A short last line ("patients.") may fall at a page's edge on several pages; it ends a sentence in
    lower case, so it is no header or footer, and no paragraph loses it (nor is joined to the next)."""
    text = ("Iron Infusions\n\nThe first paragraph says what the clinic offers to its\npatients.\n"
            "Northgate Hospital\n\f" + second_page + "Northgate Hospital\n")
    outline = outline_of(text)
    joined = " ".join(_texts(outline))
    assert joined.count("patients.") == 1 + second_page.count("patients."), _texts(outline)
    assert "Northgate Hospital" not in joined  # the real footer, dropped as ever
    assert not any("patients." in doubt.message for doubt in outline.doubts)


def test_a_footer_that_ends_with_a_full_stop_is_dropped_where_it_repeats_in_its_place():
    text = ("Iron Infusions\n\nRest for the day.\nReview due 2027.\n\fCall us with questions.\n"
            "Review due 2027.\n")
    assert _texts(outline_of(text)) == ["Rest for the day.", "Call us with questions."]
    # a first page without the page number under the footer: the footer's place there differs, and it goes too
    text = ("Iron Infusions\n\nRest for the day.\nNorthgate Hospital. All rights reserved.\n\f"
            "Call us with questions.\nNorthgate Hospital. All rights reserved.\n2\n\f"
            "Keep this leaflet.\nNorthgate Hospital. All rights reserved.\n3\n")
    assert _texts(outline_of(text)) == ["Rest for the day.", "Call us with questions.", "Keep this leaflet."]


def test_a_number_on_a_line_of_its_own_in_the_body_is_a_dose_not_a_page_number():
    text = "Title\n\nHow many tablets should I take?\nMedicine   Tablets per dose\nParacetamol\n2\nIbuprofen\n1\n"
    joined = " ".join(_texts(outline_of(text)))
    assert "Paracetamol 2" in joined and "Ibuprofen 1" in joined
    paged = outline_of("Title\n\nText one.\nMore text.\n1\n\fText two.\nMore text again.\n2\n")
    assert _texts(paged) == ["Text one. More text.", "Text two. More text again."]  # page numbers at the foot


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "o"])
def test_bullets_as_extraction_gives_word_s_symbol_bullets_are_a_list(bullet):
    outline = outline_of(f"Title\n\nStop these medicines before the injection:\n{bullet} aspirin: 7 days before.\n"
                         f"{bullet} warfarin: 5 days before.\n")
    lists = [block for block in outline.blocks if isinstance(block, ListBlock)]
    assert [item.text for item in lists[0].items] == ["aspirin: 7 days before.", "warfarin: 5 days before."]


def test_a_sentence_going_on_over_a_page_break_is_not_cut_into_a_heading():
    outline = outline_of("Title\n\nAfter the injection you should rest. Do not take\n\fmore than 8 tablets in a day.\n")
    assert not [block for block in outline.blocks if isinstance(block, Heading)]
    assert "rest. Do not take" in " ".join(_texts(outline))  # the negation stays with its sentence


def test_a_range_broken_at_its_dash_is_joined_without_a_space():
    text = "Title\n\nPlease take the tablets as your doctor said, usually 10-\n20 mg a day in 1–\n2 doses.\n"
    assert _texts(outline_of(text)) == ["Please take the tablets as your doctor said, usually 10-20 mg a day in 1–2 doses."]


def test_a_wrapped_sentence_with_a_line_starting_hours_is_prose_not_a_contact_block():
    text = "Title\n\nAfter the injection keep the dressing\ndry and in place for 24\nhours. Then you may shower\nas usual.\n"
    assert _texts(outline_of(text)) == [
        "After the injection keep the dressing dry and in place for 24 hours. Then you may shower as usual."]
    contact = outline_of("Title\n\nPain Clinic\nLevel 2, Main Building\nTel: 02 1234 5678\nMonday to Friday 8am to 4pm\n")
    assert _texts(contact) == ["Pain Clinic\nLevel 2, Main Building\nTel: 02 1234 5678\nMonday to Friday 8am to 4pm"]


def test_lines_at_page_edges_that_differ_in_a_dose_and_a_number_that_is_not_the_page_are_kept():
    text = ("Tapering Steroids\n\nWeek 1: take 2 tablets daily\nThen see the table over the page.\n"
            "Keep this leaflet.\n\f"
            "Week 2: take 4 tablets daily\nThen stop.\nTablets left over at the end:\n4\n")
    joined = " ".join(_texts(outline_of(text)))
    assert "Week 1: take 2 tablets daily" in joined and "Week 2: take 4 tablets daily" in joined
    assert joined.rstrip().endswith("4")  # a count at the foot of page 2, not its number
    numbered = outline_of("Title\n\nText one here.\nMore text.\n1\n\fText two here.\nMore text again.\n2\n")
    assert _texts(numbered) == ["Text one here. More text.", "Text two here. More text again."]


def test_page_numbers_are_a_series_at_the_edges_whatever_they_start_from_and_are_reported():
    booklet = outline_of("Title\n\nDo not take more than\n5\n\feight tablets in a day. Call us.\n6\n\fMore text here.\n7\n")
    assert "5" not in " ".join(_texts(booklet)).split() and "6" not in " ".join(_texts(booklet)).split()
    assert any("dropped the page numbers “5”, “6”, “7”" in doubt.message for doubt in booklet.doubts)
    lone = outline_of("Title\n\nText one here.\nMore text.\n\fTablets left over:\n4\n")
    assert "Tablets left over: 4" in " ".join(_texts(lone))  # one number at one foot: no series, a count
    ward = outline_of("Title\n\nWard 3, page 1\nText one here.\n\fWard 3, page 2\nText two here.\n")
    assert _texts(ward) == ["Text one here.", "Text two here."]


def test_a_dose_beside_its_page_s_number_at_the_edge_is_kept_and_only_the_number_goes():
    """"Evening", "2", "2" at a page's foot is a dose of 2 over page number 2: both were dropped as page numbers,
    and on two pages' edges every dose went ("5", "1", "5", "2", "2", "3" reported as page numbers)."""
    start = "Morphine\n\nHow many mL to take at each time of day.\n"
    one = outline_of(start + "Morning\n5\n1\n\fEvening\n2\n2\n\fTake it with food or milk.\n3\n")
    assert " ".join(_texts(one)).endswith("Morning 5 Evening 2 Take it with food or milk.")
    assert [d.message for d in one.doubts if "page numbers" in d.message] == [
        "dropped the page numbers “1”, “2”, “3” at the pages' top or foot"]
    two = outline_of(start + "Morning\n5\n1\n\fLunchtime\n5\nEvening\n2\n2\n\fTake it with food or milk.\n3\n")
    assert "Morning 5 Lunchtime 5 Evening 2" in " ".join(_texts(two))


def test_a_bold_colon_alone_is_no_empty_heading():
    outline = outline_from_lines([RawLine("Q1 What is it?", 1, 1, 8.0, False), RawLine("Q1 What is it?", 2, 1, 8.0, False),
                                  RawLine(":", 3, 1, 8.0, True)])
    assert all(block.text for block in outline.blocks if isinstance(block, Heading))


def test_a_bullet_glued_to_its_word_is_a_bullet_not_a_lost_ligature():
    glued = outline_of("Title\n\n•Do not drive.\n•Rest at home.\n")  # "•Do" is no "fiDo"
    assert [item.text for item in glued.blocks[0].items] == ["Do not drive.", "Rest at home."]
    assert not any("ligature" in doubt.message for doubt in glued.doubts)
    lost = outline_of("Title\n\nThe •rst dose may make you sleepy.\n")  # a ligature lost at a word's start
    assert lost.blocks[0].text == "The first dose may make you sleepy."


def test_list_items_that_wrapped_are_no_side_list_read_across():
    """Items that wrapped alternate with lower-case lines as a side list read across does; their lines are long."""
    wrapped = outline_of("Title\n\nAfter the injection:\n\n• Do not give this medicine to\nchildren under 12 years old.\n"
                         "• Do not drive or use machines\nfor 24 hours after the\ninjection.\n"
                         "• Do not drink alcohol for 24\nhours after the injection.\n")
    assert [item.text for item in wrapped.blocks[-1].items] == [
        "Do not give this medicine to children under 12 years old.",
        "Do not drive or use machines for 24 hours after the injection.",
        "Do not drink alcohol for 24 hours after the injection."]
    assert not any("interleaved" in doubt.message for doubt in wrapped.doubts)
    # but a side list read across whose items are long still is one: the text runs on past its first item
    across = outline_of("Title\n\nWhat to bring\n\nthe ward will ring you the day before\n"
                        "• Your glucose meter and strips\nto tell you what time to come in and\n"
                        "• All your tablets in their boxes\nwhich door to use when you get there.\n"
                        "• A snack and a drink\n")
    assert ("the ward will ring you the day before to tell you what time to come in and which door to use when "
            "you get there.") in [block.text for block in across.blocks if hasattr(block, "text")]
    assert any("interleaved" in doubt.message for doubt in across.doubts)



def test_a_sentence_wrapped_between_two_addresses_is_prose_not_a_contact_block(tmp_path):
    path = tmp_path / "gabapentin.txt"
    path.write_text("Gabapentin\n\nFor more information see www.example.org/gabapentin or\nemail meds@example.org.\n\n"
                    "Pain clinic\nTelephone: 020 7946 0000\nwww.example.org/pain\n", encoding="utf-8")
    paragraphs = [b.text for b in import_text(path).blocks if isinstance(b, Paragraph)]
    assert "For more information see www.example.org/gabapentin or email meds@example.org." in paragraphs
    assert any(text.count("\n") == 2 and text.startswith("Pain clinic\n") for text in paragraphs), paragraphs


def test_contact_lines_ending_with_or_and_stay_one_contact_block(tmp_path):
    path = tmp_path / "pharmacy.txt"
    path.write_text("Pharmacy\n\nSome prose here about the medicine.\n\nPharmacy Department\n"
                    "Telephone: 020 7946 0000 or\nemail: meds@example.org\nMonday to Friday 9am to 5pm\n\n"
                    "Pain Clinic, Ward 5 and\nwww.example.org/pain\nTelephone: 020 7946 0001\n", encoding="utf-8")
    paragraphs = [b.text for b in import_text(path).blocks if isinstance(b, Paragraph)]
    assert ("Pharmacy Department\nTelephone: 020 7946 0000 or\nemail: meds@example.org\nMonday to Friday 9am to 5pm"
            in paragraphs), paragraphs
    assert "Pain Clinic, Ward 5 and\nwww.example.org/pain\nTelephone: 020 7946 0001" in paragraphs, paragraphs


def test_text_without_line_breaks_is_read_once_not_once_a_sentence(tmp_path, monkeypatch):
    """A leaflet saved as one long line (a web page copied out): each of its sentences read the whole line
    again, and 320 KB took minutes. The work is measured in characters normalised, not in seconds."""
    sentences = [f"Take {n} tablets with water after food, then rest for {n + 1} hours." for n in range(1, 801)]
    path = tmp_path / "one-line.txt"
    path.write_text("Tablets and rest\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    read = 0
    normalise = rawtext._normalise

    def counted(text: str) -> str:
        nonlocal read
        read += len(text)
        return normalise(text)

    monkeypatch.setattr(rawtext, "_normalise", counted)
    rawtext._read_as.cache_clear()
    markdown = to_markdown(import_text(path), {"slug": "one-line"})

    assert read < 20 * path.stat().st_size  # each sentence re-read it: 800 times the file
    assert all(sentence in markdown for sentence in sentences)
