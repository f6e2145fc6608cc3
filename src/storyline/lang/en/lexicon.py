"""English words the event reader needs besides the trigger patterns of the registry's types.

Function words and small closed classes: light verbs that carry a trigger noun ("held talks"),
the modal and planning words that make a happening not (yet) real, the prepositions that bring
in a participant, the common nouns that name an actor ("forces", "the regime"), and the words
that refer back to people already named ("the two leaders"). Each table is read by one stage
of the English reader (:mod:`storyline.events.triggers`, :mod:`storyline.events.arguments`,
:mod:`storyline.events.people`, :mod:`storyline.events.extract`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

LIGHT_VERBS = frozenset(
    {
        "hold", "have", "conduct", "carry", "make", "extend", "pay", "attend", "issue", "stage",
        "mount", "launch", "begin", "start", "continue", "resume", "undertake", "perform",
        "execute", "reach", "conclude", "sign", "impose", "provide", "give", "deliver", "send",
        "receive", "accept", "announce", "declare", "order", "authorize", "authorise",
        "approve", "host", "join", "lead", "organize", "organise", "call", "express", "voice",
        "file", "submit", "lodge", "open", "pose", "take", "wage", "unleash", "intensify",
        "step", "escalate", "complete", "finish", "end", "convene", "chair", "co-chair",
        "participate", "commence", "initiate", "renew", "grant", "offer", "put", "level",
        "enter", "win", "reiterate", "repeat", "wrap", "kick", "round", "tighten", "toughen",
        "reopen", "levy",
    }
)  # fmt: skip
"""Verbs whose trigger noun carries the happening: the verb's subject is its source and its
tense is the happening's ("held talks with", "carried out strikes", "made a request")."""

HARM_WORDS = frozenset(
    {"kill", "attack", "strike", "bomb", "shell", "shoot", "wound", "injure", "murder",
     "execute", "massacre", "torture", "abduct", "kidnap", "detain", "arrest", "behead",
     "destroy", "burn", "rape", "slaughter", "target", "raid", "storm", "fire", "assault",
     "killing", "bombing", "shooting", "explosion", "blast", "stabbing", "execution",
     "atrocity", "violence", "abduction", "kidnapping", "shelling", "airstrike",
     "persecution", "crackdown", "detention", "invasion", "assassination"}
)  # fmt: skip
"""Verbs and nouns of harm done to people: what one is shocked or appalled by, to condemn
whoever did it ("shocked by reports that X killed ..."; not "by reports that X won")."""

SUFFERED_HARMS = frozenset({"death", "disappearance"})
"""Nouns of harm suffered, whoever caused it (or nobody): whose death is condemned suffered
it and is not condemned, but news of a death is no harm done to condemn ("shocked by news of
the death of X, who died of cancer")."""

VICTIM_POSSESSED = SUFFERED_HARMS | {
    "murder", "assassination", "killing", "execution", "detention", "arrest", "jailing",
}  # fmt: skip
"""Nouns of harm whose possessor, with no "of" phrase, is who suffered it ("condemned Maria
Lopez's assassination"), not who did it ("Peru's invasion", "Peru's killing of two men")."""

LEGISLATURE_NOUNS = frozenset(
    {"parliament", "congress", "senate", "assembly", "house", "legislature", "knesset", "duma",
     "majlis", "bundestag", "commons", "lords", "diet", "cortes"}
)  # fmt: skip
"""Words of a legislature: what it "rejects" or "defeats", a bill or a motion, it voted down."""

LEGISLATOR_NOUNS = frozenset(
    {"lawmaker", "legislator", "deputy", "mp", "senator", "representative"}
)
"""Members of a legislature: together (in the plural) they vote a bill down; one of them who
"rejected the bill" said so."""

INSTITUTION_NOUNS = frozenset(
    {"government", "ministry", "embassy", "authority", "authorities", "council", "parliament",
     "commission", "office", "administration", "regime", "cabinet", "state", "country",
     "court", "department", "presidency", "chancellery"}
)  # fmt: skip
"""Nouns of state bodies that speak as one: when such a body "protested" it said so (a
verbal protest, PLOVER's ACCUSE), where people, unions or parties who protested may have
taken to the streets."""

CARRYING_PARTICIPLES = frozenset(
    {"hold", "conduct", "carry", "stage", "mount", "impose", "wage", "convene", "chair",
     "co-chair", "host", "deliver", "provide", "extend", "pay", "undertake", "perform",
     "level", "unleash", "reach", "conclude"}
)  # fmt: skip
"""Light verbs that, as a dated reduced relative, carry the noun they describe ("talks held
in Oslo on Monday", "sanctions imposed on Iran in 2018"): they only say it was done. Verbs
with a happening of their own ("the agreement signed in 2015": a signing) or whose agent
decides or tells rather than does ("the visit announced by the ministry") are not here."""

ANNOUNCING_VERBS = frozenset(
    {"announce", "declare", "unveil", "confirm", "reveal", "report", "disclose", "say", "state"}
)
"""Verbs whose object or clause is the happening itself: "announced a withdrawal" is the
withdrawal, told by the announcer, not a second event."""

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
"""Auxiliaries of a happening still to come ("will meet"; "said he would visit")."""

HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can", "ca"})
"""Auxiliaries of a happening that may or ought to happen, not one that did."""

