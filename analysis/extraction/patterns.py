"""Compiled patterns for quote extraction: cues, subjects, quotation marks, text structure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from analysis.extraction.lexicon import (
    INSTITUTION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
)


def alternation(words: Iterable[str]) -> str:
    """Join words longest first (ties alphabetically) into a regex alternation, any run of spaces
    matching a space."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_CAP: Final[str] = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐЎ]"
_WORD: Final[str] = r"[\w’'\-.]*"
CUE: Final[str] = rf"(?:{alternation(SPEECH_VERBS)})"
# Verbs that come before their subject at a sentence's end (", said the mayor.").
INVERTED_CUE: Final[str] = (
    r"(?:said|says|added|adds|wrote|writes|asked|explained|continued|noted|argued|recalled|"
    r"told\s+[\w\s]{1,30}?|insisted|warned|replied|responded|answered)"
)
STANCE: Final[str] = rf"(?:{alternation(STANCE_VERBS)})"
# A name-like token: capitalised word, initial, or a particle inside a name.
CAP_TOKEN: Final[str] = rf"(?:{_CAP}{_WORD})"
ADVERBIAL: Final[str] = (
    r"(?:also|later|then|earlier|previously|again|repeatedly|publicly|recently|once|"
    r"separately|further|yesterday|today|tonight|on\s+\w+day|last\s+\w+|this\s+\w+|"
    r"(?:has|have|had|would|will|could|may|might|did|does|do)(?:\s+not|n[’']t)?|long|already|"
    r"often|frequently|recently|privately|openly|flatly|[a-z]{3,}ly|"
    r"on\s+\w+\s+\d{1,2}|in\s+a\s+statement|in\s+an\s+interview)"
)
# The subject of an attribution: a pronoun, or a noun phrase of up to eight tokens.
SUBJECT: Final[str] = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|"
    r"(?:[\w’'\-.]+\s+){0,7}?[\w’'\-.]*[\w’'])"
)

SPEECH_WORD_RE: Final[re.Pattern[str]] = re.compile(rf"\b{CUE}\b")
# First words of every cue: a sentence whose words miss them all holds no reported speech.
CUE_WORDS: Final[frozenset[str]] = frozenset(
    w.split()[0] for w in (*SPEECH_VERBS, *STANCE_VERBS)
) | {"according", "view", "opinion", "words", "assessment", "estimation", "judgment",
     "judgement", "understanding", "adding", "saying", "warning", "noting", "insisting",
     "stressing", "arguing", "claiming"}
WORD_RE: Final[re.Pattern[str]] = re.compile(r"[A-Za-z]+")
CUE_AT_RE: Final[re.Pattern[str]] = re.compile(rf"(?:{CUE}|{STANCE})\b")
# A sentence subject followed by its verb, for "X rejected the report, saying that ...".
SUBJECT_VERB_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<subj>{SUBJECT})(?P<paren>(?:,[^,“”\"\n]{{1,80}}){{1,3}},)?\s+(?:{ADVERBIAL}\s+)*"
    r"(?:has\s+|have\s+|had\s+)?(?:[a-z]+(?:ed|es|s)|spoke|gave|made|took|met|went|came|"
    rf"sent|held|led|left|put|set|struck|won|lost|broke|{CUE})\b"
)
# A name or pronoun opening a sentence, before a verb of any form ("Ann Hale withdrew ...").
SENTENCE_SUBJECT_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<subj>[Hh]e|[Ss]he|[Tt]hey|{CAP_TOKEN}(?:\s+{CAP_TOKEN}){{0,3}})\s+(?:{ADVERBIAL}\s+)*[a-z]{{3,}}\b"
)
# "X criticised the plan, saying: “...”": the quote belongs to the sentence's subject.
PARTICIPLE_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:,\s+|\s+by\s+)(?P<cue>saying|adding|writing|noting|warning|insisting|declaring|explaining|"
    r"telling\s+[\w\s]{1,30}?)\s*[:,]?\s*$"
)
# Quote marks: double marks pair up; single marks are handled only where doubles are absent.
DOUBLE_MARK_RE: Final[re.Pattern[str]] = re.compile(r"[“”„«»\"]")
PARTY_LABEL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<=\w)\s\((?:[RDI]|[RDI]-[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)\)"
)
TWO_APOSTROPHES_OPEN_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.,;:!?’'])''(?=[\w‘'$(\[])")
TWO_APOSTROPHES_CLOSE_RE: Final[re.Pattern[str]] = re.compile(r"(?<=[\w.,;:!?’'\])])''(?![\w'])")
SINGLE_MARK_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w])['‘]|['’](?![\w])")
SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(
    r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9À-ÖØ-ÞА-ЯЁІЇЄҐЎ])"
)
WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"([\w.]+)\.*$")
PARAGRAPH_RE: Final[re.Pattern[str]] = re.compile(r"[^\n]+")
NOT_STATEMENT_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"^\W*(?:photo|photograph|image|picture|illustration|video|credit|source|фото|"
    r"источник|джерело|copyright|©|read more|related|subscribe)\b\s*[:©]?"
    r"|^\W*by\s+(?:[A-Z][\w’'\-.]*\s*){1,4}(?:[,|/].*)?$"
    r"|^\W*(?:advertisement|sponsored)\W*$",
    re.IGNORECASE,
)
DATELINE_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ .'\-]{1,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+"
)
MARKUP_RE: Final[re.Pattern[str]] = re.compile(r"\*\*|__|(?m:^[ \t]*(?:>[ \t]?)+)|(?m:^#+[ \t])|\r")

