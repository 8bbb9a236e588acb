"""What a question asks for, read from its wording beyond its concepts: which companies, who,
how much, when, which year, where, what will happen, what X is, what someone wants, a name
in a language, how the reader can do something, yes or no.

Pure functions of the question's text, and the word lists they read (MSA, dialects,
English), normalized. `Cues` holds what one question asks; `index.search` reads it to lift
the passages that can answer and to tell which cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.analyzer import words
from index.expansion import is_typo_of, strip_clitics
from index.normalize import dediacritize, normalize
from index.statements import COURT_WORDS, OUTCOME_WORDS, in_or_behind_clitic, language_at
from index.stopwords import STOPWORDS, without_fillers

__all__ = [
    "AND_ASKS", "COMPANY_ROLES", "Cues", "FOUNDED_PROJECT", "FUTURE_WORDS", "JOINED_ASKING", "LAST", "NAME_WORDS",
    "PLACE_ROLES", "ROLE_FAMILIES", "TAKING_PART", "THAT", "TITLES", "WANTS", "WHERE", "YES_NO", "asked_languages",
    "asks_for_companies",
    "asks_for_the_story", "asks_how_much", "asks_how_to", "asks_outcome", "asks_what_is", "asks_when",
    "asks_where_or_when", "asks_who", "asks_year", "date_nouns_asked", "is_company_word", "paragraph_named",
    "without_and",
]


# Question words a reader joins to the question before with «و» (and), as written: «من هي ليفيت
# وماذا قالت؟», «and why did he leave?». Not «ما» or «من», which are also «not» and «from».
JOINED_ASKING = (
    "ماذا", "متى", "لماذا", "ليش", "ليه", "علاش", "كيف", "كيفاش", "شلون", "أين", "اين", "وين", "فين", "كم", "قديش",
    "قداش", "شحال", "شكد", "كام", "هل", "مين", "منو", "شكون", "شو", "شنو", "ايش", "إيش", "امتى", "إمتى", "وقتاش",
    "فوقاش", "why", "when", "where", "how", "what", "who", "which",
)
# «من هي ليفيت وماذا قالت» asks two things without a «؟» between them: «و» (and) before a
# question word starts a new one (`index.answers.questions_in`).
AND_ASKS = re.compile(rf"\s+(?=(?:و|and )(?:{'|'.join(JOINED_ASKING)})\b)", re.IGNORECASE)
# At a question's opening, «وما» and «ومن» ask too: «…؟ ومن يرأس OpenAI؟».
_OPENING_AND = re.compile(rf"^\s*(?:و|and\s+)(?=(?:{'|'.join((*JOINED_ASKING, 'ما', 'من'))})\b)", re.IGNORECASE)


def without_and(question: str) -> str:
    """`question` without the «و» (and) that joins it to one before: «وكم دفع ماسك؟» asks what
    «كم دفع ماسك؟» does, and its question word's cue reads the word bare."""
    return _OPENING_AND.sub("", question, count=1)


@dataclass(frozen=True)
class Cues:
    """What the question's wording, beyond its concepts, says is asked for (`PassageIndex.search`)."""

    what_is: bool = False  # «ما هو X؟»: a passage that opens with X
    companies: bool = False  # «ما الشركات…؟»: passages that name companies
    subject: bool = False  # only the story's subject: its first paragraph
    defines_subject: bool = False  # «ما هو X؟» with X the story's subject: the section headed X
    quantity: bool = False  # «كم…؟»: only a passage that states a quantity can answer
    future: bool = False  # «متى ستنتهي…؟»: only one that states a plan or the future
    who: bool = False  # «من سيدير…؟»: with `future`, a plan or a future verb, not an aim
    when: bool = False  # «متى…؟»: only one that states a time
    year: bool = False  # «في أي سنة…؟»: only one that states a year
    outcome: bool = False  # «هل ربح ماسك الدعوى؟»: only one that says who won or lost a case
    where: bool = False  # «أين…؟»: passages that state a place
    unstated_fact: bool = False  # asks for a fact no story states: none can answer
    wants: bool = False  # «وش يبي ماسك؟»: passages that state an aim or an attempt
    purpose: bool = False  # «شو بدها الإمارات؟» (no person wants it): passages that state an aim, more
    others_words: bool = False  # not «who…?»: a word another person's name follows is theirs
    languages: frozenset[str] = frozenset()  # «…بالفرنسية؟»: passages that give a name in them
    yes_no: bool = False  # «هل…؟», «Did…?»: what a place did needs a sentence naming it
    one_piece: bool = True  # no «؟» inside, no «و» before a question word: not a message of several


