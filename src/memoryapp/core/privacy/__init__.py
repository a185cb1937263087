"""Privacy: who is withheld from exports, and the filter every export goes through."""

from memoryapp.core.privacy.policy import (
    GENERATION_GAP,
    LIVING_LABEL,
    MAX_AGE,
    TECHNICAL_KEYS,
    WITHHELD_LABEL,
    AliveVerdict,
    ExportBundle,
    ExportPolicy,
    LivingMode,
    NameReplacement,
    Withheld,
    WithheldReason,
    WithheldReport,
    judge_alive,
    probably_alive,
)
from memoryapp.core.privacy.redaction import redact

__all__ = [
    "GENERATION_GAP",
    "LIVING_LABEL",
    "MAX_AGE",
    "TECHNICAL_KEYS",
    "WITHHELD_LABEL",
    "AliveVerdict",
    "ExportBundle",
    "ExportPolicy",
    "LivingMode",
    "NameReplacement",
    "Withheld",
    "WithheldReason",
    "WithheldReport",
    "judge_alive",
    "probably_alive",
    "redact",
]
