import csv
import io
from dataclasses import replace
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import opentimelineio as otio
import pytest
from defusedxml.ElementTree import fromstring as parse_xml

from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.films import Film
from memoryapp.core.privacy import ExportPolicy
from memoryapp.exporters.film import ARCHIVE_LOG_COLUMNS, placements
from memoryapp.exporters.film.archive_log import archive_log_header
from memoryapp.exporters.film.binder import write_binder
from memoryapp.exporters.film.fcpxml import write_fcpxml
from memoryapp.exporters.formats import EXPORT_FORMATS

FORMULA = ("=", "+", "-", "@")
# These tests check what each format holds; what the privacy filter withholds from film
# exports is checked in tests/exports/test_no_leak.py and below.
OPEN = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


def export(world, fmt: str, tmp_path: Path, name: str | None = None) -> Path:
    return world.desk.export(
        world.film.id, fmt, tmp_path / (name or f"out{EXPORT_FORMATS[fmt].suffix}"), OPEN
    ).path


def test_placements_lay_on_screen_uses_end_to_end(world) -> None:
    rows = placements(world.desk.export_bundle(world.film.id, policy=OPEN))
    assert [(r.item.id, r.rec_in, r.rec_out) for r in rows] == [
        (world.items["wedding"].id, 90_000, 90_150),
        (world.items["passport"].id, 90_150, 90_250),
        (world.items["letter"].id, 90_250, 90_450),
    ]


def test_scene_tc_in_leaves_a_gap(world) -> None:
    world.desk.edit_scene(world.scenes["13"].id, tc_in=90_500, tc_out=91_000)
    rows = placements(world.desk.export_bundle(world.film.id, policy=OPEN))
    assert rows[2].rec_in == 90_500
    tl = otio.adapters.read_from_string(
        export(world, "otio", Path(world.library.path.parent)).read_text(), "otio_json"
    )
    track = tl.tracks[0]
    assert [type(c).__name__ for c in track] == ["Clip", "Clip", "Gap", "Clip"]
    assert track[2].duration().value == 250