# Question openings that ask what or who something is, normalized: MSA, dialects, English.
_WHAT_IS = tuple(tuple(normalize(f).split()) for f in (
    "ما هو", "ما هي", "ماهو", "ماهي", "من هو", "من هي", "ماذا تكون", "ماذا يكون", "ما تكون", "ما يكون",
    "مين هو", "مين هي", "مين", "منو", "منهو", "شكون", "شو هو", "شو هي", "شو", "شنو", "شنهو", "ايش هو", "ايش",
    "وش هو", "وش", "ايه هو", "إيه هي", "يعني ايه", "what is", "what are", "who is", "who are", "what's",
))


_COMPANY_WORDS = frozenset(normalize(w) for w in (
    "شركة شركه شركات الشركة الشركه الشركات شركته شركتها شركتهم شركتي شركتين شركتان الشركتان الشركتين "
    "شركاء الشركاء شركا الشركا شريك الشريك شريكها شريكتها company companies firm firms"  # «الشركا»: the hamza unwritten
).split())


def is_company_word(word: str, known: frozenset[str] | None = None) -> bool:
    """A word for company (behind a clitic too); given the words `known` to be words, also one
    that is none of them and one phone slip from one of five letters or more («الشركت» is
    «الشركات»; «الشبكة», network, is a word)."""
    if in_or_behind_clitic(word, _COMPANY_WORDS):
        return True
    return known is not None and len(word) >= 5 and not in_or_behind_clitic(word, known) and any(
        is_typo_of(word, w) for w in _COMPANY_WORDS if len(w) >= 5
    )


NAME_WORDS = frozenset(normalize(w) for w in "اسم اسماء أسماء اسامي أسامي name names".split())
# Joining verbs of «which companies» questions («الشركات اللي دخلت», «which companies joined»).
TAKING_PART = frozenset(normalize(w) for w in (
    "دخل دخلت دخلوا دخلو دخلات داخله داخلين الداخلة الداخلين انخرطت انخرطوا انضم انضمت انضموا "
    "اتفقت اتفقوا اتفقو اشترك اشتركت اشتركوا شارك شاركت شاركوا تشارك يشارك يشاركون مشاركة المشاركة "
    "مساهمه المساهمه ساهمت ساهموا "
    "تشتغل بتشتغل يشتغل بيشتغل يشتغلوا بيشتغلوا شغالة شغاله شغالين "  # working in it
    "ضمن among "  # «هل كانت سوفت بانك ضمن المشروع؟» (among it)
    "join joined joining involved participate participated participating part partner partnered partnering"
).split())

# «مين أسس ستارجيت؟», «مين شارك بتأسيس ستارجيت؟»: who founded a project is who is in it, which
# companies. Only there: «ما الشركات التي أسست OpenAI؟» keeps the role check (founder and
# company in one sentence).
FOUNDED_PROJECT = TAKING_PART | frozenset(normalize(w) for w in (
    "أسس أسست أسسوا أسسو تأسيس بتأسيس لتأسيس founded found founding "
    "تحالف بتحالف التحالف بالتحالف فالتحالف coalition alliance consortium"  # «مين اللي اشترك بتحالف ستارجيت؟»
).split())


