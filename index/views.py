"""One analyzer's view of the stories: BM25 over passages and over sentences, and where each
concept of a question is found.

`index.search` sums several views (ISRI roots, surface words, character trigrams), each
weighted; one of them (ISRI) also decides which words are known and how much of a question a
passage covers, which is what abstention reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from index.analyzer import Analyzer
from index.bm25 import BM25_VARIANTS, BM25Lucene
from index.expansion import Concept
from index.stories import Passage

if TYPE_CHECKING:
    from index.search import PassageIndex

__all__ = ["CONCEPT_CACHE", "View", "minimal"]

# Questions differ, their concepts mostly do not: a new question is usually known words
# in a new order. Each index memoizes per-concept work (spelling, scores, where it occurs)
# for this many concepts, so answering costs little more than adding cached arrays.
CONCEPT_CACHE = 16_384


def minimal(wordings: list[list[str]]) -> list[list[str]]:
    """Wordings that do not contain another one's terms: «ترامب», not also «دونالد ترامب»."""
    sets = [frozenset(w) for w in wordings]
    # An empty wording (only stopwords, «وين راح») is nobody's part: it must not remove the others.
    return [w for w, own in zip(wordings, sets) if own and not any(other and other < own for other in sets)]


class View:
    """One analyzer's BM25 indexes over passages and over sentences."""

    def __init__(self, analyzer: Analyzer, weight: float, index: PassageIndex) -> None:
        s = index.settings
        variant = BM25_VARIANTS[s.variant]
        self.analyzer = analyzer
        self.weight = weight
        context = [self._context_terms(analyzer, index, p) for p in index.passages]
        bodies = [analyzer.terms(p.text) for p in index.passages]
        docs = [body + ctx for body, ctx in zip(bodies, context)]
        self.term_sets = [frozenset(doc) for doc in docs]
        sentence_bodies = [
            analyzer.terms(index.passages[i].text[a:b]) for i, (a, b) in zip(index.sentence_owner, index.sentence_spans)
        ]
        sentence_docs = [body + context[i] for body, i in zip(sentence_bodies, index.sentence_owner)]
        if s.idf_without_title and variant is BM25Lucene:
            headings = [analyzer.terms(p.section) if p.section else [] for p in index.passages]
            self.passages = variant(docs, k1=s.k1, b=s.b, df_corpus=[b + h for b, h in zip(bodies, headings)])
            self.sentences = variant(sentence_docs, k1=s.k1, b=s.sentence_b, df_corpus=sentence_bodies)
        else:
            self.passages = variant(docs, k1=s.k1, b=s.b)
            self.sentences = variant(sentence_docs, k1=s.k1, b=s.sentence_b)
        self.sentence_count = len(sentence_docs)
        self.sentence_term_sets = [frozenset(doc) for doc in sentence_docs]
        # Each sentence's own words, without the title and heading indexed with it: what the
        # checks that want two things «in one sentence» look at.
        self.sentence_body_sets = [frozenset(body) for body in sentence_bodies]
        # A term the stories never use weighs like their rarest, times `unknown_weight`:
        # an unknown word is usually what an off-topic question is about.
        self.unknown_idf = max(self.passages.idf.values(), default=1.0) * s.unknown_weight
        self.latin_as_commonest = s.latin_names_as_commonest
        self.latin_alternatives_as_commonest = s.latin_alternatives_as_commonest
        self.whole_lexicon_phrases = s.whole_lexicon_phrases
        self.concept_scores = lru_cache(maxsize=CONCEPT_CACHE)(self._concept_scores)
        self.answering_terms = lru_cache(maxsize=CONCEPT_CACHE)(self._answering_terms)
        self.presence = lru_cache(maxsize=CONCEPT_CACHE)(self._presence)

    @staticmethod
    def _context_terms(analyzer: Analyzer, index: PassageIndex, passage: Passage) -> list[str]:
        s = index.settings
        story = index.stories[passage.story_id]
        terms = analyzer.terms(story.title) * s.title_weight
        if passage.section:
            terms += analyzer.terms(passage.section) * s.heading_weight
        return terms

    @property
    def known(self) -> dict[str, float]:
        """Every term the passages use, with its IDF."""
        return self.passages.idf

    def knows(self, text: str) -> bool:
        """Whether the stories use any of `text`'s terms in this view (by root, by light stem…)."""
        return any(t in self.passages.idf for t in self.analyzer.terms(text))

    def idf(self, term: str) -> float:
        """IDF of a term; one the stories never use weighs `unknown_idf` (their rarest, by default)."""
        return max(self.passages.idf.get(term, self.unknown_idf), 0.0)

    def score(self, concepts: Sequence[Concept], alternative_weight: float) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of passages and of sentences for the question's concepts.

        Each concept scores as the best of its wordings (as asked, or any
        alternative), not their sum: «Trump» → «دونالد ترامب» must not count twice.
        An alternative is worth `alternative_weight` beside words the stories use,
        and full weight when the asked words are unknown (then it is the only way
        the concept can match) or known only by a root they share (`form_unused`).
        """
        passages = np.zeros(len(self.term_sets))
        sentences = np.zeros(self.sentence_count)
        for concept in concepts:
            best_p, best_s = self.concept_scores(concept, alternative_weight)
            passages += best_p
            sentences += best_s
        return passages, sentences

    def _mean_idf(self, terms: list[str]) -> float:
        return sum(self.idf(t) for t in terms) / len(terms)

    def _concept_scores(self, concept: Concept, alternative_weight: float) -> tuple[np.ndarray, np.ndarray]:
        """One concept's passage and sentence scores (memoized: the arrays are read-only)."""
        own = self.analyzer.terms(concept.text)
        whole_only = self._whole_only(concept, own)
        best_p, best_s = self._scores([] if whole_only else own)
        if self.latin_as_commonest and concept.text.isascii() and concept.alternatives and own:
            # A Latin name the stories also write in Arabic («Stargate» beside the title's
            # «ستارجيت») weighs no more than its commonest spelling: otherwise the paragraphs
            # that happen to write it in Latin win every English question that names it.
            spelled = [t for t in (self.analyzer.terms(a) for a in concept.alternatives) if t]
            commonest = min((self._mean_idf(t) for t in spelled if all(x in self.known for x in t)), default=None)
            if commonest is not None and all(t in self.known for t in own):
                scale = min(1.0, commonest / max(self._mean_idf(own), 1e-9))
                best_p, best_s = best_p * scale, best_s * scale
        known_own = any(t in self.known for t in own) and not whole_only
        weight = alternative_weight if known_own and not concept.form_unused else 1.0
        wordings = minimal([self.analyzer.terms(a) for a in concept.alternatives])
        arabic = [t for t in [own, *wordings] if t and not any(x.isascii() for x in t) and all(x in self.known for x in t)]
        commonest_arabic = min((self._mean_idf(t) for t in arabic), default=None)
        for terms in wordings:
            p, s = self._scores(terms)
            if self.latin_alternatives_as_commonest and commonest_arabic is not None and all(x.isascii() for x in terms):
                scale = min(1.0, commonest_arabic / max(self._mean_idf(terms), 1e-9))
                p, s = p * scale, s * scale
            best_p = np.maximum(best_p, weight * p)
            best_s = np.maximum(best_s, weight * s)
        best_p.flags.writeable = False
        best_s.flags.writeable = False
        return best_p, best_s

    def _whole_only(self, concept: Concept, own: list[str]) -> bool:
        """Whether a lexicon phrase counts only through its other wordings: it has several words,
        one of them none the stories use in any form, so the phrase is none of theirs as asked and
        its known words alone would find another thing («القناة الأمريكية», CNBC: «الأمريكية» is
        paragraph 9's «نسخة أمريكية»). Not when its only known words are Latin: a name the stories
        write is the thing asked about («صاحب xAI» is xAI's paragraph). A phrase no word of which
        is known scores through its wordings anyway."""
        if not (self.whole_lexicon_phrases and concept.alternatives and len(concept.words) > 1 and own):
            return False
        per_word = [self.analyzer.terms(w) for w in concept.words]
        a_word_unknown = any(terms and not any(t in self.known for t in terms) for terms in per_word)
        known = [t for terms in per_word for t in terms if t in self.known]
        return a_word_unknown and not all(t.isascii() for t in known)

    def _scores(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if not terms:
            return np.zeros(len(self.term_sets)), np.zeros(self.sentence_count)
        return self.passages.get_scores(terms), self.sentences.get_scores(terms)

    def _presence(self, concept: Concept) -> tuple[float, np.ndarray, np.ndarray] | None:
        """A concept's weight and, per passage and per sentence, whether it is there (memoized):
        any of its words as asked, or one of its alternatives whole («المملكة المتحدة» is not in
        «الولايات المتحدة»).

        None for a concept with no terms in this view. The arrays are read-only.
        """
        weight, terms = self.answering_terms(concept)
        if not terms:
            return None
        asked = self.analyzer.terms(concept.text)
        own = frozenset() if self._whole_only(concept, asked) else frozenset(asked)
        wordings = [w for w in (frozenset(self.analyzer.terms(a)) for a in concept.alternatives) if w]

        def there(doc: frozenset[str]) -> bool:
            return not own.isdisjoint(doc) or any(w <= doc for w in wordings)

        in_passages = np.fromiter((there(t) for t in self.term_sets), float, len(self.term_sets))
        in_sentences = np.fromiter((there(t) for t in self.sentence_term_sets), float, self.sentence_count)
        in_passages.flags.writeable = False
        in_sentences.flags.writeable = False
        return weight, in_passages, in_sentences

    def _answering_terms(self, concept: Concept) -> tuple[float, frozenset[str]]:
        own = self.analyzer.terms(concept.text)
        terms = set(own)
        for alternative in concept.alternatives:
            terms.update(self.analyzer.terms(alternative))
        weight = max((self.idf(t) for t in (own or terms)), default=0.0)
        return weight, frozenset(terms)
