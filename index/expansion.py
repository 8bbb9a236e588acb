"""Query expansion: the words a reader typed, and the other words that mean the same.

A question is read as a list of *concepts*: a word, or a known multi-word name
(«البيت الأبيض», «Karoline Leavitt»). Each concept carries alternatives from

* the lexicon files in index/lexicon/ — Latin ↔ Arabic names and news words
  (`aliases.txt`) and dialect ↔ MSA synonyms (`synonyms.txt`);
* aliases the stories state themselves, as «ستارجيت (Stargate)»;
* spelling: a word the stories never use is matched to story words within a
  small edit distance («التوقيغ» → «التوقيع»).

Expansion applies to questions only; passages are indexed as written. Pure:
the lexicon is data shipped with the package, read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import editdistance

from index.analyzer import words
from index.normalize import normalize
from index.stemmers import english_stem, light_stem
from index.stopwords import STOPWORDS
from index.tokenize import word_tokens

__all__ = [
    "Concept", "Lexicon", "actor_groups", "closest_words", "company_names", "default_lexicon", "fact_phrases", "is_typo_of",
    "latin_names", "mine_aliases", "mine_heads", "without_first_vowel", "name_phrases", "person_phrases", "place_groups", "place_phrases", "project_and_place_phrases", "quantity_words", "slips",
    "strip_clitics", "transposed",
]

MAX_PHRASE = 4  # longest variant, in words
LOOKUP_CACHE = 65_536  # phrases whose lookup is remembered (the memo is emptied when full)
_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")  # the article, alone or after a clitic
_CLITICS = (*_ARTICLES, "و", "ف", "ب", "ل", "ك")


def _stemmed(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase by light stem, English words by Snowball's («tried» meets «try»)."""
    return tuple(english_stem(word) if word.isascii() else light_stem(word) for word in phrase)


def strip_clitics(word: str) -> list[str]:
    """`word` without each leading clitic it may carry, longest first («بستارجيت» → «ستارجيت»)."""
    return [word[len(c):] for c in _CLITICS if word.startswith(c) and len(word) - len(c) >= 3] + _behind_this(word)


def _behind_this(word: str) -> list[str]:
    """`word` without the Levantine and Gulf «هالـ» (this) or «عالـ» (on the) it may carry, with
    and without the article: «هالمشروع» → «المشروع», «مشروع»; «بهالمشروع» (in this project) too."""
    if word.startswith(("عال", "هال")) and len(word) >= 6:
        return [word[1:], word[3:]]
    if word.startswith(("بهال", "لهال", "وهال", "فهال", "عهال")) and len(word) >= 7:
        return [word[2:], word[4:]]
    return []


def without_first_vowel(word: str) -> bool:
    """Whether `word` has the shape of a form VII, VIII or X verb (or its noun) said without its
    first «ا», four letters at least: «نسحب» (انفعل), «شترى», «تضايق» (افتعل, اتفاعل), «ستقال»
    (استفعل). Not «علنا» (publicly), which «ا» would make «أعلن» (announced)."""
    spelled = "ا" + word
    return (
        len(word) >= 4 and not word.startswith("ا")
        and (spelled.startswith(("است", "ان", "ات")) or spelled[2:3] == "ت")
    )


@dataclass(frozen=True)
class Concept:
    """One thing a question asks about: the words as asked, and equivalent wordings."""

    words: tuple[str, ...]
    alternatives: tuple[str, ...] = ()
    form_unused: bool = False  # the stories use these words' root, never these forms (index.search)

    @property
    def text(self) -> str:
        return " ".join(self.words)


