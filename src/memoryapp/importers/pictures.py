"""Decode a file's pixels once: size, pages, upright thumbnails and a perceptual hash.

Everything here works on bytes already read, raises :class:`PictureError` with a
:class:`FailureReason` for bad input, and never touches the file system.
"""

import io
import logging
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

from memoryapp.core.import_results import FailureReason
from memoryapp.importers.formats import PDF, FileType

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


def _register_plugins() -> None:
    try:  # optional HEIC/AVIF support (pillow-heif)
        import pillow_heif

        pillow_heif.register_heif_opener()
        if hasattr(pillow_heif, "register_avif_opener"):
            pillow_heif.register_avif_opener()
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        log.info("pillow-heif is not installed: HEIC/AVIF files cannot be decoded")


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
    if kind == PDF:
        return _read_pdf(data, max_pixels, target)
    if kind.is_raw:
        return _read_raw(data, max_pixels, orientation, target)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _read_image(data, max_pixels, target, apply_orientation)
        except PictureError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, str(exc)) from exc
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError) as exc:
            text = str(exc)
            reason = FailureReason.TRUNCATED if "truncated" in text else FailureReason.CORRUPT
            raise PictureError(reason, text or type(exc).__name__) from exc
        except MemoryError as exc:
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, "not enough memory") from exc


def render_preview(
    data: bytes, kind: FileType, *, size: int = PREVIEW_SIZE, orientation: int = 1
) -> bytes:
    """An upright JPEG of the picture (page 1 of a document), ``size`` px on the long side.

    ``orientation`` is the item's: it wins over the one the file carries (see :func:`upright`).

    Raises:
        PictureError: the file cannot be decoded.
    """
    picture = read_picture(
        data,
        kind,
        orientation=orientation,
        size=size,
        with_hash=False,
        apply_orientation=orientation,
    )
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
    width, height = im.size
    if width <= 0 or height <= 0:
        raise PictureError(FailureReason.CORRUPT, f"impossible size {width}x{height}")
    if width * height > max_pixels:
        raise PictureError(
            FailureReason.DECOMPRESSION_BOMB,
            f"{width}x{height} pixels is over the limit of {max_pixels}",
        )
    pages = getattr(im, "n_frames", 1) if im.format in ("TIFF", "MPO") else 1
    orientation = int(im.getexif().get(0x0112, 1) or 1)
    if im.format == "JPEG":  # DCT scaling: decode at 1/2..1/8, just big enough for the target
        scale = target.size / max(width, height)
        im.draft("RGB", (max(1, round(width * scale)), max(1, round(height * scale))))
    im.load()
    turned = upright(im, apply_orientation)
    orientation = orientation if 1 <= orientation <= 8 else 1
    return _finish(turned, width, height, pages, orientation, target)


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
        except (OSError, SyntaxError, ValueError):
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
        except (OSError, SyntaxError, ValueError):
            log.info("RAW preview at offset %d does not decode", best[1])
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
    thumb = _to_rgb(upright)  # always a new image: thumbnail() may work in place
    thumb.thumbnail((target.size, target.size), Image.Resampling.BICUBIC)
    phash = ""
    if target.with_hash:
        # Imported lazily: numpy/scipy are heavy and only the import workers need them.
        import imagehash

        phash = str(imagehash.phash(thumb))
    return Picture(width, height, pages, {target.size: _jpeg(thumb)}, phash, orientation)


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
    except (OSError, ValueError, EOFError, IndexError) as exc:
        raise PictureError(FailureReason.CORRUPT, f"page {page}: {exc}") from exc


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
        raise PictureError(FailureReason.CORRUPT, f"not a readable PDF: {exc}") from exc
    try:
        pages = len(doc)
        if pages == 0:
            raise PictureError(FailureReason.CORRUPT, "the PDF has no pages")
        w, h = doc[0].get_size()  # points (1/72 inch)
        width, height = round(w * 300 / 72), round(h * 300 / 72)  # as scanned at 300 dpi
        if width * height > max_pixels:
            raise PictureError(FailureReason.DECOMPRESSION_BOMB, f"page of {w}x{h} points")
    finally:
        doc.close()
    first = _pdf_page(data, 0, target.size)
    return _finish(first, width, height, pages, 1, target)
