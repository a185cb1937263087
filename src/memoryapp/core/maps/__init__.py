"""The map of places: projection, outlines and markers, without Qt (drawn by ``ui.map_view``)."""
