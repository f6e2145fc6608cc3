"""English titles and offices: the words a role is written in, read by
:mod:`storyline.actors.roles` (as ``lang/ar/data/offices.toml`` holds Arabic's).

Regular-expression sources and word tables only; the roles reader compiles and applies them.
"""

from __future__ import annotations

KEPT_MODIFIERS = (
    r"(?:(?:deputy|assistant|acting|vice|under|first|senior|special|principal|alternate|chief"
    r"|military|army|navy|naval|police|militia|presidential)[\s-]+)"
)
DROPPED_MODIFIERS = r"(?:(?:then|new|current)[\s-]+)"
STATUS_MODIFIERS = r"(?:(?:outgoing|incoming|interim|caretaker|transitional)[\s-]+)"
"""Words of an office's standing that the role keeps as the text says it ("Caretaker Prime
Minister") and its key leaves out: the office is the same."""

_ENDS_PHRASE = (
    r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:and|who|met|meets|said|says|told|visited"
    r"|visits|received|receives|held|holds|spoke|speaks|called|calls|arrived|arrives|announced"
    r"|ordered|urged|warned|condemned|welcomed|discussed|has|had|was|is|will|would|also|on|in"
    r"|at|during)\b)"
)
"""Where an office word ends its phrase: before punctuation or a verb ("the Iraqi premier
met", "the NATO chief said"), not as an adjective ("a premier bank", "chief negotiator")."""

