"""The details panel shows identification evidence, disputes and life-span warnings."""

from dataclasses import replace

from tests.records import put

from memoryapp.core.assertions import Assertion, EvidenceSource, Method, Status
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId
from memoryapp.core.items import PersonTag, Region
from memoryapp.ui.details import DetailsPanel
from memoryapp.ui.dialogs.assertion_dialog import AssertionDialog

FACE = Region(x=0.2, y=0.2, w=0.1, h=0.1)


def _plain(text: str) -> str:
    """Text without the bidi isolates that wrap names (U+2068, U+2069)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _panel(library, bridge, undo_stack, qtbot) -> DetailsPanel:
    panel = DetailsPanel(library, bridge, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    return panel


def test_a_person_born_in_1960_on_a_photo_of_about_1932_shows_a_warning(
    library, bridge, undo_stack, add_items, people, qtbot
):
    miriam = replace(people["miriam"], birth=FuzzyDate(edtf="1960"))
    put(library, miriam)
    (item,) = add_items(["Wedding in the mellah"], date="c. 1932", person=miriam.id)
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    warnings = panel.form.evidence_warnings
    assert warnings.isVisible()
    assert "Miriam Ohana: the photo is dated before their birth (1960)." in _plain(warnings.text())
    # a photo after her birth: no warning
    (later,) = add_items(["Her wedding"], date="1985", person=miriam.id)
    panel.show_items([later.id])
    assert not panel.form.evidence_warnings.isVisible()


def test_a_disputed_face_shows_a_badge_and_the_evidence_in_the_tooltip(
    library, bridge, undo_stack, add_items, people, qtbot
):
    (item,) = add_items(["Wedding"])
    said = Assertion(
        by_name="Simha",
        method=Method.TESTIMONY,
        source=EvidenceSource(recording_id=ItemId("rec1"), at_ms=192_000),
        confidence=3,
        status=Status.ACCEPTED,
    )
    other = Assertion(by_name="Yossef", confidence=1)
    tags = (
        PersonTag(person_id=people["miriam"].id, region=FACE, assertions=(said,)),
        PersonTag(person_id=people["fatima"].id, region=FACE, assertions=(other,)),
    )
    put(library, replace(item, people=tags))
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    chips = panel.form.people._chips
    assert all("disputed" in chip.text() for chip in chips)
    tip = _plain(chips[0].toolTip())
    assert "Simha (testimony): confidence 3 - high, accepted" in tip
    assert "rec1@00:03:12" in tip
    assert "disputed" in panel.form.evidence_warnings.text()


def test_adding_evidence_from_the_chip_is_one_undo_step(
    library, bridge, undo_stack, add_items, people, qtbot
):
    (item,) = add_items(["Portrait"], person=people["miriam"].id)
    panel = _panel(library, bridge, undo_stack, qtbot)
    panel.show_items([item.id])
    said = Assertion(by_name="Esther", method=Method.INSCRIPTION, confidence=1)
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        panel.add_assertion(people["miriam"].id, said)
    (tag,) = library.item(item.id).people
    assert tag.assertions == (said,)
    assert tag.certainty == "possible"
    assert undo_stack.count() == 1
    assert undo_stack.undoText() == "Identify Miriam Ohana"
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000):
        undo_stack.undo()
    assert library.item(item.id).people[0].assertions == ()


def test_the_dialog_reads_who_how_source_confidence_and_status(people, qtbot):
    dialog = AssertionDialog("Miriam Ohana", list(people.values()), "me", lambda t: t == "doc1")
    qtbot.addWidget(dialog)
    assert dialog.by.text() == "me"
    dialog.by.setText("Yaakov Ohana")  # a person of the collection, by another spelling
    dialog.how.setCurrentIndex(dialog.how.findData("testimony"))
    dialog.source.setText("rec9@01:02")
    dialog.confidence.setCurrentIndex(dialog.confidence.findData(4))
    dialog.status.setCurrentIndex(dialog.status.findData("accepted"))
    dialog.note.setText("she was there")
    said = dialog.assertion()
    assert said.by_person == people["yaakov"].id
    assert (said.method, said.confidence, said.status) == ("testimony", 4, "accepted")
    assert (said.source.recording_id, said.source.at_ms) == ("rec9", 62_000)
    dialog.source.setText("rec9@01:99")
    dialog._on_accept()
    assert "seconds run 0-59" in dialog.error.text()
    assert dialog.result() == 0
