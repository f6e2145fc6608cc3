"""The English profile's language data (as :mod:`storyline.lang.ar` holds Arabic's).

English is read by the spaCy-based extractor; its tables live here as the other languages'
do under their profiles, so every English stage reads one table: :mod:`.calendar` (months and
weekdays). English data is code, versioned by the extractor's version as the rest of the
English reader (``storyline.events.run.EXTRACTOR_VERSION``).
"""
