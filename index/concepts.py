"""A question's words → the concepts an index searches for.

Question words and fillers go. The lexicon groups a question's words into phrases and gives each
its other wordings (dialect, English, synonyms, the aliases a story states). A word neither the
stories nor the lexicon know is respelled: to a lexicon word one phone slip away, to a story
word behind a clitic or in a dialect form («عرضو», «ميوافقش», «ستقال»), or to one a typo away.
A phrase a story names something by is read as that thing: «شركة ألتمان» is OpenAI where the
story says «OpenAI التي يرأسها سام ألتمان» (`expansion.mine_heads`).
`PassageIndex.concepts` is `ConceptReader.concepts`; the index ranks what it returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

import editdistance

from index.analyzer import words
from index.cues import ROLE_FAMILIES
from index.expansion import (
    Concept,
    Lexicon,
    closest_words,
    is_typo_of,
    latin_names,
    name_phrases,
    slips,
    strip_clitics,
    transposed,
    without_first_vowel,
)
from index.isri import isri_stem
from index.normalize import normalize
from index.numbers import spell_numbers
from index.settings import SearchSettings
from index.statements import FUTURE_VERB
from index.stopwords import BLESSING_VERBS, CALLING, STOPWORDS, without_fillers
from index.views import CONCEPT_CACHE, View

__all__ = ["ConceptReader", "worded_as"]

# Letters that end inflections («مكانا», «مكانه», «مكاني»): a last-letter change among them is
# grammar, not a typo.
_ENDINGS = frozenset("اهيتنو")


def _negated_cores(word: str) -> tuple[str, ...]:
    """What a word of five letters or more may be inside Egyptian and Maghrebi negation «مـ…ش»,
    «ما…ش»: «ميوافقش» is «لا يوافق» — the verb, with «ما» or «م» attached or not."""
    if len(word) < 5 or not word.endswith("ش"):
        return ()
    return word[:-1], word[1:-1], word[2:-1]


def _by_initial(known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The words by first letter, sorted: a phone slip's candidates are the words that start
    with its first or second letter (`is_typo_of`)."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(known):
        grouped.setdefault(word[0], []).append(word)
    return {initial: tuple(group) for initial, group in grouped.items()}


def _edits(word: str, candidates: list[str]) -> int:
    """The fewest edits from `word` (or from it without a leading clitic) to one of `candidates`."""
    return min(editdistance.eval(core, c) for core in (word, *strip_clitics(word)) for c in candidates)


def worded_as(concept: Concept, phrases: frozenset[str]) -> bool:
    """Whether the concept, as asked or in one of its alternatives, is one of `phrases`."""
    return concept.text in phrases or not phrases.isdisjoint(concept.alternatives)

# Question words before a naming phrase make it what is asked: «ما الشركة التي يرأسها ألتمان؟».
_ASKING = frozenset(normalize(w) for w in "ما ماهي ماهو هي هو أي اي شو ايش شنو وش مين منو which what".split())

# Where a clause ends: a greeting or a thanks stands in its own.
_CLAUSES = re.compile(r"(?<!\d)[،,.](?!\d)|[؛;!؟?]")
# Words that make a clause a greeting, a thanks, a blessing or a call: its other words are the
# formula's («عيد سعيد», «كل عام وأنت بخير», «شكرا يا كبير», «يعطيك ألف عافية»).
_GREETING_MARKS = BLESSING_VERBS | frozenset(normalize(w) for w in (
    "صباح صباحك صباحكم صباحو مساء مساءك مساك مساكم مرحبا مرحبتين اهلا أهلا اهلين أهلين هلا هلو "
    "السلام سلام سلامات تحياتي تحية عيد عيدكم مبارك مباركة مبروك بخير يومك نهارك رمضان جمعة "
    "شكرا شكر مشكور مشكورة ممنون ممنونك ميرسي مرسي يسلمو يسلموا تسلم عافية العافية دمت "
    "ازيك ازيكم كيفك كيفكم شلونك شلونكم شخبارك اخبارك أخبارك"  # how are you
).split())
# Thanks and blessings that end a question typed without its «؟» («…ليش تأخر الإعلان يعطيك ألف
# عافية»): words no question asks about. Not «تسلم» (took office), «شكر» (thanked), «بارك»
# (blessed), «عاش» (lived): verbs a question may end on.
_THANKS_MARKS = frozenset(normalize(w) for w in (
    "شكرا مشكور مشكورة مشكورين ممنون ممنونك ميرسي مرسي يسلمو يسلموا يعطيك يخليك يحفظك يسعدك يجزاك "
    "جزاك يوفقك دمت تحياتي بالتوفيق يومك نهارك thanks thank thx"
).split())
_BLESSED_BY = frozenset(normalize(w) for w in "الله ربي ربنا".split())
# …and those verbs before a call: «تسلم يا ذوق», «عاش يا بطل» (thanks, well done).
_THANKS_BEFORE_CALL = frozenset(normalize(w) for w in "تسلم تسلمي تسلمو عاش تعيش تعيشي".split())
_INTERROGATIVES = frozenset(normalize(w) for w in (
    "ليش ليه علاش لماذا لمذا متى امتى إمتى وقتاش وين فين أين كيف شلون كيفاش ازاي إزاي كم قديش كام "
    "أديش مين منو شكون من شو ايش إيش وش شنو ماذا ما هل أي اي"
).split())

# An Arabic word as typed: its letters (the Persian and dialect ones too: «گال», «ڤيديو»), with
# any diacritics and kashidas.
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0640\u0670-\u06d3]+")

# A «ة» with a letter after it, not a glued article (`unslipped`), in a word without diacritics
# or kashidas (a word with them is no phone slip); and the keys beside «ة»: «ى», «و», «ل», «ا».
_INNER_TEH_MARBUTA = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]*?(?P<ta>ة)(?!ال)(?=[\u0621-\u064a])[\u0621-\u064a]*")
_TEH_MARBUTA_KEYS = "".join(sorted(key for letter, key in slips() if letter == "ة"))

# Letters typed as the dialects say them, and the MSA letters they stand for (`spoken_letters`).
_SPOKEN = {"د": "ذ", "ز": "ذظ", "ت": "ث", "س": "ث", "ض": "ظ", "ظ": "ض", "ء": "ق", "ج": "ق"}

# «ال» typed apart from its noun, alone or behind a clitic («ال مشروع», «وال شركات»). Not «بال»,
# «كال», «فال», which are also words («شغل بال ماسك»: on his mind; «كال»: Iraqi «قال»).
_DETACHED_ARTICLES = frozenset(("ال", "وال", "لل"))
# A preposition and «ما» shortened, a question word of its own: «بِمَ تقدّم ماسك…؟» (with what)
# is no «بمتقدم» (advanced) split by a space.
_SHORT_WHAT = frozenset(normalize(w) for w in "بم لم عم مم فيم علام حتام".split())

# Two-letter words typed glued to the next word or after the last (`glued_short_words`): the
# question words that open a question, the prepositions that end a phrase. Not «له», «لي», «به»:
# a clitic pronoun after a preposition is part of the word it ends («عمله»), not a word.
_GLUED_FIRST = frozenset(normalize(w) for w in "ما هل شو وش كم".split())
_GLUED_LAST = frozenset(normalize(w) for w in "عن من في مع".split())
# …and, the other way round, the two-letter question words typed glued after a word: «ماسكوش»,
# «ماسكشو» (`glued_both_ways`, which also takes the prepositions before one: «عنماسك»).
_GLUED_ASKED_LAST = frozenset(normalize(w) for w in "شو وش".split())
# Question words that, glued to a function word, make no word the stories could use: «ماسبب»,
# «شواللي», «وينراح» (`glued_question_pairs`). Not «ليش»: «ليشتري» (to buy) is «ليش» + «ترى».
_GLUED_ASKING = _INTERROGATIVES - {normalize("ليش")}

# The letters a normalized word is spelled with (`completed`).
_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"

# Letters a hamza sits on, or is typed as, and the seats it may have instead (`hamza_seats`):
# a bare «ء» typed inside a word may stand for «أ», which is «ا» once normalized («ترءس», ترأس).
_HAMZA_SEATS = {"ي": "ئ", "و": "ؤ", "ء": "ئؤا", "ئ": "ؤء", "ؤ": "ئء"}

# Spoken marks of tense on a present verb (`verb_marks`): Iraqi «دـ», Maghrebi «غـ».
_VERB_MARKS = frozenset("دغ")

# A role's forms, which ISRI gives other roots («يرأسها», «رئاسته»): `role_wordings`.
_ROLE_WORDS = frozenset().union(*ROLE_FAMILIES)


class ConceptReader:
    """Reads questions into concepts for one index: its stories' words, its lexicon, its names.
    Per-word work (spelling, resolving) is memoized: a new question is mostly known words."""

    def __init__(
        self, settings: SearchSettings, lexicon: Lexicon, coverage_view: View, fallback_view: View | None,
        vocabulary: frozenset[str], names: frozenset[str], named_by: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.coverage_view = coverage_view
        self.fallback_view = fallback_view
        self.vocabulary = vocabulary
        self.names = names
        # The story's words without their clitics too, for spelling: «الاستتمارات» is one typo
        # from «استثمارات», which the story writes only as «باستثمارات».
        self.bare_vocabulary = vocabulary | {b for w in vocabulary for b in strip_clitics(w)}
        # Spelling may respell to the lexicon's words, not to its names: «بايثون» is one typo
        # from «ايلون» once the clitic is off, and a name is no guess to make.
        self.lexicon_all = lexicon.words()
        self.name_words = frozenset(w for name in name_phrases() for w in name.split())
        self.one_word_names = frozenset(name for name in name_phrases() if " " not in name)
        self.lexicon_words = self.lexicon_all - self.name_words
        # The Latin names of the people, companies and media the stories name, in either script
        # («ماسك»: musk, elon): what a Latin word one slip from («Musc», «Levitt», «Nvida») stands for.
        self.latin_names = frozenset(
            word for latin, spellings in latin_names()
            if any(all(t in self.bare_vocabulary for t in s) for s in spellings)
            for word in latin if len(word) >= 4 and word.isascii()
        )
        self.latin_known = lexicon.latin_words()
        # Every word the project knows as written, for telling two glued words apart (`unglue`).
        self._whole_words = self.bare_vocabulary | self.lexicon_all | STOPWORDS
        # A slip keeps a word's first letter, or swaps it with the second (`is_typo_of`).
        self._lexicon_by_initial = _by_initial(self.lexicon_words)
        self._vocabulary_by_initial = _by_initial(vocabulary)
        # Phrases read as another («شركة ألتمان» → «OpenAI»), longest first, by first word.
        self._named_by: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for phrase, meant in sorted(named_by, key=lambda pair: -len(pair[0].split())):
            said = tuple(words(phrase))
            self._named_by.setdefault(said[0], []).append((said, tuple(words(meant))))
        self.resolve = lru_cache(maxsize=CONCEPT_CACHE)(self._resolve)
        self.respell = lru_cache(maxsize=CONCEPT_CACHE)(self._respell)
        self.story_spelling = lru_cache(maxsize=CONCEPT_CACHE)(self._story_spelling)
        self.unglue = lru_cache(maxsize=CONCEPT_CACHE)(self._unglue)
        self.rejoins = lru_cache(maxsize=CONCEPT_CACHE)(self._rejoins)

    def concepts(self, question: str) -> list[Concept]:
        """What the question asks about; words the stories never use get alternatives.

        Alternatives come from the lexicon, or else from spelling (`closest_words`).
        Question words and fillers are dropped.
        """
        tokens = without_fillers(words(question))
        if self.settings.spelled_numbers:
            tokens = spell_numbers(tokens)
        if self.settings.lexicon_spelling and self.settings.fuzzy:
            tokens = tuple(self.respell(token) for token in tokens)
        if self._named_by:
            tokens = self._renamed(tokens)
        found = self.lexicon.concepts(tokens, self.settings.function_pairs_side_by_side)
        resolved = (self.resolve(concept) for concept in found)
        return [concept for concept in resolved if concept is not None]

    def unglued(self, question: str) -> str:
        """`question` with each word typed glued to the next written as two (`unglue`), so that
        the cues read «مينالشركات…» as «مين الشركات…», as the concepts do."""
        def split(match: re.Match[str]) -> str:
            parts = self.unglue(normalize(match[0]))
            return " ".join(parts) if len(parts) > 1 else match[0]

        return _ARABIC_WORD.sub(split, question)

    def unslipped(self, question: str) -> str:
        """`question` with each «ة» typed inside a word (`inner_teh_marbuta`) read as the one word
        the project knows as written that a key beside it («للمشرةع»: «للمشروع») or, swapped back
        with the letter after it, a word's end («الصفةق»: «الصفقة») makes; as typed when none or
        several do. Not before a glued article: «الشركةالأمريكية» is two words (`unglued`)."""
        return _INNER_TEH_MARBUTA.sub(self._unslip, question) if "ة" in question else question

    def _unslip(self, match: re.Match[str]) -> str:
        word = match[0]
        i = match.start("ta") - match.start()
        readings = {word[:i] + key + word[i + 1 :] for key in _TEH_MARBUTA_KEYS}
        readings.add(word[:i] + word[i + 1] + "ة" + word[i + 2 :])  # two letters swapped
        known = [r for r in readings if self._whole_word(normalize(r))]
        return known[0] if len(known) == 1 else word

    def rejoined(self, question: str) -> str:
        """`question` with a word typed with a space inside it written whole («الحكو مي», «سيس كو»,
        «ال مشروع»): two neighbouring Arabic words one of which the project does not know as
        written, and whose letters together are a word it knows (`_rejoins`)."""
        found = list(_ARABIC_WORD.finditer(question))
        pieces, start, i = [], 0, 0
        while i < len(found) - 1:
            first, second = found[i], found[i + 1]
            between = question[first.end() : second.start()]
            a, b = normalize(first[0]), normalize(second[0])
            if between.isspace() and self.rejoins(a, b):
                pieces += [question[start : first.end()], second[0]]
                start, i = second.end(), i + 2
            else:
                i += 1
        return "".join([*pieces, question[start:]])

    def _rejoins(self, a: str, b: str) -> bool:
        """Whether `a` and `b` are one word split by a space: together a word the project knows
        as written (`_whole_word`), apart not both known — unless `a` is the article typed apart —
        and not a clitic's letters before a word known alone."""
        if a.isascii() or b.isascii() or len(a + b) < 4 or a in _SHORT_WHAT:
            return False
        if len(a) >= 3 and a in STOPWORDS and a not in _DETACHED_ARTICLES:
            return False  # a function word and the next: «وين شد» (where did he set off) is no «وينشد»
        if self._whole_word(a) and self._whole_word(b) and a not in _DETACHED_ARTICLES:
            return False
        joined = a + b
        if b in strip_clitics(joined) and a not in _DETACHED_ARTICLES:
            return False  # a clitic's letters typed apart from a known word: «كال ماسك» is «قال ماسك»
        return self._whole_word(joined)

    def _whole_word(self, token: str) -> bool:
        """Whether the project knows `token` as written (`_written`) or by its light stem (not by
        ISRI root, which two halves of a word may share with a story word)."""
        return self._written(token) or self._known_by_stem(token)

    def _written(self, token: str) -> bool:
        """Whether `token` is a word the project knows exactly, or one behind a clitic («المركزللذكاء»)."""
        whole = self._whole_words
        return token in whole or any(core in whole for core in strip_clitics(token))

    def _unglue(self, token: str) -> tuple[str, ...]:
        """`token` as two words when it is two typed without the space between («كارولينليفيت»,
        «معصبعلى», «منوأطلق»): no part of the project knows it or a spelling of it, and one split
        alone gives two words of three letters or more it knows exactly (a story's, the lexicon's
        or a function word, not two function words: «ليشتري» is no «ليش ترى»). A two-letter
        question word in front or preposition behind is tried first (`glued_short_words`): it is
        the commonest glue, and «مايوافق» is «ما يوافق» though «ماي» + «وافق» are words too
        (`_cuts` gives the order, `_two_words` the test)."""
        whole = self._whole_words
        if len(token) < 5 or token.isascii() or token in whole or self._known_by_stem(token):
            return (token,)  # (not by ISRI root: «مينالشركات» has one the stories know)
        if self.respell(token) != token or self.story_spelling(token):
            return (token,)  # a word mistyped, not two words
        if any(core in whole or self._known_by_stem(core) for core in strip_clitics(token)):
            return (token,)  # a word behind a clitic, which the lexicon and the views read: «بالفلوس»

        for cuts in self._cuts(token):
            splits = [(a, b) for a, b in cuts if self._two_words(a, b)]
            if len(splits) > 1 and self.settings.glued_article:
                # «وزارةالكفاءة»: «وزارة الكفاءة», not «وزار هالكفاءة» nor «وزارها لكفاءة».
                splits = [(a, b) for a, b in splits if b.startswith("ال")] or splits
            if splits:
                return splits[0] if len(splits) == 1 else (token,)
        return (token,)

    def _cuts(self, token: str) -> Iterator[list[tuple[str, str]]]:
        """The ways to read `token` as two words, in the order `_unglue` tries them: after a
        two-letter question word or preposition, or before one (`glued_short_words`,
        `glued_both_ways`), then after each of three letters or more; each also with the «ا» that
        normalizing took from two («ماالذي» is «مالذي» once normalized: «ما الذي»; `glued_alef`)."""
        short: list[int] = []
        if self.settings.glued_short_words:
            both_ways = self.settings.glued_both_ways
            short += [2] * (token[:2] in _GLUED_FIRST or (both_ways and token[:2] in _GLUED_LAST))
            short += [len(token) - 2] * (token[-2:] in _GLUED_LAST or (both_ways and token[-2:] in _GLUED_ASKED_LAST))
        for cuts in (short, range(3, len(token) - 2)):
            yield [(token[:i], token[i:]) for i in cuts]
            if self.settings.glued_alef:
                yield [(token[:i], "ا" + token[i:]) for i in cuts if token[i - 1] == "ا" and len(token) - i >= 3]

    def _two_words(self, a: str, b: str) -> bool:
        """Whether `a` and `b` are two words the project knows as written (`_written`), not two
        function words — unless the first asks («ماسبب», «شواللي»: `glued_question_pairs`): a word
        no part of the project knows that is a question word and a function word is far likelier
        the two typed together than one word («ليشتري», «لـ» + «يشتري», is why «ليش» is left out)."""
        if not (self._written(a) and self._written(b)):
            return False
        if a in STOPWORDS and b in STOPWORDS:
            return self.settings.glued_question_pairs and a in _GLUED_ASKING
        return True

    def without_courtesy(self, question: str) -> str:
        """`question` without an opening or closing clause of words nothing knows: «يا باشا، ما
        دور إنفيديا؟», «…؟ مرسي كتير». A greeting or a thanks asks about nothing, but its unknown
        words weigh in the question's coverage as much as a real word no story uses, and stand
        before the question word the cues read first. Function words in it are neither («يا»);
        a question word keeps it («ليش يا باشا، …»). A clause that greets, thanks or calls
        someone goes whatever its words (`greeting_clause`), and an opening of function words
        alone before a clause with words of its own (`function_word_clause`: «لو سمحت، ما هو…؟» is
        read from «ما هو»); a message of such clauses alone («عيد سعيد، السلام عليكم», «عيد سعيد، 😂»)
        is small talk, with nothing left to search. Thanks after a question typed without its «؟»
        go too (`_without_thanks`)."""
        bounds = [0, *(m.end() for m in _CLAUSES.finditer(question)), len(question)]
        spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if words(question[a:b])]
        if len(spans) == 1 and len(bounds) > 2 and question[bounds[1]:].strip():
            # «عيد سعيد، 😂»: a greeting and a clause of no words
            return "" if self._greeting(without_fillers(words(question))) else self._without_thanks(question)
        if len(spans) < 2:
            return self._without_thanks(question)
        kept = list(spans)
        greeted = False
        for a, b in {spans[0], spans[-1]}:
            tokens = without_fillers(words(question[a:b]))
            content = [t for t in tokens if t not in STOPWORDS]
            greeting = self._greeting(tokens)
            if greeting or (
                len(tokens) <= 4 and content and _INTERROGATIVES.isdisjoint(tokens)
                and not any(self._known(t) for t in content)
            ) or (
                # An opening of function words alone, before a clause with words of its own (a
                # closing one may be the question: «صباح الخير، ممكن تلخصلي القصة كلها؟»).
                self.settings.function_word_clause and (a, b) == spans[0] and tokens and not content
                and _INTERROGATIVES.isdisjoint(tokens)
                and any(not STOPWORDS.issuperset(words(question[c:d])) for c, d in spans[1:])
            ):
                kept.remove((a, b))
                greeted = greeted or greeting
        if not kept:  # «عيد سعيد، السلام عليكم»
            return "" if greeted else question
        return self._without_thanks(question[kept[0][0] : kept[-1][1]].strip())

    def _without_thanks(self, question: str) -> str:
        """`question` without the thanks it ends on when no «؟» sets them apart («…ليش تأخر
        الإعلان يعطيك ألف عافية», «…الله يجزاك خير», «…تسلم يا ذوق»): from a thanks word among its
        last four words, or a call («يا» and one word) that ends it, with God's name before the
        one and «تسلم» or «عاش» before the other, when no question word follows. What is left may
        name nothing: «السلام عليكم يعطيك العافية» is small talk, «وليش تسلم يا غالي» a follow-up."""
        if not self.settings.thanks_tail:
            return question
        parts = question.split()
        for i in range(max(len(parts) - 4, 1), len(parts)):
            first = words(parts[i])[:1]
            if not first or (first[0] not in _THANKS_MARKS and (first[0] != CALLING or i < len(parts) - 2)):
                continue
            before = words(parts[i - 1])[-1:] if i > 1 else ()
            lead_in = _THANKS_BEFORE_CALL if first[0] == CALLING else _BLESSED_BY
            start = i - 1 if before and before[0] in lead_in else i
            tail = [t for p in parts[start:] for t in words(p)]
            return " ".join(parts[:start]) if _INTERROGATIVES.isdisjoint(tail) else question
        return question

    def _greeting(self, tokens: tuple[str, ...]) -> bool:
        """Whether a clause of at most four words, none a question word, greets, thanks or blesses
        («عيد سعيد», «يعطيك ألف عافية») or only calls someone («يا كبير»: each word besides
        function words follows «يا»; «ماسك يا كبير» asks about Musk)."""
        if not self.settings.greeting_clause or len(tokens) > 4 or not _INTERROGATIVES.isdisjoint(tokens):
            return False
        if not _GREETING_MARKS.isdisjoint(tokens):
            return True
        called = {b for a, b in zip(tokens, tokens[1:]) if a == CALLING}
        return bool(called) and all(t in called for t in tokens if t not in STOPWORDS)

    def _known_by_stem(self, token: str) -> bool:
        """Whether a story has `token` by its light stem (`coverage_fallback`), a stricter test than
        ISRI's root, which a glued pair of words may share with a story word by chance."""
        return self.fallback_view is not None and self.fallback_view.knows(token)

    def _known(self, token: str) -> bool:
        """Whether some part of the project knows `token`: a story, the lexicon, a Latin name."""
        return token.isascii() or token in self.lexicon_all or self.in_a_view(token)

    def in_a_view(self, text: str) -> bool:
        """Whether a story has `text` in the coverage view (by ISRI root) or its fallback (by light
        stem): the test of «a word the stories know» wherever a reading of the question asks it."""
        return any(v is not None and v.knows(text) for v in (self.coverage_view, self.fallback_view))

    def _renamed(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """`tokens` with each phrase a story names something by («شركة ألتمان», behind a clitic
        too: «بشركة ألتمان») replaced by what it names («OpenAI»); not a phrase that is what the
        question asks for («ما الشركة التي يرأسها ألتمان؟»: which company, the name is the answer)."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            found = self._named_at(tokens, i)
            if found is not None and i and all(t in _ASKING for t in tokens[:i]):
                found = None
            if found is None:
                out.append(tokens[i])
                i += 1
            else:
                length, meant = found
                out.extend(meant)
                i += length
        return tuple(out)

    def _named_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, tuple[str, ...]] | None:
        """The length of the naming phrase at `tokens[i]` and what it names, if one starts there."""
        for head in (tokens[i], *strip_clitics(tokens[i])):
            for said, meant in self._named_by.get(head, ()):
                if tokens[i + 1 : i + len(said)] == said[1:]:
                    return len(said), meant
        return None

    def _respell(self, token: str) -> str:
        """`token` as the lexicon word one phone slip away, when neither the stories nor the lexicon
        know it and the stories have no word it could be a typo of (memoized). Five letters
        at least: the lexicon is a small part of the language, and a real four-letter word
        is often one typo from one of its words («موعد» / «مولد»). Before that, at any length, a
        «ك» typed for a spoken «ق» (`spoken_qaf`)."""
        if token.isascii():
            return self._latin_name(token) if self.settings.latin_name_typos else token
        if token in STOPWORDS or token in self.lexicon_words:
            return token
        if self.settings.doubled_name_letters and (name := self.undoubled_name(token)):
            return name
        if self.settings.doubled_letters and (word := self.undoubled_word(token)):
            return word
        spoken_qaf = self.settings.spoken_qaf and "ك" in token
        spoken = self.settings.spoken_letters and not _SPOKEN.keys().isdisjoint(token)
        if len(token) < 5 and not (spoken_qaf or spoken or token.endswith("ت") or self.settings.hamza_seats):
            return token
        completing = self.settings.last_letter_dropped
        if self.in_a_view(token):
            # …unless it is a stump: the word's last letter left off, as a thumb lifts too soon
            # («بالتحال», «ستارجي»), which the views' ISRI root often knows («تحال» is «حاول»'s).
            return self.completed(token) if completing else token
        if self.settings.hamza_seats and len(token) >= 3:
            # A hamza typed on the wrong seat or left off: «الرييس» (الرئيس), «القضايية», «مسوول»,
            # «الاستيا» (الاستياء). The one story or lexicon word so spelled, if one.
            # Behind a clitic too («والرييس»): the clitic stays, the word is the one fixed.
            seats = {
                token[: len(token) - len(core)] + fixed
                for core in (token, *strip_clitics(token))
                for fixed in {core + "ء"} | {
                    core[:i] + seat + core[i + 1 :]
                    for i, letter in enumerate(core) for seat in _HAMZA_SEATS.get(letter, "")
                }
                if fixed in self.bare_vocabulary or fixed in self.lexicon_words
            }
            if len(seats) == 1:
                return seats.pop()
            if self.settings.bare_hamza_by_stem and "ء" in token[:-1]:
                # A bare «ء» inside a word is a seat left unchosen («الرءاسي», «مسءول»), seldom a
                # word as written: the one reading a story knows by root or stem, though not as
                # written («الرئاسي» is in no story; «الرئاسية» is).
                readings = {
                    token[:i] + seat + token[i + 1 :]
                    for i, letter in enumerate(token[:-1]) if letter == "ء" for seat in _HAMZA_SEATS["ء"]
                }
                known = [r for r in readings if self.in_a_view(r)]
                if len(known) == 1:
                    return known[0]
        if self.settings.construct_ta and token.endswith("ت") and len(token) >= 4:
            # «ة» written «ت» before the noun it is joined to, as it is said: «حملت ترامب»,
            # «قيمت العرض», «ردت فعل». The «ة» word, if a story or the lexicon has it.
            noun = token[:-1] + "ه"
            if noun in self.vocabulary or noun in self.lexicon_words:
                return noun
            if self.settings.construct_ta_any_known and self._written(noun) and not self.story_spelling(token):
                # …or a function word («القصت»: «شو القصة»), or a known word behind a clitic; not
                # where a story word is mistyped («ابيت» is «البيت», not «أبيه»; «لفيت» is
                # Leavitt, not «لـ» + «فيه»).
                return noun
        if self.settings.verb_marks and len(token) >= 5 and token[0] in _VERB_MARKS and token[1] in "يتن":
            # Iraqi «دـ» (is doing: «ديقود») and Maghrebi «غـ» (will: «غيوقف») before a present
            # verb: the verb, if it is a word the project knows. (Not Maghrebi «كـ»: «كيدير» is do,
            # not «يدير», run.)
            verb = token[1:]
            if verb in self.lexicon_words or self.in_a_view(verb):
                return verb
        if spoken_qaf:
            # Iraqi and Gulf «ق» is said «گ» and often typed «ك»: «كال» is «قال», «وكت» «وقت»,
            # «يوكف» «يوقف». Only where the «ق» spelling is a word the project knows exactly.
            qafs = {token.replace("ك", "ق")} | {
                token[:i] + "ق" + token[i + 1 :] for i, letter in enumerate(token) if letter == "ك"
            }
            known = sorted(q for q in qafs if q in STOPWORDS or q in self.lexicon_words or q in self.vocabulary)
            if len(known) == 1:
                return known[0]
        if spoken:
            # The dialects' sounds for MSA letters, spelled as said: «زكرت» / «دكرت» (ذكرت), «أتنى»
            # (أثنى), «نءله» (نقله), «ضلم» (ظلم). One letter, to a word known exactly.
            said = {
                token[:i] + meant + token[i + 1 :] for i, letter in enumerate(token) for meant in _SPOKEN.get(letter, "")
            }
            # Not to a function word: «وجد» is no «وقد».
            known = sorted(w for w in said if w in self.lexicon_words or w in self.vocabulary)
            if not known and "ء" in token and self.settings.spoken_qaf_by_stem:
                # A bare «ء» inside a word is seldom MSA spelling and often a «ق» said as in Cairo
                # or Beirut: then a word known behind a clitic or by its light stem will do too
                # («الصفءة», «التءنية», «ليوءف»), as the letter's meaning is not in doubt.
                qafs = {token[:i] + "ق" + token[i + 1 :] for i, letter in enumerate(token) if letter == "ء"}
                known = sorted(w for w in qafs if self._whole_word(w))
            if len(known) == 1:
                return known[0]
        if completing and (completed := self.completed(token)) != token:
            return completed  # a stump no view knows either: «زعلا», «استقا»
        if len(token) < 5:
            return token
        if self.story_spelling(token):
            return token  # the stories' own spelling (`_resolve`) goes first
        # Egyptian and Maghrebi negation around a word the lexicon has: «ما تعلنش» is «لم تُعلن»
        # (`_story_spelling` reads it so around the stories' own words).
        negated = [core for core in _negated_cores(token) if core in self.lexicon_words]
        if negated:
            return negated[0]
        cores = [core for core in (token, *strip_clitics(token)) if len(core) >= 5]
        if not self.lexicon_words.isdisjoint(cores):
            return token  # a lexicon word behind a clitic: the lexicon finds it itself
        # Only phone slips (`is_typo_of`), on five letters or more without the article («الجهات»
        # is no «الجهاز»), and not another inflection's ending («مكانا» is no «مكانه»).
        # The word as typed first, then without its clitic: «المتحلفه» is «المتحالفه», not also «متحالفه».
        for core in cores:
            # …or four behind the article, to a word one dropped letter longer (`article_drops`):
            # «الكومة» (الحكومة).
            short = self.settings.article_drops and core.startswith("ال") and len(core) == 6
            if len(core.removeprefix("ال")) < 5 and not short:
                continue
            close = {
                c
                for c in self._lexicon_by_initial.get(core[0], ()) + self._lexicon_by_initial.get(core[1], ())
                if is_typo_of(core, c) and not (c[:-1] == core[:-1] and {c[-1], core[-1]} <= _ENDINGS)
                and (not short or len(c) == len(core) + 1)
            }
            if close:
                return close.pop() if len(close) == 1 else token
        if self._article_slip(token):
            # Last: a slip the stories or the lexicon explain goes first («افاشل» is «افشال»,
            # not «الفاشل»).
            return "ال" + token[1:]
        return token

    def _article_slip(self, token: str) -> bool:
        """Whether `token` is a word the project knows exactly behind the article with the
        article's «ل» left out, as a thumb skips it: «انسخة» (النسخة), «اصفقة» (الصفقة),
        «اإمارات» (الإمارات, not the name «إمارات» with its «ا» doubled)."""
        return (
            self.settings.article_slips and len(token) > 2 and token[0] == "ا" and token[1] != "ل"
            and token[1:] in self._whole_words
        )

    def undoubled_name(self, token: str) -> str | None:
        """The name `token` is with one of its letters typed twice («ماسكك», «ليفيتت»), behind the
        clitic as typed («لماسكك»), if it is exactly one, of four letters at least, and the stories
        do not write `token`. The views would know such a word by its root or stem («ماسكك»:
        «مسك», holding) and read it there, never as the name: a one-word «ماسكك» went anywhere."""
        if token in self.vocabulary or self._article_slip(token):
            return None
        found = {
            token[: len(token) - len(core)] + undoubled
            for core in (token, *strip_clitics(token))
            for i in range(1, len(core)) if core[i] == core[i - 1]
            for undoubled in [core[:i] + core[i + 1 :]]
            if len(undoubled) >= 4 and undoubled in self.name_words  # «ممسك» (holding) is no «مسك»
        }
        return found.pop() if len(found) == 1 else None

    def undoubled_word(self, token: str) -> str | None:
        """The word `token` is with its last letter typed twice («دفعع», «صرفف», «الاتفاقق»), as
        a thumb lingers at a word's end: a word a story writes or the lexicon has, of three letters
        at least, when `token` is neither. Only the last letter: inside a word a doubled letter is
        often the language's own («تتعاون», she cooperates, is no «تعاون»)."""
        if len(token) < 4 or token[-1] != token[-2] or self._whole_word(token):
            return None
        word = token[:-1]
        return word if word in self.bare_vocabulary or word in self.lexicon_words else None

    def completed(self, token: str) -> str:
        """`token` with the one letter it lacks at its end, when the project does not know it as
        written (`_whole_word`) and exactly one word it knows, behind the same clitic, is it and
        one letter more; else `token`. Four letters at least besides the article: a shorter stump
        is as often a slip inside another word («الرض» of «العرض», «التان» of «ألتمان»). Where
        several words are it and one letter more, and all have one ISRI root, any of them."""
        if self._whole_word(token) or token.endswith("و"):
            return token  # «دخلو» is Levantine «دخله», not «دخلوه» (`_resolve` reads it)
        if token.endswith("ت") and (token[:-1] + "ه" in self.vocabulary or token[:-1] + "ه" in self.lexicon_words):
            return token  # «الرئاست» is «الرئاسة» said before its noun (`construct_ta`), not «الرئاسته»
        found = {
            token[: len(token) - len(core)] + core + letter
            for core in (token, *strip_clitics(token))
            for letter in _LETTERS
            if (core + letter in self.bare_vocabulary or core + letter in self.lexicon_words)
            and (len(core.removeprefix("ال")) >= 4 or self._name_stump(core, letter))  # «الرض» is no «الرضا»
        }
        if len(found) > 1 and self.settings.stumps_one_root and len({isri_stem(w) for w in found}) == 1:
            return min(found)  # words of one root read alike: any of them will do
        return found.pop() if len(found) == 1 else token

    def _name_stump(self, core: str, letter: str) -> bool:
        """Whether `core` is a name's first letters, four or more, that begin as the article does
        («التما» of «ألتمان»: its «ال» is no article, `name_stumps`)."""
        return self.settings.name_stumps and len(core) >= 4 and core + letter in self.name_words

    def _resolve(self, concept: Concept) -> Concept | None:
        """The concept as searched: None for a filler, known Arabic words alone, unknown ones spelled."""
        first = self.coverage_view
        content = first.analyzer.tokens(concept.text)
        if not content and len(concept.words) == 1:
            return None  # a question word or filler, even if the lexicon knows it
        latin = concept.text.isascii()
        # A name of several words, some of them function words («اكس ايه اي»: xAI), is not known
        # for the one word a story uses («إكس» of «سبيس إكس»): its other spellings count in full.
        spelled_name = len(content) < len(concept.words) and worded_as(concept, self.names)
        if not latin and spelled_name and first.knows(concept.text):
            return Concept(concept.words, concept.alternatives, form_unused=True)  # its spellings at full weight
        if not latin and len(content) == 1 and len(content[0]) >= 4 and content[0].endswith("و"):
            # Levantine «ـو» for «ـه» (his) on a word the stories know by its root alone: «شو
            # دخلو؟» is «دخله» (his business), ISRI's root of «إدخال». (The stories' own spellings
            # come first, from `_story_spelling`: «شركتو» is «شركته».)
            his = content[0][:-1] + "ه"
            if not first.knows(concept.text) and first.knows(his) and not self.story_spelling(content[0]):
                return self._resolve(Concept((his,), concept.alternatives))
        if self.settings.epithets_in_stories and concept.text in self.lexicon.epithets and first.knows(concept.text):
            # An epithet is its person, though a story uses it too: «الملياردير» is Musk wherever
            # the story names him, not only in the lede that calls him so.
            return concept
        if not latin and first.knows(concept.text):
            # The stories use these Arabic words: other wordings would only add noise
            # (measured: «الولايات المتحدة» + «america» pulls toward Latin ledes). A Latin
            # name keeps its alternatives: the story may write «Stargate» as «ستارجيت».
            root_only = not any(t in self.vocabulary for t in content)
            if root_only and concept.alternatives and self.settings.root_match_synonyms:
                # Only the root is the stories': the synonyms are as good a guess (full weight).
                return Concept(concept.words, concept.alternatives, form_unused=True)
            if root_only and self.settings.root_typos and self.settings.fuzzy and len(content) == 1:
                # A form no story uses, one typo from one they do with another root, is that form
                # misspelled: «والامارت» is «والإمارات», not «استمرت» (ISRI: «مرت»). Five letters
                # at least without the clitics: «الدول» is no «الأول».
                word = content[0]
                spelled = self.story_spelling(word) if min(map(len, [word, *strip_clitics(word)])) >= 5 else ()
                if (
                    not spelled and self.settings.name_slips_by_root and len(word) == 4 and not strip_clitics(word)
                ):
                    # …or four, to a name: «ماكس» is «ماسك» swapped, not «إكس» (ISRI: «اكس»). Not
                    # a word behind a clitic: «بانه» (that it) is no «بانك».
                    spelled = tuple(w for w in self.story_spelling(word) if w in self.name_words)
                if len(spelled) == 1 and first.knows(spelled[0]) and set(first.analyzer.terms(word)).isdisjoint(
                    first.analyzer.terms(spelled[0])
                ):
                    return Concept((spelled[0],))
            if (
                self.settings.partly_known_phrases and concept.alternatives and len(content) > 1
                and not all(t in self.vocabulary for t in content)
            ):
                # A phrase of several words the stories use only some of as written: «الحكومة
                # الأمريكية» is no phrase of theirs, only «الحكومية» and «الأمريكية» apart. Its
                # other wordings («الإدارة الأمريكية», «البيت الأبيض») count, at alternative weight.
                return concept
            if self.settings.role_wordings and concept.alternatives and concept.text in _ROLE_WORDS:
                # A role keeps its other wordings (at `alternative_weight`): «الشركات التي يرأسها
                # ماسك» are paragraph 7's «رئاسته لشركتي…», not paragraph 1's «التي يرأسها سام ألتمان».
                return concept
            return Concept(concept.words)
        if not latin and len(content) == 1 and FUTURE_VERB.match(content[0]) and first.knows(content[0][1:]):
            # The future «سـ» off a verb ISRI does not read with it: «سيحتضنها» (will host it) is
            # «يحتضنها», which a story says «تحتضن».
            return Concept((content[0][1:],))
        if latin and concept.alternatives and worded_as(concept, self.names):
            # A Latin name's Arabic spellings that lose words to the analyzer («اكس اي» for xAI
            # is «اكس» alone) would find another name's word («سبيس إكس»): only whole ones count.
            whole = tuple(a for a in concept.alternatives if len(first.analyzer.tokens(a)) == len(a.split()))
            return Concept(concept.words, whole, concept.form_unused)
        if concept.alternatives and self.settings.stem_known_slips and len(concept.words) == 1 == len(content):
            slip = self.stem_known_slip(content[0])
            if slip:
                return self._resolve(self.lexicon.concepts((slip,))[0])
        if concept.alternatives or not self.settings.fuzzy or len(content) != 1:
            return concept
        spelled = self.story_spelling(content[0])
        if self.settings.name_slips and len(spelled) == 1 and spelled[0] in self.one_word_names and not latin:
            # A slip of a name is the name («سترجيت», «بمساك»): read as the name spelled right,
            # behind its clitic as typed, not as a guess at half weight.
            word, name = content[0], spelled[0]
            core = min((word, *strip_clitics(word)), key=lambda c: editdistance.eval(c, name))
            fixed = self.lexicon.concepts((word[: len(word) - len(core)] + name,))[0]
            if fixed.alternatives or first.knows(fixed.text):  # (else it would be read again as a slip)
                return self._resolve(fixed)
        return Concept(concept.words, spelled)

    def stem_known_slip(self, word: str) -> str | None:
        """The one story word, as written and of the same length, that `word` is a phone slip of
        (`is_typo_of`), when the lexicon knows `word` only by its stem, not as written or behind a
        clitic. Five letters at least, like the lexicon's own slips (`_respell`)."""
        if len(word) < 5 or word in self.vocabulary or not self.lexicon_all.isdisjoint((word, *strip_clitics(word))):
            return None
        close = {
            w for w in self._vocabulary_by_initial.get(word[0], ()) + self._vocabulary_by_initial.get(word[1], ())
            if len(w) == len(word) and is_typo_of(word, w)
        }
        return close.pop() if len(close) == 1 else None

    def _latin_name(self, token: str) -> str:
        """`token` as the one Latin name of the stories it is a slip from: a letter changed, added,
        dropped or swapped with the next, the first letter kept («Musc», «Levitt», «Altmann»,
        «Nvida», «Orcale»). Four letters at least, and no word the project knows otherwise."""
        if len(token) < 3 or not token.isalpha() or token in STOPWORDS or token in self.latin_known:
            return token
        if len(token) == 3:
            # Three letters only as a four-letter name with an inner letter dropped, its first and
            # last kept («Msk», «Muk»: Musk), as a thumb skips a key (`short_latin_names`).
            close = [
                name for name in self.latin_names
                if self.settings.short_latin_names and len(name) == 4 and (token[0], token[-1]) == (name[0], name[-1])
                and editdistance.eval(token, name) == 1
            ]
        else:
            close = [
                name for name in self.latin_names
                if (name[0] == token[0] and editdistance.eval(token, name) == 1) or transposed(token, name)
            ]
        return close[0] if len(close) == 1 else token

    def _story_spelling(self, word: str) -> tuple[str, ...]:
        """Story words `word` may stand for: itself without a leading clitic, else those a typo
        away (memoized)."""
        bare = [w for w in strip_clitics(word) if w in self.vocabulary]
        if len(word) >= 4 and word.endswith("و"):
            # Levantine and Gulf «و» for «ه» (his) and «وا» (they): «عرضو» is «عرضه», «العرض»;
            # behind a clitic too: «بجولتو» is «بجولته», which the story writes «جولته».
            cores = [word, *(c for c in strip_clitics(word) if len(c) >= 4)]
            bare += [w for c in cores for w in (c[:-1], c[:-1] + "ه", c + "ا") if w in self.bare_vocabulary]
        bare += [w for w in _negated_cores(word) if len(w) >= 3 and w in self.bare_vocabulary]
        if without_first_vowel(word) and "ا" + word in self.vocabulary:
            bare.append("ا" + word)  # «ستبعاده» is «استبعاده», said without its first vowel (`Lexicon`)
        if bare:
            return tuple(bare)
        close = closest_words(word, self.vocabulary)
        if self.settings.bare_spelling:
            # Only for long words: at five letters one edit turns «ايفون» into «ايلون». Also when
            # the word as written is two edits from a story word and one from a word the story
            # writes behind a clitic: «استثمارت» is «باستثمارات»'s «استثمارات», not «استمرت».
            cores = [core for core in (word, *strip_clitics(word)) if len(core) >= 6]
            bare = sorted({c for core in cores for c in closest_words(core, self.bare_vocabulary)})
            if bare and (not close or _edits(word, bare) < _edits(word, close)):
                close = bare
        if not close and self.settings.short_slips:
            # A short word behind a clitic («للعرص»: «عرص» for «عرض»): one phone slip, same length
            # (with `short_drops`, also a letter dropped or doubled, from four letters).
            cores = [core for core in strip_clitics(word) if 3 <= len(core) <= 5]
            found = {
                c for core in cores for c in self.bare_vocabulary
                if (len(c) == len(core) or self.settings.short_drops and len(core) >= 4) and is_typo_of(core, c)
            }
            close = sorted(found) if len(found) == 1 else []
        return tuple(close)