# «Which» before a company word: «التحالف فيه أي شركات؟» asks which companies, wherever it stands.
_WHICH_OF = frozenset(normalize(w) for w in "أي اي أية اية انهي انهو which".split())


def asks_for_companies(question: str, known: frozenset[str] | None = None) -> bool:
    """Whether the question asks which company: a company word (or, given the words `known`, a
    slip of one that is none of them) with only question words (and «اسم») before it — «ما الشركات…»,
    «مين الشركات…», «إيه اسم الشركة…», «which companies…» — not «لإدخال شركته», where the
    company is what the question is about. A blessing before it («الله يعافيك، مين الشركاء…»)
    is courtesy."""
    tokens = without_fillers(words(question))
    counted = [w for w in words(question) if w != _FROM_OR_WHO]
    if any(a in _HOW_MUCH and is_company_word(b) for a, b in zip(counted, counted[1:])):
        return True  # «…فيه شحال من شركة؟», «…كم شركة؟»: how many companies, wherever it is asked
    if any(a in _WHICH_OF and is_company_word(b) for a, b in zip(counted, counted[1:])):
        return True  # «التحالف فيه أي شركات؟», «…which companies?»: which ones, wherever it is asked
    for i, word in enumerate(tokens):
        if is_company_word(word, known):
            return True
        # English puts an adjective before the noun: «Which Emirati company…».
        before_company = word.isascii() and i + 1 < len(tokens) and is_company_word(tokens[i + 1])
        if word not in STOPWORDS and word not in NAME_WORDS and not before_company:
            return False
    return False


# The story itself, not something in it: «شو القصة؟», «لخصلي الخبر», «ما هو الموضوع باختصار؟»,
# «What is the story about?». Not «قصته» (his story), which is about someone asked of before.
_THE_STORY = frozenset(normalize(w) for w in (
    "قصة القصة قصه القصه سالفة السالفة شالسالفة شسالفة شالقصة حكاية الحكاية موضوع الموضوع خبر الخبر "
    "مقال المقال المقالة تقرير التقرير النص لخص لخصلي لخصلنا تلخص تلخصلي تلخصلنا تلخيص ملخص الملخص "
    "خلاصة الخلاصة نبذة باختصار بإيجاز story article news report summary summarize summarise gist"
).split())


def asks_for_the_story(question: str) -> bool:
    """Whether the question names the story itself («شو القصة؟», «لخص لي الخبر», «What is the
    story about?»): read only when it names nothing else, it asks what the story's lede says."""
    return any(in_or_behind_clitic(w, _THE_STORY) for w in words(question))


