"""Issue 16: the French interface reads as French and fits."""

import itertools

from tests.ui.test_sidebar import DATA, _entries

from memoryapp.ui.errors import ErrorDialog
from memoryapp.ui.sidebar import SidebarModel
from memoryapp.ui.widgets.timeline import TimelineWidget


def test_the_untagged_list_is_correct_french(french_ui):
    model = SidebarModel()
    model.set_data(DATA)
    names = [name.replace("\u2068", "").replace("\u2069", "") for name in _entries(model)]
    assert "Aucune personne identifiée (3)" in names
    assert not any("Personne d’identifié" in name for name in names)


def test_french_decade_labels_fit_under_the_timeline(french_ui, qtbot):
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(420, 150)
    timeline.set_items([("1900-01-01", "1900-12-31"), ("2020-01-01", "2020-12-31")])
    timeline.show()
    assert timeline.unit() == "decade"
    labels = timeline.axis_labels()
    assert labels
    metrics = timeline.fontMetrics()
    for _x, box, label in labels:
        assert label.startswith("Années ")
        assert box.width() >= metrics.horizontalAdvance(label)  # not "nées 19"
        assert box.left() >= 0
        assert box.right() <= timeline.width()
    boxes = [box for _x, box, _label in labels]
    assert all(a.right() <= b.left() for a, b in itertools.pairwise(boxes))


def test_the_error_dialog_speaks_french(french_ui, qtbot):
    dialog = ErrorDialog("KeyError: 'x'", "Traceback ...", None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Un problème est survenu"
    assert dialog.message.text().startswith("Un problème est survenu : KeyError")
    assert dialog.copy_button.text() == "&Copier les détails"
