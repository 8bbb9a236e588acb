"""What a passage states: companies by name, a quantity, the future, a time, a name in a language."""

from __future__ import annotations

import pytest

from index.analyzer import words
from index.normalize import normalize
from index.statements import (
    companies_named,
    names_given_in,
    states_date,
    states_future,
    states_quantity,
    states_time,
    states_year,
)


def test_companies_are_counted_by_name_in_any_spelling_and_behind_a_clitic() -> None:
    assert companies_named(words("أعلنت OpenAI وأوراكل وإنفيديا وسوفت بانك ثم OpenAI مرة أخرى")) == 4
    assert companies_named(words("لم يكن حاضراً لحظة التوقيع")) == 0


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("تأخر الإعلان لعدة أيام.", True), ("خلال أربع سنوات.", True), ("بلغت 100 مليار.", True),
        ("بقيمة 97.4 مليار", True), ("زار الوزير المدينة.", False), ("شاركت G42 الإماراتية.", False),
    ],
)
def test_a_quantity_is_a_digit_a_number_word_or_a_quantity_word(text: str, states: bool) -> None:
    assert states_quantity(text) is states


def test_the_future_is_a_plan_or_a_sin_verb_not_a_name_or_a_nisba() -> None:
    names = frozenset({normalize("ستارجيت")})
    assert states_future("ستبني الشركة مركزا جديدا", names)
    assert states_future("مع خطط لرفعها", names)
    assert not states_future("مشروع ستارجيت في الإمارات", names)  # a name that starts like «سـ»
    assert not states_future("قضايا سياسية واقتصادية", names)  # a nisba, no verb


def test_a_year_is_four_digits_a_date_is_a_number_or_a_month_a_time_also_a_time_word() -> None:
    assert states_year("يرجع الخلاف إلى عام 2015") and not states_year("في بداية مايو")
    assert not states_year("شاركت G42")
    assert states_date("في بداية مايو") and not states_date("لعدة أيام")
    assert states_time("تأخير الإعلان لعدة أيام")


def test_a_hijri_year_is_a_year_by_its_era_or_the_noun_before_it() -> None:
    for text in ("أسسوا المدينة سنة 300هـ", "نقلوا مركزهم لسنة 948م", "سقطت المدينة عام 500 ق.م"):
        assert states_year(text, eras=True) and not states_year(text)
    assert not states_year("اشترت الشركة 300 سيارة", eras=True)


def test_a_name_is_given_in_a_language_when_that_language_s_script_follows() -> None:
    assert names_given_in("الموناليزا (بالفرنسية: La Joconde) لوحة") == {"فرنسي"}
    assert names_given_in("تكتب بالفرنسية والعربية") == frozenset()
