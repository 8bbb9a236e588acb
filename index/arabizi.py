"""Arabizi — Arabic typed in Latin letters and digits («leh musk za3lan men OpenAI?») — read
back into Arabic script, so that the rest of the index sees the question the reader meant.

Readers of every dialect write Arabic this way on phones without an Arabic keyboard, or from
habit: «3» for ع, «7» for ح, «5» for خ, «2» for ء or (said as a glottal stop) ق, «sh» for ش,
vowels as they hear them or not at all. A question is read as Arabizi when it has no Arabic
letter and has a word with such a digit or a dialect question word («shu», «leh», «meen»).
Its function words come from a table; every other word is matched by its consonants to a word
the stories, the lexicon or the function words have (the stories' first), and is kept as typed
when none is near. Latin names and English words the lexicon knows («OpenAI», «Stargate»,
«announcement») stay as they are: the lexicon reads them already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product

import editdistance

from index.analyzer import words
from index.normalize import normalize
from index.stopwords import STOPWORDS

__all__ = ["Arabizi"]

# Arabic letters → consonant classes an Arabizi spelling can reach (ق as «q», «k», «2», «g»: one
# class with ك). و and ي inside a word are long vowels; a final ا, ى, ي or ة/ه is a vowel too.
_ARABIC = {
    "ب": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "J", "ح": "H", "خ": "X", "د": "D", "ذ": "D",
    "ر": "R", "ز": "Z", "س": "S", "ش": "C", "ص": "S", "ض": "D", "ظ": "Z", "ع": "E", "غ": "G",
    "ف": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H", "و": "W", "ي": "Y",
}
# Latin letters and digits → the classes they may stand for (longest spelling first).
_LATIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sh", ("C",)), ("ch", ("C",)), ("kh", ("X",)), ("gh", ("G",)), ("th", ("T", "D")), ("dh", ("D",)),
    ("2", ("", "K")), ("3", ("E",)), ("5", ("X",)), ("6", ("T",)), ("7", ("H",)), ("8", ("G", "K")),
    ("9", ("S", "K")), ("b", ("B",)), ("p", ("B",)), ("t", ("T",)), ("j", ("J",)), ("g", ("J", "K", "G")),
    ("d", ("D",)), ("r", ("R",)), ("z", ("Z",)), ("s", ("S",)), ("f", ("F",)), ("v", ("F",)), ("q", ("K",)),
    ("k", ("K",)), ("c", ("K",)), ("l", ("L",)), ("m", ("M",)), ("n", ("N",)), ("h", ("H",)), ("w", ("W",)),
    ("y", ("Y",)), ("x", ("KS",)),
)
# Dialect and MSA function words as typed in Latin letters. Clitics («el», «b», «w», «l») join the
# next word, as Arabic writes them.
_FUNCTION_WORDS = {
    "shu": "شو", "sho": "شو", "shou": "شو", "esh": "ايش", "eish": "ايش", "eh": "ايه", "leh": "ليه",
    "lesh": "ليش", "leish": "ليش", "meen": "مين", "mien": "مين", "wein": "وين", "wen": "وين", "wain": "وين",
    "fein": "فين", "kam": "كم", "kaam": "كم", "addesh": "قديش", "2addesh": "قديش", "2adesh": "قديش",
    "adesh": "قديش", "emta": "امتى", "imta": "امتى", "ezay": "ازاي", "izzay": "ازاي", "ezzay": "ازاي",
    "kif": "كيف", "keef": "كيف", "kaif": "كيف", "ya3ni": "يعني", "kan": "كان", "kaan": "كان",
    "kanet": "كانت", "3ala": "على", "3la": "على", "3an": "عن", "ma3": "مع", "m3a": "مع", "fi": "في",
    "fe": "في", "min": "من", "mn": "من", "men": "من", "hal": "هل", "ma": "ما", "howa": "هو", "huwa": "هو",
    "heya": "هي", "hiya": "هي", "hya": "هي", "hia": "هي", "hiye": "هي", "hwa": "هو", "howwa": "هو",
    "mish": "مش", "msh": "مش", "mesh": "مش", "3shan": "عشان", "3ashan": "عشان",
    "ello": "اللي", "elli": "اللي", "illi": "اللي", "eli": "اللي", "shno": "شنو", "shnu": "شنو",
    "shinu": "شنو", "wesh": "وش", "sh7al": "شحال", "ch7al": "شحال", "3lach": "علاش", "3lash": "علاش",
    "shkoun": "شكون", "chkoun": "شكون", "shkad": "شكد", "manu": "منو", "limatha": "لماذا", "matha": "ماذا",
    "ayna": "اين", "bde": "بدو", "bdo": "بدو", "bado": "بدو", "baddo": "بدو", "bgha": "بغا", "bghit": "بغيت",
    "el": "ال", "il": "ال", "al": "ال", "l": "ل", "le": "ل", "la": "ل", "b": "ب", "w": "و", "wa": "و",
    "bel": "بال", "bil": "بال", "lel": "لل", "lil": "لل", "fel": "في ال", "fil": "في ال",
}
_CLITICS = ("ال", "ل", "ب", "و", "بال", "لل")
# Function words that are English words too («men», «hal», «eh»): no sign of Arabizi by themselves.
_ENGLISH_TOO = frozenset(
    "men ma la el il al l le b w wa bel fe fi min hal eh kan lel lil fil fel bil".split()
)
_SIGNS = frozenset(_FUNCTION_WORDS) - _ENGLISH_TOO
_DIGIT_IN_WORD = re.compile(r"[a-z][2-9]|[2-9][a-z]")
_NOT_ARABIZI = re.compile(r"^\d+(st|nd|rd|th|bn|m|k|b|s)$")  # «500bn», «2nd»
_TOKEN = re.compile(r"[A-Za-z0-9']+|[^A-Za-z0-9'\s]+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
_ARTICLES = ("وال", "بال", "لل", "ال")
_LATIN_ARTICLE = re.compile(r"^(el|al|il)(?=[a-z0-9]{3})")  # «elsharikat»: the article typed on
_SUFFIXES = ("ها", "هم", "ته", "ه")
_MAX_SPELLINGS = 10  # letters with several readings in one word, at most (beyond, no reading)
_FUNCTION_WORDS_ARABIC = frozenset(w for w in STOPWORDS if not w.isascii())


def _collapse(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text)


def _skeleton(word: str) -> str:
    """An Arabic word's consonants, as classes: «توقيع» → «TKE» (its long vowels and final vowel dropped)."""
    if len(word) > 3 and word[-1] in "هاي":
        word = word[:-1]
    return _collapse("".join(_ARABIC[ch] for i, ch in enumerate(word) if ch in _ARABIC and not (
        _ARABIC[ch] in ("W", "Y") and i > 0
    )))


