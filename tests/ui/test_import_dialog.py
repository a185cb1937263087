from memoryapp.core.import_results import FailureReason
from memoryapp.core.progress import ProgressInfo
from memoryapp.library import Library
from memoryapp.ui.dialogs.import_dialog import ImportDialog, progress_text, reason_text


def test_import_dialog_imports_and_explains_a_broken_file(bridge, library, make_jpeg, qtbot):
    good = make_jpeg("wedding.jpg")
    broken = good.with_name("broken.jpg")
    broken.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)  # nothing in it reads
    dialog = ImportDialog(bridge, [good, broken])
    qtbot.addWidget(dialog)
    dialog.show()
    with (
        qtbot.waitSignal(bridge.collection_changed, timeout=30_000) as changed,
        qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished,
    ):
        dialog.start_button.click()
    report = finished.args[0]
    assert len(report.added) == 1
    assert changed.args[0].items == {report.added[0].item_id}
    assert library.item_count() == 1
    assert dialog.failures.isVisible()
    ((name, why),) = dialog.failures.reasons()
    assert name == "broken.jpg"
    assert why in (reason_text(FailureReason.TRUNCATED), reason_text(FailureReason.CORRUPT))
    assert "1 item imported." in dialog.status.text()
    assert "1 file could not be imported" in dialog.status.text()


def test_import_dialog_can_link_instead_of_copying(bridge, library, make_jpeg, qtbot):
    photo = make_jpeg("linked.jpg")
    dialog = ImportDialog(bridge, [photo])
    qtbot.addWidget(dialog)
    dialog.link.setChecked(True)
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        dialog.start()
    item = library.item(finished.args[0].added[0].item_id)
    assert item.files[0].linked
    assert library.media_path(item.id) == photo


def test_progress_text_gives_counts_rate_and_time_left():
    text = progress_text(ProgressInfo(done=120, total=800, elapsed_s=10.0))
    assert text == "120 of 800 files · 12.0 files a second · about 57 s left"
    assert "min left" in progress_text(ProgressInfo(done=10, total=800, elapsed_s=10.0))


def test_every_failure_reason_has_words():
    for reason in FailureReason:
        assert reason_text(reason) != reason.value


def test_a_cancelled_import_does_not_show_a_full_bar(
    bridge, library, make_jpeg, qtbot, monkeypatch
):
    photos = [make_jpeg(f"p{n:02d}.jpg", size=(64, 48)) for n in range(24)]
    dialog = ImportDialog(bridge, photos)
    qtbot.addWidget(dialog)
    dialog.show()
    real_import = Library.import_paths

    def pressed_cancel_after_the_first_file(self, paths, *, progress, cancel, **options):
        """The user's Cancel lands as the first file is done, before the workers finish.

        (The window's own cancel is a queued signal: tiny files in warm workers can all be
        done before it is handled, and then the import was not cancelled at all.)
        """

        def told(info: ProgressInfo) -> None:
            progress(info)
            if info.done >= 1:
                cancel.cancel()

        return real_import(self, paths, progress=told, cancel=cancel, **options)

    monkeypatch.setattr(Library, "import_paths", pressed_cancel_after_the_first_file)

    def cancel_after_the_first(info: ProgressInfo) -> None:
        if info.done >= 1 and dialog.is_running:
            dialog.cancel_import()  # what the button does, on the window's side

    bridge.progress.connect(cancel_after_the_first)
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        dialog.start_button.click()
    report = finished.args[0]
    assert report.cancelled
    processed = sum(1 for r in report.results if r.reason is not FailureReason.CANCELLED)
    assert processed < len(photos)
    assert dialog.progress.maximum() == len(photos)
    assert dialog.progress.value() == processed  # "18 of 64", not a full bar
    assert dialog.progress.value() < dialog.progress.maximum()
