"""What a question asks for, read from its wording: which companies, how much, when, which year,
what X is, how the reader can do something, a name in a language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from index.cues import (
    asked_languages,
    asks_for_companies,
    asks_for_the_story,
    asks_how_much,
    asks_how_to,
    asks_outcome,
    asks_what_is,
    asks_when,
    asks_year,
    LAST,
    country_nouns_asked,
    date_nouns_asked,
    paragraph_named,
)
from index.normalize import normalize


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("ما الشركات التي أعلنت التحالف؟", True),
        ("مين الشركات اللي دخلت؟", True),
        ("إيه اسم الشركة بتاعة ماسك؟", True),
        ("Which companies joined?", True),
        ("Which Emirati company is part of the deal?", True),  # English: the adjective first
        ("Who runs the company Musk is fighting?", False),
        ("الشركات المشاركة في المشروع", True),
        ("ما الحجة التي استخدمها ماسك لإدخال شركته؟", False),  # the company is the topic here
        ("من يرأس الشركة؟", False),  # asks who, about a company
        ("من هي المتحدثة؟", False),
        ("الله يعافيك، مين الشركاء في التحالف؟", True),  # a blessing first is courtesy
        ("وش الشركا اللي بالتحالف؟", True),  # «الشركاء» with its hamza unwritten, as typed
        ("مين الشريك الإماراتي في المشروع؟", True),  # «the partner» is a company too
        ("التحالف فيه شحال من شركة؟", True),  # how many companies, asked last
        ("كم دفعت الشركة للتحالف؟", False),  # how much, about a company
        ("التحالف في الإمارات فيه أي شركات؟", True),  # which companies, asked last
        ("لماذا أراد ماسك أي دور لشركته؟", False),  # «أي» before another word
    ],
)
def test_which_company_questions_are_told_from_questions_about_a_company(question: str, asks: bool) -> None:
    assert asks_for_companies(question) is asks


def test_a_slip_of_a_company_word_asks_for_companies_unless_it_is_a_word() -> None:
    known = frozenset({normalize("شبكة")})
    assert asks_for_companies("ماهي الشركت التي شاركت في التحالف؟", known)  # «الشركات», a letter dropped
    assert not asks_for_companies("ما الشبكة التي نشرت الخبر؟", known)  # one slip from «الشركة», but a word
    assert not asks_for_companies("ماهي الشركت التي شاركت في التحالف؟")  # no words given: no slips read


_HOW_MUCH_CASES = [
    ("كم دفع الوزير؟", True), ("قديش الاستثمار؟", True), ("How many staff?", True), ("ما عدد الموظفين؟", True),
    ("ما حجم الاستثمار؟", True), ("شكرا لكم", False), ("متى زار؟", False),
    ("ما قيمة العرض؟", True),  # the value asked for is a quantity
    ("أديش دفع الوزير؟", True),  # Levantine «قديش» with its «ق» said as a hamza
    ("How long was it delayed?", True), ("How big is the project?", True), ("How did he leave?", False),
]
_WHEN_CASES = [
    ("متى زار الوزير المدينة؟", True), ("في أي سنة ولد الوزير؟", True), ("What year was it signed?", True),
    ("الوزير مواليد أي عام؟", True), ("ما تاريخ ميلاد الوزير؟", True), ("أي شركة وقعت؟", False),
    ("كم سنة استمر؟", False),
]
_YEAR_CASES = [
    ("في أي سنة ولد الوزير؟", True), ("What year was it signed?", True), ("سنة كم تأسست الشركة؟", True),
    ("الوزير مواليد أي عام؟", True), ("متى زار الوزير المدينة؟", False), ("ما تاريخ ميلاد الوزير؟", False),
    ("كم سنة استمر؟", False),
]


@pytest.mark.parametrize(
    ("asks_kind", "question", "asks"),
    [(asks_how_much, q, a) for q, a in _HOW_MUCH_CASES] + [(asks_when, q, a) for q, a in _WHEN_CASES]
    + [(asks_year, q, a) for q, a in _YEAR_CASES],
)
def test_how_much_and_when_questions_are_told_apart(
    asks_kind: Callable[[str], bool], question: str, asks: bool
) -> None:
    assert asks_kind(question) is asks


def test_what_is_x_is_read_from_the_opening_or_with_or_last_from_the_end() -> None:
    assert asks_what_is("ما هو ستارجيت؟")
    assert not asks_what_is("ستارجيت شو هو؟") and asks_what_is("ستارجيت شو هو؟", or_last=True)


def test_how_can_i_asks_what_the_reader_should_do_how_did_x_does_not() -> None:
    nobody: frozenset[str] = frozenset()
    assert asks_how_to("How can I invest in AI?", nobody, nobody, False)
    assert asks_how_to("كيف أسجل في دورة؟", nobody, nobody, False)  # «أ» of «I», a verb no story uses
    # «أثرت» after «كيف» with a name next is her/its past tense, not «I»:
    assert not asks_how_to("كيف أثرت رسائل ماسك على المشروع؟", nobody, frozenset({normalize("ماسك")}), True)
    # «أفضى» ends in «ى»: his past tense («I» would be «أفضي»), whatever follows it.
    assert not asks_how_to("كيف أفضى تدخل ماسك إلى تأجيل الإعلان؟", nobody, frozenset({normalize("ماسك")}), True)
    assert asks_how_to("كيف أشتري سهم تسلا؟", nobody, frozenset({normalize("تسلا")}), True)


def test_a_language_is_asked_for_by_its_nisba_after_bi() -> None:
    assert asked_languages("ما اسم الموناليزا بالفرنسية؟") == {"فرنسي"}
    assert asked_languages("متى انتشرت الإنفلونزا الإسبانية؟") == frozenset()


def test_a_month_or_a_date_asked_for_is_named_but_not_a_year() -> None:
    assert date_nouns_asked("في أي شهر أعلن التحالف؟") == {"شهر"}
    assert date_nouns_asked("ما تاريخ الإعلان؟") == {"تاريخ"}
    assert date_nouns_asked("في أي سنة تأسست الشركة؟") == frozenset()  # «سنة» finds «عام 2015»
    assert date_nouns_asked("كم شهر تأخر الإعلان؟") == frozenset()  # how many months, not which
    assert date_nouns_asked("بيا شهر انعلن التحالف؟") == {"شهر"}  # Iraqi «بيا» (in which)


def test_a_country_asked_for_is_the_noun_after_a_word_for_which() -> None:
    assert country_nouns_asked("بأي دولة كان ماسك؟") == {normalize("دولة")}
    assert country_nouns_asked("ماسك كان في أنهي بلد؟") == {normalize("بلد")}  # Egyptian «أنهي» (which)
    assert country_nouns_asked("ماسك كان بأنهو ديرة؟") == {normalize("ديرة")}  # Gulf «أنهو», «ديرة» (country)
    assert country_nouns_asked("أنهي شركة عايز ماسك يدخلها؟") == frozenset()  # a company, not a place


def test_the_story_itself_is_asked_for_by_its_words_not_by_someone_s_story() -> None:
    assert asks_for_the_story("شو القصة؟") and asks_for_the_story("لخصلي الخبر")
    assert asks_for_the_story("What is the story about?") and asks_for_the_story("شو السالفة بالموضوع؟")
    assert not asks_for_the_story("شو قصته؟")  # his story: someone asked of before
    assert not asks_for_the_story("السلام عليكم")


@pytest.mark.parametrize(("question", "number", "rest"), [
    ("شو مكتوب بالفقرة ٣؟", 3, "شو مكتوب"),  # Arabic-Indic digit, «بالـ» before the noun
    ("ماذا تقول الفقرة الأولى؟", 1, "ماذا تقول"),
    ("الفقرة رقم 5", 5, ""),
    ("الفقرة تلاتة", 3, ""),  # a cardinal, Levantine
    ("آخر فقرة شو بتقول", LAST, "شو بتقول"),
    ("what does the last paragraph say?", LAST, "what does say"),
    ("paragraph 4", 4, ""),
    ("كيف وصف الخبر ماسك في بدايته؟", 1, "كيف وصف ماسك في"),  # the story's own opening
    ("ما اسم الشبكة المذكورة في بداية الخبر؟", 1, "ما اسم الشبكه المذكوره في"),
    ("what does the intro say about Musk?", 1, "what does the say about musk"),
    ("شو صار بنهاية المقال؟", LAST, "شو صار"),
])
def test_a_paragraph_is_named_by_its_number_or_as_the_story_s_opening_or_end(question: str, number: int, rest: str) -> None:
    assert paragraph_named(question) == (number, rest)


@pytest.mark.parametrize("question", [
    "من أعلن التحالف في مطلع مايو؟",  # early May: no story beside «مطلع»
    "بحسب الفقرة، ما علاقة ماسك بترامب؟",  # no number
    "كم رصدت واشنطن في الدفعة الافتتاحية؟",  # the inaugural tranche
    "شو آخر الأخبار عن ماسك؟",  # the latest news
    "شو قصته بالأول؟",  # his story
    "ما الذي تطمح إليه أبوظبي في الحوسبة المقدمة؟",  # «المتقدمة» (advanced) typed short: no lede
])
def test_no_paragraph_is_named_by_an_opening_or_a_number_of_something_else(question: str) -> None:
    assert paragraph_named(question) is None



def test_who_won_a_case_is_asked_by_a_word_of_winning_beside_one_of_a_court() -> None:
    for question in [
        "هل ربح ماسك الدعوى القضائية ضد OpenAI؟", "من فاز بالقضية في النهاية؟", "Who will win the lawsuit?",
        "هل أصدرت المحكمة حكما في دعوى ماسك؟",  # a verdict says who won
        "متى يصدر الحكم في دعوى ماسك؟",
        "هل ربح ماسك معركته القانونية؟",  # a legal battle is a case
    ]:
        assert asks_outcome(question), question
    for question in ["هل ربحت OpenAI من المشروع؟", "ما الدعوى التي رفعها ماسك؟", "Who won the election?"]:
        assert not asks_outcome(question), question
