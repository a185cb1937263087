"""Every export format the GUI offers is one the CLI accepts, and each one runs."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from memoryapp.cli.main import main
from memoryapp.library import Library
from memoryapp.library.exchange import EXPORT_FORMATS, FOLDER, item_ids_of
from memoryapp.library.sample import ensure_sample_copy, sample_source
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.export_dialog import ExportDialog
from memoryapp.ui.films.export_button import ExportButton


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Library]:
    if sample_source() is None:
        pytest.skip("the sample collection is not installed")
    lib = Library.open(ensure_sample_copy(tmp_path / "s"))
    yield lib
    lib.close()


def _offered(sample: Library, qtbot) -> list[str]:
    bridge = LibraryBridge(sample)
    ids = item_ids_of(sample)
    dialog = ExportDialog(sample, bridge, ids)
    qtbot.addWidget(dialog)
    button = ExportButton(sample, bridge)
    qtbot.addWidget(button)
    research = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    menu = button.menu()
    assert menu is not None
    film = [a.data() for a in menu.actions() if isinstance(a.data(), str)]
    bridge.wait(60_000)
    return [*research, *film]


def test_every_format_the_gui_offers_the_cli_accepts_and_runs(
    sample: Library, qtbot, tmp_path: Path
) -> None:
    offered = _offered(sample, qtbot)
    assert sorted(offered) == sorted(EXPORT_FORMATS)  # both menus: the whole registry
    assert "archive-log-xlsx" in offered
    collection = str(sample.path)
    first = [str(i) for i in item_ids_of(sample)[:3]]
    sample.close()
    for name in offered:
        fmt = EXPORT_FORMATS[name]
        out = tmp_path / "out" / (name if fmt.suffix == FOLDER else name + fmt.suffix)
        args = ["export", "-c", collection, "--format", name, "--out", str(out)]
        if fmt.suffix == FOLDER:
            args += ["--ids", *first]
        assert main(args) == 0, name
        assert out.exists(), name
