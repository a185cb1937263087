"""Build the generated UI resources: icons into resources_rc.py, translations into .qm files.

Run from the repository root with the project's virtualenv::

    .venv/bin/python resources/build.py

``pyside6-rcc`` turns ``memoryapp.qrc`` (the SVG icons) into
``src/memoryapp/ui/resources_rc.py``; ``pyside6-lupdate`` refreshes the ``.ts`` files from
``src/memoryapp/ui`` (with ``--update``); ``pyside6-lrelease`` compiles them into
``src/memoryapp/ui/translations/*.qm``. Each output is written to a temp file and renamed.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
UI = ROOT / "src" / "memoryapp" / "ui"
QM_DIR = UI / "translations"


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def _replace(target: Path, produce: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=target.suffix)
    os.close(fd)
    try:
        subprocess.run([*produce, tmp], check=True)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def build_icons() -> None:
    """Compile the SVG icons into resources_rc.py."""
    _replace(UI / "resources_rc.py", [_tool("pyside6-rcc"), str(HERE / "memoryapp.qrc"), "-o"])


def update_translations() -> None:
    """Refresh the .ts files from the UI sources."""
    sources = sorted(str(p) for p in UI.rglob("*.py") if p.name != "resources_rc.py")
    for ts in sorted((HERE / "translations").glob("*.ts")):
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            check=True,
        )


def build_translations() -> None:
    """Compile the .ts files into the .qm files shipped in the package."""
    QM_DIR.mkdir(exist_ok=True)
    for ts in sorted((HERE / "translations").glob("*.ts")):
        _replace(QM_DIR / (ts.stem + ".qm"), [_tool("pyside6-lrelease"), str(ts), "-qm"])


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_translations()
    build_icons()
    build_translations()
