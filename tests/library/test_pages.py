"""Pages of PDFs and multi-page TIFFs are rendered once, upright, and cached in thumbs/."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from memoryapp.core.errors import NotFoundError
from memoryapp.core.import_results import FileStatus
from memoryapp.library import Library
from memoryapp.library.pages import PageError, page_count, render_page

pytestmark = pytest.mark.slow  # each imports a document (about 2 s)

COLOURS = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]


def _pages() -> list[Image.Image]:
    return [Image.new("RGB", (200, 300), colour) for colour in COLOURS]


def _pdf(path: Path) -> Path:
    first, *rest = _pages()
    first.save(path, save_all=True, append_images=rest)
    return path


def _tiff(path: Path) -> Path:
    # Pillow 13.0.0's save_all fails for TIFF here; write the frames one by one instead.
    with TiffImagePlugin.AppendingTiffWriter(path, True) as writer:
        for page in _pages():
            page.save(writer, format="TIFF")
            writer.newFrame()
    return path


def _import(library: Library, path: Path) -> str:
    report = library.import_paths([path])
    result = report.results[0]
    assert result.status is FileStatus.IMPORTED, result
    assert result.item_id is not None
    return result.item_id


@pytest.mark.parametrize("make", [_pdf, _tiff], ids=["pdf", "tiff"])
def test_each_page_renders_its_own_content_and_is_cached(
    library: Library, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    suffix = ".pdf" if make is _pdf else ".tif"
    item_id = _import(library, make(tmp_path / f"letter{suffix}"))
    assert page_count(library, item_id) == 3
    for page, colour in enumerate(COLOURS, start=1):
        path = render_page(library, item_id, page, 128)
        sha = library.item(item_id).files[0].sha256
        assert path == library.paths.page_file(sha, page, 128)
        with Image.open(path) as im:
            assert max(im.size) == 128
            assert im.size[0] < im.size[1]  # portrait pages stay portrait
            got = im.convert("RGB").getpixel((im.width // 2, im.height // 2))
        assert isinstance(got, tuple)
        assert all(abs(a - b) < 12 for a, b in zip(got, colour, strict=True))
    cached = render_page(library, item_id, 2, 128)
    stamp = cached.stat().st_mtime_ns
    assert render_page(library, item_id, 2, 128) == cached
    assert cached.stat().st_mtime_ns == stamp


def test_missing_pages_and_items_are_reported(library: Library, tmp_path: Path) -> None:
    item_id = _import(library, _pdf(tmp_path / "doc.pdf"))
    with pytest.raises(PageError, match="3 page"):
        render_page(library, item_id, 4, 128)
    with pytest.raises(PageError):
        render_page(library, item_id, 0, 128)
    with pytest.raises(NotFoundError):
        render_page(library, "no-such-item", 1, 128)


def test_unreadable_original_names_the_file(library: Library, tmp_path: Path) -> None:
    source = _pdf(tmp_path / "gone.pdf")
    item_id = _import(library, source)
    library.media_path(item_id).unlink()
    with pytest.raises(PageError) as caught:
        render_page(library, item_id, 2, 128)
    assert caught.value.path == library.media_path(item_id)
    assert "cannot read" in caught.value.reason
