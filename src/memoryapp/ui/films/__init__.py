"""The Films panel: scenes, their linked material, find material, clearance and exports."""

from memoryapp.ui.films.export_button import EXPORT_FORMATS
from memoryapp.ui.films.panel import FilmsPanel
from memoryapp.ui.item_mime import ITEM_IDS_MIME, item_ids_mime

__all__ = ["EXPORT_FORMATS", "ITEM_IDS_MIME", "FilmsPanel", "item_ids_mime"]