def test_archive_log_csv_has_the_delivery_columns(world, tmp_path: Path, hostile: str) -> None:
    raw = export(world, "archive-log", tmp_path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert header[: len(ARCHIVE_LOG_COLUMNS)] == list(ARCHIVE_LOG_COLUMNS)
    assert header[len(ARCHIVE_LOG_COLUMNS) :] == [
        "Caption [fr]", "Credit line [fr]", "Caption [he]", "Credit line [he]", "Caption [ar]", "Credit line [ar]",
    ]  # fmt: skip
    for required in ("Item ID", "Rights holder", "Basis of clearance", "Media", "Territory", "Term",
                     "Record TC In", "Record TC Out", "Duration (s)", "Credit line",
                     "Consent of persons depicted", "Alterations", "Clearance status"):  # fmt: skip
        assert required in header
    assert len(body) == 3
    by = [dict(zip(header, row, strict=True)) for row in body]
    wedding, passport, letter = by
    assert wedding["Item ID"] == world.items["wedding"].id
    assert (wedding["Record TC In"], wedding["Record TC Out"], wedding["Duration (s)"]) == (
        "01:00:00:00",
        "01:00:06:00",
        "6.0",
    )
    assert wedding["Basis of clearance"] == "licence"
    assert wedding["Term"] == "in perpetuity"
    assert wedding["Date of original (EDTF)"] == "1958~"
    assert wedding["People depicted"] == "Meir Ohana, Rachel Ohana"
    assert wedding["Credit line [he]"] == "אוסף משפחת אוחנה"
    assert wedding["Consent of persons depicted"] == "Esther Ohana (daughter), 2025-03-01"
    assert wedding["Cut"] == "planned"
    assert passport["Clearance status"] == "requested"
    assert "error: on screen but not cleared" in passport["Issues"]
    assert letter["Rights holder"] == hostile  # kept as written: it starts with "<", not a formula
    assert letter["Credit line [he]"] == "'=SUM(A1)"
    assert letter["Notes"] == "'=cmd|' /C calc'!A0\nsecond line"
    assert "REVOKED 2025-06-01" in letter["Consent of persons depicted"]
    assert letter["Caption [ar]"] == "رسالة من راحيل"
    for row in body:
        for cell in row:
            assert not cell.startswith(FORMULA), cell


def test_archive_log_xlsx_reads_back_with_openpyxl(world, tmp_path: Path) -> None:
    path = export(world, "archive-log", tmp_path, "log.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    bundle = world.desk.export_bundle(world.film.id, policy=OPEN)
    assert list(rows[0]) == archive_log_header(bundle)
    assert len(rows) == 4
    header = rows[0]
    letter = dict(zip(header, rows[3], strict=True))
    assert letter["Credit line [he]"] == "=SUM(A1)"  # the text itself, stored as text
    assert letter["Duration (s)"] == 8.0
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA):
                assert cell.quotePrefix
    assert export(world, "archive-log-xlsx", tmp_path).read_bytes()[:2] == b"PK"


def test_cue_sheet(world, tmp_path: Path) -> None:
    text = export(world, "cue-sheet", tmp_path).read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][:5] == ["Cue #", "Scene", "Record TC In", "Record TC Out", "Duration"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert [r[1] for r in rows[1:]] == ["12", "12", "13"]
    assert rows[3][2:5] == ["01:00:10:00", "01:00:18:00", "00:00:08:00"]


def test_otio_timeline_reads_back_with_every_clip_and_marker(
    world, tmp_path: Path, hostile: str
) -> None:
    tl = otio.adapters.read_from_file(str(export(world, "otio", tmp_path)))
    assert otio.opentime.to_timecode(tl.global_start_time, 25) == "01:00:00:00"
    clips = list(tl.find_clips())
    assert [c.name for c in clips] == [world.items[k].id for k in ("wedding", "passport", "letter")]
    assert [c.source_range.duration.to_seconds() for c in clips] == [6.0, 4.0, 8.0]
    wedding = clips[0]
    (marker,) = wedding.markers
    assert marker.name.startswith(world.items["wedding"].id)
    assert marker.comment == "Collection famille Ohana"
    assert marker.metadata["memoryapp"]["credit"]["he"] == "אוסף משפחת אוחנה"
    assert marker.color == otio.schema.MarkerColor.GREEN
    assert clips[1].markers[0].color == otio.schema.MarkerColor.RED
    meta = wedding.metadata["memoryapp"]
    assert meta["item_id"] == world.items["wedding"].id
    assert meta["pan_to"] == {
        "x": 0.4,
        "y": 0.1,
        "w": 0.6,
        "h": 0.6,
    }
    assert clips[2].markers[0].comment == hostile
    assert wedding.media_reference.target_url.startswith("file:///")
    scenes = [
        (m.name, m.marked_range.start_time.value, m.marked_range.duration.value)
        for m in tl.tracks.markers
    ]
    assert scenes == [("SC12 Leaving Tinghir, 1962", 0, 250), ("SC13 Arrival in Ashdod", 250, 200)]


def test_edl_reads_back_through_opentimelineio(world, tmp_path: Path) -> None:
    pytest.importorskip("otio_cmx3600_adapter", reason="the test dependency otio-cmx3600-adapter")
    path = export(world, "edl", tmp_path)
    text = path.read_text("ascii")
    assert text.startswith("TITLE: LEAVING TINGHIR\nFCM: NON-DROP FRAME\n")
    assert "\u202e" not in text
    assert "\nSECOND LINE" not in text
    tl = otio.adapters.read_from_file(str(path), rate=25)
    clips = list(tl.find_clips())
    assert len(clips) == 3
    assert [c.source_range.duration.value for c in clips] == [150, 100, 200]
    assert [c.metadata["cmx_3600"]["reel"] for c in clips] == [
        world.items[k].id[:8].upper() for k in ("wedding", "passport", "letter")
    ]
    assert clips[0].name.startswith(world.items["wedding"].id.upper())
    names = [[m.name for m in c.markers] for c in clips]
    assert names == [
        ["SC12 LEAVING TINGHIR, 1962", "RIGHTS CLEARED"],
        ["RIGHTS REQUESTED"],
        ["SC13 ARRIVAL IN ASHDOD", "RIGHTS CLEARED"],
    ]
    comments = clips[0].metadata["cmx_3600"]["comments"]
    assert "COMMENT: CREDIT COLLECTION FAMILLE OHANA" in comments


def test_edl_in_drop_frame(world, tmp_path: Path) -> None:
    pytest.importorskip("otio_cmx3600_adapter", reason="the test dependency otio-cmx3600-adapter")
    world.desk.edit_film(world.film.id, fps="29.97", drop_frame=True, start_tc="01:00:00:00")
    text = export(world, "edl", tmp_path).read_text("ascii")
    assert "FCM: DROP FRAME" in text
    # holds keep their seconds at the new rate: 6 s is 180 frames at 29.97
    assert "00:00:00;00 00:00:06;00 01:00:00;00 01:00:06;00" in text
    tl = otio.adapters.read_from_file(str(tmp_path / "out.edl"), rate=30000 / 1001)
    assert [round(c.source_range.duration.value) for c in tl.find_clips()] == [180, 120, 240]


class _Binder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.srcs: list[str] = []
        self.dir_stack: list[bool] = []
        self.rlo_outside_auto = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if tag in ("img", "script", "link", "iframe"):
            self.srcs.append(attrs.get("src") or attrs.get("href") or "")
        self.dir_stack.append(
            attrs.get("dir") == "auto" or (bool(self.dir_stack) and self.dir_stack[-1])
        )

    def handle_endtag(self, tag):
        if self.dir_stack:
            self.dir_stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if "\u202e" in data and not (self.dir_stack and self.dir_stack[-1]):
            self.rlo_outside_auto = True


def test_binder_is_self_contained_and_escapes_every_user_string(world, hostile: str) -> None:
    bundle = world.desk.export_bundle(world.film.id, policy=OPEN)
    thumbs = {item.id: item.files[0].path for item in world.items.values()}  # the JPEGs themselves
    html_text = write_binder(replace(bundle, thumbnails=thumbs)).decode("utf-8")
    parser = _Binder()
    parser.feed(html_text)
    assert "script" not in parser.tags
    assert "iframe" not in parser.tags
    text = "".join(parser.text)
    assert hostile in text  # shown as text, never as markup
    assert "<script>" not in html_text.replace("&lt;script&gt;", "")
    assert parser.srcs
    assert all(src.startswith("data:image/jpeg;base64,") for src in parser.srcs)
    assert len(parser.srcs) == 4  # three on screen and one research item
    assert not parser.rlo_outside_auto
    for expected in (
        "SC12",
        "Leaving Tinghir, 1962",
        "אוסף משפחת אוחנה",
        "رسالة من راحيل",
        "c. 1958",
        "REVOKED",
    ):
        assert expected in text
    assert "http://" not in html_text.replace("http://evil", "")


def test_fcpxml_parses_with_every_still_keyword_and_marker(
    world, tmp_path: Path, hostile: str
) -> None:
    root = parse_xml(export(world, "fcpxml", tmp_path).read_bytes())
    assert root.tag == "fcpxml"
    assert root.get("version") == "1.10"
    sequence = root.find("library/event/project/sequence")
    assert (sequence.get("tcStart"), sequence.get("duration"), sequence.get("tcFormat")) == (
        "3600s",
        "18s",
        "NDF",
    )
    videos = sequence.findall("spine/video")
    assert [v.get("name") for v in videos] == [
        world.items[k].id for k in ("wedding", "passport", "letter")
    ]
    assert [(v.get("offset"), v.get("duration")) for v in videos] == [
        ("3600s", "6s"),
        ("3606s", "4s"),
        ("3610s", "8s"),
    ]
    allowed = ["note", "adjust-crop", "chapter-marker", "marker", "keyword"]
    for video in videos:  # FCPXML 1.10 DTD order: note?, adjust-crop?, then markers and keywords
        order = [allowed.index(child.tag) for child in video]
        assert order == sorted(order[:2]) + order[2:]
        assert all(i >= 2 for i in order[2:])
    wedding = videos[0]
    pan = wedding.findall("adjust-crop/pan-rect")
    assert wedding.find("adjust-crop").get("mode") == "pan"
    assert len(pan) == 2
    assert pan[0].get("top") == "10.000"
    keywords = wedding.find("keyword").get("value")
    assert "Rachel Ohana" in keywords
    assert "Tinghir" in keywords
    assert "SC12" in keywords
    markers = {m.get("value"): m for m in wedding.findall("marker")}
    assert markers["Rights: cleared"].get("completed") == "1"
    assert markers[f"Item {world.items['wedding'].id}"].get("note") == "Collection famille Ohana"
    assert [c.get("value") for c in sequence.iter("chapter-marker")] == [
        "SC12 Leaving Tinghir, 1962",
        "SC13 Arrival in Ashdod",
    ]
    assert videos[2].find("note").text == hostile
    assert {a.get("id") for a in root.iter("asset")} == {v.get("ref") for v in videos}


def test_fcpxml_rational_times_at_23976_and_drop_frame(world) -> None:
    bundle = world.desk.export_bundle(world.film.id, policy=OPEN)
    slow = replace(bundle, film=replace(bundle.film, fps="23.976", start_frame=86_400), links=tuple(
        replace(k, hold_frames=144 if k.hold_frames == 150 else k.hold_frames) for k in bundle.links
    ))  # fmt: skip
    root = parse_xml(write_fcpxml(slow))
    sequence = root.find("library/event/project/sequence")
    assert sequence.get("tcStart") == "18018/5s"  # film.md: 01:00:00:00 at 23.976 is 3603.6 s
    assert root.find("resources/format").get("frameDuration") == "1001/24000s"
    assert sequence.find("spine/video").get("duration") == "3003/500s"  # 6 s of 23.976
    df = replace(
        bundle,
        film=Film(id=bundle.film.id, title="t", fps="29.97", drop_frame=True, start_frame=107_892),
    )
    sequence = parse_xml(write_fcpxml(df)).find("library/event/project/sequence")
    assert sequence.get("tcFormat") == "DF"
    assert Fraction(sequence.get("tcStart")[:-1]) == Fraction(107_892 * 1001, 30_000)


def test_export_refuses_unknown_formats_and_the_collection_folders(world, tmp_path: Path) -> None:
    with pytest.raises(InvalidRecordError, match="unknown film export format"):
        world.desk.export(world.film.id, "aaf", tmp_path / "x.aaf")
    with pytest.raises(InvalidRecordError, match="media"):
        world.desk.export(world.film.id, "edl", world.library.paths.media / "x.edl")
    target = tmp_path / "deep" / "folder" / "pull.edl"
    assert world.desk.export(world.film.id, "edl", target).path == target.resolve()
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
