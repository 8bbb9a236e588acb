"""Answers to representative questions, abstention, sentences and the search contract."""

from __future__ import annotations

import dataclasses

import pytest

from index.answers import Answerer, UnknownStoryError, questions_in
from index.evaluation import load_eval
from index.analyzer import Analyzer, words
from index.sentences import sentence_spans
from index.settings import SearchSettings
from index.stopwords import without_fillers
from index.stories import Story
from tests.conftest import ROOT, SEED_ID


@pytest.mark.parametrize(
    ("question", "paragraph", "in_sentence"),
    [
        ("من هي المتحدثة باسم البيت الأبيض؟", 5, "كارولين ليفيت"),
        ("كم دفع ماسك لحملة ترامب؟", 7, "300 مليون دولار"),
        ("قديش كانت قيمة عرض ماسك لشراء OpenAI؟", 8, "97.4 مليار دولار"),
        ("وين كان ماسك وقت توقيع الاتفاق؟", 6, "السعودية"),
        ("متى اطلق ترامب النسخه الامريكيه من ستارجيت", 9, "يناير"),
        ("شو اسم الشركة يلي بدو ماسك يدخلها بالاتفاق؟", 3, "xAI"),
        ("ماذا حدث عام ٢٠١٥؟", 8, "2015"),
        ("شو الشركات اللي بالتحالف؟", 2, "أوراكل"),  # «which companies»: the paragraph that names them
        ("What wrongdoing does Musk allege?", 8, "يتهمها"),  # English words of the news on the lexicon's lines
        ("How long was the announcement delayed?", 4, "لعدة أيام"),  # «how long» asks a quantity
    ],
)
def test_question_gets_the_cited_paragraph_and_its_sentence(
    answerer: Answerer, question: str, paragraph: int, in_sentence: str
) -> None:
    result = answerer.ask(question)
    assert result.answer is not None
    assert result.answer.passage.id == f"{SEED_ID}:{paragraph}"
    assert result.answer.citation.paragraph == paragraph
    assert in_sentence in result.answer.sentence
    assert result.answer.sentence in result.answer.passage.text


