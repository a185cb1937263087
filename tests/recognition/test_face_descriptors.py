"""Face descriptors and clusters on real faces: one face under resizing, turning and fading
stays within MATCH_DISTANCE; four different people stay farther apart; clusters follow."""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PIL import Image
from tests.recognition.real_faces import Person, sepia

from memoryapp.recognition.faces import (
    CLUSTER_DISTANCE,
    MATCH_DISTANCE,
    FoundFace,
    cluster_faces,
    describe_faces,
    face_distance,
)


def copies(person: Person) -> list[Person]:
    """The person on a half-size copy, a faded sepia copy and a copy stored turned 90 degrees
    (turned back upright, as the caller does with the item's orientation)."""
    image = person.image
    half = image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)
    turned = image.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.ROTATE_270)
    return [person.variant(half), person.variant(sepia(image)), person.variant(turned)]


@pytest.fixture(scope="module")
def vectors(people: dict[str, Person]) -> dict[str, np.ndarray]:
    """Each person's descriptor, then those of their copies (curie's only: Hopper's face is
    45 px, too small to halve)."""
    out = {name: person.vector() for name, person in people.items()}
    for name in ("marie", "pierre"):
        out[name + "_copies"] = np.stack([c.vector() for c in copies(people[name])])
    return out


def test_descriptors_are_128_float32_per_face(people: dict[str, Person]) -> None:
    marie = people["marie"]
    out = describe_faces(marie.image, [marie.face, people["pierre"].face])
    assert out.shape == (2, 128)
    assert out.dtype == np.float32
    assert describe_faces(marie.image, []).shape == (0, 128)
    assert np.allclose(out[0], describe_faces(marie.image, [marie.face])[0])


@pytest.mark.parametrize("name", ["marie", "pierre"])
def test_a_face_and_its_copies_match(vectors: dict[str, np.ndarray], name: str) -> None:
    distances = face_distance(vectors[name + "_copies"], vectors[name])
    assert distances.shape == (3,)
    assert (distances < MATCH_DISTANCE).all(), distances


def test_different_people_do_not_match(vectors: dict[str, np.ndarray]) -> None:
    names = ["marie", "pierre", "hopper", "leavitt"]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert face_distance(vectors[a], vectors[b]) > MATCH_DISTANCE - 0.1, (a, b)
    assert face_distance(vectors["marie"], vectors["pierre"]) > MATCH_DISTANCE


def test_a_persons_copies_are_nearer_than_anyone_else(vectors: dict[str, np.ndarray]) -> None:
    others = np.stack([vectors[n] for n in ("pierre", "hopper", "leavitt")])
    nearest_other = face_distance(others, vectors["marie"]).min()
    assert face_distance(vectors["marie_copies"], vectors["marie"]).max() < nearest_other


def test_clusters_group_each_person(vectors: dict[str, np.ndarray]) -> None:
    rows = np.concatenate(
        [
            vectors["hopper"][None],
            vectors["marie"][None],
            vectors["pierre"][None],
            vectors["marie_copies"],
            vectors["leavitt"][None],
            vectors["pierre_copies"],
        ]
    )
    groups = cluster_faces(rows)
    assert groups == [[1, 3, 4, 5], [2, 7, 8, 9], [0], [6]]
    assert cluster_faces(rows) == groups  # deterministic
    assert CLUSTER_DISTANCE <= MATCH_DISTANCE


def test_cluster_edge_cases() -> None:
    assert cluster_faces(np.zeros((0, 128), dtype=np.float32)) == []
    assert cluster_faces(np.zeros((1, 128), dtype=np.float32)) == [[0]]
    with pytest.raises(ValueError, match=r"\(n, 128\)"):
        cluster_faces(np.zeros(128, dtype=np.float32))


def test_distances_broadcast() -> None:
    a = np.zeros((3, 128), dtype=np.float32)
    b = np.full(128, 0.1, dtype=np.float32)
    assert face_distance(a, b) == pytest.approx([np.sqrt(1.28)] * 3, rel=1e-5)
    assert face_distance(a[0], b).shape == ()


def test_threads_share_the_models(people: dict[str, Person]) -> None:
    hopper = people["hopper"]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: hopper.vector(), range(4)))
    for result in results:
        assert np.array_equal(result, results[0])


def test_a_box_outside_the_picture_is_refused(people: dict[str, Person]) -> None:
    image = people["hopper"].image
    with pytest.raises(ValueError, match="outside the image"):
        describe_faces(image, [FoundFace(box=(2.0, 2.0, 0.1, 0.1), score=1.0, size_px=12)])