# A paragraph the reader names: every answer is cited «… — الفقرة 3», and readers point back at
# one («شو بالفقرة ٣؟», «ماذا تقول الفقرة الأولى؟», «آخر فقرة», «paragraph 2») or at the lede
# by its names («مطلع الخبر», «في بداية المقال», «the intro»). LAST stands for the story's last.
# Not bare «المقدمة» (the introduction): it is also «المتقدمة» (advanced) typed short.
LAST = -1
_PARAGRAPH = frozenset(normalize(w) for w in "فقرة فقره الفقرة الفقره paragraph para".split())
_NUMBER_WORDS = frozenset(normalize(w) for w in "رقم number no".split())
_ORDINALS = {normalize(w): n for n, forms in enumerate((
    "",
    "الأولى أولى الأول أول اول اولى الاول الاولى first 1st",
    "الثانية ثانية التانية تانية الثاني ثاني التاني تاني second 2nd",
    "الثالثة ثالثة التالتة تالتة الثالث ثالث التالت تالت third 3rd",
    "الرابعة رابعة الرابع رابع fourth 4th",
    "الخامسة خامسة الخامس خامس fifth 5th",
    "السادسة سادسة السادس سادس sixth 6th",
    "السابعة سابعة السابع سابع seventh 7th",
    "الثامنة ثامنة الثامن ثامن التامنة تامنة التامن تامن eighth 8th",
    "التاسعة تاسعة التاسع تاسع ninth 9th",
    "العاشرة عاشرة العاشر عاشر tenth 10th",
)) for w in forms.split()}
_ORDINALS.update({normalize(w): LAST for w in "الأخيرة أخيرة الأخير آخر اخر last final".split()})
_CARDINALS = {normalize(w): n for n, forms in enumerate((
    "", "واحد واحدة", "اثنين اتنين", "ثلاثة تلاتة", "أربعة اربعة", "خمسة", "ستة", "سبعة", "ثمانية تمانية", "تسعة",
    "عشرة",
)) for w in forms.split()}
# The story by the names readers give it, and its opening and its end: «مطلع الخبر», «أول
# المقال», «في نهاية التقرير», «ما الوصف الذي أطلقه التقرير على ماسك في مطلعه؟». Not «مطلع
# مايو» (early May), nor «قصته» (his story): the opening is the story's only beside its name.
_STORY_NOUNS = frozenset(normalize(w) for w in (
    "الخبر الخبرية المقال المقالة التقرير القصة النص story article report piece"
).split())
_OPENING = frozenset(normalize(w) for w in "مطلع بداية أول مقدمة مستهل افتتاحية beginning opening".split())
_ENDING = frozenset(normalize(w) for w in "نهاية آخر خاتمة ختام end".split())
_OWN_OPENING = frozenset(normalize(w) for w in "مطلعه بدايته أوله مقدمته مستهله افتتاحيته".split())
_OWN_ENDING = frozenset(normalize(w) for w in "نهايته آخره خاتمته ختامه".split())
_LEDE = frozenset(normalize(w) for w in "lede intro introduction".split())
_ENDING_ALONE = frozenset(normalize(w) for w in "الخاتمة خاتمة".split())
_POINTING = _PARAGRAPH | _STORY_NOUNS | _OPENING | _ENDING | _LEDE | _ENDING_ALONE | _OWN_OPENING | _OWN_ENDING


def paragraph_named(question: str) -> tuple[int, str] | None:
    """The paragraph `question` points at (1-based, or LAST) and the question without the words
    that point: «شو مكتوب بالفقرة ٣؟» → (3, «شو مكتوب»), «كيف وصف الخبر ماسك في بدايته؟» → (1,
    «كيف وصف ماسك في»); None when it names none («بحسب الفقرة» names no number)."""
    tokens = list(words(question))
    bare = [_bare_of(w) for w in tokens]
    has_story = any(b in _STORY_NOUNS for b in bare)
    for i, b in enumerate(bare):
        number, used = None, [i]
        if b in _PARAGRAPH:
            after = list(range(i + 1, min(i + 3, len(bare))))
            if after and bare[after[0]] in _NUMBER_WORDS:
                used.append(after[0])
                after = after[1:]
            if after:
                number = _number_of(bare[after[0]])
                used.append(after[0])
            if number is None and i > 0:
                number = _ORDINALS.get(bare[i - 1])
                used = [i - 2, i - 1, i] if i > 1 and bare[i - 2] == "the" else [i - 1, i]
        elif i + 1 < len(bare) and bare[i + 1] in _STORY_NOUNS and b in _OPENING | _ENDING:
            number, used = (1 if b in _OPENING else LAST), [i, i + 1]
        elif has_story and b in _OWN_OPENING | _OWN_ENDING:
            number = 1 if b in _OWN_OPENING else LAST
            used += [j for j, s in enumerate(bare) if s in _STORY_NOUNS]
        elif b in _LEDE or b in _ENDING_ALONE:
            number = 1 if b in _LEDE else LAST
        if number is not None:
            return number, " ".join(w for j, w in enumerate(tokens) if j not in used)
    return None


