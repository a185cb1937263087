"""Face records follow their items and people: the trash, deleting people, the privacy filter,
the search index kept in step."""

from dataclasses import replace

from tests.records import everything, put

from memoryapp.core.faces import Face, FaceScan, FaceState, Suggestion, face_id, item_of_face
from memoryapp.core.ids import new_item_id, new_person_id
from memoryapp.core.items import Item, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.privacy import ExportBundle, ExportPolicy, redact
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.library.trash import delete_person_command, empty_trash_plan, trash_command

BOX = Region(x=0.1, y=0.1, w=0.2, h=0.2)
OTHER = Region(x=0.6, y=0.5, w=0.2, h=0.2)


def _setup(library: Library) -> tuple[Item, Person, Person, Face, Face]:
    esther = Person(id=new_person_id(), names=(Name(value="Esther"),))
    simha = Person(id=new_person_id(), names=(Name(value="Simha"),))
    item = Item(id=new_item_id(), people=(PersonTag(person_id=esther.id, region=BOX),))
    named = Face(
        id=face_id(item.id, 0, BOX),
        item_id=item.id,
        region=BOX,
        state=FaceState.CONFIRMED,
        person_id=esther.id,
    )
    open_face = Face(
        id=face_id(item.id, 0, OTHER),
        item_id=item.id,
        region=OTHER,
        state=FaceState.SUGGESTED,
        suggestions=(Suggestion(person_id=esther.id, confidence=0.5),),
        rejected_people=(simha.id,),
    )
    put(library, esther, simha, item, named, open_face, FaceScan(id=item.id, faces=2))
    return item, esther, simha, named, open_face


def test_a_face_id_names_its_item(library: Library) -> None:
    item, *_ = _setup(library)
    assert {item_of_face(f.id) for f in library.faces()} == {item.id}
    assert library.history()[0].changes.items == frozenset({item.id})


def test_emptying_the_trash_deletes_an_items_faces_and_undo_brings_them_back(
    library: Library,
) -> None:
    item, *_ = _setup(library)
    library.apply(trash_command(library, [item.id]))
    before = everything(library)
    assert len(library.faces()) == 2  # the trash keeps them
    library.apply(empty_trash_plan(library).command)
    assert library.faces() == []
    assert library.face_scans() == {}
    library.undo()
    assert everything(library) == before


def test_deleting_a_person_moves_their_faces_to_whoever_takes_over(library: Library) -> None:
    item, esther, simha, named, open_face = _setup(library)
    library.apply(delete_person_command(library, esther.id, reassign_to=simha.id))
    moved = library.record(Face, named.id)
    assert isinstance(moved, Face)
    assert (moved.person_id, moved.state) == (simha.id, FaceState.CONFIRMED)
    assert library.item(item.id).people[0].person_id == simha.id
    still_open = library.record(Face, open_face.id)
    assert isinstance(still_open, Face)
    assert still_open.suggestions == ()  # Esther is gone
    assert still_open.state is FaceState.UNNAMED


def test_unnamed_faces_leave_only_with_the_items_the_export_keeps(library: Library) -> None:
    item, esther, *_ = _setup(library)
    hidden = replace(item, id=new_item_id(), private=True, people=())
    regions = {item.id: (OTHER,), hidden.id: (BOX,)}
    bundle = ExportBundle(
        collection_id="c",
        title="t",
        items=(item, hidden),
        people={esther.id: esther},
        unnamed_faces=regions,
    )
    out, _report = redact(bundle, ExportPolicy(include_living_details=True))
    assert dict(out.unnamed_faces) == {item.id: (OTHER,)}


def test_the_search_index_follows_faces_named_elsewhere(library: Library) -> None:
    item, _esther, _simha, _named, open_face = _setup(library)
    finder = Finder(library)
    assert finder.search("has:unnamed-faces").ids == (item.id,)
    assert finder.search("faces:2").ids == (item.id,)
    assert finder.save()
    put(library, replace(open_face, state=FaceState.REJECTED))  # as another process would
    again = Finder(library)  # loads the snapshot, then catches up with the faces file
    assert again.search("has:unnamed-faces").ids == ()
    assert again.search("faces:2").ids == ()
    assert again.search("faces:1").ids == (item.id,)
    put(library, open_face)
    again.refresh()
    assert again.search("has:unnamed-faces").ids == (item.id,)
