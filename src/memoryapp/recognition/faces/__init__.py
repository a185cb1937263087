"""Faces: found, described (128 numbers each) and grouped when they look alike.

Detection by YuNet, or dlib's HOG where yuface is absent; descriptors from dlib's ResNet.
Qt-free; no model is downloaded (the weights come inside ``yuface`` and ``face_recognition_models``).

    faces = detect_faces(upright_image)            # boxes normalised to the image given
    vectors = describe_faces(upright_image, faces)  # float32 (n, 128)
    face_distance(vectors, vectors[0]) < MATCH_DISTANCE
    cluster_faces(vectors)                           # [[0, 3, 4], [1], [2]]
"""

from __future__ import annotations

from memoryapp.recognition.faces.clusters import CLUSTER_DISTANCE, cluster_faces
from memoryapp.recognition.faces.describe import (
    MATCH_DISTANCE,
    MIN_DESCRIBED_PX,
    describe_faces,
    embedder_version,
    face_distance,
)
from memoryapp.recognition.faces.detect import detect_faces, detector_name, detector_version
from memoryapp.recognition.faces.found import FoundFace

__all__ = [
    "CLUSTER_DISTANCE",
    "MATCH_DISTANCE",
    "MIN_DESCRIBED_PX",
    "FoundFace",
    "cluster_faces",
    "describe_faces",
    "detect_faces",
    "detector_name",
    "engine_versions",
    "face_distance",
]


def engine_versions() -> dict[str, str]:
    """The engines this machine runs, for the record kept with each face.

    {"detector": "yunet 2023.5.1", "embedder": "dlib 20.0.1 resnet-v1 5-point"}
    """
    return {"detector": detector_version(), "embedder": embedder_version()}
