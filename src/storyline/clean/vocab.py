"""Small named word lists used by the page-dump extractor.

These are generic web-page vocabulary (what any news site calls its share bar, its comment
section or its related-stories box) and function words for a few languages; nothing here names
a particular site. All keys are lower-case words separated by single spaces, the form produced
by :func:`storyline.clean.lines.norm_key`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of single words written as one space-separated string."""
    return frozenset(text.split())


def _phrases(*parts: str) -> frozenset[str]:
    """A set of phrases written as "|"-separated strings, which keeps the lists compact."""
    return frozenset(p for part in parts for p in part.split("|") if p)


# Function words per language, for the stop-word density of a line (jusText's core signal).
# Short lists suffice: the most frequent function words carry almost all of the signal.
STOPWORDS: tuple[frozenset[str], ...] = (
    _words(  # English
        "a about after all also an and any are as at be been but by can could did do does for "
        "from had has have he her his i if in into is it its more most my no not of on one or "
        "our out over she so some than that the their them then there these they this those to "
        "up was we were what when which while who will with would you your"
    ),
    _words(  # German
        "aber als am an auch auf aus bei bis das dass dem den der des die durch ein eine einem "
        "einen einer es für hat im in ist mit nach nicht noch nur oder sich sie sind so über um "
        "und von vor war wie wird wir zu zum zur"
    ),
    _words(  # French
        "au aux avec ce ces dans de des du elle en est et il ils la le les leur lui mais par "
        "pas plus pour qu que qui sa se ses son sur un une été être à"
    ),
    _words(  # Spanish
        "al como con de del el en es esta este la las lo los más para pero por que se su sus "
        "un una y ya fue son"
    ),
    _words(  # Portuguese
        "ao as com como da das de do dos e em é mais mas na no nos não o os para pela pelo por "
        "que se sua seu um uma à"
    ),
    _words(  # Italian
        "al alla anche che chi con da dei del della di e gli il in la le nel non per più si "
        "sono su un una è"
    ),
    _words(  # Dutch
        "aan als bij dat de die dit een en er het in is met niet of om op te van voor was zijn"
    ),
    _words(  # Indonesian / Malay
        "ada adalah akan atau bisa dalam dan dari dengan di ini itu jangan juga kamu karena ke "
        "kepada kita mereka oleh orang pada saya sebagai sudah tapi telah tidak untuk yang"
    ),
    _words(  # Russian
        "а без в во все для до же за и из или к как на не но о об от по с со так то что это"
    ),
)

# Whole lines that are page furniture wherever they stand.
BOILERPLATE_LINES: frozenset[str] = _phrases(
    "advertisement|advertisements|ad|ads|sponsored|sponsored links|sponsored content|"
    "paid content|promoted|share|share this|shares|share this article|share this story|"
    "share on facebook|share on twitter|tweet|email|print|facebook|twitter|whatsapp|"
    "linkedin|reddit|pinterest|instagram|youtube|copy link|comment|comments|logo|menu|"
    "search|close|caption|subscribe|sign in|log in|login|sign up|register|read more|"
    "continue reading|continue reading the main story|show more|load more|see more|"
    "view more|back to top|back to gallery|skip to content|skip to main content|next|"
    "previous|prev|home|enlarge this image|toggle caption|hide caption|expand|like|"
    "like this|follow|follow us|newsletter|download the app|app store|google play|"
    "app storeplay store|loading|what do you think|no comments yet|"
    "be the first to comment|listen|listen to this article|watch|video|photo|photos|"
    "image|images|gallery|view gallery|print this article|tags|topics|filed under|"
    "story continues below|article continues below|cookie policy|privacy policy|"
    "terms of use|terms of service|accept|ok|got it|more|x"
)

# Phrases that mark a line as furniture wherever they occur in it (matched on word bounds);
# body text rarely talks about cookies or ad blockers, but it may say "sign up for".
STRONG_BOILERPLATE_PHRASES: tuple[str, ...] = (
    " cookie ",
    " cookies ",
    " javascript ",
    " your browser ",
    " ad blocker ",
    " adblock ",
    " all rights reserved ",
    " privacy policy ",
    " terms of use ",
    " terms of service ",
)
# Phrases that mark a shorter line (a call to action, a link label) as furniture.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    " newsletter ",
    " subscribe to ",
    " sign up for ",
    " sign up to ",
    " download the app ",
    " download our app ",
    " click here ",
    " follow us on ",
    " share this ",
    " share on ",
    " read more ",
    " related articles ",
    " app store ",
    " google play ",
    " unsubscribe ",
    " no spam ",
    " contributed to this report ",
)

# Headings after which the article does not go on; the second group is the same headings in
# the other languages of our stop-word lists.
BOUNDARY_LINES: frozenset[str] = _phrases(
    "related|related articles|related stories|related news|related posts|related content|"
    "related coverage|related links|related topics|related tags|recommended|"
    "recommended for you|recommended stories|trending|trending now|popular|most popular|"
    "most read|most viewed|most shared|read next|up next|you may also like|"
    "you might also like|you may like|also read|more stories|more news|more articles|"
    "recent stories|recent posts|featured stories|top stories|latest news|latest stories|"
    "leave a comment|leave a reply|post a comment|add a comment|join the conversation|"
    "what do you think|comments|show comments|view comments|around the web|from the web|"
    "more from the web|promoted stories",
    "leia também|veja também|você pode gostar|notícias relacionadas|lee también|"
    "te puede interesar|noticias relacionadas|artículos relacionados|à lire aussi|"
    "lire aussi|articles similaires|sur le même sujet|das könnte sie auch interessieren|"
    "mehr zum thema|ähnliche artikel|leggi anche|articoli correlati|potrebbe interessarti|"
    "lees ook|gerelateerde artikelen|baca juga|berita terkait|читайте также|"
    "похожие статьи|комментарии",
)
# A short heading opening with one of these and naming one of the nouns closes the article
# too ("More Stories From Latin America", "Latest ATP news", "Related video").
BOUNDARY_OPENERS: frozenset[str] = _words(
    "related more recent featured popular trending recommended latest top other most you also"
)
BOUNDARY_NOUNS: frozenset[str] = _words(
    "stories story articles article news posts videos video headlines reads read coverage "
    "links content popular viewed may might like comments comment replies discussion roundup"
)
