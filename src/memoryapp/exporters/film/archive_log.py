"""The archive / clearance log and the cue sheet of a film (CSV with BOM, XLSX).

One row per use: per item per scene per cut (film.md section 2). The columns are the ones
broadcasters, distributors and insurers ask for at delivery; captions and credit lines get
one column per film language. Text cells a spreadsheet would evaluate as a formula are
neutralised: prefixed with ``'`` in CSV, stored as quoted text in XLSX.
"""

import csv
import importlib
import io
from collections.abc import Sequence

from memoryapp.core.dates import describe
from memoryapp.core.fields import column_values
from memoryapp.core.films import Alteration, Clearance, Consent, Licence, SceneLink, text_in
from memoryapp.core.films.timecode import frames_to_seconds
from memoryapp.core.segments import format_time
from memoryapp.exporters.film.bundle import (
    Basis,
    FilmExport,
    Placement,
    placements,
    spreadsheet_safe,
    total_frames_by_item,
)

Cell = str | int | float

ARCHIVE_LOG_COLUMNS: tuple[str, ...] = (
    "Cue #",
    "Item ID",
    "Source reference",
    "Source / family collection",
    "Description",
    "Material type",
    "Date of original (EDTF)",
    "Date of original",
    "Creator / photographer",
    "People depicted",
    "Place",
    "Rights holder",
    "Rights holder contact",
    "Basis of clearance",
    "Media",
    "Territory",
    "Term",
    "Exclusivity and restrictions",
    "Licence document",
    "Clearance status",
    "Rights waiver",
    "Scene",
    "Scene title",
    "Record TC In",
    "Record TC Out",
    "Duration",
    "Duration (s)",
    "Total on screen for item (s)",
    "Cut",
    "Fee",
    "Currency",
    "Fee basis",
    "Invoice",
    "Paid",
    "Credit line",
    "Consent of persons depicted",
    "Alterations",
    "Master file",
    "Issues",
    "Notes",
)
"""The fixed columns; ``Caption [lang]`` and ``Credit line [lang]`` follow for each language."""

CUE_SHEET_COLUMNS: tuple[str, ...] = (
    "Cue #",
    "Scene",
    "Record TC In",
    "Record TC Out",
    "Duration",
    "Duration (s)",
    "Item ID",
    "Description",
    "Type",
    "Source / family collection",
    "Rights holder",
    "Clearance",
    "Credit line",
    "Note",
)


def languages_of(bundle: FilmExport) -> list[str]:
    """The film's languages, then any other language a caption or credit uses."""
    langs = list(bundle.film.languages)
    for link in bundle.links:
        for lang in (*link.captions, *link.credit):
            if lang and lang not in langs:
                langs.append(lang)
    return langs


def archive_log_header(bundle: FilmExport) -> list[str]:
    """The header row: fixed columns, then a caption and a credit column per language."""
    extra = []
    for lang in languages_of(bundle):
        extra += [f"Caption [{lang}]", f"Credit line [{lang}]"]
    return [*ARCHIVE_LOG_COLUMNS, *extra]


def archive_log_rows(bundle: FilmExport) -> list[list[Cell]]:
    """The data rows (numbers stay numbers), in record order."""
    rows = placements(bundle)
    totals = total_frames_by_item(rows)
    langs = languages_of(bundle)
    first_lang = bundle.film.languages[0] if bundle.film.languages else ""
    issues: dict[str, list[str]] = {}
    for issue in bundle.issues:
        if issue.link_id is not None:
            issues.setdefault(issue.link_id, []).append(f"{issue.severity}: {issue.message}")
    out: list[list[Cell]] = []
    for row in rows:
        link, item, fps = row.link, row.item, bundle.film.fps
        licence = link.licence or Licence()
        taken = item.taken
        primary = item.primary
        master = ""
        if primary is not None:
            size = (
                f" ({primary.width}x{primary.height})" if primary.width and primary.height else ""
            )
            master = (primary.original_name or primary.path.rsplit("/", 1)[-1]) + size
        cells: list[Cell] = [
            row.cue,
            item.id,
            " / ".join(column_values(item.source, "archive-log", "Source reference")),
            item.source.holder,
            text_in(link.captions, first_lang) or item.title or item.description,
            str(item.kind),
            (taken.edtf or "") if taken else "",
            describe(taken) if taken and taken.edtf else "",
            item.rights.credit,
            ", ".join(bundle.person_names.get(p, p) for p in item.person_ids()),
            ", ".join(bundle.place_names.get(p, p) for p in item.places),
            link.rights_holder,
            link.rights_contact,
            _basis(link),
            ", ".join(str(m) for m in licence.media),
            ", ".join(licence.territories),
            _term(licence),
            "; ".join(["exclusive"] * licence.exclusive + list(licence.restrictions)),
            licence.document,
            str(link.clearance),
            "yes" if licence.waiver else "",
            row.scene.number,
            row.scene.title,
            bundle.tc(row.rec_in),
            bundle.tc(row.rec_out),
            bundle.tc(row.frames),
            round(float(frames_to_seconds(row.frames, fps)), 3),
            round(float(frames_to_seconds(totals[item.id], fps)), 3),
            _cut(row, link),
            licence.fee,
            licence.currency,
            str(licence.fee_basis) if link.licence else "",
            licence.invoice,
            ("yes" if licence.paid else "no") if link.licence else "",
            text_in(link.credit, first_lang),
            "; ".join([*(_consent(c) for c in link.consents), *_testimony(bundle, link)]),
            "; ".join(_alteration(a) for a in link.alterations),
            master,
            "; ".join(issues.get(link.id, [])),
            link.note,
        ]
        for lang in langs:
            cells += [link.captions.get(lang, ""), link.credit.get(lang, "")]
        out.append(cells)
    return out