NEEDED_WORDS = frozenset(
    {"essential", "vital", "imperative", "crucial", "important", "necessary", "critical", "urgent"}
)
"""What "it is ... that" says of what must be done ("It is vital that Peru withdraws"): the
clause is wanted, not done."""

MANDATIVE_HEADS = frozenset(
    {"demand", "ask", "urge", "request", "require", "recommend", "propose", "order",
     "command", "stipulate", "decree", "call", "proposal", "recommendation", "direct",
     "instruct", "insist", "mandate", "directive", "instruction"}
)  # fmt: skip
"""Verbs and nouns of demanding, whose "that" clause says in the subjunctive what is wanted
("demanded that the government end ...", "directed that support be provided to ...")."""

OPENING_QUOTES = frozenset({'"', "“", "‘", "«", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "»", "''"})
"""Quotation marks as the tokenizer leaves them: a straight double quote both opens and
closes (a straight single one is an apostrophe as often)."""

PAGE_VERBS = frozenset({"post", "publish", "update"})
"""Verbs of a page's line about itself ("Ana Soto, Lima Blog. posted in Port News on Friday, May 3,
2024."): such a sentence is no happening an article leads with."""

CONDITIONAL_AUX = frozenset({"would", "'d"})
"""Auxiliaries of a happening that would follow a condition ("would send troops if ...") or
that a text would bring about ("the bill would impose ...")."""

PROVISION_NOUNS = frozenset(
    {"bill", "act", "law", "legislation", "measure", "proposal", "draft", "amendment",
     "provision", "clause", "regulation", "rule", "plan", "text", "resolution", "motion"}
)  # fmt: skip
"""Texts that say what would be done, never doing it themselves ("the bill would impose
sanctions", "the draft resolution would condemn ...")."""

REFUSED_TEXTS = PROVISION_NOUNS | {"statement", "declaration", "communique", "communiqué"}
"""Texts that say what their authors would do or say, which another may stop before they
are adopted or issued ("vetoed a resolution condemning X")."""
STOPPING_VERBS = frozenset({"veto", "block", "scuttle", "thwart", "torpedo"})
"""Verbs that stop any text before it is issued ("blocked a statement calling for
sanctions"): what the text says was neither said nor done."""
REFUSING_VERBS = STOPPING_VERBS | {"reject", "defeat", "oppose"}
"""Verbs that stop a text proposed (a bill, a resolution, a motion: "rejected a motion
demanding ..."); a statement one rejects was issued ("rejected the G7 communique, which
criticised Beijing": it did)."""

JUDGING_ADJECTIVES = frozenset(
    {"unacceptable", "illegal", "unlawful", "unjustified", "unjustifiable", "intolerable",
     "reprehensible", "illegitimate", "inexcusable", "indefensible", "wrong", "common",
     "rare", "frequent", "commonplace", "routine", "unprecedented"}
)  # fmt: skip
"""Adjectives that judge a kind of happening ("attacks on civilians are unacceptable",
"such raids were common"), not describe ones told ("protests were peaceful on Monday")."""

DENYING_VERBS = frozenset({"deny", "refute", "disavow"})
"""Verbs that say their clause did not happen ("denied that its troops had attacked the
village", "denied attacking the convoy", "denied reports that it had sent troops")."""
CLAIM_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "charge",
     "assertion", "speculation"}
)  # fmt: skip
"""Nouns of what is said to have happened, whose clause says what ("reports that it had sent
troops")."""
CRITICISM_NOUNS = CLAIM_NOUNS | {"criticism", "remark", "comment", "statement", "concern"}
"""Nouns of what someone said, which one who calls it "unjustified" or "unacceptable"
rejects, not condemns ("called the criticism of the army unjustified")."""
ALLEGED_NOUNS = CLAIM_NOUNS - {"report"}
"""Nouns of what one side says another did, whose "that" clause the article does not assert
("accusations that he ordered four murders"; a report's, "reports that troops crossed the
border", is news)."""

PLANNING_HEADS = frozenset(
    {
        "plan", "intend", "expect", "schedule", "set", "aim", "hope", "want", "wish", "seek",
        "prepare", "arrange", "propose", "due", "look", "be", "consider",
        "promise", "threaten", "vow", "pledge", "offer", "agree", "need", "have", "try",
        "attempt", "work", "continue", "urge", "ask", "call", "invite", "encourage", "request",
        "demand", "help", "allow", "enable", "fail", "refuse", "tell", "order", "authorize",
        "authorise", "move", "stand", "ready", "able", "likely", "unlikely",
        "expected", "scheduled", "slated", "poised", "eager", "willing", "determined",
        "committed", "important", "necessary", "essential", "vital",
    }
)  # fmt: skip
"""Heads of an infinitive ("plans to visit", "urged them to withdraw"): the infinitive is a
plan, a request or a promise, not a happening of its own."""

