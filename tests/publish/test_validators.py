"""Every published HTML page, the picker, the bilingual editions and the QR codes pass the Nu Html Checker."""

from __future__ import annotations

import json
import subprocess

import pytest

import tests.publish.conftest as outputs


def vnu(*args: str) -> list[dict]:
    result = subprocess.run([*outputs.vnu_command(), "--errors-only", "--format", "json", *args],
                            capture_output=True, text=True, timeout=300, check=False)
    output = result.stderr or result.stdout  # vnu writes its report to stderr
    try:
        report = json.loads(output)
    except json.JSONDecodeError:
        pytest.fail(f"the Nu Html Checker gave no report (exit {result.returncode}): {output.strip()[:300]}; "
                    f"{outputs.SETUP}", pytrace=False)
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


@pytest.mark.parametrize("missing", ["java", "vnu.jar", "a working java"])
def test_a_missing_tool_fails_saying_what_to_install(missing, tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang=en><head><title>x</title></head><body></body></html>",
                    encoding="utf-8")
    if missing == "java":
        monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    elif missing == "vnu.jar":
        monkeypatch.setattr(outputs, "VNU", tmp_path / "node_modules" / "vnu.jar")
    else:  # a java that runs but cannot start the checker
        fake = tmp_path / "java"
        fake.write_text("#!/bin/sh\necho 'Error: Unable to access jarfile' >&2\nexit 1\n", encoding="utf-8")
        fake.chmod(0o755)
        monkeypatch.setenv("PATH", str(tmp_path))
        (tmp_path / "vnu.jar").write_bytes(b"not a jar")
        monkeypatch.setattr(outputs, "VNU", tmp_path / "vnu.jar")
    with pytest.raises(pytest.fail.Exception) as failed:
        vnu(str(page))
    assert "run `bash scripts/test`, which installs Java" in str(failed.value)
    assert {"java": "java is not on PATH", "vnu.jar": "vnu.jar is missing",
            "a working java": "Unable to access jarfile"}[missing] in str(failed.value)


def test_a_missing_npm_package_fails_saying_what_to_install(tmp_path):
    with pytest.raises(pytest.fail.Exception) as failed:
        outputs.installed(tmp_path / "axe-core" / "axe.min.js", "axe-core (npm package)")
    assert str(failed.value).startswith("axe-core (npm package) is not installed")
    assert "the npm packages in tests/node" in str(failed.value)