@pytest.mark.parametrize("question", ["ما عاصمة فرنسا؟", "السلام عليكم", "😂😂👍", "asdf qwerty", "؟؟؟", ""])
def test_off_topic_greetings_and_gibberish_are_declined(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.answer is None and result.alternatives == () and result.nearest == ()


def test_a_declined_question_is_shown_the_passages_nearest_it(answerer: Answerer) -> None:
    # Nvidia is named in paragraph 2 only; its share price is in no paragraph: declined, with
    # paragraph 2 offered as the nearest, never as the answer.
    result = answerer.ask("ما سعر سهم إنفيديا؟")
    assert result.answer is None and result.alternatives == ()
    assert [a.passage.id for a in result.nearest][:1] == [f"{SEED_ID}:2"]
    assert "إنفيديا" in result.nearest[0].sentence
    # Musk is in every paragraph and his age in none: no paragraph is nearer than another.
    assert answerer.ask("كم عمر ماسك؟").nearest == ()
    # An answered question has its answer and alternatives, no nearest.
    assert answerer.ask("كم دفع ماسك لحملة ترامب؟").nearest == ()


def test_whether_a_company_is_in_a_project_is_answered_where_it_is_named_in_that_project(
    stories: list[Story], answerer: Answerer,
) -> None:
    # «ضمن» (among) is a word of taking part, as «شاركت» is: Oracle is named in the American version.
    answer = answerer.ask("هل كانت أوراكل ضمن ستارجيت الأمريكي؟").answer
    assert answer is not None and answer.passage.number == 9
    # Nvidia is named in the Emirati alliance only; by root, «الأمريكي» is «الإمارات» (`places_by_stem`).
    question = "هل شاركت إنفيديا في المشروع الأمريكي؟"
    assert answerer.ask(question).answer is None
    by_root = Answerer(stories, settings=dataclasses.replace(SearchSettings(), places_by_stem=False)).ask(question)
    assert by_root.answer is not None and by_root.answer.passage.number == 2


@pytest.mark.parametrize("question", ["هل وافق الكونغرس على المشروع؟", "هل علق البنتاغون على اتفاق الإمارات؟"])
def test_a_question_about_an_institution_no_story_names_is_declined(answerer: Answerer, question: str) -> None:
    # The lexicon's institutions (Congress, the Pentagon…) weigh as names no story has.
    assert answerer.ask(question).answer is None


@pytest.mark.parametrize(
    "question",
    [
        # «سحب» (withdrew) is on the Facts line of backing down: no story withdraws anything.
        "هل سحب الملياردير قضيته من المحكمة لاحقا؟",
        # «ندم» (regretted) and «الصفح» (pardon) are on the Facts line of apologies.
        "هل ندم ترامب على دعم ماسك؟",
        "هل طلب ماسك الصفح من ألتمان؟",
        # «مفاوضات» (talks) is on the Facts line of negotiating.
        "هل جرت مفاوضات بين ألتمان وماسك؟",
        # «سعة التخزين» (storage capacity) is on the Facts line of storage: the story gives no figures.
        "ما سعة التخزين في مركز البيانات الإماراتي؟",
        # «محامي» (a lawyer) is on the Facts line of legal counsel: the story names none.
        "من هو محامي ماسك في القضية؟",
        # «نسبة الملكية» (the ownership share) is on the Facts line of stakes: the story gives none.
        "ما نسبة ملكية OpenAI في المشروع؟",
        # «نسبة أسهم» (a share of stock) too: not «أسهم في» (contributed to).
        "كم نسبة أسهم مايكروسوفت في المشروع؟",
        # «النسبة المئوية» (the percentage) too.
        "ما النسبة المئوية التي تملكها G42 من المركز؟",
        # «مكافأة» (a bonus) is on the Facts line of pay; «خوادم» (servers) on that of storage.
        "كم كانت مكافأة ماسك من تسلا؟",
        "خوادم المركز الإماراتي من أي شركة؟",
        # «نوع الطاقة» (the kind of power) is on the Facts line of energy.
        "ما نوع الطاقة التي سيستخدمها المركز الإماراتي؟",
        # Tariffs are on a Facts line: «رسوم» is not the «رسمي» (official) it shares a root with.
        "كم تبلغ الرسوم الجمركية على الرقائق؟",
        "هل فرض ترامب تعريفات على الإمارات؟",
        # The European Commission speaks for the EU, a place elsewhere that no story names.
        "هل علقت المفوضية الأوروبية على الاتفاق؟",
        # A funding round is on a Facts line: «التمويلية» had found Musk's funding of the campaign.
        "كم بلغت الجولة التمويلية لشركة ماسك؟",
        # «أبصر النور» (saw the light: was born) is on the Facts line of birth…
        "متى أبصر ألتمان النور؟",
        # …and «تبت» (rules on) on that of courts: the story tells of the suit, not of a ruling.
        "متى تبت المحكمة في قضية ماسك ضد OpenAI؟",
        # A reconciliation is on a Facts line: the story tells of the feud, never of a peace.
        "هل اتصالحوا ماسك وسام؟",
        "هل حصل صلح بين ماسك وألتمان؟",
        # «كسبت» (won) beside the verdicts: the story tells of the lawsuit, never of its end.
        "هل كسبت OpenAI المعركة القضائية؟",
        # «يترافع عن» (pleads for) beside the lawyers: the story names none.
        "من يترافع عن OpenAI؟",
    ],
)
def test_an_act_the_story_never_tells_of_is_declined(answerer: Answerer, question: str) -> None:
    assert answerer.ask(question).answer is None


@pytest.mark.parametrize("question", ["كم دفع ماسك لحملة بايدن؟", "ليش دعم ماسك هاريس؟"])
def test_a_person_no_story_names_is_declined_whatever_is_asked(answerer: Answerer, question: str) -> None:
    # Biden and Harris are on the lexicon's list of people elsewhere; paragraph 7 has the rest
    # (Musk, a campaign, support) and answered before.
    assert answerer.ask(question).answer is None


@pytest.mark.parametrize("question", ["هل حضر ولي العهد السعودي مراسم التوقيع؟", "ما رأي ولي العهد السعودي في ستارجيت الإماراتي؟"])
def test_a_crown_prince_no_story_names_is_declined(answerer: Answerer, question: str) -> None:
    # «ولي العهد» is on the lexicon's list of institutions elsewhere, as Congress is.
    assert answerer.ask(question).answer is None


def test_a_person_the_news_often_names_but_no_story_does_is_declined(answerer: Answerer) -> None:
    # Larry Ellison is on the lexicon's list of people elsewhere: a name no story has, as a place's.
    assert answerer.ask("هل كان لاري إليسون حاضرا لحظة توقيع الاتفاق؟").answer is None


def test_a_place_the_news_often_names_but_no_story_does_is_declined(answerer: Answerer) -> None:
    # Brussels is on the lexicon's list of places elsewhere: the EU's word, which no story reports.
    assert answerer.ask("ماذا قالت بروكسل عن ستارجيت؟").answer is None


@pytest.mark.parametrize("question", ["ما اسم المحامي الذي يمثل ماسك؟", "ما اسم الرقاقة التي ستستخدمها إنفيديا في المركز؟"])
def test_the_name_of_something_no_story_mentions_is_declined(answerer: Answerer, question: str) -> None:
    # A lawyer, a chip: no story and no lexicon line knows the word, so none states its name.
    assert answerer.ask(question).answer is None


def test_the_name_of_something_the_story_mentions_is_answered(answerer: Answerer) -> None:
    answer = answerer.ask("ما اسم المتحدثة باسم البيت الأبيض؟").answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:5"


def test_whether_a_company_is_in_a_project_is_answered_where_both_are_named(answerer: Answerer) -> None:
    # Cisco is named in the paragraph of the Emirati Stargate; Microsoft only beside OpenAI's history.
    answer = answerer.ask("هل تشارك سيسكو في ستارجيت الإمارات؟").answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:2"
    assert answerer.ask("هل تشارك مايكروسوفت في مشروع ستارجيت الإماراتي؟").answer is None


def test_a_verb_in_the_future_finds_the_story_s_verb(answerer: Answerer) -> None:
    # «سيحتضنها» (will host it): ISRI does not read the future «سـ»; the story says «تحتضن».
    answer = answerer.ask("ما المجالات التي ستحتضنها الإمارات؟").answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:2"


def test_citation_names_title_section_and_paragraph(answerer: Answerer, stories: list[Story]) -> None:
    answer = answerer.ask("من هي المتحدثة باسم البيت الأبيض؟").answer
    assert answer is not None
    story = next(s for s in stories if s.id == SEED_ID)
    assert answer.citation.as_text() == f"{story.title} — موقف البيت الأبيض من الخلاف — الفقرة 5"


def test_alternatives_are_other_passages_best_first(answerer: Answerer) -> None:
    result = answerer.ask("ماسك وترامب", top=3)
    assert result.answer is not None and 1 <= len(result.alternatives) <= 3
    ids = [result.answer.passage.id, *(a.passage.id for a in result.alternatives)]
    assert len(set(ids)) == len(ids)
    scores = [result.answer.score, *(a.score for a in result.alternatives)]
    assert scores == sorted(scores, reverse=True)


def test_unknown_story_is_an_error(answerer: Answerer) -> None:
    with pytest.raises(UnknownStoryError, match="nope"):
        answerer.ask("ماسك", story_id="nope")


def test_very_long_question_is_answered_not_rejected(answerer: Answerer) -> None:
    result = answerer.ask("من هي المتحدثة باسم البيت الأبيض؟ " + "ا" * 10_000)
    assert result.answer is not None


def test_json_shape_is_the_documented_contract(answerer: Answerer) -> None:
    data = answerer.ask("كم دفع ماسك لحملة ترامب؟").to_dict()
    assert set(data) == {"question", "answer", "alternatives", "nearest", "also", "piece"}
    assert set(data["answer"]) == {"story", "passage_id", "text", "citation", "score", "sentence"}


def test_a_message_splits_at_question_marks_line_breaks_and_and_before_a_question_word() -> None:
    assert questions_in("ما هي xAI؟ ومن يرأس OpenAI?\n  متى أعلن عن التحالف  \n\n") == [
        "ما هي xAI؟", "من يرأس OpenAI?", "متى أعلن عن التحالف",
    ]
    assert questions_in("كم دفع ماسك لحملة ترامب") == ["كم دفع ماسك لحملة ترامب"]
    # No «؟» between them: «و» (and) before a question word starts the next question, and goes.
    assert questions_in("من هي ليفيت وماذا قالت؟") == ["من هي ليفيت", "ماذا قالت؟"]
    assert questions_in("What did Leavitt say and why did Musk object?") == [
        "What did Leavitt say", "why did Musk object?",
    ]
    # «ومن» is also «and from», «وما» «and not», «وكمان» «and also»: one question each.
    for one in ("ماسك ومن معه في السعودية؟", "لماذا غاب ماسك وما حضر التوقيع؟", "ماسك وكمان ترامب؟"):
        assert questions_in(one) == [one]


def test_a_line_break_inside_a_question_does_not_make_two(answerer: Answerer) -> None:
    # A line wrapped as typed is one question; a break after «؟» or before a question word is two.
    assert questions_in("كم دفع ماسك ثمنا\nلتويتر؟") == ["كم دفع ماسك ثمنا لتويتر؟"]
    assert questions_in("ماسك وين كان\nوليش ما حضر") == ["ماسك وين كان", "ليش ما حضر"]
    assert questions_in("مرحبا\nكم دفع ماسك؟") == ["مرحبا", "كم دفع ماسك؟"]
    assert questions_in("من هي ليفيت؟ \nماسك كم دفع") == ["من هي ليفيت؟", "ماسك كم دفع"]  # spaces before it
    # Off the story as a whole, so not answered by its first line alone («كم دفع ماسك ثمنا»).
    for asked in ("كم دفع ماسك ثمنا\nلتويتر؟", "هل قدم ماسك\nاعتذارا للرئيس ترامب؟"):
        result = answerer.ask(asked)
        assert result.answer is None and not result.also, asked


def test_hashtags_are_read_as_their_words(answerer: Answerer) -> None:
    for asked, paragraph in (("#ماسك_ليش فلّ من إدارة ترامب؟", 7), ("مين #الشركات_اللي في #ستارجيت_الإمارات؟", 2)):
        answer = answerer.ask(asked).answer
        assert answer is not None and answer.passage.number == paragraph, asked


def test_a_question_joined_by_and_reads_as_asked_alone(answerer: Answerer) -> None:
    # «وكم…» asks how much as «كم…» does: a question out of scope stays declined.
    for asked in ("كم رقاقة ستركب في المركز الإماراتي؟", "متى سيبدأ تشغيل الخوادم في المركز الإماراتي؟"):
        assert answerer.ask(asked).answer is None
        assert answerer.ask("و" + asked).answer is None


def test_each_question_of_a_message_of_several_is_answered(answerer: Answerer) -> None:
    result = answerer.ask("من هي المتحدثة باسم البيت الأبيض؟ وكم دفع ماسك لحملة ترامب؟")
    assert result.answer is not None and result.answer.passage.number == 5
    assert [(r.question, r.answer.passage.number) for r in result.also if r.answer] == [
        ("كم دفع ماسك لحملة ترامب؟", 7),
    ]
    assert result.to_dict()["also"][0]["answer"]["passage_id"] == f"{SEED_ID}:7"
    # Four questions: the message's answer, then the other three in the message's order.
    many = answerer.ask("كم عرض ماسك لشراء OpenAI؟ وكم استثمر ترامب في ستارجيت الأمريكي؟ "
                        "ولماذا تأخر الإعلان؟ وأين كان ماسك وقت التوقيع؟")
    assert many.answer is not None
    assert [many.answer.passage.number, *(r.answer.passage.number for r in many.also if r.answer)] == [4, 8, 9, 6]
    # A message no paragraph answers whole is answered question by question: the first, which
    # the story does not answer, declined; the others answered, each as asked.
    split = answerer.ask("كم عمر ماسك؟ وكم استثمر ترامب في ستارجيت الأمريكي؟ ومن هي المتحدثة باسم البيت الأبيض؟")
    assert split.answer is None
    assert [(r.question, r.answer and r.answer.passage.number) for r in split.also] == [
        ("كم استثمر ترامب في ستارجيت الأمريكي؟", 9), ("من هي المتحدثة باسم البيت الأبيض؟", 5),
    ]
    assert answerer.ask("كم عمر ماسك؟ ومتى ولد ماسك؟").also == ()  # nothing answered: one decline
    # With no answer to the whole, a question of one thing is answered too.
    who = answerer.ask("كم عمر ماسك؟ مين ليفيت؟")
    assert who.piece == "كم عمر ماسك؟" and [r.answer.passage.number for r in who.also if r.answer] == [5]


@pytest.mark.parametrize(("message", "answered"), [
    ("كم دفعت الإمارات مقابل المشروع؟ وماسك ليش حاط عينه على مشروع الإمارات؟", [None, 1]),
    ("ما عدد الوظائف التي سيوفرها المشروع وشو سبب معارضه ماسك للمشروغ", [None, 3]),
    ("ستارجيت أمريكا بكم بلش؟ وسيسكو؟", [9, 2]),
])
def test_how_many_in_a_message_of_several_does_not_rank_the_whole_message(
    answerer: Answerer, message: str, answered: list[int | None]
) -> None:
    # «How many» ranks a paragraph with a number first, for one question; for a message of
    # several, that paragraph would answer the whole and leave the other question unanswered
    # (or answer an out-of-scope one): the message is declined whole and answered piece by piece.
    result = answerer.ask(message)
    replies = [r.answer and r.answer.passage.number for r in (result, *result.also)]
    assert replies == answered


@pytest.mark.parametrize("message", [
    "ماسك فاته التوقيع؟ وين راح؟",  # the second piece asks on about the first
    "كم مليار دولار عرض تحالف ماسك؟ هل ٩٧٫٤؟",
    "ممكن سؤال؟ كم دفع ماسك لترامب؟ شكرا",
    "ما هي xAI؟ ومن يرأس OpenAI؟",  # paragraph 3 answers both
])
def test_one_question_in_pieces_is_one_answer(answerer: Answerer, message: str) -> None:
    result = answerer.ask(message)
    assert result.answer is not None and result.also == ()


def test_sentences_do_not_split_decimals() -> None:
    text = "قاد تحالفًا بقيمة 97.4 مليار دولار، لكن العرض قوبل بالرفض. كما رفع دعوى قضائية."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "قاد تحالفًا بقيمة 97.4 مليار دولار، لكن العرض قوبل بالرفض.",
        "كما رفع دعوى قضائية.",
    ]


