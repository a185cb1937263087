"""Machine reading of pixels: faces found and described, text read by OCR.

Engines whose models come inside installed packages (no download at run time). Qt-free;
the library runs them as background jobs and stores what they find as records.
"""
