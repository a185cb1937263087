"""memoryapp: a desktop archivist for family photo and document memory."""

__version__ = "0.1.0"
