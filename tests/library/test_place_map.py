"""The map's data: Natural Earth outlines from the installed package, markers of a result."""

from dataclasses import replace

import pytest
from tests.records import put

from memoryapp.core.ids import new_item_id, new_place_id
from memoryapp.core.items import Item
from memoryapp.core.maps.projection import on_map, project
from memoryapp.core.names import Name
from memoryapp.core.places import Place
from memoryapp.library import place_map as place_map_module
from memoryapp.library.place_map import (
    BasemapMissingError,
    basemap_path,
    item_places,
    place_map,
    world_outlines,
)


def test_the_outlines_come_from_the_installed_package_and_cover_the_world():
    assert basemap_path().name.startswith("ne_10m_admin_0_countries")
    rings = world_outlines()
    assert len(rings) > 1000
    points = [point for ring in rings for point in ring]
    assert all(on_map(x, y) for x, y in points)
    assert 50_000 < len(points) < 200_000  # thinned: quick to draw at any zoom
    # Tinghir lies inside the drawn land of Morocco: some ring surrounds it
    tx, ty = project(31.5147, -5.5328)
    assert any(
        min(x for x, _ in r) < tx < max(x for x, _ in r)
        and min(y for _, y in r) < ty < max(y for _, y in r)
        for r in rings
    )


def test_a_missing_package_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(place_map_module, "BASEMAP_PACKAGE", "no_such_basemap_package")
    with pytest.raises(BasemapMissingError, match="install no_such_basemap_package"):
        basemap_path()


@pytest.fixture
def described(library):
    tinghir = Place(id=new_place_id(), names=(Name(value="Tinghir"),), lat=31.51, lon=-5.53)
    cemetery = Place(
        id=new_place_id(),
        names=(Name(value="Jewish cemetery"),),
        lat=31.512,
        lon=-5.536,
        parent_id=tinghir.id,
        do_not_pinpoint=True,
    )
    afanour = Place(id=new_place_id(), names=(Name(value="Afanour"),), parent_id=tinghir.id)
    items = [
        Item(id=new_item_id(), title="Henna", places=(tinghir.id,)),
        Item(id=new_item_id(), title="Grave", places=(cemetery.id, tinghir.id)),
        Item(id=new_item_id(), title="Ksar", places=(afanour.id,)),
        Item(id=new_item_id(), title="Nowhere"),
    ]
    put(library, tinghir, cemetery, afanour, *items)
    return {"tinghir": tinghir, "cemetery": cemetery, "afanour": afanour, "items": items}


def test_the_places_of_the_items_given(library, described):
    henna, grave, _, nowhere = described["items"]
    found = list(item_places(library, [henna.id, grave.id, "no-such-item", nowhere.id]))
    assert found == [henna.places, grave.places, ()]


def test_the_map_of_a_result(library, described):
    ids = [item.id for item in described["items"]]
    found = place_map(library, ids)
    assert [(m.name, m.count, m.folded) for m in found.markers] == [
        ("Tinghir", 2, ("Jewish cemetery",))  # the grave counts once
    ]
    assert [p.name for p in found.unplaced] == ["Afanour"]
    only_henna = place_map(library, ids[:1])
    assert [(m.name, m.count) for m in only_henna.markers] == [("Tinghir", 1)]
    placed = replace(described["afanour"], lat=31.523, lon=-5.543)
    put(library, placed)
    assert [m.name for m in place_map(library, ids).markers] == ["Tinghir", "Afanour"]
