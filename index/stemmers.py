"""Stemmers for normalized Arabic tokens, chosen by name and by measurement.

Clitics make one word many tokens: «والإمارات», «بالإمارات», «للإمارات» are all
«امارات». Which stemmer serves retrieval best is an empirical question; the
table in docs/retrieval.md compares them. `DEFAULT_STEMMER` is what a bare
`Analyzer()` uses; the index combines several (see `index.settings.SearchSettings`).
Latin tokens and numbers pass through every stemmer untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import snowballstemmer

from index.isri import isri_stem

__all__ = ["DEFAULT_STEMMER", "STEMMERS", "english_stem", "get_stemmer", "light_stem", "no_stem", "snowball_stem"]

Stemmer = Callable[[str], str]

# Longest first, so «وال» is tried before «و».
_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل")
# After normalization teh marbuta is «ه», so «شركة» is «شركه» and «شركته» (her/his
# company) must lose «ته» to meet it: both become «شرك».
_SUFFIXES = (
    "تهما", "تها", "تهم", "تنا", "تكم", "ته", "تي",
    "هما", "كما", "يات", "يين", "يون", "ها", "هم", "هن", "كم", "نا", "ات", "ان", "ون", "ين", "يه", "ه", "ي",
)
_MIN_STEM = 3


def _is_arabic(token: str) -> bool:
    return "\u0600" <= token[0] <= "\u06ff"


def no_stem(token: str) -> str:
    """Identity: match surface forms only."""
    return token


@lru_cache(maxsize=65536)
def light_stem(token: str) -> str:
    """Strip one proclitic group and one suffix, never below three letters.

    Cached: question expansion stems every phrase it looks up, the same words over and over.
    """
    if not token or not _is_arabic(token):
        return token
    for prefix in _PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
            token = token[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= _MIN_STEM:
            token = token[: -len(suffix)]
            break
    return token


@lru_cache(maxsize=1)
def _snowball() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("arabic")


@lru_cache(maxsize=65536)
def snowball_stem(token: str) -> str:
    """Snowball's Arabic stemmer (aggressive: also strips verb affixes)."""
    if not token or not _is_arabic(token):
        return token
    return _snowball().stemWord(token) or token


@lru_cache(maxsize=1)
def _snowball_english() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def english_stem(token: str) -> str:
    """Snowball's English stemmer for a Latin word («starting», «tried» → «start», «tri»); others as given.

    Not an index stemmer: the stories are Arabic. Question expansion uses it so that an English
    question finds the lexicon's line for «start» or «try» in any inflection.
    """
    if not token.isascii() or not token.isalpha():
        return token
    return _snowball_english().stemWord(token) or token


STEMMERS: dict[str, Stemmer] = {
    "none": no_stem,
    "light": light_stem,
    "snowball": snowball_stem,
    "isri": isri_stem,
}

DEFAULT_STEMMER = "light"


def get_stemmer(name: str) -> Stemmer:
    """The stemmer called `name`; KeyError lists the known names."""
    try:
        return STEMMERS[name]
    except KeyError:
        raise KeyError(f"unknown stemmer {name!r}; known: {', '.join(STEMMERS)}") from None