IMPLICATIVE_HEADS = frozenset(
    {"begin", "start", "proceed", "manage", "decide", "resolve", "continue", "resume"}
)
"""Heads whose gerund or infinitive did happen, or was decided ("began deploying", "decided
to expand the mission", "continued to send arms")."""
CAUSING_HEADS = frozenset({"prompt", "force", "compel"})
"""Verbs that made their object do what their infinitive says, so it happened, done by the
object ("the incident prompted the president to announce ...", "forced the army to withdraw")."""
SIGNING_VERBS = frozenset({"sign", "ink"})
"""Verbs whose object is the text signed, named in capitals or not: never a party to it (who
signed it with whom is their subject and their "with"), and a declaration or a statement
signed is a signing, not a saying."""
DECISION_NOUNS = frozenset({"decision"})
"""Nouns of a happening decided: announced, its infinitive is the happening ("announced its
decision to suspend ties"), as "announced that it will suspend ties" is."""

UNREALISED_HEADS = frozenset(
    {"demand", "urge", "propose", "want", "seek", "request", "recommend", "suggest", "advocate",
     "consider", "discuss", "oppose", "reject", "avoid", "refuse", "resist", "contemplate",
     "favour", "favor", "prefer", "risk", "threaten"}
)  # fmt: skip
"""Verbs whose gerund did not happen: it is wanted, weighed or refused ("demanded dissolving
parliament", "discussed expanding the mission")."""
DESIRE_NOUNS = frozenset(
    {"demand", "call", "request", "proposal", "plan", "goal", "aim", "wish", "condition",
     "recommendation", "option", "idea", "suggestion", "objective", "priority"}
)  # fmt: skip
"""Subjects that make a listed gerund something wanted ("their demands included dissolving
parliament")."""

CHANCE_NOUNS = frozenset({"opportunity", "chance", "honor", "honour", "privilege", "pleasure"})
"""Nouns whose infinitive happened when someone "had" them: "had the opportunity to meet"."""

FUTURE_HEADS = frozenset(
    {"plan", "intend", "expect", "schedule", "set", "aim", "hope", "prepare", "arrange", "due",
     "be", "look", "slate", "poise"}
)  # fmt: skip
"""Planning heads among :data:`PLANNING_HEADS`: their infinitive is a happening still to come,
announced ("is set to visit", "plans to meet")."""

PERFORMATIVE_HEADS = frozenset(
    {"happy", "pleased", "delighted", "glad", "honored", "honoured", "proud", "thrilled"}
)
"""Adjectives whose infinitive a speaker does by saying it, in the present ("I am pleased to
announce", "I'm happy to welcome Secretary Blinken to Jerusalem")."""

PROMISE_HEADS = frozenset(
    {"promise", "pledge", "vow", "swear", "offer", "willing", "ready", "prepared", "determined",
     "committed", "commit"}
)  # fmt: skip
"""Heads whose infinitive is promised, offered or declared intended ("vowed to fight", "is
willing to withdraw"): what is promised is told by its type's intent (PLOVER's AGREE for a
promise of aid, THREATEN for a vow to fight), not by the word of promising."""

NOT_YET_WORDS = frozenset(
    {
        "upcoming",
        "next",
        "future",
        "planned",
        "proposed",
        "forthcoming",
        "possible",
        "potential",
        "scheduled",
        "expected",
        "prospective",
        "anticipated",
        "new",
    }
)
"""Modifiers of a trigger noun that make it a happening still to come ("the upcoming summit")."""

HABITUAL_WORDS = frozenset(
    {"regularly", "usually", "often", "routinely", "always", "frequently", "generally",
     "typically", "annually", "normally", "never"}
)  # fmt: skip
"""Adverbs that make a verb describe a habit, not a happening ("meets regularly")."""

SERIAL_MODIFIERS = frozenset(
    {"ongoing", "regular", "repeated", "frequent", "continued", "continuing", "recurring",
     "intermittent", "persistent", "periodic", "sporadic", "constant", "routine", "daily",
     "nightly", "weekly", "incessant", "relentless"}
)  # fmt: skip
"""Modifiers that make a happening's noun many happenings over a time, none of them told
("regular rocket attacks on the bases", "the ongoing attacks")."""
SERIES_NOUNS = frozenset({"series", "wave", "string", "spate", "succession", "campaign"})
"""Nouns of many happenings of a kind ("a series of attacks", "a wave of arrests")."""

CONDITION_MARKS = frozenset({"if", "unless", "whether", "once", "until", "lest"})
"""Subordinators of a clause whose happening is a condition, not a fact."""

CONTEXT_PREPOSITIONS = frozenset(
    {
        "at",
        "upon",
        "under",
        "following",
        "after",
        "before",
        "per",
        "despite",
        "amid",
        "without",
        "like",
        "than",
    }
)
"""Prepositions whose object names a happening only as context: "at the request of",
"under the agreement", "following an invitation from"."""

PARTICIPANT_PREPOSITIONS = frozenset(
    {"with", "between", "by", "against", "on", "to", "among", "from", "for", "of", "toward",
     "towards", "into", "upon"}
)  # fmt: skip
"""Prepositions whose object may be a participant ("met with", "strikes against")."""

SOURCE_PREPOSITIONS = frozenset({"by", "from"})
"""Prepositions that name who acts ("an attack by", "a delegation from")."""

BOTH_SIDES_PREPOSITIONS = frozenset({"between", "among"})
"""Prepositions that name every party at once ("talks between Iraq and Turkey")."""

