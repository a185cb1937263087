"""The Films panel pushes core commands on the window's one stack: one step, one operation."""

from memoryapp.core.films import LinkRole


def test_films_panel_links_are_one_step_of_the_one_stack(panel, qtbot, sample) -> None:
    stack = panel.undo_stack_for_tests
    scene = panel.snapshot.scenes[0].scene
    taken = {k.item_id for k in panel.snapshot.links_of(scene.id)}
    others = [i.id for i in sample.items() if i.id not in taken][:2]
    with qtbot.waitSignal(panel.snapshot_loaded, timeout=10_000):
        panel.link_items(scene.id, others, LinkRole.CANDIDATE)
    assert stack.count() == 1
    assert stack.undoText() == "Link to scene"
    (op,) = sample.history()
    assert op.label == "Link 2 items"
    with qtbot.waitSignal(panel.snapshot_loaded, timeout=10_000):
        stack.undo()
    assert not {k.item_id for k in sample.links() if k.scene_id == scene.id} & set(others)
    assert sample.history()[0].label == "Undo Link 2 items"
