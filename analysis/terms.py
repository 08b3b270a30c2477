"""Top terms and n-grams (1 to 3 words) of a filtered selection, stopwords left out."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import counts
from analysis.engine.index import CorpusIndex
from analysis.types import Gram

ALL = StatementFilter()


def top_terms(
    index: CorpusIndex, *, ngram: Gram = 1, top: int = 50, where: StatementFilter = ALL
) -> pd.DataFrame:
    """The most frequent terms with their occurrences and how many statements use each.

    Unigrams leave out stopwords and punctuation; bigrams contain no stopword; trigrams
    neither start nor end with one (so "secretary of state" stays).
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    used, occurrences, statements = counts.selected_terms(index, index.mask(where), ngram=ngram)
    # bigram and trigram tables hold only stopword-free candidates already
    allowed = ~np.asarray(index.enrichment.is_stop)[used] if ngram == 1 else occurrences >= 0
    picked = counts.top_ids(occurrences, allowed, top)  # positions in `used`, which is ascending
    return pd.DataFrame(
        {
            "term": pd.array(counts.ngram_text(index, used[picked], ngram=ngram), dtype="string"),
            "count": occurrences[picked],
            "statements": statements[picked],
        }
    )
