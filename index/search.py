"""BM25 over passages and their sentences: build once from stories, rank passages for a question.

A passage's score mixes two views, each summed over several analyzers:

* the whole passage (body + story title + section heading), because readers ask
  with the words of titles and headings («موقف البيت الأبيض»);
* its best sentence, because an answer usually sits in one sentence and a long
  passage should not win merely by being long.

Several analyzers (ISRI roots, character trigrams) are summed, weighted,
because each rescues words the other mangles. The sum is then multiplied by
small boosts (`SearchSettings`): how much of the question the passage covers,
and one sentence covers; how much of its exact wording the passage shares;
for «ما هو X؟», whether the passage opens with X; for «ما الشركات…؟», how many
companies it names; how many of the people and companies the question names it
names too; for a question about the story's subject alone, whether it is the story's
first paragraph; for «what does X want», whether it states an aim or an attempt; for a name
asked in a language, whether it gives one in that language's script. docs/retrieval.md has
the measurements behind every default. rank-bm25 does the scoring; this module decides what
a document is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np
from index.analyzer import ANALYZERS, Analyzer, words
from index.bm25 import BM25_VARIANTS, BM25Lucene
from index.expansion import (
    Concept,
    Lexicon,
    closest_words,
    company_names,
    default_lexicon,
    fact_phrases,
    is_typo_of,
    mine_aliases,
    name_phrases,
    person_groups,
    person_phrases,
    place_phrases,
    project_and_place_phrases,
    quantity_words,
    strip_clitics,
)
from index.normalize import dediacritize, normalize
from index.sentences import sentence_spans
from index.stopwords import STOPWORDS, without_fillers
from index.stories import Passage, Story

__all__ = ["Hit", "PassageIndex", "SearchSettings"]

# Questions differ, their concepts mostly do not: a new question is usually known words
# in a new order. Each index memoizes per-concept work (spelling, scores, where it occurs)
# for this many concepts, so answering costs little more than adding cached arrays.
CONCEPT_CACHE = 16_384
RANKING_CACHE = 4096  # rankings kept per index, keyed by the question's concepts


@dataclass(frozen=True)
class SearchSettings:
    """Knobs measured in docs/retrieval.md; the defaults are the measured best."""

    # (name in index.analyzer.ANALYZERS, weight of its score)
    analyzers: tuple[tuple[str, float], ...] = (("isri", 1.0), ("surface", 0.2), ("trigram", 0.5))
    variant: str = "lucene"
    k1: float = 1.2
    b: float = 0.9
    sentence_b: float = 0.5
    title_weight: int = 3  # times the story title is added to each passage and sentence
    # …but not counted in IDF (Lucene variant): the title is in every passage, so its words
    # («الإمارات», «ستارجيت») had the IDF of a function word and the paragraphs that state them
    # in their own text («ستارجيت الأمريكي», «OpenAI بالإمارات») could not be told from the rest.
    # Coverage, hence abstention, still weighs words by IDF with the title.
    idf_without_title: bool = True
    heading_weight: int = 1  # the same for the section heading
    passage_share: float = 0.7  # passage score share; the best sentence gets the rest
    expand: bool = True  # add lexicon and story aliases to questions (index.expansion)
    fuzzy: bool = True  # match words the stories never use to story words one or two edits away
    alternative_weight: float = 0.5  # weight of the terms expansion adds, relative to those asked
    # The analyzer that decides which words are known and how much of a question a
    # passage covers (abstention); it need not be one that ranks.
    coverage_analyzer: str = "isri"
    # A second analyzer for concepts the coverage analyzer finds nowhere: ISRI misreads some
    # forms («منصبه» → «صبه», «وتولى» → «وتل») that a light stem reads right («منصب», «تول»).
    # Only then: beside ISRI's matches its own looser ones («باسم» → «اسم») would be noise.
    coverage_fallback: str = "light"
    # A word whose root the stories use but never this form of it keeps its lexicon wordings,
    # at full weight: dialect «طلع من» (left) shares a root with «مطلعة» (informed), «رئيس»
    # with «رئاسته»; the root match is then a guess no better than the synonyms.
    root_match_synonyms: bool = True
    # A word whose root the stories use but not its form, one typo from a form they use that has
    # another root, is searched as that form: the shared root is a coincidence («والامارت» is
    # «والإمارات», not «استمرت»). Own +2, ARCD +2 per-article.
    root_typos: bool = True
    # «Who» asking after a project or a place and nothing else — «ستارجيت الإمارات مين فيها؟»,
    # «منو اشترك بستارجيت الإمارات؟» — asks which companies are in it: the «which companies» cue
    # (the paragraph naming them), not the lede. Own +5, ARCD ±0.
    who_takes_part: bool = True
    unknown_weight: float = 1.0  # coverage weight of an unknown word, relative to the rarest known one
    # A question asking for a kind of fact news stories seldom state — age, birth, salary,
    # headquarters, staff, family… (the «Facts» section of index/lexicon/synonyms.txt) — that no
    # story states is most likely off-topic: that word's coverage weight × this («متى ولد سام
    # ألتمان؟» covered 0.42 of itself with Altman's name alone, and was answered).
    unstated_fact_weight: float = 2.0
    # Such a fact, and a name of the lexicon's lists below, is looked for by light stem, not by
    # root: ISRI finds «أتعلم» (learn) in «عالمي» (global) and «الاتحاد الأوروبي» in «المتحدة»;
    # «كيف أتعلم الذكاء الاصطناعي؟» was answered.
    unstated_by_stem: bool = True
    # The same for a person, company or place of the lexicon's lists («قطر», «Google») that no
    # story names: a question about it is most likely about something else.
    unstated_names: bool = True
    coverage_boost: float = 1.0  # score × (1 + boost × coverage)
    sentence_coverage_boost: float = 1.0  # score × (1 + boost × best sentence's coverage)
    # «ما هو X؟» / «مين X؟» with X alone: score × (1 + boost) for passages that open with X
    # (within their first `definition_window` terms), where a text says what X is.
    definition_boost: float = 0.3
    definition_window: int = 1
    # The question's own wording found verbatim: score × (1 + boost × the share of the question's
    # adjacent term pairs, in `wording_analyzer`'s terms, that the passage also has). With
    # character trigrams a pair is a four-letter stretch of a word or two words side by side.
    # A section heading's wording counts as its passage's («ستارجيت في الإمارات» heads paragraph 2).
    wording_boost: float = 0.15
    wording_analyzer: str = "trigram"
    # «Which companies…?»: the answer names companies rather than saying «شركة» (the word's root
    # matches «مشاركة» and «شارك» instead). Score × (1 + boost × min(companies named, cap) / cap)
    # for questions that ask which company, counting the companies of index/lexicon/aliases.txt.
    # A cap of 3 scored a list of five like one of three (the UAE alliance like the US one): 5 is +4 −1.
    company_boost: float = 0.5
    company_cap: int = 5
    # A question that names someone or something the stories name (index/lexicon/aliases.txt,
    # aliases a story states) wants a paragraph that names it: score × (1 + boost × the share
    # of those names the paragraph has). «ما دور G42 في المشروع؟» went to «بدوره» without it;
    # names in the story title are in every paragraph's text, so they change nothing.
    name_boost: float = 0.5
    # A Latin name the stories also write in Arabic scores at most like its commonest spelling
    # (see _View._concept_scores): «How much will the US Stargate grow to?» went to the lede.
    latin_names_as_commonest: bool = True
    # …and the other way: a Latin spelling that only expansion adds to an Arabic word («stargate»
    # for «بستارجيت», which the lede writes in parentheses) scores at most like the commonest
    # Arabic spelling: the paragraphs that write the name in Latin took every question naming it.
    latin_alternatives_as_commonest: bool = True
    # In a «which companies» question, taking part — a word with the company word's root
    # («المشاركة», «الشراكة») or a joining verb («دخلت», «انضمت», «joined»: _TAKING_PART) — is
    # what every answer company did: like «الشركات» itself it says what is asked for. As search
    # words they found «مشاركة OpenAI», «شركته» and «إدخال شركته» in paragraphs that list none.
    taking_part_is_answer_type: bool = True
    # Spelling, when a word has no story word one typo away: the word and story words both
    # without their clitics, for words of six letters or more («الاستتمارات» → «استثمارات», which
    # the story writes only as «باستثمارات»). benchmarks/typos.py: doubled letters 0.874 → 0.893.
    bare_spelling: bool = True
    # Spelling against the lexicon's words, for a word with no story word one typo away: readers
    # misspell the words the story does not use too («مش مبسوظ» is «مش مبسوط», which the lexicon
    # knows as «امتعاض»).
    lexicon_spelling: bool = True
    # Iraqi and Gulf «ك» typed for a spoken «ق» («كال», «وكت»): read as the «ق» word the stories,
    # the lexicon or the function words have.
    spoken_qaf: bool = True
    # And a short word behind a clitic, whose core is too short for edit distance: one phone
    # slip (`is_typo_of`) from a story word's core of the same length, if only one is
    # («للعرص» → «العرض»). benchmarks/typos.py: swapped letters 0.903 → 0.913.
    short_slips: bool = True
    # …or a letter dropped or doubled, from four letters: «التالف» is «تحالف» («التحالف»
    # without its «ح»). benchmarks/typos.py: letter dropped 0.873 → 0.879, doubled 0.943 → 0.944;
    # own sets and ARCD unchanged.
    short_drops: bool = True
    # A concept found only through its lexicon wordings (the asked form unused) is found where
    # a wording's light stem is, when it is anywhere: by ISRI root, «أبلغ» (told) is also in
    # «بمبلغ» (an amount) and «بلغت» (amounted to). Else by root, as the rest.
    alternatives_light_first: bool = True
    # «كم…؟», «قديش…؟», «ما عدد…؟», «how much…?» ask for a quantity: a passage that states none (no
    # number — «G42» is a name —, no number word, no «عدة»; for «كم شركة…؟» no list of companies)
    # covers nothing of such a question, however many of its words it has («كم عدد موظفي xAI؟»
    # found xAI's paragraph). The ranking is unchanged; only the coverage the answer layer reads.
    quantity_check: bool = True
    # A question about nothing but the story's subject — every concept in its title, no place,
    # time, amount or company asked for: «شو قصة ماسك مع مشروع الإمارات؟», «ما هو السرطان؟» —
    # asks what the story is about, which its first paragraph says: score × (1 + boost) there.
    # Title words are matched by light stem (ISRI gives «الأمريكي» and «الإمارات» one root).
    title_lede_boost: float = 0.3
    # …but «ما هو X؟» (or «X شو هو؟») with X the story's subject asks what X is, which the one
    # section headed by X says («تحالف دولي لتأسيس مشروع ستارجيت في الإمارات»), not the lede that
    # names it: score × (1 + boost) there. Not when several headings name X, nor asked of a person.
    # +4, none lost (×0.3: +2; ×0.8, ×1.0 the same as 0.5).
    subject_heading_boost: float = 0.5
    # «متى ستنتهي الدعوى؟», «Will Trump visit the UAE?» ask what will happen: a passage that states
    # no plan, aim or future («سـ», «قد», «خطط», «تهدف») covers nothing of them — like the «how
    # much» check, only the coverage the answer layer reads. A «سـ» after «أن» is reported.
    future_check: bool = True
    # And «متى…؟», «when…?» by a paragraph that states a time: a date, a number, a time word
    # («خلال», «بعد», «لحظة», a month). «متى أسس ماسك شركة xAI؟» found xAI's paragraph, which has none.
    when_check: bool = True
    # «في أي سنة…؟», «سنة كم…؟», «what year…?» by a paragraph that gives a year (four digits), not
    # by one that gives only a month («في بداية مايو»). +1 out-of-scope declined, none lost.
    year_check: bool = True
    # And a yes/no question about a person («هل حضر ألتمان توقيع الاتفاق؟») only where the
    # paragraph (with its story's title) names them: paragraph 6 says Musk was not there. +1
    # out-of-scope declined, none lost.
    person_yes_no_check: bool = True
    # Of the paragraphs that state a time, «when» prefers those giving a date (a month, a number)
    # to a duration or a word of sequence («لعدة أيام», «بعد»): ×1.3. Own +2 −1, ARCD +1.
    date_boost: float = 0.3
    # And «where» prefers paragraphs naming a place (a place of the lexicon, «تقع», «مدينة»…): ×1.3.
    # Own +1, ARCD ±0.
    place_boost: float = 0.3
    # Who founded, heads or owns a company the question names, or what it makes («من هو مؤسس
    # شركة أوراكل؟», «متى تأسست G42؟», «ما اسم أحدث شريحة من إنفيديا؟»): only a paragraph with one
    # sentence holding both the role and the name can answer (title and heading aside). 27
    # out-of-scope questions declined; one lost (Maghrebi «يدير» is «to do»). A place's head or
    # minister too («من هو وزير الخارجية الإماراتي؟»): 7 more declined, none lost; not its
    # founder, owner or products («تأسيس المركز في الإمارات» is about the centre: +1). A role's
    # noun before a person's name is a title («الرئيس ترامب»), not asked: +1, none lost. Ranking
    # is unchanged, so ARCD P@1 too.
    role_check: bool = True
    # A yes/no question about what a place did or does («هل تدعم السعودية مشروع ستارجيت؟», «هل
    # تنوي xAI بناء مركز في السعودية؟») only where one sentence names the place and something
    # else the question asks; the story's paragraph 6 names Saudi Arabia for Musk's visit only.
    # Places in a story's title are in every paragraph's context and are not asked about. +6
    # out-of-scope declined, one answerable lost; for every question, not only yes/no, 67 fewer
    # answered right («ما الذي أقلق ماسك خلال لقائه في السعودية؟» names the place apart from it).
    # A nisba after a noun describes the noun («هل حضر رجل الأعمال الأمريكي…؟») and is not asked
    # about: +1, none lost (round 16).
    place_claim_check: bool = True
    # …and the same of a company («هل تدعم مايكروسوفت مشروع الإمارات؟»: paragraph 8 names
    # Microsoft for OpenAI's alliance only). +2 out-of-scope declined, none lost.
    company_claim_check: bool = True
    # «When will…?» («متى ستنتهي أعمال البناء؟») by a sentence stating both a time and the
    # future, not by a paragraph with a past date in one sentence and an aim in another. +2 −0.
    future_time_check: bool = True
    # A question that asks for a kind of fact news seldom states (the «Facts» of the lexicon) —
    # as its first concept («ما هي مساحة مركز ستارجيت؟», «ما اسم والد ماسك؟») or beside «how
    # much» / «when» («كم عدد موظفي وزارة الكفاءة؟», «متى ولد ألتمان؟») — when no story states
    # it: no passage covers anything of it, however many of its other words one has.
    unstated_fact_check: bool = True
    # «كيف أسجل في دورة؟», «وين أقدر أشتغل؟», «How can I invest in AI?»: the reader asks what
    # to do themselves, which a news story never says: declined. +3 out-of-scope, none lost.
    how_to_check: bool = True
    # «وش يبي ماسك؟», «شو بدها الإمارات من ستارجيت؟», «What does the UAE want?»: «want» is a
    # function word everywhere else («بدي أعرف»), so such a question kept only its subject. Asked
    # of someone else (not «I want…»), it asks for an aim or an attempt: score × (1 + boost) for
    # passages (with their heading) that state one («تهدف», «حاول», «محاولات»).
    want_boost: float = 0.3
    # …and when no person of the lexicon is the one who wants («شو بدها الإمارات من ستارجيت؟»), a
    # stated aim («تهدف», «تطمح») × (1 + aim_boost) again: a country or a project has aims, a
    # person attempts as often. +5, none lost (without the person test +5 −2); ×1.15–1.6 the same.
    aim_boost: float = 0.3
    # «ما اسم الموناليزا بالفرنسية؟», «ماذا تسمى فلسطين بالعبرية؟»: the name in a language is given
    # where the text writes «(بالفرنسية: La Joconde)» — the language, then the name in its own
    # script: score × (1 + boost) there, for a question that asks in that language.
    language_name_boost: float = 1.0
    # Words said of someone else: a question about a person («ما الشركات التي يرأسها ماسك؟»)
    # shares «يرأسها» with the lede's «OpenAI التي يرأسها سام ألتمان». In Arabic the subject
    # follows its verb, so a word that a sentence follows with another person's name, in a
    # sentence naming none of the question's people, is that person's: a passage where every
    # use of one of the question's words is so scores × (1 − penalty). Not for «who…?», which
    # asks for that person. Own sets +3 −1 (a penalty of 0.3 to 0.9 the same); ARCD unchanged.
    others_word_penalty: float = 0.5


@dataclass(frozen=True)
class Hit:
    """A passage ranked for a question, with the evidence the answer layer needs."""

    passage: Passage
    score: float
    coverage: float  # share of the question's IDF mass found in this passage, 0..1
    sentence: tuple[int, int]  # span of the best-matching sentence in passage.text


@dataclass(frozen=True)
class _Cues:
    """What the question's wording, beyond its concepts, says is asked for (`PassageIndex.search`)."""

    what_is: bool = False  # «ما هو X؟»: a passage that opens with X
    companies: bool = False  # «ما الشركات…؟»: passages that name companies
    subject: bool = False  # only the story's subject: its first paragraph
    defines_subject: bool = False  # «ما هو X؟» with X the story's subject: the section headed X
    quantity: bool = False  # «كم…؟»: only a passage that states a quantity can answer
    future: bool = False  # «متى ستنتهي…؟»: only one that states a plan or the future
    when: bool = False  # «متى…؟»: only one that states a time
    year: bool = False  # «في أي سنة…؟»: only one that states a year
    where: bool = False  # «أين…؟»: passages that state a place
    unstated_fact: bool = False  # asks for a fact no story states: none can answer
    wants: bool = False  # «وش يبي ماسك؟»: passages that state an aim or an attempt
    purpose: bool = False  # «شو بدها الإمارات؟» (no person wants it): passages that state an aim, more
    others_words: bool = False  # not «who…?»: a word another person's name follows is theirs
    languages: frozenset[str] = frozenset()  # «…بالفرنسية؟»: passages that give a name in them
    yes_no: bool = False  # «هل…؟», «Did…?»: what a place did needs a sentence naming it


