"""Our perceptual hash gives imagehash's bits, so hashes stored by earlier versions still match."""

import imagehash
from PIL import Image
from tests.conftest import draw_picture

from memoryapp.importers.pictures import perceptual_hash


def test_the_same_bits_as_imagehash_phash() -> None:
    pictures = [draw_picture(seed, size) for seed, size in enumerate(
        [(320, 240), (256, 171), (97, 256), (256, 256), (33, 40), (1024, 768)])]  # fmt: skip
    pictures += [pictures[0].convert("L"), pictures[1].rotate(90, expand=True)]
    pictures.append(Image.effect_noise((256, 192), 60))
    for picture in pictures:
        assert perceptual_hash(picture) == str(imagehash.phash(picture))
    assert len({perceptual_hash(p) for p in pictures}) >= len(pictures) - 1