def _latin_skeletons(token: str) -> frozenset[str]:
    """The consonant skeletons a Latin-lettered word may spell: «tawqee3» → {«TKE»}."""
    text = _collapse(token.lower().removesuffix("'s"))
    if len(text) > 3 and text[-1] in "aeiouy":
        text = text[:-1]
    readings: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        for spelling, classes in _LATIN:
            if text.startswith(spelling, i):
                kept = tuple(c for c in classes if not (c in ("W", "Y") and readings))  # W, Y inside: a vowel
                readings.append(kept or ("",))
                i += len(spelling)
                break
        else:
            i += 1  # a vowel, an apostrophe
    if sum(len(r) > 1 for r in readings) > _MAX_SPELLINGS:
        return frozenset()
    return frozenset(s for s in (_collapse("".join(p)) for p in product(*readings)) if s)


def _forms(word: str) -> set[str]:
    """A word and its core without a proclitic or a pronoun suffix («والإمارات» → «امارات»); not
    the word itself behind the article, whose «ل» an Arabizi word has only as «el» (`_read_word`)."""
    forms = {word}
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            forms = {word[len(prefix):]} if prefix in _ARTICLES else {word, word[len(prefix):]}
            break
    for form in list(forms):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.add(form[: -len(suffix)])
                break
    return forms


