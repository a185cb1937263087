"""The face embeddings of a collection: one binary side file, outside the catalogue.

``cache/faces/embeddings.npz`` (numpy's zip of arrays, written atomically) holds ``ids``
(face IDs, unicode), ``vectors`` (float32, one row of 128 numbers per face) and ``engine``
(the recognition engine the vectors came from). It is derived data: the catalogue's
:class:`~memoryapp.core.faces.Face` records say which faces are described, and a face whose
vector is missing, or a file written by another engine, is described again from the
picture. No export reads it.
"""

import io
import logging
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt

from memoryapp.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]

FILE = Path("cache", "faces", "embeddings.npz")
"""Where the side file lives, relative to the collection folder."""


class FaceVectors:
    """Face ID -> embedding, read from and written to the side file."""

    def __init__(self, path: Path, engine: str) -> None:
        self.path = path
        self.engine = engine
        self._vectors: dict[str, Vector] = {}
        self.changed = False

    @classmethod
    def load(cls, path: Path, engine: str) -> "FaceVectors":
        """The vectors in ``path``; none when it is missing, unreadable or of another engine."""
        store = cls(path, engine)
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["engine"]) != engine:
                    log.info("Face vectors in %s come from another engine; describing again", path)
                    return store
                ids, vectors = data["ids"], data["vectors"]
                store._vectors = {
                    str(i): np.asarray(v, dtype=np.float32)
                    for i, v in zip(ids, vectors, strict=True)
                }
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.warning("The face vectors in %s cannot be read (%s); describing again", path, exc)
        return store

    def __len__(self) -> int:
        return len(self._vectors)

    def __contains__(self, face_id: object) -> bool:
        return face_id in self._vectors

    def get(self, face_id: str) -> Vector | None:
        """The face's vector, or None."""
        return self._vectors.get(face_id)

    def put(self, vectors: Mapping[str, Vector]) -> None:
        """Add or replace vectors."""
        for face_id, vector in vectors.items():
            self._vectors[face_id] = np.asarray(vector, dtype=np.float32).reshape(-1)
        self.changed = self.changed or bool(vectors)

    def keep_only(self, face_ids: Iterable[str]) -> None:
        """Forget the vectors of faces no longer in the catalogue."""
        wanted = set(face_ids)
        gone = [f for f in self._vectors if f not in wanted]
        for face_id in gone:
            del self._vectors[face_id]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        """Write the side file atomically (when something changed)."""
        if not self.changed:
            return
        ids = sorted(self._vectors)
        width = len(next(iter(self._vectors.values()))) if ids else 0
        vectors = (
            np.stack([self._vectors[i] for i in ids]).astype(np.float32)
            if ids
            else np.zeros((0, width), np.float32)
        )
        buffer = io.BytesIO()
        np.savez(
            buffer, ids=np.array(ids, dtype=np.str_), vectors=vectors, engine=np.array(self.engine)
        )
        atomic_write_bytes(self.path, buffer.getvalue())
        self.changed = False
