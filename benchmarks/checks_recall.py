"""Recall and false alarms of the checks on the test set, per class and language.

    python benchmarks/checks_recall.py [--pofilter PATH/TO/pofilter] [--json FILE]

Runs every check (pipeline.checks.rules.run_checks) over tests/checks/testset: a
dangerous defect is caught when a check reports an error; English left in when any
check speaks; a correct text is a false alarm when a check reports an error. With
``--pofilter``, translate-toolkit's pofilter (all its default tests) runs on the same
cases, one PO file per language, and a case counts as flagged when pofilter
reports any failure on it. Prints Markdown tables for the README.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from tests.checks.testset import DANGEROUS, LANGUAGES, WARNED, Case, cases, evaluate

CLASSES = DANGEROUS + WARNED


def pofilter_flags(all_cases: list[Case], pofilter: str) -> set[int]:
    """Indexes of the cases pofilter reports a failure on."""
    flagged: set[int] = set()
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            catalog = Catalog(locale=None)
            catalog.language_team = lang
            for index, case in enumerate(all_cases):
                if case.lang == lang:
                    catalog.add(case.english, case.translation, context=str(index))
            source, output = Path(folder) / f"{lang}.po", Path(folder) / f"{lang}.out.po"
            with source.open("wb") as stream:
                write_po(stream, catalog, width=0)
            subprocess.run([pofilter, f"--language={lang.split('_')[0]}", "--progress=none", "-i", str(source),
                            "-o", str(output)], check=True, capture_output=True)
            if output.exists():
                with output.open("rb") as stream:
                    failed = read_po(stream)
                flagged |= {int(message.context) for message in failed if message.id and message.context}
    return flagged


def table(rows: dict[str, dict[str, tuple[int, int]]], columns: list[str], title: str) -> str:
    """A Markdown table: one row per key of ``rows``, cells "hits/total", and a total column."""
    lines = [f"| {title} | " + " | ".join(columns) + " | all |", "| --- |" + " --- |" * (len(columns) + 1)]
    for name, cells in rows.items():
        hits = sum(cells.get(c, (0, 0))[0] for c in columns)
        total = sum(cells.get(c, (0, 0))[1] for c in columns)
        shown = [f"{cells[c][0]}/{cells[c][1]}" if c in cells and cells[c][1] else "–" for c in columns]
        lines.append(f"| {name} | " + " | ".join(shown) + f" | **{hits}/{total}** ({hits / total:.0%}) |")
    return "\n".join(lines)


def side_by_side(rows: dict[str, dict[str, tuple[tuple[int, int], tuple[int, int]]]]) -> str:
    """One table, each cell "ours · pofilter's" out of the cases of that class and language."""
    lines = ["| | " + " | ".join(LANGUAGES) + " | all |", "| --- |" + " --- |" * (len(LANGUAGES) + 1)]
    for name, cells in rows.items():
        shown = [f"{cells[lang][0][0]} · {cells[lang][1][0]} /{cells[lang][0][1]}" if lang in cells else "–"
                 for lang in LANGUAGES]
        ours = sum(cells[lang][0][0] for lang in cells), sum(cells[lang][0][1] for lang in cells)
        theirs = sum(cells[lang][1][0] for lang in cells)
        shown.append(f"**{ours[0]} · {theirs} /{ours[1]}** ({ours[0] / ours[1]:.0%} · {theirs / ours[1]:.0%})")
        lines.append(f"| {name} | " + " | ".join(shown) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pofilter", help="path to translate-toolkit's pofilter, to measure it too")
    parser.add_argument("--json", type=Path, help="write the numbers here as well")
    options = parser.parse_args()

    all_cases = cases()
    results = evaluate(all_cases)
    ours: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for (cls, lang), tally in sorted(results.recall.items()):
        ours[cls][lang] = (tally.hits, tally.total)
    alarms = {lang: (t.hits, t.total) for lang, t in sorted(results.false_alarms.items())}
    print("## leaflets checks: defects caught (errors; English left in: any finding)\n")
    print(table({cls: ours[cls] for cls in CLASSES}, LANGUAGES, "class"))
    print()
    print(table({"false alarms (errors on correct texts)": alarms}, LANGUAGES, ""))
    report = {"leaflets": {"recall": ours, "false_alarms": alarms}}

    if options.pofilter:
        flagged = pofilter_flags(all_cases, options.pofilter)
        theirs: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for index, case in enumerate(all_cases):
            cell = theirs["correct" if case.expected == "correct" else case.expected][case.lang]
            cell[0] += index in flagged
            cell[1] += 1
        pofilter_rows = {cls: {lang: (h, t) for lang, (h, t) in theirs[cls].items()} for cls in CLASSES}
        print("\n## translate-toolkit pofilter on the same cases: defects flagged (any failure)\n")
        print(table(pofilter_rows, LANGUAGES, "class"))
        print()
        print(table({"false alarms (any failure on correct texts)":
                     {lang: (h, t) for lang, (h, t) in theirs["correct"].items()}}, LANGUAGES, ""))
        report["pofilter"] = {"recall": pofilter_rows, "false_alarms": dict(theirs["correct"])}
        print("\n## Side by side: leaflets · pofilter\n")
        side = {cls: {lang: (ours[cls][lang], pofilter_rows[cls][lang]) for lang in ours[cls]} for cls in CLASSES}
        side["false alarms"] = {lang: (alarms[lang], tuple(theirs["correct"][lang])) for lang in alarms}
        print(side_by_side(side))
    if options.json:
        options.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
