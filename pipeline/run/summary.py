"""What a run or build did to each leaflet and language: the table `leaflets run` and `leaflets build` end with.

Made from the publications the stage decided (and, for `run`, those it left as
the last run left them); the CLI presents it as a table or as JSON.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from pipeline.core.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from pipeline.core.incremental import PublicationRecord
    from pipeline.publish.build import Publication


class Result(StrEnum):
    PUBLISHED = "published"  # its editions were written (new or changed)
    WITHDRAWN = "withdrawn"  # its editions were replaced by the holding page, or removed
    UNCHANGED = "unchanged"  # published, and nothing of it written
    NOT_PUBLISHED = "not published"  # not published before either, nothing written
    FAILED = "failed"  # the leaflet could not be read: left as it was


class Row(NamedTuple):
    """One leaflet in one language (a named tuple: a rerun of 200 leaflets in 30 languages makes 6,200)."""

    leaflet: str
    language: str  # "" for a leaflet that failed as a whole
    result: Result
    reason: str  # why it is (not) published, as the build decided
    being_updated: bool = False  # its old addresses show the holding page
    approved: int = 0
    total: int = 0

    @property
    def state(self) -> str:
        """Where the language stands after the run, whatever the run did."""
        if self.result is Result.FAILED:
            return "unknown"
        if self.result in (Result.PUBLISHED, Result.UNCHANGED):
            return "published"
        return "being updated" if self.being_updated else "not published"

    def as_dict(self) -> dict:
        return {"leaflet": self.leaflet, "language": self.language, "result": self.result.value,
                "state": self.state, "reason": self.reason, "approved": self.approved, "total": self.total}


def kept_row(slug: str, lang: str, recorded: PublicationRecord) -> Row:
    """The row of a language the run left as the last run left it (nothing written)."""
    return Row(slug, lang, Result.UNCHANGED if recorded.published else Result.NOT_PUBLISHED, recorded.reason,
               recorded.holding, recorded.approved, recorded.total)


def summarise(publications: list[Publication], kept: list[Row], failures: dict[str, str],
              languages: tuple[str, ...]) -> list[Row]:
    """One row per leaflet and language, in leaflet order, English first; a failed leaflet is one row.

    ``kept``: the rows of the languages a run left alone (:func:`kept_row`). ``failures``:
    the slug of each leaflet that could not be done, and its ``file:line: message``.
    """
    order = {code: index for index, code in enumerate((SOURCE_LANGUAGE, *languages))}
    rows = [Row(slug, "", Result.FAILED, message) for slug, message in failures.items()]
    rows += [row for row in kept if row.leaflet not in failures]
    for publication in publications:
        if publication.slug in failures:
            continue
        if publication.published:
            result = Result.PUBLISHED if publication.changed else Result.UNCHANGED
        else:
            result = Result.WITHDRAWN if publication.changed else Result.NOT_PUBLISHED
        rows.append(Row(publication.slug, publication.lang, result, publication.reason, publication.holding,
                        publication.approved, publication.total))
    return sorted(rows, key=lambda row: (row.leaflet, order.get(row.language, len(order)), row.language))
