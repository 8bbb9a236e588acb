"""What a passage states: a quantity, a time, a date, a year, the future, a place, an aim,
companies, a name given in another language.

Pure functions of a text. The index computes them once per passage (and sentence) at build
time; the checks in `index.search` then tell which passages can answer a «how many», «when»
or «will» question at all (docs/retrieval.md has the measurements).
"""

from __future__ import annotations

import re
from functools import cache

from index.analyzer import words
from index.expansion import company_names, quantity_words, strip_clitics
from index.normalize import normalize

__all__ = [
    "AIM_WORDS", "COURT_WORDS", "FUTURE_VERB", "OUTCOME_WORDS", "PLACE_WORDS", "PURPOSE_WORDS",
    "SPOKEN_FUTURE_VERB", "companies_named", "in_or_behind_clitic", "is_number", "language_at",
    "names_given_in", "says_any", "states_date", "states_future", "states_outcome", "states_quantity",
    "states_time", "states_year",
]


def in_or_behind_clitic(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether `word`, as written or without a leading clitic («وأوراكل», «لعدة»), is in `vocabulary`."""
    return word in vocabulary or not vocabulary.isdisjoint(strip_clitics(word))


def is_number(word: str) -> bool:
    """«300», «97.4», «2015», «ال97» — not a name with a digit in it («G42»)."""
    digits = word.removeprefix("ال").replace(".", "").replace(",", "")
    return digits.isdigit()


def states_quantity(text: str) -> bool:
    """Whether `text` states a quantity: a digit, or a number or quantity word (behind a clitic too)."""
    quantities = quantity_words()
    return any(
        is_number(w) or in_or_behind_clitic(w, quantities)
        for w in words(text)
    )


# Words that name a place or say where something is: «where» prefers a passage that has one.
PLACE_WORDS = frozenset(normalize(w) for w in (
    "يقع تقع يقعان تقعان موقع موقعها موقعه شمال جنوب شرق غرب شمالا جنوبا شرقا غربا قارة مدينة عاصمة "
    "ولاية محافظة منطقة إقليم اقليم حدود يحد تحد يحدها تحدها بلدة قرية جزيرة ساحل"
).split())


# Who won a case: a word of winning or losing beside one of a court or a lawsuit, in one sentence.
# Not a word of the same root: the lawsuit «يتهمها… بمحاولة التربح» (profiteering) and a
# «كيان ربحي» (for-profit) say nothing of «ربح الدعوى» (won the case). A verdict («حكمت المحكمة»,
# «أصدر القضاء حكما») says who won.
OUTCOME_WORDS = frozenset(normalize(w) for w in (
    "ربح ربحت ربحوا يربح كسب كسبت كسبوا يكسب تكسب فاز فازت فازوا يفوز تفوز خسر خسرت خسروا يخسر تخسر "
    "انتصر انتصرت ينتصر تنتصر الحكم حكم حكما حكمت win wins won winning lose loses lost losing"
).split())
COURT_WORDS = frozenset(normalize(w) for w in (
    "دعوى الدعوى دعواه دعواها القضية قضية قضيته قضيتها المحكمة محكمة القانونية قانونية lawsuit suit case court trial"
).split())


def states_outcome(sentence: str) -> bool:
    """Whether `sentence` says who won or lost a case: a word of `OUTCOME_WORDS` and one of
    `COURT_WORDS` in it."""
    tokens = words(sentence)
    return any(in_or_behind_clitic(w, OUTCOME_WORDS) for w in tokens) and any(
        in_or_behind_clitic(w, COURT_WORDS) for w in tokens
    )


# A year's era, written after it («300هـ», «948م», «912 - 913م»), and the nouns said before one.
_ERAS = frozenset(normalize(w) for w in "ه هـ م ق".split())
_YEAR_NOUNS = frozenset(normalize(w) for w in "سنة سنه عام عامي سنتي year".split())


def states_year(text: str, eras: bool = False) -> bool:
    """Whether `text` gives a year: a number of four digits from 1000 to 2999 («2015»); with
    `eras`, also any number with its era after it («300هـ», «948م») or a year noun before it
    («سنة 300»), as histories write the years of the Hijri calendar."""
    tokens = words(text)
    if any(len(w) == 4 and w.isdigit() and w[0] in "12" for w in tokens):
        return True
    return eras and any(
        b.isdigit() and (in_or_behind_clitic(a, _YEAR_NOUNS) or c in _ERAS)
        for a, b, c in zip(["", *tokens], tokens, [*tokens[1:], ""])
    )


# The future: a verb with «سـ» («سيبني», «ستنتهي»), «سوف», «will»; what states a plan or an aim.
# Not a nisba or a plural («سياسيا», «سياسية», «سيارات», «سياسيين»), which no verb ends like.
FUTURE_VERB = re.compile(r"^س[يتن]\w{3,}(?<!يا)(?<!يه)(?<!ات)(?<!ين)$")
# Spoken Arabic's future «حـ» / «هـ» («حيشتغل», «هيوافق»): the same shape, and not a noun with
# a pronoun («حياته»).
SPOKEN_FUTURE_VERB = re.compile(r"^[حه][يتن]\w{3,}(?<!يا)(?<!يه)(?<!ات)(?<!ين)(?<!ته)(?<!ها)(?<!هم)$")


_PLAN_WORDS = frozenset(normalize(w) for w in (
    "سوف قد خطط خطة الخطة تهدف يهدف هدف المقبل القادم القادمة المقبلة المستقبل مستقبل "
    "يخطط تخطط يخططون تعتزم يعتزم المقرر مقرر المتوقع متوقع يتوقع"
).split())
_AIMS = frozenset(normalize(w) for w in "تهدف يهدف هدف".split())
# What states a time: a number (a year, a day), a month, a word of time or sequence.
_MONTHS = frozenset(normalize(w) for w in (
    "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر"
).split())
_TIME_WORDS = _MONTHS | frozenset(normalize(w) for w in (
    "يوم أيام ايام يوما أسبوع اسبوع شهر أشهر سنة سنوات سنين عام أعوام بعد قبل خلال حين لحظة عندما لاحقا "
    "الماضي المقبل القادم بداية نهاية منذ وقت أثناء اثناء فترة مدة عقب إثر فور حاليا الآن اليوم أمس امس غدا "
    "صباح مساء ليلة"
).split())


def states_date(text: str) -> bool:
    """Whether `text` gives a date: a month's name or a number (a year, a day), behind a clitic too."""
    return any(is_number(w) or in_or_behind_clitic(w, _MONTHS) for w in words(text))


def states_time(text: str) -> bool:
    """Whether `text` states a time: a number, a month or a time word (behind a clitic too)."""
    return any(is_number(w) or in_or_behind_clitic(w, _TIME_WORDS) for w in words(text))


def states_future(text: str, names: frozenset[str], aims: bool = True) -> bool:
    """Whether `text` states a plan, an aim or the future (a «سـ» verb that is not a name: «ستارجيت»);
    without `aims`, a plan or the future only: what a project aims at («تهدف إلى…») says what it is
    for, not who will do what («من سيدير المركز؟»)."""
    plans = _PLAN_WORDS if aims else _PLAN_WORDS - _AIMS
    return any(
        in_or_behind_clitic(w, plans) or (FUTURE_VERB.match(w) is not None and w not in names)
        for w in words(text)
    )


# What states an aim, and what states an attempt.
PURPOSE_WORDS = frozenset(normalize(w) for w in "هدف يهدف تهدف الهدف هدفه هدفها غاية يسعى تسعى سعى يطمح تطمح".split())
AIM_WORDS = PURPOSE_WORDS | frozenset(normalize(w) for w in (
    "حاول حاولت حاولوا محاولة محاولات يطالب طالب بحجة"
).split())


# Languages a name is given in, as the nisba's core: «بالإنجليزية», «اللغة الفرنسية» → «انجليزي».
_LANGUAGES = frozenset(normalize(w) for w in (
    "انجليزي انكليزي فرنسي لاتيني تركي يوناني اغريقي عبري الماني ايطالي صيني اسباني فارسي روسي ياباني "
    "امازيغي كوري هندي برتغالي هولندي سرياني"
).split())
_LANGUAGE_WORDS = frozenset(normalize(w) for w in "اللغة باللغة للغة لغة بلغة في".split())  # «في الفرنسية»


def language_at(tokens: tuple[str, ...], i: int) -> str | None:
    """The language `tokens[i]` names as «بالفرنسية» or as «الفرنسية» after «اللغة» (else None)."""
    word = tokens[i]
    for prefix in ("بال", "وبال", "ال"):
        if word.startswith(prefix):
            core = word[len(prefix):].removesuffix("ه")
            if core in _LANGUAGES and (prefix != "ال" or (i > 0 and tokens[i - 1] in _LANGUAGE_WORDS)):
                return core
    return None


def names_given_in(text: str) -> frozenset[str]:
    """Languages `text` gives a name in: the language, then a word of another script."""
    tokens = words(text)
    return frozenset(
        lang for i in range(len(tokens))
        if (lang := language_at(tokens, i)) is not None and any(
            not any("\u0600" <= c <= "\u06ff" for c in t) for t in tokens[i + 1 : i + 3]
        )
    )


def says_any(text: str, vocabulary: frozenset[str]) -> bool:
    """Whether `text` has a word of `vocabulary`, behind a clitic too («وتهدف», «بالسعودية»)."""
    return any(in_or_behind_clitic(w, vocabulary) for w in words(text))


def companies_named(tokens: tuple[str, ...]) -> int:
    """How many companies of the lexicon `tokens` name (a leading clitic allowed: «وأوراكل»)."""
    found: set[int] = set()
    for i, token in enumerate(tokens):
        for reading in (token, *strip_clitics(token)):
            for company, rest in _company_index().get(reading, ()):
                if tokens[i + 1 : i + 1 + len(rest)] == rest:
                    found.add(company)
    return len(found)


@cache
def _company_index() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """First word of every company name → (which company, the words after it)."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for company, names in enumerate(company_names()):
        for name in names:
            index.setdefault(name[0], []).append((company, name[1:]))
    return index
