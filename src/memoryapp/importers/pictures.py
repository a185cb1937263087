"""Decode a file's pixels once: size, pages, upright thumbnails and a perceptual hash.

Everything here works on bytes already read, raises :class:`PictureError` with a
:class:`FailureReason` and a one-sentence detail for bad input, and never touches the file
system. :func:`salvage_picture` makes what it can of pixels that do not decode: the part that
decodes (Pillow's truncated loading, for that file only), else a placeholder card.
"""

import io
import logging
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageDraw, ImageFile, ImageOps, ImageStat

from memoryapp.core.import_results import FailureReason
from memoryapp.importers.formats import PDF, FileType

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

THUMB_SIZE = 256  # grid thumbnail, longest side in pixels
PREVIEW_SIZE = 1024  # details panel and viewer preview
DEFAULT_MAX_PIXELS = 250_000_000  # decompression-bomb limit (about 16k x 16k)


class PictureError(Exception):
    """The pixels cannot be used; ``reason`` says why in a way the UI can translate."""

    def __init__(self, reason: FailureReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Picture:
    """What the pixels gave: stored size, page count, JPEG thumbnails, a hash."""

    width: int
    height: int
    pages: int
    thumbs: dict[int, bytes]  # longest side -> JPEG bytes (upright)
    phash: str
    orientation: int = 1  # EXIF orientation Pillow saw (for images it rotates itself: 1)
    damage: str = ""  # why the pixels did not fully decode (a sentence); "" when they did
    detail: float | None = None  # :func:`detail` of the thumbnail, when hashed


def _register_plugins() -> None:
    try:  # optional HEIC/AVIF support (pillow-heif)
        import pillow_heif

        pillow_heif.register_heif_opener()
        if hasattr(pillow_heif, "register_avif_opener"):
            pillow_heif.register_avif_opener()
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        log.info("pillow-heif is not installed: HEIC/AVIF files cannot be decoded")
    try:  # JPEG XL (pillow-jxl-plugin registers itself on import)
        import pillow_jxl  # noqa: F401
    except ImportError:  # pragma: no cover - pillow-jxl-plugin is a dependency
        log.info("pillow-jxl-plugin is not installed: JPEG XL files cannot be decoded")


_register_plugins()


def read_picture(
    data: bytes,
    kind: FileType,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    orientation: int = 1,
    size: int = THUMB_SIZE,
    with_hash: bool = True,
    apply_orientation: int | None = None,
) -> Picture:
    """Decode ``data`` (the whole file) just enough for an upright ``size`` px JPEG.

    JPEGs are decoded at the smallest DCT scale that still gives ``size`` pixels. The import
    makes the grid thumbnail this way; the larger preview is made later, on demand, by
    :func:`render_preview`. ``orientation`` is the file's EXIF orientation, used for camera
    RAW previews (which are stored un-rotated and carry no EXIF of their own).
    ``apply_orientation`` is the item's orientation when it may differ from the file's own
    (an XMP sidecar's ``tiff:Orientation``): see :func:`upright`.

    Raises:
        PictureError: empty, truncated, corrupt, too many pixels, or not decodable.
    """
    if not data:
        raise PictureError(FailureReason.ZERO_BYTES, "the file is empty")
    target = _Target(size, with_hash)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            if kind == PDF:
                return _read_pdf(data, max_pixels, target)
            if kind.is_raw:
                return _read_raw(data, max_pixels, orientation, target)
            return _read_image(data, max_pixels, target, apply_orientation)
        except PictureError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            detail = "it has more pixels than the decompression-bomb limit allows"
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, detail) from exc
        except MemoryError as exc:
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, "not enough memory") from exc
        except Exception as exc:  # any decoder failure is this file's result
            raise picture_error(exc) from exc


_REPR = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>|\s*'[^']*'(?=\s*$)")
_SENTENCES = (  # what Pillow and its plugins say -> one sentence for people
    ("cannot identify image file", "the file's picture data is in no format memoryapp can read"),
    ("truncated", "the picture data ends too early (the file is truncated)"),
    ("broken data stream", "the picture data is damaged (broken data stream)"),
    ("missing dimensions", "the picture has no width or height"),
    ("unrecognized data stream", "the picture data is damaged (unrecognised data stream)"),
    ("not enough image data", "the picture data ends too early (not enough image data)"),
)