PORTFOLIOS = (
    r"foreign affairs|foreign|defen[cs]e|the interior|interior|finance|oil|energy|planning|"
    r"justice|health|trade|electricity|transport|education|higher education|water resources|"
    r"culture|communications|displacement and migration|home affairs|state|security|"
    r"information|economy|agriculture|industry|environment|labou?r|housing|youth|"
    r"religious affairs|migration|immigration|intelligence|national defen[cs]e|external affairs|"
    r"the armed forces|armed forces|veterans affairs|veterans|mining|mines|minerals|"
    r"peshmerga affairs|peshmerga|municipalities|tourism|sports|sport|human rights|"
    r"reconstruction|public works|commerce|science and technology|science|technology|"
    r"endowments|antiquities|women's affairs|martyrs"
)
SECOND_PORTFOLIOS = (
    r"International|Regional|Cooperation|Development|Trade|Expatriates|Affairs|Planning|"
    r"Investment|Tourism|Antiquities|Culture|Youth|Sports?|Veterans|Communications|"
    r"Technology|Industry|Commerce|Economy|Labou?r|Social|Reconstruction|Housing|Public|Works|"
    r"Municipalities|Water|Resources|Environment|Climate|Energy|Mineral|Minerals|Emigration"
)
"""Capitalised words a second portfolio is made of ("Minister of Foreign Affairs and
International Cooperation"); a listed word, so that the holder's name is never taken in."""
NAMED_AFFAIRS = r"(?-i:[A-Z][\w'’-]+\s+){1,2}(?-i:Affairs)"
"""A ministry of affairs no portfolio lists, in capitals ("Minister of Mining Affairs")."""
TITLES = (
    r"secretary[\s-]+general",
    r"(?:attorney|solicitor|inspector|surgeon|auditor|postmaster|advocate|governor|consul"
    r"|prosecutor|procurator)[\s-]+general",
    r"national[\s-]+security[\s-]+advis[eo]r",
    r"(?:assistant|advis[eo]r)\s+to\s+the\s+(?:president|prime\s+minister|king|secretary[\s-]+general)",
    r"(?:president|prime[\s-]+minister|vice[\s-]+president|governor|mayor)[\s-]+(?:elect|designate)",
    r"prime[\s-]+minister",
    # "premier" before a name, or ending its phrase ("the Iraqi premier met"); not the
    # adjective ("Iraq's premier Shiite cleric", "a premier bank", "Premier Oil said")
    r"(?-i:[Pp]remier)(?=\s+(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z]))",
    rf"(?-i:premier){_ENDS_PHRASE}",
    # "the NATO chief met ...": whoever heads the body named before it (see Tenure.head_of)
    rf"(?<=[A-Z] )(?-i:chief){_ENDS_PHRASE}",
    rf"(?:{PORTFOLIOS})[\s-]+minister",
    rf"minister(?:\s+of\s+(?:the\s+)?(?:{NAMED_AFFAIRS}|{PORTFOLIOS})(?-i:\s+and(?:\s+(?:{SECOND_PORTFOLIOS})){{1,3}})?)?",
    r"secretary\s+of\s+(?:state|defen[cs]e|homeland\s+security|the\s+army|the\s+navy)",
    r"(?:defen[cs]e|foreign|home|trade|health|press|cabinet|permanent|general|chief|treasury"
    r"|energy|transport|education|interior|(?:foreign|home|external)\s+affairs)\s+secretary",
    r"(?:(?-i:Under|UNDER)[\s-]*|assistant\s+)secretary|undersecretary",  # not "under Secretary X"
    r"state\s+counci(?:l)?lor",  # "State Councilor and Foreign Minister X"
    r"counsel(?:l)?or(?=\s+(?:of\s|to\s|[A-Z]))",  # "Counselor Jane Roe", "Counselor of the"
    r"commander[\s-]+in[\s-]+chief",
    r"supreme\s+allied\s+commander(?:\s+europe|\s+transformation)?",
    r"commander",
    r"commanding\s+general(?=\s+of\s)",  # "the commanding general of the task force"
    r"chief\s+of\s+(?:the\s+)?(?:general\s+|defen[cs]e\s+|army\s+|joint\s+)?staff",
    r"chief\s+of\s+defen[cs]e",
    r"chief\s+of\s+mission",
    r"(?:special\s+)?representative\s+of\s+the\s+(?:un\s+)?secretary[\s-]+general",
    r"(?:high|senior\s+civilian|permanent)\s+representative",
    r"representative",
    r"ambassador",
    r"envoy",
    r"spokes(?:man|woman|person)",
    r"speaker",
    r"chair(?:man|woman|person)",
    r"(?-i:Chair)(?=\s+of\s)",  # "Chair of the Military Committee"
    r"chair(?=\s+of\s+the\s)",  # "the chair of the committee, Ana Soto"
    r"director[\s-]+general",
    r"general\s+manager",
    r"managing\s+director",
    r"chief\s+executive(?:\s+officer)?",
    r"vice[\s-]+president",
    r"president",
    r"head(?=\s+of\s)",
    r"(?-i:head)(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))",  # "deputy head Ana Soto"
    # "Southern Command head Gen. Ana Soto", "Border Guard chief Lt. Gen. Ana Soto": the
    # office, over the rank after it
    r"(?-i:head|chief)(?=(?:\s+(?-i:[A-Z][a-z]{1,4})\.)+\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))",
    r"(?-i:Official)(?=\s+for\s)",  # "Senior Official for Trade"
    r"foreign\s+policy\s+chief",
    r"(?:army|military|police|intelligence|spy|defen[cs]e|security|navy|naval|air\s+force"
    r"|counter[\s-]?terrorism|border|nuclear|humanitarian|aid|rights|refugee|election"
    r"|electoral|war\s+crimes|atomic)\s+chief",  # "army chief Ana Soto", news' "X chief"
    r"top\s+diplomat",
    r"supreme\s+leader",
    r"leader",
    r"advis[eo]r",
    r"coordinator",
    r"(?:high\s+)?commissioner",
    r"(?<![Uu]nder\s)(?<!UNDER\s)(?<!State\s)(?-i:Secretary)(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s|[,.;:]|$))",
    r"crown\s+prince",
    r"king",
    r"queen",
    r"emir",
    r"(?-i:amir|(?<=[Tt]he\s)Amir|Amir(?=\s+of\s))",  # not the given name ("Amir Hassan")
    r"sultan",
    r"pope",
    r"chancellor",
    r"taoiseach",
    r"governor",
    r"mayor",
    r"senator",
    r"congress(?:wo)?man",
    r"(?-i:Sen\.|Gov\.|Rep\.|CEO)",  # "Sen. Jane Roe", "CEO Jane Roe"
    # police ranks, a court's officers and a team's officials, written before a name ("Senior
    # Trooper Luis Ramos", "Detective Inspector Ana Soto", "Judge Maria Lopez", "Coach John Carter")
    r"(?-i:(?:Senior\s+|State\s+)?Trooper|Detective\s+(?:Chief\s+)?(?:Inspector|Superintendent"
    r"|Sergeant|Constable)|(?:Chief\s+)?(?:Inspector|Superintendent|Constable)|Sheriff|Coach"
    r"|Referee|Judge|Magistrate|(?:Deputy\s+)?(?:Public\s+)?Defender"
    r"|(?:City\s+)?(?:Council(?:man|woman|(?:l)?or)|Alderman)"
    r"|(?:(?:Deputy|Assistant)\s+)?(?:District\s+|State\s+)?(?:Prosecutor|Attorney))"
    r"(?=\s+[A-Z][a-z])(?!\s+(?:General|Office|Department|Service|Agency|Bureau)\b)",
)
"""Role titles, matched case-insensitively; longer titles first so they win over their parts."""