def _bare_of(word: str) -> str:
    """`word` without a clitic when that makes it a word `paragraph_named` reads («بالفقرة»)."""
    if word in _POINTING:
        return word
    return next((w for w in strip_clitics(word) if w in _POINTING), word)


def _number_of(word: str) -> int | None:
    """A paragraph's number as a reader writes it after «الفقرة»: «3», «الثالثة», «تلاتة», «3rd»."""
    if word.isdigit():
        return int(word)
    return _ORDINALS.get(word, _CARDINALS.get(word))


# «مين…», «who…»; «من» only where it opens the question («من هم…»): elsewhere it is «from».
_WHO = frozenset(normalize(w) for w in "مين منو شكون منهو مينو منهم who whose whom".split())
_FROM_OR_WHO = normalize("من")


def asks_who(question: str) -> bool:
    tokens = without_fillers(words(question))
    return not _WHO.isdisjoint(tokens) or tokens[:1] == (_FROM_OR_WHO,)


# Who founded, heads or owns a company, or what it makes, and who heads, rules or is minister of a
# place: asked with the name, answered where one sentence has both («شركة OpenAI التي يرأسها سام
# ألتمان», «الرئيس دونالد ترامب» beside «الإدارة الأمريكية»). A role is found
# in any of its family's forms: ISRI gives «تاسست» (typed without its hamza) another root than
# «تأسيس».
ROLE_FAMILIES = tuple(frozenset(normalize(w) for w in family.split()) for family in (
    "مؤسس مؤسسي المؤسس أسس أسسها أسسه أسست تأسيس تأسست تأسس أنشأ أنشأها أنشأه أنشأت founder founders founded",
    "رئيس رئيسة الرئيس يرأس يرأسها ترأس يترأس رئاسة مدير مديرة المدير يدير يديرها يقود يقودها تقود "
    "يحكم يحكمها حاكم حاكمها الحاكم حكام يتولى يتولاها تولاها يمسك "  # not «تولى», Maghrebi «become»
    "ceo chairman head boss ruler",
    "مالك مالكة المالك يملك يملكها تملك يمتلك يمتلكها تمتلك owner owns",
    "منتج منتجات منتجاتها منتجها تنتج ينتج تنتجه ينتجه تصنع يصنع تصنعه يصنعه شريحة شرائح رقائق رقاقة "
    "نموذج نماذج نموذجها product products produce produces chip chips",
    "وزير وزيرة الوزير الوزيرة وزراء minister ministers",
    "ممول ممولين ممولو يمول يمولها يمولون تمول تمويل مستثمر مستثمرون المستثمرون مستثمرين "
    "funder funders investor investors",
))
PLACE_ROLES = (ROLE_FAMILIES[1], ROLE_FAMILIES[4])  # a place has a head and ministers
# Who funds a company is a role of it; a project's funding is a sum its paragraph states («تمويل
# ستارجيت» is paragraph 9's «باستثمارات مبدئية…», which no sentence says beside its name).
COMPANY_ROLES = (ROLE_FAMILIES[5],)
# Words that give someone's voice: what they said, answered, thought or stood for. A question asking
# for the voice of someone the stories never give it to («ما رأي ألتمان في ماسك؟», «هل علقت مايكروسوفت؟»)
# is not answered by the paragraphs that only name them.
VOICE_WORDS = frozenset(normalize(w) for w in (
    "رد ردت ردة يرد ترد ردها رده ردهم ردود ردا رأي رأيه رأيها رايه رايها موقف موقفه موقفها علق علقت تعليق "
    "يعلق تعلق بيان بيانا بيانها بيانه صرح صرحت تصريح تصريحات قال قالت يقول تقول أكد أكدت مؤكدا مؤكدة "
    "أعرب أعربت أبلغ أبلغت أفاد أفادت كشف كشفت اعتذر اعتذرت اعتذار طالب طالبت نفى نفت "
    "اعترف اعترفت أشاد أشادت مشيدا مشيدة replied reply responded response said say says "
    "statement comment commented think thinks thought opinion view stance react reacted reaction"
).split())
# …and, in a story, a refusal or an approval («…على OpenAI…، لكن العرض قوبل بالرفض» is OpenAI's
# answer, «ترامب قد لا يوافق» Trump's) and «عبّر» (expressed). Not in a question: «ماذا قال ماسك عن
# احتمال رفض ترامب؟» asks for Musk's words, and there «عبر» is as often «via».
ANSWER_WORDS = VOICE_WORDS | frozenset(normalize(w) for w in "رفض رفضت الرفض بالرفض يوافق وافق عبر عبرت".split())
TITLES = frozenset(normalize(w) for w in (
    "رئيس رئيسة الرئيس الرئيسة مدير مديرة المدير المديرة وزير وزيرة الوزير الوزيرة مؤسس المؤسس"
).split())  # the role nouns that stand before a name as a title


