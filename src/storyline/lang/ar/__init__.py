"""The Arabic profile: folding, dates, names across scripts and the event reader.

Data lives in ``data/`` (``profile.toml``: months, weekdays, Hijri months, relative days,
datelines' agencies, punctuation; ``offices.toml``: titles and offices; ``names.toml``:
people, organisations, states and places under their English canonical names;
``triggers.toml``: Arabic patterns of the event registry's types; ``topics.toml``: what was
discussed, in English). spaCy has no trained Arabic pipeline on PyPI, so the reader reads
folded text with these tables and patterns (:mod:`storyline.lang.ar.reader`).
"""