FORCE_NOUNS = frozenset(
    {
        "force", "troop", "soldier", "army", "military", "airman", "marine", "sailor", "unit",
        "squadron", "wing", "battalion", "brigade", "division", "regiment", "fleet", "navy",
        "aircraft", "jet", "fighter", "warplane", "plane", "helicopter", "drone", "ship",
        "warship", "vessel", "tank", "personnel", "contingent", "guard", "militia",
        "paratrooper", "commando", "falcon", "guerrilla", "rebel", "insurgent", "militant",
        "gunman", "reservist", "peacekeeper", "conscript", "serviceman", "servicewoman",
        "servicemember", "frigate", "destroyer", "cruiser", "corvette", "submarine",
    }
)  # fmt: skip
"""Nouns of armed units and their craft: "troops arrived", "jets struck"."""

WEAPON_NOUNS = frozenset(
    {
        "strike", "airstrike", "missile", "rocket", "drone", "bomb", "shell", "mortar",
        "artillery", "attack", "raid", "explosion", "blast", "round", "bullet", "grenade",
        "device", "ied", "vbied",
    }
)  # fmt: skip
"""Nouns of blows and weapons: the subject of "hit", "engaged", "destroyed" in a strike report."""

PROJECTILE_NOUNS = frozenset(
    {"missile", "rocket", "shell", "mortar", "projectile", "bomb", "ied", "vbied", "grenade",
     "katyusha"}
)  # fmt: skip
"""What is fired, thrown or planted and lands or goes off ("three shells fell close to the
port", "a roadside bomb exploded"); not a drone, which also lands when flown home."""

ACCIDENT_WORDS = frozenset(
    {"gas", "boiler", "industrial", "chemical", "accidental", "factory", "pipeline", "fuel",
     "dust", "mining", "tanker", "refinery", "electrical"}
)  # fmt: skip
"""Words of an explosion's or a fire's phrase that tell an accident ("a gas explosion", "an
explosion at a chemical plant"): what it did is no attack."""

HAZARD_NOUNS = frozenset(
    {
        "typhoon", "hurricane", "cyclone", "storm", "tornado", "earthquake", "quake", "tremor",
        "aftershock", "tsunami", "flood", "flooding", "landslide", "mudslide", "avalanche",
        "wildfire", "bushfire", "blaze", "drought", "heatwave", "eruption", "volcano",
        "lightning", "monsoon", "blizzard", "snowstorm", "hailstorm", "sandstorm",
    }
)  # fmt: skip
"""Nouns of natural hazards: what they kill or strike is no attack, and a named storm
("Typhoon Haiyan") is no actor."""

ACCIDENT_NOUNS = frozenset({"accident", "crash", "collision", "derailment", "stampede"})
"""Nouns of accidents: what one kills is no attack ("a hit and run accident killed a woman")."""

VEHICLE_NOUNS = frozenset(
    {
        "helicopter", "aircraft", "plane", "airplane", "airliner", "car", "truck", "lorry",
        "bus", "train", "ship", "boat", "vessel", "ferry", "tanker",
    }
)  # fmt: skip
"""Nouns of vehicles: what one strikes or hits is an accident ("the plane hit a pylon
and came down"), not an attack. Drones and jets, which strike on purpose, are not here."""

HAPPENING_NAME_HEADS = frozenset(
    {"summit", "accord", "accords", "agreement", "treaty", "conference", "dialogue", "forum",
     "initiative", "resolution", "talks", "convention", "declaration", "protocol", "games",
     "olympics", "ceremony", "festival", "election", "elections", "referendum", "award",
     "awards", "prize", "medal", "trophy"}
)  # fmt: skip
"""Last words of names of happenings, documents and honours, not of actors ("the Negev
Summit", "the Abraham Accords", "the National Merit Award")."""

HUNTED_NOUNS = frozenset(
    {"remnant", "militant", "insurgent", "rebel", "cell", "fighter", "terrorist", "gunman",
     "jihadist", "extremist", "hideout", "den", "holdout", "straggler"}
)  # fmt: skip
"""Who an operation "to pursue", "to hunt" or "to clear" goes after ("an operation to pursue
ISIS remnants"): the enemy, as a place is for "to retake"."""

TEXT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "plan", "proposal", "roadmap",
     "framework"}
)  # fmt: skip
"""Nouns of agreements and plans that provide for what their participle tells ("an
agreement ending the mission by 2025"): what they say is to be done, not done (a decision,
a decree or a resolution adopted does what it says: "a decision expelling the envoys")."""

ALLIANCE_ADJECTIVES = frozenset({"allied"})
"""Adjectives that name the alliance an article is about as whose officials are ("allied
defence ministers" in a report on NATO: NATO's)."""

ALLY_NOUNS = frozenset({"allies", "the allies"})
"""What names an alliance by its members, with nothing to say whose ("allies agreed to ..."
in a report on NATO: NATO)."""

OFFICIAL_NOUNS = frozenset(
    {"minister", "leader", "official", "ambassador", "envoy", "diplomat", "commander",
     "chief", "head", "representative", "delegate"}
)  # fmt: skip
"""Officials, whom "allied" gives to the article's alliance ("allied leaders"); "allied
forces" or "allied militias" are allied to whoever the text says."""

HAPPENING_NAME_OPENERS = frozenset({"operation", "exercise"})
"""First words of names of operations and exercises, not of actors ("Operation Inherent
Resolve", "Exercise Trident Juncture")."""