# Question words that ask how much or how many, normalized (English: «how much», «how many»).
# Not «لكم» (for you), which a courtesy «شكرا لكم» brings.
_HOW_MUCH = frozenset(normalize(w) for w in (
    "كم بكم قديش بقديش قدي قداش أديش بأديش كام بكام لكام شكد شقد شكثر شحال بشحال اشحال قداه بقداه عدد حجم مقدار "
    "قيمة القيمة كلفة الكلفة تكلفة التكلفة"  # «ما قيمة العرض؟», «ما الكلفة…؟»: a value or a cost is a quantity
).split())


def asks_how_much(question: str, time_then_which: bool = False) -> bool:
    """«كم», «قديش», «how much»… With `time_then_which`, not «كم», «كام» or «قديش» right after a
    time noun: Egyptian «في شهر كام؟», «سنة كام؟» ask which month or year, a time (`asks_when`)."""
    tokens = words(question)
    if time_then_which:
        tokens = [b for a, b in zip(["", *tokens], tokens) if not (a in _TIME_NOUNS and b in _WHICH_AFTER)]
    return not _HOW_MUCH.isdisjoint(tokens) or any(
        a == "how" and b in ("much", "many", "big", "large", "long") for a, b in zip(tokens, tokens[1:])
    )


# Question words that ask where or when, normalized: a place or a time is a fact in one paragraph.
_WHEN = frozenset(normalize(w) for w in (
    "متى امتى إمتى امتا ايمتى إيمتى متين وقتاش فوقاش امته ايمته شوكت when"
).split())
WHERE = frozenset(normalize(w) for w in "أين اين وين فين منين لوين لفين فوين where".split())
_WHERE_WHEN = _WHEN | WHERE


# «في أي سنة…؟», «أي يوم…؟», «ما تاريخ…؟», «what year…?» ask when too.
_WHICH = frozenset(normalize(w) for w in "أي اي أية اية ايه يا ما اشمن أشمن انهي أنهي انهو أنهو which what".split())
_TIME_NOUNS = frozenset(normalize(w) for w in "سنة سنه عام تاريخ يوم شهر year date day month".split())
# …and after one: «سنة كم…؟», Egyptian «في شهر كام؟».
_WHICH_AFTER = frozenset(normalize(w) for w in "كم كام قديش اي ايه إيه".split())


def asks_when(question: str, time_then_which: bool = False) -> bool:
    """«متى», «when», or «which»/«what» before a time noun («في أي سنة», «ما تاريخ»); with
    `time_then_which`, also after one, as Egyptian and Levantine ask («في شهر كام», «سنة قديش»)."""
    tokens = words(question)
    return not _WHEN.isdisjoint(tokens) or any(
        (a in _WHICH and b in _TIME_NOUNS) or (time_then_which and a in _TIME_NOUNS and b in _WHICH_AFTER)
        for a, b in zip(tokens, tokens[1:])
    )


