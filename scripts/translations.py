"""Keep the UI translations complete: list what is missing, merge new ones, compile.

The French file (``resources/translations/memoryapp_fr.ts``) is the reference list: every
engineer adds new UI strings to it (and to the English one) by hand. This script finds what
the other languages still lack and merges translations written in a JSON file::

    python scripts/translations.py missing he ar en      # what each language lacks
    python scripts/translations.py missing he --json > todo_he.json   # a template to fill
    python scripts/translations.py merge he todo_he.json  # write them into memoryapp_he.ts
    python scripts/translations.py compile                # every .ts -> src/.../translations/*.qm

The JSON maps a context to its sources and their translations; a plural ("numerus") source
takes a list with one text per plural form of the language (Hebrew 2, Arabic 6)::

    {"MainWindow": {"Saving…": "שומר…", "%n item(s)": ["פריט אחד", "%n פריטים"]}}

English needs only its plural forms (the source text is English already). Qt-free: only the
standard library, and ``pyside6-lrelease`` to compile.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "src" / "memoryapp" / "ui" / "translations"
REFERENCE = "fr"
NUMERUS_FORMS = {"en": 2, "fr": 2, "he": 2, "ar": 6}
"""How many plural forms Qt's lrelease expects per language (Qt's own numerus rules)."""
LOCALE_NAMES = {"en": "en", "fr": "fr_FR", "he": "he_IL", "ar": "ar"}
PLACEHOLDER = re.compile(r"%(?:[1-9]|L[1-9])")
Key = tuple[str, str]


class TranslationError(ValueError):
    """A translation that cannot be merged (wrong plural count, lost placeholder...)."""


def ts_path(language: str) -> Path:
    """The translation source of ``language``."""
    return SOURCES / f"memoryapp_{language}.ts"


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """Every (context name, message element) of a parsed .ts file, in file order."""
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def key_of(context: str, message: ET.Element) -> Key:
    """The identity of a message: its context and source text."""
    return context, message.findtext("source", "")


def is_numerus(message: ET.Element) -> bool:
    """True for a plural message ("%n item(s)")."""
    return message.get("numerus") == "yes"


def forms_of(message: ET.Element) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if is_numerus(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element, language: str) -> bool:
    """Translated, not marked unfinished, and every plural form filled."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return False
    forms = forms_of(message)
    wanted = NUMERUS_FORMS.get(language, 2) if is_numerus(message) else 1
    return len(forms) == wanted and all(text.strip() for text in forms)


def placeholders(text: str) -> set[str]:
    """The numbered placeholders (%1, %2, %L1...) a text uses."""
    return set(PLACEHOLDER.findall(text))


def needed(language: str, reference: ET.Element) -> dict[Key, ET.Element]:
    """The reference messages ``language`` must translate (English: only the plurals)."""
    return {
        key_of(context, message): message
        for context, message in messages(reference)
        if language != "en" or is_numerus(message)
    }


def missing(language: str, reference: ET.Element, target: ET.Element | None) -> list[Key]:
    """Reference messages absent from ``target`` or not finished there, in reference order."""
    have = {}
    if target is not None:
        have = {key_of(context, message): message for context, message in messages(target)}
    return [
        key
        for key in needed(language, reference)
        if key not in have or not is_finished(have[key], language)
    ]


def check(language: str, source: str, numerus: bool, texts: list[str]) -> None:
    """Raise TranslationError unless ``texts`` fit the message and the language."""
    wanted = NUMERUS_FORMS.get(language, 2) if numerus else 1
    if len(texts) != wanted:
        raise TranslationError(f"“{source}” needs {wanted} form(s) in {language}, not {len(texts)}")
    for text in texts:
        if not text.strip():
            raise TranslationError(f"“{source}” has an empty translation in {language}")
        if placeholders(text) != placeholders(source):
            raise TranslationError(
                f"“{text}” does not keep the placeholders of “{source}” in {language}"
            )


def new_root(language: str) -> ET.Element:
    """An empty .ts document for ``language``."""
    root = ET.Element("TS", {"version": "2.1", "language": LOCALE_NAMES.get(language, language)})
    root.text = "\n"
    return root


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name", "") == name:
            return context
    context = ET.SubElement(root, "context")
    context.text, context.tail = "\n    ", "\n"
    ET.SubElement(context, "name").text = name
    context[-1].tail = "\n    "
    return context


