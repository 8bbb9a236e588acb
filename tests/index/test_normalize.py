"""Each normalization rule, alone and composed: phone spellings meet story spellings."""

from __future__ import annotations

import pytest

from index.normalize import (
    dediacritize,
    fold_case,
    normalize,
    normalize_alef,
    normalize_alef_maksura,
    normalize_digits,
    normalize_persian_letters,
    normalize_teh_marbuta,
    remove_invisible,
    remove_tatweel,
    shorten_stretched_letters,
    without_repeated_words,
    spell_out_initials,
    unify_hamza_before_suffix,
    unify_unicode,
)
from index.analyzer import ANALYZERS, words
from index.answers import Answerer
from index.stemmers import light_stem
from index.tokenize import word_tokens


def test_dediacritize_removes_harakat_shadda_and_tanwin() -> None:
    assert dediacritize("المُتَحَدِّثَةُ حاضرًا") == "المتحدثة حاضرا"


def test_remove_tatweel() -> None:
    assert remove_tatweel("مـــاسك") == "ماسك"


def test_letters_stretched_for_feeling_are_one_and_real_doubles_stay() -> None:
    assert shorten_stretched_letters("لييييش ماسك زعلاااان ماسكككك") == "ليش ماسك زعلان ماسك"
    assert shorten_stretched_letters("ممكن للغة الأمريكيين 1000 www") == "ممكن للغة الأمريكيين 1000 www"
    assert shorten_stretched_letters("مااسك سووا") == "ماسك سووا"  # two alefs are a stretch, «وو» is not
    assert normalize("مستاأ") == "مستاا"  # a hamza after alef is no stretch (shortened before alefs unify)


def test_a_word_typed_twice_in_a_row_is_read_once_and_other_repeats_stay() -> None:
    assert without_repeated_words("كيف ردت ردت OpenAI على عرض ماسك؟") == "كيف ردت OpenAI على عرض ماسك؟"
    assert without_repeated_words("ليش ليش ليش Musk musk؟") == "ليش Musk؟"
    assert without_repeated_words("ماسك قال إن ماسك") == "ماسك قال إن ماسك"  # not in a row
    assert without_repeated_words("ماسك الماسك 100 1000") == "ماسك الماسك 100 1000"
    assert without_repeated_words("من من أبناء روتشيلد؟") == "من من أبناء روتشيلد؟"  # who of them


def test_a_stretched_question_is_answered_as_typed_plainly(answerer: Answerer) -> None:
    plain, stretched = answerer.ask("ليش ماسك زعلان من OpenAI؟"), answerer.ask("ليييييش ماسك زعلاااان من OpenAI؟؟")
    assert plain.answer is not None and stretched.answer is not None
    assert stretched.answer.passage.id == plain.answer.passage.id


@pytest.mark.parametrize(("word", "bare"), [("أوراكل", "اوراكل"), ("إيلون", "ايلون"), ("آي", "اي"), ("ٱلذكاء", "الذكاء")])
def test_normalize_alef_makes_bare_alef(word: str, bare: str) -> None:
    assert normalize_alef(word) == bare


def test_alef_maksura_and_teh_marbuta() -> None:
    assert normalize_alef_maksura("على") == "علي"
    assert normalize_teh_marbuta("المتحدثة") == "المتحدثه"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert normalize_digits("٢٠١٥ و۲۰۱۵ و٩٧٫٤") == "2015 و2015 و97.4"


def test_an_arabic_comma_between_digits_is_a_decimal_point() -> None:
    assert normalize_digits("٩٧،٤ مليار") == "97.4 مليار"
    assert normalize_digits("٢٠١٥، ٢٠١٦") == "2015، 2016"  # a list stays a list


def test_persian_letters_become_arabic() -> None:
    assert normalize_persian_letters("کی") == "كي"


def test_dialect_letters_meet_the_story_spelling() -> None:
    # Iraqi «گال», a name typed with ڤ and پ: the story writes قال, إنفيديا, ترامب.
    assert normalize("گال") == normalize("قال")
    assert normalize("إنڤيديا") == normalize("إنفيديا")
    assert normalize("ترامپ") == normalize("ترامب")


def test_fold_case_for_latin_names() -> None:
    assert fold_case("OpenAI") == fold_case("OPENAI") == "openai"


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("How much did the US Stargate start with?", "How much did the usa Stargate start with?"),
        ("U.S. and U.A.E.", "usa and uae"),
        ("the USA, the UAE", "the usa, the uae"),
        ("tell us about it", "tell us about it"),  # the pronoun, in lower case, stays
        ("USB", "USB"),
    ],
)
def test_country_initials_are_spelled_out_before_case_folding(text: str, spelled: str) -> None:
    assert spell_out_initials(text) == spelled
    assert ("usa" in words(text)) == ("usa" in spelled)


@pytest.mark.parametrize(
    ("word", "unified"),
    [("لقائه", "لقاءه"), ("بقاؤه", "بقاءه"), ("شرائها", "شراءها"), ("نهائي", "نهائي"), ("رائدة", "رائدة")],
)
def test_a_final_hamza_before_a_pronoun_leaves_its_seat(word: str, unified: str) -> None:
    assert unify_hamza_before_suffix(word) == unified


def test_a_final_hamza_with_a_suffix_meets_its_bare_form() -> None:
    assert light_stem(normalize("استيائه")) == light_stem(normalize("استياء"))
    assert ANALYZERS["isri"].terms("لقائه") == ANALYZERS["isri"].terms("اللقاء")


def test_unify_unicode_expands_presentation_forms() -> None:
    assert unify_unicode("\ufefb") == "لا"


def test_remove_invisible_marks_inside_words() -> None:
    assert remove_invisible("ما\u200cسك\u200f") == "ماسك"


def test_normalize_maps_phone_and_story_spellings_together() -> None:
    story = "المُتَحَدِّثَةُ باسم البيت الأبيض عام ٢٠١٥"
    phone = "المتحدثه باسم البيت الابيض عام 2015"
    assert normalize(story) == normalize(phone)


def test_tokens_keep_decimals_and_split_latin_from_arabic() -> None:
    assert word_tokens(normalize("بقيمة 97.4 مليار، وOpenAI!")) == ["بقيمه", "97.4", "مليار", "و", "openai"]
    # The article glued to a number («الـ٩٧.٤») comes off before the decimal is joined.
    assert word_tokens(normalize("مبلغ الـ٩٧.٤ مليار")) == ["مبلغ", "ال", "97.4", "مليار"]


def test_tokens_drop_punctuation_and_emoji() -> None:
    assert word_tokens(normalize("؟!… 😂👍 «»")) == []
