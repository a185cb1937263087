"""Recordings: their stream facts and tags (mutagen), and a waveform picture of their sound.

:func:`read_audio` reads the duration, sample rate, channels and the tags (title, artist,
comment, recording date, device or encoder) from the bytes of a WAV, FLAC, Ogg Vorbis/Opus,
MP3 or M4A file. :func:`waveform_jpeg` draws the sound's peaks; WAV is decoded with the
standard library, the other formats by Debian's ``sox`` where it is installed and reads them.
A recording that cannot be decoded gets a neutral waveform card with its duration, never a
failure. Nothing here writes files.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import shutil
import subprocess
import wave
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.core.import_results import FailureReason
from memoryapp.importers.formats import FileType

log = logging.getLogger(__name__)

WAVE_RATIO = 4  # a waveform picture is four times as wide as it is high
_DECODE_RATE = 2000  # samples per second decoded for the picture (peaks need no more)
_SOX_TIMEOUT_S = 120
_SOX_TYPES = {"wav": "wav", "flac": "flac", "ogg": "ogg", "mp3": "mp3"}  # Debian's sox reads these
_BACKGROUND = (246, 246, 244)
_WAVE_COLOUR = (52, 101, 164)
_PLACEHOLDER_COLOUR = (160, 160, 160)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


class AudioError(Exception):
    """The recording cannot be read; ``reason`` and ``detail`` say why (one sentence)."""

    def __init__(self, reason: FailureReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class AudioInfo:
    """What a recording says about itself."""

    duration_ms: int
    sample_rate: int | None
    channels: int | None
    embedded: EmbeddedMetadata


def read_audio(data: bytes, kind: FileType) -> AudioInfo:
    """The stream facts and tags of a recording, from its bytes.

    Raises:
        AudioError: the file is not a readable recording of its type.
    """
    import mutagen  # imported here: only import workers need it

    try:
        audio = mutagen.File(io.BytesIO(data), easy=True)
    except Exception as exc:  # mutagen raises many kinds of error for damaged files
        raise AudioError(FailureReason.CORRUPT, f"the {kind.name} data is damaged ({exc})") from exc
    if audio is None or audio.info is None:
        raise AudioError(FailureReason.CORRUPT, f"the file is not a readable {kind.name} recording")
    info = audio.info
    length = float(getattr(info, "length", 0.0) or 0.0)
    if length <= 0:
        raise AudioError(FailureReason.CORRUPT, "the recording has no sound (its length is 0)")
    tags = _tags(audio.tags)
    date = _first(tags, "date", "originaldate", "tdrc", "icrd")
    device = _first(tags, "device", "encodedby", "encoder", "tsse", "tenc", "isft")
    embedded = EmbeddedMetadata(
        format=kind.name,
        title=_first(tags, "title", "tit2", "inam"),
        creator=_first(tags, "artist", "tpe1", "iart"),
        description=_first(tags, "comment", "description", "comm", "icmt"),
        taken=date if date and _DATE.match(date) else None,
        taken_source="audio:date" if date and _DATE.match(date) else None,
        software=device,
        raw={f"Audio:{k}": v for k, v in sorted(tags.items())},
    )
    return AudioInfo(
        duration_ms=round(length * 1000),
        sample_rate=_positive(getattr(info, "sample_rate", None)),
        channels=_positive(getattr(info, "channels", None)),
        embedded=embedded,
    )


def _positive(value: object) -> int | None:
    return value if isinstance(value, int) and value > 0 else None


def _tags(tags: Any) -> dict[str, str]:
    """Tags as lower-case keys and text (lists joined; binary frames left out)."""
    if tags is None:
        return {}
    out: dict[str, str] = {}
    try:
        pairs: Iterable[tuple[Any, Any]] = tags.items()
    except (AttributeError, TypeError):
        return {}
    for key, value in pairs:
        values = value if isinstance(value, list) else [value]
        text = "; ".join(str(v).strip() for v in values if isinstance(v, str | int | float))
        if not text:
            text = "; ".join(str(t) for v in values for t in getattr(v, "text", ()) if t)
        if text:
            out[str(key).split(":")[0].lower()] = text
    return out


def _first(tags: Mapping[str, str], *keys: str) -> str | None:
    return next((tags[k] for k in keys if tags.get(k)), None)


# -- the waveform ---------------------------------------------------------------------------


def decode_peaks(data: bytes, kind: FileType, columns: int) -> np.ndarray | None:
    """The sound's loudest sample in each of ``columns`` slices (0..1), or None if undecodable."""
    samples = _wav_samples(data) if kind.name == "wav" else None
    if samples is None:
        samples = _sox_samples(data, kind)
    if samples is None or samples.size == 0:
        return None
    edges = np.linspace(0, samples.size, columns + 1).astype(np.int64)
    magnitude = np.abs(samples)
    peaks = np.array([magnitude[a:b].max() if b > a else 0.0 for a, b in itertools.pairwise(edges)])
    top = float(peaks.max())
    return peaks / top if top > 0 else peaks


