"""BM25 variants: rank-bm25's, plus the Lucene IDF that never goes negative.

rank-bm25's Okapi gives a term found in more than half the passages a floored,
near-zero IDF, and with one or two passages every term is such a term: a story
of one paragraph could then never answer anything. Lucene's IDF,
log(1 + (N − n + 0.5) / (n + 0.5)), stays positive for any N.
"""

from __future__ import annotations

import math

import numpy as np
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

__all__ = ["BM25_VARIANTS", "BM25Lucene"]


def _lucene_idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


class BM25Lucene(BM25Okapi):
    """Okapi BM25 scoring with Lucene's always-positive IDF, from precomputed postings.

    rank-bm25 scores a query by walking every document in Python for every query
    term; here each term's contribution to each document that holds it is computed
    once at build time, so a query costs one vector addition per term. Same
    numbers as `BM25Okapi.get_scores` with this IDF (a test checks).
    """

    def __init__(
        self,
        corpus: list[list[str]],
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        df_corpus: list[list[str]] | None = None,
    ) -> None:
        """`df_corpus`, when given, holds the same documents without the text every one of them
        repeats (a story's title): scores use IDF counted over it, so a word of the title that a
        passage also writes in its body is as rare as the bodies say. `idf` stays the corpus's."""
        super().__init__(corpus, k1=k1, b=b, epsilon=epsilon)
        rank_idf = self.idf
        if df_corpus is not None:
            counts = dict.fromkeys(self.idf, 0)
            for doc in df_corpus:
                for term in set(doc):
                    counts[term] = counts.get(term, 0) + 1
            rank_idf = {term: _lucene_idf(self.corpus_size, max(df, 1)) for term, df in counts.items()}
        positions: dict[str, list[int]] = {}
        contributions: dict[str, list[float]] = {}
        for i, (freqs, length) in enumerate(zip(self.doc_freqs, self.doc_len)):
            norm = k1 * (1 - b + b * length / self.avgdl) if self.avgdl else k1
            for term, tf in freqs.items():
                positions.setdefault(term, []).append(i)
                contributions.setdefault(term, []).append(rank_idf[term] * tf * (k1 + 1) / (tf + norm))
        self.postings = {
            term: (np.array(positions[term]), np.array(contributions[term])) for term in positions
        }

    def _calc_idf(self, nd: dict[str, int]) -> None:
        self.idf = {word: _lucene_idf(self.corpus_size, df) for word, df in nd.items()}
        self.average_idf = sum(self.idf.values()) / len(self.idf) if self.idf else 0.0

    def get_scores(self, query: list[str]) -> np.ndarray:
        """BM25 score of every document for `query` (a term repeated counts again)."""
        scores = np.zeros(self.corpus_size)
        for term in query:
            posting = self.postings.get(term)
            if posting is not None:
                scores[posting[0]] += posting[1]
        return scores


BM25_VARIANTS = {"lucene": BM25Lucene, "okapi": BM25Okapi, "plus": BM25Plus, "l": BM25L}