def picture_error(exc: BaseException) -> PictureError:
    """Turn a decoder's exception into a PictureError whose detail is a sentence.

    Python object reprs (``<_io.BytesIO object at 0x...>``) and file names Pillow appends are
    left out; the caller names the file.
    """
    text = _REPR.sub("", str(exc)).strip().rstrip(".")
    lower = f"{text} {type(exc).__name__}".lower()
    reason = FailureReason.TRUNCATED if "truncated" in lower else FailureReason.CORRUPT
    for needle, sentence in _SENTENCES:
        if needle in lower:
            return PictureError(reason, sentence)
    if not text or len(text) > 200 or not text.isprintable():
        return PictureError(reason, "the picture data cannot be decoded")
    return PictureError(reason, f"the picture data cannot be decoded ({text})")


def render_preview(
    data: bytes, kind: FileType, *, size: int = PREVIEW_SIZE, orientation: int = 1
) -> bytes:
    """An upright JPEG of the picture (page 1 of a document), ``size`` px on the long side.

    A damaged picture gives the part that decodes, or a placeholder card.
    ``orientation`` is the item's: it wins over the one the file carries (see :func:`upright`).

    Raises:
        PictureError: the file is empty.
    """
    try:
        picture = read_picture(
            data,
            kind,
            orientation=orientation,
            size=size,
            with_hash=False,
            apply_orientation=orientation,
        )
    except PictureError as exc:
        if exc.reason is FailureReason.ZERO_BYTES:
            raise
        picture = salvage_picture(data, kind, exc, size=size, with_hash=False)
    return picture.thumbs[size]


@dataclass(frozen=True, slots=True)
class _Target:
    size: int
    with_hash: bool


_SELF_ROTATING = frozenset({"HEIF", "AVIF"})  # decoders that apply irot/imir to the pixels


def upright(im: Image.Image, orientation: int | None = None) -> Image.Image:
    """``im`` turned upright: by ``orientation`` (1-8) when given, else by the file's own.

    The item's orientation can come from an XMP sidecar while the file says nothing (or
    something else); regions are drawn with the item's, so the pixels must follow it too.
    HEIF and AVIF pictures come out of their decoder already turned, and are left alone.
    """
    if orientation in range(1, 9) and im.format not in _SELF_ROTATING:
        exif = im.getexif()
        if exif.get(0x0112, 1) != orientation:
            exif[0x0112] = orientation
    return ImageOps.exif_transpose(im) or im


def _read_image(
    data: bytes, max_pixels: int, target: _Target, apply_orientation: int | None = None
) -> Picture:
    im = Image.open(io.BytesIO(data))
    width, height = _checked_size(im, max_pixels)
    pages = _page_count(im)
    orientation = _exif_orientation(im)
    if im.format == "JPEG":  # DCT scaling: decode at 1/2..1/8, just big enough for the target
        scale = target.size / max(width, height)
        im.draft("RGB", (max(1, round(width * scale)), max(1, round(height * scale))))
    im.load()
    return _finish(_upright(im, apply_orientation), width, height, pages, orientation, target)


def _upright(im: Image.Image, orientation: int | None) -> Image.Image:
    """:func:`upright`; the picture as stored when its EXIF is too broken to turn it.

    A picture already upright comes back as it is, not copied (``im`` is the caller's own).
    """
    try:
        if im.format not in _SELF_ROTATING:
            wanted = orientation if orientation in range(1, 9) else _exif_orientation(im)
            if wanted == 1:
                return im
        return upright(im, orientation)
    except Exception:  # broken EXIF must not cost the pixels
        log.debug("cannot apply the EXIF orientation", exc_info=True)
        return im


def _checked_size(im: Image.Image, max_pixels: int) -> tuple[int, int]:
    width, height = im.size
    if width <= 0 or height <= 0:
        raise PictureError(
            FailureReason.CORRUPT, f"the picture claims an impossible size of {width}x{height}"
        )
    if width * height > max_pixels:
        raise PictureError(
            FailureReason.DECOMPRESSION_BOMB,
            f"{width}x{height} pixels is over the limit of {max_pixels}",
        )
    return width, height


def _page_count(im: Image.Image) -> int:
    """Pages of a TIFF or MPO; 1 when counting them fails (a corrupt later page)."""
    if im.format not in ("TIFF", "MPO"):
        return 1
    try:
        return max(1, int(getattr(im, "n_frames", 1)))
    except Exception:  # Pillow raises TypeError, KeyError... on broken IFDs
        log.debug("cannot count the pages", exc_info=True)
        return 1
    finally:
        try:
            im.seek(0)
        except Exception:  # the first page was readable when opened
            log.debug("cannot return to the first page", exc_info=True)


