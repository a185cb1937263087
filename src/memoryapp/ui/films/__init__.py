"""The Films panel: scenes, their linked material, find material, clearance and exports."""

from memoryapp.ui.films.export_button import EXPORT_FORMATS
from memoryapp.ui.films.models import ITEM_IDS_MIME, item_ids_mime
from memoryapp.ui.films.panel import FilmsPanel

__all__ = ["EXPORT_FORMATS", "ITEM_IDS_MIME", "FilmsPanel", "item_ids_mime"]
