"""Word lists for quote extraction: speech verbs, roles, institutions, titles, pronouns."""

from __future__ import annotations

from typing import Final

# Reporting verbs: the forms that introduce speech, direct or reported.
SPEECH_VERBS: Final[tuple[str, ...]] = (
    "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted",
    "notes", "argued", "argues", "claimed", "claims", "warned", "warns", "insisted", "insists",
    "stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes", "explained",
    "explains", "announced", "announces", "confirmed", "confirms", "denied", "denies",
    "asserted", "declared", "declares", "acknowledged", "acknowledges", "admitted", "admits",
    "suggested", "suggests", "wrote", "writes", "asked", "asks", "replied", "replies",
    "responded", "answered", "continued", "concluded", "recalled", "recalls", "reiterated",
    "maintained", "maintains", "contended", "complained", "predicted", "predicts", "promised",
    "promises", "pledged", "vowed", "vows", "assured", "reassured", "remarked", "observed",
    "commented", "cautioned", "conceded", "posted", "tweeted", "alleged", "alleges",
    "reported", "reports", "indicated", "pointed out", "made clear", "went on",
    # plural present forms ("aides say", "critics argue"), kept to words that are rarely nouns
    "argue", "insist", "warn", "explain", "suggest", "acknowledge", "admit", "deny", "predict",
    "contend", "allege", "assert", "agree", "agreed", "agrees", "urge", "urged", "urges",
    "accuse", "accused", "accuses", "announce", "declare", "emphasize", "emphasise", "stress",
    "complain", "concede", "conceded", "concedes", "caution", "maintain",
    # the long tail of speech verbs
    "exclaimed", "snapped", "quipped", "joked", "jokes", "advised", "advises", "shouted",
    "yelled", "screamed", "chanted", "whispered", "muttered", "boasted", "boasts", "bragged",
    "lamented", "laments", "mused", "muses", "marveled", "marvelled", "countered", "counters",
    "retorted", "interjected", "interrupted", "objected", "protested", "demanded", "demands",
    "pleaded", "begged", "confided", "confessed", "revealed", "reveals", "disclosed",
    "estimated", "estimates", "testified", "recounted", "recounts", "explained", "described",
    "blogged", "texted", "emailed", "e-mailed", "messaged", "wondered", "wonders", "speculated",
    "surmised", "acknowledged", "affirmed", "reaffirmed", "clarified", "conceded", "summed up",
    "chimed in", "shot back", "fired back", "hit back", "went on to say", "told reporters",
)
# Verbs of belief and expectation that report a stance rather than an utterance.
STANCE_VERBS: Final[tuple[str, ...]] = (
    "expects", "expected", "believes", "believed", "thinks", "thought", "hopes", "hoped",
    "fears", "feared", "think", "believe", "doubt", "doubts", "doubted", "suspect", "suspects",
    "reckon", "reckons",
)
# Role nouns: a description of a person ("the Belarusian leader", "a spokeswoman").
ROLE_NOUNS: Final[tuple[str, ...]] = (
    "president", "vice-president", "prime minister", "premier", "minister", "chancellor",
    "leader", "head", "chief", "director", "chairman", "chairwoman", "chair", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "official", "officer", "envoy", "ambassador",
    "diplomat", "negotiator", "mediator", "governor", "mayor", "senator", "deputy", "lawmaker",
    "legislator", "mp", "general", "colonel", "commander", "judge", "prosecutor", "lawyer",
    "attorney", "editor", "journalist", "reporter", "analyst", "expert", "economist",
    "executive", "founder", "owner", "manager", "coach", "captain", "king", "queen", "prince",
    "adviser", "advisor", "aide", "candidate", "activist", "organiser", "organizer", "nurse",
    "doctor", "teacher", "professor", "researcher", "scientist", "witness", "resident",
    "source", "representative", "counterpart", "monarch", "dictator", "strongman", "premier",
)
# Heads of institutions and groups that speak collectively.
INSTITUTION_NOUNS: Final[tuple[str, ...]] = (
    "kremlin", "white house", "ministry", "government", "office", "council", "commission",
    "committee", "parliament", "party", "union", "bank", "authority", "agency", "service",
    "department", "court", "army", "military", "police", "embassy", "administration",
    "cabinet", "presidency", "palace", "federation", "association", "institute", "company",
    "hospital", "university", "organisation", "organization", "alliance", "coalition",
    "campaign", "group", "secretariat", "mission", "headquarters", "board", "firm",
    "corporation", "operator", "officials", "organisers", "organizers", "authorities",
    "associations", "unions", "groups", "sources", "observers", "diplomats", "spokespeople",
    "representatives", "analysts", "experts", "residents", "witnesses", "leaders", "ministers",
    "prosecutors", "investigators", "lawmakers", "police", "opposition", "family", "families",
    "fishermen", "farmers", "workers", "protesters", "demonstrators", "teachers", "doctors",
    "nurses", "students", "critics", "activists", "campaigners", "unions", "employers",
    "airline", "city", "town", "municipality", "county", "prosecution", "defence", "agency",
)
# Verbs that report content without "that" ("said the plan failed"); the others need "that".
BARE_CONTENT_VERBS: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "stated", "added", "adds", "argued", "argues", "claimed",
    "claims", "insisted", "insists", "wrote", "writes", "suggested", "suggests", "maintained",
    "maintains", "contended", "alleged", "alleges", "asserted", "declared", "declares",
    "stressed", "stresses", "emphasised", "emphasized", "reiterated", "argue", "insist",
    "suggest", "contend", "allege", "assert", "maintain", "noted", "notes", "tweeted",
    "predicted", "predicts", "boasted", "joked", "quipped", "countered", "continued",
    "concluded", "remarked", "speculated", "warned", "warns", "warn",
})
# Things and unnamed people that can say something ("the newspaper wrote", "the host added").
SPEAKING_NOUNS: Final[frozenset[str]] = frozenset({
    "newspaper", "paper", "magazine", "journal", "outlet", "network", "broadcaster", "station",
    "channel", "website", "site", "blog", "editorial", "column", "article", "book", "memoir",
    "report", "statement", "release", "letter", "email", "e-mail", "memo", "note", "message",
    "post", "tweet", "ad", "advert", "advertisement", "commercial", "video", "suit", "lawsuit",
    "complaint", "filing", "indictment", "ruling", "order", "opinion", "document", "documents",
    "transcript", "survey", "study", "analysis", "poll", "platform", "petition", "resolution",
    "bill", "law", "sign", "banner", "slogan", "headline", "caption", "host", "anchor",
    "moderator", "interviewer", "person", "man", "woman", "people", "employee", "staffer",
    "insider", "supporter", "voter", "delegate", "member", "friend", "ally", "critic", "rival",
    "opponent", "advocate", "strategist", "pollster", "consultant", "operative", "donor",
    "veteran", "player", "fan", "worker", "neighbor", "neighbour", "father", "mother", "son",
    "daughter", "wife", "husband", "brother", "sister", "colleague", "partner", "writer",
    "author", "columnist", "commentator", "pundit", "historian", "scholar", "student", "user",
    "owner", "investor", "trader", "banker", "protester", "demonstrator", "speaker", "caller",
    "listener", "viewer", "reader", "attendee", "participant", "organizer", "organiser",
    "republican", "democrat", "conservative", "liberal", "progressive", "independent",
    "campaign", "candidate", "nominee", "challenger", "incumbent", "frontrunner", "front-runner",
    "regulator", "watchdog", "publisher", "insurer", "lender", "carrier", "manufacturer",
    "retailer", "developer", "landlord", "tenant", "victim", "survivor", "senator", "congressman",
    "congresswoman", "lawmaker", "businessman", "businesswoman", "billionaire", "mogul",
    "veterans", "source", "official", "spokesman", "spokeswoman", "prosecutor", "defendant",
    "plaintiff", "suspect", "officer", "agent", "governor", "mayor", "president", "contender",
})
# Words that never sit in a phrase describing a speaker: a clause, not a noun phrase, holds them.
NOT_DESCRIPTION_WORDS: Final[frozenset[str]] = frozenset({
    "that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if",
    "because", "although", "though", "while", "whether", "unless", "until", "than", "and", "or",
    "but", "nor", "so", "to", "is", "are", "was", "were", "be", "been", "being", "am", "has",
    "have", "had", "do", "does", "did", "will", "would", "could", "can", "should", "may",
    "might", "must", "shall", "not", "no", "never", "it", "this", "these", "those", "there",
    "here", "he", "she", "they", "we", "you", "i", "me", "him", "them", "us", "also", "just",
    "even", "still", "then", "now", "as", "in", "on", "at", "by", "for", "with", "from", "into",
    "about", "after", "before", "during", "against", "over", "under", "without", "said", "says",
    "told", "time", "times", "year", "years", "day", "days", "week", "weeks", "way", "thing",
    "things", "one", "ones", "lot", "much", "more", "less", "most", "least", "all", "some",
    "any", "each", "every", "else", "other", "others", "something", "nothing", "anything",
    "everything",
})
# Titles that precede a personal name and are not part of it.
TITLE_WORDS: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "h.e", "st",
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess",
    "governor", "mayor", "senator", "general", "gen", "colonel", "col", "captain", "capt",
    "commander", "judge", "justice", "ambassador", "envoy", "secretary", "deputy", "chairman",
    "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
    "head", "leader", "rep", "sen", "gov", "lt", "sgt", "maj", "adm", "admiral", "pope",
    "patriarch", "sheikh", "emir", "father", "rabbi", "imam", "vice", "acting", "former",
    "prime", "foreign", "defence", "defense", "interior", "finance", "health", "agriculture",
    "transport", "economy", "education", "energy", "culture", "labour", "labor",
    "trade", "environment", "security", "presidential", "executive", "opposition", "union",
})
# Titles that are part of how a person with one name is called.
NAMING_TITLES: Final[frozenset[str]] = frozenset({
    "father", "pope", "patriarch", "sheikh", "emir", "rabbi", "imam", "king", "queen",
    "prince", "princess", "sir", "dame", "lord", "lady", "sister", "brother", "mother",
})
PRONOUNS: Final[dict[str, str]] = {
    "he": "male", "she": "female", "they": "group", "it": "thing", "i": "first", "we": "first",
    "his": "male", "her": "female", "their": "group", "its": "thing",
}
NAME_PARTICLES: Final[frozenset[str]] = frozenset({
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el",
})
ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "maj", "capt", "adm",
    "sen", "rep", "gov", "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "etc", "u.s",
    "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "h.e", "approx", "fig", "vol", "mt", "ft",
})
