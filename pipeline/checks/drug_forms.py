"""Lint's drug-forms warning: a drug a leaflet names without a glossary name in a configured language.

Lint (pipeline.source.lint) reads only the English; the glossary belongs to the
checks, above it. ``leaflets lint`` therefore adds these warnings to lint's
reports: in a language where a drug has no name, the checks cannot tell it from
another drug.
"""

from __future__ import annotations

from pipeline.checks.glossary import drugs_without_forms, load_glossary
from pipeline.core.config import Config
from pipeline.core.languages import language
from pipeline.source.document import read_leaflet
from pipeline.source.lint import LintReport, LintWarning


def add_drug_form_warnings(config: Config, reports: list[LintReport]) -> None:
    """Add to each report a warning per drug without a form, once, where the leaflet first names it."""
    glossary = load_glossary(config)
    if not any(term.drug for term in glossary.terms):
        return
    # A pseudo-locale (en_XA, ar_XB) is a test of the layout, never published: no drug is named in it.
    named_in = [lang for lang in config.languages if not language(lang).pseudo]
    for report in reports:
        if report.error is not None:
            continue
        warned: set[str] = set()
        for block in read_leaflet(config.root / report.path).blocks:
            for term, missing in drugs_without_forms(glossary, named_in, block.text):
                if term.english not in warned:
                    warned.add(term.english)
                    report.warnings.append(LintWarning(
                        "drug-forms", block.line,
                        f"“{term.english}” has no name in {', '.join(missing)} in glossary.toml: "
                        "the checks cannot tell it from another drug there"))
        report.warnings.sort(key=lambda warning: warning.line)