def _wav_samples(data: bytes) -> np.ndarray | None:
    """Mono samples -1..1 of an integer PCM WAV (None for other encodings)."""
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            width, channels = reader.getsampwidth(), reader.getnchannels()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError, ValueError) as exc:
        log.debug("wave cannot read the recording: %s", exc)
        return None
    pcm: np.ndarray
    if width == 1:
        pcm = (np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128) / 128
    elif width in (2, 4):
        ints = np.frombuffer(frames[: len(frames) // width * width], dtype=f"<i{width}")
        pcm = ints.astype(np.float32) / float(2 ** (8 * width - 1))
    elif width == 3:
        raw = np.frombuffer(frames[: len(frames) // 3 * 3], dtype=np.uint8).reshape(-1, 3)
        ints = raw[:, 0].astype(np.int32) | raw[:, 1].astype(np.int32) << 8
        ints |= raw[:, 2].astype(np.int32) << 16
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        pcm = ints.astype(np.float32) / float(1 << 23)
    else:
        return None
    if channels > 1:
        pcm = pcm[: pcm.size // channels * channels].reshape(-1, channels).mean(axis=1)
    return pcm


def _sox_samples(data: bytes, kind: FileType) -> np.ndarray | None:
    """Mono samples -1..1 decoded by ``sox`` (None when it is absent or cannot read the type)."""
    sox = shutil.which("sox")
    sox_type = _SOX_TYPES.get(kind.name)
    if sox is None or sox_type is None:
        return None
    command = [sox, "-q", "-t", sox_type, "-", "-t", "raw", "-e", "signed-integer", "-b", "16"]
    command += ["-c", "1", "-r", str(_DECODE_RATE), "-"]
    try:
        done = subprocess.run(  # a fixed command; the data goes to stdin
            command, input=data, capture_output=True, timeout=_SOX_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.debug("sox cannot decode the recording: %s", exc)
        return None
    if done.returncode != 0 or not done.stdout:
        log.debug("sox cannot decode the recording: %s", done.stderr[:200])
        return None
    pcm = np.frombuffer(done.stdout[: len(done.stdout) // 2 * 2], dtype="<i2")
    return pcm.astype(np.float32) / 32767.0


def waveform_jpeg(peaks: np.ndarray | None, duration_ms: int, width: int) -> bytes:
    """A JPEG waveform ``width`` pixels wide (a grey card with the duration when no peaks)."""
    height = max(width // WAVE_RATIO, 8)
    card = Image.new("RGB", (width, height), _BACKGROUND)
    draw = ImageDraw.Draw(card)
    middle = height / 2
    if peaks is None:
        step = max(width // 64, 2)
        for x in range(0, width, 2 * step):
            draw.line([(x, middle), (x + step, middle)], fill=_PLACEHOLDER_COLOUR, width=1)
    else:
        columns = np.interp(np.linspace(0, len(peaks) - 1, width), np.arange(len(peaks)), peaks)
        for x, peak in enumerate(columns):
            half = max(float(peak) * (height * 0.45), 0.5)
            draw.line([(x, middle - half), (x, middle + half)], fill=_WAVE_COLOUR)
    label = clock(duration_ms)
    font = ImageFont.load_default(size=max(height // 6, 9))
    box = draw.textbbox((0, 0), label, font=font)
    pad = max(height // 20, 2)
    x0, y0 = width - (box[2] - box[0]) - 3 * pad, height - (box[3] - box[1]) - 3 * pad
    draw.rectangle([x0 - pad, y0 - pad, width - pad, height - pad], fill=_BACKGROUND)
    draw.text((x0 - box[0], y0 - box[1]), label, fill=(40, 40, 40), font=font)
    out = io.BytesIO()
    card.save(out, "JPEG", quality=85)
    return out.getvalue()


def clock(ms: int) -> str:
    """A duration as a player shows it: ``3:12`` or ``1:02:03``."""
    total = round(ms / 1000)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def render_waveform(data: bytes, kind: FileType, duration_ms: int, width: int) -> bytes:
    """Decode ``data`` and draw its waveform ``width`` pixels wide (see :func:`waveform_jpeg`)."""
    return waveform_jpeg(decode_peaks(data, kind, min(width, 2048)), duration_ms, width)
