"""The CI gate: completeness, approval and staleness of every catalogue. Reads, never writes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.catalogs import key_of, messages, read_catalog, render_catalog
from pipeline.config import Config
from pipeline.errors import LeafletsError
from pipeline.extract import template_for
from pipeline.review import ReviewState, load_ledger, state_of
from pipeline.source import read_leaflet
from pipeline.update import read_language_catalog


@dataclass(frozen=True)
class Problem:
    """A file that could not be checked, as ``file:line: message``."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass
class LanguageStatus:
    slug: str
    lang: str
    threshold: float
    counts: Counter[ReviewState] = field(default_factory=Counter)
    obsolete: int = 0
    po_stale: bool = False  # the PO lacks English that is in the POT: run `leaflets update`
    unreadable: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def approved(self) -> int:
        return self.counts[ReviewState.APPROVED]

    @property
    def approved_share(self) -> float:
        return self.approved / self.total if self.total else 0.0

    @property
    def passes(self) -> bool:
        if self.unreadable:
            return False
        return self.approved_share >= self.threshold and not (self.threshold and self.po_stale)

    def as_dict(self) -> dict:
        return {
            "leaflet": self.slug,
            "language": self.lang,
            "threshold": self.threshold,
            "total": self.total,
            "approved_share": round(self.approved_share, 4),
            "counts": {state.value: self.counts[state] for state in ReviewState},
            "obsolete": self.obsolete,
            "po_stale": self.po_stale,
            "unreadable": self.unreadable,
            "passes": self.passes,
        }


@dataclass
class CheckReport:
    languages: list[LanguageStatus] = field(default_factory=list)
    stale_templates: list[str] = field(default_factory=list)  # slugs whose POT lags the source
    problems: list[Problem] = field(default_factory=list)

    @property
    def passes(self) -> bool:
        return not self.problems and all(s.passes for s in self.languages)

    def as_dict(self) -> dict:
        return {
            "passes": self.passes,
            "stale_templates": self.stale_templates,
            "problems": [{"location": p.location, "message": p.message} for p in self.problems],
            "languages": [s.as_dict() for s in self.languages],
        }


def _problem(error: LeafletsError) -> Problem:
    location = str(error.path or "?") + (f":{error.line}" if error.line else "")
    return Problem(location, error.message)


def check(config: Config, langs: list[str] | None = None) -> CheckReport:
    report = CheckReport()
    for slug in config.slugs():
        try:
            leaflet = read_leaflet(config.source_path(slug))
        except LeafletsError as error:
            report.problems.append(_problem(error))
            continue
        template = template_for(leaflet, config)
        pot_path = config.pot_path(slug)
        if not pot_path.exists() or pot_path.read_bytes() != render_catalog(template):
            report.stale_templates.append(slug)
        english = {key_of(m) for m in messages(template)}
        for lang in langs or config.languages:
            status = LanguageStatus(slug, lang, config.threshold_for(lang))
            report.languages.append(status)
            path = config.po_path(lang, slug)
            if not path.exists():
                status.counts[ReviewState.UNTRANSLATED] = len(english)
                status.po_stale = True
                continue
            try:
                catalog = read_language_catalog(path, lang)
                ledger = load_ledger(config, lang, slug)
            except LeafletsError as error:
                report.problems.append(_problem(error))
                status.unreadable = True
                continue
            present = set()
            for message in messages(catalog):
                present.add(key_of(message))
                status.counts[state_of(message, ledger, config)] += 1
            status.obsolete = len(catalog.obsolete)
            status.po_stale = present != english
    return report
