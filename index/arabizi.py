"""Arabizi — Arabic typed in Latin letters and digits («leh musk za3lan men OpenAI?») — read
back into Arabic script, so that the rest of the index sees the question the reader meant.

Readers of every dialect write Arabic this way on phones without an Arabic keyboard, or from
habit: «3» for ع, «7» for ح, «5» for خ, «2» for ء or (said as a glottal stop) ق, «sh» for ش,
vowels as they hear them or not at all. A question is read as Arabizi when it has no Arabic
letter and has a word with such a digit or a dialect question word («shu», «leh», «meen»).
Its function words and commonest verbs come from tables; every other word is matched by its
consonants to a word the stories, the lexicon or the function words have, the one whose long
vowels the reader typed first («sa3ed» is «ساعد», not «سعودي»), and is kept as typed when none
is near. Latin names and English words the lexicon knows («OpenAI», «Stargate»,
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

# Arabic letters → consonant classes an Arabizi spelling can reach (ق as «q», «k», «2», «g»; ك as
# «k» or «c»). و and ي inside a word are long vowels; a final ا, ى, ي or ة/ه is a vowel too.
_ARABIC = {
    "ب": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "J", "ح": "H", "خ": "X", "د": "D", "ذ": "D",
    "ر": "R", "ز": "Z", "س": "S", "ش": "C", "ص": "S", "ض": "D", "ظ": "Z", "ع": "E", "غ": "G",
    "ف": "F", "ق": "Q", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H", "و": "W", "ي": "Y",
}
# Latin letters and digits → the classes they may stand for (longest spelling first).
_LATIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("3'", ("G",)), ("7'", ("X",)), ("9'", ("D",)), ("6'", ("Z",)),  # a digit with an apostrophe: غ خ ض ظ
    ("sh", ("C",)), ("ch", ("C",)), ("kh", ("X",)), ("gh", ("G",)), ("th", ("T", "D")), ("dh", ("D",)),
    ("2", ("", "Q")), ("3", ("E",)), ("5", ("X",)), ("6", ("T",)), ("7", ("H",)), ("8", ("G", "Q")),
    ("9", ("S", "Q")), ("b", ("B",)), ("p", ("B",)), ("t", ("T",)), ("j", ("J",)), ("g", ("J", "Q", "G")),
    ("d", ("D",)), ("r", ("R",)), ("z", ("Z",)), ("s", ("S",)), ("f", ("F",)), ("v", ("F",)), ("q", ("Q",)),
    ("k", ("K", "Q")), ("c", ("K",)), ("l", ("L",)), ("m", ("M",)), ("n", ("N",)), ("h", ("H",)), ("w", ("W",)),
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
    "shinu": "شنو", "shino": "شنو", "bein": "بين", "ben": "بين", "bain": "بين", "bayn": "بين", "beyn": "بين",
    "baina": "بين", "wesh": "وش", "sh7al": "شحال",
    "ch7al": "شحال", "3lach": "علاش", "3lash": "علاش", "chnou": "شنو", "chno": "شنو", "chnu": "شنو",
    "shnou": "شنو", "ay": "اي", "f": "في", "dyal": "ديال", "dyalo": "ديالو", "dyalha": "ديالها",
    "dyalhom": "ديالهم", "shkoun": "شكون", "chkoun": "شكون", "shkad": "شكد", "manu": "منو", "mnu": "منو",
    "minu": "منو", "mno": "منو", "mnw": "منو", "limatha": "لماذا", "matha": "ماذا",
    "ely": "اللي", "elly": "اللي", "illy": "اللي", "fiha": "فيها", "feeha": "فيها", "fih": "فيه", "feeh": "فيه",
    "ayna": "اين", "bde": "بدو", "bdo": "بدو", "bado": "بدو", "baddo": "بدو", "beddo": "بدو", "biddo": "بدو",
    "bedo": "بدو", "bedha": "بدها", "bidha": "بدها", "badha": "بدها", "baddha": "بدها", "beddha": "بدها",
    "bgha": "بغا", "bghit": "بغيت", "ayy": "اي", "ayya": "اي", "kansh": "كان", "makansh": "ماكانش",
    "el": "ال", "il": "ال", "al": "ال", "l": "ل", "le": "ل", "la": "ل", "b": "ب", "w": "و", "wa": "و",
    "wala": "ولا", "wla": "ولا", "walla": "ولا",
    "bel": "بال", "bil": "بال", "lel": "لل", "lil": "لل", "lal": "لل", "fel": "في ال", "fil": "في ال",
    "be": "ب", "bi": "ب",
}
# The commonest dialect verbs as typed, whose short vowels read as long ones would make other
# words: «3amal» (did) is not «عمال» (workers), «dafa3» (paid) not «دافع» (motive), «gal» (Gulf
# «said») not «جال».
_COMMON_VERBS = {
    "2al": "قال", "2alet": "قالت", "2alit": "قالت", "2alo": "قالوا", "2alu": "قالوا", "gal": "قال",
    "galat": "قالت", "galaw": "قالوا", "3amal": "عمل", "3emel": "عمل", "3amalo": "عملوا", "3amlo": "عملوا",
    "3amalu": "عملوا", "3amlu": "عملوا", "3amlat": "عملت", "3amalat": "عملت", "3emlet": "عملت", "dafa3": "دفع",
    # Egyptian «عامل» / «عاملة» (doing, made): «3amla» is not «عمله» (its currency).
    "3amel": "عامل", "3aamel": "عامل", "3amla": "عاملة", "3amlah": "عاملة", "3amleen": "عاملين", "3amlin": "عاملين",
    "seb": "ساب", "sab": "ساب", "sar": "صار", "saar": "صار", "7aka": "حكى", "7aki": "حكى", "7akat": "حكت",
    "7aket": "حكت", "7akit": "حكت",
    # «ra2y» (opinion): its hamza typed as «2», which also reads «ق» («رقائق», chips).
    "ra2y": "رأي", "ra2i": "رأي", "ra2yo": "رأيه", "ra2yu": "رأيه", "ra2yha": "رأيها", "ra2yaha": "رأيها",
}
_CLITICS = ("ال", "ل", "ب", "و", "بال", "لل")
_PREPOSITIONS = frozenset(("في", "على", "عن", "من", "مع"))  # before «hal»: «this» («fi hal shi»)
# Function words that are English words too («men», «hal», «eh»): no sign of Arabizi by themselves.
_ENGLISH_TOO = frozenset(
    "men ma la el il al l le b w wa bel fe fi min hal eh kan lel lil fil fel bil be bi ben ay f".split()
)
_SIGNS = frozenset(_FUNCTION_WORDS) - _ENGLISH_TOO
# Words an English question has, one at least: beside them, «men», «fi», «ben» are English or names.
_ENGLISH = frozenset("""
the a an is are was were be been did does do done what who whom whose why when where how which of to in on
at for with and or not no has have had will would can could should this that these those about from by
it its he she they his her their him them i you we me my your our as if than then there here after before
""".split())
_DIGIT_IN_WORD = re.compile(r"[a-z][2-9]|[2-9][a-z]")
_NOT_ARABIZI = re.compile(r"^\d+(st|nd|rd|th|bn|m|k|b|s)$")  # «500bn», «2nd»
_TOKEN = re.compile(r"[A-Za-z0-9']+|[^A-Za-z0-9'\s]+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
_ARTICLES = ("وال", "بال", "لل", "ال")
_LATIN_ARTICLE = re.compile(r"^(el|al|il)(?=[a-z0-9]{3})")  # «elsharikat»: the article typed on
_SUFFIXES = ("ها", "هم", "ته", "ه")
_PRESENT_B = re.compile(r"^b[ie]?(?=[ytn][a-z0-9']{3})")  # «b», «bi», «be» before «y», «t», «n» and a stem
# Levantine and Egyptian future: «7a» / «ha» fused to a present verb («7ayeshtaghal», «hayeftah»),
# or «ra7» / «7» before one («ra7 yeftta7o»); read as «رح», the future word (`FUTURE_WORDS`).
_FUTURE_PREFIX = re.compile(r"^(?:7a|ha)(?=[ytn][a-z0-9']{4})")
_FUTURE_WORD = frozenset(("ra7", "rah", "7"))
_PRESENT_VERB = re.compile(r"^[ytn][a-z0-9']{3}")
_FUTURE = "رح"
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


# Vowels, for choosing among words of one skeleton: Arabic writes its long vowels (ا و ي) and a
# final «ة» (typed «a»); Arabizi writes every vowel it hears, short ones too.
_LATIN_VOWELS = (("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("ou", "u"), ("a", "a"), ("e", "i"),
                 ("i", "i"), ("o", "u"), ("u", "u"))
_ARABIC_VOWELS = {"ا": "a", "ى": "a", "و": "u", "ي": "i", "ؤ": "u", "ئ": "i"}


def _shape(word: str) -> str:
    """An Arabic word's consonant classes with its written vowels: «سيارة» → «SiaRa»."""
    out = []
    for i, ch in enumerate(word):
        if ch in _ARABIC_VOWELS and (i > 0 or ch not in "وي"):
            out.append(_ARABIC_VOWELS[ch])
        elif ch == "ه" and i == len(word) - 1 and len(word) > 3:
            out.append("a")  # «ة», normalized
        elif ch in _ARABIC:
            out.append(_ARABIC[ch])
    return _collapse("".join(out))


