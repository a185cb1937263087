from pathlib import Path

import pytest
from tests.records import put

from memoryapp.core.errors import ImportFileError
from memoryapp.core.films import LinkRole
from memoryapp.core.films.checks import IssueKind
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item, MediaFile
from memoryapp.exporters.film import ItemMatcher, placements, read_edl_usage

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "films" / "locked_cut_v7.edl"


def test_locked_cut_fixture_updates_usage(world, make_linked_items) -> None:
    (extra,) = make_linked_items(["extra.jpg"])
    put(world.library, extra)
    report = world.desk.apply_locked_cut(world.film.id, FIXTURE)
    ids = {k: world.items[k].id for k in world.items}
    assert report.cut == "LEAVING TINGHIR LOCKED CUT V7"
    # wedding: 4 s 12 f cut, 1 s dissolve tail, 3 s again; passport: 5 s incoming dissolve
    assert report.frames == {
        ids["wedding"]: 212,
        ids["passport"]: 125,
        ids["mellah"]: 150,
        extra.id: 75,
    }
    assert report.seconds(ids["wedding"]) == pytest.approx(8.48)
    assert report.seconds(ids["letter"]) == 0  # its event is audio only
    assert report.unlinked_items == (extra.id,)
    assert report.unmatched_events == 2  # the two interview events; black is not counted
    assert report.changes.films
    links = {link.item_id: link for link in world.desk.links(film_id=world.film.id)}
    wedding = links[ids["wedding"]]
    assert wedding.used_frames == 212
    assert wedding.used_in_cut == report.cut
    assert [(u.event, u.rec_in, u.rec_out) for u in wedding.uses] == [
        ("002+003", 90_195, 90_332),
        ("005", 90_632, 90_707),
    ]
    assert links[ids["letter"]].used_frames == 0
    assert links[ids["letter"]].uses == ()
    assert links[ids["mellah"]].used_frames == 150
    issues = world.desk.checks(world.film.id, today="2026-01-01")
    assert any(
        i.kind is IssueKind.USED_NOT_ON_SCREEN and i.item_id == ids["mellah"] for i in issues
    )


def test_archive_log_follows_the_locked_cut(world) -> None:
    world.desk.apply_locked_cut(world.film.id, FIXTURE)
    rows = placements(world.desk.export_bundle(world.film.id))
    ids = {world.items[k].id: k for k in world.items}
    assert [(ids[r.item.id], r.rec_in, r.frames) for r in rows] == [
        ("wedding", 90_195, 137),
        ("passport", 90_307, 125),
        ("wedding", 90_632, 75),
        ("mellah", 90_707, 150),
    ]


def test_our_own_edl_reads_back_to_the_planned_holds(world, tmp_path: Path) -> None:
    world.desk.edit_film(world.film.id, fps="29.97", drop_frame=True, start_tc="00:59:58:00")
    path = world.desk.export(world.film.id, "edl", tmp_path / "pull.edl").path
    report = world.desk.apply_locked_cut(world.film.id, path)
    ids = {k: world.items[k].id for k in world.items}
    assert report.frames == {ids["wedding"]: 180, ids["passport"]: 120, ids["letter"]: 240}
    assert report.unmatched_events == 0
    assert report.warnings == ()
    start = world.desk.film(world.film.id).start_frame
    link = next(k for k in world.desk.links(film_id=world.film.id) if k.item_id == ids["passport"])
    assert link.uses[0].rec_in == start + 180  # crosses the 01:00:00;00 minute boundary exactly


def test_matcher_finds_ids_prefixes_hashes_and_names() -> None:
    sha = "ab" * 32
    items = [
        Item(id=ItemId("7d2dd4f747ba46118d4dd1576c03dd7b"),
             files=(MediaFile(sha256=sha, path="m.jpg", format="jpeg", size=1, original_name="Wedding 1958.JPG"),)),
        Item(id=ItemId("7d2dd4f7ffffffffffffffffffffffff")),
        Item(id=ItemId("51472254aaaaaaaaaaaaaaaaaaaaaaaa")),
        Item(id=ItemId("FAM-0042")),
    ]  # fmt: skip
    m = ItemMatcher(items)
    assert m.match("7D2DD4F747BA46118D4DD1576C03DD7B WEDDING") == "7d2dd4f747ba46118d4dd1576c03dd7b"
    assert m.match("51472254") == "51472254aaaaaaaaaaaaaaaaaaaaaaaa"
    assert m.match("7D2DD4F7") is None  # two items share the reel prefix
    assert m.match(f"/Volumes/x/{sha}.jpg") == "7d2dd4f747ba46118d4dd1576c03dd7b"
    assert m.match("C:\\Media\\wedding 1958.jpg") == "7d2dd4f747ba46118d4dd1576c03dd7b"
    assert m.match("FAM-0042 WEDDING OF MEIR") == "FAM-0042"
    assert m.match("A003C012") is None
    assert m.match("") is None


def test_reader_reports_bad_lines_and_never_raises() -> None:
    text = (
        "TITLE: X\nFCM: NON-DROP FRAME\n"
        "001  FAM-0042 V     C        00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n"
        "002  FAM-0042 V     C        00:00:00:00 00:00:01:00 01:00:00:30 01:00:01:00\n"
        "003  FAM-0042 V     C        00:00:00:00 00:00:01:00 01:00:05:00 01:00:04:00\n"
        "garbage line here\n"
    )
    usage = read_edl_usage(text, "25", ItemMatcher([Item(id=ItemId("FAM-0042"))]))
    assert usage.frames_by_item() == {"FAM-0042": 25}
    assert len(usage.warnings) == 3
    assert "line 4" in usage.warnings[0]
    assert "line 6" in usage.warnings[2]


def test_a_file_without_events_is_refused(world, tmp_path: Path) -> None:
    bad = tmp_path / "notes.edl"
    bad.write_text("hello\n", "utf-8")
    with pytest.raises(ImportFileError, match="no video event"):
        world.desk.apply_locked_cut(world.film.id, bad)
    with pytest.raises(ImportFileError, match="unreadable"):
        world.desk.apply_locked_cut(world.film.id, tmp_path / "missing.edl")
    assert all(k.used_frames is None for k in world.desk.links(film_id=world.film.id))


def test_use_goes_to_the_scene_whose_range_holds_it(world) -> None:
    ids = {k: world.items[k].id for k in world.items}
    world.desk.edit_scene(world.scenes["12"].id, tc_in=90_000, tc_out=90_300)
    world.desk.edit_scene(world.scenes["13"].id, tc_in=90_300, tc_out=91_000)
    second, _ = world.desk.link_item(world.scenes["13"].id, ids["wedding"], role=LinkRole.ALTERNATE)
    world.desk.apply_locked_cut(world.film.id, FIXTURE)
    first = next(
        k for k in world.desk.links(scene_id=world.scenes["12"].id) if k.item_id == ids["wedding"]
    )
    assert [u.event for u in first.uses] == ["002+003"]
    assert [u.event for u in world.desk.link(second.id).uses] == ["005"]
