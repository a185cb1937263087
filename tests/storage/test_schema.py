import json
import shutil
from pathlib import Path

import pytest

from memoryapp.core.errors import SchemaTooNewError
from memoryapp.core.items import DateRole
from memoryapp.library import Library

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "collection-v1"


def test_version_1_collection_is_migrated_after_a_backup(tmp_path: Path) -> None:
    root = tmp_path / "old"
    shutil.copytree(FIXTURE, root)
    with Library.open(root) as lib:
        items = lib.items()
        assert lib.title == "Elbaz family (schema 1)"
        assert len(items) == 2
        dated = next(i for i in items if i.dates)
        assert dated.dates[DateRole.TAKEN].edtf == "1955~"
        assert dated.dates[DateRole.TAKEN].input == "vers 1955"
        assert [p.name for p in lib.people()] == ["Yakut Elbaz"]
        assert lib.check().healthy
    backups = list((root / "backups").glob("schema-1-*/catalogue.json"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == (FIXTURE / "catalogue.json").read_bytes()
    assert not (root / "catalogue.json").exists()
    marker = json.loads((root / "memoryapp-collection.json").read_text("utf-8"))
    assert marker["schema"] == 2
    assert marker["migrated_from"] == 1


def test_newer_schema_is_refused(library: Library, tmp_path: Path) -> None:
    root = library.path
    library.close()
    marker_path = root / "memoryapp-collection.json"
    marker = json.loads(marker_path.read_text("utf-8"))
    marker["schema"] = 99
    marker_path.write_text(json.dumps(marker), encoding="utf-8")
    with pytest.raises(SchemaTooNewError, match="newer memoryapp"):
        Library.open(root)
