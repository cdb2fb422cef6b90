"""Remember what each run read and wrote, so the next run does only what changed.

The state file (``.leaflets/state.json``, not committed) records a signature
of every input and output of each leaflet and language: size, mtime and
SHA-256 (inputs only: outputs are recorded by size and mtime). A file whose
size and mtime are unchanged is taken as unchanged; an input whose mtime moved
(a git checkout, a `touch`) is hashed, and counts as changed only when its
content did. Losing the state file only costs one full run.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.files import read_file, write_atomic

STATE_VERSION = 3  # 2: outputs listed in a fixed order, by size and mtime; 3: shorter records


def unchanged(path: Path | str, recorded: list | None) -> bool:
    """Is ``path`` as it was when ``recorded`` was taken? A missing file matches a missing record."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return recorded is None
    if recorded is None:
        return False
    size, mtime_ns, *sha = recorded  # outputs are recorded without a hash
    if status.st_size != size:
        return False
    if status.st_mtime_ns == mtime_ns:
        return True
    if not sha or not sha[0]:
        return False
    with open(path, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest() == sha[0]


def record(path: Path, content_hash: bool = True, as_read: bytes | None = None,
           status: os.stat_result | None = None) -> list | None:
    """The signature of ``path`` now, ``[size, mtime_ns, sha256]``, or None when it does not exist.

    Without ``content_hash`` (outputs) it is ``[size, mtime_ns]``, and a change of
    mtime alone then counts as a change. ``as_read``: the bytes this run read from
    the file and worked from, hashed instead of reading the file again; with
    ``status``, the file's status taken as they were read, the signature is that of
    those bytes even if the file changed since (the next run then sees the change).
    """
    if as_read is not None and status is not None:
        return [status.st_size, status.st_mtime_ns, hashlib.sha256(as_read).hexdigest()]
    try:
        if content_hash and as_read is None:
            as_read, status = read_file(path)  # the bytes and their status through one handle
        else:
            status = os.stat(path)
    except FileNotFoundError:
        return None
    if not content_hash:
        return [status.st_size, status.st_mtime_ns]
    return [status.st_size, status.st_mtime_ns, hashlib.sha256(as_read).hexdigest()]


@dataclass
class RunState:
    path: Path
    fingerprint: str  # of the configuration and the pipeline code that produced the outputs
    leaflets: dict[str, dict[str, Any]] = field(default_factory=dict)

    def save(self) -> None:
        document = {"version": STATE_VERSION, "fingerprint": self.fingerprint, "leaflets": self.leaflets}
        # Not sorted: the runs build it in a fixed order, and sorting 6,000 entries costs a tenth of a rerun.
        write_atomic(self.path, json.dumps(document, separators=(",", ":")), durable=False)


def load_state(path: Path, fingerprint: str) -> RunState:
    """The recorded state, or an empty one when missing, unreadable or made under another fingerprint."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return RunState(path, fingerprint)
    if document.get("version") != STATE_VERSION or document.get("fingerprint") != fingerprint:
        return RunState(path, fingerprint)
    return RunState(path, fingerprint, document.get("leaflets", {}))


def fingerprint(settings: Any, code_dirs: list[Path]) -> str:
    """Hash of the settings and the pipeline's own code and templates: change either, rebuild all."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode())
    for folder in code_dirs:
        for file in sorted(folder.rglob("*")):
            if file.is_file() and file.suffix in {".py", ".j2", ".css", ".js", ".po", ".mo", ".json"}:
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()
