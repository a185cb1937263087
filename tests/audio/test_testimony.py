"""Recordings made with espeak-ng, imported as WAV and MP3, with testimony segments on a photo.

Skipped where espeak-ng or sox are missing (scripts/bootstrap.sh installs them).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from memoryapp.cli.main import ExitCode, main
from memoryapp.exporters.formats import EXPORT_FORMATS, Family

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("sox") is None,
    reason="espeak-ng and sox make the recordings",
)

FRENCH = "Nous sommes arrivés à Tinghir en mil neuf cent trente deux, pour le mariage."
HEBREW = "הגענו לתינגיר בשנת אלף תשע מאות שלושים ושתיים"
WITHDRAWN = "Zaghloul raconte le souk de Tinghir"  # only in the segment whose consent goes


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def ok_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == ExitCode.OK, err
    return json.loads(out)


@pytest.fixture
def testimony(tmp_path: Path, make_jpeg, capsys) -> dict[str, str]:
    """A collection with a photo, a WAV and an MP3 recording, and two segments on the photo."""
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    wav, mp3 = src / "grandmother.wav", src / "grandmother.mp3"
    subprocess.run(["espeak-ng", "-v", "fr", "-w", str(wav), FRENCH], check=True)
    subprocess.run(["sox", str(wav), str(mp3)], check=True)
    (src / "broken.mp3").write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00not a frame at all")
    photo = make_jpeg("wedding.jpg")
    coll = str(tmp_path / "family")
    run(capsys, "init", "--collection", coll)
    report = ok_json(capsys, "import", "-c", coll, str(photo), str(wav), str(mp3))
    ids = {Path(r["path"]).name: r["item_id"] for r in report["results"]}
    ok_json(capsys, "person", "add", "-c", coll, "Yakut Ben Shimol", "--living", "deceased")
    ok_json(capsys, "person", "add", "-c", coll, "Zaghloul", "--living", "deceased")
    ok_json(capsys, "person", "add", "-c", coll, "Miriam Elbaz", "--birth", "1931")
    ok_json(capsys, "place", "add", "-c", coll, "Tinghir")
    (src / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (src / "he.txt").write_text(HEBREW, encoding="utf-8")
    rec, pic = ids["grandmother.mp3"], ids["wedding.jpg"]
    first = ok_json(
        capsys, "segment", "add", "-c", coll, rec, "--start", "00:00:00.5", "--end", "00:00:02.25",
        "--speaker", "Yakut Ben Shimol", "--lang", "fr", "--lang", "he",
        "--transcript-file", f"fr={src / 'fr.txt'}", "--transcript-file", f"he={src / 'he.txt'}",
        "--item", pic, "--region", "0.1,0.2,0.3,0.4", "--person", "Miriam Elbaz",
        "--place", "Tinghir", "--consent", "Yakut Ben Shimol=family,research",
    )  # fmt: skip
    second = ok_json(
        capsys, "segment", "add", "-c", coll, rec, "--start", "2", "--end", "3.5",
        "--speaker", "Zaghloul", "--transcript", f"fr={WITHDRAWN}", "--item", pic,
        "--consent", "Zaghloul=family,research,film",
    )  # fmt: skip
    assert isinstance(first, dict)
    assert isinstance(second, dict)
    return {
        "coll": coll,
        "recording": rec,
        "wav": ids["grandmother.wav"],
        "photo": pic,
        "first": first["id"],
        "second": second["id"],
        "src": str(src),
    }


def test_recordings_import_with_their_sound_facts_and_a_broken_file_is_one_sentence(
    testimony: dict[str, str], capsys
) -> None:
    coll = testimony["coll"]
    for key, fmt in (("recording", "mp3"), ("wav", "wav")):
        shown = ok_json(capsys, "show", "-c", coll, testimony[key])
        assert isinstance(shown, dict)
        assert shown["kind"] == "recording"
        (file,) = shown["files"]
        assert file["format"] == fmt
        assert 3000 < file["duration_ms"] < 8000
        assert file["channels"] == 1
        assert file["sample_rate"] in (22050, 44100)
    again = subprocess.run(
        [
            "sox",
            str(Path(testimony["src"]) / "grandmother.wav"),
            "-r",
            "8000",
            str(Path(coll).parent / "low.flac"),
        ],
        check=True,
    )
    assert again.returncode == 0
    code, out, _err = run(
        capsys, "import", "-c", coll, str(Path(testimony["src"]) / "broken.mp3"),
        str(Path(coll).parent / "low.flac"), "--json",
    )  # fmt: skip
    assert code == ExitCode.FILES_FAILED
    result, flac = json.loads(out)["results"]
    assert flac["status"] == "imported"  # the rest goes on
    assert result["status"] == "failed"
    assert result["detail"].startswith("the mp3 data is damaged")
    assert "\n" not in result["detail"]
    assert "Traceback" not in result["detail"]


def test_said_speaker_and_testimony_find_the_recording_and_the_photo(
    testimony: dict[str, str], capsys
) -> None:
    coll, rec, pic = testimony["coll"], testimony["recording"], testimony["photo"]
    for query in ("said:Tinghir", "said:tinghir", "said:תינגיר", "speaker:Yakut", "has:testimony"):
        found = ok_json(capsys, "search", "-c", coll, query)
        assert isinstance(found, dict)
        assert {i["id"] for i in found["items"]} == {rec, pic}, query
    for query in ("said:Casablanca", "speaker:Miriam"):  # Miriam is named, not speaking
        found = ok_json(capsys, "search", "-c", coll, query)
        assert isinstance(found, dict)
        assert found["items"] == [], query


def test_the_photos_show_json_lists_its_segments(testimony: dict[str, str], capsys) -> None:
    shown = ok_json(capsys, "show", "-c", testimony["coll"], testimony["photo"])
    assert isinstance(shown, dict)
    segments = {s["id"]: s for s in shown["segments"]}
    assert set(segments) == {testimony["first"], testimony["second"]}
    first = segments[testimony["first"]]
    assert first["ref"] == f"{testimony['recording']}@00:00:00.500"
    assert first["start_ms"] == 500
    assert first["end_ms"] == 2250
    assert {t["lang"]: t["text"] for t in first["transcripts"]} == {"fr": FRENCH, "he": HEBREW}
    assert first["items"] == [
        {"id": testimony["photo"], "region": {"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.4}, "face": None}
    ]
    assert [p["name"] for p in first["people"]] == ["Miriam Elbaz"]
    assert [s["name"] for s in first["speakers"]] == ["Yakut Ben Shimol"]


def test_a_bag_holds_the_webvtt_of_both_segments_and_validates(
    testimony: dict[str, str], tmp_path: Path, capsys
) -> None:
    import bagit

    bag = tmp_path / "bag"
    ok_json(
        capsys, "export", "-c", testimony["coll"], "--format", "bagit", "--out", str(bag),
        "--query", "has:testimony",
    )  # fmt: skip
    bagit.Bag(str(bag)).validate()
    rec = testimony["recording"]
    folder = bag / "data" / "objects" / rec
    assert (folder / f"{rec}-1.mp3").is_file()
    french = (folder / f"{rec}-1.fr.vtt").read_text(encoding="utf-8")
    assert french.startswith("WEBVTT")
    assert f"{testimony['first']}\n00:00:00.500 --> 00:00:02.250\n<v Yakut Ben Shimol>" in french
    assert f"{testimony['second']}\n00:00:02.000 --> 00:00:03.500\n<v Zaghloul>" in french
    assert HEBREW in (folder / f"{rec}-1.he.vtt").read_text(encoding="utf-8")


def test_a_segment_whose_speaker_withdrew_consent_is_in_no_export(
    testimony: dict[str, str], tmp_path: Path, capsys
) -> None:
    coll, second = testimony["coll"], testimony["second"]
    ok_json(capsys, "segment", "edit", "-c", coll, second, "--revoke", "Zaghloul")
    film = ok_json(capsys, "film", "add", "-c", coll, "--title", "Return to Tinghir")
    assert isinstance(film, dict)
    scene = ok_json(capsys, "scene", "add", "-c", coll, "--film", film["id"], "--number", "1")
    assert isinstance(scene, dict)
    ok_json(capsys, "link", "add", "-c", coll, "--scene", scene["id"], "--item", testimony["photo"])
    for segment in (testimony["first"], second):  # both heard in the film, as interviews
        ok_json(
            capsys, "link", "add", "-c", coll, "--scene", scene["id"], "--item",
            testimony["recording"], "--segment", segment, "--role", "interview",
        )  # fmt: skip
    checked = 0
    for name, fmt in EXPORT_FORMATS.items():
        out = tmp_path / "exports" / (name + ("" if fmt.suffix == "/" else fmt.suffix))
        chosen = ["--query", "has:testimony"] if fmt.family is Family.RESEARCH else []
        chosen += ["--film", film["id"]] if fmt.family is Family.FILM else []
        code, _out, err = run(
            capsys, "export", "-c", coll, "--format", name, "--out", str(out), *chosen,
            "--include-private", "--include-living",
        )  # fmt: skip
        assert code == ExitCode.OK, f"{name}: {err}"
        files = [out] if out.is_file() else [p for p in out.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            report = path.name.startswith("privacy-report")  # says what went, by ID only
            for secret in (
                WITHDRAWN,
                "souk",
                "00:00:02.000-00:00:03.500",
                *(() if report else (second,)),
            ):
                assert secret.encode() not in data, f"{name}: {path.name} holds {secret!r}"
            checked += 1
        if name in ("jsonld", "csv", "bagit"):  # the other segment is there: the filter chose
            assert any(FRENCH.encode() in p.read_bytes() for p in files), name
    assert checked > len(EXPORT_FORMATS)


def test_iiif_has_an_audio_canvas_and_the_gallery_plays_a_segment_from_the_photo(
    testimony: dict[str, str], tmp_path: Path, capsys
) -> None:
    coll, rec, first = testimony["coll"], testimony["recording"], testimony["first"]
    for name in ("iiif", "html", "jsonld"):
        ok_json(
            capsys, "export", "-c", coll, "--format", name, "--out", str(tmp_path / name),
            "--query", "has:testimony", "--include-private", "--include-living",
        )  # fmt: skip
    manifest = json.loads((tmp_path / "iiif" / "manifest.json").read_text(encoding="utf-8"))
    (audio,) = [c for c in manifest["items"] if "duration" in c]
    assert 3 < audio["duration"] < 8
    assert "width" not in audio
    body = audio["items"][0]["items"][0]["body"]
    assert body["type"] == "Sound"
    assert body["format"] == "audio/mpeg"
    notes = audio["annotations"][0]["items"]
    assert {n["motivation"] for n in notes} == {"supplementing"}
    assert {n["target"].rsplit("#", 1)[1] for n in notes} == {"t=0.5,2.25", "t=2,3.5"}
    assert {n["body"]["language"] for n in notes} == {"fr", "he"}
    page = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert f'src="audio/{rec}-1.mp3#t=0.5,2.25"' in page  # on the photo's card
    assert (tmp_path / "html" / "audio" / f"{rec}-1.fr.vtt").is_file()
    document = json.loads((tmp_path / "jsonld" / "collection.jsonld").read_text(encoding="utf-8"))
    (node,) = [s for s in document["memoryapp:segment"] if s["dcterms:identifier"] == first]
    assert node["memoryapp:target"].endswith(f"{rec}#t=0.5,2.25")
    assert node["memoryapp:media"] == f"media/{rec}-1.mp3#t=0.5,2.25"


def test_a_segment_linked_to_a_scene_gives_its_time_range_to_the_edl_and_otio(
    testimony: dict[str, str], tmp_path: Path, capsys
) -> None:
    coll, rec = testimony["coll"], testimony["recording"]
    film = ok_json(capsys, "film", "add", "-c", coll, "--title", "Return", "--fps", "25")
    assert isinstance(film, dict)
    scene = ok_json(capsys, "scene", "add", "-c", coll, "--film", film["id"], "--number", "1")
    assert isinstance(scene, dict)
    link = ok_json(
        capsys, "link", "add", "-c", coll, "--scene", scene["id"], "--item", rec,
        "--segment", testimony["first"], "--role", "voice-over", "--clearance", "cleared",
    )  # fmt: skip
    assert isinstance(link, dict)
    code, _out, err = run(
        capsys, "link", "add", "-c", coll, "--scene", scene["id"], "--item", testimony["photo"],
        "--segment", testimony["first"],
    )  # fmt: skip
    assert code == ExitCode.USAGE
    assert "is not of the recording" in err
    for name, suffix in (("edl", ".edl"), ("otio", ".otio"), ("archive-log", ".csv")):
        ok_json(
            capsys, "export", "-c", coll, "--format", name, "--film", film["id"],
            "--out", str(tmp_path / f"cut{suffix}"),
        )  # fmt: skip
    edl = (tmp_path / "cut.edl").read_text(encoding="ascii")
    # 0.5 s to 2.25 s at 25 fps: source 00:00:00:12 (12.5 rounds to even) for 44 frames
    assert "00:00:00:12 00:00:02:06 01:00:00:00 01:00:01:19" in edl
    otio = json.loads((tmp_path / "cut.otio").read_text(encoding="utf-8"))
    clips = [
        c
        for t in otio["tracks"]["children"]
        for c in t["children"]
        if c["OTIO_SCHEMA"].startswith("Clip")
    ]
    assert [c["source_range"]["start_time"]["value"] for c in clips] == [12]
    log = (tmp_path / "cut.csv").read_text(encoding="utf-8-sig")
    assert "testimony 00:00:00.500-00:00:02.250" in log
    assert "Yakut Ben Shimol" in log
