"""``leaflets review ...``: clinician sign-off from the terminal, from scripts and in the browser."""

from __future__ import annotations

import json
import os
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import console
from pipeline.cli.common import (
    LOCK_WAIT,
    LeafletsGroup,
    configured_languages,
    configured_leaflet,
    guarded,
)
from pipeline.core.config import Config
from pipeline.core.errors import ReviewError, UsageError
from pipeline.core.files import project_lock, writes_finished
from pipeline.core.languages import language
from pipeline.core.text import excerpt
from pipeline.review.states import WAITING, ReviewState

review_app = typer.Typer(
    cls=LeafletsGroup,
    help="Clinician review: the queue, approvals, rejections, edits, the review web page and previews.",
    no_args_is_help=True,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


KeyOption = Annotated[Path | None, typer.Option(
    "--key", help="Your private SSH key file (else LEAFLETS_SIGNING_KEY, else ssh-agent).")]


def _signer(config: Config, reviewer_id: str, key: Path | None):
    """The reviewer's signer from ``--key`` or, when not given, None: the review module then looks further."""
    from pipeline.core.signing import find_signer
    from pipeline.review.ledger import current_key, listed_reviewer

    if key is None:
        return None
    reviewer = config.reviewer(reviewer_id)
    if reviewer is None:
        listed_reviewer(config, reviewer_id, "")  # says who is not listed
    return find_signer(reviewer_id, current_key(reviewer) if reviewer else None, key)


def _slugs(config: Config, leaflet: str | None) -> list[str]:
    if leaflet is None:
        return config.slugs()
    return [configured_leaflet(config, leaflet)]


@review_app.command("queue")
def review_queue(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    state: Annotated[list[ReviewState] | None, typer.Option(
        "--state", help="Only entries in these states (default: every state but approved).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Report format.")] = OutputFormat.text,
) -> None:
    """List what waits for review, oldest first, with counts per language."""
    from pipeline.review.ledger import build_queue

    with guarded(locked=False) as config:
        langs = _reviewed_languages(config, lang)
        queue = build_queue(config, langs, _slugs(config, leaflet), state or WAITING)
    if output_format is OutputFormat.json:
        sys.stdout.write(json.dumps(queue.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    out = console.out
    out.print(f"Review queue: {len(queue.entries)} entr{'y' if len(queue.entries) == 1 else 'ies'}, oldest first",
              markup=False)
    for e in queue.entries:
        label = e.label + (f" ({e.draft.engine})" if e.draft and e.state is ReviewState.DRAFT else "")
        out.print(f"  {e.since.date().isoformat()}  {e.lang:<8} {e.slug}  #{e.index:<3} {label:<28} "
                  f"{excerpt(e.location, 28):<28}  {excerpt(e.english)}", markup=False)
        if e.translation:  # what a clinician reads to decide, under its English
            out.print(f"      → {excerpt(e.translation)}", markup=False)
        if e.rejection:
            out.print(f"      rejected by {e.rejection.reviewer}: {e.rejection.reason}", markup=False)
    out.print("Per language:", markup=False)
    for code, counts in queue.counts.items():
        parts = [f"{s.value} {counts[s]}" for s in ReviewState if counts[s]]
        out.print(f"  {code:<8} " + (" · ".join(parts) or "no catalogue"), markup=False)


def _reviewed_languages(config: Config, requested: list[str] | None) -> list[str]:
    """The languages asked for, or every configured one a clinician reviews (not the pseudo-locales)."""
    for code in configured_languages(config, requested) or []:
        if language(code).pseudo:
            raise UsageError(f"{code} is a pseudo-locale for layout tests: nothing of it is reviewed or published")
    return requested or [code for code in config.languages if not language(code).pseudo]


@review_app.command("approve")
def review_approve(
    lang: Annotated[str, typer.Option("--lang", help="Language of the catalogue.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    approve_all: Annotated[bool, typer.Option(
        "--all", help="Approve every entry waiting (needs the current preview).")] = False,
    prefix: Annotated[str | None, typer.Argument(help="Approve entries whose English starts so.")] = None,
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    override: Annotated[str, typer.Option(
        "--override", help="Your reason for approving one entry despite check errors.")] = "",
    overrule_rejection: Annotated[bool, typer.Option(
        "--overrule-rejection", help="Approve one entry another reviewer rejected, overruling them.")] = False,
    again: Annotated[bool, typer.Option(
        "--again", help="Also approve entries already approved, anew: signed now with your current key "
        "(what leaflets check --base asks of an approval brought back or signed with an old key).")] = False,
    words: Annotated[str | None, typer.Option(
        "--words", help="The translation as you read it: the one entry is approved only if it still reads so "
        "(a PO editor's save since is refused, not signed).")] = None,
    key: KeyOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Sign without asking, after reading the list.")] = False,
) -> None:
    """Approve entries: drafts included, check errors held back; more than one needs the preview read first.

    What is to be signed is listed first (each English and translation, the English an
    approval was made for where it changed since, the check errors an override reason
    covers, a rejection overruled) and signed only when you confirm, or with ``--yes``.
    """
    from pipeline.catalogs.po import key_of, translation_of
    from pipeline.checks.glossary import load_glossary
    from pipeline.review.ledger import (
        approve_entries,
        editing,
        english_of,
        listed_reviewer,
        read_workfile,
    )
    from pipeline.run.preview import current_preview

    if approve_all == (prefix is not None):
        console.error("give either --all or the beginning of the English to approve")
        raise typer.Exit(code=2)
    # Read and asked without the project lock (a reviewer reading the list holds up no run and no page);
    # taken to approve, when the words are compared again with those read.
    with guarded(locked=False) as config:
        configured_languages(config, [lang])
        listed_reviewer(config, reviewer, lang)
        signer = _signer(config, reviewer, key)
        slugs = _slugs(config, leaflet)
        glossary = load_glossary(config)
        # Pass 1, reading: what is selected, and is each bulk selection covered by a current preview?
        selections: dict[str, set[tuple[str, str, bool]]] = {}
        read_out: list[str] = []
        catalogs = {}  # of the leaflets with entries selected
        for slug in slugs:
            if config.po_path(lang, slug).exists():
                work = read_workfile(config, lang, slug)
                selected = _select(work, prefix, again)
                selections[slug] = _words(selected)
                read_out += _read_out(work, selected, glossary, override=bool(override))
                if selected:
                    catalogs[slug] = work.catalog
        total_selected = sum(len(words) for words in selections.values())
        if prefix is not None and total_selected == 0:
            raise ReviewError(f"no {lang} entry waiting for approval has English starting {prefix!r}")
        for option, given in (("--override", override), ("--overrule-rejection", overrule_rejection),
                              ("--words", words is not None)):
            if given and total_selected != 1:
                raise ReviewError(f"{option} covers one entry at a time; give a prefix that selects exactly one")
        if words is not None and (now := next(text for chosen in selections.values()
                                              for _, text, _ in chosen)) != words:
            raise ReviewError(f"the translation reads {excerpt(now)!r}, not the words --words gives: it changed "
                              "since you read it, or was misquoted; read it again, nothing was approved")
        # What the signature says, read before it is made: a reason that overrides errors the reviewer never
        # saw, or an approval renewed for English that changed unseen, signed for what was not read.
        if approve_all or total_selected > 1:  # refused before asking, not after
            for slug, catalog in catalogs.items():
                current_preview(config, lang, slug, catalog)
        for line in read_out:
            console.out.print(line, markup=False, soft_wrap=True)
        if total_selected and not yes and not _confirmed(
                f"Approve {total_selected} entr{'y' if total_selected == 1 else 'ies'} in {lang}, signed as {reviewer}?"):
            console.note("nothing approved")
            return
        with project_lock(config.root, LOCK_WAIT):  # the words compared again with those read
            total, held = 0, 0
            for slug in slugs:
                if not selections.get(slug):
                    continue
                with editing(config, lang, slug) as work:
                    selected = _select(work, prefix, again)
                    if _words(selected) != selections[slug]:  # saved by a PO editor meanwhile: editors take no lock
                        raise ReviewError(f"the {lang} catalogue changed while approving; run the command again",
                                          config.po_path(lang, slug))
                    preview = ""
                    if approve_all or total_selected > 1:
                        preview = current_preview(config, lang, slug, work.catalog).html_sha256
                    outcome = approve_entries(work.catalog, work.ledger, config, reviewer, selected,
                                              override=override, preview=preview, glossary=glossary,
                                              bulk=bool(preview), overrule_rejection=overrule_rejection, signer=signer,
                                              again=again)
                    work.po_changed = outcome.po_changed
                total += len(outcome.approved)
                held += len(outcome.held)
                for message in outcome.approved:  # with the words signed for, as the reviewer should have read them
                    console.note(f"approved [{lang}] {slug}: {excerpt(english_of(message))} = "
                                 f"{excerpt(translation_of(message))}")
                    record = work.ledger.approvals.get(key_of(message))
                    for finding in record.overridden_findings if record is not None else ():
                        console.note(f"  overriding {finding}")  # the findings the signature covers, said
                for message, why in outcome.held:
                    console.note(f"held back [{lang}] {slug}: {excerpt(english_of(message))}: {why}")
        console.out.print(f"{total} entr{'y' if total == 1 else 'ies'} approved by {reviewer}", markup=False)
        if held:
            console.error(f"{held} entr{'y' if held == 1 else 'ies'} held back; see the notes above")
            raise typer.Exit(code=1)


def _read_out(work, selected: list, glossary, *, override: bool) -> list[str]:
    """The entries to approve as the reviewer reads them before signing: each English and translation, and what
    asks for a second look (the English an approval was made for, where it changed since; the check errors an
    override reason covers; a rejection)."""
    from pipeline.catalogs.po import key_of, translation_of
    from pipeline.review.ledger import blocking, english_of, finding_text, findings_of, state_of

    lines = [f"to approve [{work.lang}] {work.slug}:"] if selected else []
    for message in selected:
        lines.append(f"  {english_of(message)}\n    = {translation_of(message)}")
        state = state_of(message, work.ledger, work.config)
        if state is ReviewState.LAPSED_ENGLISH and message.previous_id:
            lines.append(f"    ! the English changed since it was approved; it read: {message.previous_id[0]}")
        if state is ReviewState.REJECTED and (rejection := work.ledger.rejections.get(key_of(message))):
            lines.append(f"    ! rejected by {rejection.reviewer}: {rejection.reason}")
        if override:
            lines += [f"    ! your reason overrides: {finding_text(finding)}"
                      for finding in blocking(findings_of(message, work.lang, glossary))]
    return lines


def _words(selected: list) -> set[tuple[str, str, bool]]:
    """What a reviewer's look saw of the selected entries: each one's key, translation and draft mark."""
    from pipeline.catalogs.po import key_of, translation_of

    return {(key_of(m), translation_of(m), m.fuzzy) for m in selected}


def _select(work, prefix: str | None, again: bool = False) -> list:
    """Entries a reviewer may approve now, among those whose English starts with ``prefix`` (all: None);
    ``again``: those already approved too."""
    from pipeline.catalogs.po import messages
    from pipeline.review.ledger import english_of, state_of

    passed_over = (ReviewState.UNTRANSLATED,) if again else (ReviewState.UNTRANSLATED, ReviewState.APPROVED)
    return [
        m for m in messages(work.catalog)
        if (prefix is None or english_of(m).startswith(prefix))
        and state_of(m, work.ledger, work.config) not in passed_over
    ]


def _one(work, prefix: str):
    from pipeline.catalogs.po import messages
    from pipeline.review.ledger import english_of

    found = [m for m in messages(work.catalog) if english_of(m).startswith(prefix)]
    if len(found) != 1:
        raise ReviewError(f"{len(found)} {work.lang} entries of {work.slug} have English starting {prefix!r}; "
                          "give a longer beginning that selects exactly one")
    return found[0]


def _only_slug(config: Config, lang: str, leaflet: str | None, prefix: str) -> str:
    """The one leaflet whose catalogue has an entry starting ``prefix`` (or the one named)."""
    from pipeline.catalogs.po import messages
    from pipeline.review.ledger import english_of

    if leaflet is not None:
        return _slugs(config, leaflet)[0]
    from pipeline.catalogs.update import read_language_catalog

    hits = [slug for slug in config.slugs() if config.po_path(lang, slug).exists() and any(
        english_of(m).startswith(prefix) for m in messages(read_language_catalog(config.po_path(lang, slug), lang)))]
    if len(hits) != 1:
        raise ReviewError(f"{len(hits)} leaflets have {lang} entries starting {prefix!r}; name one with --leaflet")
    return hits[0]


@review_app.command("reject")
def review_reject(
    prefix: Annotated[str, typer.Argument(help="The beginning of the English of the entry to reject.")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the catalogue.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    reason: Annotated[str, typer.Option("--reason", help="What the translator must fix.")],
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="The leaflet (slug).")] = None,
    key: KeyOption = None,
) -> None:
    """Send one translation back to draft with your reason; its approval, if any, is withdrawn."""
    from pipeline.review.ledger import editing, english_of, reject_entry

    with guarded() as config:
        configured_languages(config, [lang])
        slug = _only_slug(config, lang, leaflet, prefix)
        with editing(config, lang, slug) as work:
            message = _one(work, prefix)
            reject_entry(work.catalog, work.ledger, config, reviewer, message, reason,
                         signer=_signer(config, reviewer, key))
            work.po_changed = True
        console.out.print(f"rejected [{lang}] {slug}: {excerpt(english_of(message))}", markup=False)


@review_app.command("edit")
def review_edit(
    prefix: Annotated[str, typer.Argument(help="The beginning of the English of the entry to edit.")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the catalogue.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    text: Annotated[str, typer.Option("--text", help="The new translation ('-' reads it from stdin).")],
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="The leaflet (slug).")] = None,
    key: KeyOption = None,
) -> None:
    """Replace one translation; it is recorded as yours, so another reviewer approves it."""
    from pipeline.review.ledger import edit_entry, editing, english_of

    if text == "-":
        text = sys.stdin.read()
    with guarded() as config:
        configured_languages(config, [lang])
        slug = _only_slug(config, lang, leaflet, prefix)
        with editing(config, lang, slug) as work:
            message = _one(work, prefix)
            changed = edit_entry(work.catalog, work.ledger, config, reviewer, message, text,
                                 signer=_signer(config, reviewer, key))
            work.po_changed = changed
        word = "edited" if changed else "unchanged"
        console.out.print(f"{word} [{lang}] {slug}: {excerpt(english_of(message))}", markup=False)


@review_app.command("resign")
def review_resign(
    lang: Annotated[str, typer.Option("--lang", help="Language of the catalogues.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    key: KeyOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Sign without asking, after reading the list.")] = False,
) -> None:
    """Sign your own approvals made before signatures, after reading each leaflet's current preview.

    Each approval is listed first and signed only when you confirm: anyone who
    could write the ledger could have added an unsigned approval under your id.
    """
    from pipeline.catalogs.po import key_of, messages, translation_of
    from pipeline.review.ledger import editing, english_of, is_signed, resign
    from pipeline.run.preview import current_preview

    with guarded() as config:
        configured_languages(config, [lang])
        signer = _signer(config, reviewer, key)
        total = 0
        for slug in _slugs(config, leaflet):
            if not config.po_path(lang, slug).exists():
                continue
            with editing(config, lang, slug) as work:
                unsigned = [k for k, a in work.ledger.approvals.items() if a.reviewer == reviewer and not is_signed(a)]
                if not unsigned:
                    continue
                preview = current_preview(config, lang, slug, work.catalog).html_sha256
                entries = {key_of(m): m for m in messages(work.catalog)}
                console.note(f"unsigned approvals recorded under {reviewer} [{lang}] {slug}:")
                for entry in unsigned:
                    when = work.ledger.approvals[entry].approved_at[:10]
                    message = entries.get(entry)
                    english = english_of(message) if message is not None else entry
                    words = f"  →  {translation_of(message)[:70]}" if message is not None else ""
                    console.out.print(f"  {when}  {english[:70]}{words}", markup=False)
                if not yes and not _confirmed(f"Sign these {len(unsigned)} as approvals you made yourself?"):
                    console.note(f"not signed: [{lang}] {slug}")
                    continue
                done = resign(work.catalog, work.ledger, config, reviewer, preview=preview, signer=signer)
            total += len(done.signed)
            console.note(f"signed {len(done.signed)} approval{'s' if len(done.signed) != 1 else ''} [{lang}] {slug}")
            for message, reason in done.held:
                console.note(f"  not signed: {excerpt(english_of(message))}: {reason}")
        console.out.print(f"{total} approval{'s' if total != 1 else ''} signed by {reviewer}", markup=False)


def _confirmed(question: str) -> bool:
    """Ask at a terminal; without one, refuse rather than guess (``--yes`` answers in advance)."""
    if not sys.stdin.isatty():
        raise ReviewError(f"{question} Run at a terminal to answer, or pass --yes after reading the list")
    return typer.confirm(question, default=False)


@review_app.command("preview")
def review_preview(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
) -> None:
    """Build the in-context previews (drafts in place, watermarked) in their own folder."""
    from pipeline.run.preview import build_previews

    with guarded() as config:
        console.stage_report(build_previews(config, configured_languages(config, lang)), config.relative)


AllowOnline = Annotated[bool, typer.Option(
    "--allow-online", help="Allow sending leaflet text to online engines.")]


def _ask(ask, lang: list[str] | None, leaflet: str | None, allow_online: bool) -> None:
    """Run ``ask`` (suggest or backtranslate) over the chosen languages and leaflets, and say what it did."""
    with guarded() as config:
        langs = configured_languages(config, lang) or list(config.languages)
        report = ask(config, langs, _slugs(config, leaflet), allow_online=allow_online, notify=console.note)
    for line in report.notes:
        console.note(line)
    for line in report.errors:
        console.error(line)
    console.out.print(report.summary(), markup=False)
    if not report.ok:
        raise typer.Exit(code=1)


@review_app.command("suggest")
def review_suggest(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    allow_online: AllowOnline = False,
) -> None:
    """Ask the `suggest` engines for every entry not yet approved; the review page shows their answers."""
    from pipeline.drafting.suggestions import suggest

    _ask(suggest, lang, leaflet, allow_online)


@review_app.command("backtranslate")
def review_backtranslate(
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages.")] = None,
    leaflet: Annotated[str | None, typer.Option("--leaflet", help="Only this leaflet (slug).")] = None,
    allow_online: AllowOnline = False,
) -> None:
    """Translate drafts and translations not yet approved back into English, for the review page."""
    from pipeline.drafting.backtranslate import backtranslate

    _ask(backtranslate, lang, leaflet, allow_online)


def _can_listen(host: str, port: int) -> None:
    """Raise OSError when the page could not listen on ``host``:``port`` (a name that is no address, a port in use, an
    address not this machine's). Werkzeug prints such an error bare ("Address already in use") and exits itself."""
    import socket  # loaded by the command that listens: every other command starts without it

    from werkzeug.serving import (  # with the server, loaded when one starts
        get_sockaddr,
        select_address_family,
    )

    family = select_address_family(host, port)  # the address Werkzeug's server will bind, found as it finds it
    address = get_sockaddr(host, port, family)
    with socket.socket(family, socket.SOCK_STREAM) as trial:
        trial.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Werkzeug's server binds
        trial.bind(address)


@review_app.command("serve")
def review_serve(
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your reviewer id from the config.")],
    host: Annotated[str, typer.Option(help="Address to listen on; keep the loopback default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one.")] = 0,
    browser: Annotated[bool, typer.Option(help="Open the page in the browser, when there is one.")] = True,
    key: KeyOption = None,
) -> None:
    """Start the review web page for one reviewer (Ctrl+C stops it; every action is already saved)."""
    import secrets
    import webbrowser

    from werkzeug.serving import make_server

    from pipeline.core.signing import find_signer
    from pipeline.review.ledger import current_key
    from pipeline.web.app import create_app

    token = secrets.token_urlsafe(24)
    with guarded(locked=False) as config:  # the server takes the lock per action, not for its lifetime
        listed = config.reviewer(reviewer)
        signer = None
        if listed is not None and (config.review.signatures or key is not None):
            # found now, not at the first click: the page signs every action with this key
            signer = find_signer(reviewer, current_key(listed), key)
        app = create_app(config, reviewer, access_token=token, hosts=("127.0.0.1", "localhost", host),
                         signer=signer)
        try:
            _can_listen(host, port)
            server = make_server(host, port, app, threaded=True)
        except OSError as exc:
            raise ReviewError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    url = f"http://{host}:{server.server_port}/login?token={token}"
    # When the server stops, an action being saved finishes (its catalogue and ledger both written); none starts.
    # SIGTERM and SIGHUP (a service manager, `docker stop`, a closed terminal) stop it as Ctrl-C does: by
    # default they would end the process between an action's two writes, in the threads that make them. Set
    # before the address is printed: a signal sent as soon as it is seen stops the server as cleanly.
    before = {number: signal.signal(number, signal.default_int_handler) for number in (signal.SIGTERM, signal.SIGHUP)}
    finished = [True]  # stopped before serving: nothing was under way
    try:
        if host not in ("127.0.0.1", "localhost", "::1"):
            console.note(f"warning: listening on {host}: anyone who has this address can act as {reviewer}")
        console.out.print(f"Review page for {reviewer}: {url}", markup=False)
        console.note("Every action is saved as you make it. Press Ctrl+C to stop.")
        has_display = sys.platform in ("darwin", "win32") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if browser and has_display:
            webbrowser.open(url)
        with writes_finished() as finished:
            server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        for number, handler in before.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
    if finished != [True]:
        console.note("warning: an action was still being saved when the server stopped; "
                     "`leaflets review queue` shows what was saved")


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