RANKS = (
    r"(?:(?:Navy|Army|Air\s+Force|Hospital|Aviation|Special\s+Warfare|Electronics)\s+)*"
    r"(?:Airman|Private|Seaman|Corpsman|Specialist|Operator|Technician|Mate|Fireman"
    r"|Gunner|Ordnanceman)\s+(?:First|Second|Third|1st|2nd|3rd)\s+Class"
    r"|(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)[\s-]+(?:General|Gen\.?)"
    r"|(?:Vice|Rear)\s+(?:Admiral|Adm\.)|Lieutenant\s+Colonel|Lt\.?\s+Col\.?"
    r"|Air\s+(?:Chief\s+|Vice\s+)?Marshal|Lieutenant\s+Commander|Lt\.?\s+Cmdr\."
    r"|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Cmdr\.|Spc\.|Pvt\."
    r"|(?:(?:Senior|Master)\s+)?(?:Chief\s+)?Petty\s+Officer(?:\s+(?:First|Second|Third)\s+Class)?"
    r"|(?:Staff|Master|First|Command)\s+(?:Sergeant|Sgt\.)(?:\s+Maj(?:or|\.))?"
    r"|(?:Sergeant|Sgt\.)(?:\s+Maj(?:or|\.))?"
    r"|Corporal|Cpl\.|Capt\.|Lieutenant|Lt\.|Maj\.|Commodore|Brigadier"
)
"""Military ranks, and ratings by class ("Airman First Class", "Hospital Corpsman 2nd Class").
"Major" and "Captain" alone are not among them: they open names and other
words as often ("Major League Baseball", "Major Garrett", "Captain Marvel")."""

TITLE_HINTS = (
    r"secretar|advis[eo]r|minist|command|chief|represent|ambassador|envoy|spokes|speaker|"
    r"manager|managing|"
    r"chair|director|president|head|prince|king|queen|[ae]mir|sultan|pope|chancellor|leader|"
    r"official|diplomat|"
    r"coordinator|counsel|commissioner|"
    r"taoiseach|premier|governor|mayor|attorney|solicitor|inspector|surgeon|auditor|postmaster|"
    r"advocate|consul|prosecutor|procurator|senator|congress|sen\.|gov\.|rep\.|ceo|"
    r"trooper|sheriff|coach|referee|superintendent|constable|judge|magistrate|defender|"
    r"council|alderman|(?-i:PM)"
)
"""A word every title holds, matched case-insensitively: a sentence without one has no role,
and this is quicker to find than the whole pattern."""
TITLE_HINT_WORDS = (
    "secretar", "adviser", "advisor", "minist", "command", "chief", "represent", "ambassador",
    "manager", "managing",
    "envoy", "spokes", "speaker", "chair", "director", "president", "head", "prince", "king",
    "queen", "emir", "amir", "sultan", "pope", "chancellor", "leader", "coordinator",
    "taoiseach", "premier", "counsel", "diplomat", "commissioner",
    "governor", "mayor", "official", "attorney", "solicitor", "inspector", "surgeon", "auditor",
    "postmaster", "advocate", "consul", "prosecutor", "procurator", "senator", "congress",
    "sen.", "gov.", "rep.", "ceo", "trooper", "sheriff", "coach", "referee", "superintendent",
    "constable", "judge", "magistrate", "defender", "council", "alderman",
)  # fmt: skip
"""The words of :data:`TITLE_HINTS` but "PM", for ASCII text: substring tests of the
lower-cased text find what the case-blind pattern finds, many times faster."""

QUALIFIER_WORDS = frozenset(
    {
        "operations", "political", "affairs", "security", "policy", "defence", "defense",
        "planning", "public", "diplomacy", "emerging", "challenges", "intelligence",
        "innovation", "hybrid", "cyber", "investment", "executive", "management",
        "partnerships", "cooperative", "humanitarian", "and", "&",
    }
)  # fmt: skip
"""Words of the "for …" qualifier that belongs to a role ("for Operations")."""

HONORIFICS = (
    r"Mr|Mrs|Ms|Dr|Sir|H\.\s?E|HE|(?:His|Her)\s+(?:Excellency|Highness|Majesty)|HH|HRH"
    r"|Sheikh|Shaikh|Sheik|Sayyid|Sayed|Sayyed|Seyyed|(?:Grand\s+)?Ayatollah|Imam"
    r"|(?:[Tt]he\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:ourable|orable)?"
)
"""Words of address between a title and its holder's name ("Foreign Minister Sayyid Badr")."""
ADDRESS_TITLES = r"Ambassador|Amb\.|Prince|Princess|Senator"
"""Titles also used as forms of address after an office ("Special Envoy for X, Ambassador
Jane Roe", "the defence minister, Prince Khalid"): the office is the role."""

