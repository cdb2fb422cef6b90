"""The review web page: a local Flask app through which one clinician approves, edits and rejects.

Security, for a server on 127.0.0.1 that any local process can reach:
the address printed at start carries an access token that opens one session,
once, within minutes; sessions expire; every form carries that session's CSRF
token; a POST whose Origin, Referer or Sec-Fetch-Site says it came from another
origin is refused, as is a Host header other than the one served (DNS rebinding).

Approving by accident is made hard: Enter in a text box never submits (each
form's default button is a disabled one); a rejected entry is approved only with
a confirmation; approving all needs the preview this session opened, and the
count confirmed; after an action the page comes back at that entry with the
result beside it, announced to screen readers.

Beside each entry the page shows what the reviewer may lean on, read from the
draft cache and the catalogues only, so it never waits on a network: the
translation read back into English with the differences that matter marked
(`leaflets review backtranslate`), and the suggestions of every engine that
answered (`leaflets review suggest`), approved words of the same English from
other leaflets first. A suggestion taken into the edit box is saved as the
reviewer's own edit, signed like any other.

Every action reads the PO file and the ledger under the language lock,
checks that the entry still reads as the reviewer saw it, and writes both
before answering, so closing the browser loses nothing.
"""

from __future__ import annotations

import contextlib
import difflib
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import (
    Flask,
    Response,
    abort,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from markupsafe import Markup, escape

from pipeline.catalogs.markers import MemoryOrigin, memory_origin
from pipeline.catalogs.po import key_of, messages, sha256
from pipeline.catalogs.update import read_language_catalog
from pipeline.checks.glossary import load_glossary
from pipeline.core.config import Config, Reviewer
from pipeline.core.errors import LeafletsError, LockedError, ReviewError
from pipeline.core.files import LOCK_NAME, flock, list_unfinished, refuse_links_out
from pipeline.core.languages import language
from pipeline.core.signing import Signer
from pipeline.drafting.backtranslate import BackTranslation, back_translation_of, drafted_by
from pipeline.drafting.engines.memory import approved_translations
from pipeline.drafting.suggestions import Suggestion, open_cache, suggestions_for
from pipeline.publish.build import inline_html
from pipeline.review.ledger import (
    OVERRIDE_MIN_LENGTH,
    OVERRIDE_MIN_LETTERS,
    STATE_LABELS,
    WAITING,
    Authorship,
    Entry,
    ReviewState,
    Workfile,
    approve_entries,
    approve_own_edits,
    authorship,
    blocking,
    catalogue_digest,
    edit_entry,
    editing,
    entries_of,
    findings_of,
    load_ledger,
    normalise_text,
    other_leaflets,
    reject_entry,
)
from pipeline.run.preview import build_preview, current_preview, preview_path, read_preview_record
from pipeline.source.document import read_leaflet

ACTIONS = ("approve", "save", "save-approve", "reject")
TOKEN_LIFETIME = 10 * 60.0  # seconds the printed address stays valid, unused
SESSION_LIFETIME = 8 * 3600.0  # seconds a session lasts: a working day, then open a new address


@dataclass
class Settings:
    config: Config
    reviewer: Reviewer
    languages: tuple[str, ...]
    access_token: str
    lock_wait: float  # seconds to wait for another leaflets command to finish writing
    signer: Signer | None = None  # the reviewer's key, which signs every action (None: found per action)
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0  # when the access token was made
    token_used: bool = False  # the access token opens one session, once
    # The preview pages each session opened: (session id, lang, slug) -> SHA-256 of the page served.
    opened: dict[tuple[str, str, str], str] = field(default_factory=dict)
    guard: threading.Lock = field(default_factory=threading.Lock)


def create_app(config: Config, reviewer_id: str, *, access_token: str | None = None,
               lock_wait: float = 5.0, hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
               signer: Signer | None = None, clock: Callable[[], float] = time.monotonic) -> Flask:
    """The review app for ``reviewer_id``; open ``/login?token=<access_token>`` to start a session.

    Every action is signed with ``signer`` (the reviewer's key; when None, it is
    found for each action: ``LEAFLETS_SIGNING_KEY`` or ssh-agent).
    """
    reviewer = config.reviewer(reviewer_id)
    if reviewer is None:
        raise ReviewError(f"reviewer {reviewer_id!r} is not listed in [[tool.leaflets.reviewers]]")
    langs = tuple(code for code in config.languages if code in reviewer.languages and not language(code).pseudo)
    if not langs:
        raise ReviewError(f"reviewer {reviewer_id!r} reviews none of the configured languages")
    # The templates are the package's (pipeline/templates/review), not this subpackage's.
    templates = Path(__file__).resolve().parents[1] / "templates"
    app = Flask(__name__, static_folder=None, template_folder=str(templates))
    app.secret_key = secrets.token_bytes(32)  # sessions end with the server
    app.config.update(
        # Cookies ignore ports: two servers on 127.0.0.1 (two reviewers) must not overwrite each other's session.
        SESSION_COOKIE_NAME=f"leaflets_review_{secrets.token_hex(4)}",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        TRUSTED_HOSTS=list(hosts),
        MAX_CONTENT_LENGTH=1_000_000,
    )
    app.select_jinja_autoescape = lambda filename: True  # type: ignore[method-assign]
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    settings = Settings(config, reviewer, langs, access_token or secrets.token_urlsafe(24), lock_wait, signer,
                        clock, clock())
    app.extensions["leaflets_review"] = settings
    _routes(app, settings)
    return app


def settings_of(app: Flask) -> Settings:
    return app.extensions["leaflets_review"]


# -- locks ------------------------------------------------------------------------


@contextlib.contextmanager
def shared_project_lock(root: Path, wait: float) -> Iterator[None]:
    """Hold the project lock shared: many review actions at once, none while `leaflets run` writes.

    Commands hold it exclusively (pipeline.core.files.project_lock), so an action
    waits up to ``wait`` seconds for one to finish, then says so.
    """
    lock_path = root / LOCK_NAME
    refuse_links_out(root, lock_path)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(flock(lock_path, shared=True, wait=wait))
        except BlockingIOError:
            raise LockedError(
                "another leaflets command is writing this project; nothing was saved: "
                "try again when it has finished", lock_path,
            ) from None
        yield


# -- presentation helpers ----------------------------------------------------------------

_WORDS = re.compile(r"\s+|[^\s\w]|\w+")


def diff_html(old: str, new: str) -> Markup:
    """``new`` with the words removed since ``old`` struck out and the added ones marked."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    chunks: list[list[str]] = []  # [kind, removed, added]; kind "=" or "~"
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal" and not (removed.isspace() and chunks and chunks[-1][0] == "~"):
            chunks.append(["=", removed, added])
        elif chunks and chunks[-1][0] == "~":  # one change, even across the spaces between its words
            chunks[-1][1] += removed
            chunks[-1][2] += added
        else:
            chunks.append(["~", removed, added])
    out: list[Markup] = []
    for kind, removed, added in chunks:
        if kind == "=":
            out.append(escape(removed))
            continue
        # a trailing space swallowed into a change belongs to the text after it
        tail = removed[len(removed.rstrip()):] if removed.endswith(" ") and added.endswith(" ") else ""
        if removed.strip():
            out.append(Markup("<del>%s</del>") % removed[: len(removed) - len(tail)])
        if added.strip():
            out.append(Markup("<ins>%s</ins>") % added[: len(added) - len(tail)])
        out.append(escape(tail))
    return Markup("").join(out)


@dataclass(frozen=True)
class Row:
    """One entry on the page, with what the reviewer needs beside it."""

    entry: Entry
    findings: tuple[Any, ...]
    errors: tuple[Any, ...]
    mine: bool  # the reviewer wrote the current translation
    may_approve: bool
    why_not: str
    back: BackTranslation | None = None  # the translation read back into English
    suggestions: tuple[Suggestion, ...] = ()
    memory: MemoryOrigin | None = None  # a memory draft: where its words were approved

    @property
    def source(self) -> str:
        """Where the words came from, in a sentence the reviewer reads before approving."""
        source = self.entry.source
        if source.startswith("engine:"):
            return f"Machine draft by {source.removeprefix('engine:')}."
        if source.startswith("edit:"):
            who = source.removeprefix("edit:")
            return "You wrote this here." if self.mine else f"Written here by {who}."
        if source == "outside" and self.entry.editor:
            return (f"Changed in a PO editor after {self.entry.editor} wrote it here: "
                    "by approving you state you did not write it.")
        if source == "outside":
            return "From the PO file, by no known author: by approving you state you did not write it."
        return ""

    @property
    def english_html(self) -> Markup:
        return inline_html(self.entry.english)

    @property
    def shown_html(self) -> Markup | None:
        """A right-to-left translation as the published page shows it: in the edit box "1-2" between Arabic
        words reads "2-1" (Unicode's bidirectional rules), on the page it is kept left to right."""
        translation = self.entry.translation
        if not translation or language(self.entry.lang).direction != "rtl":
            return None
        return inline_html(translation, rtl=True)

    @property
    def previous_html(self) -> Markup | None:
        if self.entry.previous_english is None:
            return None
        return diff_html(self.entry.previous_english, self.entry.english)

    @property
    def waiting(self) -> bool:
        return self.entry.state in WAITING


def _rows(settings: Settings, lang: str, slug: str) -> list[Row]:
    config = settings.config
    catalog = read_language_catalog(config.po_path(lang, slug), lang)
    ledger = load_ledger(config, lang, slug)
    glossary = load_glossary(config)
    by_key = {key_of(m): m for m in messages(catalog)}
    memory = approved_translations(config, lang)
    elsewhere = other_leaflets(config, ledger, settings.reviewer.id)
    rows = []
    cache = open_cache(config)
    try:
        for entry in entries_of(config, lang, slug, catalog, ledger):
            message = by_key[entry.key]
            findings = tuple(findings_of(message, lang, glossary))
            whose = authorship(message, ledger, settings.reviewer.id, elsewhere, catalog=catalog)
            why_not = ""
            if entry.state is ReviewState.UNTRANSLATED:
                why_not = "Nothing to approve yet: type a translation and save it."
            elif entry.state is ReviewState.APPROVED:
                why_not = "Approved."
            elif whose is not Authorship.NOBODYS and not approve_own_edits(config):
                unknown = str(elsewhere.unknown())
                why_not = {
                    Authorship.HERE: "You wrote this translation: another reviewer must approve it.",
                    Authorship.ELSEWHERE: "You wrote these words in another leaflet: another reviewer must approve them.",
                }.get(whose) or unknown[0].upper() + unknown[1:] + "."
            mine = whose in (Authorship.HERE, Authorship.ELSEWHERE)
            back = back_translation_of(config, cache, lang, entry.english, entry.translation, drafted_by(message),
                                       glossary)
            suggestions = () if entry.state is ReviewState.APPROVED else tuple(
                suggestions_for(config, cache, glossary, lang, entry.english, memory, slug=slug,
                                current=entry.translation))
            rows.append(Row(entry, findings, tuple(blocking(findings)), mine, not why_not, why_not, back,
                            suggestions, memory_origin(message) if entry.draft else None))
    finally:
        if cache is not None:
            cache.close()
    return rows


def _bulk_candidates(rows: list[Row]) -> int:
    return sum(1 for r in rows if r.waiting and r.may_approve and not r.errors
               and r.entry.state is not ReviewState.REJECTED)


def _opened_preview(settings: Settings, lang: str, slug: str):
    """The current preview of ``lang``/``slug``, when this session opened it (the server recorded it); else None."""
    record = read_preview_record(settings.config, lang, slug)
    if record is None:
        return None
    catalog = read_language_catalog(settings.config.po_path(lang, slug), lang)
    if record.catalogue_sha256 != catalogue_digest(catalog):
        return None  # built from other words: it does not count
    seen = settings.opened.get((session.get("id", ""), lang, slug))
    return record if seen is not None and secrets.compare_digest(seen, record.html_sha256) else None


def _page(settings: Settings, lang: str, slug: str, *, status: int = 200,
          problems: dict[str, str] | None = None, typed: dict[str, str] | None = None,
          reasons: dict[str, dict[str, str]] | None = None) -> tuple[str, int]:
    """The review page; ``typed`` and ``reasons``: per entry, the translation and the reasons (override,
    rejection) the reviewer typed, shown again beside a refusal rather than lost."""
    rows = _rows(settings, lang, slug)
    on_page = {row.entry.key for row in rows}
    typed = typed or {}
    placed = {}
    for key, message in (problems or {}).items():
        if key in on_page:
            placed[key] = message
        else:  # an entry the page no longer has (its English changed since): at the top, with its words
            placed[""] = message + (f". Your words, to copy before you reload: {typed[key]}" if typed.get(key) else "")
    problems = placed
    counts = Counter(row.entry.state for row in rows)
    only_waiting = request.args.get("show") == "waiting"
    acted = {str(flashed[0]) for flashed in get_flashed_messages(with_categories=True)}  # kept for the template too
    record = _opened_preview(settings, lang, slug)
    html = render_template(
        "review/review.html.j2",
        reviewer=settings.reviewer,
        language=language(lang),
        slug=slug,
        # the entry just acted on stays, with its result (or its refusal) beside it, though it waits no more
        rows=[r for r in rows if r.waiting or not only_waiting or r.entry.key in acted or r.entry.key in problems],
        only_waiting=only_waiting,
        total=len(rows),
        approved=counts[ReviewState.APPROVED],
        waiting=sum(counts[s] for s in WAITING if s is not ReviewState.UNTRANSLATED),
        counts=[(s.value, STATE_LABELS[s], counts[s]) for s in ReviewState if counts[s]],
        problems=problems or {},
        typed=typed or {},
        reasons=reasons or {},
        own_edits_allowed=approve_own_edits(settings.config),
        bulk_candidates=_bulk_candidates(rows),
        preview=record,
        focus=next(iter(problems or {}), None),
        override_min=OVERRIDE_MIN_LENGTH,
        override_min_letters=OVERRIDE_MIN_LETTERS,
    )
    return html, status


def _check_origin() -> str | None:
    """Why this POST must be refused as cross-origin, or None when it came from our own page."""
    own = request.host_url.rstrip("/")
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return f"Sec-Fetch-Site is {fetch_site}"
    origin = request.headers.get("Origin")
    if origin is not None:
        return None if origin == own else f"Origin {origin} is not {own}"
    referer = request.headers.get("Referer")
    if referer is not None:
        return None if referer == own or referer.startswith(own + "/") else "Referer is another origin"
    return "no Origin or Referer header"


# -- routes ------------------------------------------------------------------------------


def _routes(app: Flask, settings: Settings) -> None:
    config = settings.config

    @app.before_request
    def guard() -> Response | None:
        g.nonce = secrets.token_urlsafe(16)
        _ = request.host  # a Host not in TRUSTED_HOSTS raises 400 here (DNS rebinding), before anything else
        if request.endpoint == "login":
            return None
        if not _session_valid(settings):
            session.clear()
            abort(403, "No session, or it expired: stop `leaflets review serve` (Ctrl+C), start it again "
                       "and open the new address it prints.")
        if request.method == "POST":
            refused = _check_origin()
            if refused:
                abort(403, f"Refused a request from another origin ({refused}).")
            token = request.form.get("csrf_token", "")
            if not secrets.compare_digest(token, session.get("csrf", "")):
                abort(403, "The form's session token is missing or out of date: reload the page.")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        nonce = getattr(g, "nonce", "")
        if request.endpoint == "preview":
            policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
        else:
            policy = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
                      "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(400)
    def refused(error: Any) -> tuple[str, int]:
        return render_template("review/message.html.j2", title=error.name, message=error.description), error.code

    @app.errorhandler(LeafletsError)
    def failed(error: LeafletsError) -> tuple[str, int]:
        return render_template("review/message.html.j2", title="Not done", message=str(error)), 409

    def checked(lang: str, slug: str) -> None:
        if lang not in settings.languages:
            abort(404, f"{lang} is not one of your review languages ({', '.join(settings.languages)}).")
        if slug not in config.slugs():
            abort(404, f"No leaflet {slug!r} in this project.")
        if not config.po_path(lang, slug).exists():
            abort(404, f"No {lang} catalogue for {slug} yet: run `leaflets update`.")

    @app.get("/login")
    def login() -> ResponseReturnValue:
        if _session_valid(settings):  # this browser's session: opening the address again keeps its tabs' forms
            return redirect(url_for("overview"), 303)
        if not secrets.compare_digest(request.args.get("token", ""), settings.access_token):
            abort(403, "This address has no valid access token: use the one `leaflets review serve` printed.")
        with settings.guard:  # one session per token, even when two requests race
            if settings.token_used:
                abort(403, "This address was used already: it opens one session. Restart "
                           "`leaflets review serve` for a new one.")
            if settings.clock() - settings.started > TOKEN_LIFETIME:
                abort(403, f"This address expired ({TOKEN_LIFETIME / 60:.0f} minutes): restart "
                           "`leaflets review serve` for a new one.")
            settings.token_used = True
        session.clear()
        session["reviewer"] = settings.reviewer.id
        session["csrf"] = secrets.token_urlsafe(32)
        session["id"] = secrets.token_urlsafe(16)
        session["started"] = settings.clock()
        return redirect(url_for("overview"), 303)

    @app.get("/")
    def overview() -> str:
        tables = []
        for lang in settings.languages:
            for slug in config.slugs():
                if not config.po_path(lang, slug).exists():
                    continue
                catalog = read_language_catalog(config.po_path(lang, slug), lang)
                counts = Counter(e.state for e in entries_of(config, lang, slug, catalog,
                                                             load_ledger(config, lang, slug)))
                tables.append({
                    "language": language(lang), "slug": slug, "total": sum(counts.values()),
                    "approved": counts[ReviewState.APPROVED],
                    "counts": [(STATE_LABELS[s], counts[s]) for s in WAITING if counts[s]],
                })
        return render_template("review/overview.html.j2", reviewer=settings.reviewer, tables=tables)

    @app.get("/review/<lang>/<slug>")
    def leaflet(lang: str, slug: str) -> tuple[str, int]:
        checked(lang, slug)
        return _page(settings, lang, slug)

    @app.post("/review/<lang>/<slug>")
    def act(lang: str, slug: str) -> ResponseReturnValue:
        checked(lang, slug)
        form = request.form
        key, action = form.get("key", ""), form.get("action", "")
        if action not in ACTIONS:
            abort(400, f"Unknown action {action!r}.")
        typed = form.get("translation")
        try:
            with shared_project_lock(config.root, settings.lock_wait), editing(config, lang, slug) as work:
                done = _act(work, settings, key, action, form)
        except _ChangedMeanwhile as exc:
            # The box shows the current words, which the page's hidden fingerprints now name: the words
            # posted (read from the older page) went with an edit over a translator's save unseen.
            mine = f". Your words, to copy if you still want them: {typed}" if typed and typed.strip() else ""
            return _page(settings, lang, slug, status=409, problems={key: exc.message + mine})
        except LeafletsError as exc:
            return _page(settings, lang, slug, status=409, problems={key: exc.message},
                         typed={key: typed} if typed is not None else None,
                         reasons={key: {name: form.get(name, "") for name in ("override", "reason")}})
        flash(done, key)
        return redirect(url_for("leaflet", lang=lang, slug=slug, show=request.args.get("show"))
                        + f"#{_anchor(settings, lang, slug, key)}", 303)

    @app.post("/review/<lang>/<slug>/bulk")
    def bulk(lang: str, slug: str) -> ResponseReturnValue:
        checked(lang, slug)
        try:
            with shared_project_lock(config.root, settings.lock_wait), editing(config, lang, slug) as work:
                try:
                    record = current_preview(config, lang, slug, work.catalog)
                except ReviewError:  # its advice is the command line's: here, the page's preview link
                    raise ReviewError("approving all needs the current preview: open it from this page, "
                                      "read it, then reload this page") from None
                seen = settings.opened.get((session.get("id", ""), lang, slug), "")
                if not secrets.compare_digest(record.html_sha256, seen):
                    raise ReviewError("approving all needs the current preview opened in this session: "
                                      "open it, read it, then reload this page")
                if not secrets.compare_digest(record.html_sha256, request.form.get("preview_sha256", "")):
                    raise ReviewError("the preview changed since you opened it: open it again and read it")
                expected = _bulk_candidates(_rows(settings, lang, slug))
                if request.form.get("confirm_count") != str(expected):
                    raise ReviewError(f"confirm the number of entries to approve ({expected}): "
                                      "tick the box that names it")
                outcome = approve_entries(work.catalog, work.ledger, config, settings.reviewer.id,
                                          list(messages(work.catalog)), preview=record.html_sha256, bulk=True,
                                          signer=settings.signer)
                work.po_changed = outcome.po_changed
        except LeafletsError as exc:
            return _page(settings, lang, slug, status=409, problems={"": exc.message})
        held = f"; {len(outcome.held)} held back (see each entry)" if outcome.held else ""
        flash(f"Approved {len(outcome.approved)} entries after reading the preview{held}.")
        return redirect(url_for("leaflet", lang=lang, slug=slug), 303)

    @app.get("/preview/<lang>/<slug>")
    def preview(lang: str, slug: str) -> Response:
        checked(lang, slug)
        path = preview_path(config, lang, slug)
        try:  # written like every review action: not while a command writes, its folder listed for clean-up
            with shared_project_lock(config.root, settings.lock_wait):
                list_unfinished(config.root, path.parent)
                build_preview(config, read_leaflet(config.source_path(slug)), lang)
        except LeafletsError as exc:
            return Response(exc.message, status=409, mimetype="text/plain")
        page = path.read_text(encoding="utf-8")
        # what this session has seen: approving all is offered only after it
        settings.opened[(session.get("id", ""), lang, slug)] = sha256(page)
        return Response(page, mimetype="text/html")


class _ChangedMeanwhile(ReviewError):
    """The entry's English or translation is not what the page that posted the action showed."""


def _act(work: Workfile, settings: Settings, key: str, action: str, form: Any) -> str:
    """Do one action on one entry; return what to tell the reviewer. Raises ReviewError when refused."""
    config, reviewer = work.config, settings.reviewer.id
    message = work.message(key)
    row = next(e for e in entries_of(config, work.lang, work.slug, work.catalog, work.ledger) if e.key == key)
    if form.get("english_sha256") != row.english_sha256 or form.get("translation_sha256") != row.translation_sha256:
        raise _ChangedMeanwhile("this entry changed since you loaded the page (another tab or a translator): "
                                "it shows the current words now; read them again, then act")
    typed = form.get("translation")
    if action == "approve" and typed is not None and normalise_text(typed) != row.translation:
        raise ReviewError("you changed the text but pressed Approve: save your edit first, or undo it")
    if action in ("approve", "save-approve") and row.state is ReviewState.REJECTED \
            and form.get("overrule_rejection") != "yes":
        raise ReviewError(f"{row.rejection.reviewer if row.rejection else 'a reviewer'} rejected this text: "
                          "tick “I overrule the rejection” to approve it anyway")
    if action == "reject":
        reject_entry(work.catalog, work.ledger, config, reviewer, message, form.get("reason", ""),
                     signer=settings.signer)
        work.po_changed = True
        return f"Rejected entry {row.index}: sent back to the translator with your reason."
    if action in ("save", "save-approve"):
        if edit_entry(work.catalog, work.ledger, config, reviewer, message, form.get("translation", ""),
                      signer=settings.signer):
            work.po_changed = True
        elif action == "save":
            return f"Entry {row.index}: the translation is unchanged; nothing saved."
        if action == "save":
            return f"Saved your edit of entry {row.index}; another reviewer approves it."
    outcome = approve_entries(work.catalog, work.ledger, config, reviewer, [message],
                              override=form.get("override", ""), glossary=load_glossary(config),
                              overrule_rejection=form.get("overrule_rejection") == "yes", signer=settings.signer)
    if outcome.held:
        raise ReviewError(outcome.held[0][1])
    work.po_changed = work.po_changed or outcome.po_changed
    if not outcome.approved:
        return f"Entry {row.index} was already approved."
    return f"Approved entry {row.index}" + (" with your edit." if action == "save-approve" else ".")


def _anchor(settings: Settings, lang: str, slug: str, key: str) -> str:
    """The entry acted on: the page comes back there, its result beside it."""
    config = settings.config
    catalog = read_language_catalog(config.po_path(lang, slug), lang)
    entries = entries_of(config, lang, slug, catalog, load_ledger(config, lang, slug))
    return f"e{next((e.index for e in entries if e.key == key), 1)}"


def _session_valid(settings: Settings) -> bool:
    started = session.get("started")
    return (session.get("reviewer") == settings.reviewer.id and "csrf" in session and "id" in session
            and isinstance(started, int | float) and 0 <= settings.clock() - started <= SESSION_LIFETIME)