class Lexicon:
    """Groups of equivalent (normalized) phrases, and the lookup from each phrase to its group."""

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._alternatives: dict[tuple[str, ...], set[str]] = {}
        self._by_stem: dict[tuple[str, ...], set[str]] = {}
        self._found: dict[tuple[str, ...], frozenset[str] | None] = {}  # _lookup's memo
        self._several_words: dict[str, list[tuple[str, ...]]] | None = None  # by first word
        self.epithets: set[str] = set()  # what `add_epithet` read as a person, as text
        for group in groups:
            self.add(group)

    def add(self, variants: Iterable[str]) -> None:
        """Declare the variants equivalent; a phrase in several groups gets all of them."""
        phrases = {tuple(word_tokens(normalize(v))) for v in variants}
        phrases.discard(())
        texts = {" ".join(p) for p in phrases}
        self._found.clear()
        self._several_words = None
        for phrase in phrases:
            self._alternatives.setdefault(phrase, set()).update(texts - {" ".join(phrase)})
            self._by_stem.setdefault(_stemmed(phrase), set()).update(texts)

    def add_epithet(self, epithets: Iterable[str], meaning: str) -> None:
        """Read each epithet as `meaning` and its group («صاحب تسلا» as Musk), one way: the
        meaning is not read as the epithet («ماسك» is not searched as «صاحب تسلا», which would
        find Tesla's paragraph for every question about him)."""
        target = tuple(word_tokens(normalize(meaning)))
        texts = self._alternatives.get(target, set()) | {" ".join(target)}
        self._found.clear()
        self._several_words = None
        for epithet in epithets:
            phrase = tuple(word_tokens(normalize(epithet)))
            if phrase:
                self.epithets.add(" ".join(phrase))
                self._alternatives.setdefault(phrase, set()).update(texts - {" ".join(phrase)})
                self._by_stem.setdefault(_stemmed(phrase), set()).update(texts | {" ".join(phrase)})

    def merged(self, other: Lexicon) -> Lexicon:
        """A lexicon with the groups of both."""
        result = Lexicon()
        for source in (self, other):
            result.epithets |= source.epithets
            for phrase, alts in source._alternatives.items():
                result._alternatives.setdefault(phrase, set()).update(alts)
            for stem, texts in source._by_stem.items():
                result._by_stem.setdefault(stem, set()).update(texts)
        return result

    def words(self) -> frozenset[str]:
        """Every Arabic word of the lexicon's phrases (what its spelling check may respell to)."""
        return frozenset(w for phrase in self._alternatives for w in phrase if not w.isascii())

    def latin_words(self) -> frozenset[str]:
        """Every Latin-lettered word of the lexicon's phrases (names, English words)."""
        return frozenset(w for phrase in self._alternatives for w in phrase if w.isascii())

    def concepts(self, question: str | Sequence[str], function_pairs_side_by_side: bool = True) -> list[Concept]:
        """The question's concepts (from its text or its words), longest known phrase first, left to right.

        A two-word phrase is also found with one word between its words (a verb and its object
        around the subject); with `function_pairs_side_by_side`, not a pair of function words:
        «كان يحكي مع» (was talking with) is not «كان مع» (was with)."""
        tokens = words(question) if isinstance(question, str) else tuple(question)
        found: list[Concept] = []
        i = 0
        while i < len(tokens):
            for size in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
                phrase = tuple(tokens[i : i + size])
                alternatives = self._lookup(phrase)
                pair = (tokens[i], tokens[i + 2]) if size == 1 and i + 2 < len(tokens) else None
                if pair and not (function_pairs_side_by_side and STOPWORDS.issuperset(pair)):
                    # A verb and its object with the subject between them: «حط ترامب فلوس» is
                    # «حط فلوس» said of Trump (Arabic puts the subject after the verb). The pair
                    # goes before the verb alone: «دفع ماسك إلى» is a motive, «دفع» a payment.
                    gapped = self._lookup(pair)
                    if gapped is not None:
                        found.append(Concept(pair, tuple(sorted(gapped))))
                        found.extend(self.concepts(tokens[i + 1 : i + 2], function_pairs_side_by_side))
                        i += 3
                        break
                if alternatives is not None or size == 1:
                    found.append(Concept(phrase, tuple(sorted(alternatives or ()))))
                    i += size
                    break
        return found

    def _lookup(self, phrase: tuple[str, ...]) -> frozenset[str] | None:
        """Alternatives of a phrase as written, without a leading clitic, or by light stem (memoized)."""
        if phrase not in self._found:
            if len(self._found) >= LOOKUP_CACHE:
                self._found.clear()
            self._found[phrase] = self._find(phrase)
        return self._found[phrase]

    def _find(self, phrase: tuple[str, ...]) -> frozenset[str] | None:
        """Alternatives of a phrase as written, without a leading clitic, by light stem, or as
        the MSA form of a dialect «اتـ» verb or of a dialect future («هيـ», «حتـ»), a dialect «و»
        for «ه» or «وا», or a name of several words one letter off.

        «وأوبن إيه آي» finds «OpenAI» through «أوبن إيه آي»; «مؤسسي» finds «تأسيس»
        through the stem it shares with «مؤسس»; «اتبرع» finds «دعم» through «تبرع».
        """
        found = self._alternatives.get(phrase)
        if found is not None:
            return frozenset(found)
        head = phrase[0]
        # «هالحركة» (this move) is «حركة», not «الشركة» a typo away.
        cores = [head[len(c):] for c in _CLITICS if head.startswith(c) and len(head) - len(c) >= 2] + _behind_this(head)
        for core in cores:
            bare = (core, *phrase[1:])
            found = self._alternatives.get(bare)
            if found is not None:
                return frozenset(found | {" ".join(bare)})
        found = self._by_stem.get(_stemmed(phrase))
        if found is not None:
            return frozenset(found - {" ".join(phrase)})
        dialect = (
            # Egyptian and Levantine «اتـ» verbs are the MSA «تـ» verb: «اتبرع» is «تبرع»;
            # the Egyptian and Levantine future «هـ»/«حـ» comes off the verb: «هيرفض» is «يرفض».
            (head.startswith("ات") and len(head) >= 5)
            or (head[:1] in ("ه", "ح") and head[1:2] in ("ي", "ت", "ن") and len(head) >= 5)
        )
        if dialect:
            bare = (head[1:], *phrase[1:])
            found = self._find(bare)
            if found is not None:
                return frozenset(found | {" ".join(bare)})
        vowelled = self._with_first_vowel(phrase)
        if vowelled is not None:
            return vowelled
        if len(phrase) == 1 and len(head) >= 4 and head.endswith("و"):
            # Levantine and Gulf «و» for «ه» (his) and «وا» (they): «فلوسو» is «فلوسه»; by its
            # light stem too: «وظيفتو» is «وظيفته», the lexicon's «وظيفة».
            for spelled in (head[:-1] + "ه", head + "ا"):
                found = self._alternatives.get((spelled,)) or self._by_stem.get(_stemmed((spelled,)))
                if found is not None:
                    return frozenset(found | {spelled})
        if len(phrase) == 1 and len(head) >= 5 and head.endswith("ا"):
            # The accusative «ـًا» written without its tanween: «غاضبا» is «غاضب», «مشابها» «مشابه».
            bare = (head[:-1],)
            found = self._alternatives.get(bare) or self._by_stem.get(_stemmed(bare))
            if found is not None:
                return frozenset(found | {bare[0]})
        return self._misspelled_name(phrase)

    def said_without_first_vowel(self, word: str) -> bool:
        """Whether `word` is a lexicon word said without its first vowel («ستقال»: «استقال»)."""
        return self._with_first_vowel((word,)) is not None

    def _with_first_vowel(self, phrase: tuple[str, ...]) -> frozenset[str] | None:
        """Alternatives of a phrase whose first word is a verb of form VII, VIII or X, or its noun,
        said without its first vowel, as Levantine and Egyptian speakers say and write them:
        «شترى» is «اشترى», «نسحب» «انسحب», «ستقال» «استقال» (`without_first_vowel`). Looked up as
        written or by stem only: «اتـ» off and «ا» on again would never end."""
        if not without_first_vowel(phrase[0]):
            return None
        spelled = ("ا" + phrase[0], *phrase[1:])
        found = self._alternatives.get(spelled) or self._by_stem.get(_stemmed(spelled))
        return frozenset(found | {" ".join(spelled)}) if found is not None else None

    def _misspelled_name(self, phrase: tuple[str, ...]) -> frozenset[str] | None:
        """A phrase of several Arabic words one letter from a known one that starts with the same
        word, spaces aside: «اوبن ايه ايي», «اوبن اياي» are «اوبن ايه اي» (OpenAI). Readers spell
        a transliterated name as they hear it, and its short parts are too short for spelling."""
        joined = "".join(phrase)
        if len(phrase) < 2 or len(joined) < 7 or any(w.isascii() for w in phrase):
            return None
        if self._several_words is None:
            self._several_words = {}
            for known in self._alternatives:
                if len(known) >= 2:
                    self._several_words.setdefault(known[0], []).append(known)
        close = [
            known for known in self._several_words.get(phrase[0], ())
            if abs(len("".join(known)) - len(joined)) <= 1 and editdistance.eval(joined, "".join(known)) == 1
        ]
        groups = {frozenset(self._alternatives[k] | {" ".join(k)}) for k in close}
        return groups.pop() if len(groups) == 1 else None