ROLE_WORDS = {
    "pm": "Prime Minister",
    "adviser": "Advisor",
    "lt": "Lieutenant",
    "gen": "General",
    "sen": "Senator",
    "gov": "Governor",
    "rep": "Representative",
    "ceo": "CEO",
    "maj": "Major",
    "brig": "Brigadier",
    "col": "Colonel",
    "adm": "Admiral",
    "capt": "Captain",
    "sgt": "Sergeant",
    "cpl": "Corporal",
    "cmdr": "Commander",
    "cdr": "Commander",
    "amb": "Ambassador",
    "spc": "Specialist",
    "pvt": "Private",
}
"""Spellings and abbreviations a role is written in once normalised."""

OFFICES_OF_GOVERNMENT = (
    r"White\s+House|National\s+Security\s+Council|NSC|Downing\s+Street|Kremlin|"
    r"Elys[ée]e|Presidential|Palace|Cabinet"
)
"""Offices of a government that stand before a title and belong to it ("White House
Spokesperson", "Kremlin spokesman", "Presidential Envoy")."""

TO_TITLES = ("envoy", "ambassador", "advis", "representative", "coordinator")
"""Titles whose "to …" says the office ("Special Envoy to Monitor Antisemitism"); after others
it says where the holder went."""

ORG_HEADS = frozenset(
    {"organization", "organisation", "authority", "council", "agency", "union", "league",
     "movement", "front", "party", "command", "committee", "commission", "office", "court",
     "bank", "fund", "ministry", "department", "assembly", "parliament", "federation",
     "alliance", "coalition", "institute", "corporation", "company", "forces", "army",
     "staff"}
)  # fmt: skip
"""Last words of an organisation's name ("the Palestine Liberation Organization")."""
LONE_TITLE_WORDS = frozenset(
    {"president", "minister", "secretary", "councilor", "councillor", "counselor",
     "counsellor", "ambassador", "envoy", "chancellor", "premier", "governor", "senator",
     "commander", "spokesman", "spokeswoman", "spokesperson", "deputy"}
)  # fmt: skip
"""Words of an office that, alone, name no one, though the model may tag one as a person
("met with State Councilor and Foreign Minister X": "Councilor" is his office)."""
PLACE_HEADS = frozenset(
    {"street", "avenue", "road", "square", "airport", "bridge", "stadium", "hospital",
     "university", "school", "center", "centre", "hall", "park", "base", "camp"}
)  # fmt: skip
"""Last words of a place named after a person ("John Carter Airport"): no part of the name."""

SERVICE_HEADS = frozenset(
    {"navy", "guard", "police", "brigade", "division", "regiment", "battalion", "corps", "wing",
     "squadron", "fleet", "unit", "group", "mission", "embassy", "service", "services",
     "military", "ministry", "government", "directorate", "region", "province", "governorate",
     "operations"}
)  # fmt: skip
"""Last words, besides :data:`ORG_HEADS`, of the lower-case body an office in apposition is
of ("the commander of the 5th brigade", "the chief of staff of the Peruvian army")."""

GENERIC_BODIES = frozenset(
    {"republic", "kingdom", "state", "government", "country", "nation", "presidency",
     "cabinet", "council", "ministry", "emirate", "sultanate", "principality"}
)  # fmt: skip
"""Words that name a state's body without naming the state ("President of the Republic")."""


SPELLINGS = {"defence": "defense", "adviser": "advisor", "organisation": "organization"}
ROLE_SYNONYMS = {
    "minister of foreign affairs": "foreign minister",
    "minister of defense": "defense minister",
    "secretary of defense": "defense secretary",
    "minister of interior": "interior minister",
    "minister of the interior": "interior minister",
    "premier": "prime minister",
}
"""Role keys that name the same office in other words."""

TITLE_WORDS = (
    r"(?:secretar|minist|command|chief|advis|ambassador|envoy|spokes|speaker|president|"
    r"director|chair|head|general|deputy|foreign|defen|prime|special|senior|assistant|"
    r"representative|governor|king|queen|prince|emir|amir|leader|colonel|admiral|officer)\w*"
)
"""Words of titles, which a transcript's upper-case label writes in capitals ("FOREIGN
MINISTER AL-SABAH:"): never an acronym."""

