"""Query expansion: lexicon aliases and synonyms, story-stated aliases, clitics, spelling."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest

from index.answers import Answerer
from index.expansion import (
    Lexicon,
    closest_words,
    default_lexicon,
    is_typo_of,
    mine_aliases,
    mine_heads,
    strip_clitics,
    words,
)
from index.isri import isri_stem
from index.normalize import normalize
from index.settings import SearchSettings
from index.stemmers import light_stem
from index.stories import Story
from tests.conftest import SEED_ID


def test_lexicon_gives_latin_names_their_arabic_forms_and_back() -> None:
    lexicon = default_lexicon()
    [concept] = lexicon.concepts("Microsoft")
    assert "مايكروسوفت" in concept.alternatives
    [concept] = lexicon.concepts("اوبن ايه اي")
    assert concept.words == ("اوبن", "ايه", "اي") and "openai" in concept.alternatives


def test_an_epithet_is_read_as_the_person_one_way() -> None:
    lexicon = Lexicon([["elon musk", "ماسك", "إيلون ماسك"]])
    lexicon.add_epithet(["صاحب تسلا", "tesla boss"], "elon musk")
    [concept] = lexicon.concepts("صاحب تسلا")
    assert {"ماسك", "elon musk"} <= set(concept.alternatives)
    # The person is not read as the epithet: «ماسك» would find every paragraph naming Tesla.
    [concept] = lexicon.concepts("ماسك")
    assert not {"صاحب تسلا", "tesla boss"} & set(concept.alternatives)
    # The shipped lexicon reads its epithets only with the setting on.
    assert "ماسك" in default_lexicon().concepts("مالك تسلا")[0].alternatives
    assert "ماسك" not in default_lexicon(epithets=False).concepts("مالك تسلا")[0].alternatives


@pytest.mark.parametrize("asked", ["اوبن ايه ايي", "اوبن اياي"])
def test_a_name_of_several_words_is_found_one_letter_off_spaces_aside(asked: str) -> None:
    lexicon = Lexicon([["OpenAI", "أوبن إيه آي"], ["البيت الأبيض", "White House"]])
    [concept] = lexicon.concepts(asked)
    assert "openai" in concept.alternatives
    # Only from the name's first word: two other words one letter from a name stay themselves.
    assert [c.text for c in lexicon.concepts("البنت الابيض")] == ["البنت", "الابيض"]


@pytest.mark.parametrize(("asked", "found"), [("سباقه", "حمله"), ("الهم", "قلق"), ("لم يرق له", "امتعاض")])
def test_a_word_easily_read_as_another_finds_its_own_line(asked: str, found: str) -> None:
    # «سباقه» (his race: a campaign) is one swap from «سابقة» (a precedent), «الهم» (the worry) is
    # «هم» (they) behind the article, «لم يرق له» (did not please him) three function-like words:
    # each has a line of its own.
    [concept] = default_lexicon().concepts(asked)
    assert found in concept.alternatives


@pytest.mark.parametrize(("asked", "found"), [("starting", "مبدئيه"), ("tried", "حاول"), ("companies", "شركه")])
def test_an_english_word_finds_its_lexicon_line_in_any_inflection(asked: str, found: str) -> None:
    lexicon = Lexicon([["start", "مبدئية"], ["try", "حاول"], ["company", "شركة"]])
    [concept] = lexicon.concepts(asked)
    assert found in concept.alternatives
    assert lexicon.concepts("stars")[0].alternatives == ()  # another word, another stem


def test_a_levantine_o_for_his_finds_the_lexicon_s_word() -> None:
    lexicon = Lexicon([["فلوسه", "أمواله"]])
    [concept] = lexicon.concepts("فلوسو")
    assert "امواله" in concept.alternatives
    assert lexicon.concepts("مو")[0].alternatives == ()  # too short to be a pronoun's spelling


def test_an_accusative_without_its_tanween_finds_the_lexicon_s_word() -> None:
    lexicon = Lexicon([["غاضب", "مستاء"]])
    [concept] = lexicon.concepts("غاضبا")
    assert "مستاء" in concept.alternatives
    assert lexicon.concepts("غضبا")[0].alternatives == ()  # too short: the «ا» may be the word's own


def test_every_variant_of_the_shipped_lexicon_is_found_whole() -> None:
    # The lookup tries phrases of at most MAX_PHRASE words: a longer variant («صانعة شات جي بي
    # تي», five words) would be searched as its words and never as its line.
    lexicon = default_lexicon()
    for name in ("aliases.txt", "synonyms.txt"):
        for line in resources.files("index.lexicon").joinpath(name).read_text(encoding="utf-8").splitlines():
            for variant in line.split("#", 1)[0].replace(" > ", "|").split("|"):
                if words(variant):
                    assert len(lexicon.concepts(variant)) == 1, variant


def test_lexicon_finds_phrases_behind_a_clitic_and_by_stem() -> None:
    lexicon = Lexicon([["OpenAI", "أوبن إيه آي"], ["مؤسس", "تأسيس"]])
    [_, concept] = lexicon.concepts("ماسك وأوبن إيه آي")
    assert "openai" in concept.alternatives
    [concept] = lexicon.concepts("مؤسسي")
    assert "تاسيس" in concept.alternatives


def test_a_negated_dialect_word_means_its_opposite() -> None:
    # «مبسوط» alone sits with «يوافق» (approves); «مش مبسوط» must mean displeased, not approves.
    lexicon = default_lexicon()
    for question in ("ماسك مش مبسوط", "ماسك مو راضي", "ماسك مب عاجبه"):
        concept = lexicon.concepts(question)[-1]
        assert "امتعاض" in concept.alternatives and "يوافق" not in concept.alternatives, question


def test_a_two_word_phrase_is_found_around_the_subject() -> None:
    # Verb, subject, object: «حط ترامب فلوس» is «حط فلوس» (put money) said of Trump.
    lexicon = Lexicon([["حط فلوس", "استثمر"]])
    phrase, subject = lexicon.concepts("حط ترامب فلوس")
    assert phrase.words == ("حط", "فلوس") and "استثمر" in phrase.alternatives
    assert subject.words == ("ترامب",)
    assert [c.words for c in lexicon.concepts("حط ترامب كتاب")] == [("حط",), ("ترامب",), ("كتاب",)]


def test_a_two_word_phrase_around_the_subject_goes_before_its_verb_alone() -> None:
    # «دفع» alone is paying; «ما الذي دفع ماسك إلى…» asks what drove him.
    lexicon = Lexicon([["دفع", "تبرع"], ["سبب", "دوافع", "دفع الى"]])
    motive, subject = lexicon.concepts("دفع ماسك الى")
    assert motive.words == ("دفع", "الي") and "دوافع" in motive.alternatives and "تبرع" not in motive.alternatives
    assert subject.words == ("ماسك",)
    [paid, _] = lexicon.concepts("دفع ماسك")
    assert "تبرع" in paid.alternatives


def test_a_dialect_at_verb_finds_the_group_of_its_msa_form() -> None:
    lexicon = Lexicon([["تبرع", "دعم"]])
    [concept] = lexicon.concepts("اتبرع")
    assert {"تبرع", "دعم"} <= set(concept.alternatives)
    assert Lexicon([["اتفاق", "صفقة"]]).concepts("اتصال")[0].alternatives == ()  # «اتصال» is no «تصال»


def test_a_dialect_future_verb_finds_the_group_of_its_plain_form() -> None:
    lexicon = Lexicon([["يرفض", "ترفض", "رفض"]])
    for question in ("هيرفض", "حيرفض", "هترفض"):
        assert "رفض" in lexicon.concepts(question)[0].alternatives, question
    assert lexicon.concepts("هيكل")[0].alternatives == ()  # «هيكل» (a structure) is no verb of the group


def test_levantine_maghrebi_and_english_month_names_find_the_story_s() -> None:
    lexicon = default_lexicon()
    for month in ("شباط", "فيفري", "February"):
        [concept] = lexicon.concepts(month)
        assert "فبراير" in concept.alternatives, month
    assert "يناير" in lexicon.concepts("كانون الثاني")[0].alternatives


def test_a_month_s_number_finds_its_name() -> None:
    # «بشهر ٢»: Arabic-Indic digits are normalized, the clitic comes off, the number is the month.
    lexicon = default_lexicon()
    for question, month in (("شو صار بشهر ٢", "فبراير"), ("الشهر 5", "مايو"), ("شهر ١٢", "ديسمبر")):
        assert month in lexicon.concepts(question)[-1].alternatives, question


def test_aliases_are_mined_from_the_story_itself() -> None:
    assert mine_aliases("حاول عرقلة مشروع ستارجيت (Stargate) للذكاء") == [("ستارجيت", "Stargate")]
    assert mine_aliases("وزارة الكفاءة الحكومية (Government Efficiency)") == [("الكفاءة الحكومية", "Government Efficiency")]


def test_spelling_matches_story_words_one_edit_away() -> None:
    vocabulary = ["التوقيع", "الابيض", "ستارجيت", "ماسك"]
    assert closest_words("التوقيغ", vocabulary) == ["التوقيع"]
    assert closest_words("ستارجت", vocabulary) == ["ستارجيت"]
    assert closest_words("عمر", vocabulary) == []  # too short to guess safely


def test_two_neighbouring_letters_swapped_are_one_typo() -> None:
    assert closest_words("مساك", {"ماسك"}) == ["ماسك"]  # even the second letter
    assert closest_words("ترماب", {"ترامب"}) == ["ترامب"]


def test_any_word_may_lose_its_second_letter_only_a_long_one_may_change_it() -> None:
    assert closest_words("انسخه", {"النسخه"}) == ["النسخه"]
    assert closest_words("تامب", {"ترامب"}) == ["ترامب"]
    assert closest_words("اقرب", {"اعرب"}) == []


def test_two_edits_are_allowed_by_the_word_s_length_without_its_article() -> None:
    # «بالرياض» is «رياض» behind «بال»: two edits from «بالرفض» is another word, not a typo.
    assert closest_words("بالرياض", {"بالرفض"}) == []
    assert closest_words("الاستحوزا", {"الاستحواذ"}) == ["الاستحواذ"]  # «استحوزا»: seven letters


@pytest.mark.parametrize(
    ("word", "target", "slip"),
    [
        ("مبسوظ", "مبسوط", True),  # ظ is the key below ط, and the same skeleton
        ("منزعح", "منزعج", True),  # ح beside ج
        ("معترظ", "معترض", True),  # ظ for ض, as dialects say it
        ("زعلنا", "زعلان", True),  # neighbours swapped
        ("مستء", "مستاء", True),  # a letter dropped
        ("مبسووط", "مبسوط", True),  # a letter doubled
        ("مالكه", "مملكه", False),  # ا is not beside م: another word
        ("الثانيه", "الثاني", False),  # a letter added at the end is an inflection
        ("مؤسس", "مؤسسه", False),  # and so is one dropped there
        ("زعلان", "زعلان", False),
    ],
)
def test_a_phone_slip_is_a_near_key_a_swap_a_drop_or_a_double(word: str, target: str, slip: bool) -> None:
    assert is_typo_of(word, target) is slip


def test_strip_clitics() -> None:
    assert "ستارجيت" in strip_clitics("بستارجيت")
    assert strip_clitics("ماسك") == []


def test_levantine_ala_and_ha_before_the_article_are_clitics() -> None:
    assert "السعوديه" in strip_clitics("عالسعوديه")  # «راح عالسعودية»: to Saudi Arabia
    assert "المشروع" in strip_clitics("هالمشروع")  # «هالمشروع»: this project
    assert "مركز" in strip_clitics("هالمركز")  # …and the bare word, which a story may use alone
    assert {"المشروع", "مشروع"} <= set(strip_clitics("بهالمشروع"))  # «in this project»: a clitic before «هالـ»
    assert {"الحمله", "حمله"} <= set(strip_clitics("لهالحمله"))
    assert strip_clitics("عالمي") == []  # a word of its own


def test_this_thing_frames_a_question_as_the_matter_does(answerer: Answerer) -> None:
    # Iraqi «هالشغلة» (this thing) asks about nothing: the question is what Musk wants, which
    # paragraphs 1 (his motives) and 3 (xAI in the deal) tell. «شغلة» alone stays a word: «شغله» is his job.
    answer = answerer.ask("ماسك عايز إيه من هالشغلة؟").answer
    assert answer is not None and answer.passage.number in (1, 3)


def test_the_lexicon_finds_a_word_behind_levantine_ha() -> None:
    # «هالحركة» (this move) is the lexicon's «حركة»; the spelling check alone would make it «الشركة».
    [concept] = Lexicon([["حركة", "خطوة"]]).concepts("هالحركة")
    assert "خطوه" in concept.alternatives


def test_isri_reaches_shared_roots() -> None:
    assert isri_stem("الاستثمارات") == isri_stem("استثمار")
    # ل + ال is written «لل»: the story's «للاستحواذ» must meet a reader's «الاستحواذ».
    assert isri_stem("للاستحواذ") == isri_stem("الاستحواذ") == isri_stem("استحواذ")
    assert isri_stem("openai") == "openai" and isri_stem("2015") == "2015"
    # A word that itself begins with «ال» (normalized: Form VIII «التهاب», «ألعاب» without the
    # hamza) meets its bare form with the article too.
    assert isri_stem("الالتهاب") == isri_stem("التهاب")
    assert isri_stem("بالالتزام") == isri_stem("التزام")
    assert isri_stem("الالعاب") == isri_stem("العاب")


def test_light_stem_meets_nisba_adjectives_in_every_number() -> None:
    # «التقنية» and «تقنيات» were «تقن» and «تقني»: a question about the one missed the other.
    assert light_stem("التقنيه") == light_stem("تقنيات") == light_stem("تقني")
    assert light_stem("الامريكيين") == light_stem("امريكيون") == light_stem("الامريكي")


def test_english_and_latin_questions_find_the_arabic_passage(answerer: Answerer) -> None:
    cases = {"Who is the White House spokeswoman?": 5, "Karoline Leavitt": 5, "SoftBank": 9,
             "Musk lawsuit against OpenAI": 8, "Tesla SpaceX": 7,
             # Words for what the story says, as English speakers put them
             "Why was the announcement held up?": 4, "Why did Musk feel sidelined?": 1,
             "How did Musk undermine the deal?": 1,
             "When did Musk depart OpenAI?": 8}  # «departed» is no «department», which stems alike
    for question, paragraph in cases.items():
        answer = answerer.ask(question).answer
        assert answer is not None and answer.passage.id == f"{SEED_ID}:{paragraph}", question


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("ليش ماسك فل من OpenAI؟", 8),  # Levantine «فل من»: left
        ("مين الشركات اللي عاملين ستارجيت بالإمارات؟", 2),  # «عاملين»: doing, a filler
        ("شو كان يعمل ماسك بالرياض؟", 6),  # Riyadh for Saudi Arabia, as Washington for the US
        ("قديش حجم ستارجيت الأمريكي؟", 9),  # «حجم»: how much, and no topic
        ("ماسك شو عمل بالمملكة؟", 6),  # «the Kingdom» is Saudi Arabia to a Gulf reader
        ("كارولين ليفيت جابت سيرة ماسك؟", 5),  # Levantine «جاب سيرة»: mentioned (she ignored the dispute)
        ("Why did Musk step down?", 7),  # resigned
        ("ماسك اشتكى من إيه قدام ترامب؟", 6),  # complained: a concern as well as a lawsuit
        ("ما الذي أدى إلى خروج ماسك من منصبه؟", 7),  # leaving a post: the story's «يستقيل»
        ("ما الدور العالمي الذي يراد للإمارات؟", 2),  # «يراد» (is meant): a frame
        ("ما الذي حرصت ليفيت على تأكيده؟", 5),  # «حرصت» (was keen to): a frame
        ("ما الرسالة التي أراد البيت الأبيض إيصالها؟", 5),  # a message: the statement
        ("لماذا شكك المراقبون في أهداف ماسك؟", 1),  # doubted his aims: questions about his motives
        ("الامارات شو بدها توصل من ورا هالمركز؟", 2),  # «ورا» (behind): a filler; «هالـ» (this)
        ("بماذا يشعر ماسك إزاء انضمام OpenAI للمشروع؟", 3),  # «يشعر», «إزاء»: frames; joining is taking part
        ("من الشركات المساهمة في ستارجيت الأمريكي؟", 9),  # «المساهمة» says what is asked for, not a donation
        ("مين اللي فضح قصة ماسك؟", 1),  # «فضح» (exposed): reported
        ("من إمتى ماسك وOpenAI مش متفقين؟", 8),  # «مش متفقين» (not agreeing): the feud
        ("Why are people questioning Musk's motives?", 1),
        ("ماسك شنو عارض بـ OpenAI قبل لا يطلع منها؟", 8),  # opposed: objected; «يطلع منها» (leave it)
        ("ما الخبر الذي نقلته الشبكة الأمريكية عن إيلون ماسك؟", 1),  # «نقلته» (reported), not «he relayed»
        ("ماسك انطرد من المبادرة؟", 1),  # «انطرد» (was thrown out): excluded
        ("شوكت انعلن التحالف؟", 2),  # Iraqi «شوكت»: when
        ("متى انعلن المشروع؟", 2),  # dialect «انعلن» finds the story's «أعلنت», not only «الإعلان»
        ("Why did Musk quit OpenAI?", 8),  # quitting is leaving too: «يغادرها», not only «يستقيل»
        ("ماسك شايف إن OpenAI غلطت في إيه؟", 8),  # «شايف» (thinks): a frame; «غلطت» (erred): breach
        ("ماسك شايف إنه انظلم ليش؟", 6),  # «انظلم» (was wronged): fairness
        ("ترامب شايف OpenAI كيف حسب ماسك؟", 4),  # how Trump sees OpenAI, not a word to find
        ("الملياردير ليش ما كان يشهد التوقيع؟", 6),  # «يشهد» (witness): being there
        ("ماسك كلامه عن ترامب شو كان؟", 4),  # «كلامه» (his words): what he told officials
        ("شو صار باقتراح ماسك؟", 8),  # a proposal is the offer
        ("ستارجيت الأمريكية لوين رح توصل استثماراتها؟", 9),  # «توصل» (will reach): amounted to
        ("وش حركات ماسك ضد المشروع الإماراتي؟", 1),  # «حركات» (moves): the step, not the lawsuit's «ضد»
        ("هل قبلت أوبن إيه آي فلوس ماسك؟", 8),  # accepting asks about the offer met with refusal
        ("ليش شتكى ماسك على الشركة؟", 8),  # dialect «شتكى على» (complained against): the lawsuit
        ("What role does the chip giant play in the UAE project?", 2),  # a company's common epithet
        ("What was the bidders' price for OpenAI?", 8),  # a bid's price is its value: «بقيمة»
        ("ماسك لسا بـ DOGE للحين؟", 7),  # «للحين» (until now): a function word, not a topic
        ("مين نقل خبر ماسك والمشروع؟", 1),  # «نقل خبر» (carried the news): reported, not «he relayed»
        ("Who spoke for the administration about the UAE deal?", 5),  # «spoke for»: the spokeswoman
        ("When did the rivalry between Musk and OpenAI start?", 8),  # a rivalry is the feud
        ("ماسك ليش راد يوكف ستارجيت؟", 1),  # Iraqi «يوكف» (ق said as ك): to stop, block
        ("شنو هي الشركة ديالهم اللي بغا ماسك يدخلها؟", 3),  # Maghrebi «ديالهم» (their): a function word
        ("وكت التوقيع ماسك وين جان؟", 6),  # Iraqi «وكت», «جان»: «وقت» (time), «كان» (was)
        ("ما أهداف ستارجيت الإماراتي؟", 2),  # a project's «أهداف» are its aims («تهدف»), a person's his motives
        ("ماسك شنو كال للإدارة الأمريكية؟", 4),  # Iraqi «كال»: «قال» with a spoken ق typed ك
        ("ليش الناس استنت الإعلان؟", 4),  # Egyptian «استنت» (waited): the delay
        ("ماسك ليش حاول يسيطر على OpenAI؟", 8),  # taking control is the takeover bid
        ("واش ماسك قال بلي التوزيع ماشي عادل؟", 6),  # Maghrebi «بلي» (that), «ماشي» (not): function words
        ("ما علاقة عملاق البرمجيات بخلاف ماسك؟", 8),  # a company's epithet: the software giant is Microsoft
        ("Which software giant is OpenAI allied with?", 8),
        ("مين بيرأس مصنع السيارات الكهربائية؟", 7),  # the electric car maker is Tesla
        ("Who leads the rocket company?", 7),  # the rocket company is SpaceX
        ("Who did the ChatGPT maker ally with?", 8),  # the ChatGPT maker is OpenAI
        ("ماسك عمين كان يحكي مع المسؤولين؟", 4),  # «عمين» (about whom): a question word behind «ع»
        ("وين كان ماسك مسافر؟", 6),  # «مسافر» (travelling): the visit
        ("منو راعي شركة OpenAI؟", 1),  # Gulf «راعي» (the one in charge): who heads it
        ("Who is building the facility?", 2),  # a facility is the centre
        ("ليش ماسك بدو يستولي على OpenAI؟", 8),  # seizing is the takeover bid
        ("مين رافق ترامب بجولتو؟", 6),  # Levantine «و» for «ه» behind a clitic: «بجولته»
        ("شو المظلمة اللي طرحها ماسك؟", 6),  # a grievance is the unfairness he spoke of
        ("ماسك شو طرح أثناء زيارته؟", 6),  # «طرح» (raised) is «أعرب» (expressed); «أثناء» «خلال»
        ("في أي عام أسهم ماسك في تأسيس الشركة التي يخاصمها؟", 8),  # «أسهم في» (took part), not shares
        ("ماسك دفع كام عشان ترامب يفوز؟", 7),  # winning is the election here, not a fact left unstated
        ("How much did Musk spend to help Trump win?", 7),
        ("ما الذي جعل ماسك غاضبا من الاتفاق؟", 3),  # «غاضبا» is «غاضب» (upset), with its accusative
        ("هل يوجد مشروع مشابه في أمريكا؟", 9),  # «مشابه» (similar): «ليس الأول من نوعه»
        ("ما المدة التي أرجئ خلالها الإعلان عن الشراكة؟", 4),  # «أرجئ» (was postponed) is «تأخير»
        ("واش ماسك بغا يحبس المشروع ديال الإمارات؟", 1),  # Maghrebi «يحبس» (stop) is «عرقلة»
        ("كم طول التأخير في الإعلان؟", 4),  # Gulf «كم طول» is how long, not how tall
        ("من الشخص الذي يتولى رئاسة OpenAI؟", 1),  # «الشخص الذي» frames a «who», as «مين» does
        ("ماسك كان رايح مع حدا عالسعودية؟", 6),  # Levantine «حدا» is «أحد» (anyone)
        ("كم كانت استثمارت ستارجيت في أمريكا؟", 9),  # one letter from «(ب)استثمارات», two from «استمرت»
        ("بدي فكرة عن ستارجيت الإمارات", 1),  # «فكرة» (an idea of) frames, as «معلومات» does
        ("ما العامل الذي أخر إعلان الاتفاق؟", 4),  # «العامل» (the factor) is no «العاملين» (staff)
        ("لماذا ابتعد ماسك عن العمل في الحكومة؟", 7),  # «العمل» (work) is a post, no «عملة» (currency)
        ("شو أهداف المشروع بالإمارات؟", 2),  # a project's «أهداف» are what it aims at (its «تهدف»)
        ("ماسك والاماراتيين شو صار بينهم", 1),  # the Emiratis are the Emirates, not the adjective
        ("ليش ماسك ما بدو OpenAI بالمشروع؟", 3),  # not wanting it is displeasure, not the old feud
        ("علاش ماسك ماكانش فرحان بالمشروع؟", 3),  # not glad
        ("Name the executive at the helm of OpenAI", 1),  # at the helm: heads it
        ("ماسك شگال لجماعة ترامب؟", 4),  # Iraqi «شگال» (what did he say); «جماعة» (his people)
        ("كيف قدر ماسك يأجل الإعلان؟", 4),  # «يأجل» (postpone)
        ("ماسك اتعين في إيه بعد ما ترامب كسب؟", 7),  # Egyptian «اتعين» (was appointed)
        ("ماسك زعلان من OpenAI عشان بقت بتكسب فلوس؟", 8),  # making money is the profit
        ("ترامب متى سوى ستارجيت حقه؟", 9),  # Gulf «حقه» (his): a function word
        ("ماسك شنو ريده من الصفقة؟", 3),  # Iraqi «ريده» (what he wants): an aim, not a word to find
        ("يسلمو، ماسك بأي دولة كان ساعة التوقيع؟", 6),  # the country asked for is the answer, a place
        ("شو اللي خلى ماسك يفل من OpenAI؟", 8),  # Levantine «يفل من» (leave)
        ("علاش ماسك تخلى على OpenAI؟", 8),  # abandoning it is leaving it
        ("ما الشعور الذي انتاب ماسك حين رأى غريمه في صفقة أبوظبي؟", 3),  # a feeling frames what is felt
        ("أين كان ماسك منشغلا بينما وقع الطرفان الاتفاق؟", 6),  # «الطرفان» (both parties) frames
        ("بأي عبارة لخصت الناطقة الأمريكية العلاقة بين البلدين في هذا الملف؟", 5),  # «البلدين», «لخصت»
        ("تحت أي ذريعة أراد ماسك أن يكون لشركته مكان في المبادرة؟", 3),  # «تحت أي» (under which)
        ("When was the first Stargate launched in the United States?", 9),  # the United States is America
        ("شنو الخطوات اللي سواها ماسك ضد المبادرة الإماراتية؟", 1),  # Gulf «سواها» (did it)
        ("شنو بغا ماسك يدير ب xAI؟", 3),  # Maghrebi «يدير» (do), not «manage»
        ("أي شركة برمجيات كبرى دخلت OpenAI في تحالف معها؟", 8),  # the software company is Microsoft
        ("ما الظروف التي غادر فيها ماسك الوزارة التي تولاها؟", 7),  # «الظروف» frames; «تولاها» (took it on)
        ("ماسك وش وصل لكبار الموظفين بواشنطن عن موقف ترامب؟", 4),  # senior staff are the officials
        ("الإعلان ضل معلق كذا يوم، مين السبب؟", 4),  # Levantine «ضل معلق» (stayed pending): the delay
        ("الغرماء", 3),  # rivals, the plural
        ("ما الذي أبطأ الإعلان عن الصفقة؟", 4),  # slowing it is the delay
        ("ما الذي أزعج ماسك بشأن حظوظ الشركات الصغيرة في السوق؟", 6),  # «حظوظ» (chances): the opportunities
        ("ماسك شنو مصلحته إنه يوقف ستارجيت حق الإمارات؟", 1),  # his interest in it is a motive
        ("ماسك كان بدو مين ينضم للاتفاق؟", 3),  # joining it is being included in it
        ("How much will the US Stargate eventually be worth?", 9),  # «eventually»: what is planned
        ("ما المبادرة التي أطلقت قبل ستارجيت الإماراتي بأشهر؟", 9),  # «بأشهر» (by months), not «أشهر» (made public)
        ("الإمارات شتريد توصل له من ورا ستارجيت؟", 2),  # Iraqi «شتريد» (what does it want), «توصل له» (attain)
        ("ليش ماسك ضد المشروع؟", 1),  # «ضد» (against) is a function word, not the lawsuit's «ضد OpenAI»
        ("تسلم إيدك، ليش ماسك ضد OpenAI؟", 8),  # «تسلم إيدك» (thanks) is courtesy, not taking office
        ("علاه ماسك ضد OpenAI برشا؟", 8),  # Tunisian «برشا» (so much)
        ("من الذي أبلغه ماسك بموقف ترامب المحتمل؟", 4),  # «المحتمل» (possible): no «حملة» (ISRI's root)
        ("ماسك اتكلم مع مين في الحكومة الأمريكية عن المشروع؟", 4),  # Egyptian «اتكلم مع» (talked to)
        ("ما هو المشروع الذي سبق ستارجيت الإمارات؟", 9),  # what came first: «ليس الأول من نوعه»
        ("هل سبق لماسك أن حاول شراء OpenAI؟", 8),  # «سبق لـ… أن» (has he ever) asks whether
        ("هل وافقت OpenAI على بيع نفسها لماسك؟", 8),  # selling is the other side of buying
        ("ليش ماسك ترك الححكومة؟", 7),  # a typo of «الحكومة», the lexicon's word, not of «الحكم» (a verdict)
        ("شو اللي مزعل ماسك من شركة ألتمان؟", 3),  # Egyptian «مزعل» (upsetting): displeasure
        ("مين اللي يمسك شركة OpenAI؟", 1),  # Iraqi and Gulf «يمسك» (holds, runs): heads it
        ("قديش حطوا ليشتروا OpenAI؟", 8),  # «ليشتروا» (to buy): the takeover bid
        ("بأي مبدأ احتج ماسك ليحجز مكانا لـxAI؟", 3),  # «احتج» (argued): his pretext
        ("شو اللي أنهى مهمة ماسك بالوزارة المستحدثة؟", 7),  # «مهمة» (task): his post
        ("ماسك وOpenAI متهاوشين من متى؟", 8),  # Gulf «متهاوشين» (quarrelling): the feud
        ("شو اللي خلا ماسك يترك الوزارة؟", 7),  # «خلا» (made him), as «خلى»: a frame
        ("OpenAI شنو قصتها مع ماسك؟", 8),  # «قصتها» (its story), as «قصة»: a frame
        ("كم تبرع ماسك للمرشح الجمهوري؟", 7),  # the Republican candidate is Trump
        ("ما الكيانات التي يقودها ماسك تجاريا؟", 7),  # «تجاريا» (in business): his companies
        ("ماسك شو كان حاسس من وجود OpenAI بالمشروع؟", 3),  # OpenAI's being in it is its taking part
        ("هالبنت ليفيت شو بتكون؟", 5),  # «بتكون» (is she), a form of «كان»
        ("شلون يظهر ماسك في سياق القصة؟", 1),  # «يظهر» (appears), «سياق» (context): frames
        ("شو كانت وظيفتو لماسك بالحكومة؟", 7),  # «وظيفتو» is «وظيفته», the lexicon's «وظيفة»
        ("ازاي قدر ماسك يعطل الإعلان؟", 4),  # «قدر» after «how» (managed to) frames the verb
        ("ماسك شو علم الناس بتوع ترامب؟", 4),  # Trump's people are the officials; «بتوع» (of)
        ("الله يعطيك الصحة، ليفيت شو شغلتها؟", 5),  # «يعطيك الصحة» (give you health): courtesy
        ("ماسك شسوى بستارجيت؟", 1),  # Iraqi «شسوى» (what did he do)
        ("شو سبب انزعاج ماسك من OpenAI؟", 3),  # «انزعاج» (annoyance): displeasure
        ("شو هي مناصب ماسك؟", 7),  # «مناصب» (posts), the plural
        ("كم تبرع ماسك لترامب كي يحقق الفوز؟", 7),  # winning an election is no unstated fact (a verdict is)
        ("منو اللي كشف قصة ماسك؟", 1),  # revealing is reporting, not announcing («الإعلان» is p4's delay)
        ("ألف شكر، وين كان ماسك وقت التوقيع؟", 6),  # «ألف شكر» (a thousand thanks): courtesy, no number
        ("ماسك ليش تعصب من OpenAI؟", 3),  # «تعصب» (got angry): displeasure
        ("What bothered Musk about OpenAI being part of it?", 3),  # bothered: displeasure
        ("الشركات الداخلة بالمشروع شنو هي؟", 2),  # «الداخلة» (taking part) says what is asked for
        ("Is G42 a company from the UAE?", 2),  # «company» before a name is no claim to find beside it
        ("ما الذي فعله ماسك بعد إبعاده عن المبادرة؟", 1),  # «إبعاده» (his exclusion), not «ابتعاده» respelled
        ("ماسك ليش فارق OpenAI؟", 8),  # «فارق» (parted from): leaving
        ("بأي طريقة تكلمت الرئاسة الأمريكية عن الشراكة؟", 5),  # «بأي طريقة» (in what way): a frame
        ("In which year did Musk help start OpenAI?", 8),  # helping start it is co-founding it
        ("ما المكاسب التي ستحققها الإمارات من المنشأة؟", 2),  # gains are what an aim is for
        ("Give me a brief description of the feud between Musk and OpenAI", 8),  # «give me» asks
        ("متى حاول ماسك شراء الشركة التي يديرها ألتمان؟", 8),  # the company Altman runs is OpenAI
        ("ليش ماسك حاول يطيح بالصفقة؟", 1),  # «يطيح» (topple): blocking it
        ("ما سبب تبرم ماسك من OpenAI؟", 3),  # «تبرم» (vexation): displeasure
        ("ما المختبر الذي أراد ماسك إقحامه؟", 3),  # «إقحام» (forcing in): including it
        ("ما الذي أخر إشهار الصفقة؟", 4),  # «إشهار» (making public): the announcement
        ("What did Musk spend on Trump's race?", 7),  # the race is the campaign
        ("شو كان عبالو ماسك من الصفقة؟", 3),  # Levantine «عبالو» (on his mind): what he wanted
        ("ما الصفة التي تحملها كارولين ليفيت؟", 5),  # «الصفة» (capacity) frames, as «صفة» does
        ("ما الباعث وراء عرقلة ماسك للمشروع؟", 1),  # «الباعث» (what prompts): a motive
        ("شو المقصود بمشروع ستارجيت؟", 2),  # «المقصود» (what is meant by) frames
        ("مين بيدير الشركة المطورة لـ ChatGPT؟", 1),  # ChatGPT's developer is OpenAI
        ("ما الشركة حديثة العهد التي أراد ماسك إدخالها؟", 3),  # «حديثة العهد» (new): a startup
        ("ما الذي تذرع به ماسك؟", 3),  # «تذرع» (pleaded): his pretext
        ("ما الذي جعل الناس يرتابون في ماسك؟", 1),  # «يرتابون» (doubt): the questions raised
        ("ماسك فأشمن بلاد كان ملي وقعو؟", 6),  # Maghrebi «فأشمن» (in which): the country asked for
        ("شكون كان مسؤول على DOGE سابقا؟", 7),  # «سابقا» (formerly) only dates what is asked
        ("ماذا كان رد فعل ماسك بعد إقصائه؟", 1),  # his reaction is what he did, not a statement
        ("متى انشق ماسك عن OpenAI؟", 8),  # «انشق» (broke away): leaving
        ("ماسك ليش فك من OpenAI؟", 8),  # Gulf «فك من» (got free of): leaving
        ("ليش رحيل ماسك عن OpenAI؟", 8),  # «رحيل» (departure): leaving
        ("ماسك شسوى لما بعدوه؟", 1),  # Gulf «بعّدوه» (they pushed him out): his exclusion
        ("ليش في ظنون حول ماسك؟", 1),  # «ظنون» (suspicions): the questions raised
        ("ماسك لقى نفسه برا المشروع، شو عمل؟", 1),  # «برا» (outside) it: his exclusion
        ("ما الذي عكر صفو ماسك؟", 3),  # «عكر صفو» (troubled): displeasure
        ("ما الذي حصل لعرض ماسك لامتلاك مختبر ألتمان؟", 8),  # Altman's lab is OpenAI; «امتلاك» buying it
        ("متى ترك ماسك مختبر ألتمان؟", 8),
        ("ليش ماسك معادي OpenAI؟", 8),  # «معادي» (hostile to): the feud
        ("ماسك ليش واخذ على خاطره؟", 3),  # Gulf «واخذ على خاطره» (offended): displeasure
        ("ماسك كم طلع من جيبه للحملة؟", 7),  # «طلع من جيبه» (paid out of his pocket), not leaving
        ("ما الذي باعد بين ماسك وOpenAI؟", 8),  # «باعد» (set apart): leaving
        ("ماسك هبب إيه في ستارجيت؟", 1),  # Egyptian «هبب» (did, scornfully) as «عمل»
        ("OpenAI شنو سالفتها مع ماسك؟", 8),  # Gulf «سالفتها» (its story), as «سالفة»: a frame
        ("ماسك شبي زعلان؟", 3),  # Iraqi «شبي» (what's with him), not «شبيه» (similar) mistyped
        ("لماذا افترق ماسك عن OpenAI؟", 8),  # «افترق» (parted): leaving, not «فريقه» (his team)'s root
        ("المتحدثة طنشت ماسك ولا رمسته؟", 5),  # «طنشت» (she ignored), Emirati «رمسته» (talked to him)
        ("ماسك ليش حامل على OpenAI؟", 3),  # Levantine «حامل على» (holds a grudge), not «حملة»'s root
        ("صفقة ماسك الفاشلة", 8),  # a failed deal is the rejected one
        ("ممنونك، وين كان ماسك وقت الاتفاق؟", 6),  # «ممنونك» (thank you): courtesy
        ("ماسك ويا ترامب شنو قصتهم؟", 7),  # «قصتهم» (their story): a frame
        ("ماسك شنو سوه ويه ستارجيت الإمارات؟", 1),  # Iraqi «سوه» (did) as «سوى»
        ("ما سر انزعاج ماسك من الدور الممنوح لـOpenAI؟", 3),  # «سر» (the secret of): a frame, as «سبب»
        ("ما المكسب الذي تنشده الإمارات من المركز؟", 2),  # «تنشده» (seeks): the aims
        ("ماسك شو دخلو بالإمارات؟", 3),  # Levantine «دخلو» (his business) is «دخله», known by its root
        ("ستارجيت الأمريكاني شوكت بدوا بيه؟", 9),  # Iraqi «بدوا» (they started), not «بدور» (role)
        ("ما النعت الذي خلعته ليفيت على التعاون الثنائي؟", 5),  # «التعاون» (cooperation): the partnership
        ("اكو عداوة قديمة بين ماسك وألتمان؟ شنو سببها؟", 3),  # «سببها» (its cause): a frame
        ("اللي تحچي بلسان البيت الأبيض شسمها؟", 5),  # «تحچي بلسان» (speaks for): the spokeswoman
        ("ماسك ليش حاط عينه على مشروع الإمارات؟", 1),  # Gulf «حاط عينه على» (has his eye on): seeking it
        ("ليفيت نسبت النجاح لمين؟", 5),  # «النجاح» (the success): the achievement she credited
        ("ماسك وش مقصده من اللي سواه بالإمارات؟", 1),  # «مقصده» (his intent): the motives
        ("ما الذي حمل ماسك على وضع العصي في دواليب المبادرة؟", 1),  # putting sticks in the wheels: obstructing
        ("ماسك واش مازال خدام مع ترامب؟", 7),  # Maghrebi «خدام» (working): his post
        ("كيف لعب ماسك بورقة ترامب؟", 4),  # «لعب بورقة» (played the card): the pressure he put
        ("ما الذي جعل ماسك يعتبر الفرص غير متكافئة؟", 6),  # «غير متكافئة» (unequal): fairness
        ("ماسك علاش دار داكشي؟", 1),  # Maghrebi «داكشي» (that thing): a filler
        ("بماذا أسهم ماسك في وصول ترامب للرئاسة؟", 7),  # Trump's «وصول» (arrival) is his election
        ("ماسك كان بيدبر إيه للإماراتيين في السر؟", 1),  # Egyptian «بيدبر» (plotting): obstructing
        ("ليفيت اتكلمت عن ماسك ولا عملت نفسها مش واخدة بالها؟", 5),  # «اتكلمت عن» (talked about)
        ("ليش في ناس عم تشكك بنوايا ماسك؟", 1),  # «تشكك» (doubt): the questions raised
        ("ماسك علاش مغشش على OpenAI؟", 3),  # Maghrebi «مغشش» (upset): displeasure
        ("ما الانعطافة في مسار OpenAI التي أبعدت ماسك عنها؟", 8),  # «الانعطافة» (the turn): its change
        ("بماذا تنبأ ماسك بخصوص قرار الرئيس؟", 4),  # «تنبأ» (predicted): what he told officials
        ("ما الذي كدر خاطر ماسك في تركيبة الشراكة؟", 3),  # «كدر خاطر» (troubled): displeasure
        ("ماسك ليه مش بيطيق سيرة ألتمان؟", 3),  # Egyptian «مش بيطيق» (can't stand): displeasure
        ("علاش ماسك دخل يخربق ستارجيت؟", 1),  # Maghrebi «يخربق» (mess up): obstructing
        ("مَا قِيمَةُ الدَّفْعَةِ الأُولَى لِسْتَارْجِيت الأَمْرِيكِيِّ؟", 9),  # the first instalment: the initial sum
        ("ما الجملة التي نقلت عن المتحدثة حرفيا؟", 5),  # «الجملة» (the sentence), «حرفيا» (verbatim): frames
        ("أي الشركات الخمس تنتمي إلى الإمارات؟", 2),  # «تنتمي إلى» (belongs to) says no more than «الإمارات»
        ("ماسك ساعة الاتفاق كان بأي مكان؟", 6),  # «بأي مكان» (in what place) asks a place, as «بأي دولة»
        ("ما الذي استفز ماسك في إدارة ألتمان للمشروع؟", 3),  # «استفز» (provoked): displeasure
        ("ما العاقبة التي ترتبت على تحذيرات ماسك؟", 4),  # «العاقبة التي ترتبت» (the consequence): the delay
        ("ماسك كم تبرع لربعه الجمهوريين؟", 7),  # «الجمهوريين» (the Republicans): Trump's election
        ("أهلا، ممكن تختصرلي شو عمل ماسك بالإمارات؟", 1),  # «تختصرلي» (sum up for me), as «لخصلي»
        ("ماسك واش كان كيبغي مختبرو يشارك؟", 3),  # Moroccan «كيبغي» (wants), as «بغا»
        ("ما البصمة التي تركها ماسك على سباق ترامب للرئاسة؟", 7),  # «سباق» (race): the election
        ("ما الدور التأسيسي الذي لعبه ماسك في OpenAI؟", 8),  # «لعبه» (played it): a frame, not «لعدة»
        ("ماسك وترامب وين كانوا يتمشون؟", 6),  # Gulf «يتمشون» (strolling about): the trip
        ("ماسك قطع علاقته بـOpenAI إمتى وليه؟", 8),  # «قطع علاقته» (cut ties): leaving
        ("ماسك نقل إيه عن ترامب للموظفين الكبار؟", 4),  # «الموظفين الكبار» (senior staff): the officials
        ("الإمارات وش مرامها من المشروع؟", 2),  # «مرامها» (its aim): the aims
        ("ماسك ليش حاسس إنو الفرص مش متساوية؟", 6),  # «مش متساوية» (unequal): fairness
        ("ماسك كان مرافق ترامب وين؟", 6),  # «مرافق» (accompanying): the trip
        ("ما الذي حذر منه ماسك بشأن مصير المشروع؟", 4),  # «مصير» (fate): a frame, not «مصدر» mistyped
        ("منو ديقود شركة OpenAI؟", 1),  # Iraqi «دـ» (is doing) before the verb: «يقود» (`verb_marks`)
        ("كيفاش بغا ماسك غيوقف المشروع؟", 1),  # Maghrebi «غـ» (will): «يوقف»
        ("شو بدو موسك من ترامب؟", 4),  # Musk spelled as said in English
        ("موسك وش قال عن الشركات الناشئة؟", 6),
        ("ماسك ليش عاف OpenAI؟", 8),  # Iraqi and Gulf «عاف» (left, would have none of)
        ("الإعلان فضل مستني كام يوم؟", 4),  # Egyptian «مستني» (waiting): the delay
        ("أي وقائع عرضها تقرير القناة الاقتصادية حول الملياردير؟", 1),  # CNBC by what it is
        ("ما الذي أنهى مسيرة ماسك في الوزارة المستحدثة؟", 7),  # «المستحدثة» (new) is no «المتحدثة»
        ("What did Karoline Levitt say?", 5),  # a Latin name one slip off (`latin_name_typos`)
        ("Was Musc present when the UAE agreement was signed?", 6),
        ("Which companies are behind the American Star gate?", 9),
        ("which companies are in the us stargate", 9),  # «the us» typed lowercase is the USA
        ("wat did karoline leavitt say?", 5),  # texting: «wat», «u», «'d»
        ("What'd the White House say?", 5),
        ("القضيت اللي رفعها ماسك بتقول إيه؟", 8),  # «ة» written «ت» before its noun (`construct_ta`)
        ("ما سبب استقالت ماسك؟", 7),
        ("شو القصت بين ماسك وOpenAI؟", 8),  # a function word's «ة» as «ت» (`construct_ta_any_known`)
        ("ليش ماسك معصبعلى OpenAI؟", 3),  # two words typed without the space (`glued_words`)
        ("منوأطلق ستارجيت الأمريكي؟", 9),
        ("ماسك كان عاوز إيه من الصفءة؟", 3),  # «ق» said «ء», a word known by stem (`spoken_qaf_by_stem`)
        ("شو عمل ماسك ليوءف المشروع؟", 1),
        ("هلحاول ماسك يعطل الصفقة؟", 1),  # a two-letter question word glued (`glued_short_words`)
        ("شو قال البيت الأبيض عنالصفقة؟", 5),  # a preposition glued to the next word (`glued_both_ways`)
        ("ليش ترك ماسك وزارةالكفاءة؟", 7),  # parted before the article (`glued_article`)
        ("لماذا شعر ماسك بالاستيا من مشاركة OpenAI؟", 3),  # a hamza left off (`hamza_seats`)
        ("كيف انتهت محاولة ماسك شرا OpenAI؟", 8),
        ("ما الكيان التقني التقني الذي سعى ماسك لحشره في الصفقة؟", 3),  # a word typed twice (`repeated_words`)
        ("كيف ردت ردت OpenAI على عرض ماسك؟", 8),
        ("ما الش ركات المشاركة في ستارجيت الأمريكي؟", 9),  # a space inside a word (`split_words`)
        ("هل ابتعد ماسك عن العمل الحكو مي؟", 7),
        ("من هي كا رولين ليفيت؟", 5),
        ("شنو بغا ماسك من ال مشروع؟", 3),
        ("منو الشريك الإماراتي بالتحال؟", 2),  # the last letter left off (`last_letter_dropped`)
        ("وش سالفة ماسك مع ستارجي؟", 1),
        ("ماسك ليش استقا؟", 7),
        ("ماسك ليش زعلا من المشروع؟", 3),
        ("كيف انعكس تحذير ماسك ع موعد الإعلان؟", 4),  # «ع», on, written short
        ("ما اسم المختبر الذي أراد ماسك إدخاله في الصفقة؟", 3),  # an AI lab is a startup («مختبر»)
        ("ليش ماسك بدو يقف في وجه ستارجيت الإمارات؟", 1),  # standing in its way is blocking it
        ("شو قال ماسك عن المنافسين الصغار بالسعودية؟", 6),  # the small players are the startups
        ("ماسك شو سوى لما شالوا شركته من المشروع؟", 1),  # Gulf «شالوا» (they removed)
        ("مين الشركات اللي ساهمت بالإصدار الأمريكي من ستارجيت؟", 9),  # «ساهمت», «الإصدار» (version)
        ("بماذا امتدحت المتحدثة الصفقة بين واشنطن وأبوظبي؟", 5),  # «امتدحت» (praised)
        ("الهواش بين ماسك وOpenAI من متى؟", 8),  # Gulf «الهواش» (the quarrel), no «واش» glued to «ال»
        ("صاحب فكرة ستارجيت الأمريكي مين؟", 9),  # whose idea it was: who launched it
        ("هي أوراكل ليها دور في ستارجيت الأمريكي؟", 9),  # Egyptian «ليها» (has): a function word
        ("ماسك وترامب شو صار بينهم بالاخير؟", 7),  # «بالاخير» (in the end), not «تأخير»'s root
        ("ليش ماسك بدو يفسد مشروع ستارجيت الإمارات؟", 1),  # «يفسد» (to spoil): blocking it
        ("صاحب سبيس إكس ليش بدو يعرقل مشروع الإمارات؟", 1),  # an epithet of Musk's (`epithets`)
        ("ما الذي أزعج مالك تسلا في قائمة الشركاء؟", 3),
        ("What did the Tesla boss tell Trump's officials?", 4),
        ("ماسك بيقول إن OpenAI خالفت إيه بالظبط؟", 8),  # «خالفت» (violated), not «خلاف»'s root (dispute)
        ("هو ماسك اتطرد من الحكومة ولا إيه؟", 7),  # fired from a post: his resignation, not his exclusion
        ("ليش ماسك اتطرد من الصفقة؟", 1),  # …and from a deal, his exclusion
        ("متى أذاعت الشركات نبأ التحالف؟", 2),  # «أذاعت» (broadcast): announced
        ("كم كانت المزايدة؟", 8),  # «المزايدة» (the bidding): the offer
        ("ماسك كان وين وقتها؟", 6),  # «وقتها» (at that time): a function word
        ("ماسك راح مع ترامب على وين؟", 6),  # «راح مع» (went with): a journey, not «راح» (will)
        ("مادا قالت كارولين ليفيت", 5),  # «مادا»: «ماذا» with its «ذ» typed «د», a question word
        ("ما منصب السيدة ليفيت؟", 5),  # «السيدة» (Mrs): a title before a name, not a topic
        ("ماذا ترءس ماسك بعد فوز ترامب", 7),  # a bare «ء» typed for «أ» (`hamza_seats`): «ترأس»
        ("شكون نشره هاد الخبر؟", 1),  # «نشره» (published it): not the Maghrebi «نشري» (we buy)
        ("Whose statement praised Trump and his team?", 5),  # «whose» asks who: her own words
        ("من الذي لا يطيق ماسك رؤيته في المشروع؟", 3),  # «لا يطيق» (cannot stand): displeasure
        ("ما الذي دفع الإعلان إلى الانتظار بضعة أيام إضافية؟", 4),  # «بضعة أيام» (a few days): «لعدة أيام»
        ("ماسك شو قال لأهل القرار عن ترامب؟", 4),  # «أهل القرار» (decision makers): the officials
        ("ليش الإعلان ضل يطول؟", 4),  # «يطول» (drags on): the delay
        ("ماسك ليش خاطره مكسور من OpenAI؟", 3),  # «خاطره مكسور» (his feelings hurt): displeasure
        ("قديش حطوا ماسك وجماعته مصاري على الطاولة مشان ياخدوا OpenAI؟", 8),  # «ياخدوا» (they take)
        ("ماسك ليش وقف ضد المشروع؟", 1),  # «وقف ضد» (stood against): the obstruction
        ("الإمارات آش غادي تستافد من ستارجيت؟", 2),  # Maghrebi «تستافد» (benefit): the aims
        ("ما المخالفة التي يرى ماسك أن OpenAI ارتكبتها بحق وضعها؟", 8),  # «ارتكب» (committed): the breach
        ("كيف حاول ماسك أن يضمن لشركته مقعدا على الطاولة؟", 3),  # a seat at the table: inclusion
        ("أي وصف عدائي أطلقه الخبر على ألتمان؟", 3),  # «عدائي» (hostile): the rival
        ("What argument did Musk use to push his AI startup into the consortium?", 3),  # «بحجة»
        ("ماسك باقي في الخدمة مع ترامب؟", 7),  # «الخدمة» (service): his government post
        ("ما علاقة ماسك بالمشهد السياسي؟", 7),  # «السياسي» (political): the campaign
        ("ليش الناس بتشكك في نزاهة ماسك؟", 1),  # «نزاهة» (integrity): his real motives
        ("ما الذي امتنعت ليفيت عن الخوض فيه؟", 5),  # «امتنعت عن الخوض» (refrained from going into): ignored
        ("ماسك تولى إيه بعد ما ربح ترامب؟", 7),  # «ربح ترامب» (Trump won): the election, not profit
        ("On what basis did Musk lobby for his lab's inclusion?", 3),  # «inclusion»: getting xAI in
        ("ما الذي أغضب ماسك في الشراكة الخليجية؟", 3),  # «الخليجية» (Gulf, of a deal): the Emirates'
        ("ماسك ليش بدو يخرب الاتفاق الخليجي؟", 1),
        ("ما هدف المشروع الخليجي؟", 2),
        ("مع من كان ماسك في الرحلة الخليجية؟", 6),  # …but a Gulf trip is the regional tour
        ("ماسك تواصل مع مين بخصوص ترامب؟", 4),  # «تواصل مع» (got in touch with): whom he told
        ("أي وسيلة كانت صاحبة السبق في خبر ماسك؟", 1),  # «صاحبة السبق» (had the scoop): who reported
        ("ماسك ليش مزعوج من OpenAI؟", 3),  # «مزعوج» (annoyed, as said): displeasure
        ("هل قالت المتحدثة كلمة تشير إلى الخصومة؟", 5),  # «تشير إلى» (points to): mentioned
        ("وين بدها توصل الإمارات بهالمشروع؟", 2),  # «وين بدها توصل» (where does it want to get): aims
        ("أي مؤسسة إخبارية تحدثت عن تحركات ماسك؟", 1),  # «مؤسسة إخبارية» (news outlet), not a founder
        ("مين المستثمر الأكبر بمشروع ترامب؟", 9),  # «المستثمر» (investor), not «المستمر» one letter off
        ("ما عمالقة التقنية في مشروع أبوظبي؟", 2),  # «عمالقة» (giants): big
        ("Which companies teamed up with G42?", 2),  # «teamed up»: an alliance
        ("أي شركة أرادها ماسك في الاتفاق؟", 3),  # «أرادها في» (wanted it in): inclusion
        ("ماسك كان وين لما ختموا الاتفاق؟", 6),  # «ختموا» (sealed): signed
        ("مين الجماعة اللي عمروا مركز الذكاء بالإمارات؟", 2),  # «عمروا» (built, Levantine)
        ("ليش صار رحيله عن الدائرة الحكومية؟", 7),  # «رحيله» (his departure) from a post: resigning
        ("ما الهدف من الصرح الذي تقيمه الإمارات؟", 2),  # «الصرح» (the edifice), not «صرح» (declared)
        ("من أين استقى الخبر معلوماته عن غضب ماسك؟", 3),  # «استقى» (drew on): its sources
        ("هل يعد ستارجيت الإمارات سابقة؟", 9),  # «سابقة» (a precedent): «ليس الأول من نوعه»
        ("ماسك اتحجج بإيه؟", 3),  # «اتحجج» (gave as a pretext, Egyptian)
        ("ماسك كان بيزق شركته ليه؟", 3),  # «يزق» (pushed in): inclusion
        ("لما كانوا بيمضوا الاتفاق ماسك كان فين؟", 6),  # «بيمضوا» (were signing, Egyptian)
        ("ليش ماسك قاعد يقلب على OpenAI؟", 8),  # «يقلب على» (turns against): objection
        ("ماسك تشكى من إيش مع ترامب؟", 6),  # «تشكى» (complained), not «تشكيك» (doubt)
        ("ماسك وترامب تلاقاو فين؟", 6),  # «تلاقاو» (met, Maghrebi): the meeting
        ("ماسك خاطره متكدر ليش؟", 3),  # «خاطره متكدر» (his mood is soured): displeasure
        ("ليش ماسك حاقد على OpenAI؟", 8),  # «حاقد على» (bears a grudge): the feud
        ("ما حجم الرصيد الذي رصد لستارجيت في أمريكا؟", 9),  # «الرصيد» (the funds): money
        ("بأي منطق دافع ماسك عن مطلبه؟", 3),  # «دافع عن» (argued for): a justification, not «دافع» (motive)
        ("ما الذي يحرك ماسك ضد المشروع؟", 1),  # «ما يحرك» (what drives): motives
        ("الإمارات هتكسب إيه من ستارجيت؟", 2),  # «هتكسب» (will gain, Egyptian): aims
        ("ما الذي أثار حفيظة ماسك؟", 3),  # «أثار حفيظة» (provoked): displeasure
        ("أسهم ماسك في وصول ترامب للسلطة بكم؟", 7),  # «أسهم في» (contributed to): backing
        ("ماسك ما حطوه بالمشروع، ليش؟", 1),  # «ما حطوه» (they did not put him in): exclusion
        ("ماسك وش قدم يوم ترشح ترامب؟", 7),  # «ترشح» (ran for office): the campaign
        ("ما الشركات في الشراكة المعلنة بالخليج؟", 2),  # «المعلنة» (announced)
        ("هل شركة الشبكات الأمريكية مشاركة في ستارجيت الإمارات؟", 2),  # «شركة الشبكات» (the networking company): Cisco
        ("ليش ماسك ضايج من شراكة OpenAI؟", 3),  # Iraqi «ضايج» (fed up): displeasure
        ("هل رضيت OpenAI أن تنباع لماسك؟", 8),  # «تنباع» (be sold): the takeover bid
        ("ليش ماسك محروم من ستارجيت؟", 1),  # «محروم» (deprived): his exclusion
        ("أين تظهر بصمة ماسك في الانتخابات؟", 7),  # «بصمة» (his imprint): his influential role
        ("المشروع ده عايز يوصل لإيه؟", 2),  # «يوصل لإيه» (to get to what): aims, not an amount reached
        ("ترامب كان بيلف وين وماسك معه؟", 6),  # «بيلف» (was touring): the regional tour
        ("هل هاجم البيت الأبيض ماسك علنا؟", 5),  # «علنا» (publicly): its statement
        ("أين قضى ماسك وقته حين أبرمت الشراكة؟", 6),  # «قضى وقته» (spent his time), not a court's «قضى»
        ("لما ماسك اتكلم مع ترامب عن الشركات الصغيرة شو قال؟", 6),  # «اتكلم مع» (talked with): the meeting
        ("ليش ماسك واقف بوجه المشروع الإماراتي؟", 1),  # «واقف بوجه» (standing in the way): blocking
        ("ماسك دار العصا فالرويضة علاش؟", 1),  # Maghrebi «العصا فالرويضة» (a stick in the wheel)
        ("ماسك شو وصل لموظفي الإدارة؟", 4),  # «موظفي» (the staff of): the officials
        ("ليش ماسك ما كمل في OpenAI؟", 8),  # «ما كمل» (did not carry on): he left
        ("ستارجيت ترامب بكم كان في بدايته؟", 9),  # «في بدايته» (at its start): the initial investment
        ("ما الذي سيرفضه ترامب بحسب ماسك؟", 4),  # «سيرفضه» (will refuse it): a refusal
        ("من أين جاء هذا الخبر؟", 1),  # «من أين جاء» (where did it come from): the outlet that reported it
        ("ماسك كان مع ترامب فين؟", 6),  # «كان مع» (was with): the trip, not what else they did together
        ("مين اللي بينه وبين ماسك عداوة قديمة؟", 3),  # «عداوة قديمة» (an old enmity): his old rival
        ("What drove Musk to meddle?", 1),  # «drove» (what drove him): his motives
        ("Why did Musk work against the deal?", 1),  # «work against»: trying to block it
        ("What was Musk's stint in government?", 7),  # «stint» (a spell in a job): his post
        ("Who ran the efficiency office?", 7),  # the efficiency office: DOGE
        ("ماسك ليش ساب الكرسي الحكومي؟", 7),  # «الكرسي» (the seat): his post
        ("شكون اللي كيتحكم ف OpenAI؟", 1),  # Maghrebi «كيتحكم» (controls): who heads it
        ("ماسك علاش ما بقاش مع OpenAI؟", 8),  # Maghrebi «ما بقاش» (did not stay): he left
        ("إلى ماذا تصبو الإمارات من هذه الشراكة؟", 2),  # «تصبو» (aspires): the aims
        ("ماسك كان قاصد إيه بمحاولته دي؟", 1),  # «قاصد» (intending): his motives
        ("ماسك جان ناوي على شنو؟", 1),  # Iraqi «جان ناوي» (had in mind): his motives, not a country's aims
        ("ما الذي أوصله ماسك للمسؤولين؟", 4),  # «أوصل» (conveyed): he told the officials
        ("Who is in charge of OpenAI?", 1),  # «in charge»: who heads it
        ("Why was the deal's formal announcement late?", 4),  # «formal», «late»: the announcement's delay
        ("كم دفع ماسك وجماعته مقابل OpenAI؟", 8),  # «جماعته» (his group): the coalition he led, not officials
        ("ماسك أنذر مين في واشنطن؟", 4),  # «أنذر» (warned): whom he told
        ("ماسك شو قال لأصحاب القرار بأمريكا؟", 4),  # «أصحاب القرار» (the decision makers): the officials
        ("Which insiders heard from Musk?", 4),  # «insiders»: the officials
        ("What did Musk whisper?", 4),  # «whisper»: what he told them
        ("Did Musk set up OpenAI?", 8),  # «set up»: founding
        ("منو اللي يحجي رسمي عن البيت الأبيض؟", 5),  # Iraqi «يحجي رسمي» (speaks officially): the spokeswoman
        ("ماسك ليش أراد إجهاض ستارجيت الإمارات؟", 1),  # «إجهاض» (to abort): blocking it
        ("إلى من تستند رواية امتعاض ماسك؟", 3),  # «تستند» (rests on): the sources
        ("شو التظلم اللي قدمه ماسك عن الشركات الصغيرة؟", 6),  # «التظلم» (a grievance): his concern
        ("ليش ماسك تبرا من شركة ألتمان؟", 8),  # «تبرا من» (disowned): he left it
        ("اول واحد كشف الخبر مين؟", 1),  # «أول واحد» (the first one): who broke the story
        ("شو المرفق اللي رح ينبنى بالإمارات؟", 2),  # «المرفق» (the facility): the centre
        ("ما نبوءة ماسك عن ترامب؟", 4),  # «نبوءة» (a prophecy): what he told officials
        ("ما الكلمات التي قالتها ليفيت؟", 5),  # «الكلمات» (the words): her statement
        ("What held back the deal?", 4),  # «held back»: the delay
        ("ماسك ليه قرر يقطع علاقته بـ OpenAI؟", 8),  # Egyptian «يقطع علاقته» (cuts ties): he left it
        ("ماسك خرب موعد الإعلان كيف؟", 4),  # «خرب موعد» (spoiled the date): the delay
        ("ربع ترامب وش قال لهم ماسك؟", 4),  # Gulf «ربع» (his people), not «أربع» (four)
        ("ليش ماسك حط حالو بوجه المشروع؟", 1),  # Levantine «حط حالو بوجه» (stood in its way): blocking
        ("هل طال انتظار الصفقة؟", 4),  # «طال» (dragged on): the delay
        ("البيت الأبيض نسب الفضل لمين؟", 5),  # «نسب الفضل» (gave the credit): her praise
        ("ماذا تأمل الإمارات؟", 2),  # «تأمل» (hopes for): the initiative's aim
        ("ما اسم الذراع التي أراد ماسك إدخالها؟", 3),  # «الذراع» (a group's arm): his company
        ("ماذا أراد ماسك في الترتيبات؟", 3),  # «الترتيبات» (the arrangements): the deal
        ("ما المؤسسة الفيدرالية التي ترأسها ماسك؟", 7),  # «الفيدرالية» (federal): the US government
        ("ماسك بيقاوح ليه؟", 1),  # Egyptian «بيقاوح» (digs his heels in): blocking
        ("الإمارات هتستفاد إيه؟", 2),  # Egyptian «هتستفاد» (will gain): the aim
        ("ماسك وش ضاره؟", 3),  # Gulf «وش ضاره» (what is it to him): his displeasure
        ("ماسك ما عجبو إنو OpenAI بتجيب مصاري؟", 8),  # Levantine «بتجيب مصاري» (makes money): for profit
        ("قديش الرقم النهائي لترامب؟", 9),  # «النهائي» (the final figure): raising it to 500
        ("بماذا حذر ماسك المسؤولين بشأن ساكن البيت الأبيض؟", 4),  # «ساكن البيت الأبيض»: Trump
        ("أي جهة صحفية نسبت لماسك محاولة إفشال المشروع؟", 1),  # «جهة صحفية» (a press outlet): CNBC
        ("ما الذي رآه ماسك مجحفا؟", 6),  # «مجحف» (unjust): the unfairness he spoke of
        ("ماسك قلق على المشاريع الوليدة؟", 6),  # «المشاريع الوليدة» (new ventures): the startups
        ("Who reported the push against the Emirati hub?", 1),  # «push against»: trying to block it
        ("What is the ambition behind the data centre?", 2),  # «ambition»: the initiative's aim
        ("لماذا لم يرض ماسك؟", 3),  # «لم يرض» (was not pleased): his displeasure
        ("عن أي منبر إخباري صدرت رواية محاولة ماسك؟", 1),  # «منبر إخباري» (a news platform): CNBC
        ("ماسك يتحرش بالمشروع ليه؟", 1),  # «يتحرش ب» (picks at): blocking
        ("يوم انعقد الاتفاق وين ماسك؟", 6),  # «انعقد» (was concluded): the signing
        ("ماسك كان مشغول بإيش؟", 6),  # «مشغول» (busy): away on the visit
        ("ما الذي ضاعف الغموض حول أهداف ماسك؟", 1),  # «الغموض» (the mystery): the questions raised
        ("بماذا انتهت وشاية ماسك؟", 4),  # «وشاية» (telling on): what he told the officials
        ("Which networking firm is in the project?", 2),  # «networking firm»: Cisco
        ("ماسك وش كان شاغل باله؟", 6),  # Gulf «شاغل باله» (on his mind): his concern
        ("ماسك حذر إن ترامب ممكن يقلب على الصفقة؟", 4),  # «يقلب على» (turn against): not approving
        ("ماسك ساعد يأسس OpenAI وبعدين عمل إيه؟", 8),  # Egyptian «يأسس» (found): co-founding
        ("من كرّمت ليفيت في ختام كلامها؟", 5),  # «كرّم» (honoured): praised
        ("ماسك أربك الجدول؟", 4),  # «أربك» (disrupted): the delay, not «أربع» a letter away
        ("ماسك اتركن على جنب؟", 1),  # Egyptian «اتركن» (was put aside): his exclusion
        ("مين الطرف المحلي؟", 2),  # «الطرف المحلي» (the local party): the Emirati G42
        ("ماسك كان بأنهي بلد عربي ساعتها؟", 6),  # «بأنهي» (in which), «ساعتها» (then): function words
        ("ماسك شو بدو من هالحركة؟", 1),  # «هالحركة» (this move) is «حركة», not «الشركة» a typo away
        ("ماسك شو قال للجهاز التنفيذي؟", 4),  # «الجهاز التنفيذي» (the executive branch): the administration
        ("What became of the buyout?", 8),  # «buyout»: the takeover bid
        ("Does G42 come from the UAE?", 2),  # «come» frames the question, as «become» does
        ("كم تعوق الإعلان عن موعده؟", 4),  # Gulf «تعوق» (was held up): the delay
        ("ما علاقة ماسك بترامب بحسب الفقرة؟", 7),  # «بحسب الفقرة» (says the paragraph) frames, as «بحسب الخبر»
        ("Who said Musk lobbied against the deal?", 1),  # «lobbied against»: trying to block it
        ("ماسك بيلعب على وتر الرئيس ليه؟", 4),  # «يلعب على وتر» (plays on): what he told officials
        ("الصفقة اتأخرت ليه؟", 4),  # Egyptian «اتأخرت» (was delayed)
        ("شركة جي فور تو إماراتية؟", 2),  # «جي فور تو»: G42 as heard
        ("ماسك كان مستبعد من المشروع؟", 1),  # «مستبعد» (excluded), the participle of «استبعد»
        ("ماسك مقصي من ستارجيت؟", 1),  # Maghrebi «مقصي» (left out)
        ("شو دور G42 في التعاون؟", 2),  # «التعاون» (the cooperation): the alliance
        ("ليش في موجة من الأسئلة حول ماسك؟", 1),  # «موجة من الأسئلة»: the questions raised
        ("قديش الثمن الزمني اللي دفعه الإعلان؟", 4),  # «الثمن الزمني» (the price in time): the delay
        ("وش الوجهة اللي قصدها ماسك؟", 6),  # «الوجهة» (destination): the trip
        ("ماسك وين كان نهار السينياتور؟", 6),  # Maghrebi «السينياتور» (French signature): the signing
        ("كيف تصرف ماسك مع كونه خارج المشروع؟", 1),  # «تصرف» (behaved): his move; «كونه» (his being) frames
        ("كم قيمة ستارجيت الأمريكي؟", 9),  # «قيمة» (value) of a project: its sum, on the money line
        ("همس ماسك في أذن مين؟", 4),  # «همس» (whispered): what he told officials
        ("شو كان الشاغل الأكبر لماسك؟", 6),  # «الشاغل» (the concern)
        ("ليش ماسك مش مشمول بالمشروع؟", 1),  # «مش مشمول» (not included): his exclusion
        ("كيف سوغ ماسك طلبه؟", 3),  # «سوّغ» (justified): his argument
        ("ترامب ليش ممكن يعترض على المشروع؟", 4),  # «يعترض» (would object): «قد لا يوافق»
        ("ماسك قلبه مليان من ألتمان ليه؟", 3),  # «قلبه مليان من» (resents): his displeasure
        ("OpenAI اتقاضت على إيه؟", 8),  # Egyptian «اتقاضت» (was sued)
        ("ماسك حب ليش يزبط شركته بالاتفاق؟", 3),  # «حب» (wanted) frames, as «حاب» does
        ("ماسك كان بدو يحط شركته جوا الاتفاق؟", 3),  # «جوا» (inside) is a function word
        ("ليش الإعلان قعد ما طلع؟", 4),  # Gulf «قعد» (stayed, kept on) frames
        ("مين رائيس اوبن اي اي؟", 1),  # «رائيس»: «رئيس» with the hamza's seat written out
        ("ماسك ناوي شر للمشروع؟", 1),  # «ناوي شر» (means harm): trying to block it, not the project's aim
        ("ماسك كان ضدها ليش؟", 1),  # «ضدها» (against it)
        ("ماسك برر بشو إنو لازم يكون إلو محل؟", 3),  # Levantine «إلو» (his) and «لازم» (must) frame
        ("ماسك اشتغل مع ترامب في إيه؟", 7),  # «اشتغل مع» (worked with) is a job too, not only taking part
        ("ما الذي أخلت به OpenAI برأي ماسك؟", 8),  # «أخلت ب» (failed, breached) is a breach
        ("ما مآخذ ماسك على OpenAI؟", 8),  # «مآخذ» (objections) beside «اعتراضًا»
        ("لماذا ابتعد ماسك عن الشركة الأم لـChatGPT؟", 8),  # ChatGPT's «parent company» is OpenAI
        ("ما الحجة الأخلاقية التي رفعها ماسك؟", 3),  # a «moral» argument: fairness, not a raise
        ("لوين بدهم يوصلوا بالمبلغ؟", 9),  # Levantine «where do they want to take it»: a raise, not an aim
        ("وين بدهم يوصلوا بالـ٥٠٠؟", 9),  # «بالـ» (with the), the article stretched off a number
        ("ما الحدث الذي أرجأته تصرفات ماسك؟", 4),  # «الحدث» (the event) says what is asked for
        ("في صحبة من كان ماسك؟", 6),  # «في صحبة» (in the company of): the trip
        ("كم رصد ترامب لستارجيت الأمريكي؟", 9),  # «رصد» (allotted), «خصص» (set aside): investing
        ("كم خصص ترامب لستارجيت الأمريكي؟", 9),
        ("كم كانت الدفعة الافتتاحية لستارجيت الأمريكي؟", 9),  # the opening tranche: initial, not an opening
        ("لماذا هجر ماسك OpenAI؟", 8),  # «هجر» (abandoned): leaving
        ("ماسك ليش بدو يحشر شركته بالمشروع؟", 3),  # «يحشر» (squeeze in): bringing a company in
        ("أي مستثمر آسيوي انضم إلى ستارجيت أمريكا؟", 9),  # «انضم» (joined): taking part
        ("وقت ما انمضت الصفقة وين كان ماسك؟", 6),  # Gulf «انمضت» (was signed), not «انضمت» swapped
        ("ما السقف الذي تستهدفه النسخة الأمريكية؟", 9),  # «السقف» (the ceiling): raising it to 500
        ("الست كارولين شو بتشتغل؟", 5),  # Egyptian «الست» (Mrs.) is a title, not «six»
        ("علاش تفارقو ماسك و OpenAI؟", 8),  # Maghrebi «تفارقو» (parted ways)
        ("ماسك كم بذل لترامب؟", 7),  # «بذل» (spent, gave)
        ("ماسك في أي معركة مع OpenAI؟", 8),  # «معركة» (a battle): the feud
        ("ماسك كان ضيف عند مين؟", 6),  # «ضيف» (a guest): the visit
        ("ما التنبيه الذي وصل من ماسك؟", 4),  # «التنبيه» (the warning): what he told officials
        ("ما رسالة ماسك للبيروقراطيين؟", 4),  # «البيروقراطيين» (bureaucrats): officials
        ("ماسك عك المشروع ليه؟", 1),  # Egyptian «عك» (messed up): trying to block it
        ("ماسك كان ممول لترامب؟", 7),  # «ممول» (a funder): paying
        ("ما الكيان الناشئ الذي أراد ماسك ضمه؟", 3),  # «ضمه» (to bring it in)
        ("أي كيان ناشئ رغب ماسك في ضمه؟", 3),  # «رغب» (wished) frames, as «يرغب» did
        ("لماذا طويت صفحة ماسك الحكومية؟", 7),  # «طويت صفحة» (the page was turned): leaving
        ("أي جانب تحاشته كارولين؟", 5),  # «تحاشته» (steered clear of): ignoring
        ("ما سبب حنق ماسك؟", 3),  # «حنق» (resentment)
        ("ماسك شو رأيه بتوزيع الكعكة؟", 6),  # «الكعكة» (the cake): the opportunities shared out
        ("مين لعب في معاد الإعلان؟", 4),  # «لعب في» (tampered with), Egyptian «معاد» (date): the delay
        ("بأي جهة حكومية اقترن اسم ماسك؟", 7),  # «اقترن اسمه» (his name was tied to): known for
        ("ما الذي طرأ على علاقة ماسك بترامب؟", 7),  # «طرأ» (befell) asks what happened, as «حدث»
        ("ما الذي نفّر ماسك من OpenAI؟", 8),  # «نفّر» (put off): objecting
        ("ما الدولة التي قصدها ماسك مع ترامب؟", 6),  # «قصدها» (headed for): the visit
        ("ماسك كان بعيد عن قاعة التوقيع وين؟", 6),  # «بعيد عن» (far from): absent
        ("ما الذي تأخر جراء مناورة ماسك؟", 4),  # «جراء» (owing to) asks why, as «بسبب»
        ("من الأطراف في ستارجيت الإمارات؟", 2),  # «الأطراف» (the parties), as «طرف», names nothing
        ("منو الراس بأوبن إيه آي؟", 1),  # Maghrebi and Gulf «الراس» (the head): who runs it
        ("بِمَ تقدّم ماسك للقضاء؟", 8),  # «بِمَ» (with what) is no half of «بمتقدم» (advanced)
        ("المديح كان لمين؟", 5),  # «المديح» (the praise)
        ("ما الذي وضع حدا لوجود ماسك في الحكومة؟", 7),  # «وضع حدا» (put an end to): resigning
        ("ماسك مشي منها ليه من OpenAI؟", 8),  # Egyptian «مشي منها» (walked out of it): leaving
        ("جيفورتيتو مين شركاؤها؟", 2),  # G42 spelled out and typed as one word
        ("ما أهم التقنيات الحاسوبية في المشروع؟", 2),  # «الحاسوبية» (computational): computing
        ("مباركة ترامب كانت مشروطة بإيش؟", 4),  # «مباركة» (blessing): approval
        ("أي مصنع للرقائق في تحالف الإمارات؟", 2),  # «مصنع للرقائق» (a chip maker): Nvidia
        ("ما النعت الذي أطلقته المتحدثة على التقارب بين البلدين؟", 5),  # «النعت» (the epithet): a description
        ("ما الحقيبة التي كانت بيد ماسك؟", 7),  # «الحقيبة» (a minister's portfolio): a ministry
        ("قديش بدهم يحطوا بستارجيت الأمريكي؟", 9),  # «يحطوا» (put in): investing
        ("ماسك شو علاقته بسبيسكس؟", 7),  # SpaceX typed as one word
        ("مين الشركات اللي تكتلت بالإمارات؟", 2),  # «تكتلت» (formed a bloc): the alliance
        ("ماذا فجّرت القناة التلفزيونية الأمريكية عن ماسك؟", 1),  # «فجّر» (blew open a story): revealed
        ("شو أكدت المصادر عن خلو مكان التوقيع من ماسك؟", 6),  # «خلو» (a place empty of): absence
        ("Which GPU maker joined the Emirates project?", 2),  # a GPU maker: Nvidia
        ("Which database giant is in the Gulf project?", 2),  # a database giant: Oracle
        ("شو سبب مناهضة ماسك لستارجيت الإمارات؟", 1),  # «مناهضة» (opposing): obstructing
        ("موعد الإعلان ليش انزاح لقدام؟", 4),  # «انزاح» (shifted): delayed
        ("ماسك ليش ما عجبه مسار OpenAI؟", 8),  # «مسار» (a course): the turn to profit
        ("قديش كان راس المال الاولي لستارجيت امريكا؟", 9),  # «راس المال» (capital) is no «الراس» (head)
        ("ماذا سيحدث لو بقيت OpenAI على رأس المشروع؟", 4),  # «بقيت» (stayed): continued
        ("مين رفعت من شأنه المتحدثة؟", 5),  # «رفع من شأن» (raised the standing of): praised
        ("شو الخبر المسرب عن ماسك؟", 1),  # «المسرب» (the leaked): reported
        ("Who reported Musk's interference?", 1),  # interference: the attempt to block
        ("مين أكد إنو ماسك لم يحضر؟", 6),  # «يحضر» (attends) and «أكد» beside «أفاد» (stated)
        ("الناطقة اعتبرت شو كأنه ما صار؟", 5),  # «كأنه ما صار» (as if it never happened): ignored
        ("What did Musk warn about Altman's company keeping the lead?", 4),  # the lead: «قيادته»
        ("What would Trump do if Altman's firm kept the lead, said Musk?", 4),  # kept: continued
        ("الإعلان بقى معطل شحال من يوم؟", 4),  # Maghrebi «شحال من يوم» (how many days): several days
        ("رضا ترامب عن المشروع كان مرهون بإيه؟", 4),  # «رضا» (a president's consent): approval
        ("ما المبلغ الذي قدمه ماسك للمرشح ترامب؟", 7),  # «المرشح» (the candidate): the campaign
        ("ما الإسناد الذي قدمه ماسك لترامب؟", 7),  # «الإسناد» (backing): support
        ("الإمارات تتطلع لإيش من المشروع؟", 2),  # «تتطلع» (looks to): the aim
        ("الإمارات بدها الصدارة بشو؟", 2),  # «الصدارة» (the front rank): a standing
        ("شو المركز الرقمي اللي رح ينبنى بالإمارات؟", 2),  # «الرقمي» (digital) is no slip of «الرسمي»
        ("ليفيت شو الكلام الحلو اللي قالته؟", 5),  # «الكلام الحلو» (sweet words): praise
        ("ما الإطراء الذي وجهته ليفيت؟", 5),  # «الإطراء» (a compliment) is no slip of «إجراء»
        ("ماسك تلطى وراء أي حجة؟", 3),  # «تلطى» (took cover behind): a pretext
        ("ما المنعطف الذي لم يقبله ماسك في مسيرة OpenAI؟", 8),  # «مسيرة» (a course) names no head
        ("كيف أربكت تصريحات ماسك موعد الإشهار؟", 4),  # «موعد» (a date) is no «تاريخية» (historic)
        ("على ايش سلطت ليفيت الضوء؟", 5),  # «سلط الضوء» (highlighted) beside «أكد» (stressed)
        ("ماسك اتنشر عنه إيه قبل ما يسيب الحكومة؟", 7),  # Egyptian «اتنشر» (was published) beside reports
        ("Whose headline was about Musk maneuvering against the deal?", 1),  # headlines, maneuvering: trying
        ("أي مهمة خارجية حالت دون حضور ماسك؟", 6),  # «حال دون» (kept from) beside absence
        ("ما المدى الزمني لبلوغ نصف التريليون؟", 9),  # half a trillion is the plan's 500 billion
        ("مم انزعج ماسك في الرياض؟", 6),  # «مِمَّ» (from what) is a question word, no word to find
        ("فيم تذمر ماسك في الرياض؟", 6),  # …and «فيمَ» (in what)
        ("في ظل أي صراع جاءت محاولة ماسك؟", 1),  # «في ظل» (amid) is the lede's «وسط»
        ("ما القضية التي فضلت المتحدثة القفز عليها؟", 5),  # «القفز على» (skipping over) beside ignoring
        ("ماسك ضب غراضه من الحكومة ليش؟", 7),  # Levantine «ضب غراضه» (packed his things) beside quitting
        ("ليفيت انطت الفضل لمنو؟", 5),  # Iraqi «انطت الفضل» (gave the credit) beside praise…
        ("Who did Leavitt give credit to?", 5),  # …and credit
        ("ماسك كان فين ملي سينيو الاتفاق؟", 6),  # Maghrebi «سينيو» (signed, from French) beside signing
        ("ماسك شو لعبتو بالمشروع؟", 1),  # «لعبته» (his game) beside trying
        ("ماذا قالت المحطة الأمريكية عن قطب التكنولوجيا؟", 1),  # «المحطة» (the station) is CNBC…
        ("ماذا حاول قطب التكنولوجيا أن يفعل بالمشروع؟", 1),  # …and «قطب التكنولوجيا» (tech mogul) Musk
        ("ستارجيت الإمارات غرضو شو؟", 2),  # «غرضه» (its purpose) is an aim too, not only a motive
        ("ليش انبعد ماسك عن ستارجيت؟", 1),  # «انبعد» (was pushed away) beside exclusion
        ("مع منو كان ماسك طاير؟", 6),  # «طاير» (flying off) beside travel
        ("ماسك شمضوجه من أوبن إيه آي؟", 3),  # Iraqi «شمضوجه» (what upsets him) beside displeasure
        ("Musk's upstart is called what?", 3),  # an upstart is a startup
        ("منو اللي كان يبي يفركع المشروع؟", 1),  # Maghrebi «يفركع» (to burst) beside blocking
        ("ياتي شركات بالتحالف؟", 2),  # Iraqi «ياتي» (which) is a question word
        ("أي شكوك أحاطت بما فعله ماسك؟", 1),  # «أحاطت» (surrounded) beside «وسط» (amid)
        ("ما هدف مناورة ماسك ضد ستارجيت؟", 1),  # a «مناورة» (manoeuvre) is an attempt
        ("ما شرط ترامب بحسب ماسك؟", 4),  # a condition is what «في حال» (in case) states
        ("في ركاب من ذهب ماسك إلى الخليج؟", 6),  # «في ركاب» (in the train of) is «with»
        ("ما حيثيات جر ماسك لOpenAI إلى ساحات القضاء؟", 8),  # «ساحات القضاء» (the courts) is the lawsuit
        ("ليفيت رفعت القبعة لمين؟", 5),  # «رفعت القبعة» (tipped her hat) is praise
        ("شكون ليفيت وآشنو قالت؟", 5),  # Maghrebi «آشنو» (what) is a question word
        ("وين مركز الذكاء الصناعي الجديد؟", 2),  # «الذكاء الصناعي» is how many write AI
        ("من ساعد ماسك في تقويض الاتفاق؟", 1),  # «تقويض» (undermining) beside blocking
        ("ماسك حاول ابتلاع OpenAI بكم؟", 8),  # «ابتلاع» (swallowing) is a takeover
        ("ماسك كان متذرعا بإيش؟", 3),  # «متذرعا» (pleading) is «بحجة» (arguing)
        ("ليش ماسك سلم المفاتيح؟", 7),  # to hand over the keys is to resign
        ("ماسك كان شغلانته إيه مع ترامب؟", 7),  # Egyptian «شغلانة» (job)
        ("ماسك ليش مكهرب؟", 3),  # Iraqi and Levantine «مكهرب» (electrified: furious)
        ("ما الذي أقض مضجع الملياردير؟", 3),  # «أقض مضجعه» (kept him awake: troubled him)
        ("ماذا أعلن في مستهل الشهر؟", 2),  # «مستهل» (outset) beside «بداية»
        ("ما هي هواجس ماسك؟", 6),  # «هواجس» (misgivings) beside «قلق»
        ("ماسك باح بشو؟", 6),  # «باح ب» (let out) beside «أعرب عن»
        ("جذور المشكلة مع ألتمان لوين بترجع؟", 8),  # «جذور» (roots) is where it goes back to
        ("ماسك ليش انستبعد؟", 1),  # Gulf «انستبعد» (was left out)
        ("ماسك على ويش يتحلطم؟", 6),  # Gulf «يتحلطم» (grumbles) beside complaining
        ("Musk walked out years ago, why?", 8),  # to walk out is to leave
        ("ما مسوغ طلب ماسك؟", 3),  # «مسوغ» (justification) beside «بحجة»
        ("بماذا تسلح ماسك ليطالب بمقعد؟", 3),  # «تسلح ب» (armed himself with) an argument, not «تسلا»
        ("ليفيت أتت على ذكر المشاحنة؟", 5),  # «مشاحنة» (squabble) beside «الخلاف»
        ("ماسك على قمة أي شركات؟", 7),  # «على قمة» (at the top of) is heading, not «قيمة» mistyped
        ("ما الصفة الوطنية لشركة G42؟", 2),  # «الوطنية» (national) is the local partner's nationality
        ("من بيده مقاليد الشركة التي يرأسها ألتمان؟", 1),  # «مقاليد» (the reins) is heading it
        ("ماسك بيده زمام أي وزارة؟", 7),  # and «زمام» (the bridle)
        ("هل شعر ماسك بالغبن؟", 6),  # «الغبن» (being wronged) beside «العدالة»
        ("ماسك شو رأيه بالشركات الفتية؟", 6),  # «الفتية» (young) companies are start-ups
        ("كيف قابلت ليفيت كلام ماسك؟", 5),  # «قابل» (met it with) is how she responded
        ("متى تم الإفصاح عن ستارجيت الإمارات؟", 2),  # «الإفصاح» (disclosure) is the announcement
        ("ما سبب التلكؤ؟", 4),  # «التلكؤ» (dragging its feet) is a delay
        ("لماذا تباطأ الإعلان عن الصفقة؟", 4),  # and «تباطأ» (slowed)
        ("ماسك ليش ما ضل مع OpenAI؟", 8),  # Levantine «ما ضل» (did not stay) is leaving
        ("متى قرر ماسك أن يرحل عن شركة ألتمان؟", 8),  # «يرحل عن» (to depart from)
        ("شو قال ماسك قدام القاضي؟", 8),  # «قدام القاضي» (before the judge) is his lawsuit
        ("مين اتلمت على بعض عشان ستارجيت الإمارات؟", 2),  # Egyptian «اتلمت على بعض» (got together)
        ("ماسك متوجس من إيه؟", 6),  # «متوجس» (apprehensive) beside «قلق»
        ("ما الذي يبعث على الحيرة في مساعي ماسك؟", 1),  # «يبعث على» (gives rise to) beside «أثار»
        ("هل ضربت ليفيت صفحا عن كلام ماسك؟", 5),  # «ضرب صفحا عن» (turned the page on) is ignoring it
        ("هل تحدثت ليفيت عن الجفوة مع ماسك؟", 5),  # «الجفوة» (estrangement) beside «الخلاف»
        ("ما مغزى مبادرة الإمارات؟", 2),  # «مغزى» (the point of it) is its aim
        ("ما المرمى من مشروع الإمارات؟", 2),  # and «المرمى» (the target)
        ("الطركاعة بين ماسك وOpenAI شنو أصلها؟", 8),  # Iraqi «طركاعة» (a row) beside «مشكلة»
        ("ماسك ليش حردان؟", 3),  # Levantine and Gulf «حردان» (sulking) beside «زعلان»
        ("من هم المؤتلفون في مشروع الإمارات؟", 2),  # «المؤتلفون» (the allied) are the coalition
        ("مين بتحكي قدام الصحافة باسم ترامب؟", 5),  # speaking «قدام الصحافة» (to the press) is the spokeswoman's
        ("ما العراقيل التي وضعها ماسك أمام المبادرة؟", 1),  # «العراقيل» (obstacles) are «عرقلة»'s
        ("ماسك ليش حاك المكائد للمبادرة؟", 1),  # and «المكائد» (schemes) against it
        ("أين سيقام المجمع التقني؟", 2),  # «المجمع» (complex) is the centre
        ("ماسك منقهر من مين؟", 3),  # Gulf and Levantine «منقهر» (aggrieved) beside «زعلان»
        ("ماسك شد مع ترامب لوين؟", 6),  # Gulf «شد» (set off) is travelling
        ("Who calls the shots at OpenAI?", 1),  # to call the shots is to run it
        ("What company does Sam run?", 3),  # «Sam» alone, in English, is Altman
        ("Musk ran a cost-cutting outfit?", 7),  # cost-cutting is what DOGE was for
        ("متى التأم شمل التحالف؟", 2),  # «التأم شمله» (came together) is the coalition's forming
        ("لماذا تخلف ماسك؟", 6),  # «تخلف عن» (failed to turn up) is his absence
        ("ما الدسائس التي حاكها ماسك؟", 1),  # «الدسائس» (intrigues) beside «المكائد»
        ("كيف عالجت الإدارة الخلاف؟", 5),  # «عالج» (handled) is how it responded
        ("ماسك خلقه ضيق ليش؟", 3),  # Gulf and Iraqi «خلقه ضيق» (his temper is short)
        ("منو نطقت باسم الإدارة؟", 5),  # «نطقت باسم» (spoke for), the spokeswoman's
        ("Who speaks for the press office?", 5),  # the press office is hers
        ("Which month did the president kick off Stargate?", 9),  # to kick off is to launch
        ("مين الشركات اللي صاروا إيد بإيد بالإمارات؟", 2),  # «إيد بإيد» (hand in hand) is the alliance
        ("ماسك سمح في OpenAI ليش؟", 8),  # Maghrebi «سمح في» (gave up on) is leaving
        ("من نال عبارات التقدير؟", 5),  # «عبارات التقدير» (words of esteem) are praise
        ("ماسك حط رحاله وين؟", 6),  # «حط رحاله» (set down his saddlebags) is where he travelled
        ("ماسك والمناكفة مع OpenAI؟", 3),  # «المناكفة» (needling) is what rivals do
        ("المشاكسة بين ماسك وOpenAI سببها إيه؟", 3),  # and «المشاكسة» (bickering)
        ("ما أهمية التمكين التقني للإمارات؟", 2),  # «التمكين» (empowering) beside «ترسيخ»
        ("ماسك دفعع كم؟", 7),  # a word's last letter typed twice: «دفعع» is «دفع»
    ],
)
def test_dialect_words_and_a_capital_find_the_story_s_paragraph(answerer: Answerer, question: str, paragraph: int) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:{paragraph}"


def test_a_teh_marbuta_inside_a_word_is_read_as_the_key_beside_it_or_a_swap(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.unslipped("مين بنى المشرةع؟") == "مين بنى المشروع؟"  # «و» is the key beside «ة»
    assert reader.unslipped("ماسك ليش ضد الصفةق؟") == "ماسك ليش ضد الصفقة؟"  # «ق» and «ة» swapped
    assert reader.unslipped("الشركةالأمريكية") == "الشركةالأمريكية"  # a glued article: two words
    assert reader.unslipped("ما الشرةك؟") == "ما الشرةك؟"  # «الشركة» or «الشريك»: left for spelling


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [("نوايا ماسك ليش صارت موضع ريةب؟", 1), ("ماسك عاوز إيه من الصفةق بالظبط؟", 3)],
)
def test_a_question_with_a_teh_marbuta_slip_finds_its_paragraph(answerer: Answerer, question: str, paragraph: int) -> None:
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.id == f"{SEED_ID}:{paragraph}"


def test_only_a_word_split_by_a_space_is_joined_not_two_words_or_a_clitic_and_a_word(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.rejoined("هل ابتعد ماسك عن العمل الحكو مي؟") == "هل ابتعد ماسك عن العمل الحكومي؟"
    assert reader.rejoined("شنو بغا ماسك من ال مشروع؟") == "شنو بغا ماسك من المشروع؟"  # the article apart
    assert reader.rejoined("ماذا كال ماسك؟") == "ماذا كال ماسك؟"  # Iraqi «كال» (said), not «كـ» + «الماسك»
    assert reader.rejoined("ماسك وين شد؟") == "ماسك وين شد؟"  # a question word, then Gulf «شد» (set off)
    assert reader.rejoined("ما الذي شغل بال ماسك؟") == "ما الذي شغل بال ماسك؟"  # «بال» (mind) is a word
    assert reader.rejoined("ماسك شگال للإدارة؟") == "ماسك شگال للإدارة؟"  # «گ» is a letter of the word
    assert reader.rejoined("بم تقدم ماسك للقضاء؟") == "بم تقدم ماسك للقضاء؟"  # «بم» (with what) asks
    assert reader.rejoined("شو عمل ماسك بمشروع الإم ارات؟") == "شو عمل ماسك بمشروع الإمارات؟"  # «الإم» is no «إلام»


def test_a_two_letter_question_word_or_preposition_glued_is_read_apart_before_longer_cuts(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.unglue("مايوافق") == ("ما", "يوافق")  # not «ماي» + «وافق», though both are known
    assert reader.unglue("كمدفع") == ("كم", "دفع")
    assert reader.unglue("ماسكعن") == ("ماسك", "عن")  # a preposition glued after the word it follows


def test_a_function_word_glued_either_way_an_article_or_an_alef_is_read_apart(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.unglue("ماسبب") == ("ما", "سبب")  # two function words, the first a question word
    assert reader.unglue("شواللي") == ("شو", "اللي")
    assert reader.unglue("ليشتري") == ("ليشتري",)  # to buy, not «ليش ترى»
    assert reader.unglue("عنالاتفاق") == ("عن", "الاتفاق")  # a preposition before the next word
    assert reader.unglue("منماسك") == ("من", "ماسك")
    assert reader.unglue("ماسكوش") == ("ماسك", "وش")  # a question word after the word before it
    assert reader.unglue(normalize("وزارةالكفاءة")) == ("وزاره", "الكفاءه")  # not «وزار هالكفاءه»
    assert reader.unglue(normalize("ماالذي")) == ("ما", "الذي")  # two alefs normalized to one


def test_a_word_lacking_its_last_letter_is_completed_only_when_one_word_is_meant(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.completed("بالتحال") == "بالتحالف"  # behind its clitic
    assert reader.completed("ستارجي") == "ستارجيت"
    assert reader.completed("التان") == "التان"  # a stump this short is as often «ألتمان» mistyped
    assert reader.completed("دخلو") == "دخلو"  # Levantine «دخله», not a stump


def test_a_ta_for_ta_marbuta_is_read_so_where_a_function_word_is_meant_not_a_mistyped_name_or_story_word(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.respell("القصت") == "القصه"  # «شو القصة؟», a function word (`construct_ta_any_known`)
    assert reader.respell("لفيت") == "لفيت"  # Leavitt mistyped, not «لـ» + «فيه»
    assert reader.respell("ابيت") == "ابيت"  # «البيت» mistyped, not «أبيه»


def test_a_name_s_stump_starting_as_the_article_and_a_stump_of_one_root_are_completed(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.completed("التما") == "التمان"  # «ألتما»: its «ال» is no article
    assert reader.completed("بالتما") == "بالتمان"
    completed = reader.completed("لشركت")  # «لشركته» or «لشركتي», one root
    assert completed != "لشركت" and completed.startswith("لشركت")


def test_forms_isri_roots_apart_and_a_word_sharing_a_light_stem_are_told_apart() -> None:
    lexicon = default_lexicon()
    # ISRI roots «يثير» as «يثر» and «أثارت» as «ثرت»: the lexicon holds the verb's forms together.
    [raises] = lexicon.concepts(["يثير"])
    assert "اثارت" in raises.alternatives
    # «فعلا» (really) asks for what is real; «تستنى» (wait) is the delay.
    assert "الحقيقيه" in lexicon.concepts(["فعلا"])[0].alternatives
    assert "تاخير" in lexicon.concepts(["تستني"])[0].alternatives
    # Dialect phrases: worked with (took part), took him out (excluded), holds it against (upset).
    assert "مشاركه" in lexicon.concepts(["اشتغلت", "مع"])[0].alternatives
    assert "استبعاد" in lexicon.concepts(["طلعوه"])[0].alternatives
    assert "زعلان" in lexicon.concepts(["شايل", "بخاطره"])[0].alternatives
    # «الأصلي» (original) shares its light stem with «واصل» (well connected), which is not on the influence line.
    [original] = lexicon.concepts(["الاصلي"])
    assert "تاثير" not in original.alternatives


def test_typos_and_clitics_still_find_the_passage(answerer: Answerer) -> None:
    cases = {"من هي المتحدثه بأسم البيت الابيظ": 5, "اين كان ماسك لحظة التوقيغ": 6,
             "قديش كانت الاستثمارات بستارجيت الأمريكي؟": 9,
             # «الإعلان» with its «إ» dropped, not a lexicon word it is a light stem of: «علانية»
             # (publicly), once on the line of statements, took it to paragraph 5.
             "كم يوما تأخر العلان؟": 4,
             # «ماسكك», the name's «ك» typed twice, is Musk, not the root «مسك» (holding).
             "مين هو ماسكك؟": 1}
    for question, paragraph in cases.items():
        answer = answerer.ask(question).answer
        assert answer is not None and answer.passage.id == f"{SEED_ID}:{paragraph}", question


def test_question_sharing_only_the_story_names_is_declined(answerer: Answerer) -> None:
    for question in ["كم عمر إيلون ماسك؟", "ما اسم زوجة سام ألتمان؟", "ما هو سعر سهم تسلا اليوم؟",
                     "ماذا تنتج شركة سيسكو؟", "كم يكسب ماسك في السنة؟", "ما اسم كلب إيلون ماسك؟",
                     "من يمتلك شركة G42؟", "واش ماسك غادي يزور الإمارات؟", "كيف أستثمر في xAI؟",
                     "من يقود شركة G42 الإماراتية؟", "ما العملة الرسمية في الإمارات؟",
                     "Where does Karoline Leavitt hail from?", "هل اعتذرت ليفيت لماسك؟",
                     "متى يفتتح مركز ستارجيت؟", "متى يبدأ تشغيل المركز الإماراتي؟",
                     "ما تكلفة المركز الإماراتي؟", "هل تنضم xAI إلى التحالف قريبا؟",
                     "كم تبلغ حصة مايكروسوفت في OpenAI؟", "من سيحل محل ليفيت متحدثة للرئاسة؟",
                     "متى ينتهي عقد G42 مع OpenAI؟", "هل وافقت المحكمة على طلب ماسك؟", "ما هي أعراض الإنفلونزا؟"]:
        assert answerer.ask(question).answer is None, question


def test_a_verb_said_without_its_first_vowel_finds_the_group_of_its_written_form() -> None:
    # Levantine and Egyptian «شترى», «نسحب», «ستقال» are «اشترى», «انسحب», «استقال».
    lexicon = Lexicon([["اشترى", "استحواذ"], ["انسحب", "ترك"], ["استقال", "استقالة"]])
    for said, written in (("شترى", "استحواذ"), ("نسحب", "ترك"), ("ستقال", "استقال")):
        assert written in lexicon.concepts(said)[0].alternatives, said
    assert lexicon.concepts("سحب")[0].alternatives == ()  # three letters: too short to guess
    # «علنا» (publicly) has no such shape: it is not «أعلن» (announced).
    assert Lexicon([["أعلن", "إعلان"]]).concepts("علنا")[0].alternatives == ()


def test_who_heads_a_company_is_mined_as_a_name_for_it() -> None:
    text = "صراعه مع شركة OpenAI التي يرأسها سام ألتمان. وزار المدينة التي يحبها كثيرا."
    pairs = set(mine_heads(text))
    assert {("شركة سام ألتمان", "OpenAI"), ("شركة ألتمان", "OpenAI"), ("مختبر ألتمان", "OpenAI")} <= pairs
    assert ("الشركة التي يديرها ألتمان", "OpenAI") in pairs and ("الشركة اللي يرأسها ألتمان", "OpenAI") in pairs
    assert {meant for _, meant in pairs} == {"OpenAI"}  # not the city of the second sentence


def test_a_name_for_a_company_is_not_read_as_it_where_it_is_what_is_asked(answerer: Answerer) -> None:
    # «ما الشركة التي يرأسها ألتمان؟» asks which company: read as «ما OpenAI؟» it would ask nothing.
    concepts = [c.text for c in answerer.index.concepts("ما الشركة التي يرأسها ألتمان؟")]
    assert "openai" not in concepts
    assert "openai" in [c.text for c in answerer.index.concepts("متى حاول ماسك شراء الشركة التي يرأسها ألتمان؟")]
    assert "openai" in [c.text for c in answerer.index.concepts("الشركة التي يديرها ألتمان رفضت عرض ماسك؟")]


def test_a_word_lacking_the_article_s_lam_is_read_with_the_article(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.respell("انسخه") == "النسخه"  # «النسخة» with its «ل» skipped (`article_slips`)
    assert reader.respell("اصفقه") == "الصفقه"
    assert reader.respell("افاشل") == "افشال"  # a slip of a lexicon word goes first: not «الفاشل»
    answer = answerer.ask("من موّل انسخة الأمريكية من المشروع؟").answer
    assert answer is not None and answer.passage.number == 9


def test_a_four_letter_word_behind_the_article_may_lack_a_letter_of_a_lexicon_word(answerer: Answerer) -> None:
    reader = answerer.index.reader
    assert reader.respell("الكومه") == "الحكومه"  # «الحكومة» without its «ح» (`article_drops`)
    assert reader.respell("ينظر") == "ينظر"  # no article: a real word as often as a slip


def test_a_four_letter_slip_of_a_name_is_the_name_not_the_root_it_shares_with_another_word(
    answerer: Answerer,
) -> None:
    # ISRI reads «ماكس» (ماسك with two letters swapped) as «اكس», SpaceX's «إكس».
    answer = answerer.ask("كم بلغت قيمة صفقة الاستحواذ التي تزعمها ماكس؟").answer
    assert answer is not None and answer.passage.number == 8
    assert [c.text for c in answerer.index.concepts("ماكس")] == ["ماسك"]


def test_a_pair_of_function_words_is_a_phrase_only_side_by_side(stories: list[Story], answerer: Answerer) -> None:
    # «كان مع» (was with) is on the trip's line; «كان يحكي مع» (was talking with) is not it, though
    # a verb and its object are found around a word between them.
    gapped = Answerer(stories, dataclasses.replace(SearchSettings(), function_pairs_side_by_side=False))
    question = "ماسك عمين كان يحكي مع المسؤولين؟"
    assert "كان مع" in [c.text for c in gapped.index.concepts(question)]
    assert "كان مع" not in [c.text for c in answerer.index.concepts(question)]
    answer = answerer.ask(question).answer
    assert answer is not None and answer.passage.number == 4
    assert gapped.ask(question).answer is None
    assert "كان مع" in [c.text for c in answerer.index.concepts("ماسك كان مع ترامب فين؟")]


def test_a_four_letter_name_typed_in_three_is_that_name(stories: list[Story], answerer: Answerer) -> None:
    # «Msk», «Muk»: Musk with an inner letter dropped (first and last kept); not «Mus».
    unread = Answerer(stories, dataclasses.replace(SearchSettings(), short_latin_names=False))
    for question in ("Why did Msk leave DOGE?", "Why did Muk leave DOGE?"):
        answer = answerer.ask(question).answer
        assert answer is not None and answer.passage.number == 7
        assert "musk" in answerer.subject(question).split()
        assert "musk" not in unread.subject(question).split()
    assert "musk" not in answerer.subject("Why did Mus leave DOGE?").split()


def test_a_slip_of_a_name_is_the_name_behind_the_clitic_typed(stories: list[Story], answerer: Answerer) -> None:
    # «تامب» (Trump, a letter dropped), «ستاريت», «بالإارات» (the UAE behind «بـ»): read as the
    # name spelled right, with its wordings and weight — as a half-weight guess, each lost to
    # another paragraph.
    as_guesses = Answerer(stories, dataclasses.replace(SearchSettings(), name_slips=False))
    for slipped, name, paragraph in (
        ("ماسك وقف مع تامب بالفلوس؟ بشحال؟", "ترامب", 7),
        ("ترامب متى سوى ستاريت حقه؟", "ستارجيت", 9),
        ("منو الشركات اللي ويا OpenAI بالإارات؟", "بامارات", 2),
    ):
        assert name in answerer.subject(slipped).split() and name not in as_guesses.subject(slipped).split()
        answer, guessed = answerer.ask(slipped).answer, as_guesses.ask(slipped).answer
        assert answer is not None and answer.passage.number == paragraph
        assert guessed is None or guessed.passage.number != paragraph
