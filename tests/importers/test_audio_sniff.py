"""Recordings are recognised by their first bytes."""

import pytest

from memoryapp.importers.formats import sniff


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "wav"),
        (b"fLaC\x00\x00\x00\x22", "flac"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01\x1eOpusHead", "opus"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01\x1e\x01vorbis", "ogg"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "mp3"),
        (b"\xff\xfb\x90\x64\x00", "mp3"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00", "m4a"),
    ],
)
def test_recordings_are_sniffed(head: bytes, name: str) -> None:
    kind = sniff(head)
    assert kind is not None
    assert (kind.name, kind.is_audio, kind.is_image) == (name, True, False)


def test_a_jpeg_is_not_an_mpeg_frame() -> None:
    kind = sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    assert kind is not None
    assert kind.name == "jpeg"