def _read_groups(name: str, section: str | None = None) -> list[list[str]]:
    """The groups of a lexicon file, or only those under the «# <section>…» heading. An epithet
    line («… > meaning») is no group (`_read_epithets`)."""
    return [_split(line) for line in _read_lines(name, section) if _EPITHET not in line]


_EPITHET = " > "  # «صاحب تسلا | مالك تسلا > elon musk»: the epithets, then whom they name


def _read_epithets(name: str) -> list[tuple[list[str], str]]:
    """The epithet lines of a lexicon file: the epithets and the phrase they mean."""
    return [
        (_split(said), meaning.strip())
        for said, meaning in (line.rsplit(_EPITHET, 1) for line in _read_lines(name) if _EPITHET in line)
    ]


def _split(line: str) -> list[str]:
    return [part.strip() for part in line.split("|") if part.strip()]


def _read_lines(name: str, section: str | None = None) -> list[str]:
    """The lines of a lexicon file (or of one section), comments off. A comment line right after
    another continues it: only the first line of a comment block is a heading."""
    text = resources.files("index.lexicon").joinpath(name).read_text(encoding="utf-8")
    lines = []
    heading = None
    in_comment = False
    for line in text.splitlines():
        if line.startswith("# ") and not in_comment:
            heading = line[2:]
        in_comment = line.startswith("#")
        line = line.split("#", 1)[0].strip()
        if line and (section is None or (heading or "").startswith(section)):
            lines.append(line)
    return lines