def _worded_as(concept: Concept, phrases: frozenset[str]) -> bool:
    """Whether the concept, as asked or in one of its alternatives, is one of `phrases`."""
    return concept.text in phrases or not phrases.isdisjoint(concept.alternatives)


def _minimal(wordings: list[list[str]]) -> list[list[str]]:
    """Wordings that do not contain another one's terms: «ترامب», not also «دونالد ترامب»."""
    sets = [frozenset(w) for w in wordings]
    # An empty wording (only stopwords, «وين راح») is nobody's part: it must not remove the others.
    return [w for w, own in zip(wordings, sets) if own and not any(other and other < own for other in sets)]


# Question openings that ask what or who something is, normalized: MSA, dialects, English.
_WHAT_IS = tuple(tuple(normalize(f).split()) for f in (
    "ما هو", "ما هي", "ماهو", "ماهي", "من هو", "من هي", "ماذا تكون", "ماذا يكون", "ما تكون", "ما يكون",
    "مين هو", "مين هي", "مين", "منو", "منهو", "شكون", "شو هو", "شو هي", "شو", "شنو", "شنهو", "ايش هو", "ايش",
    "وش هو", "وش", "ايه هو", "إيه هي", "يعني ايه", "what is", "what are", "who is", "who are", "what's",
))


