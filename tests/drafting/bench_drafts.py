"""Benchmark of the draft stage: characters sent, reruns, and wall time against a slow loopback service.

    python -m tests.drafting.bench_drafts                         # the leaflet, then 200 leaflets x 10 languages
    python -m tests.drafting.bench_drafts --sizes 20x10 --latency 0.1 --concurrency 32

For the magnesium leaflet and for a generated corpus (benchmarks/corpus.py's
leaflets, untranslated), in 10 languages, against the loopback Google endpoint
of tests/drafting/conftest.py answering every request after ``--latency`` seconds:

- characters sent on a first run, against the minimum: the protected text of
  each distinct segment once per language;
- characters sent on a rerun (must be 0);
- wall time of the first run, against one request per entry in sequence
  (entries x the measured time of one sequential request).

Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("SOURCE_DATE_EPOCH", "1795392000")

from benchmarks.corpus import LANGUAGES, leaflet_markdown, pyproject
from pipeline.catalogs.po import messages, read_catalog
from pipeline.core.config import load_config
from pipeline.drafting.draft import DraftOptions, draft
from pipeline.drafting.engines import EngineContext, create_engine
from pipeline.drafting.protect import protect
from pipeline.run import stages
from tests.drafting.conftest import FakeMT, _Server

RAW = REPO / "source" / "raw" / "magnesium-infusions.txt"


def serve(latency: float) -> tuple[FakeMT, _Server]:
    mt = FakeMT(latency=latency)
    server = _Server(mt)
    mt.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return mt, server


def make_project(root: Path, leaflets: int, languages: int, concurrency: int, url: str) -> None:
    root.mkdir(parents=True)
    text = pyproject(LANGUAGES[:languages])
    text += f"""
[tool.leaflets.draft]
engines = ["google"]
allow_online = true
[tool.leaflets.draft.google]
url = "{url}/m"
concurrency = {concurrency}
"""
    (root / "pyproject.toml").write_text(text, encoding="utf-8")
    (root / "source").mkdir()
    if leaflets == 0:  # the real leaflet
        (root / "source" / "raw").mkdir()
        shutil.copy(RAW, root / "source" / "raw" / RAW.name)
    for index in range(leaflets):
        slug, markdown = leaflet_markdown(index, 7)
        (root / "source" / f"{slug}.md").write_text(markdown, encoding="utf-8")
    config = load_config(root)
    stages.import_sources(config)
    stages.extract_all(config)
    stages.update_all(config)


def minimum(root: Path) -> tuple[int, int]:
    """(entries, characters of the distinct protected segments per language)."""
    config = load_config(root)
    entries, characters = 0, 0
    for lang in config.languages:
        distinct: set[str] = set()
        for slug in config.slugs():
            for message in messages(read_catalog(config.po_path(lang, slug))):
                entries += 1
                distinct.add(protect(message.id, lang).text)
        characters += sum(len(text) for text in distinct)
    return entries, characters


def sequential_request_time(mt: FakeMT, root: Path, samples: int = 20) -> float:
    """Seconds per request when requests go one after another (measured on a sample)."""
    engine = create_engine("google", EngineContext(load_config(root), url=f"{mt.url}/m"))
    started = time.monotonic()
    for index in range(samples):
        engine.translate([f"Sample sentence number {index} for timing."], "en", "es")
    return (time.monotonic() - started) / samples


def bench(name: str, leaflets: int, languages: int, latency: float, concurrency: int) -> list[str]:
    mt, server = serve(latency)
    work = Path(tempfile.mkdtemp(prefix="bench-drafts-"))
    try:
        root = work / "project"
        make_project(root, leaflets, languages, concurrency, mt.url)
        entries, least = minimum(root)
        config = load_config(root)
        started = time.monotonic()
        first = draft(config, DraftOptions())
        wall = time.monotonic() - started
        assert first.ok, first.errors
        second = draft(config, DraftOptions())
        per_request = sequential_request_time(mt, root)
        sequential = entries * per_request
        sent = sum(u.segments for u in first.usage.values())
        row = (f"| {name} | {entries} | {sent} | {least} | {first.characters_sent} | {second.characters_sent} "
               f"| {wall:.1f} s | {sequential:.0f} s | {sequential / wall:.0f}x |")
        return [row]
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="leaflet,200x10", help="comma-separated: leaflet, or NxM")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per request at the server")
    parser.add_argument("--concurrency", type=int, default=32, help="requests at once")
    args = parser.parse_args()
    print(f"loopback Google endpoint, {args.latency * 1000:.0f} ms per request, concurrency {args.concurrency}\n")
    print("| corpus | entries | segments sent | minimum characters | characters sent, first run "
          "| characters sent, rerun | wall time | one request per entry in sequence | speed-up |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes.split(","):
        if size == "leaflet":
            rows = bench("magnesium leaflet x 10 languages", 0, 10, args.latency, args.concurrency)
        else:
            n, m = (int(x) for x in size.split("x"))
            rows = bench(f"{n} leaflets x {m} languages", n, m, args.latency, args.concurrency)
        print("\n".join(rows), flush=True)


if __name__ == "__main__":
    main()