def _message(context: ET.Element, like: ET.Element) -> ET.Element:
    """A new message in ``context`` shaped like the reference message ``like``."""
    if len(context):
        context[-1].tail = "\n    "
    message = ET.SubElement(context, "message", dict(like.attrib))
    message.text, message.tail = "\n        ", "\n"
    for tag in ("source", "comment", "extracomment"):
        element = like.find(tag)
        if element is not None:
            copy = ET.SubElement(message, tag)
            copy.text, copy.tail = element.text, "\n        "
    ET.SubElement(message, "translation").tail = "\n    "
    return message


def _set(message: ET.Element, texts: list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    tail = translation.tail
    translation.clear()
    translation.tail = tail
    if is_numerus(message):
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]


def merge(
    language: str,
    reference: ET.Element,
    target: ET.Element | None,
    new: Mapping[str, Mapping[str, str | list[str]]],
) -> tuple[ET.Element, int]:
    """Write the translations of ``new`` into ``target`` (made if None); return it and a count.

    Only messages of the reference file are accepted; each is checked first (plural forms,
    placeholders) and the merge stops with TranslationError on the first that does not fit.
    """
    root = target if target is not None else new_root(language)
    known = needed(language, reference)
    have = {key_of(context, message): message for context, message in messages(root)}
    count = 0
    for context_name, entries in new.items():
        for source, value in entries.items():
            key = (context_name, source)
            like = known.get(key)
            if like is None:
                raise TranslationError(f"“{source}” ({context_name}) is not in memoryapp_fr.ts")
            texts = [value] if isinstance(value, str) else list(value)
            check(language, source, is_numerus(like), texts)
            message = have.get(key)
            if message is None:
                message = _message(_context(root, context_name), like)
                have[key] = message
            _set(message, texts)
            count += 1
    return root, count


def write(root: ET.Element, path: Path) -> None:
    """Save a .ts document as UTF-8 (temp file, then rename)."""
    temp = path.with_suffix(".ts.tmp")
    ET.ElementTree(root).write(temp, encoding="utf-8", xml_declaration=True)
    with temp.open("a", encoding="utf-8") as stream:
        stream.write("\n")
    temp.replace(path)


def lrelease() -> str:
    """The path of pyside6-lrelease (beside this Python, else on PATH)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease is not installed (pip install PySide6)")
    return found


def compile_all() -> list[Path]:
    """Compile every .ts into the package's translations folder; return the .qm files."""
    tool = lrelease()
    written = []
    for ts in sorted(SOURCES.glob("memoryapp_*.ts")):
        qm = COMPILED / ts.with_suffix(".qm").name
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
        written.append(qm)
    return written


def _parse(path: Path) -> ET.Element | None:
    return ET.parse(path).getroot() if path.exists() else None


def _template(
    language: str, reference: ET.Element, keys: list[Key]
) -> dict[str, dict[str, object]]:
    known = needed(language, reference)
    template: dict[str, dict[str, object]] = {}
    for context, source in keys:
        blank: object = (
            [""] * NUMERUS_FORMS.get(language, 2) if is_numerus(known[(context, source)]) else ""
        )
        template.setdefault(context, {})[source] = blank
    return template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("missing", help="messages of memoryapp_fr.ts a language lacks")
    listing.add_argument("languages", nargs="*", default=["en", "he", "ar"])
    listing.add_argument("--json", action="store_true", help="print a JSON template to fill")
    merging = commands.add_parser("merge", help="merge a JSON of translations into a .ts")
    merging.add_argument("language")
    merging.add_argument("json_file", type=Path)
    commands.add_parser("compile", help="compile every .ts with pyside6-lrelease")
    args = parser.parse_args(argv)
    reference = ET.parse(ts_path(REFERENCE)).getroot()
    if args.command == "missing":
        lacking = 0
        for language in args.languages:
            keys = missing(language, reference, _parse(ts_path(language)))
            lacking += len(keys)
            if args.json:
                print(
                    json.dumps(_template(language, reference, keys), ensure_ascii=False, indent=1)
                )
                continue
            print(f"{language}: {len(keys)} message(s) missing or unfinished")
            for context, source in keys:
                print(f"  [{context}] {source!r}")
        return 1 if lacking else 0
    if args.command == "merge":
        try:
            new = json.loads(args.json_file.read_text("utf-8"))
            path = ts_path(args.language)
            root, count = merge(args.language, reference, _parse(path), new)
        except (OSError, ValueError) as error:  # JSONDecodeError and TranslationError too
            print(f"{args.json_file}: {error}", file=sys.stderr)
            return 2
        write(root, path)
        print(f"{count} translation(s) merged into {path.name}")
        return 0
    for qm in compile_all():
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
