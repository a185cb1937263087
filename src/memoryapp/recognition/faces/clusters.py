"""Faces that look alike, grouped: dlib's Chinese whispers over descriptor distances."""

from __future__ import annotations

from typing import Final

import numpy as np

__all__ = ["CLUSTER_DISTANCE", "cluster_faces"]

#: Faces closer than this are linked into one cluster. Tighter than MATCH_DISTANCE: Chinese
#: whispers chains links, and on the corpus's real faces one face under resizing, sepia and
#: re-encoding stayed within 0.30 while two different people came as close as 0.55.
CLUSTER_DISTANCE: Final = 0.5


def cluster_faces(vectors: np.ndarray, *, threshold: float = CLUSTER_DISTANCE) -> list[list[int]]:
    """Groups of row indices of ``vectors`` (n, 128), largest first; singletons included.

    Deterministic: the same vectors give the same groups; indices ascend within a group and
    groups of equal size come in the order of their first index.
    """
    rows = np.asarray(vectors, dtype=np.float64)
    if rows.ndim != 2:
        raise ValueError(f"expected an (n, 128) array of descriptors, got shape {rows.shape}")
    if len(rows) == 0:
        return []
    import dlib

    labels = dlib.chinese_whispers_clustering([dlib.vector(r.tolist()) for r in rows], threshold)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))
