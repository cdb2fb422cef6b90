"""The text edition of tables: every header cell is written, as a label or as a line of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.core.languages import language
from pipeline.publish.build import RenderedBlock, render_text
from pipeline.publish.stamp import Edition, english_stamp
from pipeline.source.document import parse_leaflet

FRONT = """---
slug: injection
title: Injection
version: 1.0
date: 2026-11-30
---

# Injection

"""


def text_edition(body: str) -> str:
    leaflet = parse_leaflet(FRONT + body, Path("source/injection.md"))
    rendered = [RenderedBlock(block, block.text) for block in leaflet.blocks]
    edition = Edition(leaflet.title, leaflet.version, "", dt.date(2028, 11, 30))
    return render_text(rendered, english_stamp(edition, dt.date(2026, 11, 30)))


def test_a_table_of_only_a_header_row_is_in_the_text_edition():
    text = text_edition("| **DO NOT** drive after this injection |\n|---|\n\nAsk the nurse.\n")
    assert "- *DO NOT* drive after this injection\n" in text  # strong, as the text edition marks it
    assert "Ask the nurse." in text


def test_a_header_over_a_column_without_body_cells_is_written_once_and_the_others_label_their_cells():
    text = text_edition("| When | Note |\n|---|---|\n| Morning |\n")
    lines = text.splitlines()
    assert "- Note" in lines
    assert "- When: Morning" in lines
    assert text.count("When") == 1 and text.count("Note") == 1


def test_a_chinese_cell_follows_its_header_with_a_chinese_colon():
    """"剂量: 400 毫克" with an ASCII colon and space reads as a typo in Chinese: the interface catalogue's "："."""
    leaflet = parse_leaflet(FRONT + "| 剂量 | 时间 |\n|---|---|\n| 400 毫克 | 早上 |\n", Path("source/injection.md"))
    rendered = [RenderedBlock(block, block.text) for block in leaflet.blocks]
    edition = Edition(leaflet.title, leaflet.version, "", dt.date(2028, 11, 30))
    lines = render_text(rendered, english_stamp(edition, dt.date(2026, 11, 30)), language("zh_Hans")).splitlines()
    assert "- 剂量：400 毫克" in lines and "  时间：早上" in lines
    assert "- 剂量: 400 毫克" in text_edition("| 剂量 | 时间 |\n|---|---|\n| 400 毫克 | 早上 |\n").splitlines()  # English
