"""The sample collection shipped with memoryapp, and the writable copy a new user opens."""

import shutil
from importlib import resources
from pathlib import Path

import platformdirs

from memoryapp.storage.layout import MARKER

_NAME = "sample_collection"


def sample_source() -> Path | None:
    """The read-only sample collection: inside the installed package, or in the source tree."""
    packaged = Path(str(resources.files("memoryapp"))) / _NAME
    candidates = [packaged, Path(__file__).resolve().parents[3] / _NAME]
    return next((c for c in candidates if (c / MARKER).is_file()), None)


def user_data_dir() -> Path:
    """Where memoryapp keeps the user's own copy of the sample and other data."""
    return Path(platformdirs.user_data_dir("memoryapp", appauthor=False))


def ensure_sample_copy(target: Path | None = None) -> Path:
    """Copy the sample collection to a writable place once; return the copy's folder.

    The shipped sample is never opened for writing: the user works on this copy.

    Raises:
        FileNotFoundError: the sample collection is not installed.
    """
    target = target or user_data_dir() / "Sample collection"
    if (target / MARKER).is_file():
        return target
    source = sample_source()
    if source is None:
        raise FileNotFoundError("the sample collection is not installed")
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(".lock", ".lock-owner.json"))
    for path in staging.rglob("*"):  # the shipped tree may be read-only
        path.chmod(path.stat().st_mode | 0o200)
    staging.rename(target)  # appears whole or not at all
    return target
