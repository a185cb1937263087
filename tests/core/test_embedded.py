"""The embedded-metadata value types and their JSON form."""

from __future__ import annotations

import json

import pytest

from memoryapp.core.embedded import JSON_KEYS, EmbeddedMetadata, EmbeddedRegion


def _sample() -> EmbeddedMetadata:
    return EmbeddedMetadata(
        format="jpeg",
        width=3000,
        height=2000,
        orientation=6,
        taken="1955",
        taken_source="xmp:photoshop:DateCreated",
        lat=31.5,
        lon=-5.25,
        title="Mariage",
        keywords=("Tinghir", "wedding"),
        hierarchical=("People|Rachel Elbaz",),
        people=("Rachel Elbaz", "רחל"),
        regions=(
            EmbeddedRegion(
                name="Rachel Elbaz", type="Face", x=0.25, y=0.2, w=0.15, h=0.1,
                unit="normalized", source="mwg", applied_to=(3000, 2000),
            ),
            EmbeddedRegion(
                name=None, type=None, x=0.5, y=0.4, w=0.1, h=0.2, unit="normalized",
                source="iptc", shape="circle",
            ),
        ),
        city="تنغير",
        sidecar="a.jpg.xmp",
        raw={"EXIF:Make": "Acme"},
        warnings=("broken IPTC: ...",),
    )  # fmt: skip


def test_to_json_has_exactly_the_documented_keys_with_nulls() -> None:
    data = EmbeddedMetadata().to_json()
    assert tuple(data) == JSON_KEYS
    assert data["keywords"] == []
    assert data["regions"] == []
    assert all(data[key] is None for key in ("taken", "make", "lat", "sidecar"))


def test_to_json_is_plain_json_and_regions_have_shape_only_when_not_rectangles() -> None:
    data = _sample().to_json()
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    assert "raw" not in data
    assert "warnings" not in data
    first, second = json.loads(text)["regions"]
    assert set(first) == {"name", "type", "x", "y", "w", "h", "unit", "source"}
    assert second["shape"] == "circle"


def test_from_json_round_trips_the_json_fields() -> None:
    original = _sample()
    back = EmbeddedMetadata.from_json(json.loads(json.dumps(original.to_json())))
    assert back.to_json() == original.to_json()
    assert back.people == ("Rachel Elbaz", "רחל")
    assert back.regions[0].applied_to is None  # not part of the JSON form


def test_from_json_rejects_wrong_types() -> None:
    with pytest.raises(ValueError, match="width"):
        EmbeddedMetadata.from_json({"width": "12"})
    with pytest.raises(ValueError, match="keywords"):
        EmbeddedMetadata.from_json({"keywords": "a, b"})
    with pytest.raises(ValueError, match="region x"):
        EmbeddedMetadata.from_json({"regions": [{"y": 0, "w": 1, "h": 1}]})


def test_region_rejects_unknown_source_shape_and_non_finite_numbers() -> None:
    common = {"name": None, "type": None, "x": 0.0, "y": 0.0, "w": 1.0, "h": 1.0}
    with pytest.raises(ValueError, match="source"):
        EmbeddedRegion(unit="normalized", source="picasa", **common)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="shape"):
        EmbeddedRegion(unit="normalized", source="mwg", shape="star", **common)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        EmbeddedRegion(
            name=None, type=None, x=float("nan"), y=0, w=1, h=1, unit="pixel", source="mp"
        )
