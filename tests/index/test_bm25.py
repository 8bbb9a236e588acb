"""BM25 with Lucene IDF: the postings shortcut scores exactly as rank-bm25's own loop would."""

from __future__ import annotations

import numpy as np
from rank_bm25 import BM25Okapi

from index.bm25 import BM25Lucene

CORPUS = [["ماسك", "ترامب", "حمله"], ["ماسك", "openai", "openai"], ["ستارجيت"], ["ماسك"]]


def test_postings_score_like_rank_bm25_with_the_same_idf() -> None:
    ours = BM25Lucene(CORPUS, k1=1.2, b=0.9)
    reference = BM25Okapi(CORPUS, k1=1.2, b=0.9)
    reference.idf = dict(ours.idf)  # rank-bm25's loop, fed our IDF
    for query in (["ماسك"], ["openai", "ماسك", "openai"], ["غائب"], []):
        assert np.allclose(ours.get_scores(query), reference.get_scores(query))


def test_idf_stays_positive_even_for_a_term_in_every_document() -> None:
    bm25 = BM25Lucene([["ماسك"], ["ماسك"]])
    assert bm25.idf["ماسك"] > 0 and (bm25.get_scores(["ماسك"]) > 0).all()


def test_idf_counted_without_the_repeated_title_lets_a_title_word_in_a_body_count() -> None:
    # Every passage carries the story title («الامارات»); only the first also states it itself.
    bodies = [["الامارات", "تحالف", "الامارات"], ["ماسك", "تحالف", "جديد"], ["ماسك", "ترامب", "جديد"]]
    docs = [body + ["الامارات"] for body in bodies]
    query = ["الامارات", "ماسك"]
    plain = BM25Lucene(docs, k1=1.2, b=0.9)
    counted = BM25Lucene(docs, k1=1.2, b=0.9, df_corpus=bodies)
    assert int(np.argmax(plain.get_scores(query))) != 0
    assert int(np.argmax(counted.get_scores(query))) == 0
    # What coverage weighs is unchanged: `idf` is still the corpus's.
    assert counted.idf == plain.idf