def test_dialect_question_words_are_stopwords() -> None:
    analyzer = Analyzer(stemmer="none")
    for question in ["شو صار مع ماسك", "ايش صار مع ماسك", "وين ماسك", "ليش ماسك", "مين ماسك", "قديش ماسك"]:
        assert analyzer.tokens(question) == ["ماسك"], question
    # …and behind the prepositions «ل», «ب», «ع»: «لمين» (to whom), «بإيش» (with what), «لوين».
    for question in ["لمين ماسك", "بمين ماسك", "عمين ماسك", "بإيش ماسك", "لايه ماسك", "لوين ماسك", "لأي ماسك"]:
        assert analyzer.tokens(question) == ["ماسك"], question
    # «وقتها» (at that time, then) is «وقت» with a pronoun: when, not a topic.
    for question in ["وين ماسك وقتها", "ماسك وقته", "بوقتها ماسك"]:
        assert analyzer.tokens(question) == ["ماسك"], question
    assert analyzer.tokens("بوش ماسك") == ["بوش", "ماسك"]  # Bush is a name
    assert analyzer.tokens("عاش ماسك") == ["عاش", "ماسك"]  # «عاش» (lived) is «ع» + «اش» by letters only
    # A word for the story itself is a frame, behind a clitic or the dialects' «هالـ» (this) too.
    for question in ["ماسك بالقصة", "ماسك بهالقصة", "ماسك هالموضوع", "ماسك لهالخبر"]:
        assert analyzer.tokens(question) == ["ماسك"], question
    # «حكاية» (story) frames as «قصة» does; «الصلة» (the link) as «العلاقة»; «الرجلين» (the two men).
    for question in ["ماسك شو حكايته", "ماسك وحكايتهم", "الصلة بين الرجلين ماسك"]:
        assert analyzer.tokens(question) == ["ماسك"], question
    # «مادا» is «ماذا» with «ذ» typed «د», as «هدا» is «هذا»; a title before a name is no topic.
    for question in ["مادا ماسك", "لمادا ماسك", "السيد ماسك", "للسيد ماسك", "والسيدة ماسك", "Mr Musk"]:
        assert analyzer.tokens(question) in (["ماسك"], ["musk"]), question


