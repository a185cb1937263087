"""The export dialog's words: formats, living-person modes and the privacy summary sentence.

Kept apart from the dialog's widgets; every text goes through ``QCoreApplication.translate``
in the ``ExportDialog`` context, so the translations stay with the dialog.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from memoryapp.core.privacy import LivingMode, WithheldReport
from memoryapp.library.exchange import EXPORT_FORMATS
from memoryapp.ui.i18n import QT_TRANSLATE_NOOP, isolate

CONTEXT = "ExportDialog"


def format_label(name: str) -> str:
    """A format's name for menus, from the format registry (translated)."""
    return QCoreApplication.translate("ExportFormat", EXPORT_FORMATS[name].label)


def format_help(name: str) -> str:
    """A format's one-line description from the format registry (translated, plain text)."""
    text = QCoreApplication.translate("ExportFormat", EXPORT_FORMATS[name].description)
    return text.replace("`", "")


WITHHELD_PHRASES: dict[str, Callable[[int], str]] = {
    # What the user decides about, in the order shown; %n is the count (plural forms).
    "private-item": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n private item(s)", "", n
    ),
    "private-person": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n private person(s)", "", n
    ),
    "private-person-tag": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n private person tag(s)", "", n
    ),
    "living-name-replaced": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n living person's name(s) replaced", "", n
    ),
    "living-excluded": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n living person(s) left out", "", n
    ),
    "living-details": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n living person's detail(s)", "", n
    ),
    "living-photo": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n photo(s) showing living people", "", n
    ),
    "gps-rounded": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n exact position(s) rounded", "", n
    ),
    "gps-withheld": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n exact position(s)", "", n
    ),
    "do-not-pinpoint": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n position(s) of places not to pinpoint", "", n
    ),
}

CLEANED_PHRASES: dict[str, Callable[[int], str]] = {
    # What follows from those decisions (shown in a second, quieter sentence).
    "living-region": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n face region(s) of living people", "", n
    ),
    "name-in-text": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n mention(s) of withheld names in texts", "", n
    ),
    "embedded-metadata": lambda n: QCoreApplication.translate(
        "ExportDialog", "the metadata embedded in %n file(s)", "", n
    ),
    "import-path": lambda n: QCoreApplication.translate(
        "ExportDialog", "%n original file path(s)", "", n
    ),
}

LIVING_MODES: tuple[tuple[LivingMode, str], ...] = (
    (LivingMode.REPLACE_NAME, QT_TRANSLATE_NOOP(CONTEXT, "shown as \u201cLiving person\u201d")),
    (LivingMode.FULL_NAME_ONLY, QT_TRANSLATE_NOOP(CONTEXT, "shown by name only, nothing else")),
    (LivingMode.EXCLUDE, QT_TRANSLATE_NOOP(CONTEXT, "left out entirely")),
)


def _phrases(counts: dict[str, int], table: dict[str, Callable[[int], str]]) -> list[str]:
    return [phrase(counts[reason]) for reason, phrase in table.items() if counts.get(reason)]


def summary_lines(report: WithheldReport) -> tuple[str, str]:
    """The privacy summary in two sentences: what is withheld, then what is also cleaned.

    E.g. ("Withheld: 2 private items, 3 living people's names replaced.", "Also removed: 24
    mentions of withheld names in texts."); the second is empty when there is nothing more.
    """
    counts = report.counts()
    withheld = _phrases(counts, WITHHELD_PHRASES)
    known = WITHHELD_PHRASES.keys() | CLEANED_PHRASES.keys()
    cleaned = _phrases(counts, CLEANED_PHRASES)
    cleaned += [f"{n} {reason}" for reason, n in counts.items() if reason not in known]
    also = (
        QCoreApplication.translate(CONTEXT, "Also removed: %1.").replace("%1", ", ".join(cleaned))
        if cleaned
        else ""
    )
    if withheld:
        first = QCoreApplication.translate(CONTEXT, "Withheld: %1.").replace(
            "%1", ", ".join(withheld)
        )
    elif cleaned:
        first = QCoreApplication.translate(CONTEXT, "No item or person is withheld.")
    else:
        first = QCoreApplication.translate(
            CONTEXT, "Nothing is withheld: everything selected is exported as it is."
        )
    return first, also


def replacement_text(report: WithheldReport) -> str:
    """Each name replaced in free text, for the user to check before writing (never shipped).

    E.g. "Yossi → Living person (item 756c…)", one line each; empty when nothing is replaced.
    """
    if not report.replacements:
        return ""
    lines = [
        "",
        QCoreApplication.translate(CONTEXT, "Replaced in texts (check before exporting):"),
    ]
    for r in report.replacements:
        lines.append(f"  {isolate(r.original)} \u2192 {r.placeholder} ({r.kind} {r.record_id})")
    return "\n".join(lines) + "\n"


def summary_text(report: WithheldReport) -> str:
    """The privacy summary as one paragraph (both sentences of :func:`summary_lines`)."""
    return " ".join(line for line in summary_lines(report) if line)
