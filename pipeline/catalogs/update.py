"""POT -> one PO per language, with gettext's msgmerge semantics (through Babel's ``Catalog.update``).

New English comes in untranslated, changed English keeps the translation of
the English closest to it, marked fuzzy with the previous msgid (``#|``), and
removed English stays as an obsolete ``#~`` entry when it was translated, so no
translator's work is lost. The header stays as the translator's tool wrote it
but for the POT-Creation-Date and Report-Msgid-Bugs-To, which msgmerge also
takes from the POT.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from babel.messages.catalog import Catalog, get_close_matches

from pipeline.catalogs.po import (
    drop_format_flags,
    key_of,
    layout_of,
    messages,
    read_language_catalog,
    translation_of,
    write_catalog,
)
from pipeline.core.config import Config
from pipeline.core.languages import language

__all__ = ["merge_language", "new_catalog", "read_language_catalog"]  # the reader's old home


def new_catalog(template: Catalog, lang: str) -> Catalog:
    lang_info = language(lang)
    catalog = Catalog(
        locale=None if lang_info.pseudo else lang,
        domain=template.domain,
        project=template.project,
        version=template.version,
        msgid_bugs_address=template.msgid_bugs_address,
        creation_date=template.creation_date,
        revision_date=template.creation_date,
        last_translator="leaflets pipeline",
        language_team=f"{lang_info.english_name} translators",
        fuzzy=False,
        header_comment=(
            f"# {lang_info.english_name} translation of the patient leaflet “{template.project}”.\n"
            "# Edit msgstr lines only. A translation counts for patients only once a\n"
            "# listed clinician approves it (see the .approvals.json file beside this one)."
        ),
    )
    return catalog


def merge_language(template: Catalog, config: Config, lang: str, slug: str) -> tuple[bool, Catalog]:
    """Create or merge ``lang``'s PO file for ``slug``: whether it changed, and the merged catalogue (as now on disk).

    The catalogue holds the template's new messages themselves (Babel's update
    does not copy them, and other languages merge from the same template): it
    is for reading.
    """
    path = config.po_path(lang, slug)
    if not path.exists():
        catalog = new_catalog(template, lang)
        catalog.update(template, no_fuzzy_matching=True)
        return write_catalog(path, catalog), catalog
    catalog = read_language_catalog(path, lang)
    # Babel's update sets the previous msgid (#|) only for a fuzzy match it makes
    # itself; carry the ones from an earlier update over, so that updating twice
    # (or again after an interrupted run) gives the same file and reviewers keep
    # seeing the English that changed.
    previous = {key_of(m): m.previous_id for m in messages(catalog) if m.fuzzy and m.previous_id}
    old_keys = set(catalog._messages)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=True)
    _revive_obsolete(catalog, added=set(catalog._messages) - old_keys)
    # Candidates: the obsolete entries, this merge's and earlier ones, as msgmerge takes them (not an obsolete
    # twin of an entry still there): English cut in one run and pasted back changed in the next finds its words.
    _match_changed_english(catalog, {key: catalog.obsolete[key] for key in set(catalog.obsolete) - set(catalog._messages)})
    catalog.msgid_bugs_address = template.msgid_bugs_address
    for message in messages(catalog):
        if message.fuzzy and not translation_of(message):  # nothing to be unsure of: msgmerge drops the flag
            message.flags.discard("fuzzy")
            message.previous_id = []
        elif message.fuzzy and not message.previous_id and key_of(message) in previous:
            message.previous_id = previous[key_of(message)]
    drop_format_flags(messages(catalog))  # Babel's update makes its messages afresh
    # msgmerge drops obsolete entries without a translation: nothing of a translator's is in them.
    catalog.obsolete = {key: message for key, message in catalog.obsolete.items() if translation_of(message)}
    # An entry this merge made obsolete loses its extracted comments and references, as with msgmerge:
    # the English they pointed to is gone. (One obsolete already keeps what its file said.)
    for key in (old_keys & set(catalog.obsolete)) - set(catalog._messages):
        catalog.obsolete[key].auto_comments, catalog.obsolete[key].locations = [], []
    layout = layout_of(catalog)
    if layout is not None and layout.header_fields is None:  # no header entry: the one a new catalogue gets
        fresh = new_catalog(template, lang)  # not Babel's placeholders ("FULL NAME <EMAIL@ADDRESS>", fuzzy)
        for name in ("header_comment", "project", "version", "last_translator", "language_team", "revision_date",
                     "fuzzy"):
            setattr(catalog, name, getattr(fresh, name))
    # The PO-Revision-Date is the translator's: a merge leaves it alone, as msgmerge does.
    return write_catalog(path, catalog, touch_revision_date=False), catalog


def _revive_obsolete(catalog: Catalog, added: set) -> None:
    """English that comes back gets its translation back from its obsolete entry (``#~``), as msgmerge does.

    Only entries this merge ``added``, for the very same msgid and context; the
    entry comes back as it was (fuzzy if it was a draft, with its translator's
    comments), so an approval of those very words (same English, same
    translation) counts again. Babel's update leaves it obsolete and the new
    entry empty. The new entry is the template's own message, which the other
    languages merge from too: it is replaced by a copy, never changed.
    """
    for key in added:
        old = catalog.obsolete.get(key)
        if old is None or not translation_of(old):
            continue
        revived = catalog._messages[key].clone()
        revived.string = old.string
        revived.flags = (revived.flags - {"fuzzy"}) | (old.flags & {"fuzzy"})
        revived.user_comments = list(old.user_comments)
        revived.previous_id = list(old.previous_id)
        catalog._messages[key] = revived
        del catalog.obsolete[key]


# Every language of a leaflet asks the same question after an edit of its English (a difflib
# ratio per candidate: 2 ms a catalogue at 30 languages, 2026-12-03): asked once per worker.
@lru_cache(maxsize=256)
def _closest(english: str, candidates: tuple[str, ...]) -> str | None:
    """The one of ``candidates`` closest to ``english`` by Babel's matcher, if any is close enough."""
    found = get_close_matches(english, list(candidates), 1)
    return found[0] if found else None


def changed_from(english: str, candidates: Iterable[str]) -> str | None:
    """The one of ``candidates`` a merge would take ``english`` to be changed from (its ``#|``), if any."""
    by_lower = {candidate.lower().strip(): candidate for candidate in candidates}
    found = _closest(english.lower().strip(), tuple(sorted(by_lower)))
    return by_lower[found] if found is not None else None


def _match_changed_english(catalog: Catalog, removed: dict) -> None:
    """Give new English the translation of the closest English ``removed`` (obsolete): fuzzy, with ``#|``.

    Babel's own matching compares each new msgid with every translated one (a
    difflib ratio each: 40 ms a catalogue, and an edit updates 30 of them).
    English that changed can only come from English that went, so the obsolete
    entries are the candidates, found by Babel's matcher; the one matched leaves
    the obsolete entries, as with msgmerge.
    """
    # A removed entry with a context is a candidate too: leaflet English has none, so a translator
    # gave it one by hand, and msgmerge carries its words over to the English without it.
    candidates = {message.id: key for key, message in removed.items()
                  if isinstance(message.id, str) and message.string}
    for key, message in list(catalog._messages.items()):
        if not candidates:
            return
        if message.string or not isinstance(message.id, str) or message.context is not None:
            continue
        old_english = changed_from(message.id, candidates)
        if old_english is None:
            continue
        old = catalog.obsolete.pop(candidates.pop(old_english))
        matched = message.clone()  # not the template's message: every language merges from it
        matched.string = old.string
        matched.flags |= old.flags | {"fuzzy"}
        # A draft already under changed English keeps its #| (msgmerge does): the English its words
        # were written for, under which the ledger files their edits and approvals.
        matched.previous_id = (list(old.previous_id) if old.fuzzy and old.previous_id
                               else [old_english] if old_english != message.id else [])  # only its context went
        matched.user_comments = list(dict.fromkeys(old.user_comments))
        catalog._messages[key] = matched
