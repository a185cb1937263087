"""The sample documentary: every scene is offered material from the family's boxes, with reasons."""

from pathlib import Path

from memoryapp.library import Library
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.sample import ensure_sample_copy


def test_every_scene_of_the_sample_film_gets_suggestions_with_reasons(tmp_path: Path) -> None:
    with Library.open(ensure_sample_copy(tmp_path / "sample")) as lib:
        desk = FilmDesk(lib)
        (film,) = lib.films()
        scenes = lib.scenes(film.id)
        assert len(scenes) >= 6
        linked = {(link.scene_id, link.item_id) for link in lib.links()}
        for scene in scenes:
            candidates = desk.candidates(scene.id)
            assert candidates, f"scene {scene.number} got no suggestion"
            assert all(c.reasons and c.summary for c in candidates)
            assert not any((scene.id, c.item_id) in linked for c in candidates)


def test_a_film_is_found_by_its_title_too(tmp_path: Path) -> None:
    with Library.open(ensure_sample_copy(tmp_path / "sample")) as lib:
        desk = FilmDesk(lib)
        (film,) = lib.films()
        assert desk.film("leaving tinghir") == film
        assert desk.film(film.id) == film
