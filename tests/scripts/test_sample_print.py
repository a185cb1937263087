"""The sample's kasbah print as an object, as the build script describes it.

The whole build is not run here (it draws the shoebox); its step for the print is applied to
a copy of the shipped sample, where the front and its back are still two items.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.conftest import SAMPLE

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from scripts.build_sample_collection import _the_kasbah_print, stable_id  # noqa: E402

from memoryapp.core.commands import replace_records  # noqa: E402
from memoryapp.core.items import FileRole  # noqa: E402
from memoryapp.library import Library  # noqa: E402
from memoryapp.library.finder import Finder  # noqa: E402


def test_the_back_joins_the_front_with_inscription_album_page_and_custody(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "sample"
    shutil.copytree(SAMPLE, copy)
    with Library.open(copy) as lib:
        keys = ("kasbah_family", "kasbah_family_verso")
        finals = {key: lib.item(stable_id("item", key)) for key in keys}
        before = list(finals.values())
        records = _the_kasbah_print(finals)
        links = [k for k in lib.links() if k.item_id == before[1].id]
        lib.apply(lib.command("Links to the back", remove=[(type(k), k.id) for k in links]))
        lib.apply(replace_records("The kasbah print", before, records))
        front = lib.item(before[0].id)
        assert [front.role_of(i) for i in range(len(front.files))] == [
            FileRole.FRONT,
            FileRole.BACK,
        ]
        assert front.inscriptions[0].text.startswith("Tinghir vers 1955")
        assert lib.record(type(front), before[1].id) is None
        chain = [(e.from_person or e.from_name, e.to_person or e.to_name) for e in front.custody]
        assert len(chain) == 3
        finder = Finder(lib)
        assert list(finder.search('in:"Album 1" has:back').ids) == [front.id]
        assert list(finder.search('"Chimon et les enfants"').ids) == [front.id]
        assert front.id in finder.search("held-by:Yossi").ids  # the custody chain says so
