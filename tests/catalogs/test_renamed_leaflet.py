"""A leaflet renamed (its Markdown moved, its slug changed): its new catalogues start from the old ones.

Translators' work carries over; approvals do not (each names the leaflet it was given for),
so nothing is published until a clinician approves the words again.
"""

from __future__ import annotations

import subprocess

from pipeline.catalogs.po import messages, read_catalog, translation_of
from pipeline.run import stages
from tests.conftest import SLUG, approve_all, fake_translation, translate_all


def rename(config, new: str, *, change=lambda text: text) -> None:
    old = config.source_path(SLUG)
    text = old.read_text(encoding="utf-8").replace(f"slug: {SLUG}\n", f"slug: {new}\n")
    config.source_path(new).write_text(change(text), encoding="utf-8")
    old.unlink()
    for raw in config.raw_dir.glob(f"{SLUG}.*"):
        raw.unlink()  # the Markdown is what the clinic edits now


def test_a_renamed_leaflets_catalogues_keep_their_translations_and_lose_their_approvals(project):
    translate_all(project, "es", fake_translation("es"))
    assert approve_all(project, "es") > 0
    stages.run(project)
    old_po = project.po_path("es", SLUG).read_bytes()
    rename(project, "magnesium")

    report = stages.run(project)

    assert any(note.startswith(f"magnesium: its new catalogues start from those of {SLUG}") for note in report.notes)
    new = {message.id: translation_of(message) for message in messages(read_catalog(project.po_path("es", "magnesium")))}
    old = {message.id: translation_of(message) for message in messages(read_catalog(project.po_path("es", SLUG)))}
    assert new == old and all(new.values())
    assert "#: source/magnesium.md:" in project.po_path("es", "magnesium").read_text(encoding="utf-8")
    assert project.po_path("es", SLUG).read_bytes() == old_po  # the old ones left as they were
    spanish = next(p for p in report.publications if p.slug == "magnesium" and p.lang == "es")
    assert not spanish.published and spanish.approved == 0  # approved again, or not at all
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(project.po_path("es", "magnesium"))],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert approve_all(project, "es", slug="magnesium") == spanish.total  # the way back: approve them again


def test_a_new_leaflet_with_little_english_in_common_with_a_deleted_one_starts_empty(project):
    translate_all(project, "es", fake_translation("es"))
    stages.run(project)
    keep = 3  # the title and two more of the leaflet's two dozen entries

    def mostly_new(text: str) -> str:
        head, _, body = text.partition("\n# ")
        lines = [line for line in body.split("\n") if line.strip()]
        return head + "\n# " + "\n\n".join(lines[:keep] + [f"A new paragraph number {n}." for n in range(20)]) + "\n"

    rename(project, "new-leaflet", change=mostly_new)
    report = stages.run(project)
    assert not any("start from those of" in note for note in report.notes)
    assert not any(translation_of(m) for m in messages(read_catalog(project.po_path("es", "new-leaflet"))))