def test_dialect_light_verbs_are_stopwords(answerer: Answerer) -> None:
    """«سووا» (Gulf: did), «هيعمل» (will do), and Egyptian «عاملة» (made, doing) after «اللي» or
    before «إيه» say nothing about what is asked; as unknown words they weighed like the rarest
    and declined the question. Elsewhere «عامل» is a worker, which a story may state."""
    analyzer = Analyzer(stemmer="none")
    # …and Iraqi and Gulf «انسوى» (was made), as «انعمل»; Levantine «مشان» (so that), as «عشان».
    for verb in ["سووا", "هيعمل", "عملوا", "عملو", "انسوى", "اتسوت", "مشان", "منشان"]:
        assert analyzer.tokens(f"{verb} ماسك") == ["ماسك"], verb
    # Levantine «هني» / «هنن» (they): a pronoun, not a topic.
    for pronoun in ["هني", "هنن"]:
        assert analyzer.tokens(f"مين {pronoun} شركاء ماسك") == ["شركاء", "ماسك"], pronoun
    assert without_fillers(words("الشركات اللي عاملة ستارجيت")) == words("الشركات اللي ستارجيت")
    assert without_fillers(words("ماسك عامل ايه")) == words("ماسك ايه")
    assert without_fillers(words("كم عامل في المصنع")) == words("كم عامل في المصنع")
    # «هل سبق أن…» (has … ever) asks whether; «سبق» before a noun is what came first.
    assert without_fillers(words("هل سبق ان حاول ماسك")) == words("هل ان حاول ماسك")
    assert without_fillers(words("ما الذي سبق ستارجيت")) == words("ما الذي سبق ستارجيت")
    # «تسلم إيدك» thanks; «تسلم منصبه» took office.
    assert without_fillers(words("تسلم ايدك ليش ماسك")) == words("ايدك ليش ماسك")
    assert without_fillers(words("متى تسلم ماسك منصبه")) == words("متى تسلم ماسك منصبه")
    # Maghrebi «يدير» is «do»; after «who» it is still «runs».
    assert without_fillers(words("شنو بغا ماسك يدير فالمشروع ديال الامارات")) == words("شنو بغا ماسك فالمشروع ديال الامارات")
    assert without_fillers(words("شكون لي كيدير OpenAI")) == words("شكون لي كيدير OpenAI")
    assert without_fillers(words("منو اللي يدير OpenAI")) == words("منو اللي يدير OpenAI")
    # Words that are fillers only beside a neighbour: «قدر» after «how», «ألف شكر», «give me»,
    # health asked for in a blessing; elsewhere an estimate, a thousand, a payment, a subject.
    assert without_fillers(words("كيف قدر ماسك يعطل")) == words("كيف ماسك يعطل")
    assert without_fillers(words("بكم قدر التحالف القيمة")) == words("بكم قدر التحالف القيمة")
    assert without_fillers(words("ألف شكر وين ماسك")) == words("وين ماسك")
    assert without_fillers(words("كم ألف دولار")) == words("كم ألف دولار")
    assert without_fillers(words("give me the story")) == words("me the story")
    assert without_fillers(words("did musk give money")) == words("did musk give money")
    assert without_fillers(words("الله يعطيك الصحة")) == ()
    assert without_fillers(words("الله يرضى عليك")) == words("عليك")  # the blessing's verb too
    assert without_fillers(words("وزارة الصحة")) == words("وزارة الصحة")
    # «رد فعل» (reaction) asks what was done; «رد» alone is a reply.
    assert without_fillers(words("رد فعل ماسك")) == words("فعل ماسك")
    assert without_fillers(words("رد ماسك")) == words("رد ماسك")
    # Holding a post says no more than the post («أي منصب يشغله ألتمان؟»); keeping busy is a word.
    assert without_fillers(words("اي منصب يشغله التمان")) == words("اي منصب التمان")
    assert without_fillers(words("what position does leavitt hold")) == words("what position does leavitt")
    assert without_fillers(words("ما الذي كان يشغل ماسك")) == words("ما الذي كان يشغل ماسك")
    answer = answerer.ask("ما المنصب الذي تشغله كارولين ليفيت؟").answer
    assert answer is not None and answer.passage.number == 5
    # Describing frames what is described («كيف وصفت ليفيت الاتفاق؟»), and is what is asked alone.
    assert without_fillers(words("كيف وصفت ليفيت الاتفاق")) == words("كيف ليفيت الاتفاق")
    assert without_fillers(words("بماذا وصفت")) == words("بماذا وصفت")
    answer = answerer.ask("كيف وصف البيت الأبيض الشراكة مع الإمارات؟").answer
    assert answer is not None and answer.passage.number == 5
    # Gulf «ربعها» (its crowd) is no quarter and no four: it found «أربع سنوات».
    assert analyzer.tokens("الشركات اللي ربعها بستارجيت") == ["الشركات", "بستارجيت"]
    assert analyzer.tokens("أديش دفع ماسك") == ["دفع", "ماسك"]
    for question in ["مين الشركات اللي عاملة ستارجيت الإمارات؟", "مين هني اللي عملوا تحالف ستارجيت؟"]:
        result = answerer.ask(question)
        assert result.answer is not None and result.answer.passage.id == f"{SEED_ID}:2", question


