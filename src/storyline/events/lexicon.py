"""Names the event reader uses whatever the language of the article: the types it falls back
on, the families of speech acts and the role shown for a state. The English words it reads are
the English profile's (:mod:`storyline.lang.en.lexicon`)."""

from __future__ import annotations

LEAD = "other"
"""The type of what an article leads with when no trigger codes any event in it: its first
sentence that names someone, kept uncoded rather than lost."""

STATEMENT = "statement"
"""The type of an article that only reports what someone said."""

SPEECH_FAMILIES = frozenset({"support", "request", "accuse", "reject", "threaten"})
"""Speech acts: said during a meeting or a call by its own people, they are part of it (what
someone said at a meeting belongs to the meeting), not happenings of their own."""

STATE_ROLE = "state"
"""The role of a state among an event's actors ("Iraq", a state, shown as "state")."""
SYMMETRIC_FAMILIES = frozenset({"encounter", "agree", "cooperate"})
"""Happenings whose sides do the same thing together: a headline with nobody named as the
other side reads "A met B and C"; the hosts of a joint press conference do them when one says
"we" did; what is done at a meeting the article reports keeps the meeting's day."""
