"""A seeded corpus for the benchmarks: N FAQ-style leaflets, M languages, all approved.

``generate(root, n, m, seed)`` makes a fresh leaflets project in ``root``:

- ``source/<slug>.md``: N English leaflets in the project's Markdown dialect,
  each a title, 7 to 12 questions and one to four paragraphs or list items per
  answer, drawn from a pool of sentence patterns with numbers, units, drug
  names and ``**DO NOT**`` emphasis, so no two leaflets are alike but some
  boilerplate repeats across leaflets (as it does in a real clinic network);
- ``locales/<lang>/LC_MESSAGES/<slug>.po``: every entry translated (a
  deterministic pseudo-translation in the language's script, of similar
  length, keeping numbers and markup), none fuzzy;
- ``locales/<lang>/LC_MESSAGES/<slug>.approvals.json``: every entry approved
  by the one reviewer configured for all M languages, signed as one batch per
  catalogue, overriding what the checks find in the pseudo-translations.

No POT and no outputs: producing those is the work being measured. The PO
files and ledgers are written with the pipeline's own writer, so they are what
``leaflets update`` would leave; the benchmark counts any it rewrites anyway.

Run it on its own: ``python benchmarks/corpus.py DIR --leaflets 20 --languages 10``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _import_pipeline() -> None:
    """Make ``pipeline`` importable: the one on PYTHONPATH (the benchmark's choice), else this checkout's."""
    try:
        import pipeline  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Thirty languages a clinic network might publish in, as Babel spells them.
LANGUAGES = (
    "es", "zh_Hans", "ar", "vi", "el", "it", "tr", "fa", "pa_Guru", "zh_Hant",
    "fr", "de", "pt", "nl", "pl", "ru", "uk", "he", "hi", "bn",
    "ja", "ko", "th", "id", "ms", "ro", "cs", "sv", "da", "fi",
)
REVIEWER_ID = "bench"
OVERRIDE = "benchmark pseudo-translation, never for patients"
DATE = "2026-01-15"

PROCEDURES = (
    "magnesium infusion", "ketamine infusion", "lidocaine infusion", "epidural steroid injection",
    "facet joint injection", "nerve root block", "radiofrequency denervation", "botulinum toxin injection",
    "stellate ganglion block", "sacroiliac joint injection", "occipital nerve block", "trigger point injection",
    "spinal cord stimulator trial", "intrathecal pump refill", "genicular nerve block", "iron infusion",
)
DRUGS = ("lignocaine", "bupivacaine", "dexamethasone", "ketamine", "magnesium sulphate", "clonidine",
         "paracetamol", "ibuprofen", "warfarin", "apixaban", "clopidogrel", "metformin", "insulin")
QUESTIONS = (
    "What is the purpose of the {proc}?", "Who should not have a {proc}?", "How is the {proc} performed?",
    "How long does the {proc} take?", "Will the {proc} hurt?", "What happens during the {proc}?",
    "What happens after the procedure?", "What should I do after the procedure?",
    "Will the {proc} cure my pain?", "What are the risks of a {proc}?", "Can I drive home afterwards?",
    "Do I need to stop any of my medicines?", "Can I eat and drink before the {proc}?",
    "What if I am pregnant or breastfeeding?", "Who do I contact if I have a problem?",
    "How soon will I know if the {proc} has worked?", "Can the {proc} be repeated?",
)
SENTENCES = (
    "The {proc} is used to treat nerve pain that has not settled with other treatments.",
    "Nerve pain can follow an injury, diabetes, an amputation or shingles.",
    "Your doctor will explain the benefits and risks before you give consent.",
    "A small needle is placed in a vein in your forearm or the back of your hand.",
    "The {drug} is given slowly through a pump over about {minutes} minutes.",
    "Short procedures are done as a day patient and take about {minutes} minutes.",
    "Your pulse and blood pressure will be checked every {small} minutes.",
    "Some patients feel warm, dizzy or slightly sick for a short time.",
    "A mild burning feeling in the arm can be eased by slowing the pump.",
    "You **DO NOT** need to fast unless your doctor tells you to.",
    "**DO NOT** drive, drink alcohol or sign legal documents for {hours} hours.",
    "You must have someone to take you home and stay with you overnight.",
    "Most people can return to work within {hours} hours.",
    "Stop {drug} {days} days before the procedure, but only if your doctor agrees.",
    "Keep taking your other medicines as usual, including {drug}.",
    "Tell the nurse if your blood sugar is above {glucose} mmol/L.",
    "Patients with severe heart failure or a creatinine above {creat} µmol/L should not have it.",
    "The effect may last from a few days to {weeks} weeks, and sometimes longer.",
    "If it helps, the {proc} can be repeated after {weeks} weeks.",
    "It rarely cures pain, but it can make pain easier to manage with exercise.",
    "Call the pain clinic on {phone} between 8 am and 4 pm, Monday to Friday.",
    "Out of hours, go to your nearest emergency department or call 000.",
    "Infection, bleeding and bruising are uncommon, affecting fewer than {pct}% of patients.",
    "A temporary numbness of the leg can occur and usually wears off within {hours} hours.",
    "Wear loose, comfortable clothing and bring a list of your medicines.",
    "You will be asked to lie on your side or on your front on a padded table.",
    "The doctor uses an X-ray or ultrasound machine to guide the needle.",
    "Your weight ({kg} kg or more) decides the dose you are given.",
    "Write down any questions you have and bring them to your appointment.",
    "A physiotherapist may show you exercises to continue at home.",
    "Women who are pregnant or breastfeeding should discuss this with their doctor first.",
    "After the {proc} you will rest in the recovery area for {minutes} minutes.",
)
ITEMS = (
    "fever above {temp} °C", "redness or swelling where the needle went in", "severe headache",
    "weakness or numbness lasting more than {hours} hours", "difficulty passing urine",
    "a rash or itching", "chest pain or shortness of breath", "bleeding that does not stop",
)


def _fill(pattern: str, rng: random.Random, proc: str) -> str:
    return pattern.format(
        proc=proc, drug=rng.choice(DRUGS), minutes=rng.choice((20, 30, 45, 60, 90)),
        small=rng.choice((5, 10, 15)), hours=rng.choice((6, 12, 24, 48)), days=rng.choice((2, 3, 5, 7)),
        glucose=rng.choice((10, 12, 15)), creat=rng.choice((110, 150, 200)), weeks=rng.choice((2, 4, 6, 12)),
        phone=f"(0{rng.randint(2, 8)}) {rng.randint(9000, 9999)} {rng.randint(1000, 9999)}",
        pct=rng.choice((1, 2, 5)), temp=rng.choice(("38", "38.5")), kg=rng.choice((50, 70, 100)),
    )


def leaflet_markdown(index: int, seed: int) -> tuple[str, str]:
    """(slug, Markdown) of the ``index``-th leaflet for ``seed``."""
    rng = random.Random(f"{seed}:{index}")
    proc = rng.choice(PROCEDURES)
    slug = f"{proc.replace(' ', '-')}-{index:04d}"
    title = f"{proc[0].upper()}{proc[1:]}s"
    lines = ["---", f"slug: {slug}", f"title: {title}", f"version: 1.{rng.randint(0, 9)}",
             f"date: {DATE}", "---", "", f"# {title}", ""]
    for question in rng.sample(QUESTIONS, rng.randint(7, 12)):
        lines += [f"## {question.format(proc=proc)}", ""]
        for _ in range(rng.randint(1, 4)):
            sentences = [_fill(s, rng, proc) for s in rng.sample(SENTENCES, rng.randint(1, 4))]
            lines += [" ".join(sentences), ""]
        if rng.random() < 0.25:
            lines += ["Contact us if you have:", ""]
            lines += [f"- {_fill(item, rng, proc)}" for item in rng.sample(ITEMS, rng.randint(2, 4))]
            lines.append("")
    return slug, "\n".join(lines)


# -- pseudo-translation ---------------------------------------------------------

# Letters of each language's script, so translations have realistic byte sizes.
_SCRIPTS = {
    "zh_Hans": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书",
    "zh_Hant": "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書",
    "ja": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん病院薬痛注射",
    "ko": "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치",
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
    "he": "אבגדהוזחטיכלמנסעפצקרשת",
    "ru": "абвгдежзийклмнопрстуфхцчшщыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "hi": "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह",
    "bn": "কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ",
    "pa_Guru": "ਕਖਗਘਚਛਜਝਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵਸਹ",
    "th": "กขคฆงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ",
    "vi": "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
}
_LATIN = "abcdefghijklmnopqrstuvwxyzáéíóúàèçñöüäåøß"
_SHORT = {"zh_Hans", "zh_Hant", "ja", "ko", "th"}  # scripts that spell a word in fewer characters
_WORD = re.compile(r"[A-Za-z]+")


def pseudo_translate(english: str, lang: str) -> str:
    """A stand-in translation: every English word becomes a made-up word in the language's
    script (the same word always the same way); numbers, punctuation, spacing and ``**`` kept."""
    letters = _SCRIPTS.get(lang, _LATIN)

    def word(match: re.Match) -> str:
        token = match[0]
        digest = hashlib.blake2b(f"{lang}:{token.lower()}".encode(), digest_size=32).digest()
        length = max(1, len(token) // 2) if lang in _SHORT else len(token) + digest[0] % 3
        made = "".join(letters[b % len(letters)] for b in digest[1:1 + length])
        return made[:1].upper() + made[1:] if token[0].isupper() else made

    return _WORD.sub(word, english)


# -- writing the project -----------------------------------------------------------


SIGNING_KEY = ".benchmark-reviewer-key"  # the reviewer's SSH key, made in the project folder by generate()


def pyproject(languages: tuple[str, ...], pdf: bool = False, key: str = "") -> str:
    """The project's configuration: every language, one reviewer for all (with ``key``), PDF editions only if asked."""
    langs = ", ".join(f'"{code}"' for code in languages)
    return f"""[project]
name = "benchmark-leaflets"
version = "0"

[tool.leaflets]
languages = [{langs}]
publish_threshold = 1.0

[tool.leaflets.thresholds]
default = 1.0

[tool.leaflets.build]
pdf = {"true" if pdf else "false"}

[[tool.leaflets.reviewers]]
id = "{REVIEWER_ID}"
name = "Dr B. Enchmark"
role = "pain physician"
languages = [{langs}]
""" + (f'key = "{key}"\n' if key else "")


def _catalogues(task: tuple[str, str]) -> int:
    """Write every language's translated PO file and approved ledger for one leaflet."""
    from pipeline.catalogs.extract import template_for
    from pipeline.catalogs.po import messages, write_catalog
    from pipeline.catalogs.update import new_catalog
    from pipeline.core.config import load_config
    from pipeline.core.signing import FileSigner
    from pipeline.review.ledger import approve, load_ledger
    from pipeline.source.document import read_leaflet

    root, slug = task
    config = load_config(Path(root))
    signer = FileSigner.load(Path(root) / SIGNING_KEY)
    leaflet = read_leaflet(config.source_path(slug))
    template = template_for(leaflet, config)
    written = 0
    for lang in config.languages:
        catalog = new_catalog(template, lang)
        catalog.update(template, update_creation_date=True)
        catalog.project, catalog.version = template.project, template.version
        for message in messages(catalog):
            message.string = pseudo_translate(message.id, lang)
            message.flags.discard("fuzzy")
        write_catalog(config.po_path(lang, slug), catalog)
        ledger = load_ledger(config, lang, slug)
        # One signed batch per catalogue; what the checks find in the pseudo-translations is overridden
        # (and recorded), so the build trusts the approvals as it would a clinician's.
        approve(catalog, ledger, config, REVIEWER_ID, signer=signer, override=OVERRIDE)
        ledger.save()
        written += 1
    return written


def generate(root: Path, leaflets: int, languages: int, seed: int = 7, jobs: int | None = None,
             pdf: bool = False) -> list[str]:
    """Create the project in ``root`` (which must not exist yet); return the slugs."""
    if languages > len(LANGUAGES):
        raise SystemExit(f"at most {len(LANGUAGES)} languages")
    _import_pipeline()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1768435200")  # 2026-01-15: reproducible dates
    root.mkdir(parents=True)
    (root / "source").mkdir()
    key = root / SIGNING_KEY  # approvals are signed, as a clinician's are
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "", "-q", "-C", "benchmark", "-f", str(key)], check=True)
    public = key.with_suffix(".pub").read_text(encoding="utf-8").strip()
    (root / "pyproject.toml").write_text(pyproject(LANGUAGES[:languages], pdf, public), encoding="utf-8")
    slugs = []
    for index in range(leaflets):
        slug, text = leaflet_markdown(index, seed)
        (root / "source" / f"{slug}.md").write_text(text, encoding="utf-8")
        slugs.append(slug)
    tasks = [(str(root), slug) for slug in slugs]
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and len(tasks) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_catalogues, tasks, chunksize=max(1, len(tasks) // (workers * 4))))
    else:
        for task in tasks:
            _catalogues(task)
    return slugs


# -- helpers for the runs -------------------------------------------------------------


def markdown_body(text: str) -> str:
    """The Markdown after the front matter: what the peer tools are given."""
    lines = text.split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    return "\n".join(lines).lstrip("\n")


def edit_paragraph(path: Path, seed: int) -> str:
    """Change one paragraph of the Markdown at ``path`` in place; return the new paragraph."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    body_start = lines.index("---", 1) + 1 if lines and lines[0] == "---" else 0
    candidates = [
        i for i in range(body_start, len(lines))
        if lines[i] and not lines[i].startswith(("#", "-", "Contact us")) and lines[i] != "---"
    ]
    index = random.Random(seed).choice(candidates)
    lines[index] = lines[index] + f" Ask the nurse if anything is unclear (edit {seed})."
    path.write_text("\n".join(lines), encoding="utf-8")
    return lines[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--leaflets", type=int, default=20)
    parser.add_argument("--languages", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pdf", action="store_true", help="configure PDF editions (slow: about 1 s each)")
    args = parser.parse_args()
    slugs = generate(args.root, args.leaflets, args.languages, args.seed, pdf=args.pdf)
    print(f"{len(slugs)} leaflets x {args.languages} languages in {args.root}")


if __name__ == "__main__":
    main()
