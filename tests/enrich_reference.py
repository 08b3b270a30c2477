"""The enrichment as it was before its fast paths: NLTK's own tokenizer and NLTK's own VADER.

Kept only as the reference the tests compare analysis.engine.enrich with; it is slow (NLTK
rebuilds VADER's SentiText per sentence and runs every tokenizer pattern).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from nltk.sentiment import vader
from nltk.tokenize import NLTKWordTokenizer

from analysis.engine.enrich import ChunkEnrichment
from analysis.text import nltk_resources, tokens, vader_speed

_STOCK_SENTITEXT = vader_speed.LazySentiText.__mro__[1]


@contextlib.contextmanager
def stock_vader() -> Iterator[vader.SentimentIntensityAnalyzer]:
    """NLTK's analyzer with NLTK's own SentiText, for the duration of the block."""
    analyzer = nltk_resources.vader_analyzer()
    patched = vader.SentiText
    vader.SentiText = _STOCK_SENTITEXT
    try:
        yield analyzer
    finally:
        vader.SentiText = patched


class _OneCall(vader.SentimentIntensityAnalyzer):
    """A throwaway view of a shared analyzer that keeps the word valences of one text."""

    def __init__(self, shared: vader.SentimentIntensityAnalyzer) -> None:  # nothing to load
        self.__dict__.update(shared.__dict__)
        self.valences: list[float] = []

    def score_valence(self, sentiments, text):
        self.valences = list(sentiments)
        return super().score_valence(sentiments, text)


def sentence_scores(analyzer: vader.SentimentIntensityAnalyzer, sentence: str) -> tuple[float, list[float]]:
    """NLTK's compound score of a sentence and the word valences it came from."""
    call = _OneCall(analyzer)
    compound = float(call.polarity_scores(sentence)["compound"])
    return compound, call.valences


def reference_enrich(texts: list[str]) -> ChunkEnrichment:
    """Tokens, sentences and scores of texts, computed by NLTK alone, in the layout of enrich_texts."""
    import numpy as np

    words = NLTKWordTokenizer()
    vocab: dict[str, int] = {"": 0}
    ids, stmt_len, sent_len, sent_count, sent_comp, sent_chars, scores = [], [], [], [], [], [], []
    with stock_vader() as analyzer:
        for text in texts:
            valences: list[float] = []
            ids.append(0)
            n_tokens, n_sents = 1, 0
            for start, end in tokens.sentence_spans(text):
                sentence = text[start:end]
                term_ids = [vocab.setdefault(t.casefold(), len(vocab)) for t in words.tokenize(sentence)]
                if not term_ids:
                    continue
                compound, of_sentence = sentence_scores(analyzer, sentence)
                valences.extend(of_sentence)
                ids.extend(term_ids)
                n_tokens += len(term_ids)
                n_sents += 1
                sent_len.append(len(term_ids))
                sent_comp.append(compound)
                sent_chars.append((start, end))
            stmt_len.append(n_tokens)
            sent_count.append(n_sents)
            polarity = analyzer.score_valence(valences, text)
            scores.append((polarity["compound"], polarity["pos"], polarity["neu"], polarity["neg"]))
    return ChunkEnrichment(
        vocab=list(vocab),
        token_ids=np.array(ids, dtype=np.int32),
        statement_lengths=np.array(stmt_len, dtype=np.int32),
        sentence_lengths=np.array(sent_len, dtype=np.int32),
        sentence_counts=np.array(sent_count, dtype=np.int32),
        sentence_compound=np.array(sent_comp, dtype=np.float32),
        sentence_chars=np.array(sent_chars, dtype=np.int32).reshape(-1, 2),
        statement_scores=np.array(scores, dtype=np.float32).reshape(-1, 4),
    )