ACTOR_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "force", "troop", "soldier", "army", "military", "airman", "marine", "unit",
                "squadron", "battalion", "brigade", "navy", "personnel", "militia", "militant",
                "rebel", "insurgent", "fighter", "gunman", "jihadist", "terrorist", "guerrilla",
                "paramilitary", "guard", "police", "officer", "policeman", "aircrew",
                "coalition", "reservist", "peacekeeper", "conscript", "serviceman",
                "servicewoman", "servicemember",
            ),
            "force",
        ),
        **dict.fromkeys(
            (
                "government", "regime", "authority", "ministry", "parliament", "council",
                "cabinet", "administration", "opposition", "party", "movement", "group",
                "agency", "department", "commission", "committee", "court", "embassy",
                "delegation", "alliance", "union", "bloc", "leadership", "tribe", "community",
                "organization", "organisation", "board", "office", "company", "airline",
                "firm", "member", "state", "nation", "country", "people", "mission", "ally",
            ),
            "org",
        ),
        **dict.fromkeys(
            (
                "protester", "demonstrator", "student", "worker", "civilian", "refugee",
                "resident", "suspect", "journalist", "activist", "official", "leader",
                "minister", "lawmaker", "diplomat", "envoy", "spokesman", "spokeswoman",
                "spokesperson", "attacker", "victim", "prisoner", "hostage", "detainee",
                "villager", "family", "child", "woman", "man", "migrant", "counterpart",
                "representative", "negotiator", "national", "citizen", "tourist", "passenger",
                "settler", "hacker", "fisherman", "pilgrim", "contractor", "employee",
                "pirate", "smuggler", "trafficker", "poacher", "criminal", "gangster",
                "youth", "teenager", "boy", "girl", "farmer", "miner", "teacher", "doctor",
                "nurse", "trucker", "trader", "merchant", "shopkeeper", "tribesman", "cleric",
                "worshipper", "assailant", "shooter", "bomber", "killer", "perpetrator",
                "stabber",
            ),
            "people",
        ),
    }
)  # fmt: skip
"""Common nouns that name an actor when no name is given ("Coalition military forces",
"the Asad regime", "protesters"), with what they name."""

PRIVATE_PEOPLE = frozenset(
    {"protester", "demonstrator", "student", "worker", "activist", "suspect", "attacker",
     "settler", "hacker", "fisherman", "pilgrim", "pirate", "smuggler", "trafficker",
     "poacher", "criminal", "gangster", "farmer", "miner", "teacher", "doctor", "nurse",
     "trucker", "trader", "merchant", "shopkeeper", "tribesman", "cleric", "worshipper",
     "rebel", "insurgent", "militant", "guerrilla", "jihadist", "assailant", "shooter",
     "killer", "perpetrator", "stabber", "suicide bomber"}
)  # fmt: skip
"""People who act for no state, whatever country they are of ("Chilean protesters", "Peruvian
fishermen", "Peruvian rebels", who fight it): their country takes no part in what they do
(officials and soldiers act for it). A head of two words is one only with its first ("a
suicide bomber"; "Russian bombers" are aircraft, and Russia's).
Not those a deed is done to: "Peruvian civilians killed", "Chilean hostages freed" are done
to their country too."""

VICTIM_PEOPLE = frozenset(
    {"civilian", "refugee", "resident", "journalist", "victim", "prisoner", "hostage",
     "detainee", "villager", "family", "child", "woman", "man", "migrant", "national",
     "citizen", "tourist", "passenger", "contractor", "employee", "youth", "teenager", "boy",
     "girl"}
)  # fmt: skip
"""People who act for no state either, but whose country a deed done to them is done to
("Peruvian civilians killed", "Chilean hostages freed"): private only when they act."""

ACTOR_MODIFIERS = frozenset(
    {
        "military", "armed", "security", "opposition", "government", "special", "national",
        "federal", "local", "regional", "provincial", "foreign", "interior", "defense",
        "defence", "border", "counter", "terror", "terrorist", "rebel", "militant", "allied",
        "coalition", "police", "air", "naval", "ground", "state", "kurdish", "sunni", "shia",
        "shiite", "islamist", "jihadist", "anti", "pro", "joint", "royal", "civil",
        "presidential", "central", "supreme", "elite", "regular", "paramilitary", "militia",
        "tribal", "popular", "democratic", "revolutionary", "transitional", "caretaker",
        "interim", "new", "international", "multinational", "suicide",
    }
)  # fmt: skip
"""Lower-case words kept in an actor noun's name ("Syrian opposition forces", "government
forces"); other adjectives ("brave", "brutal") are dropped."""

