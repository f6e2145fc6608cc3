"""The English profile's language data (as :mod:`storyline.lang.ar` holds Arabic's).

English is read by the spaCy-based extractor; its tables live here as the other languages'
do under their profiles, so every English stage reads one table: :mod:`.calendar` (months and
weekdays), :mod:`.titles` (titles, offices, ranks and forms of address), :mod:`.lexicon` (the
event reader's function words and actor nouns), :mod:`.places` (country adjectives, the words
around a place, the date of a dateline), :mod:`.stop_words` (the words story profiles leave
out) and ``data/triggers.toml`` (the English patterns and
example sentences of the event registry's types, read with the types by
:func:`storyline.events.registry.registry`). The data file is part of the registry's
fingerprint, so a change to it makes stored articles be read again; the modules are code,
versioned by the extractor's version as the rest of the English reader
(``storyline.events.run.EXTRACTOR_VERSION``).
"""