def cue_sheet_rows(bundle: FilmExport) -> list[list[Cell]]:
    """The cue sheet: one row per use in record order, with the essentials."""
    first_lang = bundle.film.languages[0] if bundle.film.languages else ""
    out: list[list[Cell]] = []
    for row in placements(bundle):
        link, item = row.link, row.item
        out.append(
            [
                row.cue,
                row.scene.number,
                bundle.tc(row.rec_in),
                bundle.tc(row.rec_out),
                bundle.tc(row.frames),
                round(float(frames_to_seconds(row.frames, bundle.film.fps)), 3),
                item.id,
                text_in(link.captions, first_lang) or item.title or item.description,
                str(item.kind),
                item.source.holder,
                link.rights_holder,
                str(link.clearance),
                text_in(link.credit, first_lang),
                link.note,
            ]
        )
    return out


def write_csv(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """A spreadsheet-bound CSV: UTF-8 with BOM, CRLF, formula-safe text cells."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(c) if isinstance(c, str) else c for c in row])
    return ("\N{BYTE ORDER MARK}" + buf.getvalue()).encode("utf-8")


def write_xlsx(header: Sequence[str], rows: Sequence[Sequence[Cell]], *, title: str) -> bytes:
    """An XLSX workbook of one sheet; text is stored as text, never as a formula."""
    # openpyxl is heavy and only needed for this format: loaded here (it ships no type hints).
    openpyxl = importlib.import_module("openpyxl")
    styles = importlib.import_module("openpyxl.styles")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = _sheet_title(title)
    bold = styles.Font(bold=True)
    for col, name in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=col, value=name)
        cell.font = bold
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=col)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl makes "=..." a formula otherwise
                if value.startswith(("=", "+", "-", "@", "\t", "\r", "\0")):
                    cell.quotePrefix = True
    sheet.freeze_panes = "C2"
    for col, name in enumerate(header, start=1):
        letter = sheet.cell(row=1, column=col).column_letter
        sheet.column_dimensions[letter].width = min(max(len(name) + 2, 10), 40)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def write_archive_log_csv(bundle: FilmExport) -> bytes:
    """The archive / clearance log as CSV (UTF-8 with BOM)."""
    return write_csv(archive_log_header(bundle), archive_log_rows(bundle))


def write_archive_log_xlsx(bundle: FilmExport) -> bytes:
    """The archive / clearance log as an XLSX workbook."""
    return write_xlsx(archive_log_header(bundle), archive_log_rows(bundle), title="Archive log")


def write_cue_sheet(bundle: FilmExport) -> bytes:
    """The film's cue sheet as CSV (UTF-8 with BOM)."""
    return write_csv(CUE_SHEET_COLUMNS, cue_sheet_rows(bundle))


def _sheet_title(text: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()
    return cleaned[:31] or "Sheet"


def _basis(link: SceneLink) -> str:
    if link.clearance is Clearance.PUBLIC_DOMAIN:
        return "public domain"
    if link.clearance is Clearance.FAIR_USE:
        return "fair use"
    if link.clearance is Clearance.CLEARED:
        return "licence" if link.licence is not None else "permission"
    return ""


def _term(licence: Licence) -> str:
    if licence.perpetual:
        return f"from {licence.term_start} in perpetuity" if licence.term_start else "in perpetuity"
    if licence.term_start or licence.term_end:
        return f"{licence.term_start or '?'} to {licence.term_end or '?'}"
    return ""


def _cut(row: Placement, link: SceneLink) -> str:
    if row.basis is Basis.PLANNED:
        return "planned"
    name = link.used_in_cut or "locked cut"
    return f"{name}, event {row.event}" if row.event else name


def _testimony(bundle: FilmExport, link: SceneLink) -> list[str]:
    """A testimony segment's time range and its speakers' consents, for the consent column."""
    segment = bundle.segments.get(link.segment_id) if link.segment_id else None
    if segment is None:
        return []
    out = [f"testimony {format_time(segment.start_ms)}-{format_time(segment.end_ms)}"]
    for c in segment.consents:
        who = bundle.person_names.get(c.person_id, "")
        uses = ", ".join(str(u) for u in c.uses)
        out.append(" ".join(p for p in (who, c.given_on, uses and f"({uses})") if p))
    return out


def _consent(consent: Consent) -> str:
    who = consent.given_by + (f" ({consent.relation})" if consent.relation else "")
    parts = [who, consent.given_on, consent.scope]
    if consent.revoked:
        parts.append(f"REVOKED {consent.revoked_on}".strip())
    return ", ".join(p for p in parts if p)


def _alteration(alteration: Alteration) -> str:
    text = str(alteration.kind)
    text += f" with {alteration.tool}" if alteration.tool else ""
    text += f" by {alteration.by}" if alteration.by else ""
    return text + (" (changes meaning)" if alteration.changes_meaning else "")