def _exif_orientation(im: Image.Image) -> int:
    try:
        orientation = int(im.getexif().get(0x0112, 1) or 1)
    except Exception:  # broken EXIF: the metadata readers report it
        log.debug("Pillow cannot read the EXIF orientation", exc_info=True)
        return 1
    return orientation if 1 <= orientation <= 8 else 1


_TRUNCATED_LOCK = threading.Lock()


@contextmanager
def _truncated_allowed() -> Iterator[None]:
    """Let Pillow load a truncated picture while the block runs (Pillow's flag is global)."""
    with _TRUNCATED_LOCK:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = True
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def salvage_picture(
    data: bytes,
    kind: FileType,
    error: PictureError,
    *,
    width: int | None = None,
    height: int | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    size: int = THUMB_SIZE,
    with_hash: bool = True,
) -> Picture:
    """What can be shown of pixels that ``read_picture`` refused with ``error``.

    The part of the picture that decodes when Pillow may load truncated data, else a plain
    placeholder card of the stored proportions (``width``, ``height`` from the metadata).
    ``damage`` says what is wrong either way. Never raises.
    """
    target = _Target(size, with_hash)
    if kind.is_image and not kind.is_raw and error.reason is not FailureReason.DECOMPRESSION_BOMB:
        try:
            with warnings.catch_warnings(), _truncated_allowed():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                partial = _read_image(data, max_pixels, target)
        except Exception:  # nothing decodes: the placeholder follows
            log.debug("no part of the picture decodes", exc_info=True)
        else:
            note = f"{error.detail}; only the part that decodes is shown"
            return _with_damage(partial, note)
    card = _placeholder(width, height)
    picture = _finish(card, width or 0, height or 0, 1, 1, _Target(size, with_hash=False))
    return _with_damage(picture, f"{error.detail}; a placeholder is shown")


def _with_damage(picture: Picture, damage: str) -> Picture:
    return Picture(
        picture.width,
        picture.height,
        picture.pages,
        picture.thumbs,
        picture.phash,
        picture.orientation,
        damage,
        picture.detail,
    )


