"""Fixtures of real faces (see real_faces.py), loaded once per session."""

from tests.recognition.real_faces import curie, people

__all__ = ["curie", "people"]
