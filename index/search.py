"""BM25 over passages and their sentences: build once from stories, rank passages for a question.

A passage's score mixes two views, each summed over several analyzers:

* the whole passage (body + story title + section heading), because readers ask
  with the words of titles and headings («موقف البيت الأبيض»);
* its best sentence, because an answer usually sits in one sentence and a long
  passage should not win merely by being long.

Several analyzers (ISRI roots, character trigrams) are summed, weighted,
because each rescues words the other mangles; docs/retrieval.md has the
measurements behind every default. rank-bm25 does the scoring; this module decides what a document is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from index.analyzer import ANALYZERS, Analyzer
from index.bm25 import BM25_VARIANTS
from index.sentences import sentence_spans
from index.stories import Passage, Story

__all__ = ["Hit", "PassageIndex", "SearchSettings"]


@dataclass(frozen=True)
class SearchSettings:
    """Knobs measured in docs/retrieval.md; the defaults are the measured best."""

    # (name in index.analyzer.ANALYZERS, weight of its score)
    analyzers: tuple[tuple[str, float], ...] = (("isri", 1.0), ("trigram", 0.3))
    variant: str = "lucene"
    k1: float = 1.2
    b: float = 0.9
    sentence_b: float = 0.5
    title_weight: int = 3  # times the story title is added to each passage and sentence
    heading_weight: int = 1  # the same for the section heading
    passage_share: float = 0.7  # passage score share; the best sentence gets the rest


@dataclass(frozen=True)
class Hit:
    """A passage ranked for a question, with the evidence the answer layer needs."""

    passage: Passage
    score: float
    coverage: float  # share of the question's IDF mass found in this passage, 0..1
    sentence: tuple[int, int]  # span of the best-matching sentence in passage.text
    matched: tuple[str, ...]  # the question's terms found in the passage (first analyzer)


class _View:
    """One analyzer's BM25 indexes over passages and over sentences."""

    def __init__(self, analyzer: Analyzer, weight: float, index: PassageIndex) -> None:
        s = index.settings
        variant = BM25_VARIANTS[s.variant]
        self.analyzer = analyzer
        self.weight = weight
        context = [self._context_terms(analyzer, index, p) for p in index.passages]
        self.passage_terms = [analyzer.terms(p.text) for p in index.passages]
        docs = [body + ctx for body, ctx in zip(self.passage_terms, context)]
        self.term_sets = [frozenset(doc) for doc in docs]
        self.passages = variant(docs, k1=s.k1, b=s.b)
        sentence_docs = [
            analyzer.terms(index.passages[i].text[a:b]) + context[i]
            for i, (a, b) in zip(index.sentence_owner, index.sentence_spans)
        ]
        self.sentences = variant(sentence_docs, k1=s.k1, b=s.sentence_b)
        self.max_idf = max(self.passages.idf.values(), default=1.0)

    @staticmethod
    def _context_terms(analyzer: Analyzer, index: PassageIndex, passage: Passage) -> list[str]:
        s = index.settings
        story = index.stories[passage.story_id]
        terms = analyzer.terms(story.title) * s.title_weight
        if passage.section:
            terms += analyzer.terms(passage.section) * s.heading_weight
        return terms

    def idf(self, term: str) -> float:
        """IDF of a term; one the collection never saw is as telling as its rarest."""
        return max(self.passages.idf.get(term, self.max_idf), 0.0)


class PassageIndex:
    """BM25 indexes over every passage (and sentence) of some stories."""

    def __init__(self, stories: Sequence[Story], settings: SearchSettings | None = None) -> None:
        self.settings = settings or SearchSettings()
        self.stories = {story.id: story for story in stories}
        self.passages: list[Passage] = [p for story in stories for p in story.passages]
        if not self.passages:
            raise ValueError("no passages to index")
        self.sentence_owner: list[int] = []
        self.sentence_spans: list[tuple[int, int]] = []
        for i, passage in enumerate(self.passages):
            for span in sentence_spans(passage.text) or [(0, len(passage.text))]:
                self.sentence_owner.append(i)
                self.sentence_spans.append(span)
        self._owner = np.array(self.sentence_owner)
        self._story_of = np.array([p.story_id for p in self.passages])
        self.views = [_View(ANALYZERS[name], weight, self) for name, weight in self.settings.analyzers]

    def search(self, question: str, story_id: str | None = None, top: int = 10) -> list[Hit]:
        """Passages ranked for `question`, best first; only those sharing a term with it."""
        n = len(self.passages)
        passage_scores = np.zeros(n)
        best_sentence_score = np.zeros(n)
        sentence_total = np.zeros(len(self.sentence_spans))
        any_terms = False
        for view in self.views:
            terms = view.analyzer.terms(question)
            if not terms:
                continue
            any_terms = True
            passage_scores += view.weight * view.passages.get_scores(terms)
            sentence_total += view.weight * view.sentences.get_scores(terms)
        if not any_terms:
            return []
        np.maximum.at(best_sentence_score, self._owner, sentence_total)
        share = self.settings.passage_share
        scores = share * passage_scores + (1 - share) * best_sentence_score

        first = self.views[0]
        unique = set(first.analyzer.terms(question))
        total_idf = sum(first.idf(t) for t in unique) or 1.0
        candidates = np.arange(n)
        if story_id is not None:
            candidates = candidates[self._story_of == story_id]
        hits: list[Hit] = []
        for i in candidates[np.argsort(-scores[candidates], kind="stable")]:
            if scores[i] <= 0:
                break
            matched = unique & first.term_sets[i]
            coverage = sum(first.idf(t) for t in matched) / total_idf
            hits.append(
                Hit(
                    passage=self.passages[i],
                    score=float(scores[i]),
                    coverage=coverage,
                    sentence=self._best_sentence(i, sentence_total),
                    matched=tuple(sorted(matched)),
                )
            )
            if len(hits) >= top:
                break
        return hits

    def _best_sentence(self, passage_index: int, sentence_scores: np.ndarray) -> tuple[int, int]:
        rows = np.flatnonzero(self._owner == passage_index)
        best = rows[int(np.argmax(sentence_scores[rows]))]
        return self.sentence_spans[best]