COLLECTIVES = frozenset(
    {"side", "leader", "minister", "official", "delegation", "party", "two", "both", "they",
     "counterpart", "country", "nation", "president", "secretary", "sides"}
)  # fmt: skip
"""Plural heads that stand for the people of the happening just told ("the two leaders")."""

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
SECOND_PERSON = frozenset({"you", "your"})
"""Whom a transcript's voice speaks to: the other voice, where there are two."""
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his"})
PRONOUN_GENDER: Mapping[str, str] = MappingProxyType(
    {"he": "m", "him": "m", "his": "m", "himself": "m",
     "she": "f", "her": "f", "hers": "f", "herself": "f"}
)  # fmt: skip
"""The gender a third-person pronoun tells of whom it stands for."""
GENDERED_TITLES: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            ("mr", "sir", "lord", "king", "prince", "sheikh", "emir", "amir", "sultan",
             "pope", "father", "brother", "spokesman", "chairman", "congressman",
             "businessman", "statesman", "policeman", "gunman", "husband", "son",
             "grandson", "nephew", "uncle", "monsignor"),
            "m",
        ),
        **dict.fromkeys(
            ("mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
             "sheikha", "sister", "spokeswoman", "chairwoman", "congresswoman",
             "businesswoman", "stateswoman", "policewoman", "wife", "widow", "daughter",
             "granddaughter", "niece", "aunt", "mother", "fiancee", "fiancée"),
            "f",
        ),
    }
)  # fmt: skip
"""Words written next to a name that tell the person's gender ("Mrs Soto", "spokeswoman
Ana Soto", "John Carter, a spokesman"): evidence for which person "he" or "she" is."""
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

SPEECH_VERBS = frozenset(
    {
        "say", "stress", "emphasize", "emphasise", "affirm", "reaffirm", "reiterate",
        "highlight", "underscore", "underline", "express", "confirm", "note", "praise",
        "commend", "welcome", "state", "add", "tell", "announce", "declare", "insist",
        "warn", "point", "explain", "describe", "outline", "voice", "assert", "argue",
        "write", "tweet", "comment", "remark", "respond", "reply", "release", "issue",
    }
)  # fmt: skip
"""Verbs of speech: their sentences are statements attached to an event, and a colon or a
quotation after them gives the voice of what follows."""

REMOTE_WORDS = frozenset(
    {
        "virtual", "virtually", "video", "videoconference", "phone", "telephone", "online",
        "remotely", "teleconference", "videolink", "telephonic", "phone-call",
    }
)  # fmt: skip
"""A meeting described with one of these words happened at no place: it is a call."""

VIDEO_WORDS = frozenset({"virtual", "virtually", "video", "videoconference", "online", "videolink"})
"""Of the remote words, those of a meeting held by video (a video call, not a phone call)."""

HEADED_BY = ("headed by", "led by", "chaired by", "co-chaired by")
"""Phrases that name who represented a side at a meeting ("the Peru delegation was headed by")."""

NOT_ACTOR_ORGS = frozenset(
    {
        "twitter", "facebook", "youtube", "instagram", "telegram", "whatsapp", "x",
        "question", "answer", "moderator", "interpreter", "q", "a",
    }
)  # fmt: skip
"""Names that are not actors: a channel ("confirmed on Twitter"), the labels of a transcript
("QUESTION:", "MODERATOR:")."""

GOVERNING_VERBS = frozenset(
    {
        "kill", "hit", "target", "wound", "injure", "destroy", "damage", "strike", "take",
        "occur", "happen", "involve", "bring", "gather", "claim", "leave", "engage",
    }
)  # fmt: skip
"""Verbs whose subject is a happening and whose objects take part in it ("the attack killed
two soldiers", "talks took place between X and Y"); "the talks focused on" names a topic."""

NOUN_CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("government", "regime", "administration", "cabinet"), "government"),
        **dict.fromkeys(
            ("force", "troop", "army", "military", "soldier", "airman", "marine", "navy",
             "unit", "squadron", "battalion", "brigade", "personnel", "paratrooper",
             "reservist", "peacekeeper", "conscript", "service member", "serviceman",
             "servicewoman", "servicemember"),
            "armed forces",
        ),
        **dict.fromkeys(("police", "policeman", "policewoman", "guard"), "police"),
        "officer": "officers",  # police or military: "Iraqi officers and police" are two
        **dict.fromkeys(("militia", "paramilitary"), "militia"),
        **dict.fromkeys(
            ("rebel", "insurgent", "militant", "fighter", "gunman", "jihadist", "terrorist",
             "guerrilla"),
            "armed group",
        ),
        **dict.fromkeys(("protester", "demonstrator"), "protesters"),
        "leader": "leaders",  # "Chilean leaders", a group named by what its people are
        "official": "officials",
        "coalition": "coalition",
        "ministry": "ministry",
        "parliament": "parliament",
        "authority": "authorities",
    }
)  # fmt: skip
"""What kind of actor a common noun names, shown as its role ("government forces": armed
forces); the role of a state is "state", of a known organisation its alias table category."""

NAMED_BODY_CATEGORIES: Mapping[str, str] = MappingProxyType(
    {"guard": "armed forces", "guards": "armed forces", "corps": "armed forces",
     "peace corps": "", "diplomatic corps": "", "press corps": "", "consular corps": "",
     "volunteer corps": "",
     **dict.fromkeys(
         ("presidential leadership council", "presidential council", "sovereignty council"),
         "governing council",
     ),
     **dict.fromkeys(
         ("aviation authority", "aviation office", "aviation administration",
          "aviation agency"),
         "aviation authority",
     ),
     "news agency": "news agency"}
)  # fmt: skip
"""What the last words of a body's name make it where that differs from the common noun's
kind: "a guard" is a policeman, "the Vermont Air National Guard" and "the Revolutionary Guard
Corps" are armed forces; an empty kind marks the corps that are not (the Peace Corps, the
Diplomatic Corps). A council that leads a state ("a Presidential Leadership Council", "the
Sovereignty Council") governs it (not a party's "Leadership Council", nor a bank's or an
agency's "Governing Council"); a "Civil Aviation Authority" or "Federal Aviation Office" is the
state's aviation authority, whatever its last word."""