@lru_cache(maxsize=8)
def _by_skeleton(pool: frozenset[str], rank: int) -> dict[str, tuple[int, str]]:
    """Skeleton → (rank, the shortest form of `pool` with it). Cached: every index of a
    collection (ARCD builds one per article) shares the lexicon's and the function words'."""
    table: dict[str, tuple[int, str]] = {}
    for word in sorted(pool):
        for form in _forms(word):
            skeleton = _skeleton(form)
            known = table.get(skeleton)
            if skeleton and (known is None or (-len(form), form) < (-len(known[1]), known[1])):
                table[skeleton] = (rank, form)
    return table


class Arabizi:
    """Reads Arabizi questions into Arabic script against the words of some texts and a lexicon."""

    def __init__(self, texts: Iterable[str], lexicon_words: frozenset[str], latin_words: Iterable[str]) -> None:
        self.latin_words = frozenset(latin_words)
        stories = frozenset(w for text in texts for w in words(text) if not w.isascii())
        # skeleton → (rank, word): the stories' words first, then the lexicon's, then function words.
        self._words = {**_by_skeleton(_FUNCTION_WORDS_ARABIC, 2), **_by_skeleton(lexicon_words, 1)}
        self._words.update(_by_skeleton(stories, 0))
        self.read_word = lru_cache(maxsize=4096)(self._read_word)

    def is_arabizi(self, question: str) -> bool:
        """No Arabic letter, and a word with a digit for a letter («za3lan») or a dialect
        question word («shu», «leh») that is no English word and no name the lexicon knows."""
        if _ARABIC_LETTER.search(question):
            return False
        for token in (t.lower() for t in _TOKEN.findall(question)):
            if normalize(token.removesuffix("'s")) in self.latin_words or _NOT_ARABIZI.match(token):
                continue
            if _DIGIT_IN_WORD.search(token) or token in _SIGNS:
                return True
        return False

    def read(self, question: str) -> str:
        """`question` in Arabic script if it is Arabizi, else as given."""
        if not self.is_arabizi(question):
            return question
        out: list[str] = []
        clitics = ""
        for token in _TOKEN.findall(question):
            lower = token.lower()
            if not any(c.isalnum() for c in lower):
                out.append(token.replace("?", "؟"))
                continue
            function_word = _FUNCTION_WORDS.get(lower)
            if function_word in _CLITICS:
                clitics += function_word
                continue
            if function_word == "في ال":
                out.append("في")
                clitics += "ال"
                continue
            if function_word is not None:
                out.append(clitics + function_word)
            elif lower.isdigit() or normalize(lower.removesuffix("'s")) in self.latin_words:
                out.append(f"{clitics} {token}".strip())  # a name the lexicon reads: its clitic apart
            else:
                out.append(clitics + (self.read_word(lower) or token))
            clitics = ""
        return " ".join(out)

    def _read_word(self, token: str) -> str | None:
        """The known word `token` spells (exactly by its consonants, else one away), or None."""
        article = _LATIN_ARTICLE.match(token)
        if article:
            word = self._read_word(token[article.end():])
            return "ال" + word if word else None
        skeletons = _latin_skeletons(token)
        # The stories' words before the lexicon's, then the reading with the most consonants
        # («ta2sees»: the story's «تأسيس» before the lexicon's «طقس»; «2alet»: «قالت»).
        exact = sorted((rank, -len(s), word) for s in skeletons if s in self._words for rank, word in [self._words[s]])
        if exact:
            return exact[0][2]
        near = sorted(
            (editdistance.eval(s, known), rank, word)
            for s in skeletons if len(s) >= 3
            for known, (rank, word) in self._words.items() if abs(len(known) - len(s)) <= 1
        )
        return near[0][2] if near and near[0][0] <= 1 else None
