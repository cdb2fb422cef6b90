"""The command line at its edge: where -C goes, unknown values, suggestions, --version, help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli.main import app
from pipeline.core.languages import meanings, suggestions
from pipeline.run import stages
from tests.conftest import SLUG, write_pyproject

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Run from a folder that is no project: a command that lost its -C fails instead of using the repo."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    monkeypatch.chdir(outside)
    return outside


def one_line_error(result) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leaflets: error: "), result.output
    return lines[0]


def test_project_option_before_or_after_the_subcommand(make_project, elsewhere):
    config = make_project(["vi"])
    root = str(config.root)
    for args in (["-C", root, "check", "--format", "json"], ["check", "--format", "json", "-C", root],
                 ["check", "--project", root, "--format", "json"]):
        result = runner.invoke(app, args)
        assert [row["language"] for row in json.loads(result.stdout)["languages"]] == [], args  # no leaflet yet
        assert json.loads(result.stdout)["stale_templates"] == [], args
    stages.run(config)
    for args in (["review", "queue", "-C", root], ["review", "-C", root, "queue"], ["status", "-C", root]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
        assert "vi" in result.output
    lost = runner.invoke(app, ["status"])  # the last command's -C is not remembered
    assert lost.exit_code == 1 and "no pyproject.toml with a [tool.leaflets] table" in lost.output


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("zh-CN", "zh_Hans"), ("zh_CN", "zh_Hans"), ("zh-TW", "zh_Hant"), ("cn", "zh_Hans"), ("sp", "es"),
     ("es_ES", "es"), ("Spanish", "es"), ("farsi", "fa"), ("persian", "fa"), ("pa", "pa_Guru")],
)
def test_an_unconfigured_language_exits_2_with_what_it_may_mean(make_project, elsewhere, typed, meant):
    config = make_project(["zh_Hans", "zh_Hant", "es", "fa", "pa_Guru"])
    result = runner.invoke(app, ["check", "-C", str(config.root), "--lang", typed])
    assert result.exit_code == 2
    line = one_line_error(result)
    assert f"{typed!r} is not a configured language; did you mean {meant}?" in line


def test_language_suggestions_come_from_babel_and_a_few_shorthands():
    configured = ["zh_Hans", "zh_Hant", "es", "fa", "pa_Guru", "en_XA"]
    assert suggestions("chinese", configured) == ["zh_Hans", "zh_Hant"]
    assert suggestions("zh", configured) == ["zh_Hans", "zh_Hant"]
    assert suggestions("ES", configured) == ["es"]
    assert suggestions("en", configured) == []  # a pseudo-locale is not English
    assert suggestions("de", configured) == []
    assert suggestions("zh_Hnas", configured)[0] == "zh_Hans"  # spelt alike
    assert meanings("spa") == ["es"] and meanings("iw") == ["he"] and meanings("jp") == ["ja"]
    assert meanings("xx") == []


def test_bad_values_on_every_command_exit_2_in_one_line(make_project, elsewhere):
    config = make_project(["es"])
    root = str(config.root)
    stages.run(config)
    cases = {
        ("check", "--format", "xml"): "Invalid value for '--format': 'xml'",
        ("lint", "--format", "junit"): "Invalid value for '--format': 'junit'",
        ("update", "--lang", "sp"): "'sp' is not a configured language; did you mean es?",
        ("draft", "--lang", "de"): "'de' is not a configured language (configured: es)",
        ("draft", "--engine", "bing"): "unknown draft engine 'bing'",
        ("review", "queue", "--leaflet", "magnesium-infusion"): "no leaflet 'magnesium-infusion'; "
                                                                "did you mean magnesium-infusions?",
        ("review", "preview", "--lang", "es-ES"): "'es-ES' is not a configured language; did you mean es?",
        ("nosuch",): "No such command 'nosuch'",
        ("check", "--colour"): "No such option: --colour",
    }
    for args, message in cases.items():
        result = runner.invoke(app, [*args, "-C", root])
        assert result.exit_code == 2, (args, result.output)
        assert message in one_line_error(result), args
    bad_format = runner.invoke(app, ["check", "--format", "xml"], prog_name="leaflets")
    assert one_line_error(bad_format).endswith("; see `leaflets check --help`")


def test_build_lang_selects_previews_and_is_refused_without_them(make_project, elsewhere):
    config = make_project(["es", "ar"])
    stages.run(config)
    index = config.output_dir / "index.html"
    before = index.stat().st_mtime_ns
    refused = runner.invoke(app, ["build", "-C", str(config.root), "--lang", "es"])
    assert refused.exit_code == 2
    assert "--lang chooses the languages of the previews: add --preview" in one_line_error(refused)
    assert index.stat().st_mtime_ns == before and not (config.root / "dist-preview").exists()
    unknown = runner.invoke(app, ["build", "-C", str(config.root), "--preview", "--lang", "xx"])
    assert unknown.exit_code == 2 and not (config.root / "dist-preview").exists()
    built = runner.invoke(app, ["build", "-C", str(config.root), "--preview", "--lang", "es"])
    assert built.exit_code == 0, built.output
    assert (config.root / "dist-preview" / "es" / f"{SLUG}.html").exists()
    assert not (config.root / "dist-preview" / "ar").exists()


def test_a_bad_setting_stops_every_command_before_it_writes(make_project, elsewhere):
    config = make_project(["es"])
    write_pyproject(config.root, ["es"], extra='\n[tool.leaflets.review]\napprove_own_edits = "no"\n')
    for command in ("run", "status", "check", "lint"):
        result = runner.invoke(app, [command, "-C", str(config.root)])
        assert result.exit_code == 1
        assert "pyproject.toml:9: [tool.leaflets.review] approve_own_edits must be true or false" in \
            one_line_error(result)
    assert not config.pot_path(SLUG).exists()


def test_version_matches_the_package_metadata(elsewhere):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert result.output.strip() == f"leaflets {__version__}" == f"leaflets {project['version']}"


def test_run_help_says_that_it_drafts():
    result = runner.invoke(app, ["run", "--help"])
    assert result.exit_code == 0
    assert "draft" in result.output and "in_run = true" in result.output


def test_the_installed_entry_point_takes_c_after_the_subcommand(make_project, elsewhere):
    config = make_project(["zh_Hans"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "pipeline", "check", "-C", str(config.root), "--lang", "zh-CN"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == ("leaflets: error: 'zh-CN' is not a configured language; did you mean zh_Hans? "
                                     "(configured: zh_Hans)")


@pytest.mark.parametrize("port", ["99999", "65536", "-5"])
def test_a_port_out_of_range_for_the_review_page_is_a_usage_error(tmp_path, port):
    write_pyproject(tmp_path, ["es"])
    result = runner.invoke(app, ["-C", str(tmp_path), "review", "serve", "--reviewer", "jchen", f"--port={port}"])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '--port': {port} is not in the range 0<=x<=65535" in result.output
