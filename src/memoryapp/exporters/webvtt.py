"""WebVTT caption files of recordings: one per recording and language, from its segments.

Every cue is one testimony segment that has a transcript in that language: its ID, its time
range and the text, in a ``<v Speaker>`` voice span. The bundle is already filtered, so a
segment whose consent was revoked, that is private, or whose speaker is withheld is absent.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from memoryapp.core.ids import ItemId
from memoryapp.core.privacy import ExportBundle
from memoryapp.core.segments import Segment, format_time, in_order
from memoryapp.exporters.media_copy import StagedMedia


def _escape(text: str) -> str:
    """Cue text as WebVTT wants it: ``&``, ``<``, ``>`` escaped, no blank line, no arrow."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = [line.strip() for line in text.replace("-->", "\u2192").splitlines()]
    return "\n".join(line for line in lines if line)


def webvtt(bundle: ExportBundle, segments: Iterable[Segment], lang: str) -> str:
    """The WebVTT text of ``segments`` in ``lang`` (segments without that language left out)."""
    cues = ["WEBVTT", f"Language: {lang}" if lang.isascii() and "\n" not in lang else ""]
    out = ["\n".join(c for c in cues if c)]
    for segment in in_order(segments):
        transcript = segment.transcript(lang)
        if transcript is None or not transcript.text.strip():
            continue
        names = [bundle.people[p].name for p in segment.speakers if p in bundle.people]
        voice = _escape(", ".join(names))
        text = _escape(transcript.text)
        body = f"<v {voice}>{text}</v>" if voice else text
        timing = f"{format_time(segment.start_ms)} --> {format_time(segment.end_ms)}"
        out.append(f"{segment.id}\n{timing}\n{body}")
    return "\n\n".join(out) + "\n"


def captions(bundle: ExportBundle) -> dict[ItemId, dict[str, str]]:
    """``{recording: {language: WebVTT text}}`` for every recording with transcribed segments."""
    by_recording: dict[ItemId, list[Segment]] = {}
    for segment in bundle.segments:
        by_recording.setdefault(segment.recording_id, []).append(segment)
    out: dict[ItemId, dict[str, str]] = {}
    for recording, segments in by_recording.items():
        langs = dict.fromkeys(t.lang for s in in_order(segments) for t in s.transcripts)
        out[recording] = {lang: webvtt(bundle, segments, lang) for lang in langs}
    return out


def write_captions(
    bundle: ExportBundle, staged: StagedMedia, root: Path
) -> dict[ItemId, tuple[str, ...]]:
    """Write each recording's WebVTT files beside its exported audio (``<audio stem>.<lang>.vtt``).

    Returns the paths written (relative to ``root``, POSIX) by recording.
    """
    written: dict[ItemId, tuple[str, ...]] = {}
    for recording, by_lang in captions(bundle).items():
        paths = staged.paths(recording)
        if not paths:
            continue
        stem = paths[0].rsplit(".", 1)[0]
        mine = []
        for lang, text in by_lang.items():
            rel = f"{stem}.{_safe_lang(lang)}.vtt"
            target = root.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
            mine.append(rel)
        written[recording] = tuple(mine)
    return written


def _safe_lang(lang: str) -> str:
    """A language tag usable in a file name (letters, digits and hyphens)."""
    kept = "".join(ch for ch in lang if ch.isascii() and (ch.isalnum() or ch == "-"))
    return kept or "und"
