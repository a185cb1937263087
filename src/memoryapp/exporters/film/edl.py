"""CMX3600 EDL of a film's archive pull, with clip names, source files, locators and comments.

The rules of film.md section 6.4: 7-bit ASCII only (Hebrew, Arabic and accents are dropped,
so Unicode captions belong in FCPXML, OTIO and the CSV logs), reel names of at most
8 characters (the item ID's first 8), one video track, ``FCM:`` after the title, stills at
source ``00:00:00:00`` to their hold. Locators use record timecode, as Avid marker EDLs do.

Each event names its item three ways, so the locked cut can be read back
(:mod:`memoryapp.exporters.film.edl_reader`): the reel, the ``FROM CLIP NAME`` (which starts
with the full item ID) and the ``SOURCE FILE``.
"""

from urllib.parse import quote

from memoryapp.core.films import text_in
from memoryapp.exporters.film.bundle import FilmExport, ascii_upper, placements, reel_name

LOC_COLOURS = ("RED", "GREEN", "BLUE", "CYAN", "MAGENTA", "YELLOW", "BLACK", "WHITE")


def ascii_path(path: str) -> str:
    """A path as 7-bit ASCII on one line: non-ASCII and control characters percent-encoded."""
    return quote(path, safe="/\\:._-~()[]!$&',;=@+ ")


def write_edl(bundle: FilmExport, *, planned: bool | None = None) -> bytes:
    """The film's uses as a CMX3600 EDL (ASCII, LF line ends).

    Args:
        bundle: the film's records.
        planned: True for the plan, False for the locked cut; None picks the locked cut when
            one was read.
    """
    film = bundle.film
    tc = bundle.tc
    title = ascii_upper(film.title, 60) or "UNTITLED"
    out = [f"TITLE: {title}", f"FCM: {'DROP FRAME' if film.drop_frame else 'NON-DROP FRAME'}", ""]
    first_lang = film.languages[0] if film.languages else ""
    scenes_seen: set[str] = set()
    for n, row in enumerate(placements(bundle, planned=planned), start=1):
        item, link = row.item, row.link
        reel = reel_name(item.id)
        src = bundle.source_in(link)  # a testimony segment's start; stills start at 0
        out.append(
            f"{n:03d}  {reel:<8} V     C        "
            f"{tc(src)} {tc(src + row.frames)} {tc(row.rec_in)} {tc(row.rec_out)}"
        )
        label = ascii_upper(f"{item.id} {item.title or item.description}", 60)
        out.append(f"* FROM CLIP NAME:  {label}")
        media = bundle.media_paths.get(item.id)
        if media:
            out.append(f"* SOURCE FILE: {ascii_path(media)}")
        if row.scene.id not in scenes_seen:
            scenes_seen.add(row.scene.id)
            scene_label = ascii_upper(f"SC{row.scene.number} {row.scene.title}", 50)
            out.append(f"* LOC: {tc(row.rec_in)} BLUE    {scene_label}")
        colour = "GREEN" if link.is_cleared else "RED"
        out.append(
            f"* LOC: {tc(row.rec_in)} {colour:<7} RIGHTS {ascii_upper(str(link.clearance), 40)}"
        )
        credit = ascii_upper(text_in(link.credit, first_lang, ("en", "fr")), 60)
        if credit:
            out.append(f"* COMMENT: CREDIT {credit}")
        note = ascii_upper(link.note)
        if note:
            out.append(f"* COMMENT: {note}")
        out.append("")
    return "\n".join(out).encode("ascii")
