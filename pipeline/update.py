"""POT -> one PO per language, with gettext's msgmerge semantics (through Babel).

New English comes in untranslated, changed English keeps its old translation
marked fuzzy with the previous msgid (``#|``), removed English stays as an
obsolete ``#~`` entry so no translator's work is lost.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from babel.messages.catalog import Catalog, get_close_matches

from pipeline.catalogs import content_of, key_of, messages, read_catalog, write_catalog
from pipeline.config import Config
from pipeline.errors import CatalogError
from pipeline.languages import language


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


def read_language_catalog(path, lang: str) -> Catalog:
    """Read a PO file and make sure it is for ``lang``, the language of its folder."""
    lang_info = language(lang)
    catalog = read_catalog(path, locale=None if lang_info.pseudo else lang)
    declared = catalog.locale_identifier  # what the Language header says (not mime_headers: it formats dates)
    if declared and declared.replace("-", "_") != lang:
        raise CatalogError(
            f"the file declares Language: {declared}, but its folder is {lang}; "
            "move it to the right folder or fix the header",
            path,
        )
    return catalog


def update_language(template: Catalog, config: Config, lang: str, slug: str) -> bool:
    """Create or merge ``lang``'s PO file for ``slug``. Return True when it changed."""
    return merge_language(template, config, lang, slug)[0]


def _match_changed_english(catalog: Catalog, old_keys: set[str]) -> None:
    """Babel's fuzzy matching, done once per leaflet rather than once per language.

    New English gets the translation of the closest English that this update
    removed, marked fuzzy with the old English as its previous msgid (``#|``).
    Every language of a leaflet asks the same question, so the answer (a difflib
    search, the slow part of an update) is cached.
    """
    removed = {
        message.id.lower().strip(): key
        for key, message in catalog.obsolete.items()
        if key in old_keys and isinstance(message.id, str) and message.string and not message.context
    }
    if not removed:
        return
    candidates = tuple(sorted(removed))
    matched = set()
    for message in messages(catalog):
        if key_of(message) in old_keys or message.string or not isinstance(message.id, str) or message.context:
            continue
        close = _closest(message.id.lower().strip(), candidates)
        if close is None:
            continue
        old = catalog.obsolete[removed[close]]
        message.string = old.string
        message.flags |= old.flags | {"fuzzy"}
        message.previous_id = [old.id]
        if old.user_comments:
            message.user_comments = list(dict.fromkeys(old.user_comments))
        matched.add(removed[close])
    for key in matched:
        del catalog.obsolete[key]


def _private_copy(template: Catalog, old_keys: set[str]) -> Catalog:
    """A template whose new messages this catalogue may own.

    Babel's update puts new template messages into the catalogue as they are
    (it clones the ones it merges), so without a copy one language's edits
    would show up in the next one's.
    """
    copied = copy.copy(template)
    copied._messages = {
        key: message if key_of(message) in old_keys else message.clone()
        for key, message in template._messages.items()
    }
    return copied


@lru_cache(maxsize=4096)
def _closest(english: str, candidates: tuple[str, ...]) -> str | None:
    found = get_close_matches(english, candidates, 1)  # Babel's own matcher and cut-off
    return found[0] if found else None


def _already_merged(catalog: Catalog, template: Catalog) -> bool:
    """Would merging ``template`` into ``catalog`` leave it as it is?

    The usual case on a run (the English did not change), decided without
    Babel's update, which clones every message. It holds when the catalogue has
    the template's messages in the template's order, each with the template's
    comments and references, at least its flags, and nothing the update would
    drop: a #| previous msgid on an entry that is no longer fuzzy, duplicate
    translator comments, a plural form. Anything else takes the full merge.
    """
    if (catalog.creation_date != template.creation_date or catalog.project != template.project
            or catalog.version != template.version or len(catalog._messages) != len(template._messages)):
        return False
    for (key, message), (template_key, english) in zip(catalog._messages.items(), template._messages.items()):
        if (
            key != template_key
            or not isinstance(message.id, str)
            or not isinstance(message.string, str)
            or message.id != english.id
            or message.locations != english.locations
            or message.auto_comments != english.auto_comments
            or not english.flags <= message.flags
            or english.previous_id
            or (message.previous_id and not message.fuzzy)
            or len(set(message.user_comments)) != len(message.user_comments)
        ):
            return False
    return True


def merge_language(template: Catalog, config: Config, lang: str, slug: str) -> tuple[bool, Catalog]:
    """:func:`update_language`, also returning the merged catalogue (as now on disk)."""
    path = config.po_path(lang, slug)
    exists = path.exists()
    catalog = read_language_catalog(path, lang) if exists else new_catalog(template, lang)
    if exists and _already_merged(catalog, template):
        return False, catalog
    before = content_of(catalog) if exists else None
    # Babel's update sets the previous msgid (#|) only for a fuzzy match it makes
    # itself; carry the ones from an earlier update over, so that updating twice
    # (or again after an interrupted run) gives the same file and reviewers keep
    # seeing the English that changed.
    previous = {key_of(m): m.previous_id for m in messages(catalog) if m.fuzzy and m.previous_id}
    old_keys = {key_of(m) for m in messages(catalog)}
    catalog.update(_private_copy(template, old_keys), no_fuzzy_matching=True, update_creation_date=True)
    _match_changed_english(catalog, old_keys)
    for message in messages(catalog):
        if message.fuzzy and not message.previous_id and key_of(message) in previous:
            message.previous_id = previous[key_of(message)]
    catalog.project = template.project
    catalog.version = template.version
    if before is not None and content_of(catalog) == before:
        return False, catalog  # nothing to merge: skip rendering, the costly part
    return write_catalog(path, catalog, known_changed=before is not None), catalog