_COMPANY_WORDS = frozenset(normalize(w) for w in (
    "شركة شركه شركات الشركة الشركه الشركات شركته شركتها شركتهم شركتي شركتين شركتان الشركتان الشركتين "
    "شركاء الشركاء company companies firm firms"
).split())


def _in_or_behind_clitic(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether `word`, as written or without a leading clitic («وأوراكل», «لعدة»), is in `vocabulary`."""
    return word in vocabulary or not vocabulary.isdisjoint(strip_clitics(word))


def _is_company_word(word: str) -> bool:
    return _in_or_behind_clitic(word, _COMPANY_WORDS)


# Letters that end inflections («مكانا», «مكانه», «مكاني»): a last-letter change among them is
# grammar, not a typo.
_ENDINGS = frozenset("اهيتنو")
_NAME_WORDS = frozenset(normalize(w) for w in "اسم اسماء أسماء اسامي أسامي name names".split())
# Joining verbs of «which companies» questions («الشركات اللي دخلت», «which companies joined»).
_TAKING_PART = frozenset(normalize(w) for w in (
    "دخل دخلت دخلوا دخلو دخلات داخله داخلين انضم انضمت انضموا اتفقت اتفقوا اتفقو "
    "اشترك اشتركت اشتركوا شارك شاركت شاركوا مساهمه المساهمه ساهمت ساهموا "
    "join joined joining involved participate participated participating part partner partnered partnering"
).split())


def _asks_for_companies(question: str) -> bool:
    """Whether the question asks which company: a company word with only question words (and
    «اسم») before it — «ما الشركات…», «مين الشركات…», «إيه اسم الشركة…», «which companies…» —
    not «لإدخال شركته», where the company is what the question is about. A blessing before it
    («الله يعافيك، مين الشركاء…») is courtesy."""
    tokens = without_fillers(words(question))
    counted = [w for w in words(question) if w != _FROM_OR_WHO]
    if any(a in _HOW_MUCH and _is_company_word(b) for a, b in zip(counted, counted[1:])):
        return True  # «…فيه شحال من شركة؟», «…كم شركة؟»: how many companies, wherever it is asked
    for i, word in enumerate(tokens):
        if _is_company_word(word):
            return True
        # English puts an adjective before the noun: «Which Emirati company…».
        before_company = word.isascii() and i + 1 < len(tokens) and _is_company_word(tokens[i + 1])
        if word not in STOPWORDS and word not in _NAME_WORDS and not before_company:
            return False
    return False


# «مين…», «who…»; «من» only where it opens the question («من هم…»): elsewhere it is «from».
_WHO = frozenset(normalize(w) for w in "مين منو شكون منهو مينو منهم who".split())
_FROM_OR_WHO = normalize("من")


def _asks_who(question: str) -> bool:
    tokens = without_fillers(words(question))
    return not _WHO.isdisjoint(tokens) or tokens[:1] == (_FROM_OR_WHO,)


# Who founded, heads or owns a company, or what it makes, and who heads or is minister of a
# place: asked with the name, answered where one sentence has both («شركة OpenAI التي يرأسها سام
# ألتمان», «الرئيس دونالد ترامب» beside «الإدارة الأمريكية»). A role is found
# in any of its family's forms: ISRI gives «تاسست» (typed without its hamza) another root than
# «تأسيس».
_ROLE_FAMILIES = tuple(frozenset(normalize(w) for w in family.split()) for family in (
    "مؤسس مؤسسي المؤسس أسس أسسها أسسه أسست تأسيس تأسست تأسس founder founders founded",
    "رئيس رئيسة الرئيس يرأس يرأسها ترأس يترأس رئاسة مدير مديرة المدير يدير يديرها يقود يقودها تقود "
    "ceo chairman head boss",
    "مالك مالكة المالك يملك يملكها تملك يمتلك يمتلكها تمتلك owner owns",
    "منتج منتجات منتجاتها منتجها تنتج ينتج تنتجه ينتجه تصنع يصنع تصنعه يصنعه شريحة شرائح رقائق رقاقة "
    "نموذج نماذج نموذجها product products produce produces chip chips",
    "وزير وزيرة الوزير الوزيرة وزراء minister ministers",
))
_PLACE_ROLES = (_ROLE_FAMILIES[1], _ROLE_FAMILIES[4])  # a place has a head and ministers
_TITLES = frozenset(normalize(w) for w in (
    "رئيس رئيسة الرئيس الرئيسة مدير مديرة المدير المديرة وزير وزيرة الوزير الوزيرة مؤسس المؤسس"
).split())  # the role nouns that stand before a name as a title


def _companies_named(tokens: tuple[str, ...]) -> int:
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


# Question words that ask how much or how many, normalized (English: «how much», «how many»).
# Not «لكم» (for you), which a courtesy «شكرا لكم» brings.
_HOW_MUCH = frozenset(normalize(w) for w in (
    "كم بكم قديش بقديش قدي قداش كام بكام لكام شكد شقد شكثر شحال بشحال اشحال قداه بقداه عدد حجم مقدار"
).split())


def _asks_how_much(question: str) -> bool:
    tokens = words(question)
    return not _HOW_MUCH.isdisjoint(tokens) or any(
        a == "how" and b in ("much", "many") for a, b in zip(tokens, tokens[1:])
    )


def _is_number(word: str) -> bool:
    """«300», «97.4», «2015», «ال97» — not a name with a digit in it («G42»)."""
    digits = word.removeprefix("ال").replace(".", "").replace(",", "")
    return digits.isdigit()


def _states_quantity(text: str) -> bool:
    """Whether `text` states a quantity: a digit, or a number or quantity word (behind a clitic too)."""
    quantities = quantity_words()
    return any(
        _is_number(w) or _in_or_behind_clitic(w, quantities)
        for w in words(text)
    )


# Question words that ask where or when, normalized: a place or a time is a fact in one paragraph.
_WHEN = frozenset(normalize(w) for w in (
    "متى امتى إمتى امتا ايمتى إيمتى متين وقتاش فوقاش امته ايمته شوكت when"
).split())
_WHERE = frozenset(normalize(w) for w in "أين اين وين فين منين لوين لفين فوين where".split())
_WHERE_WHEN = _WHEN | _WHERE
_PLACE_WORDS = frozenset(normalize(w) for w in (
    "يقع تقع يقعان تقعان موقع موقعها موقعه شمال جنوب شرق غرب شمالا جنوبا شرقا غربا قارة مدينة عاصمة "
    "ولاية محافظة منطقة إقليم اقليم حدود يحد تحد يحدها تحدها بلدة قرية جزيرة ساحل"
).split())


# «في أي سنة…؟», «أي يوم…؟», «ما تاريخ…؟», «what year…?» ask when too.
_WHICH = frozenset(normalize(w) for w in "أي اي أية اية ايه ما which what".split())
_TIME_NOUNS = frozenset(normalize(w) for w in "سنة سنه عام تاريخ يوم شهر year date day month".split())


def _asks_when(question: str) -> bool:
    """«متى», «when», or «which»/«what» before a time noun («في أي سنة», «ما تاريخ»)."""
    tokens = words(question)
    return not _WHEN.isdisjoint(tokens) or any(a in _WHICH and b in _TIME_NOUNS for a, b in zip(tokens, tokens[1:]))


_YEARS = frozenset(normalize(w) for w in "سنة سنه عام year".split())
_WHICH_AFTER = frozenset(normalize(w) for w in "كم كام قديش اي ايه إيه".split())


def _asks_year(question: str) -> bool:
    """«في أي سنة…؟», «سنة كم…؟», «what year…?»: a year is asked, not only a time."""
    tokens = words(question)
    return any(
        (a in _WHICH and b in _YEARS) or (a in _YEARS and b in _WHICH_AFTER) for a, b in zip(tokens, tokens[1:])
    )


def _states_year(text: str) -> bool:
    """Whether `text` gives a year: a number of four digits from 1000 to 2999 («2015»)."""
    return any(len(w) == 4 and w.isdigit() and w[0] in "12" for w in words(text))


def _asks_where_or_when(question: str) -> bool:
    return not _WHERE_WHEN.isdisjoint(words(question)) or _asks_when(question)


# The future: a verb with «سـ» («سيبني», «ستنتهي»), «سوف», «will»; what states a plan or an aim.
# Not a nisba or a plural («سياسيا», «سياسية», «سيارات», «سياسيين»), which no verb ends like.
_FUTURE_VERB = re.compile(r"^س[يتن]\w{3,}(?<!يا)(?<!يه)(?<!ات)(?<!ين)$")
_FUTURE_WORDS = frozenset(normalize(w) for w in (
    "سوف سيتم ستتم will won't wont القادمة القادم المقبلة المقبل الجاية الجاي next "  # «سيتم»: too short for the verb
    "رح غادي غادية غاديين"  # Levantine and Iraqi «رح», Maghrebi «غادي»: will (not «راح», also «went»)
).split())
_PLAN_WORDS = frozenset(normalize(w) for w in (
    "سوف قد خطط خطة الخطة تهدف يهدف هدف المقبل القادم القادمة المقبلة المستقبل مستقبل "
    "يخطط تخطط يخططون تعتزم يعتزم المقرر مقرر المتوقع متوقع يتوقع"
).split())
# What states a time: a number (a year, a day), a month, a word of time or sequence.
_MONTHS = frozenset(normalize(w) for w in (
    "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر"
).split())
_TIME_WORDS = _MONTHS | frozenset(normalize(w) for w in (
    "يوم أيام ايام يوما أسبوع اسبوع شهر أشهر سنة سنوات سنين عام أعوام بعد قبل خلال حين لحظة عندما لاحقا "
    "الماضي المقبل القادم بداية نهاية منذ وقت أثناء اثناء فترة مدة عقب إثر فور حاليا الآن اليوم أمس امس غدا "
    "صباح مساء ليلة"
).split())


def _states_date(text: str) -> bool:
    """Whether `text` gives a date: a month's name or a number (a year, a day), behind a clitic too."""
    return any(_is_number(w) or _in_or_behind_clitic(w, _MONTHS) for w in words(text))


def _states_time(text: str) -> bool:
    """Whether `text` states a time: a number, a month or a time word (behind a clitic too)."""
    return any(_is_number(w) or _in_or_behind_clitic(w, _TIME_WORDS) for w in words(text))


# «أن» and its kin: a future after them is reported («لما عرف أن OpenAI ستقود المشروع»).
_THAT = frozenset(normalize(w) for w in "أن ان إن بأن بان انه أنه إنه انو إنو that".split())


def _states_future(text: str, names: frozenset[str]) -> bool:
    """Whether `text` states a plan, an aim or the future (a «سـ» verb that is not a name: «ستارجيت»)."""
    return any(
        _in_or_behind_clitic(w, _PLAN_WORDS) or (_FUTURE_VERB.match(w) is not None and w not in names)
        for w in words(text)
    )



# What opens a yes/no question, fillers aside.
_YES_NO = frozenset({("هل",), ("واش",), ("is",), ("are",), ("was",), ("did",), ("does",), ("do",), ("has",), ("will",)})


# «Want» of someone else (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, MSA, English); not «بدي»,
# «أبغى», «أريد» (I want), which ask to know.
_WANTS = frozenset(normalize(w) for w in (
    "يبي تبي يبون يبغى تبغى يبغي تبغي يبغون بدو بده بدها بدهم عايز عايزة عايزه عايزين عاوز عاوزة عاوزه عاوزين "
    "يريد تريد يريدون يريده تريده يريدها أراد اراد أرادت ارادت أرادوا أراده اراده بغا بغات بغاو بغاها "
    "يبيها يبيه يبغاه يبغاها ناوي ناويه ناوية ناويين ينوي تنوي want wants wanted "
    # What one aspires to is what one wants («إلى ماذا تطمح الإمارات؟»); not «تهدف», which
    # stories state in the same word (ARCD −1 when it was here).
    "تطمح يطمح يطمحون طموح طموحه طموحها طموحات aim aims"
).split())
# What states an aim, and what states an attempt.
_PURPOSE_WORDS = frozenset(normalize(w) for w in "هدف يهدف تهدف الهدف هدفه هدفها غاية يسعى تسعى سعى يطمح تطمح".split())
_AIM_WORDS = _PURPOSE_WORDS | frozenset(normalize(w) for w in (
    "حاول حاولت حاولوا محاولة محاولات يطالب طالب بحجة"
).split())


# Languages a name is given in, as the nisba's core: «بالإنجليزية», «اللغة الفرنسية» → «انجليزي».
_LANGUAGES = frozenset(normalize(w) for w in (
    "انجليزي انكليزي فرنسي لاتيني تركي يوناني اغريقي عبري الماني ايطالي صيني اسباني فارسي روسي ياباني "
    "امازيغي كوري هندي برتغالي هولندي سرياني"
).split())
_LANGUAGE_WORDS = frozenset(normalize(w) for w in "اللغة باللغة للغة لغة بلغة في".split())  # «في الفرنسية»


def _language(tokens: tuple[str, ...], i: int) -> str | None:
    """The language `tokens[i]` names as «بالفرنسية» or as «الفرنسية» after «اللغة» (else None)."""
    word = tokens[i]
    for prefix in ("بال", "وبال", "ال"):
        if word.startswith(prefix):
            core = word[len(prefix):].removesuffix("ه")
            if core in _LANGUAGES and (prefix != "ال" or (i > 0 and tokens[i - 1] in _LANGUAGE_WORDS)):
                return core
    return None


def _asked_languages(question: str) -> frozenset[str]:
    tokens = words(question)
    return frozenset(lang for i in range(len(tokens)) if (lang := _language(tokens, i)) is not None)


def _names_given_in(text: str) -> frozenset[str]:
    """Languages `text` gives a name in: the language, then a word of another script."""
    tokens = words(text)
    return frozenset(
        lang for i in range(len(tokens))
        if (lang := _language(tokens, i)) is not None and any(
            not any("\u0600" <= c <= "\u06ff" for c in t) for t in tokens[i + 1 : i + 3]
        )
    )


def _says_any(text: str, vocabulary: frozenset[str]) -> bool:
    """Whether `text` has a word of `vocabulary`, behind a clitic too («وتهدف», «بالسعودية»)."""
    return any(_in_or_behind_clitic(w, vocabulary) for w in words(text))


_HOW_OR_WHERE = frozenset(normalize(w) for w in "كيف ازاي إزاي شلون كيفاش".split()) | _WHERE
_MY_MODALS = frozenset(normalize(w) for w in (
    "أقدر اقدر بقدر نقدر بنقدر أستطيع استطيع نستطيع يمكنني يمكننا بإمكاني بامكاني بامكانا بإمكاننا"
).split())
_HOW_DO_I = re.compile(r"\b(?:how|where) (?:do|can|could|should|would|may|shall) (?:i|we)\b|\bhow to\b", re.IGNORECASE)


def _asks_how_to(question: str, vocabulary: frozenset[str], names: frozenset[str], names_someone: bool) -> bool:
    """Whether the question asks how or where the reader can do something: «How can I…»,
    «كيف/وين» before a first-person «I can» («أقدر», «يمكنني»), or before a verb the reader
    typed with «أ» (I) that no story uses («كيف أسجل؟»; «أبلغ» is the story's «he told»).
    When the question names someone, that verb may be their past tense: «كيف أقنع ماسك…؟»
    (a name or title next), «كيف أثرت رسائل ماسك…؟» (her/its «ـت»); «كيف أستثمر في xAI؟» is not."""
    if _HOW_DO_I.search(question):
        return True
    raw = re.findall(r"\w+", dediacritize(question))
    for first, second, third in zip(raw, raw[1:], [*raw[2:], ""]):
        if normalize(first) not in _HOW_OR_WHERE:
            continue
        bare = normalize(second)
        if bare in _MY_MODALS:
            return True
        if second.startswith("أ") and len(bare) >= 4 and bare not in vocabulary:
            if not names_someone:
                return True
            after = normalize(third)
            if not bare.endswith("ت") and after not in names and after not in _TITLES:
                return True
    return False


def _asks_what_is(question: str, or_last: bool = False) -> bool:
    """«ما هو X؟», «شو يعني X؟»; with `or_last`, also «X شو هو؟» (a frame of two words, last)."""
    opening = without_fillers(words(question))
    return any(opening[: len(frame)] == frame for frame in _WHAT_IS) or or_last and any(
        len(frame) == 2 and opening[-2:] == frame for frame in _WHAT_IS
    )


class _View:
    """One analyzer's BM25 indexes over passages and over sentences."""

    def __init__(self, analyzer: Analyzer, weight: float, index: PassageIndex) -> None:
        s = index.settings
        variant = BM25_VARIANTS[s.variant]
        self.analyzer = analyzer
        self.weight = weight
        context = [self._context_terms(analyzer, index, p) for p in index.passages]
        bodies = [analyzer.terms(p.text) for p in index.passages]
        docs = [body + ctx for body, ctx in zip(bodies, context)]
        self.term_sets = [frozenset(doc) for doc in docs]
        sentence_bodies = [
            analyzer.terms(index.passages[i].text[a:b]) for i, (a, b) in zip(index.sentence_owner, index.sentence_spans)
        ]
        sentence_docs = [body + context[i] for body, i in zip(sentence_bodies, index.sentence_owner)]
        if s.idf_without_title and variant is BM25Lucene:
            headings = [analyzer.terms(p.section) if p.section else [] for p in index.passages]
            self.passages = variant(docs, k1=s.k1, b=s.b, df_corpus=[b + h for b, h in zip(bodies, headings)])
            self.sentences = variant(sentence_docs, k1=s.k1, b=s.sentence_b, df_corpus=sentence_bodies)
        else:
            self.passages = variant(docs, k1=s.k1, b=s.b)
            self.sentences = variant(sentence_docs, k1=s.k1, b=s.sentence_b)
        self.sentence_count = len(sentence_docs)
        self.sentence_term_sets = [frozenset(doc) for doc in sentence_docs]
        # Each sentence's own words, without the title and heading indexed with it: what the
        # checks that want two things «in one sentence» look at.
        self.sentence_body_sets = [frozenset(body) for body in sentence_bodies]
        # A term the stories never use weighs like their rarest, times `unknown_weight`:
        # an unknown word is usually what an off-topic question is about.
        self.unknown_idf = max(self.passages.idf.values(), default=1.0) * s.unknown_weight
        self.latin_as_commonest = s.latin_names_as_commonest
        self.latin_alternatives_as_commonest = s.latin_alternatives_as_commonest
        self.concept_scores = lru_cache(maxsize=CONCEPT_CACHE)(self._concept_scores)
        self.answering_terms = lru_cache(maxsize=CONCEPT_CACHE)(self._answering_terms)
        self.presence = lru_cache(maxsize=CONCEPT_CACHE)(self._presence)

    @staticmethod
    def _context_terms(analyzer: Analyzer, index: PassageIndex, passage: Passage) -> list[str]:
        s = index.settings
        story = index.stories[passage.story_id]
        terms = analyzer.terms(story.title) * s.title_weight
        if passage.section:
            terms += analyzer.terms(passage.section) * s.heading_weight
        return terms

    @property
    def known(self) -> dict[str, float]:
        """Every term the passages use, with its IDF."""
        return self.passages.idf

    def knows(self, text: str) -> bool:
        """Whether the stories use any of `text`'s terms in this view (by root, by light stem…)."""
        return any(t in self.passages.idf for t in self.analyzer.terms(text))

    def idf(self, term: str) -> float:
        """IDF of a term; one the stories never use weighs `unknown_idf` (their rarest, by default)."""
        return max(self.passages.idf.get(term, self.unknown_idf), 0.0)

    def score(self, concepts: Sequence[Concept], alternative_weight: float) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of passages and of sentences for the question's concepts.

        Each concept scores as the best of its wordings (as asked, or any
        alternative), not their sum: «Trump» → «دونالد ترامب» must not count twice.
        An alternative is worth `alternative_weight` beside words the stories use,
        and full weight when the asked words are unknown (then it is the only way
        the concept can match) or known only by a root they share (`form_unused`).
        """
        passages = np.zeros(len(self.term_sets))
        sentences = np.zeros(self.sentence_count)
        for concept in concepts:
            best_p, best_s = self.concept_scores(concept, alternative_weight)
            passages += best_p
            sentences += best_s
        return passages, sentences

    def _mean_idf(self, terms: list[str]) -> float:
        return sum(self.idf(t) for t in terms) / len(terms)

    def _concept_scores(self, concept: Concept, alternative_weight: float) -> tuple[np.ndarray, np.ndarray]:
        """One concept's passage and sentence scores (memoized: the arrays are read-only)."""
        own = self.analyzer.terms(concept.text)
        best_p, best_s = self._scores(own)
        if self.latin_as_commonest and concept.text.isascii() and concept.alternatives and own:
            # A Latin name the stories also write in Arabic («Stargate» beside the title's
            # «ستارجيت») weighs no more than its commonest spelling: otherwise the paragraphs
            # that happen to write it in Latin win every English question that names it.
            spelled = [t for t in (self.analyzer.terms(a) for a in concept.alternatives) if t]
            commonest = min((self._mean_idf(t) for t in spelled if all(x in self.known for x in t)), default=None)
            if commonest is not None and all(t in self.known for t in own):
                scale = min(1.0, commonest / max(self._mean_idf(own), 1e-9))
                best_p, best_s = best_p * scale, best_s * scale
        weight = alternative_weight if any(t in self.known for t in own) and not concept.form_unused else 1.0
        wordings = _minimal([self.analyzer.terms(a) for a in concept.alternatives])
        arabic = [t for t in [own, *wordings] if t and not any(x.isascii() for x in t) and all(x in self.known for x in t)]
        commonest_arabic = min((self._mean_idf(t) for t in arabic), default=None)
        for terms in wordings:
            p, s = self._scores(terms)
            if self.latin_alternatives_as_commonest and commonest_arabic is not None and all(x.isascii() for x in terms):
                scale = min(1.0, commonest_arabic / max(self._mean_idf(terms), 1e-9))
                p, s = p * scale, s * scale
            best_p = np.maximum(best_p, weight * p)
            best_s = np.maximum(best_s, weight * s)
        best_p.flags.writeable = False
        best_s.flags.writeable = False
        return best_p, best_s

    def _scores(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if not terms:
            return np.zeros(len(self.term_sets)), np.zeros(self.sentence_count)
        return self.passages.get_scores(terms), self.sentences.get_scores(terms)

    def _presence(self, concept: Concept) -> tuple[float, np.ndarray, np.ndarray] | None:
        """A concept's weight and, per passage and per sentence, whether it is there (memoized):
        any of its words as asked, or one of its alternatives whole («المملكة المتحدة» is not in
        «الولايات المتحدة»).

        None for a concept with no terms in this view. The arrays are read-only.
        """
        weight, terms = self.answering_terms(concept)
        if not terms:
            return None
        own = frozenset(self.analyzer.terms(concept.text))
        wordings = [w for w in (frozenset(self.analyzer.terms(a)) for a in concept.alternatives) if w]

        def there(doc: frozenset[str]) -> bool:
            return not own.isdisjoint(doc) or any(w <= doc for w in wordings)

        in_passages = np.fromiter((there(t) for t in self.term_sets), float, len(self.term_sets))
        in_sentences = np.fromiter((there(t) for t in self.sentence_term_sets), float, self.sentence_count)
        in_passages.flags.writeable = False
        in_sentences.flags.writeable = False
        return weight, in_passages, in_sentences

    def _answering_terms(self, concept: Concept) -> tuple[float, frozenset[str]]:
        own = self.analyzer.terms(concept.text)
        terms = set(own)
        for alternative in concept.alternatives:
            terms.update(self.analyzer.terms(alternative))
        weight = max((self.idf(t) for t in (own or terms)), default=0.0)
        return weight, frozenset(terms)


class PassageIndex:
    """BM25 indexes over every passage (and sentence) of some stories."""

    def __init__(self, stories: Sequence[Story], settings: SearchSettings | None = None) -> None:
        self.settings = settings or SearchSettings()
        self.stories = {story.id: story for story in stories}
        self.passages: list[Passage] = [p for story in stories for p in story.passages]
        if not self.passages:
            raise ValueError("no passages to index")
        self.sentence_owner: list[int] = []
        self.sentence_spans: list[tuple[int, int]] = []
        for i, passage in enumerate(self.passages):
            for span in sentence_spans(passage.text) or [(0, len(passage.text))]:
                self.sentence_owner.append(i)
                self.sentence_spans.append(span)
        # Each passage's sentences are contiguous: a per-passage maximum is one reduceat.
        self._first_sentence = np.searchsorted(np.array(self.sentence_owner), np.arange(len(self.passages)))
        self._story_of = np.array([p.story_id for p in self.passages])
        self.views = [_View(ANALYZERS[name], weight, self) for name, weight in self.settings.analyzers]
        ranking = dict(zip((name for name, _ in self.settings.analyzers), self.views))
        coverage = self.settings.coverage_analyzer
        self.coverage_view = ranking.get(coverage) or _View(ANALYZERS[coverage], 0.0, self)
        fallback = self.settings.coverage_fallback
        self.fallback_view = (ranking.get(fallback) or _View(ANALYZERS[fallback], 0.0, self)) if fallback else None
        mined = [pair for p in self.passages for pair in mine_aliases(p.text)]  # «ستارجيت (Stargate)»
        self.lexicon = default_lexicon().merged(Lexicon(mined)) if self.settings.expand else Lexicon()
        texts = [p.text for p in self.passages] + [s.title for s in stories] + [
            p.section for p in self.passages if p.section
        ]
        self.vocabulary = frozenset(t for text in texts for t in self.coverage_view.analyzer.tokens(text))
        # The story's words without their clitics too, for spelling: «الاستتمارات» is one typo
        # from «استثمارات», which the story writes only as «باستثمارات».
        self.bare_vocabulary = self.vocabulary | {b for w in self.vocabulary for b in strip_clitics(w)}
        self.resolve = lru_cache(maxsize=CONCEPT_CACHE)(self._resolve)
        # Spelling may respell to the lexicon's words, not to its names: «بايثون» is one typo
        # from «ايلون» once the clitic is off, and a name is no guess to make.
        self.lexicon_all = self.lexicon.words()
        self.name_words = frozenset(w for name in name_phrases() for w in name.split())
        self.lexicon_words = self.lexicon_all - self.name_words
        self.respell = lru_cache(maxsize=CONCEPT_CACHE)(self._respell)
        # A slip keeps a word's first letter, or swaps it with the second (`is_typo_of`).
        by_initial: dict[str, list[str]] = {}
        for word in sorted(self.lexicon_words):
            by_initial.setdefault(word[0], []).append(word)
        self._lexicon_by_initial = {initial: tuple(group) for initial, group in by_initial.items()}
        self.story_spelling = lru_cache(maxsize=CONCEPT_CACHE)(self._story_spelling)
        self.rank = lru_cache(maxsize=RANKING_CACHE)(self._rank)
        self.passage_wording = [self._wording(p.text) | self._wording(p.section or "") for p in self.passages]
        self.states_quantity = np.array([_states_quantity(p.text) for p in self.passages])
        self.states_time = np.array([_states_time(p.text) for p in self.passages])
        self.states_date = np.array([_states_date(p.text) for p in self.passages])
        self.states_year = np.array([_states_year(p.text) for p in self.passages])
        places = _PLACE_WORDS | {w for n in project_and_place_phrases() for w in n.split() if not w.isascii()}
        self.states_place = np.array([_says_any(p.text, places) for p in self.passages])
        # Sentences as written, without the title and heading their index terms carry.
        sentence_texts = [self.passages[o].text[a:b] for o, (a, b) in zip(self.sentence_owner, self.sentence_spans)]
        self.sentence_states_future_time = np.array(
            [_states_time(t) and _states_future(t, self.name_words) for t in sentence_texts], bool
        )
        self.names_given_in = [_names_given_in(p.text) for p in self.passages]
        self.states_aim = np.array([_says_any(f"{p.section or ''} {p.text}", _AIM_WORDS) for p in self.passages])
        self.states_purpose = np.array([_says_any(p.text, _PURPOSE_WORDS) for p in self.passages])
        self.states_future = np.array([_states_future(p.text, self.name_words) for p in self.passages])
        self.company_count = np.array([_companies_named(words(p.text)) for p in self.passages])
        cap = self.settings.company_cap
        self.companies_named = np.minimum(self.company_count, cap) / cap
        self.names = name_phrases() | {" ".join(words(t)) for pair in mined for t in pair}
        # What an off-topic question tends to be about: a kind of fact news seldom states, or a
        # person, company or place of the lexicon's lists; weighed up when no story has it.
        self.fact_phrases = fact_phrases()
        self.projects_and_places = project_and_place_phrases()
        self.places = place_phrases()
        self.people = person_phrases()
        self.person_groups = person_groups()
        # Whose word each sentence's words are: only read by `others_word_penalty` (0.1 s of ARCD's 1.2 s start-up).
        self.sentence_people = (
            [self._people_and_their_words(t) for t in sentence_texts] if self.settings.others_word_penalty else []
        )
        self.company_phrases = frozenset(" ".join(p) for company in company_names() for p in company)
        self.sentence_bodies = [
            (view.analyzer, view.sentence_body_sets) for view in (self.coverage_view, self.fallback_view) if view is not None
        ]
        self.unstated_cues = self.fact_phrases | (self.names if self.settings.unstated_names else frozenset())
        self.company_root = frozenset(self.coverage_view.analyzer.terms("شركة"))
        self.subject_view = self.fallback_view or self.coverage_view
        subject_terms = self.subject_view.analyzer.terms
        self.title_terms = {sid: frozenset(subject_terms(story.title)) for sid, story in self.stories.items()}
        self.title_words = frozenset().union(*self.title_terms.values())
        self.is_lede = np.array([p.number == 1 for p in self.passages])
        self.heading_terms = [frozenset(subject_terms(p.section)) if p.section else frozenset() for p in self.passages]
        window = self.settings.definition_window
        self.opening_terms = [frozenset(self.coverage_view.analyzer.terms(p.text)[:window]) for p in self.passages]

    def concepts(self, question: str) -> list[Concept]:
        """What the question asks about; words the stories never use get alternatives.

        Alternatives come from the lexicon, or else from spelling (`closest_words`).
        Question words and fillers are dropped.
        """
        tokens = without_fillers(words(question))
        if self.settings.lexicon_spelling and self.settings.fuzzy:
            tokens = tuple(self.respell(token) for token in tokens)
        resolved = (self.resolve(concept) for concept in self.lexicon.concepts(tokens))
        return [concept for concept in resolved if concept is not None]

    def _respell(self, token: str) -> str:
        """`token` as the lexicon word one phone slip away, when neither the stories nor the lexicon
        know it and the stories have no word it could be a typo of (memoized). Five letters
        at least: the lexicon is a small part of the language, and a real four-letter word
        is often one typo from one of its words («موعد» / «مولد»). Before that, at any length, a
        «ك» typed for a spoken «ق» (`spoken_qaf`)."""
        if token.isascii() or token in STOPWORDS or token in self.lexicon_words:
            return token
        spoken_qaf = self.settings.spoken_qaf and "ك" in token
        if len(token) < 5 and not spoken_qaf:
            return token
        if any(v is not None and v.knows(token) for v in (self.coverage_view, self.fallback_view)):
            return token
        if spoken_qaf:
            # Iraqi and Gulf «ق» is said «گ» and often typed «ك»: «كال» is «قال», «وكت» «وقت»,
            # «يوكف» «يوقف». Only where the «ق» spelling is a word the project knows exactly.
            qafs = {token.replace("ك", "ق")} | {
                token[:i] + "ق" + token[i + 1 :] for i, letter in enumerate(token) if letter == "ك"
            }
            known = sorted(q for q in qafs if q in STOPWORDS or q in self.lexicon_words or q in self.vocabulary)
            if len(known) == 1:
                return known[0]
        if len(token) < 5:
            return token
        if self.story_spelling(token):
            return token  # the stories' own spelling (`_resolve`) goes first
        cores = [core for core in (token, *strip_clitics(token)) if len(core) >= 5]
        if not self.lexicon_words.isdisjoint(cores):
            return token  # a lexicon word behind a clitic: the lexicon finds it itself
        # Only phone slips (`is_typo_of`), on five letters or more without the article («الجهات»
        # is no «الجهاز»), and not another inflection's ending («مكانا» is no «مكانه»).
        # The word as typed first, then without its clitic: «المتحلفه» is «المتحالفه», not also «متحالفه».
        for core in cores:
            if len(core.removeprefix("ال")) < 5:
                continue
            close = {
                c
                for c in self._lexicon_by_initial.get(core[0], ()) + self._lexicon_by_initial.get(core[1], ())
                if is_typo_of(core, c) and not (c[:-1] == core[:-1] and {c[-1], core[-1]} <= _ENDINGS)
            }
            if close:
                return close.pop() if len(close) == 1 else token
        return token

    def _resolve(self, concept: Concept) -> Concept | None:
        """The concept as searched: None for a filler, known Arabic words alone, unknown ones spelled."""
        first = self.coverage_view
        content = first.analyzer.tokens(concept.text)
        if not content and len(concept.words) == 1:
            return None  # a question word or filler, even if the lexicon knows it
        latin = concept.text.isascii()
        # A name of several words, some of them function words («اكس ايه اي»: xAI), is not known
        # for the one word a story uses («إكس» of «سبيس إكس»): its other spellings count in full.
        spelled_name = len(content) < len(concept.words) and _worded_as(concept, self.names)
        if not latin and spelled_name and first.knows(concept.text):
            return Concept(concept.words, concept.alternatives, form_unused=True)  # its spellings at full weight
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
                if len(spelled) == 1 and first.knows(spelled[0]) and set(first.analyzer.terms(word)).isdisjoint(
                    first.analyzer.terms(spelled[0])
                ):
                    return Concept((spelled[0],))
            return Concept(concept.words)
        if concept.alternatives or not self.settings.fuzzy or len(content) != 1:
            return concept
        return Concept(concept.words, self.story_spelling(content[0]))

    def _story_spelling(self, word: str) -> tuple[str, ...]:
        """Story words `word` may stand for: itself without a leading clitic, else those a typo
        away (memoized)."""
        bare = [w for w in strip_clitics(word) if w in self.vocabulary]
        if len(word) >= 4 and word.endswith("و"):
            # Levantine and Gulf «و» for «ه» (his) and «وا» (they): «عرضو» is «عرضه», «العرض».
            bare += [w for w in (word[:-1], word[:-1] + "ه", word + "ا") if w in self.bare_vocabulary]
        if len(word) >= 5 and word.endswith("ش"):
            # Egyptian and Maghrebi negation «مـ…ش», «ما…ش»: «ميوافقش» is «لا يوافق» — the verb.
            cores = (word[:-1], word[1:-1], word[2:-1])
            bare += [w for w in cores if len(w) >= 3 and w in self.bare_vocabulary]
        if bare:
            return tuple(bare)
        close = closest_words(word, self.vocabulary)
        if not close and self.settings.bare_spelling:
            # Only for long words: at five letters one edit turns «ايفون» into «ايلون».
            cores = [core for core in (word, *strip_clitics(word)) if len(core) >= 6]
            close = sorted({c for core in cores for c in closest_words(core, self.bare_vocabulary)})
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

    def search(self, question: str, story_id: str | None = None, top: int = 10) -> list[Hit]:
        """Passages ranked for `question`, best first; only those sharing a term with it."""
        concepts = tuple(self.concepts(question))
        companies = bool(self.settings.company_boost) and _asks_for_companies(question)
        if companies:
            # «Which companies…» names what the answer is, not what it is about: like «مين»,
            # the word goes (with «اسم» in «ما اسم الشركة…»), and the passages that name
            # companies get the boost below.
            concepts = tuple(c for c in concepts if not self._names_the_answer_type(c))
        elif self.settings.company_boost and self.settings.who_takes_part and _asks_who(question) and concepts and all(
            _worded_as(c, self.projects_and_places) or all(w in _TAKING_PART for w in c.words) for c in concepts
        ):
            # «ستارجيت الإمارات مين فيها؟», «منو اشترك بستارجيت؟»: who is in a project is which companies.
            companies = True
            concepts = tuple(c for c in concepts if not all(w in _TAKING_PART for w in c.words))
        if not concepts:
            return []
        settings = self.settings
        how_much = _asks_how_much(question)
        wants = bool(settings.want_boost) and not _WANTS.isdisjoint(words(question))
        cues = _Cues(
            # The «what is X» cue reads the question's opening, which concepts do not keep.
            what_is=bool(settings.definition_boost) and len(concepts) == 1 and _asks_what_is(question),
            companies=companies,
            # Only the story's subject, and no place, time, amount or company asked for: what is it?
            subject=bool(settings.title_lede_boost) and not (
                companies or how_much or _asks_where_or_when(question) or wants
            ),
            defines_subject=bool(settings.subject_heading_boost) and _asks_what_is(question, or_last=True)
            and not any(_worded_as(c, self.people) for c in concepts),
            quantity=settings.quantity_check and how_much,
            future=settings.future_check and self._asks_future(question),
            when=settings.when_check and _asks_when(question),
            year=settings.year_check and _asks_year(question),
            where=not _WHERE.isdisjoint(words(question)),
            wants=wants,
            purpose=wants and not any(_worded_as(c, self.people) for c in concepts),
            languages=_asked_languages(question) if settings.language_name_boost else frozenset(),
            yes_no=without_fillers(words(question))[:1] in _YES_NO,
            # «Who runs the company Musk fights?» asks for the one whose word it is.
            others_words=bool(settings.others_word_penalty) and not _asks_who(question),
        )
        if settings.unstated_fact_check:
            asked = concepts if cues.quantity or cues.when else concepts[:1]
            cues = replace(cues, unstated_fact=any(self._unstated_fact(c) for c in asked))
        if settings.how_to_check and _asks_how_to(
            question, self.bare_vocabulary, self.names, any(_worded_as(c, self.names) for c in concepts)
        ):
            cues = replace(cues, unstated_fact=True)
        wording = self._wording(question) if settings.wording_boost else frozenset()
        return list(self.rank(concepts, cues, wording, story_id, top))

    def _asks_future(self, question: str) -> bool:
        """Whether the question asks what will happen: «will», «سوف», or a verb with the future
        «سـ» («ستنتهي», «سيخلف»): a word so shaped that neither the stories, the lexicon nor
        spelling know («ستارجيت», «سيسكو», «ستارجت» are known). Not after «أن» and its kin:
        «لما عرف أن OpenAI ستقود المشروع» asks what happened then."""
        for w in words(question):
            if w in _THAT:
                return False
            if w in _FUTURE_WORDS or (
                _FUTURE_VERB.match(w) is not None and w not in self.vocabulary and w not in self.lexicon_all
                and w not in STOPWORDS and not self.story_spelling(w)
            ):
                return True
        return False

    def _unstated_fact(self, concept: Concept) -> bool:
        """Whether `concept` is a kind of fact news seldom states (`fact_phrases`) that no story
        states, by light stem (by root «أتعلم» is in «عالمي»)."""
        if not _worded_as(concept, self.fact_phrases):
            return False
        by_stem = self.fallback_view if self.settings.unstated_by_stem else None
        found = (by_stem or self.coverage_view).presence(concept)
        return found is None or not found[1].any()

    def _names_the_answer_type(self, concept: Concept) -> bool:
        """«الشركات», «اسم» or a number in a «which companies» question — and, by default, taking part
        («المشاركة», «دخلت») — says what is asked for, not what about."""
        if len(concept.words) == 1 and (_is_company_word(concept.words[0]) or concept.words[0] in _NAME_WORDS):
            return True
        if len(concept.words) == 1 and _in_or_behind_clitic(concept.words[0], quantity_words()):
            return True  # «ما الشركات الثلاث…»: how many are asked for, a list the answer is
        if not self.settings.taking_part_is_answer_type:
            return False
        terms = set(self.coverage_view.analyzer.terms(concept.text))
        return all(w in _TAKING_PART for w in concept.words) or (bool(terms) and terms <= self.company_root)

    def _wording(self, text: str) -> frozenset[tuple[str, str]]:
        """Adjacent term pairs of `text` (question or passage) for the wording boost."""
        terms = ANALYZERS[self.settings.wording_analyzer].terms(text)
        return frozenset(zip(terms, terms[1:]))

    def _rank(
        self, concepts: tuple[Concept, ...], cues: _Cues, wording: frozenset[tuple[str, str]],
        story_id: str | None, top: int,
    ) -> tuple[Hit, ...]:
        """Passages ranked for these concepts, cue and wording (memoized: the same question asked
        again, or wrapped in «لو سمحت …», ranks the same)."""
        n = len(self.passages)
        passage_scores = np.zeros(n)
        sentence_total = np.zeros(len(self.sentence_spans))
        for view in self.views:
            if view.weight:
                p, s = view.score(concepts, self.settings.alternative_weight)
                passage_scores += view.weight * p
                sentence_total += view.weight * s
        best_sentence_score = np.maximum.reduceat(sentence_total, self._first_sentence)
        share = self.settings.passage_share
        scores = share * passage_scores + (1 - share) * best_sentence_score

        coverage, per_sentence = self._coverage(concepts)
        if self.settings.coverage_boost:
            # Coordination: a passage that answers every part of the question beats one
            # that repeats a single part, whatever BM25's term frequencies say.
            scores = scores * (1 + self.settings.coverage_boost * coverage)
        if self.settings.sentence_coverage_boost:
            # Proximity, coarsely: the question's parts found together in one sentence.
            best = np.maximum.reduceat(per_sentence, self._first_sentence)
            scores = scores * (1 + self.settings.sentence_coverage_boost * best)
        if wording:
            # The passage a question was written from tends to share its exact wording, not only
            # its words and roots (a small effect, measured in docs/retrieval.md).
            found = np.fromiter((len(wording & own) for own in self.passage_wording), float, n)
            scores = scores * (1 + self.settings.wording_boost * found / len(wording))
        if cues.companies:
            scores = scores * (1 + self.settings.company_boost * self.companies_named)
        if self.settings.name_boost:
            named = self._names_present(concepts)
            if named is not None:
                scores = scores * (1 + self.settings.name_boost * named)
        if cues.subject:
            ledes = self._ledes_of_subject(concepts)
            if ledes is not None:
                scores = scores * (1 + self.settings.title_lede_boost * ledes)
            if ledes is not None and cues.defines_subject:
                headed = self._headed_by(concepts, ledes)
                if headed.sum() == 1:  # one section about it, not several («ستارجيت» heads two)
                    scores = scores * (1 + self.settings.subject_heading_boost * headed)
        if cues.wants:
            scores = scores * (1 + self.settings.want_boost * self.states_aim)
        if cues.purpose:
            scores = scores * (1 + self.settings.aim_boost * self.states_purpose)
        if self.settings.place_boost and cues.where:
            scores = scores * (1 + self.settings.place_boost * self.states_place)
        if cues.when and self.settings.date_boost:
            scores = scores * (1 + self.settings.date_boost * self.states_date)
        if cues.languages:
            given = np.fromiter((not cues.languages.isdisjoint(g) for g in self.names_given_in), float, n)
            scores = scores * (1 + self.settings.language_name_boost * given)
        if cues.others_words:
            others = self._others_words(concepts)
            if others is not None:
                scores = scores * (1 - self.settings.others_word_penalty * others)
        if cues.what_is:
            _, terms = self.coverage_view.answering_terms(concepts[0])
            opens = np.fromiter((not terms.isdisjoint(o) for o in self.opening_terms), bool, n)
            scores = scores * (1 + self.settings.definition_boost * opens)
        # What can answer at all: for «how many», a number (for «how many companies», a list of
        # them); for «what will happen», a plan or the future; for «when», a time.
        can_answer = np.ones(n, bool)
        if cues.quantity:
            can_answer &= self.states_quantity | (cues.companies & (self.company_count >= 2))
        if cues.future:
            can_answer &= self.states_future
        if cues.when:
            can_answer &= self.states_time
        if cues.year:
            can_answer &= self.states_year
        if cues.when and cues.future and self.settings.future_time_check:
            # «When will…»: a time and the future in one sentence («خطط لرفعها… خلال أربع سنوات»),
            # not a past date beside an aim.
            can_answer &= np.maximum.reduceat(self.sentence_states_future_time, self._first_sentence)
        if cues.unstated_fact:
            can_answer[:] = False
        if self.settings.role_check:
            together = self._role_with_name(concepts)
            if together is not None:
                can_answer &= together
        if self.settings.place_claim_check and cues.yes_no:
            together = self._place_with_claim(concepts)
            if together is not None:
                can_answer &= together
        if self.settings.person_yes_no_check and cues.yes_no:
            named = self._people_named(concepts)
            if named is not None:
                can_answer &= named
        candidates = np.arange(n)
        if story_id is not None:
            candidates = candidates[self._story_of == story_id]
        hits: list[Hit] = []
        for i in candidates[np.argsort(-scores[candidates], kind="stable")]:
            if scores[i] <= 0:
                break
            hits.append(
                Hit(
                    passage=self.passages[i],
                    score=float(scores[i]),
                    coverage=float(coverage[i]) if can_answer[i] else 0.0,
                    sentence=self._best_sentence(i, sentence_total),
                )
            )
            if len(hits) >= top:
                break
        return tuple(hits)

    def _people_and_their_words(self, sentence: str) -> tuple[frozenset[int], dict[str, frozenset[int | None]]]:
        """The people a sentence names (as `person_groups` indexes), and for each of its terms
        whose name, if any, follows it within two words: «يرأسها سام ألتمان» gives «يرأسها» to Altman."""
        tokens = words(sentence)
        at: list[int | None] = [None] * (len(tokens) + 2)
        for i in range(len(tokens)):
            for person, spellings in enumerate(self.person_groups):
                if any(tokens[i : i + len(s)] == s for s in spellings):
                    at[i] = person
                    break
        owners: dict[str, set[int | None]] = {}
        for i, token in enumerate(tokens):
            if at[i] is not None:
                continue
            owner = at[i + 1] if at[i + 1] is not None else at[i + 2]
            for term in self.coverage_view.analyzer.terms(token):
                owners.setdefault(term, set()).add(owner)
        named = frozenset(p for p in at if p is not None)
        return named, {term: frozenset(o) for term, o in owners.items()}

    def _others_words(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, 1.0 where some concept of the question is, in every sentence using it,
        a word of another person than those the question names; None when it names no one."""
        asked = frozenset(
            person for c in concepts if _worded_as(c, self.people)
            for person, spellings in enumerate(self.person_groups)
            if any(" ".join(s) in (c.text, *c.alternatives) for s in spellings)
        )
        if not asked:
            return None
        result = np.zeros(len(self.passages))
        for concept in concepts:
            if _worded_as(concept, self.names):
                continue
            _, terms = self.coverage_view.answering_terms(concept)
            if not terms:
                continue
            uses: dict[int, bool] = {}  # passage → every use so far someone else's
            for s, (named, owners) in enumerate(self.sentence_people):
                found = [owners[t] for t in terms if t in owners]
                if not found:
                    continue
                p = self.sentence_owner[s]
                theirs = asked.isdisjoint(named) and all(None not in o and asked.isdisjoint(o) for o in found)
                uses[p] = uses.get(p, True) and theirs
            for p, theirs in uses.items():
                if theirs:
                    result[p] = 1.0
        return result

    def _role_with_name(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether one of its sentences has both a role the question asks («مؤسس»,
        «يرأس», «منتج», «وزير») and a company, project or place it names; None when it asks no role
        of one."""
        # A role's noun before a person's name is their title, not the question («أين كان الرئيس
        # ترامب…؟»); a verb before one is said of them («متى أسس ماسك شركة xAI؟»).
        roles = [
            family for i, c in enumerate(concepts) for family in _ROLE_FAMILIES
            if c.text in family
            and not (c.text in _TITLES and i + 1 < len(concepts) and _worded_as(concepts[i + 1], self.people))
        ]
        named = [c for c in concepts if _worded_as(c, self.company_phrases) or _worded_as(c, self.projects_and_places)]
        if roles and not any(f in _PLACE_ROLES for f in roles):
            # A place is founded, owned or makes things only as its companies do: «تأسيس المركز في
            # الإمارات» asks why a centre was founded there, not who founded the country.
            named = [c for c in named if not _worded_as(c, self.places)]
        if not roles or not named:
            return None
        return self._said_together([tuple(sorted(f)) for f in roles], [(c.text, *c.alternatives) for c in named])

    def _place_with_claim(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether one of its sentences names a place (or, with `company_claim_check`,
        a company) the question asks about, not one of a story title's, and one of its other
        concepts that is no name; None when the question asks about no such name or asks nothing else."""
        def in_a_title(concept: Concept) -> bool:
            return any(not self.title_words.isdisjoint(self.subject_view.analyzer.terms(w))
                       for w in (concept.text, *concept.alternatives))

        names = self.places | (self.company_phrases if self.settings.company_claim_check else frozenset())
        # A nisba after a noun describes it («رجل الأعمال الأمريكي»): the question is not about the place.
        subjects = [
            c for i, c in enumerate(concepts)
            if _worded_as(c, names) and not in_a_title(c)
            and not (i > 0 and len(c.words) == 1 and c.text.endswith("ي") and len(c.text) >= 5)
        ]
        claims = [
            c for c in concepts
            if not _worded_as(c, self.names) and not _worded_as(c, self.projects_and_places) and not in_a_title(c)
            and self.coverage_view.analyzer.terms(c.text)
        ]
        if not subjects or not claims:
            return None
        return self._said_together(
            [(c.text, *c.alternatives) for c in subjects], [(c.text, *c.alternatives) for c in claims]
        )

    def _people_named(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether it (or its title) names one of the people the question names;
        None when it names none."""
        found = [self.coverage_view.presence(c) for c in concepts if _worded_as(c, self.people)]
        present = [f[1] > 0 for f in found if f is not None]
        return np.logical_or.reduce(present) if present else None

    def _said_together(self, these: list[tuple[str, ...]], those: list[tuple[str, ...]]) -> np.ndarray:
        """Per passage, whether one of its sentences holds one of `these` wordings and one of `those`."""
        first = np.logical_or.reduce([self._in_sentence_bodies(w) for w in these])
        second = np.logical_or.reduce([self._in_sentence_bodies(w) for w in those])
        return np.maximum.reduceat(first & second, self._first_sentence)

    def _in_sentence_bodies(self, wordings: tuple[str, ...]) -> np.ndarray:
        """Per sentence, whether its own words (not the title or heading indexed with it) hold
        one of `wordings` whole, by root or by light stem."""
        found = np.zeros(len(self.sentence_spans), bool)
        for analyzer, bodies in self.sentence_bodies:
            asked = [frozenset(t) for t in (analyzer.terms(w) for w in wordings) if t]
            found |= np.fromiter((any(a <= body for a in asked) for body in bodies), bool, len(bodies))
        return found

    def _subject_terms(self, concepts: Sequence[Concept]) -> list[frozenset[str]]:
        """Each concept's terms (with its alternatives') as titles and headings are matched: by light stem."""
        return [terms for terms in (self.subject_view.answering_terms(c)[1] for c in concepts) if terms]

    def _ledes_of_subject(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether it opens a story whose title has every one of the concepts;
        None when no story's title has them all."""
        asked = self._subject_terms(concepts)
        if not asked:
            return None
        stories = [sid for sid, title in self.title_terms.items() if all(not t.isdisjoint(title) for t in asked)]
        return self.is_lede & np.isin(self._story_of, stories) if stories else None

    def _headed_by(self, concepts: Sequence[Concept], ledes: np.ndarray) -> np.ndarray:
        """Per passage, whether it is in a story whose lede is in `ledes` (the stories the
        concepts are the subject of) and its section heading names every one of the concepts."""
        asked = self._subject_terms(concepts)
        in_subject = np.isin(self._story_of, self._story_of[ledes.astype(bool)])
        named = np.fromiter((bool(asked) and all(not t.isdisjoint(h) for t in asked) for h in self.heading_terms),
                            bool, len(self.passages))
        return (named & in_subject).astype(float)

    def _names_present(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, the share of the question's named people, companies and places it names
        (only names the stories use count); None when the question names none."""
        found = []
        for concept in concepts:
            if _worded_as(concept, self.names):
                presence = self.coverage_view.presence(concept)
                if presence is not None and presence[1].any():
                    found.append(presence[1])
        return np.mean(found, axis=0) if found else None

    def _coverage(self, concepts: Sequence[Concept]) -> tuple[np.ndarray, np.ndarray]:
        """Per passage and per sentence, the IDF-weighted share of the question's concepts it contains."""
        in_passages = np.zeros(len(self.passages))
        in_sentences = np.zeros(len(self.sentence_spans))
        total = 0.0
        for concept in concepts:
            found = self.coverage_view.presence(concept)
            if found is not None:
                weight, p, s = found
                unstated_cue = _worded_as(concept, self.unstated_cues)
                if self.fallback_view is not None and self.settings.unstated_by_stem and unstated_cue:
                    # A fact or a name is stated in its own words: «أتعلم» (learn) is not in «عالمي».
                    also = self.fallback_view.presence(concept)
                    if also is not None:
                        p, s = also[1], also[2]
                elif self.fallback_view is not None and self._found_by_wordings(concept):
                    also = self.fallback_view.presence(concept)
                    if also is not None and also[1].any():
                        p, s = also[1], also[2]
                if self.fallback_view is not None and not p.any():
                    # Found nowhere by its root: weighed by the coverage view's IDF, found by the light stem.
                    also = self.fallback_view.presence(concept)
                    if also is not None:
                        p, s = also[1], also[2]
                if not p.any() and unstated_cue:
                    weight *= self.settings.unstated_fact_weight  # asks for a fact or a name no story has
                in_passages += weight * p
                in_sentences += weight * s
                total += weight
        total = total or 1.0
        return in_passages / total, in_sentences / total

    def _found_by_wordings(self, concept: Concept) -> bool:
        """Whether `concept` is matched through its lexicon wordings: its own form unused, or its
        own words unknown (`alternatives_light_first`)."""
        if not (self.settings.alternatives_light_first and concept.alternatives):
            return False
        return concept.form_unused or not self.coverage_view.knows(concept.text)

    def _best_sentence(self, passage_index: int, sentence_scores: np.ndarray) -> tuple[int, int]:
        first = int(self._first_sentence[passage_index])
        last = int(self._first_sentence[passage_index + 1]) if passage_index + 1 < len(self.passages) else None
        return self.sentence_spans[first + int(np.argmax(sentence_scores[first:last]))]
