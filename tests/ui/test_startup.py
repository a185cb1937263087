"""The window starts without the heavy modules it does not need (issue 16, item 5).

The real app runs in a fresh interpreter on a copy of the sample, with the start-up probe
(``MEMORYAPP_STARTUP_PROBE=exit``): it shows its window, searches, paints its first
thumbnails and quits; then the child lists the modules it imported. Not a timed test: the
times are ``bench/gui_start.py``'s.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import memoryapp

SRC = Path(memoryapp.__file__).resolve().parents[1]
SAMPLE = SRC.parent / "sample_collection"

HEAVY = (
    "memoryapp.exporters",  # every export format, the film writers among them
    "memoryapp.importers.gedcom",
    "memoryapp.library.gedcom_import",
    "memoryapp.importers.prepare",  # the import machinery: only when importing
    "memoryapp.recognition",
    "dlib",
    "yuface",
    "pytesseract",
    "mutagen",
)
"""Never imported to open the main window and show the first thumbnails."""

CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from memoryapp.ui.app import run
from memoryapp.ui.settings import UiSettings
settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
code = run(Path(sys.argv[1]), settings)
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_window_and_thumbnails_import_nothing_heavy(tmp_path: Path) -> None:
    collection = tmp_path / "sample"
    shutil.copytree(SAMPLE, collection)
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "MEMORYAPP_STARTUP_PROBE": "exit",
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(collection), str(tmp_path / "ui.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    marks = [line.split()[1] for line in run.stderr.splitlines() if line.startswith("memoryapp-")]
    assert marks == ["window", "thumbnails"]  # the window painted, then its thumbnails
    modules = json.loads(run.stdout.strip().splitlines()[-1])["modules"]
    assert "memoryapp.ui.main_window" in modules
    assert "memoryapp.search.engine" in modules  # the first search did run
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def test_the_probe_can_stop_at_the_window(
    qtbot, window_on, tmp_path: Path, monkeypatch, capsys
) -> None:
    """``exit-window``: for collections without thumbnail files (bench/gui_start.py)."""
    from PySide6.QtWidgets import QApplication

    from memoryapp.ui import startup_probe

    collection = tmp_path / "sample"
    shutil.copytree(SAMPLE, collection)
    window = window_on(collection)
    monkeypatch.setenv(startup_probe.ENV, "exit-window")
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    probe = startup_probe.install(window, window.grid.viewport(), window.loader)
    assert probe is not None
    window.repaint()
    qtbot.waitUntil(lambda: bool(quits))
    assert "memoryapp-probe window" in capsys.readouterr().err