CONTEXT_HEADS = frozenset(
    {"sideline", "sidelines", "margin", "margins", "occasion", "eve", "run", "venue", "host",
     "anniversary", "commemoration", "memory"}
)  # fmt: skip
"""Nouns whose "of" phrase is the setting, not a happening of its own ("on the sidelines of
the annual meeting", "on the eve of the summit")."""

UNIT_NUMBER = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
"""The number a military unit is named by ("507th", "3rd")."""

WEAK_ACTOR_NOUNS = frozenset(
    {"state", "nation", "country", "people", "member", "group", "community", "office", "board",
     "official", "leader", "man", "woman", "child", "family"}
)  # fmt: skip
"""Actor nouns that name an actor only with a modifier that says whose ("member states of the
EU", "Kurdish leaders"); alone ("the state", "people") they name no one in particular."""

PERPETRATOR_NOUNS = frozenset(
    {"attacker", "assailant", "gunman", "suspect", "perpetrator", "bomber", "stabber",
     "shooter", "killer", "culprit"}
)  # fmt: skip
"""Nouns that name who carried out an attack: "the attacker, Tomas Vidal," makes him the
source of the article's attack when its own sentence names no one."""

UNDESCRIBED = frozenset({"man", "woman", "person", "teenager", "youth", "boy", "girl"})
"""Nouns of someone not yet named that say nothing of their part ("the man, later identified
as X"): no description."""

FRAMING_PREPOSITIONS = frozenset({"in", "during", "on", "with", "of", "at"})
"""Prepositions of the phrases that lead from a saying to the happening it was said at ("said
in a statement timed with a visit", "said on the sidelines of a summit")."""

AGAIN_DETERMINERS = frozenset({"the", "this", "that"})
"""Determiners of a noun that names a happening told before ("the dialogue")."""

BELIEF_VERBS = frozenset({"believe", "suspect", "think", "assume", "speculate", "allege", "guess"})
"""Verbs whose clause tells what someone believes, not what the article states ("officials
believe the general ordered the killing")."""

ANNIVERSARY_NOUNS = frozenset({"anniversary", "jubilee"})
"""Nouns whose ordinal counts the years since the happening their "of" phrase names ("the
30th anniversary of the liberation"): it happened that many years before the anniversary."""

ORDINAL_WORDS: Mapping[str, int] = MappingProxyType(
    {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
     "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20,
     "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
     "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100}
)  # fmt: skip
"""Ordinals written in words, as anniversaries are counted ("the fiftieth anniversary")."""

SPEECH_NOUNS = frozenset({"speech", "address", "remarks", "sermon", "interview", "lecture"})
"""Nouns of a speech given somewhere: where the text says one was given ("he made the
remarks in a speech he gave in Porto") is where its speaker said what the article reports."""

REFERRING_NOUNS = frozenset({"operation", "incident", "action", "act", "move", "aggression"})
"""Nouns that name no happening of their own but one told before, when definite ("the
operation was condemned", after the offensive it refers to)."""

DEED_NOUNS = frozenset(
    {"crime", "abuse", "violation", "atrocity", "killing", "attack", "massacre", "murder",
     "torture", "bombing", "shooting", "wrongdoing", "misconduct", "corruption", "fraud",
     "invasion"}
)  # fmt: skip
"""Nouns of wrongs done: what is investigated or condemned, whose "by" phrase names who did
them ("investigating war crimes by the militia": the militia is investigated)."""

DEFIED_NOUNS = frozenset(
    {"ban", "order", "ruling", "demand", "call", "ultimatum", "request", "decree", "appeal"}
)
"""Nouns of what someone asked or ordered: what is rejected or defied, whose "by" or "from"
phrase names who asked ("violated a ban by General X": X is defied)."""

SUM_VERBS = frozenset({"bring", "raise", "push", "take", "lift"})
"""Verbs a happening raises a sum with ("brings the total to $2 billion", "took the death toll
to 20"): their object is an amount, not a participant."""

DESCRIBED_NOUNS: dict[str, frozenset[str]] = {
    "official": frozenset(),
    "leader": frozenset(),
    "diplomat": frozenset(
        {"foreign", "ambassador", "envoy", "diplomat", "chargé", "charge", "consul",
         "secretary of state", "representative"}
    ),
    "envoy": frozenset({"envoy", "ambassador", "representative"}),
    "general": frozenset({"general", "commander", "chief of staff"}),
    "commander": frozenset({"commander", "general", "admiral", "colonel"}),
}  # fmt: skip
"""Nouns that describe a person already named by whom they serve ("The NATO official had
met ...", "the Chilean diplomat said"): the last person named of that body or state, whose
office has one of the words given (any office, where none are)."""
DESCRIBING_WORDS = frozenset({"top", "senior", "visiting", "veteran", "high-ranking"})
"""Words that may stand beside the body or state in such a description ("the top Chilean
diplomat")."""

AMOUNT_LABELS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
"""Entity labels of amounts."""

SOMEONE_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "officer", "sergeant", "soldier", "policeman",
     "policewoman", "guard", "journalist", "reporter", "witness", "resident", "doctor",
     "official", "spokesman", "spokeswoman", "diplomat", "suspect", "gunman", "attacker",
     "driver", "passenger", "teacher", "student", "worker", "lawyer", "judge", "commander"}
)  # fmt: skip
"""Nouns of a single person an article brings in unnamed ("a police sergeant searched the
room"): "he" in the next sentence is that person, not the last one named."""

