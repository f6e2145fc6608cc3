"""English words of where: country adjectives, the nouns and verbs around a place that tell
where a happening was from what it was about, and the date after a dateline's comma. Read by
:mod:`storyline.places.find`.
"""

from __future__ import annotations

DEMONYMS: tuple[tuple[str, str], ...] = tuple(
    (word, code)
    for codes, words in (
        ("IQ", "Iraqi"),
        ("IR", "Iranian"),
        ("TR", "Turkish"),
        ("SY", "Syrian"),
        ("JO", "Jordanian"),
        ("KW", "Kuwaiti"),
        ("SA", "Saudi"),
        ("QA", "Qatari"),
        ("AE", "Emirati"),
        ("BH", "Bahraini"),
        ("OM", "Omani"),
        ("YE", "Yemeni"),
        ("LB", "Lebanese"),
        ("EG", "Egyptian"),
        ("IL", "Israeli"),
        ("BE", "Belgian"),
        ("NL", "Dutch"),
        ("FR", "French"),
        ("DE", "German"),
        ("GB", "British"),
        ("US", "American US U.S."),
        ("IT", "Italian"),
        ("ES", "Spanish"),
        ("PL", "Polish"),
        ("DK", "Danish"),
        ("NO", "Norwegian"),
        ("SE", "Swedish"),
        ("FI", "Finnish"),
        ("EE", "Estonian"),
        ("LV", "Latvian"),
        ("LT", "Lithuanian"),
        ("RO", "Romanian"),
        ("BG", "Bulgarian"),
        ("GR", "Greek"),
        ("HU", "Hungarian"),
        ("CZ", "Czech"),
        ("SK", "Slovak"),
        ("HR", "Croatian"),
        ("SI", "Slovenian"),
        ("AL", "Albanian"),
        ("PT", "Portuguese"),
        ("CA", "Canadian"),
        ("RU", "Russian"),
        ("UA", "Ukrainian"),
        ("GE", "Georgian"),
        ("AZ", "Azerbaijani"),
        ("AF", "Afghan"),
        ("PK", "Pakistani"),
        ("IN", "Indian"),
        ("CN", "Chinese"),
        ("JP", "Japanese"),
        ("AU", "Australian"),
        ("CH", "Swiss"),
        ("AT", "Austrian"),
        ("IE", "Irish"),
        ("RS", "Serbian"),
        ("LY", "Libyan"),
        ("TN", "Tunisian"),
        ("DZ", "Algerian"),
        ("MA", "Moroccan"),
    )
    for word in words.split()
    for code in (codes,)
)
"""Country adjectives for "the Iraqi capital" -> the capital of Iraq."""

# fmt: off
TOPIC_NOUNS = frozenset((
    "situation", "situations", "ceasefire", "cease-fire", "truce", "developments", "development",
    "events", "forces", "force", "troops", "troop", "soldiers", "presence", "mission", "missions",
    "operations", "operation", "war", "wars", "conflict", "conflicts", "crisis", "crises",
    "fighting", "violence", "security", "stability", "instability", "status", "escalation",
    "tensions", "attacks", "attack", "strikes", "deployment", "deployments", "interests", "role",
    "influence", "elections", "election", "reconstruction", "terrorism", "insurgency", "cells",
    "remnants", "militias", "bases", "activities", "activity", "interference", "intervention",
    "affairs", "peace", "people", "population", "refugees", "humanitarian", "work",
    "movement", "movements", "group", "groups", "rebels", "militants"
))
# fmt: on
"""Nouns that make "in X" a topic, not the venue: "the situation in Syria", "forces in Iraq"."""

SENT_WORDS = frozenset({"troops", "forces", "soldiers", "personnel", "reinforcements"})
"""Forces before "to": where they are sent, the place only when the sentence names no venue."""

# fmt: off
MOTION_WORDS = frozenset((
    "visit", "visits", "visited", "visiting", "trip", "travel", "travelled", "traveled", "travels",
    "journey", "tour", "toured", "arrived", "arrives", "arriving", "came", "went", "headed",
    "flew", "returned", "deployment", "deployed", "deploying"
))
# fmt: on
"""Words before "to" that make the next place the venue ("a visit to Ankara", "a deployment to
Kuwait")."""

# fmt: off
VISIT_VERBS = frozenset((
    "visited", "visiting", "visits", "toured", "reached"
))
# fmt: on
"""Verbs whose direct object is the venue ("visited Ankara")."""

# fmt: off
STRUCK_VERBS = frozenset((
    "shelled", "shelling", "bombed", "bombing", "captured", "capturing", "seized", "seizing",
    "stormed", "storming", "raided", "raiding", "retook", "retaking", "recaptured",
    "recapturing", "liberated", "liberating", "overran", "overrunning", "besieged",
    "besieging", "struck", "striking",
))
# fmt: on
"""Verbs of force whose direct object is where it was done ("shelled Arica", "rebels seized
Arica"): the town is the venue."""

VENUE_PREPOSITIONS = ("in", "at", "inside", "within", "around", "near", "outside")
"""Prepositions that put a happening at the place after them ("an attack near Mosul")."""

DATE_AFTER_COMMA = (
    r"^\s*(?:\d|\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\.?\b)"
)
"""What follows the comma of a dateline when it is one: a date ("BAGHDAD, 5 February",
"WASHINGTON, Feb. 5"), a number or a bracket."""


COMPASS_PREFIXES = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
     "north-eastern", "north-western", "south-eastern", "south-western", "central"}
)  # fmt: skip
"""Words that name a part of a country in capitals ("South Lebanon", "Northern Syria"): the
place is the country, unless the whole is a name of its own ("South Sudan", "North Korea")."""

REGION_ADJECTIVES = frozenset(
    {"asian", "african", "european", "american", "eastern", "caribbean", "pacific", "balkan",
     "baltic", "nordic", "scandinavian", "arab", "mediterranean", "atlantic"}
)  # fmt: skip
"""Adjectives of a continent or a region, which a compass word or "Latin", "Middle" may open
("Central Asian", "Middle Eastern", "Latin American"): of many states, no one of them."""

REGION_QUALIFIERS = COMPASS_PREFIXES | {"latin", "middle", "sub-saharan", "trans-atlantic"}
"""Words before a region's adjective that keep it a region's ("Sub-Saharan African")."""

COMPASS_NOT_COUNTRY = frozenset({"georgia", "ireland", "congo", "guinea", "america", "macedonia"})
"""Countries whose name after a compass word most often names something else: a US state
("North Georgia"), another state ("Northern Ireland", "Eastern Congo"), a continent ("South
America")."""