@pytest.mark.parametrize("question", ["منو الشرات اللي شاركت بالمشروع؟", "مين اشركات اللي داخلة بالشراكة؟"])
def test_a_slip_in_the_word_for_companies_still_asks_which_companies(answerer: Answerer, question: str) -> None:
    # The cue read «الشرات» as «الشركات»; the word must then go as the answer type does, or its
    # spelling alternative finds paragraph 6's «الشركات الناشئة».
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == 2


def test_a_person_s_companies_are_his_not_the_list_of_the_story_s(answerer: Answerer) -> None:
    # «شركات ماسك» are Musk's own (xAI, Tesla, SpaceX), not paragraph 2's list of partners.
    answer = answerer.ask("ما هي شركات ماسك؟").answer
    assert answer is not None and answer.passage.number in (3, 7)


COURTESY = [
    "لو سمحت {}", "{} من فضلك", "يا سند، {}", "عندي سؤال: {}", "ممكن تقولي {}", "ممكن تساعدني؟ {}", "{} شكرا", "please {}",
    "ممكن تفيدني، {}",
    # Greetings no word list holds: a clause of words nothing knows goes (`courtesy_clause`).
    "يا باشا، {}", "تكفى، {}", "مساء الورد، {}",
    # Greetings, thanks and calls whose words a story knows («سعيد», «عام», «ألف», «كبير»), and
    # one of function words only, which stood before a first «من» (who) (`greeting_clause`).
    "عيد سعيد، {}", "كل عام وأنت بخير، {}", "{}؟ يعطيك ألف عافية", "يا كبير، {}", "يا هلا، {}",
]


