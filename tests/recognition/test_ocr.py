"""Tesseract reads rendered French, Hebrew and Arabic, each line in its own language."""

from collections.abc import Iterator

import pytest
from tests.recognition.rendered import aged, cer, letter_page

from memoryapp.recognition import ocr
from memoryapp.recognition.ocr import OcrUnavailableError, read_image

pytestmark = pytest.mark.slow  # Tesseract reads a page three times (about 2-3 s)


def _by_language(page: ocr.OcrPage, lang: str) -> str:
    return "\n".join(line.text for line in page.lines if line.language == lang)


@pytest.mark.parametrize(("state", "limit"), [("clean", 0.02), ("aged", 0.10)])
def test_character_error_per_language_on_a_clean_and_an_aged_page(state: str, limit: float) -> None:
    page = letter_page()
    image = page.image if state == "clean" else aged(page.image)
    result = read_image(image, ["fra", "heb", "ara"])
    figures = {
        "fra": cer(page.french, _by_language(result, "fra")),
        "heb": cer(page.hebrew, _by_language(result, "heb")),
        "ara": cer(page.arabic, _by_language(result, "ara")),
    }
    print(f"\n{state} page ({image.width}x{image.height}):", end="")
    for lang, rate in figures.items():
        print(f" {lang} CER {rate:.1%}", end="")
    assert all(rate <= limit for rate in figures.values()), figures
    assert result.engine.startswith("tesseract 5")
    assert len(result.lines) == 5  # three French lines, one Hebrew, one Arabic
    hebrew_line = next(line for line in result.lines if line.language == "heb")
    assert hebrew_line.box.x > 0.3  # right-aligned, as written


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import pytesseract

    ocr.engine_name.cache_clear()
    ocr.available_languages.cache_clear()
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    yield
    ocr.engine_name.cache_clear()
    ocr.available_languages.cache_clear()


def test_a_missing_tesseract_is_one_clear_sentence(no_tesseract: None) -> None:
    with pytest.raises(OcrUnavailableError) as caught:
        ocr.engine_name()
    assert str(caught.value) == (
        "Tesseract is not installed; install the tesseract-ocr package to read text."
    )


def test_a_missing_language_pack_is_named() -> None:
    with pytest.raises(OcrUnavailableError, match="tesseract-ocr-kab"):
        ocr.check_languages(["fra", "kab"])
