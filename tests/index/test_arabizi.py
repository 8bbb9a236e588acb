"""Arabizi (Arabic in Latin letters and digits) is read back into Arabic script; English is not."""

from __future__ import annotations

import json

import pytest

from index.answers import Answerer
from tests.conftest import ROOT, SEED_ID


def test_an_arabizi_question_is_read_in_arabic_script_with_names_kept(answerer: Answerer) -> None:
    read = answerer.index.in_arabic("leh musk za3lan men OpenAI?")
    assert "زعلان" in read and "OpenAI" in read and "ليه" in read
    assert answerer.index.in_arabic("kam yom et2akhar el e3lan?").split()[-2:] == ["الاعلان", "؟"]


@pytest.mark.parametrize(("question", "paragraph"), [
    ("wein kan musk wa2t el tawqee3?", 6),  # «2» for ق, «3» for ع, «el» joined to its word
    ("2addesh dafa3 musk le 7amlet trump?", 7),
    ("leh el e3lan et2a5ar?", 4),
    ("meen hiya karoline leavitt?", 5),
    ("eh hya G42?", 2),  # no digit: «hya» (she, as typed short) says it is Arabizi
    ("musk sa3ed trump be kam million?", 7),  # «ساعد», not the story's «السعودية»
    ("musk 2al eh lel 7okoma el amrikiya?", 4),  # «قال», not the story's «كل»
    ("musk ma kansh mawgood ya3ni kan fein?", 6),  # «g» for ج, not ك
    ("leavitt btesht3'al eh?", 5),  # «3'» for غ, and the present «b» before the verb
    ("chnou galat leavitt f l bayan dyalha?", 5),  # no digit: Maghrebi «chnou» says it is Arabizi
    ("musk kan ra2ees 3ala ay sharikat?", 7),  # «ay», which: asks which companies
    ("mnu el sharikat elli 3amlat el ta7aluf bil emarat?", 2),  # «عملت» (did), not «عملات» (currencies)
    ("musk kam dafa3 la trump?", 7),  # «la» before a name: paid to him, not «دفع ل» (pushed to)
    ("musk ma 7abb openai tkoun bel mashroo3 leh?", 3),  # «ما حابب» (not liking it): displeasure
    ("mnw ely ydeer openai?", 3),  # no digit: Iraqi «mnw» (who) and «ely» (that) say it is Arabizi
    ("leh el emarat 3amla stargate?", 2),  # Egyptian «3amla» (making it), not «عمله» (its currency)
    ("stargate amrika fiha sharikat eh?", 9),  # no digit: «fiha» (in it) says it is Arabizi
])
def test_an_arabizi_question_is_answered_from_its_paragraph(answerer: Answerer, question: str, paragraph: int) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:{paragraph}"


def test_no_english_or_arabic_question_of_the_own_sets_is_read_as_arabizi(answerer: Answerer) -> None:
    questions = [
        json.loads(line)["question"]
        for path in sorted((ROOT / "data" / "eval").glob("*.jsonl")) if "arabizi" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [q for q in questions if answerer.index.in_arabic(q) != q] == []
    assert sum(q.isascii() for q in questions) > 400  # the English ones are there to be checked


def test_a_word_nothing_knows_is_kept_as_typed(answerer: Answerer) -> None:
    assert "zxqwv" in answerer.index.in_arabic("shu zxqwv?")


@pytest.mark.parametrize(("typed", "word"), [
    ("el beit el abyad 2al eh?", "الابيض"),  # the vowels typed: not «البداية», of the same consonants
    ("wein ma2ar xAI?", "مقر"),  # not «مايكرو»
    ("leh musk tarak el 7okoma?", "الحكومه"),  # not «الحكم»
    ("wesh gal musk?", "قال"),  # a common verb, as the Gulf says it
])
def test_of_the_words_with_its_consonants_an_arabizi_word_reads_as_the_one_with_its_vowels(
    answerer: Answerer, typed: str, word: str
) -> None:
    assert word in answerer.index.in_arabic(typed).split()


@pytest.mark.parametrize(("typed", "read"), [
    ("el emarat bedha t9ir shu b hal mashroo3?", "بهالمشروع"),  # «b hal»: this, not «هل»
    ("shno sar bayn musk w el emarat?", "بين"),
    ("el beit el abyad 7aka 3an musk wala la2?", "حكى"),
    ("shu ra2y musk bel mashroo3?", "رأي"),  # «2» as a hamza: opinion, not «رقائق» (chips)
    ("musk shu 2al lal sa3oudiyin?", "للسعوديين"),  # the Saudis, not «ساعديني» (help me)
])
def test_dialect_words_are_read_as_the_dialect_says_them(answerer: Answerer, typed: str, read: str) -> None:
    assert read in answerer.index.in_arabic(typed).split()


def test_a_question_of_function_words_english_has_too_is_arabizi_when_no_english_word_is_beside_them(
    answerer: Answerer,
) -> None:
    assert answerer.index.in_arabic("hal musk kan fi el saudia?").startswith("هل")
    answer = answerer.ask("el beit el abyad tjahal el khilaf?").answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:5"
    # Beside an English word, the same function words are English (or names).
    assert answerer.index.in_arabic("Was Musk in the men's team?") == "Was Musk in the men's team?"


def test_the_spoken_future_is_read_as_the_future_and_declined_where_no_plan_is_stated(answerer: Answerer) -> None:
    # «7a» fused to a present verb and «ra7» before one are «رح» (will); «ra7» alone is «راح» (went).
    assert answerer.index.in_arabic("el markaz 7ayeshtaghal emta?").split()[1:3] == ["رح", "يشتغل"]
    assert "رح" in answerer.index.in_arabic("emta ra7 yeftta7o el markaz?").split()
    assert "رح" not in answerer.index.in_arabic("musk ra7 3al saudia?").split()
    for question in ["el data center 7ayeshtaghal emta bel zabt?", "musk 7ayeshta3'al fel mashroo3 ba3dein?"]:
        assert answerer.ask(question).answer is None, question
    # Arabic script's spoken future too: «حيشتغل», «هيوافق»; not «حياته» (his life).
    assert answerer.ask("المركز حيشتغل امتى بالزبط؟").answer is None
    assert answerer.index._asks_future("ترامب هيوافق على المشروع؟")
    assert not answerer.index._asks_future("ماسك قضى حياته في الشركات؟")


def test_bi_before_a_latin_name_stays_a_preposition(answerer: Answerer) -> None:
    # «ra2y altman bi musk»: Altman's opinion of Musk — «بـ» kept before the name says Musk is
    # what it is about, not a second speaker, and the story gives Altman no voice.
    assert answerer.index.in_arabic("shu ra2y altman bi musk?").split()[2:5] == ["altman", "ب", "musk"]
    assert answerer.ask("shu ra2y altman bi musk?").answer is None
    # «la» before a name is still dropped: «دفع ل» alone would be «pushed to».
    assert "ل" not in answerer.index.in_arabic("musk kam dafa3 la trump?").split()


def test_a_personal_fact_asked_in_egyptian_arabizi_is_declined(answerer: Answerer) -> None:
    # «metgawez» is Egyptian «متجوز» (married): a fact the story never states.
    assert answerer.ask("musk metgawez meen?").answer is None
    assert answerer.ask("ماسك متجوز مين؟").answer is None
