"""BagIt 1.0 bags (RFC 8493) for archives: payload, SHA-256 + SHA-512 manifests, bag-info.

Layout (exports.md section 7)::

    bagit.txt  bag-info.txt  manifest-sha256.txt  manifest-sha512.txt
    tagmanifest-sha256.txt  tagmanifest-sha512.txt
    data/README.html          a human-readable catalogue
    data/collection.jsonld    the lossless record (paths relative to data/)
    data/dc.csv               Dublin Core, Omeka S conventions
    data/objects/<id>/<id>-N.<ext>   the media (metadata removed when filtered)
    data/privacy-report.txt|json     what the privacy filter withheld

File names are item IDs, never user text, so no ``%``, CR or LF ever needs encoding (the
writer encodes them anyway, as the RFC asks). :func:`verify_bag` re-reads every file and
checks it against the manifests before the export is reported done.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
from pathlib import Path

from memoryapp import __version__
from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters import csv_dc, jsonld
from memoryapp.exporters.bundle import (
    ExportOptions,
    Written,
    collection_urn,
    date_text,
    item_label,
    people_shown,
    place_label,
    write_extra_files,
)
from memoryapp.exporters.media_copy import StagedMedia, stage_media
from memoryapp.exporters.webvtt import write_captions

ALGORITHMS = ("sha256", "sha512")
_CHUNK = 1 << 20
_INFO_SPACE = re.compile(r"\s+")


def _manifest_path(rel: str) -> str:
    """RFC 8493: percent-encode CR, LF and % in manifest paths (% first)."""
    return rel.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _digests(path: Path) -> dict[str, str]:
    hashes = {name: hashlib.new(name) for name in ALGORITHMS}
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            for h in hashes.values():
                h.update(chunk)
    return {name: h.hexdigest() for name, h in hashes.items()}


def _info_value(value: str) -> str:
    """A bag-info value on one line (newlines and runs of spaces become one space)."""
    return _INFO_SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()


def _payload_files(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob("*") if p.is_file())


def finish_bag(bag_dir: Path, info: dict[str, str]) -> None:
    """Write the tag files of a bag whose ``data/`` folder is complete."""
    data = bag_dir / "data"
    lines: dict[str, list[str]] = {name: [] for name in ALGORITHMS}
    octets = 0
    files = _payload_files(data)
    for path in files:
        rel = "data/" + path.relative_to(data).as_posix()
        octets += path.stat().st_size
        for name, digest in _digests(path).items():
            lines[name].append(f"{digest}  {_manifest_path(unicodedata.normalize('NFC', rel))}\n")
    fields = {
        **{k: _info_value(v) for k, v in info.items() if _info_value(v)},
        "Bagging-Date": dt.datetime.now(dt.UTC).date().isoformat(),
        "Bag-Software-Agent": f"memoryapp {__version__}",
        "Payload-Oxum": f"{octets}.{len(files)}",
    }
    tag_files = {
        "bagit.txt": "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": "".join(f"{key}: {value}\n" for key, value in fields.items()),
    }
    for name in ALGORITHMS:
        tag_files[f"manifest-{name}.txt"] = "".join(lines[name])
    for file_name, text in tag_files.items():
        (bag_dir / file_name).write_text(text, encoding="utf-8", newline="\n")
    for name in ALGORITHMS:  # tag manifests last: they cover the files above
        entries = [f"{_digests(bag_dir / f)[name]}  {f}\n" for f in sorted(tag_files)]
        (bag_dir / f"tagmanifest-{name}.txt").write_text(
            "".join(entries), encoding="utf-8", newline="\n"
        )


def verify_bag(bag_dir: Path) -> list[str]:
    """Check a bag is complete and valid; return the problems found (empty when valid)."""
    problems: list[str] = []
    data = bag_dir / "data"
    listed: set[str] = set()
    for name in ALGORITHMS:
        for kind in ("manifest", "tagmanifest"):
            manifest = bag_dir / f"{kind}-{name}.txt"
            if not manifest.is_file():
                problems.append(f"{manifest.name} is missing")
                continue
            for line in manifest.read_text(encoding="utf-8").splitlines():
                digest, _, rel = line.partition("  ")
                rel = rel.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
                path = bag_dir / rel
                if kind == "manifest":
                    listed.add(rel)
                if not path.is_file():
                    problems.append(f"{rel} is listed in {manifest.name} but missing")
                elif _digests(path)[name] != digest:
                    problems.append(f"{rel} does not match {manifest.name}")
    for path in _payload_files(data):
        rel = "data/" + path.relative_to(data).as_posix()
        if rel not in listed:
            problems.append(f"{rel} is not in the payload manifests")
    return problems


def readme_html(bundle: ExportBundle, staged: StagedMedia) -> str:
    """A plain, escaped HTML catalogue of the bag (no scripts, no external links)."""
    esc = html.escape
    rows = []
    for item in bundle.items:
        links = " ".join(
            f'<a href="{esc(path)}">{esc(path.rsplit("/", 1)[-1])}</a>'
            for path in staged.paths(item.id)
        )
        cells = [
            f'<bdi dir="auto">{esc(item_label(item))}</bdi>',
            f'<bdi dir="auto">{esc(date_text(item.taken))}</bdi>',
            ", ".join(f'<bdi dir="auto">{esc(n)}</bdi>' for n in people_shown(bundle, item)),
            ", ".join(f'<bdi dir="auto">{esc(place_label(bundle, p))}</bdi>' for p in item.places),
            links,
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    title = esc(bundle.title or "memoryapp collection")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'\">\n"
        f'<title>{title}</title></head><body>\n<h1 dir="auto">{title}</h1>\n'
        f"<p>{len(bundle.items)} items. Identifier: {esc(collection_urn(bundle.collection_id))}. "
        "The full record is in collection.jsonld; what the privacy filter withheld is in "
        "privacy-report.txt. Media copies have their embedded metadata removed when anything "
        "was withheld.</p>\n"
        "<table><thead><tr><th>Title</th><th>Date</th><th>People</th><th>Places</th>"
        "<th>Files</th></tr></thead><tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>\n</body></html>\n"
    )


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write a complete BagIt 1.0 bag into ``folder`` (its data/ and tag files)."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    staged = (
        stage_media(bundle, data, "objects", per_item_folder=True)
        if options.include_media
        else StagedMedia()
    )
    vtt = write_captions(bundle, staged, data)
    csv_dc.write_csv(bundle, data / csv_dc.FILE_NAME, options, staged)
    if bundle.segments:
        csv_dc.write_segments_csv(bundle, data / csv_dc.CSV_NAME, staged)
    (data / jsonld.FILE_NAME).write_text(
        jsonld.dumps(jsonld.build_document(bundle, staged)), encoding="utf-8"
    )
    (data / "README.html").write_text(readme_html(bundle, staged), encoding="utf-8")
    extra = write_extra_files(data, options)
    finish_bag(
        folder,
        {
            "Source-Organization": bundle.title,
            "External-Identifier": collection_urn(bundle.collection_id),
            "External-Description": f"memoryapp export of {len(bundle.items)} items",
        },
    )
    problems = verify_bag(folder)
    if problems:
        raise ValueError("the bag does not verify: " + "; ".join(problems[:5]))
    payload = [f"data/{p}" for p in (csv_dc.FILE_NAME, jsonld.FILE_NAME, "README.html", *extra)]
    payload += [f"data/{p}" for item in bundle.items for p in staged.paths(item.id)]
    payload += [f"data/{p}" for paths in vtt.values() for p in paths]
    payload += [f"data/{csv_dc.CSV_NAME}"] if bundle.segments else []
    return Written(files=tuple(payload), warnings=tuple(staged.warnings))