@cache
def default_lexicon(epithets: bool = True) -> Lexicon:
    """The lexicon shipped in index/lexicon/ (aliases and synonyms), and with `epithets` its
    one-way lines («صاحب تسلا» read as Musk)."""
    lexicon = Lexicon(_read_groups("aliases.txt") + _read_groups("synonyms.txt"))
    for said, meaning in _read_epithets("aliases.txt") if epithets else ():
        lexicon.add_epithet(said, meaning)
    return lexicon


@cache
def company_names() -> tuple[frozenset[tuple[str, ...]], ...]:
    """Each company of `aliases.txt` as the normalized word sequences that name it."""
    return tuple(
        frozenset(phrase for phrase in (words(v) for v in group) if phrase)
        for group in _read_groups("aliases.txt", section="Companies")
    )


def _phrases(name: str, *sections: str) -> frozenset[str]:
    """Every variant in these sections of a lexicon file, normalized and space-joined."""
    return frozenset(" ".join(words(v)) for section in sections for group in _read_groups(name, section) for v in group)


@cache
def name_phrases() -> frozenset[str]:
    """Every spelling of the people, companies, media, projects and places of `aliases.txt`."""
    return _phrases("aliases.txt", "People", "Companies", "Media", "Places")


@cache
def latin_names() -> tuple[tuple[tuple[str, ...], frozenset[tuple[str, ...]]], ...]:
    """Each person, company and medium of `aliases.txt`: the words of its name in Latin letters
    (the line's first spelling; a company's or medium's only if one word, not «white house») and
    the words of every spelling on its line."""
    return tuple(
        (name, frozenset(phrase for phrase in (words(v) for v in group) if phrase))
        for section in ("People", "Companies", "Media")
        for group in _read_groups("aliases.txt", section=section)
        for name in [words(group[0])]
        if section == "People" or len(name) == 1
    )


@cache
def person_groups() -> tuple[frozenset[tuple[str, ...]], ...]:
    """Each person of `aliases.txt` as the normalized word sequences that name them."""
    return tuple(
        frozenset(phrase for phrase in (words(v) for v in group) if phrase)
        for group in _read_groups("aliases.txt", section="People")
    )


@cache
def place_groups() -> tuple[frozenset[str], ...]:
    """Each place of `aliases.txt` (the story's and elsewhere) as its normalized spellings."""
    return tuple(
        frozenset(" ".join(words(v)) for v in group) - {""} for group in _read_groups("aliases.txt", section="Places")
    )