# Attribution after a quote: `,” Lukashenka said` / `,” said Ms Varga, ...` / `,” according to X`.
AFTER_SUBJECT_VERB_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*,?\s*(?P<subj>{SUBJECT}?)(?P<paren>(?:,[^,“”\"\n]{{1,80}}){{1,3}},)?\s+(?:{ADVERBIAL}\s+)*"
    rf"(?P<cue>{CUE}|put\s+it|{STANCE})\b"
)
# A subject never ends on a title or an initial: `said Sen. Ann Hale`, `said J. R. Moss`.
_NOT_AT_TITLE: Final[str] = "".join(
    rf"(?<!\b{t})" for t in ("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms", "Gen", "Col", "Lt",
                              "Sgt", "Rev", "St", "Prof", "Capt", "Maj", "Adm")
) + r"(?<!\b[A-Z])"
AFTER_VERB_SUBJECT_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*,?\s*(?P<cue>{CUE})\s+(?P<subj>(?:[\w’'\-.]+\s+){{0,7}}?[\w’'\-.]*[\w’'])"
    + _NOT_AT_TITLE
    + r"(?=\s*(?:[,.;:!?“”\"]|$|\s(?:on|at|in|after|before|during|to|who|while|as|when|"
    r"from|of|outside|inside|via|with)\b))"
)
# Any verb ending the sentence after `,”`: `,” Kelly charged.`, `,” beamed Ann Hale, a voter.`
_ANY_VERB: Final[str] = r"(?:[a-z]{3,}(?:ed|es)|[a-z]{3,}[^s\W]s|said|told|wrote|spoke|put\s+it)"
_SENTENCE_GOES_ON: Final[str] = (
    r"(?=\s*(?:[,.;:!?“”\"]|$|\s(?:on|at|in|after|before|during|to|who|while|as|when|from|of|"
    r"outside|inside|via|with|about|matter-of-factly|[a-z]+ly)\b))"
)
AFTER_ANY_VERB_RE: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?P<subj>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:[\w’'\-.]+\s+){{0,5}}?[\w’'\-.]*[\w’'])"
    rf"(?P<paren>(?:,[^,“”\"\n]{{1,80}}){{1,3}},)?\s+(?:{ADVERBIAL}\s+)*(?P<cue>{_ANY_VERB})"
    + _SENTENCE_GOES_ON
)
AFTER_ANY_VERB_INVERTED_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?P<cue>[a-z]{3,}ed)\s+(?P<subj>(?:[A-Z][\w’'\-.]*\s+){0,4}[A-Z][\w’'\-.]*[\w’'])"
    + _SENTENCE_GOES_ON
)
ACCORDING_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*,?\s*(?P<cue>according\s+to)\s+(?P<subj>[^,.;:“”\"\n]{2,80})"
)
# Attribution before a quote: `Reese said:` / `As Brandt put it,` / `According to X,`.
BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:^|[,;]\s+|\b(?:and|while|when|after|before|because|since|but|then)\s+)(?:[Aa]s\s+)?(?P<subj>{SUBJECT})(?P<paren>(?:,[^,“”\"\n]{{1,80}}){{1,3}},)?"
    rf"\s+(?:{ADVERBIAL}\s+)*(?P<cue>{CUE}|put\s+it)\b(?P<tail>[^“”\"\n]{{0,80}}?)\s*[:,]?\s*$"
)
ACCORDING_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|[,;]\s+)(?P<cue>[Aa]ccording\s+to)\s+(?P<subj>[^,“”\"\n]{2,80}?)\s*,\s*$"
)
# Reported speech inside one sentence.
# What stands before a reporting verb at the start of a sentence: its subject.
SUBJECT_PREFIX_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<subj>{SUBJECT})(?P<paren>(?:,[^,“”\"\n]{{1,80}}){{1,3}},)?\s+(?:{ADVERBIAL}\s+)*"
    rf"(?P<mid>[^,.;“”\"\n]{{1,60}}?\s+(?:and|but)\s+)?"
)
ACCORDING_INDIRECT_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?P<cue>[Aa]ccording\s+to)\s+(?P<subj>[^,“”\"\n]{2,80}?)\s*,\s*(?P<rest>.+)$", re.DOTALL
)
VIEW_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?P<cue>[Ii]n\s+(?P<subj>his|her|their|its|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*[’']s?)\s+"
    r"(?:view|opinion|words|assessment|estimation|judgment|judgement|understanding)),\s*"
    r"(?P<rest>.+)$",
    re.DOTALL,
)
# ", he told the court": the one addressed, up to four words
TOLD_SOMEONE: Final[str] = r"(?:told|tells)\s+(?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
TRAILING_RE: Final[re.Pattern[str]] = re.compile(
    rf"^(?P<rest>.+?),\s*(?:(?P<subj>{SUBJECT})\s+(?:{ADVERBIAL}\s+)*(?P<cue>{CUE}|{TOLD_SOMEONE})"
    rf"|(?P<cue2>{INVERTED_CUE})\s+(?P<subj2>{SUBJECT})|(?P<cue3>according\s+to)\s+(?P<subj3>[^,]{{2,80}}))"
    r"(?:\s+(?:on|in|at|after|during)\b[^,]{0,60})?(?:,\s+[^,“”\"]{1,150}?)?\s*[.!?]?\s*$",
    re.DOTALL,
)
# `Loyalty, he noted, has long been ...`: an attribution set off by commas inside the sentence.
PARENTHETICAL_RE: Final[re.Pattern[str]] = re.compile(
    rf"[^,“”\"\n]{{3,120}}?,\s+(?P<subj>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:[\w’'\-.]+\s+){{0,5}}?[\w’'\-.]*[\w’'])"
    rf"\s+(?:{ADVERBIAL}\s+)*(?P<cue>{CUE}|{STANCE})(?:\s+[^,“”\"\n]{{1,60}}?)?,\s+[^“”\"\n]{{8,}}"
)
# A share of the people asked: "six in 10", "about 59 percent of voters", "a third of them".
SHARE_OF_PEOPLE_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:about|nearly|almost|roughly|some|only|just|over|fewer\s+than|more\s+than|less\s+than)?\s*"
    r"(?:\d[\d,.]*\s*(?:percent|%)?|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)|"
    r"a\s+(?:third|quarter|majority|minority)|half|most|many)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[a-z][\w\s-]{0,40})?$",
    re.IGNORECASE,
)
# "according to figures published on Monday": numbers, not a source that says something.
DATA_SOURCE_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:(?:the|new|latest|official|preliminary|early|final|recent)\s+)*(?:figures|data|"
    r"statistics|numbers|estimates?|results|records|census|polls?|surveys?|counts?|tally|"
    r"forecasts?|projections?|rankings?|calculations?)\b",
    re.IGNORECASE,
)
# `according to X` anywhere in a sentence; X runs to the next comma or the sentence's end.
ACCORDING_ANYWHERE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s,]))[Aa]ccording\s+to\s+(?P<subj>[^,.;:“”\"\n]{2,100}?)(?=\s*[,.;:!?]|\s*$)"
)
# `..., who said that ...`: a relative clause whose cue belongs to the name before it.
WHO_CUE_RE: Final[re.Pattern[str]] = re.compile(
    rf",\s+who\s+(?:{ADVERBIAL}\s+)*(?P<cue>{CUE}|{STANCE})\b"
)
# A second reported clause: "..., adding that ...", "but warned that ...".
SECOND_CLAUSE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:also\s+)?(?P<cue>adding|added|warning|warned|saying|noting|"
    r"noted|insisting|insisted|stressing|stressed|arguing|argued|claiming|claimed)\s+that\s+"
    # ", saying he lacks the temperament": a participle of saying takes a clause without "that"
    r"|,\s+(?:and\s+)?(?P<bare>saying|adding|arguing|insisting|claiming|noting)\s+"
    r"(?=(?:he|she|they|it|we|I|his|her|their|its|the|this|there|that|Mr|Ms|Mrs|[A-Z][a-z]+)\b)"
)
# Where a reported-speech clause can start inside a sentence: after ", but" or a lead phrase.
CLAUSE_START_RE: Final[re.Pattern[str]] = re.compile(
    r",\s+(?:but|while|whereas|and)\s+|^[A-Z][^,“”\"\n]{2,80},\s+(?=[A-Z])"
)
HEADLINE_SPEAKER_RE: Final[re.Pattern[str]] = re.compile(
    rf"^\s*(?P<subj>{CAP_TOKEN}(?:\s+{CAP_TOKEN}){{0,3}})\s*:\s*$"
)
# What follows a cue before the reported content: `at the meeting of X that`, `on Sunday`.
THAT_RE: Final[re.Pattern[str]] = re.compile(r"^(?:[^,.;:“”\"]{0,120}?\s)??that\s+")
# "denied claims that X": the content is X
CLAIM_THAT_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|"
    r"charges?|speculation)\s+that\s+"
)
LEADING_FILLER_RE: Final[re.Pattern[str]] = re.compile(
    rf"^(?:(?:{ADVERBIAL}|on\s+[A-Z]\w+|at\s+(?:a|the)\s+[\w\s]{{1,30}}?(?:conference|briefing|"
    r"meeting|summit|rally|hearing)|to\s+(?:reporters|journalists|the\s+press))[,\s]+)+"
)
CHANNEL_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?P<channel>according\s+to\s+(?:his|her|their|its|the)\s+[^,.;:“”\"\n]{2,60}"
    r"|in\s+an?\s+(?:statement|interview|post|letter|video|address|speech|op-ed|article)"
    r"(?:\s+(?:on|to|with|in|published\s+by)\s+[^,.;:“”\"\n]{2,60})?"
    r"|on\s+(?:social\s+media|television|Telegram|Twitter|X|Facebook|Instagram|state\s+TV|"
    r"the\s+radio|radio|[A-Z][\w\-]*\s+TV)"
    r"|(?:at|during)\s+(?:a|the)\s+[^,.;:“”\"\n]{0,40}?(?:conference|briefing|meeting|summit)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*))?)",
    re.IGNORECASE,
)
ROLE_RE: Final[re.Pattern[str]] = re.compile(rf"\b(?:{alternation(ROLE_NOUNS)})\b", re.I)
INSTITUTION_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{alternation(INSTITUTION_NOUNS)})\b", re.IGNORECASE
)
SCARE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|called|named|known\s+as|labelled|labeled|titled|"
    r"entitled|the|a|an|of|its|their|his|her|our|this|that)\s*$",
    re.IGNORECASE,
)
APPOSITIVE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"^(?P<role>[^,]{{2,80}}?),\s+(?P<name>{CAP_TOKEN}(?:\s+{CAP_TOKEN}){{0,3}}),?$"
)
