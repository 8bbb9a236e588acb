"""BM25 variants: rank-bm25's, plus the Lucene IDF that never goes negative.

rank-bm25's Okapi gives a term found in more than half the passages a floored,
near-zero IDF, and with one or two passages every term is such a term: a story
of one paragraph could then never answer anything. Lucene's IDF,
log(1 + (N − n + 0.5) / (n + 0.5)), stays positive for any N.
"""

from __future__ import annotations

import math

from rank_bm25 import BM25L, BM25Okapi, BM25Plus

__all__ = ["BM25_VARIANTS", "BM25Lucene"]


class BM25Lucene(BM25Okapi):
    """Okapi BM25 scoring with Lucene's always-positive IDF."""

    def _calc_idf(self, nd: dict[str, int]) -> None:
        n = self.corpus_size
        self.idf = {word: math.log(1 + (n - df + 0.5) / (df + 0.5)) for word, df in nd.items()}
        self.average_idf = sum(self.idf.values()) / len(self.idf) if self.idf else 0.0


BM25_VARIANTS = {"lucene": BM25Lucene, "okapi": BM25Okapi, "plus": BM25Plus, "l": BM25L}
