"""Issue 16: the Films panel's words follow what the user did."""

from memoryapp.ui.films import FilmsPanel


def test_the_count_of_fitting_items_follows_linking(panel: FilmsPanel, qtbot):
    scene = panel.snapshot.scenes[1].scene
    panel.select_scene(scene.id)
    with qtbot.waitSignal(panel.candidates_loaded, timeout=20_000) as found:
        panel.find_button.click()
    n = found.args[0]
    assert panel.candidate_hint.text() == f"Items that fit this scene: {n}"
    panel.candidate_view.setCurrentIndex(panel.candidate_model.index(0, 0))
    with qtbot.waitSignal(panel.snapshot_loaded, timeout=20_000):
        panel.link_button.click()
        assert panel.candidate_hint.text() == f"Items that fit this scene: {n - 1}"
    assert panel.candidate_hint.text() == f"Items that fit this scene: {n - 1}"


def test_the_suggested_export_name_has_one_suffix(panel: FilmsPanel, tmp_path):
    asked: list[str] = []

    def ask(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return None  # cancelled

    panel.ask_save_path = ask
    panel.export("archive-log")
    panel.export("archive-log-xlsx")
    assert asked[0].endswith(" - Archive log.csv"), asked[0]
    assert asked[1].endswith(" - Archive log.xlsx"), asked[1]
