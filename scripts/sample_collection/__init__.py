"""Source material of memoryapp's sample collection: a fictional family archive from Tinghir.

``story`` holds the data (people, places, items, a film project); ``draw.build_sources(out_dir)``
draws every item's file, deterministically, with Pillow.
"""