_YEARS = frozenset(normalize(w) for w in "سنة سنه عام year".split())
_DATE_NOUNS = _TIME_NOUNS - _YEARS


def _which_bare(question: str) -> list[str]:
    """The question's words, «which» without the clitic it is written with: «بأي», Iraqi «بيا»."""
    return [w[1:] if w[:1] in "بل" and w[1:] in _WHICH else w for w in words(question)]


def date_nouns_asked(question: str, time_then_which: bool = False) -> frozenset[str]:
    """The month, day or date a question asks for («في أي شهر…», «ما تاريخ…»): like «الشركات»
    in «which companies», the word says what the answer is, a paragraph that gives one. Not a
    year: «سنة» finds the stories' «عام» before a year."""
    tokens = _which_bare(question)
    pairs = list(zip(tokens, tokens[1:]))
    after = {a for a, b in pairs if time_then_which and a in _DATE_NOUNS and b in _WHICH_AFTER}  # «شهر كام»
    return frozenset(after | {b for a, b in pairs if a in _WHICH and b in _DATE_NOUNS})


_COUNTRY_NOUNS = frozenset(normalize(w) for w in "دولة دوله بلد البلد بلاد ديرة ديره مكان country place".split())


def country_nouns_asked(question: str) -> frozenset[str]:
    """The country or place a question asks for («بأي دولة كان ماسك…», «إلى أي بلد رافق…», «بأي
    مكان كان…»): the word says what the answer is, a place, not a word to find (paragraph 2's
    «دولة الإمارات» is no answer to where Musk was). Not a city: a city is a fact news seldom
    states (`fact_phrases`)."""
    tokens = _which_bare(question)
    return frozenset(b for a, b in zip(tokens, tokens[1:]) if a in _WHICH and b in _COUNTRY_NOUNS)


def asks_year(question: str) -> bool:
    """«في أي سنة…؟», «سنة كم…؟», «what year…?»: a year is asked, not only a time."""
    tokens = words(question)
    return any(
        (a in _WHICH and b in _YEARS) or (a in _YEARS and b in _WHICH_AFTER) for a, b in zip(tokens, tokens[1:])
    )


def asks_where_or_when(question: str) -> bool:
    return not _WHERE_WHEN.isdisjoint(words(question)) or asks_when(question)


FUTURE_WORDS = frozenset(normalize(w) for w in (
    "سوف سيتم ستتم will won't wont القادمة القادم المقبلة المقبل الجاية الجاي next "  # «سيتم»: too short for the verb
    "مستقبلا مستقبلاً مستقبلًا قريبا "  # in future, soon
    "رح غادي غادية غاديين"  # Levantine and Iraqi «رح», Maghrebi «غادي»: will (not «راح», also «went»)
).split())


# «أن» and its kin: a future after them is reported («لما عرف أن OpenAI ستقود المشروع»).
THAT = frozenset(normalize(w) for w in "أن ان إن بأن بان انه أنه إنه انو إنو that".split())


# What opens a yes/no question, fillers aside.
YES_NO = frozenset({("هل",), ("واش",), ("is",), ("are",), ("was",), ("did",), ("does",), ("do",), ("has",), ("will",)})


