"""The front door: the only API the CLI, the GUI and the tests drive."""

from memoryapp.library.check import CheckReport, Problem, ProblemKind
from memoryapp.library.import_job import ImportOptions
from memoryapp.library.library import Library
from memoryapp.library.public_json import items_json, person_json, place_json, report_json

__all__ = [
    "CheckReport",
    "ImportOptions",
    "Library",
    "Problem",
    "ProblemKind",
    "items_json",
    "person_json",
    "place_json",
    "report_json",
]