@cache
def actor_groups() -> tuple[frozenset[tuple[str, ...]], ...]:
    """Each person, company, news outlet, place and government of `aliases.txt` (who can say
    something: a country speaks through its government), as the normalized word sequences that
    name them. Not the United States, whose voice is its White House's («ما موقف أمريكا من
    المشروع؟»)."""
    groups = (
        frozenset(phrase for phrase in (words(v) for v in group) if phrase)
        for section in ("People", "Companies", "Media", "Places", "Governments")
        for group in _read_groups("aliases.txt", section=section)
    )
    return tuple(group for group in groups if ("united", "states") not in group)


@cache
def person_phrases() -> frozenset[str]:
    """Every spelling of the people of `aliases.txt`."""
    return _phrases("aliases.txt", "People")


@cache
def project_and_place_phrases() -> frozenset[str]:
    """Every spelling of the media, projects, agencies and places of `aliases.txt` (not people)."""
    return _phrases("aliases.txt", "Media", "Places")


@cache
def place_phrases() -> frozenset[str]:
    """Every spelling of the places of `aliases.txt`, the story's and elsewhere."""
    return _phrases("aliases.txt", "Places")


@cache
def fact_phrases() -> frozenset[str]:
    """Every wording of the facts news stories seldom state (age, salary, headquarters…:
    the «Facts» section of `synonyms.txt`)."""
    return _phrases("synonyms.txt", "Facts")


# Words that state a quantity without being a number («لعدة أيام», «مليارات»); not synonyms of
# each other, so not a lexicon line.
_QUANTITIES = (
    "عدة بضعة عشرات مئات آلاف الاف ملايين مليارات مليون مليار نصف ربع ثلث "
    "several dozens hundreds thousands millions billions million billion half"
)


@cache
def quantity_words() -> frozenset[str]:
    """Words that state a quantity without a digit: the number words of `synonyms.txt`'s
    «Numbers» section and `_QUANTITIES`."""
    numbers = {w for v in _phrases("synonyms.txt", "Numbers") for w in v.split() if not w.isdigit()}
    return frozenset(numbers | set(words(_QUANTITIES)))


# «ستارجيت (Stargate)»: Arabic word(s), then the Latin name in parentheses.
_ALIAS_RE = re.compile(r"((?:[\u0621-\u064a]+\s+){0,2}[\u0621-\u064a]+)\s*[(（]\s*([A-Za-z][A-Za-z0-9 .&'-]{1,40})\s*[)）]")


def mine_aliases(text: str) -> list[tuple[str, str]]:
    """(Arabic, Latin) pairs a text states as «عربي (Latin)»; as many Arabic words as Latin ones."""
    pairs = []
    for arabic, latin in _ALIAS_RE.findall(text):
        words = arabic.split()
        pairs.append((" ".join(words[-len(latin.split()):]), latin.strip()))
    return pairs


# «OpenAI التي يرأسها سام ألتمان»: a company, then who heads it (a name of one or two words).
_HEADED_RE = re.compile(
    r"([\w.-]+)\s+(?:التي|الذي)\s+(?:يرأسها|يديرها|يقودها|يرأسه|يديره|يقوده|ترأسها|تديرها)\s+(\w+(?:\s+\w+)?)"
)


# How a reader names a company by its head: «شركة ألتمان», «مختبر ألتمان» (Altman's lab, as news
# calls an AI company), and «الشركة التي يديرها ألتمان», «الشركة اللي يرأسها ألتمان».
_HEADED_NOUNS = ("شركة", "مختبر")
_THAT_HEADS = [f"الشركة {that} {verb}" for that in ("التي", "اللي", "الي", "يلي")
               for verb in ("يرأسها", "يديرها", "يقودها", "يترأسها")]


def mine_heads(text: str) -> list[tuple[str, str]]:
    """(«شركة ألتمان», company) pairs from what a text states as «X التي يرأسها سام ألتمان»: readers
    name a company by the one who heads it («شركة ألتمان», «الشركة التي يديرها ألتمان»). With the
    full name and with the last word alone."""
    pairs = []
    for company, person in _HEADED_RE.findall(text):
        for name in {person, person.split()[-1]}:
            pairs.extend((f"{noun} {name}", company) for noun in _HEADED_NOUNS)
            pairs.extend((f"{heads} {name}", company) for heads in _THAT_HEADS)
    return pairs