def _changed_by(answerer: Answerer, framing: str, questions: list[str]) -> list[str]:
    """The questions whose answer `framing` («… {} …») around them changes."""
    changed = []
    for question in questions:
        plain, framed = answerer.ask(question).answer, answerer.ask(framing.format(question)).answer
        if (plain and plain.passage.id) != (framed and framed.passage.id):
            changed.append(question)
    return changed


@pytest.mark.parametrize("wrapping", COURTESY)
def test_courtesy_around_a_question_changes_nothing(answerer: Answerer, wrapping: str) -> None:
    # Each of these once changed or declined 10–30 % of the own set's answers: an unknown
    # word weighs like the story's rarest, so a polite question looked half off-topic.
    questions = [q.question for q in load_eval(ROOT / "data" / "eval" / "stargate-uae.jsonl")]
    assert _changed_by(answerer, wrapping, questions) == []


@pytest.mark.parametrize(("question", "paragraph"), [
    ("من أتنى على ترامب؟", 5),  # «ث» said and typed «ت»: أثنى (praised)
    ("ما موقف ترامب المحتمل بحسب ما نءله ماسك؟", 4),  # «ق» said as a hamza: نقله (conveyed)
])
def test_a_letter_spelled_as_the_dialects_say_it_is_read_as_the_story_s(
    answerer: Answerer, question: str, paragraph: int,
) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == paragraph


