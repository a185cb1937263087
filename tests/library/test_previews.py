from PIL import Image

from memoryapp.library import ImportOptions, Library
from memoryapp.library.previews import preview_path


def test_preview_is_made_on_first_use_upright_and_cached(library: Library, tmp_path) -> None:
    from tests.conftest import draw_picture

    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side
    path = tmp_path / "rotated.jpg"
    draw_picture(5, (2400, 1600)).save(path, "JPEG", exif=exif)
    report = library.import_paths([path], options=ImportOptions(jobs=1))
    item_id = report.results[0].item_id
    assert library.thumbnail_path(item_id, 1024) is None
    with Image.open(library.thumbnail_path(item_id)) as thumb:
        assert thumb.size == (171, 256)  # upright: portrait
    preview = preview_path(library, item_id)
    with Image.open(preview) as im:
        assert im.size == (683, 1024)
    assert library.thumbnail_path(item_id, 1024) == preview
    assert preview_path(library, item_id) == preview
    assert library.check().problems == ()