def closest_words(word: str, vocabulary: Iterable[str]) -> list[str]:
    """Vocabulary words one edit from `word` (two for words of seven letters or more, the article aside).

    An edit is a letter added, dropped or changed, or two neighbours swapped.

    Candidates must share the word's start (below), and words under four
    letters are left alone: at that length one edit turns most words into other
    real words.
    """
    if len(word) < 4 or not word.isalpha():
        return []
    # The length that allows two edits is the word's own, without its article: «بالرياض»
    # is a four-letter word two edits from «بالرفض», not a seven-letter one.
    core = next((word[len(a):] for a in _ARTICLES if word.startswith(a)), word)
    limit = 2 if len(core) >= 7 else 1
    # Typos keep a word's start: its first two letters, or only the first in a word of five
    # letters or more («انسخة» may be «النسخة»; a four-letter «اعرب» must start «اع»).
    # Without this «اقرب» would become «اعرب». (benchmarks/typos.py: +9 of 912.) A dropped
    # second letter is the exception («تامب» is «ترامب»: letter dropped +51 of 2,728).
    kept = 2 if len(word) < 5 else 1
    scored = []
    for candidate in vocabulary:
        if abs(len(candidate) - len(word)) > limit:
            continue
        if candidate[:kept] == word[:kept]:
            distance = editdistance.eval(word, candidate)
            if distance == 2 and transposed(word, candidate):
                distance = 1  # one slip of the thumb, not two edits
        elif (candidate[0] == word[0] or candidate[:2] == word[1::-1]) and transposed(word, candidate):
            distance = 1  # the slip moved the start: «مساك», «امسك» / «ماسك»
        elif candidate[0] + candidate[2:] == word:
            distance = 1  # its second letter dropped, which the start rule above cannot see: «تامب» / «ترامب»
        else:
            continue
        if 0 < distance <= limit:
            scored.append((distance, candidate))
    best = min((d for d, _ in scored), default=None)
    return sorted(c for d, c in scored if d == best)


# The Arabic phone and PC keyboard, row by row: a slip hits a key beside the one meant.
_KEY_ROWS = ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ءؤرىةوزظ")
# Letters told apart only by their dots, which a hurried thumb confuses too, letters that
# dialect speech merges and spelling follows («معترظ» for «معترض», «زلك» for «ذلك»), and a
# hamza's seat («مستاأ», normalized «مستاا», for «مستاء»).
_SAME_SKELETON = ("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "ضظ", "ذز", "ثس", "اء")


@cache
def slips() -> frozenset[tuple[str, str]]:
    """Letter pairs one slip apart: keyboard neighbours (same row, or the row above or below),
    letters of one skeleton and letters dialects merge."""
    pairs: set[tuple[str, str]] = set()
    for row in _KEY_ROWS:
        pairs.update(zip(row, row[1:]))
    for upper, lower in zip(_KEY_ROWS, _KEY_ROWS[1:]):
        for i, letter in enumerate(lower):
            pairs.update((letter, above) for above in upper[i : i + 2])
    for group in _SAME_SKELETON:
        pairs.update((a, b) for a in group for b in group if a != b)
    return frozenset(pairs | {(b, a) for a, b in pairs})


def is_typo_of(word: str, target: str) -> bool:
    """Whether `word` is `target` with one phone slip: a key beside the right one, two
    neighbours swapped, a letter dropped or doubled. Stricter than `closest_words`' edit
    distance: a letter added or changed freely is as often another inflection or another
    word («الثانية» / «الثاني», «التقويم» / «تقوية») as a typo."""
    if word == target or word[:1] != target[:1] and not transposed(word, target):
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return transposed(word, target) or (len(diff) == 1 and (word[diff[0]], target[diff[0]]) in slips())
    if len(word) == len(target) - 1:  # dropped; a dropped last letter would be an inflection
        return any(target[:i] + target[i + 1 :] == word for i in range(1, len(target) - 1))
    if len(word) == len(target) + 1:  # doubled
        return any(word[i] == word[i + 1] and word[:i] + word[i + 1 :] == target for i in range(1, len(word) - 1))
    return False


def transposed(a: str, b: str) -> bool:
    """Whether `b` is `a` with two adjacent letters swapped («مساك» / «ماسك»)."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