def _latin_shapes(token: str) -> frozenset[str]:
    """The shapes (consonant classes and vowels) a Latin-lettered word may spell: «sayara» → {«SaiaRa»}."""
    text = _collapse(token.lower().removesuffix("'s"))
    readings: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        for spelling, vowel in _LATIN_VOWELS:
            if text.startswith(spelling, i):
                readings.append((vowel,))
                i += len(spelling)
                break
        else:
            for spelling, classes in _LATIN:
                if text.startswith(spelling, i):
                    if classes in (("W",), ("Y",)) and readings:
                        classes = ("u",) if classes == ("W",) else ("i",)  # inside a word: a vowel
                    readings.append(classes)
                    i += len(spelling)
                    break
            else:
                i += 1  # an apostrophe
    if sum(len(r) > 1 for r in readings) > _MAX_SPELLINGS:
        return frozenset()
    return frozenset(s for s in (_collapse("".join(p)) for p in product(*readings)) if s)


# What a word's vowels cost beside the reader's: a vowel typed that Arabic does not write is likely
# a short vowel (¼); a long vowel not typed is unlikely (1); another vowel is dialect (½). A
# consonant typed or not is another word (2). Each rank further (story, lexicon, function word) costs ½.
_SHORT_VOWEL, _LONG_VOWEL, _OTHER_VOWEL, _CONSONANT, _RANK_COST = 0.25, 1.0, 0.5, 2.0, 0.5


