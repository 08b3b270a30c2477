"""Per-statement enrichment: NLTK tokens and VADER scores for a chunk of texts (one process)."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from analysis.text import nltk_resources, tokens, vader_rules

# Identical sentences (boilerplate, repeated slogans) are tokenised and scored once per worker;
# the memo is emptied past this many entries to bound memory on corpora without repeats.
MEMO_LIMIT = 200_000
_NAN = float("nan")


@dataclass
class ChunkEnrichment:
    """Tokens (ids into a chunk-local vocabulary) and VADER scores of a run of statements."""

    vocab: list[str]
    token_ids: np.ndarray  # one sentinel id 0 before each statement's tokens
    statement_lengths: np.ndarray  # tokens per statement, sentinel included
    sentence_lengths: np.ndarray  # tokens per sentence
    sentence_counts: np.ndarray  # sentences per statement
    sentence_compound: np.ndarray
    sentence_chars: np.ndarray  # (n, 2): character span of each sentence in its statement
    statement_scores: np.ndarray  # (n, 4): compound, pos, neu, neg


def enrich_chunk(chunk: tuple[list[str], list[bool]]) -> ChunkEnrichment:
    """enrich_texts of (texts, which to score): one task of a worker process."""
    texts, scored = chunk
    return enrich_texts(texts, scored=scored)


def enrich_texts(texts: list[str], *, scored: Sequence[bool] | None = None) -> ChunkEnrichment:
    """Tokenise and VADER-score every sentence of every text; score each text from its sentences.

    Texts whose `scored` flag is False (VADER is English: the others' languages) are tokenised
    only; their sentences and scores are NaN, never 0.

    A statement's scores come from VADER's score_valence over the word valences of all its
    sentences, with the punctuation emphasis of the whole text: the same as VADER on the whole
    text, except that VADER's look-back rules (negation, boosters, "but") stay inside a sentence.
    Scoring each sentence once, not again inside the statement, halves the cost. The sentence
    valences come from analysis.text.vader_rules, which gives NLTK's VADER results faster.
    """
    analyzer = nltk_resources.vader_analyzer()
    vocab: dict[str, int] = {"": 0}
    ids = array("i")
    stmt_len = array("i")
    sent_len = array("i")
    sent_count = array("i")
    sent_comp = array("f")
    sent_chars = array("i")
    scores = array("f")
    sent_memo: dict[str, tuple[list[int], float, list[float] | None]] = {}
    # a token as written -> its folded term's id (never 0, the sentinel), folding each once
    raw_ids: dict[str, int] = {}
    known = raw_ids.get

    def new_term(token: str) -> int:
        term = raw_ids[token] = vocab.setdefault(tokens.fold(token), len(vocab))
        return term

    def entry(sentence: str, score: bool) -> tuple[list[int], float, list[float] | None]:
        """A sentence's term ids, compound and valences (None until a scored text needs them)."""
        hit = sent_memo.get(sentence)
        if hit is not None and (hit[2] is not None or not score):
            return hit
        if len(sent_memo) > MEMO_LIMIT:
            sent_memo.clear()
        term_ids = hit[0] if hit else [known(tok) or new_term(tok) for tok in tokens.word_tokens(sentence)]
        hit = _scored(sentence, term_ids) if score else (term_ids, _NAN, None)
        sent_memo[sentence] = hit
        return hit

    for number, text in enumerate(texts):
        score = scored is None or scored[number]
        valences: list[float] = []
        ids.append(0)
        n_tokens = 1
        n_sents = 0
        for start, end in tokens.sentence_spans(text):
            sentence = text[start:end]
            hit = entry(sentence, score)
            if not hit[0]:
                continue
            if score:
                valences.extend(hit[2] or ())
            ids.extend(hit[0])
            n_tokens += len(hit[0])
            n_sents += 1
            sent_len.append(len(hit[0]))
            sent_comp.append(hit[1] if score else _NAN)
            sent_chars.extend((start, end))
        stmt_len.append(n_tokens)
        sent_count.append(n_sents)
        if not score:
            scores.extend((_NAN,) * 4)
            continue
        polarity = analyzer.score_valence(valences, text)
        scores.extend((polarity["compound"], polarity["pos"], polarity["neu"], polarity["neg"]))
    return ChunkEnrichment(
        vocab=list(vocab),
        token_ids=np.frombuffer(ids, dtype=np.int32).copy(),
        statement_lengths=np.frombuffer(stmt_len, dtype=np.int32).copy(),
        sentence_lengths=np.frombuffer(sent_len, dtype=np.int32).copy(),
        sentence_counts=np.frombuffer(sent_count, dtype=np.int32).copy(),
        sentence_compound=np.frombuffer(sent_comp, dtype=np.float32).copy(),
        sentence_chars=np.frombuffer(sent_chars, dtype=np.int32).reshape(-1, 2).copy(),
        statement_scores=np.frombuffer(scores, dtype=np.float32).reshape(-1, 4).copy(),
    )


def _scored(sentence: str, term_ids: list[int]) -> tuple[list[int], float, list[float]]:
    """A sentence's term ids with its VADER compound and word valences."""
    valences = vader_rules.valences(sentence)
    return term_ids, vader_rules.compound(valences, sentence), valences
