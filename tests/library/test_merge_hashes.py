"""Merges that hold: an export and its source, both ways, add nothing twice."""

from pathlib import Path

from PIL import Image
from tests.conftest import draw_picture

from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import Library
from memoryapp.library.exchange import export_selection, item_ids_of, merge_into
from memoryapp.library.sample import ensure_sample_copy


def _bag(library: Library, out: Path) -> Path:
    export_selection(library, item_ids_of(library), "bagit", out, ExportPolicy())
    return out


def test_a_bag_then_its_source_gives_exactly_the_source_items(tmp_path: Path) -> None:
    sample = ensure_sample_copy(tmp_path / "sample")
    with Library.open(sample, read_only=True) as source:
        wanted = {item.id for item in source.items()}
        private = {item.id for item in source.items() if item.private}
        bag = _bag(source, tmp_path / "bag")
    assert private  # the sample has private items: they are not in a default bag
    with Library.create(tmp_path / "branch") as branch:
        first = merge_into(branch, bag)
        assert set(first.added_items) == wanted - private
        cleaned = [i for i in branch.items() if any(f.known_sha256 for f in i.files)]
        assert cleaned  # some bag copies differ from the originals: both hashes are kept
        second = merge_into(branch, sample)
        assert set(second.added_items) == private
        assert {i.id for i in branch.items()} == wanted
        assert len(branch.items()) == len(wanted)
        assert merge_into(branch, bag).added_items == ()
        assert merge_into(branch, sample).added_items == ()
        assert all(not i.possible_copies for i in branch.items())


def test_the_source_then_its_bag_adds_nothing(tmp_path: Path) -> None:
    sample = ensure_sample_copy(tmp_path / "sample")
    with Library.open(sample, read_only=True) as source:
        bag = _bag(source, tmp_path / "bag")
        wanted = {item.id for item in source.items()}
    with Library.create(tmp_path / "branch") as branch:
        merge_into(branch, sample)
        again = merge_into(branch, bag)
        assert again.added_items == ()
        assert {i.id for i in branch.items()} == wanted


def test_a_bag_of_a_merged_bag_is_still_known_by_the_first_source(tmp_path: Path) -> None:
    sample = ensure_sample_copy(tmp_path / "sample")
    with Library.open(sample, read_only=True) as source:
        bag = _bag(source, tmp_path / "bag")
    with Library.create(tmp_path / "cousins") as cousins:
        merge_into(cousins, bag)
        second_bag = _bag(cousins, tmp_path / "bag2")
    with Library.open(sample) as original:
        report = merge_into(original, second_bag)
        assert report.added_items == ()


def test_a_rescan_from_another_family_is_added_and_flagged_as_a_possible_copy(
    tmp_path: Path,
) -> None:
    picture = draw_picture(7, (640, 480))
    scans = tmp_path / "scans"
    scans.mkdir()
    picture.save(scans / "ours.jpg", "JPEG", quality=95)
    picture.resize((600, 450), Image.Resampling.LANCZOS).save(
        scans / "theirs.jpg", "JPEG", quality=70
    )
    with Library.create(tmp_path / "theirs") as theirs:
        theirs.import_paths([scans / "theirs.jpg"])
        bag = _bag(theirs, tmp_path / "bag")
    with Library.create(tmp_path / "ours") as ours:
        ours.import_paths([scans / "ours.jpg"])
        [mine] = ours.items()
        report = merge_into(ours, bag)
        [added] = report.added_items
        assert report.possible_copies == ((added, mine.id),)
        assert ours.item(added).possible_copies == (mine.id,)
