"""The research and archive formats, by name, and what each writer returns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import ExportOptions, Written

Writer = Callable[[ExportBundle, Path, ExportOptions], Written]


def writers() -> dict[str, Writer]:
    """Every format's writer by name: ``csv``, ``jsonld``, ``xmp``, ``bagit``, ``iiif``, ``html``."""
    # Imported here so that importing the registry does not load every format.
    from memoryapp.exporters import (
        bagit,
        csv_dc,
        html_gallery,
        iiif,
        jsonld,
        xmp_sidecar,
    )

    return {
        "csv": csv_dc.write,
        "jsonld": jsonld.write,
        "xmp": xmp_sidecar.write,
        "bagit": bagit.write,
        "iiif": iiif.write,
        "html": html_gallery.write,
    }


FORMAT_NAMES: tuple[str, ...] = ("csv", "jsonld", "xmp", "bagit", "iiif", "html")
