"""Lint per unit: a list item or a table cell is warned about at its own line."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.config import LintSettings
from pipeline.source.document import parse_leaflet
from pipeline.source.lint import lint_leaflet

SOURCE = """---
slug: demo
title: Demo
version: 1
date: 2026-01-01
---

# Demo

## Doses

- a dose of 5mg at night
- then 10mg in the morning

| When | Dose |
|---|---|
| Day 1 | 20mg |
"""


def test_a_run_on_number_and_unit_is_placed_at_its_list_item_and_table_row():
    leaflet = parse_leaflet(SOURCE, Path("demo.md"))
    warnings = [w for w in lint_leaflet(leaflet, LintSettings(), SOURCE.split("\n")) if w.rule == "number-unit"]
    assert [(w.line, w.message.split("”")[0]) for w in warnings] == [(12, "“5mg"), (13, "“10mg"), (17, "“20mg")]