# «Want» of someone else (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, MSA, English); not «بدي»,
# «أبغى», «أريد» (I want), which ask to know.
WANTS = frozenset(normalize(w) for w in (
    "يبي تبي يبون يبغى تبغى يبغي تبغي يبغون بدو بده بدها بدهم عايز عايزة عايزه عايزين عاوز عاوزة عاوزه عاوزين "
    "يريد تريد يريدون يريده تريده يريدها أراد اراد أرادت ارادت أرادوا أراده اراده بغا بغات بغاو بغاها "
    "يبيها يبيه يبغاه يبغاها كيبغي كتبغي كيبغيو مبغاه مبغاها مبغاهم مراده مرادها مرادهم ناوي ناويه ناوية ناويين ينوي تنوي "
    "ريده ريدها ريدهم عبالو عباله عبالها عبالهم want wants wanted "
    "شتريد شيريد شتبي شيبي شتبغى شيبغى "  # Iraqi and Gulf «what» fused to «wants»: «الإمارات شتريد…؟»
    # What one aspires to is what one wants («إلى ماذا تطمح الإمارات؟»), and a project's aims
    # («ما أهداف مشروع ستارجيت؟»: paragraph 2's «تهدف», not paragraph 1's «دوافعه», which the
    # motives line also finds); not «تهدف», which stories state in the same word (ARCD −1 when
    # it was here).
    "تطمح يطمح يطمحون طموح طموحه طموحها طموحات aim aims أهداف اهداف الأهداف الاهداف"
).split())


def asked_languages(question: str) -> frozenset[str]:
    tokens = words(question)
    return frozenset(lang for i in range(len(tokens)) if (lang := language_at(tokens, i)) is not None)


_HOW_OR_WHERE = frozenset(normalize(w) for w in "كيف ازاي إزاي شلون كيفاش".split()) | WHERE
_MY_MODALS = frozenset(normalize(w) for w in (
    "أقدر اقدر بقدر نقدر بنقدر أستطيع استطيع نستطيع يمكنني يمكننا بإمكاني بامكاني بامكانا بإمكاننا"
).split())
_HOW_DO_I = re.compile(r"\b(?:how|where) (?:do|can|could|should|would|may|shall) (?:i|we)\b|\bhow to\b", re.IGNORECASE)


def asks_how_to(question: str, vocabulary: frozenset[str], names: frozenset[str], names_someone: bool) -> bool:
    """Whether the question asks how or where the reader can do something: «How can I…»,
    «كيف/وين» before a first-person «I can» («أقدر», «يمكنني»), or before a verb the reader
    typed with «أ» (I) that no story uses («كيف أسجل؟»; «أبلغ» is the story's «he told»).
    When the question names someone, that verb may be their past tense: «كيف أقنع ماسك…؟»
    (a name or title next), «كيف أثرت رسائل ماسك…؟» (her/its «ـت»), «كيف أفضى تدخل ماسك…؟» (his
    «ـى»: I would write «أفضي»); «كيف أستثمر في xAI؟» is not."""
    if _HOW_DO_I.search(question):
        return True
    raw = re.findall(r"\w+", dediacritize(question))
    for first, second, third in zip(raw, raw[1:], [*raw[2:], ""]):
        if normalize(first) not in _HOW_OR_WHERE:
            continue
        bare = normalize(second)
        if bare in _MY_MODALS:
            return True
        if second.startswith("أ") and len(bare) >= 4 and bare not in vocabulary and not second.endswith("ى"):
            if not names_someone:
                return True
            after = normalize(third)
            if not bare.endswith("ت") and after not in names and after not in TITLES:
                return True
    return False


def asks_what_is(question: str, or_last: bool = False) -> bool:
    """«ما هو X؟», «شو يعني X؟»; with `or_last`, also «X شو هو؟» (a frame of two words, last)."""
    opening = without_fillers(words(question))
    return any(opening[: len(frame)] == frame for frame in _WHAT_IS) or or_last and any(
        len(frame) == 2 and opening[-2:] == frame for frame in _WHAT_IS
    )


def asks_outcome(question: str) -> bool:
    """Whether the question asks who won or lost a case: a word of winning or losing and one of a
    court or a lawsuit («هل ربح ماسك الدعوى؟», «من فاز بالقضية؟», «Who will win the lawsuit?»)."""
    tokens = words(question)
    return any(in_or_behind_clitic(w, OUTCOME_WORDS) for w in tokens) and any(
        in_or_behind_clitic(w, COURT_WORDS) for w in tokens
    )