@pytest.mark.parametrize("thanks", ["يعطيك ألف عافية", "الله يجزاك خير", "تسلم يا ذوق", "شكرا جزيلا يا كبير"])
def test_thanks_after_a_question_typed_without_its_question_mark_change_nothing(
    answerer: Answerer, thanks: str,
) -> None:
    # No «؟» sets them apart, so no clause rule sees them: an unknown «ذوق» or a «ألف» read as a
    # number declined or moved 24 to 61 of the development set's 208 answers (`thanks_tail` off).
    questions = [q.question.rstrip("؟?") for q in load_eval(ROOT / "data" / "eval" / "stargate-uae.jsonl")]
    assert _changed_by(answerer, "{} " + thanks, questions) == []


# How people frame a question or hedge it (`_ASIDES`, `_COURTESY` and the neighbour rules in
# index/stopwords.py): each of these once changed 15–82 of the development set's 208 answers.
ASIDES = [
    "{} بالتحديد؟", "سؤال سريع: {}؟", "{} على حد علمك؟", "يا جماعة {}؟", "الله يرضى عليك، {}؟", "نحب نعرف {}؟",
    "تدري {}؟", "{} صح؟", "بغيت نسولك {}؟", "{} بشكل عام؟", "ايوه {}؟", "{} يا ترى؟",
]


@pytest.mark.parametrize("framing", ASIDES)
def test_asides_around_a_question_change_nothing(answerer: Answerer, framing: str) -> None:
    questions = [q.question.rstrip("؟?") for q in load_eval(ROOT / "data" / "eval" / "stargate-uae.jsonl")]
    assert _changed_by(answerer, framing, questions) == []


@pytest.mark.parametrize(("earlier", "follow_up", "paragraph"), [
    ("ماسك دعم حملة ترامب؟", "بكم؟", 7),  # «how much» of the earlier subject: the 300 million
    ("ترامب أطلق ستارجيت الأمريكي؟", "امتى؟", 9),  # «when»: January
    ("ماسك رفع دعوى على OpenAI؟", "why?", 8),
    ("وين كان ماسك وقت التوقيع؟", "ومع مين؟", 6),
    ("ماسك دعم حملة ترامب؟", "ليش؟ وبكم؟", 7),  # two follow-ups at once: still one question
])
def test_a_follow_up_is_asked_about_the_question_before(
    answerer: Answerer, earlier: str, follow_up: str, paragraph: int
) -> None:
    assert answerer.ask(follow_up).answer is None  # alone it asks about nothing
    asked = answerer.with_subject(follow_up, earlier)
    assert asked is not None and words(asked)[: len(words(follow_up))] == words(follow_up)
    assert len(questions_in(asked)) == 1  # one question with its subject, never answered in pieces
    answer = answerer.ask(asked).answer
    assert answer is not None and answer.passage.number == paragraph


def test_a_question_with_a_subject_is_asked_as_it_is(answerer: Answerer) -> None:
    question = "من هي المتحدثة باسم البيت الأبيض؟"
    assert answerer.with_subject(question, "كم دفع ماسك لحملة ترامب؟") == question
    assert answerer.with_subject("ليش؟", None) is None
    assert answerer.with_subject("ليش؟", "ومتى؟") is None  # nothing to follow


@pytest.mark.parametrize("question", [
    "شو القصة؟", "لخص لي الخبر", "ما هي القصة باختصار؟", "What is the story about?",
    "ممكن تلخصلي القصة كلها بجملة؟",  # «كلها» (all of it) names nothing
    # A clause of function words alone after a greeting is the question, not an opening to drop
    # (`function_word_clause`), the greeting mistyped or not.
    "صباح الخير، ممكن تلخصلي القصة كلها بجملة؟", "صباح اخير، ممكن تلخصلي القصة كلها بجملة؟",
])
def test_asking_for_the_story_itself_is_answered_by_its_lede(answerer: Answerer, question: str) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == 1
    assert answer.sentence == answer.passage.text[: len(answer.sentence)]  # its first sentence, in bold
    assert answerer.with_subject(question, "مين ليفيت؟") == question  # the whole story, whatever came before
    assert answerer.ask("السلام عليكم").answer is None  # nothing of the story named: no lede


@pytest.mark.parametrize(("question", "paragraph"), [
    ("شو بتقول الفقرة التانية؟", 2), ("ماذا تقول الفقرة الأولى؟", 1), ("آخر فقرة", 9), ("اعرض الفقرة ٥", 5),
    ("what does paragraph 6 say?", 6), ("كيف وصف التقرير ماسك في مقدمته؟", 1),
])
def test_a_paragraph_the_reader_names_is_the_answer(answerer: Answerer, question: str, paragraph: int) -> None:
    """Readers see «الفقرة N» under every answer and point back at one: «الأولى» was read as «الأول
    من نوعه» (paragraph 9), «التانية» as «ثمانية»."""
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == paragraph
    assert answer.citation.as_text().endswith(f"الفقرة {paragraph}")