def _apart(latin: str, arabic: str) -> float:
    """Weighted edit distance from a Latin shape to an Arabic one (`_SHORT_VOWEL`…)."""
    def vowel(ch: str) -> bool:
        return ch in "aiu"

    row = [0.0]
    for written in arabic:
        row.append(row[-1] + (_LONG_VOWEL if vowel(written) else _CONSONANT))
    for typed in latin:
        new = [row[0] + (_SHORT_VOWEL if vowel(typed) else _CONSONANT)]
        for j, written in enumerate(arabic, 1):
            if typed == written:
                swap = 0.0
            elif vowel(typed) and vowel(written):
                swap = _OTHER_VOWEL
            else:
                swap = _CONSONANT
            new.append(min(
                row[j - 1] + swap,
                row[j] + (_SHORT_VOWEL if vowel(typed) else _CONSONANT),
                new[j - 1] + (_LONG_VOWEL if vowel(written) else _CONSONANT),
            ))
        row = new
    return row[-1]


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
def _by_skeleton(pool: frozenset[str], rank: int) -> dict[str, tuple[tuple[int, str], ...]]:
    """Skeleton → (rank, form) of every form of `pool` with it. Cached: every index of a
    collection (ARCD builds one per article) shares the lexicon's and the function words'."""
    table: dict[str, set[tuple[int, str]]] = {}
    for word in pool:
        for form in _forms(word):
            skeleton = _skeleton(form)
            if skeleton:
                table.setdefault(skeleton, set()).add((rank, form))
    return {skeleton: tuple(sorted(forms)) for skeleton, forms in table.items()}