STAND_IN_NOUNS = frozenset(
    {"organization", "organisation", "group", "force", "party", "parties", "side", "sides",
     "entity", "body"}
)  # fmt: skip
"""Nouns that stand in for a body named before or for no one ("rejected by the armed
group", "all parties must"): left unresolved, a statement made by them, or to them
alone, names no one."""

APART_OPENERS = frozenset({"earlier", "later", "separately", "meanwhile", "elsewhere"})
"""Words that open a sentence about another happening than the one told before ("Earlier,
the adviser met ...")."""

HOSTING_NOUNS = frozenset(
    {"base", "airbase", "airfield", "camp", "compound", "facility", "installation", "outpost",
     "garrison", "airport", "barracks", "headquarters"}
)  # fmt: skip
"""Places that house forces: an attack on "a base hosting U.S. troops" is on the troops."""
GENERAL_OFFICE_HEADS = frozenset(
    {"secretary", "attorney", "surgeon", "director", "solicitor", "inspector", "consul",
     "governor", "auditor", "postmaster", "procurator", "advocate"}
)  # fmt: skip
"""Offices named with "general" after them ("Secretary General", "Attorney General"): the
office is this word's, "general" only describes it, so "the general" of a sentence is an
officer of that rank, not their holder (a "Major General" is a general)."""
LASTING_HAPPENINGS = frozenset({"war"})
"""Happenings that last, which a definite "during the war (against X)" gives as the time of
something else: a period, not a happening of the article told again (not "curfew": "streets
were empty throughout the curfew on Saturday" may be the only telling of it)."""
SPAN_PREPOSITIONS = frozenset({"during", "throughout"})
"""Prepositions whose object is the period something else happened in."""
RECEIVING_ROOMS = frozenset(
    {"office", "offices", "headquarters", "residence", "palace", "ministry", "embassy",
     "consulate", "chancellery", "chancery", "parliament", "hall", "room"}
)  # fmt: skip
"""Rooms and buildings where guests are received ("received in his office X"): a name right
after one, with no comma, is no apposition of the room but the verb's object (the parser
hangs it on the room)."""
HOSTING_VERBS = frozenset({"host", "house", "station", "base", "hold", "accommodate"})
"""Verbs that say whose forces a place houses ("hosting", "where ... are stationed")."""
PUNISHING_WORDS = frozenset(
    {"arrest", "charge", "convict", "sentence", "try", "trial", "indict", "jail", "imprison"}
)
"""Words of the law's answer to a deed ("arrested for the killing"): the deed came first,
and whom the law answers is who is held to have done it."""
CONVENING_VERBS = frozenset({"host", "convene", "organize", "organise", "chair", "call"})
"""Participles whose "by" names who holds a gathering ("a summit hosted by Chile", "the
meeting, convened by the Peruvian government"): the holder takes part in it."""
ATTENDING_VERBS = frozenset({"attend", "join"})
"""Verbs whose subject takes part in the gathering that is their object ("attended talks
hosted by Chile")."""

PORTFOLIO_OFFICES: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            ("Foreign Minister", "Minister for Foreign Affairs", "Secretary of State",
             "Foreign Secretary"),
            "Foreign",
        ),
        **dict.fromkeys(
            ("Defence Minister", "Defence Secretary", "Minister for Defence"), "Defence"
        ),
        **dict.fromkeys(
            ("Finance Minister", "Treasury Secretary", "Secretary of the Treasury",
             "Chancellor of the Exchequer"),
            "Finance",
        ),
        **dict.fromkeys(
            ("Interior Minister", "Home Secretary", "Secretary of Homeland Security"), "Interior"
        ),
        **dict.fromkeys(("Justice Minister", "Attorney General", "Justice Secretary"), "Justice"),
    }
)  # fmt: skip
"""Offices by the portfolio they hold, matched by their role key ("Minister of Defense" is the
"Defence Minister"): someone's counterpart abroad holds the same portfolio, under that state's
name for it ("his Peruvian counterpart" of the US Secretary of State is Peru's Foreign
Minister). An office of no portfolio here ("President") is its own counterpart."""

STATE_PORTFOLIO_OFFICES: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("United States", "Foreign"): "Secretary of State",
        ("United States", "Defence"): "Secretary of Defense",
        ("United States", "Finance"): "Secretary of the Treasury",
        ("United States", "Interior"): "Secretary of Homeland Security",
        ("United States", "Justice"): "Attorney General",
        ("United Kingdom", "Foreign"): "Foreign Secretary",
        ("United Kingdom", "Defence"): "Defence Secretary",
        ("United Kingdom", "Finance"): "Chancellor of the Exchequer",
        ("United Kingdom", "Interior"): "Home Secretary",
        ("United Kingdom", "Justice"): "Justice Secretary",
    }
)
"""A portfolio's office in the states that do not call it a ministry; elsewhere it is the
"<portfolio> Minister" ("Foreign Minister")."""