NOT_GIVEN_NAMES = frozenset(
    str.split(
        "mr mrs ms dr sir president minister secretary general prime deputy foreign defence "
        "defense state of the king queen prince crown emir sheikh pope chancellor ambassador "
        "envoy commander chief spokesman spokesperson adviser advisor lt col gen maj adm "
        "senator governor mayor his her their national security special senior class "
        "affairs operations relations policy intelligence staff cooperation attorney ceo "
        "congressman congresswoman"
    )
)
"""Capitalised words before a person's name that are titles, not given names (the last words
of an office's qualifier among them: "for Near Eastern Affairs Joey Hood")."""
NAME_TITLES = frozenset(
    str.split(
        "trooper sheriff coach referee detective inspector superintendent constable senior "
        "state chief judge magistrate prosecutor defender public deputy district assistant "
        "commissioner councilman councilwoman councillor councilor alderman city "
        "monsignor msgr reverend rev professor prof representative envoy coordinator "
        "spokesperson spokesman spokeswoman ambassador"
    )
)
"""Capitalised titles the model may take into a person's name when they open it ("Coach
John Carter", "Senior Trooper Luis Ramos"): they are left out of the name (the role finder
reads them as the role, see :data:`TITLES`)."""
FORCE_HEADS = frozenset(
    str.split("police policeman policemen troop force guard soldier officer squad unit")
)
"""Nouns of armed or uniformed men that a capitalised word opening a sentence may qualify
("Riot police", "Border guards"): the model may take that word for a person, and it is none."""
OPENING_ADVERBS = frozenset(
    str.split(
        "ironically sadly notably meanwhile finally separately additionally however tragically "
        "unfortunately fortunately interestingly importantly surprisingly curiously reportedly "
        "allegedly apparently earlier later previously subsequently eventually initially "
        "originally ultimately recently currently similarly likewise nonetheless nevertheless "
        "instead indeed moreover furthermore consequently accordingly thus hence also now then "
        "today yesterday unemployed jobless homeless retired disgraced embattled beleaguered "
        "veteran convicted jailed detained missing wounded injured slain murdered late"
    )
)
"""Capitalised words that open a sentence or headline before a name and are no part of it
("Ironically Carter had offered ...", "Unemployed Luis Ramos accused of ..."): adverbs, and
adjectives news writes before a name to say who someone is now."""


ADDRESSED_OFFICE = (
    r"(?<![\w-])(?P<office>(?:Deputy |Under |Assistant )?Secretary|Undersecretary)"
    r"\s+(?P<name>[A-Z][\w'’-]+)(?!\s+(?:of|for|General)\b)"
)
"""An office used as a form of address before a surname ("Secretary Blinken", "Deputy
Secretary Roe"): the short title releases call the holder by ("the Secretary")."""


ABBREVIATED_TITLES = (
    "Brig.", "Sgt.", "Cpl.", "Spc.", "Pvt.", "Pfc.", "Ens.", "Amb.", "Cmdr.", "Cdr.", "Maj.",
    "Capt.", "Lt.", "Col.", "Gen.", "Adm.", "Sen.", "Rep.", "Gov.", "Hon.", "Dr.", "Mr.",
    "Mrs.", "Ms.", "Supt.", "Insp.", "Cmdt.", "Msgr.", "Rev.", "Prof.",
)  # fmt: skip
"""Titles and ranks written short with a full stop before a name ("Brig. Gen.", "Amb.",
"Cmdr."), kept one token by the tokenizer so that the stop ends no sentence."""

SAID_AFTER_NAME = (
    r"\s+(?:said|says|told|added|stated|wrote|tweeted|noted|stressed|warned|announced"
    r"|explained|insisted|argued|claimed|confirmed|declared)\b"
)
"""A verb of speech right after a name: the name is who said it ("..., Defence Minister X
said"), no holder of the office before it and no participant of what was said."""


HEADLINE_VERBS = frozenset(
    {"condemns", "condemned", "meets", "visits", "says", "calls", "urges", "warns",
     "welcomes", "receives", "hosts", "holds", "discusses", "signs", "announces", "kills",
     "killed", "arrives", "attends", "slams", "praises", "rejects", "denies", "vows",
     "pledges", "backs", "hails", "thanks", "congratulates", "stresses", "affirms",
     "reaffirms", "accuses", "demands", "leads", "travels", "arrested", "attacked", "takes",
     "participates", "joins", "chairs", "opens", "launches", "addresses", "inaugurates"}
)  # fmt: skip
"""Verbs a title-case headline states its news with ("Foreign Minister Condemns Bombing",
"Rebel Leader Killed in Strike"): they end a run of capitalised words, which is no name."""