class Arabizi:
    """Reads Arabizi questions into Arabic script against the words of some texts and a lexicon."""

    def __init__(self, texts: Iterable[str], lexicon_words: frozenset[str], latin_words: Iterable[str]) -> None:
        self.latin_words = frozenset(latin_words)
        # The stories' function words rank with the others («كل» is no reading of «2al»).
        stories = frozenset(w for text in texts for w in words(text) if not w.isascii() and w not in STOPWORDS)
        # skeleton → (rank, word) of every word with it: the stories' rank 0, the lexicon's 1, function words 2.
        self._words: dict[str, tuple[tuple[int, str], ...]] = {}
        pools = ((stories, 0), (lexicon_words, 1), (_FUNCTION_WORDS_ARABIC, 2))
        for table in (_by_skeleton(pool, rank) for pool, rank in pools):
            for skeleton, forms in table.items():
                self._words[skeleton] = self._words.get(skeleton, ()) + forms
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
        # «hal musk kan fi el saudia?»: only words that are English too, but several and no English
        # word beside them.
        tokens = [t.lower() for t in _TOKEN.findall(question)]
        return sum(t in _ENGLISH_TOO for t in tokens) >= 2 and not any(t in _ENGLISH for t in tokens)

    def read(self, question: str) -> str:
        """`question` in Arabic script if it is Arabizi, else as given."""
        if not self.is_arabizi(question):
            return question
        out: list[str] = []
        clitics = ""
        tokens = _TOKEN.findall(question)
        for i, token in enumerate(tokens):
            lower = token.lower()
            if not any(c.isalnum() for c in lower):
                out.append(token.replace("?", "؟"))
                continue
            if lower in _FUTURE_WORD and i + 1 < len(tokens) and _PRESENT_VERB.match(tokens[i + 1].lower()):
                out.append(_FUTURE)  # «ra7 yeftta7o» (will open), not «راح» (went)
                continue
            future = _FUTURE_PREFIX.match(lower)
            if future and (verb := self.read_word(lower[future.end():])):
                out.append(f"{_FUTURE} {clitics}{verb}")
                clitics = ""
                continue
            function_word = _FUNCTION_WORDS.get(lower) or _COMMON_VERBS.get(lower)
            if lower == "hal" and (clitics in ("ب", "ل") or out and out[-1] in _PREPOSITIONS):
                clitics += "هال"  # «b hal mashroo3», «fi hal shi»: «this», not the question's «هل»
                continue
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
                # A name the lexicon reads: «و» and «ب» apart («ra2y altman bi musk»: Altman's
                # opinion of Musk, not Musk's voice), «ل» dropped («dafa3 la trump» paid Trump;
                # «دفع ل» alone is «pushed to»).
                out.append(f"{clitics} {token}".strip() if clitics in ("و", "ب") else token)
            else:
                word = self.read_word(lower)
                out.append(clitics + word if word else f"{clitics} {token}".strip())  # unread: its clitic apart
            clitics = ""
        return " ".join(out)

    def _read_word(self, token: str) -> str | None:
        """The known word `token` spells (exactly by its consonants, else one away), or None."""
        article = _LATIN_ARTICLE.match(token)
        if article:
            word = self._read_word(token[article.end():])
            return "ال" + word if word else None
        skeletons = _latin_skeletons(token)
        shapes = _latin_shapes(token)

        # Of the words with its consonants, the one whose vowels the reader typed, ranks counted
        # («sa3ed»: the lexicon's «ساعد», not the story's «سعودي»; «abyad»: «الأبيض», not «بداية»;
        # «3ard»: the story's «عرض» before the lexicon's «عارض»), then the reading with the most
        # consonants («ta2sees»: «تأسيس», not «طقس»), then the shorter word («tarak»: «ترك», not «تترك»).
        exact = sorted(
            (min((_apart(shape, _shape(word)) for shape in shapes), default=0.0) + _RANK_COST * rank,
             -len(s), len(word), word)
            for s in skeletons if s in self._words for rank, word in self._words[s]
        )
        if exact:
            return exact[0][-1]
        near = sorted(
            (distance, rank, -len(word), word)
            for s in skeletons if len(s) >= 3
            for known, forms in self._words.items() if abs(len(known) - len(s)) <= 1
            for distance in [editdistance.eval(s, known)] if distance <= 1
            for rank, word in forms
        )
        if near:
            return near[0][-1]
        present = _PRESENT_B.match(token)
        if present:
            # Egyptian and Levantine «b» before a present verb («beyettaham», «btesht3'al»): the verb.
            return self._read_word(token[present.end():])
        return None
