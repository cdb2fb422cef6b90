"""Every published HTML page, the picker, the bilingual editions and the QR codes pass the Nu Html Checker."""

from __future__ import annotations

import json
import subprocess

from tests.outputs.conftest import VNU


def vnu(*args: str) -> list[dict]:
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *args],
                            capture_output=True, text=True, timeout=300, check=False)
    report = json.loads(result.stderr or result.stdout)  # vnu writes its report to stderr
    return [m for m in report["messages"] if m["type"] == "error" or m.get("subType") == "fatal"]


def test_every_page_passes_the_nu_html_checker(published):
    dist = published.output_dir
    pages = sorted(dist.glob("*/*.html")) + [dist / "index.html"]
    # en: two leaflets; ar and zh_Hans: two leaflets, page and bilingual; six more languages; the picker.
    assert len(pages) == 2 + 2 * 4 + 6 * 2 + 1
    svgs = sorted(dist.glob("*/*.qr.svg"))
    assert svgs
    errors = vnu("--also-check-svg", *map(str, pages + svgs))
    assert errors == [], "\n".join(f"{e.get('url')}: {e.get('message')}" for e in errors)


def test_the_checker_does_find_errors_when_there_are_some(tmp_path):
    # The same call on a broken page reports it: the test above can fail.
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><p><div></p></body></html>",
                      encoding="utf-8")
    assert vnu(str(broken))