def test_a_paragraph_named_that_the_story_lacks_or_that_does_not_say_is_declined(answerer: Answerer) -> None:
    assert answerer.ask("شو بالفقرة ٢٠؟").answer is None  # the story has nine
    assert answerer.ask("كم عمر ماسك بحسب الفقرة الأولى؟").answer is None


@pytest.mark.parametrize("question", ["ما هو مشروع ستارجيت؟", "لو سمحت، ما هو مشروع ستارجيت؟", "What is Stargate?"])
def test_what_the_subject_is_is_answered_by_the_section_the_title_names(
    answerer: Answerer, stories: list[Story], question: str
) -> None:
    """Two headings name the project, the Emirati one's and «مشروع ستارجيت بنسخته الأمريكية»: the
    story's title («…ومشروع ستارجيت للذكاء الاصطناعي في الإمارات») says which is the story's
    (`subject_heading_by_title`). A clause of function words before the question is not its
    opening (`function_word_clause`)."""
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == 2
    for setting in ["subject_heading_by_title"] + (["function_word_clause"] if "،" in question else []):
        plain = Answerer(stories, settings=dataclasses.replace(SearchSettings(), **{setting: False}))
        answer = plain.ask(question).answer
        assert answer is not None and answer.passage.number == 1, setting


@pytest.mark.parametrize(
    ("question", "paragraph", "setting", "without"),
    [
        # A purpose, «لـ» and the verb's noun, answers «who will…» (`purpose_as_plan`): the alliance
        # was formed «لبناء مركز», to build a centre. Spoken future and MSA «سـ» alike.
        ("مين الشركات اللي هتبني المركز في الامارات؟", 2, "purpose_as_plan", None),
        ("من سيبني المركز في الإمارات؟", 2, "purpose_as_plan", None),
        # The future a word apart from a plain verb: «رح تبني», «سوف يبني».
        ("مين رح تبني المركز بالإمارات؟", 2, "purpose_as_plan", None),
        ("من سوف يبني المركز في الإمارات؟", 2, "purpose_as_plan", None),
        # A bare «ء» inside a word, read as the seat a story knows by stem (`bare_hamza_by_stem`).
        ("هل ذكر البيان الرءاسي اسم ماسك", 5, "bare_hamza_by_stem", None),
        # «الملياردير» is Musk though the lede uses the word (`epithets_in_stories`).
        ("ما الذي أغضب الملياردير؟", 3, "epithets_in_stories", 1),
        ("كيف تجاهلت واشنطن اعتراضات الملياردير في تصريحها؟", 5, "epithets_in_stories", 1),
    ],
)
def test_a_purpose_a_bare_hamza_and_an_epithet_answer_only_with_their_setting(
    answerer: Answerer, stories: list[Story], question: str, paragraph: int, setting: str, without: int | None
) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == paragraph
    plain = Answerer(stories, settings=dataclasses.replace(SearchSettings(), **{setting: False}))
    answer = plain.ask(question).answer
    assert (answer.passage.number if answer else None) == without


def test_a_purpose_answers_who_will_only_for_the_verb_asked(answerer: Answerer) -> None:
    """«من سيدير المركز؟» (who will run it) is no purpose the story states: still declined."""
    assert answerer.ask("من سيدير المركز؟").answer is None
    assert answerer.ask("مين رح يدير المركز؟").answer is None


def test_happening_in_dialect_frames_a_question_as_happened_does(answerer: Answerer) -> None:
    # «صاير» (happening, Levantine and Gulf) is «صار»: not a word to find.
    asked = answerer.ask("شو صاير بين ماسك و OpenAI؟").answer
    assert asked is not None and asked.passage.id == answerer.ask("شو صار بين ماسك و OpenAI؟").answer.passage.id
    assert answerer.subject("شو صاير بين ماسك و OpenAI؟") == answerer.subject("شو صار بين ماسك و OpenAI؟")



def test_managed_to_frames_the_verb_it_asks_about(answerer: Answerer) -> None:
    # «هل استطاع / تمكن ماسك أن…» (did he manage to…): the verb after it is what is asked, and
    # the frame no word to find (unknown to the story, it had sunk the coverage: declined).
    for framed in ("هل استطاع ماسك أن يمنع الإمارات من المضي في المشروع؟", "هل تمكن ماسك من منع الإمارات من المضي في المشروع؟"):
        assert not {"استطاع", "تمكن"} & set(answerer.subject(framed).split())
        answer = answerer.ask(framed).answer
        assert answer is not None and answer.passage.number == 1


def test_so_much_in_dialect_is_no_word_to_find(answerer: Answerer) -> None:
    # Iraqi «هالكثر», Levantine «هالقد», «لهالدرجة» (this much) say how much, not what about.
    for said in ("هالكثر", "هالقد", "لهالدرجة"):
        question = f"شكو ماسك ضد OpenAI {said}؟"
        assert answerer.subject(question) == answerer.subject("شكو ماسك ضد OpenAI؟")
        assert answerer.ask(question).answer is not None
