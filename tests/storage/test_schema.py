import json
import shutil
from pathlib import Path

import pytest

from memoryapp.core.errors import SchemaTooNewError
from memoryapp.core.items import DateRole
from memoryapp.library import Library
from memoryapp.storage.schema import SCHEMA_VERSION, STEPS, migrate_tables, step_1_to_2

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


def test_every_schema_version_has_a_step_and_a_fixture() -> None:
    assert set(STEPS) == set(range(1, SCHEMA_VERSION))
    for version in STEPS:
        fixture = FIXTURE.parent / f"collection-v{version}"
        assert fixture.is_dir(), f"no fixture collection for schema {version}"


def test_step_1_to_2_on_the_fixture_tables_and_again_on_its_output() -> None:
    data = json.loads((FIXTURE / "catalogue.json").read_text("utf-8"))
    tables = {t: data.get(t, {}) for t in ("items", "people", "places")}
    once = step_1_to_2(tables)
    dated = once["items"]["0a111111111111111111111111111111"]
    assert dated["dates"] == {"taken": {"edtf": "1955~", "input": "vers 1955"}}
    assert "date" not in dated
    assert "date_text" not in dated
    assert once["people"] == tables["people"]
    assert step_1_to_2(once) == once  # a crash before the commit point runs it again
    assert migrate_tables(tables, 1) == once


def test_a_chain_runs_every_step_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import memoryapp.storage.schema as schema

    seen: list[int] = []
    steps = {n: (lambda t, n=n: seen.append(n) or t) for n in range(1, 5)}
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 5)
    monkeypatch.setattr(schema, "STEPS", steps)
    schema.migrate_tables({}, 2)
    assert seen == [2, 3, 4]
