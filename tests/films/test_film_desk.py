import pytest

from memoryapp.core.errors import InvalidRecordError, NotFoundError
from memoryapp.core.films import Clearance, LinkRole, SceneLink
from memoryapp.core.films.timecode import frames_to_tc
from memoryapp.core.ids import PersonId, PlaceId
from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk


def test_add_film_reads_the_start_with_its_own_drop_frame_flag(library: Library) -> None:
    desk = FilmDesk(library)
    film, changes = desk.add_film("Tinghir", fps="29.97", drop_frame=True)
    assert film.start_frame == 107_892
    assert changes.films
    assert library.film(film.id) == film
    film, _ = desk.add_film("Slow", fps="23.976", start_tc="00:59:00:00")
    assert film.start_frame == 59 * 60 * 24
    with pytest.raises(InvalidRecordError, match="drop-frame"):
        desk.add_film("x", fps="25", drop_frame=True)
    with pytest.raises(InvalidRecordError, match="frame rate"):
        desk.add_film("x", fps="26")
    with pytest.raises(InvalidRecordError, match="does not exist"):
        desk.add_film("x", fps="29.97", drop_frame=True, start_tc="00:01:00;00")
    with pytest.raises(InvalidRecordError, match="title"):
        desk.add_film("  ")


def test_scene_and_link_rules(world) -> None:
    desk = world.desk
    sc12 = world.scenes["12"]
    with pytest.raises(InvalidRecordError, match="already exists"):
        desk.add_scene(world.film.id, "12")
    with pytest.raises(NotFoundError):
        desk.add_scene(world.film.id, "14", places=(PlaceId("nowhere"),))
    with pytest.raises(NotFoundError):
        desk.add_scene("no-film", "1")
    with pytest.raises(InvalidRecordError, match="already linked"):
        desk.link_item(sc12.id, world.items["wedding"].id)
    with pytest.raises(NotFoundError):
        desk.link_item(sc12.id, "no-item")
    with pytest.raises(InvalidRecordError, match="framing person"):
        desk.link_item(sc12.id, world.items["mellah"].id, crop_person=PersonId("p-rachel"))
    link, changes = desk.link_item(
        sc12.id, world.items["letter"].id, role=LinkRole.ALTERNATE, crop_person=None
    )
    assert changes.films
    assert link.role is LinkRole.ALTERNATE
    edited, _ = desk.edit_link(link.id, clearance=Clearance.DENIED, rank=3)
    assert desk.link(link.id) == edited
    assert edited.clearance is Clearance.DENIED
    with pytest.raises(InvalidRecordError):
        desk.edit_link(link.id, hold_frames=-5)
    desk.unlink(link.id)
    with pytest.raises(NotFoundError):
        desk.link(link.id)
    wedding = world.links["wedding"]
    framed, _ = desk.edit_link(wedding.id, crop_person=PersonId("p-rachel"))
    assert framed.crop_person == "p-rachel"


def test_links_are_listed_by_film_scene_and_item(world) -> None:
    desk = world.desk
    assert [k.id for k in desk.links(film_id=world.film.id)] == [
        world.links[k].id for k in ("wedding", "passport", "letter", "mellah")
    ]
    assert [k.id for k in desk.links(scene_id=world.scenes["13"].id)] == [
        world.links["letter"].id,
        world.links["mellah"].id,
    ]
    assert [k.id for k in desk.links(item_id=world.items["passport"].id)] == [
        world.links["passport"].id
    ]


def test_changing_the_rate_keeps_timecodes_and_seconds(world) -> None:
    desk = world.desk
    desk.edit_scene(
        world.scenes["13"].id, tc_in=90_250, tc_out=90_450, duration_frames=200
    )  # 01:00:10:00, 8 s
    film, changes = desk.edit_film(world.film.id, fps="29.97", drop_frame=True)
    assert changes.films
    assert frames_to_tc(film.start_frame, "29.97", True) == "01:00:00;00"
    scene = desk.scene(world.scenes["13"].id)
    assert frames_to_tc(scene.tc_in, "29.97", True) == "01:00:10;00"
    assert scene.duration_frames == 240  # 8 s
    assert desk.link(world.links["wedding"].id).hold_frames == 180  # 6 s
    film, _ = desk.edit_film(world.film.id, start_tc="00:50:00;00", title="New title")
    assert film.title == "New title"
    assert frames_to_tc(film.start_frame, "29.97", True) == "00:50:00;00"


def test_deleting_a_scene_or_a_film_takes_its_links(world) -> None:
    desk = world.desk
    desk.delete_scene(world.scenes["13"].id)
    assert [k.item_id for k in world.library.links()] == [
        world.items["wedding"].id,
        world.items["passport"].id,
    ]
    desk.delete_film(world.film.id)
    assert world.library.links() == []
    assert world.library.scenes() == []
    assert desk.films() == []
    assert len(world.library.items()) == 4  # items stay


def test_export_bundle_finds_thumbnails_of_imported_items(
    library: Library, make_imported_items
) -> None:
    (item,) = make_imported_items(["scan.jpg"])
    desk = FilmDesk(library)
    film, _ = desk.add_film("Film")
    scene, _ = desk.add_scene(film.id, "1")
    desk.link_item(scene.id, item.id, role=LinkRole.ON_SCREEN)
    bundle = desk.export_bundle(film.id, today="2026-01-01")
    assert bundle.thumbnails[item.id].endswith("-256.jpg")
    assert bundle.media_paths[item.id] == str(library.media_path(item.id))
    assert bundle.issues
    assert bundle.generated_at.endswith("Z")
    assert isinstance(bundle.links[0], SceneLink)
