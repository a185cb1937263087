"""Preferences: how long the viewer's slideshow shows each picture (4 s unless set)."""

from memoryapp.ui.dialogs.preferences import PreferencesDialog
from memoryapp.ui.settings import UiSettings


def test_slideshow_seconds_are_saved_when_accepted(ui_settings: UiSettings, qtbot) -> None:
    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.slideshow.value() == 4
    dialog.slideshow.setValue(9)
    dialog.accept()
    assert ui_settings.slideshow_seconds == 9
    dialog.slideshow.setValue(500)  # clamped to the range offered
    assert dialog.slideshow.value() == 60