def _placeholder(width: int | None, height: int | None) -> Image.Image:
    """A grey card with a torn-edge mark, in the picture's proportions when known."""
    long_side = PREVIEW_SIZE
    ratio = (width / height) if width and height else 4 / 3
    ratio = min(max(ratio, 1 / 4), 4)
    w, h = (
        (long_side, round(long_side / ratio))
        if ratio >= 1
        else (round(long_side * ratio), long_side)
    )
    card = Image.new("RGB", (max(w, 1), max(h, 1)), (112, 112, 112))
    draw = ImageDraw.Draw(card)
    step = max(card.width // 12, 4)
    zigzag = [(x, card.height // 2 + (step // 2 if (x // step) % 2 else -step // 2))
              for x in range(0, card.width + step, step)]  # fmt: skip
    draw.line(zigzag, fill=(200, 200, 200), width=max(card.width // 100, 2))
    return card


_MAX_PREVIEW_TRIES = 32


def _read_raw(data: bytes, max_pixels: int, orientation: int, target: _Target) -> Picture:
    """A camera RAW file: the largest embedded JPEG preview, or a plain card without one."""
    best: tuple[int, int] | None = None  # (pixels, offset)
    start = 0
    for _ in range(_MAX_PREVIEW_TRIES):
        offset = data.find(b"\xff\xd8\xff", start)
        if offset < 0:
            break
        start = offset + 3
        try:
            with Image.open(io.BytesIO(data[offset:])) as im:
                w, h = im.size
        except Exception:  # not a usable preview: try the next one
            log.debug("no preview at offset %d", offset, exc_info=True)
            continue
        if im.format == "JPEG" and 0 < w * h <= max_pixels and (best is None or w * h > best[0]):
            best = (w * h, offset)
    if best is not None:
        try:
            im = Image.open(io.BytesIO(data[best[1] :]))
            im.draft("RGB", (target.size, target.size))
            im.load()
            upright = ImageOps.exif_transpose(_oriented(im, orientation)) or im
            return _finish(upright, im.width, im.height, 1, orientation, target)
        except Exception:  # the plain card follows
            log.info("RAW preview at offset %d does not decode", best[1], exc_info=True)
    card = Image.new("RGB", (PREVIEW_SIZE, PREVIEW_SIZE * 2 // 3), (96, 96, 96))
    return _finish(card, card.width, card.height, 1, orientation, target)


def _oriented(im: Image.Image, orientation: int) -> Image.Image:
    if 1 <= orientation <= 8 and orientation != 1 and not im.getexif().get(0x0112):
        exif = im.getexif()
        exif[0x0112] = orientation
        im.info["exif"] = exif.tobytes()
    return im


def _finish(
    upright: Image.Image, width: int, height: int, pages: int, orientation: int, target: _Target
) -> Picture:
    if upright.mode in ("RGB", "L"):  # made smaller in place (``upright`` is ours), then RGB
        upright.thumbnail((target.size, target.size), Image.Resampling.BICUBIC)
        thumb = upright.convert("RGB") if upright.mode != "RGB" else upright
    else:  # transparency is flattened and deep or palette pixels converted at full size
        thumb = _to_rgb(upright)
        thumb.thumbnail((target.size, target.size), Image.Resampling.BICUBIC)
    phash = ""
    spread = None
    if target.with_hash:
        grey = thumb.convert("L")
        phash = perceptual_hash(grey)
        spread = detail(grey)
    jpeg = _jpeg(thumb)
    return Picture(width, height, pages, {target.size: jpeg}, phash, orientation, "", spread)


_HASH_SIDE = 32  # the picture is shrunk to 32x32 grey; its 8x8 lowest frequencies are hashed
_LOW = 8


@cache
def _dct_rows() -> "np.ndarray[Any, np.dtype[np.float64]]":
    """The first 8 rows of the (unnormalised) DCT-II matrix of size 32."""
    import numpy as np

    k = np.arange(_LOW)[:, None]
    n = np.arange(_HASH_SIDE)[None, :]
    rows: np.ndarray[Any, np.dtype[np.float64]] = 2 * np.cos(
        np.pi * k * (2 * n + 1) / (2 * _HASH_SIDE)
    )
    return rows


def perceptual_hash(picture: Image.Image) -> str:
    """The 64-bit DCT perceptual hash of ``picture`` as 16 hex digits.

    The same bits as ``imagehash.phash`` (grey, 32x32 Lanczos, the 8x8 lowest DCT-II
    frequencies above their median), computed with two small matrix products instead of
    scipy's transforms, so an import worker needs numpy alone.
    """
    import numpy as np

    small = picture.convert("L").resize((_HASH_SIDE, _HASH_SIDE), Image.Resampling.LANCZOS)
    dct = _dct_rows()
    low = dct @ np.asarray(small, dtype=np.float64) @ dct.T
    bits = (low > np.median(low)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def detail(thumbnail: Image.Image) -> float:
    """How much a picture varies: the standard deviation of its 32x32 grey version (0 to 255)."""
    grey = thumbnail.convert("L").resize((32, 32), Image.Resampling.BOX)
    return float(ImageStat.Stat(grey).stddev[0])


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        return im.point(lambda v: v / 256).convert("RGB")  # 16-bit scans
    return im.convert("RGB")


def _jpeg(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    return out.getvalue()


def render_page(data: bytes, kind: FileType, page: int, size: int) -> bytes:
    """Render page ``page`` (from 1) of a PDF or multi-page TIFF as upright JPEG bytes.

    Raises:
        PictureError: no such page, or the page cannot be decoded.
    """
    try:
        if kind == PDF:
            im = _pdf_page(data, page - 1, size)
        else:
            im = Image.open(io.BytesIO(data))
            im.seek(page - 1)
            im.load()
            im = ImageOps.exif_transpose(im) or im
        rgb = _to_rgb(im)
        rgb.thumbnail((size, size), Image.Resampling.LANCZOS)
        return _jpeg(rgb)
    except Exception as exc:  # any decoder failure is this page's result
        error = picture_error(exc)
        raise PictureError(error.reason, f"page {page}: {error.detail}") from exc


def _pdf_page(data: bytes, index: int, size: int) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        if not 0 <= index < len(doc):
            raise IndexError(f"the document has {len(doc)} pages")
        page = doc[index]
        w, h = page.get_size()
        scale = size / max(w, h, 1)
        image: Image.Image = page.render(scale=scale).to_pil()
        return image
    finally:
        doc.close()


def _read_pdf(data: bytes, max_pixels: int, target: _Target) -> Picture:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PictureError(FailureReason.CORRUPT, "the PDF cannot be read (damaged)") from exc
    try:
        pages = len(doc)
        if pages == 0:
            raise PictureError(FailureReason.CORRUPT, "the PDF has no pages")
        w, h = doc[0].get_size()  # points (1/72 inch)
        width, height = round(w * 300 / 72), round(h * 300 / 72)  # as scanned at 300 dpi
        if width * height > max_pixels:
            detail = f"a page of {w:g}x{h:g} points is over the pixel limit"
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, detail)
    finally:
        doc.close()
    first = _pdf_page(data, 0, target.size)
    return _finish(first, width, height, pages, 1, target)
