"""The analyzer: text → the terms BM25 counts (normalize → tokenize → drop stopwords → stem).

The same analyzer runs over passages at index time and over questions at query
time; a mismatch between the two is the commonest retrieval bug, so there is
exactly one of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from index.normalize import normalize
from index.stemmers import DEFAULT_STEMMER, Stemmer, get_stemmer
from index.stopwords import STOPWORDS
from index.tokenize import word_tokens

__all__ = ["ANALYZERS", "Analyzer", "words"]


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Normalized word tokens of `text`. Cached: small talk, the lexicon and every analyzer
    of every index view read the same question (and its concepts) again."""
    return tuple(word_tokens(normalize(text)))


@dataclass(frozen=True)
class Analyzer:
    """Turns text into index terms.

    `stemmer` names one of `index.stemmers.STEMMERS`. With `char_ngrams` = n, each
    (stemmed) word instead yields its character n-grams: «ستارجت» still shares
    most of its trigrams with «ستارجيت», which is how typos and unfamiliar
    transliterations find their word without a dictionary.
    """

    stemmer: str = DEFAULT_STEMMER
    char_ngrams: int = 0
    stopwords: frozenset[str] = STOPWORDS
    _stem: Stemmer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stem", get_stemmer(self.stemmer))

    def tokens(self, text: str) -> list[str]:
        """Normalized word tokens with stopwords removed, before stemming."""
        return [t for t in words(text) if t not in self.stopwords]

    def terms(self, text: str) -> list[str]:
        """The index terms of `text`; a decimal also stands for its whole part, since readers
        round («97 مليار» for «97.4 مليار»)."""
        stem = self._stem
        words = []
        for token in self.tokens(text):
            words.append(stem(token))
            whole, dot, _ = token.partition(".")
            if dot and whole.isdigit():
                words.append(whole)
        n = self.char_ngrams
        if not n:
            return words
        return [w[i : i + n] for w in words for i in range(max(len(w) - n + 1, 1))]


ANALYZERS: dict[str, Analyzer] = {
    "surface": Analyzer(stemmer="none"),
    "light": Analyzer(stemmer="light"),
    "snowball": Analyzer(stemmer="snowball"),
    "isri": Analyzer(stemmer="isri"),
    "trigram": Analyzer(stemmer="none", char_ngrams=3),
}
"""The analyzers an index may combine, by the name `SearchSettings.analyzers` uses."""
