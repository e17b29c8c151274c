"""Demo courses and study digests, one module per topic (see courses/demo.py for the format).

Every module here defines `COURSES` and/or `DIGESTS`; `courses.demo.seed()` loads them all.
"""
