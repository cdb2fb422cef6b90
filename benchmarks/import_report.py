"""How well import reads each layout of the test corpus: the table in the README.

For every ``tests/source/corpus/<layout>.txt`` (and the magnesium leaflet), the
headings, list items and warning boxes import finds now, against those of the expected
Markdown (``<layout>.md``, as a person would correct it), the longest unit
(paragraph, list item or heading, in characters: what a translator gets in one
piece) and the number of doubts reported.

Run from the repository: ``python benchmarks/import_report.py`` prints a
Markdown table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.source.outline import Alert, Block, Heading, ListBlock, Outline, Paragraph, Table
from pipeline.source.rawtext import import_text

_HEADING = re.compile(r"^#{2,6} ")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.) ")


def units(blocks: tuple[Block, ...] | tuple[Paragraph | ListBlock, ...]) -> list[str]:
    """Every translation unit's text in ``blocks``."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            for item in block.items:
                out += [item.text, *units(item.sublists)]
        elif isinstance(block, Table):
            out += [cell for row in (block.header, *block.rows) for cell in row]
        elif isinstance(block, Alert):
            out += units(block.blocks)
    return out


def headings(blocks: tuple[Block, ...]) -> int:
    return sum(1 for block in blocks if isinstance(block, Heading))


def list_items(blocks: tuple[Block, ...] | tuple[Paragraph | ListBlock, ...]) -> int:
    total = 0
    for block in blocks:
        if isinstance(block, ListBlock):
            total += sum(1 + list_items(item.sublists) for item in block.items)
        elif isinstance(block, Alert):
            total += list_items(block.blocks)
    return total


def row(name: str, raw: Path, expected: Path) -> str:
    outline: Outline = import_text(raw)
    lines = expected.read_text(encoding="utf-8").split("\n")
    unquoted = [line.removeprefix("> ") for line in lines]
    boxes = sum(1 for block in outline.blocks if isinstance(block, Alert))
    longest = max((len(text) for text in units(outline.blocks)), default=0)
    return (f"| {name} | {headings(outline.blocks)} / {sum(1 for line in lines if _HEADING.match(line))} "
            f"| {list_items(outline.blocks)} / {sum(1 for line in unquoted if _ITEM.match(line))} "
            f"| {boxes} / {sum(1 for line in lines if line.startswith('> [!'))} | {longest} | {len(outline.doubts)} |")


def main() -> None:
    corpus = REPO / "tests" / "source" / "corpus"
    print("| Layout (corpus file) | Headings found / expected | List items found / expected "
          "| Warning boxes found / expected | Longest unit (characters) | Doubts reported |")
    print("|---|---|---|---|---|---|")
    for raw in sorted(corpus.glob("*.txt")):
        print(row(raw.stem, raw, raw.with_suffix(".md")))
    print(row("magnesium-infusions (source/)", REPO / "source" / "raw" / "magnesium-infusions.txt",
              REPO / "source" / "magnesium-infusions.md"))


if __name__ == "__main__":
    main()
