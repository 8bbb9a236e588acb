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

Around it: `index.views` holds one analyzer's BM25 over passages and sentences;
`index.cues` reads what a question asks for from its wording, `index.statements` what a
passage states (a number, a time, the future), and the checks here put the two together;
`index.arabizi` reads a question typed in Latin letters and digits into Arabic script first;
`index.settings` holds the knobs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from index.analyzer import ANALYZERS, Analyzer, words
from index.arabizi import Arabizi
from index.concepts import ConceptReader, worded_as
from index.cues import (
    AND_ASKS,
    ANSWER_WORDS,
    COMPANY_ROLES,
    FOUNDED_PROJECT,
    FUTURE_WORDS,
    LAST,
    NAME_WORDS,
    PLACE_ROLES,
    ROLE_FAMILIES,
    TAKING_PART,
    THAT,
    TITLES,
    VOICE_WORDS,
    WANTS,
    WHERE,
    YES_NO,
    Cues,
    asked_languages,
    asks_for_companies,
    asks_for_the_story,
    asks_how_much,
    asks_how_to,
    asks_outcome,
    asks_what_is,
    asks_when,
    asks_where_or_when,
    asks_who,
    asks_year,
    country_nouns_asked,
    date_nouns_asked,
    is_company_word,
    paragraph_named,
    without_and,
)
from index.expansion import (
    Concept,
    Lexicon,
    actor_groups,
    company_names,
    default_lexicon,
    fact_phrases,
    mine_aliases,
    mine_heads,
    name_phrases,
    person_groups,
    person_phrases,
    place_groups,
    place_phrases,
    project_and_place_phrases,
    quantity_words,
)
from index.normalize import normalize, without_repeated_words
from index.sentences import sentence_spans
from index.settings import SearchSettings
from index.statements import (
    AIM_WORDS,
    FUTURE_VERB,
    PLACE_WORDS,
    PURPOSE_WORDS,
    SPOKEN_FUTURE_VERB,
    companies_named,
    in_or_behind_clitic,
    names_given_in,
    says_any,
    states_date,
    states_future,
    states_outcome,
    states_quantity,
    states_time,
    states_year,
)
from index.stopwords import STOPWORDS, without_fillers
from index.stories import Passage, Story
from index.views import View

__all__ = ["Hit", "PassageIndex", "SearchSettings"]

RANKING_CACHE = 4096  # rankings kept per index, keyed by the question's concepts


# A present-tense verb: «تبني», «يبني», «نبني».
_PRESENT_VERB = re.compile(r"^[يتن]\w{3,}$")

# A «؟» or «?» before the end of a message: several questions in one (`Cues.one_piece`), as is
# «و» before a question word (`AND_ASKS`).
_INNER_QUESTION_MARK = re.compile(r"[؟?](?=.*\S)", re.DOTALL)


@dataclass(frozen=True)
class Hit:
    """A passage ranked for a question, with the evidence the answer layer needs."""

    passage: Passage
    score: float
    coverage: float  # share of the question's IDF mass found in this passage, 0..1; 0 where it cannot answer
    sentence: tuple[int, int]  # span of the best-matching sentence in passage.text
    # The same share whether or not the passage can answer («how much» where it states no
    # number): what a declined question's «nearest passage» is chosen by.
    found: float = 0.0



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
        self.views = [View(ANALYZERS[name], weight, self) for name, weight in self.settings.analyzers]
        ranking = dict(zip((name for name, _ in self.settings.analyzers), self.views))
        coverage = self.settings.coverage_analyzer
        self.coverage_view = ranking.get(coverage) or View(ANALYZERS[coverage], 0.0, self)
        fallback = self.settings.coverage_fallback
        self.fallback_view = (ranking.get(fallback) or View(ANALYZERS[fallback], 0.0, self)) if fallback else None
        mined = [pair for p in self.passages for pair in mine_aliases(p.text)]  # «ستارجيت (Stargate)»
        self.lexicon = default_lexicon(self.settings.epithets).merged(Lexicon(mined)) if self.settings.expand else Lexicon()
        texts = [p.text for p in self.passages] + [s.title for s in stories] + [
            p.section for p in self.passages if p.section
        ]
        self.vocabulary = frozenset(t for text in texts for t in self.coverage_view.analyzer.tokens(text))
        self.names = name_phrases() | {" ".join(words(t)) for pair in mined for t in pair}
        latin = self.lexicon.latin_words() | {w for name in self.names for w in name.split() if w.isascii()}
        self.arabizi = Arabizi(texts, self.lexicon.words(), latin) if self.settings.arabizi else None
        # «شركة ألتمان» is OpenAI where a story says «OpenAI التي يرأسها سام ألتمان» (one way only:
        # a question naming OpenAI is not about Altman).
        heads = [pair for p in self.passages for pair in mine_heads(p.text)] if self.settings.expand else []
        self.reader = ConceptReader(
            self.settings, self.lexicon, self.coverage_view, self.fallback_view, self.vocabulary, self.names, heads
        )
        self.rank = lru_cache(maxsize=RANKING_CACHE)(self._rank)
        self.unnamed_person = lru_cache(maxsize=RANKING_CACHE)(self._unnamed_person)
        self.passage_wording = [self._wording(p.text) | self._wording(p.section or "") for p in self.passages]
        self.states_quantity = np.array([states_quantity(p.text) for p in self.passages])
        self.states_time = np.array([states_time(p.text) for p in self.passages])
        self.states_date = np.array([states_date(p.text) for p in self.passages])
        self.states_year = np.array([states_year(p.text, self.settings.era_years) for p in self.passages])
        # Words of the names, not the function words in them: «إن» would be CNBC's «سي ان بي سي».
        places = PLACE_WORDS | {
            w for n in project_and_place_phrases() for w in n.split() if not w.isascii() and w not in STOPWORDS
        }
        self.states_place = np.array([says_any(p.text, places) for p in self.passages])
        # Sentences as written, without the title and heading their index terms carry.
        sentence_texts = [self.passages[o].text[a:b] for o, (a, b) in zip(self.sentence_owner, self.sentence_spans)]
        self.sentence_states_future_time = np.array(
            [states_time(t) and states_future(t, self.reader.name_words) for t in sentence_texts], bool
        )
        # Who won a case, said in one sentence («ربح الوزير الدعوى»), not a lawsuit beside a win.
        self.states_outcome = np.maximum.reduceat(
            np.array([states_outcome(t) for t in sentence_texts], bool), self._first_sentence
        )
        self.names_given_in = [names_given_in(p.text) for p in self.passages]
        self.sentence_states_aim = np.array([says_any(t, AIM_WORDS) for t in sentence_texts], float)
        heading_share = self.settings.aim_heading_share
        self.states_aim = np.array([
            1.0 if says_any(p.text, AIM_WORDS) else heading_share * says_any(p.section or "", AIM_WORDS)
            for p in self.passages
        ])
        self.states_purpose = np.array([says_any(p.text, PURPOSE_WORDS) for p in self.passages])
        self.states_future = np.array([states_future(p.text, self.reader.name_words) for p in self.passages])
        self.states_plan = np.array([states_future(p.text, self.reader.name_words, aims=False) for p in self.passages])
        self.passage_words = [frozenset(words(p.text)) for p in self.passages]
        self.company_count = np.array([companies_named(words(p.text)) for p in self.passages])
        self.sentence_company_count = np.array([float(companies_named(words(t))) for t in sentence_texts])
        cap = self.settings.company_cap
        self.companies_named = np.minimum(self.company_count, cap) / cap
        # What an off-topic question tends to be about: a kind of fact news seldom states, or a
        # person, company or place of the lexicon's lists; weighed up when no story has it.
        self.fact_phrases = fact_phrases()
        self.projects_and_places = project_and_place_phrases()
        self.places = place_phrases()
        self.people = person_phrases()
        self.person_groups = person_groups()
        self.actor_groups = actor_groups()
        # First word → (spelling, actor), the lower actor first: `_actors_at` reads a text in one pass.
        self._actor_spellings: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for actor, spellings in enumerate(self.actor_groups):
            for spelling in spellings:
                self._actor_spellings.setdefault(spelling[0], []).append((spelling, actor))
        for found in self._actor_spellings.values():
            found.sort(key=lambda pair: pair[1])
        # Each actor's `person_groups` index, or None for a company or an outlet.
        self._person_of = [
            self.person_groups.index(group) if group in self.person_groups else None for group in self.actor_groups
        ]
        # Whose word each sentence's words are: only read by `others_word_penalty` (0.1 s of ARCD's 1.2 s start-up).
        self.sentence_people = (
            [self._people_and_their_words(t) for t in sentence_texts] if self.settings.others_word_penalty else []
        )
        self.company_phrases = frozenset(" ".join(p) for company in company_names() for p in company)
        # Who the stories give a voice to (`voice_check`).
        self.voiced = frozenset(a for text in sentence_texts for a in self._voiced_in(words(text)))
        self._owner_words = _OWNERS if self.settings.owners_not_asked else frozenset()
        # Those voiced only by a refusal or an approval («لكن العرض قوبل بالرفض»: OpenAI) have that
        # voice only, on what its sentence says: the sentence's terms, per actor (`voice_topics`).
        self.voiced_terms: dict[int, set[str]] = {}
        self._voice_terms = frozenset(t for w in VOICE_WORDS for t in self.coverage_view.analyzer.terms(w))
        if self.settings.voice_topics:
            said = {a for text in sentence_texts for a in self._voiced_in(words(text), VOICE_WORDS)}
            for text in sentence_texts:
                for actor in self._voiced_in(words(text)) - said:
                    self.voiced_terms.setdefault(actor, set()).update(self.coverage_view.analyzer.terms(text))
        self.sentence_bodies = [
            (view.analyzer, view.sentence_body_sets) for view in (self.coverage_view, self.fallback_view) if view is not None
        ]
        # The same without a role noun used as a title («بدور الرئيس ترامب» does not say who heads the
        # place beside it): what the role check looks for (`untitled_roles`).
        untitled = [self._without_titles(t) for t in sentence_texts] if self.settings.untitled_roles else sentence_texts
        self.untitled_bodies = [
            (analyzer, [frozenset(analyzer.terms(text)) for text in untitled]) for analyzer, _ in self.sentence_bodies
        ]
        self.heading_sets = [
            (analyzer, [frozenset(analyzer.terms(p.section)) if p.section else frozenset() for p in self.passages])
            for analyzer, _ in self.sentence_bodies
        ]
        self.unstated_cues = self.fact_phrases | (self.names if self.settings.unstated_names else frozenset())
        self.company_root = frozenset(self.coverage_view.analyzer.terms("شركة"))
        self.subject_view = self.fallback_view or self.coverage_view
        subject_terms = self.subject_view.analyzer.terms
        self.title_terms = {sid: frozenset(subject_terms(story.title)) for sid, story in self.stories.items()}
        self.title_words = frozenset().union(*self.title_terms.values())
        self.is_lede = np.array([p.number == 1 for p in self.passages])
        self.heading_terms = [frozenset(subject_terms(p.section)) if p.section else frozenset() for p in self.passages]
        # Places in headings as headings are matched, by light stem: by root «الإمارات» and
        # «الأمريكية» are one («امر»).
        self.heading_stems = [(self.subject_view.analyzer, self.heading_terms)]
        self.heading_names_place = _holding(tuple(self.places), self.heading_stems)
        window = self.settings.definition_window
        self.opening_terms = [frozenset(self.coverage_view.analyzer.terms(p.text)[:window]) for p in self.passages]


    def concepts(self, question: str) -> list[Concept]:
        """What the question asks about, with other wordings for words the stories never use
        (`ConceptReader.concepts`)."""
        return self.reader.concepts(self._as_read(question))

    def in_arabic(self, question: str) -> str:
        """`question` in Arabic script when it is typed in Arabizi (`index.arabizi`), else as given."""
        return self.arabizi.read(question) if self.arabizi is not None else question

    def _as_read(self, question: str) -> str:
        """`question` as the index reads it: in Arabic script, two words typed as one apart
        (`glued_words`), without a greeting or a thanks (`courtesy_clause`), without the «و»
        (and) that joins it to a question before (`without_and`), so «وكم…؟» asks what «كم…؟»
        does."""
        question = self.in_arabic(question)
        if self.settings.inner_teh_marbuta:
            question = self.reader.unslipped(question)
        if self.settings.repeated_words:
            question = without_repeated_words(question)
        if self.settings.split_words:
            question = self.reader.rejoined(question)
        if self.settings.glued_words:
            question = self.reader.unglued(question)
        if self.settings.courtesy_clause:
            question = self.reader.without_courtesy(question)
        return without_and(question)

    def search(self, question: str, story_id: str | None = None, top: int = 10) -> list[Hit]:
        """Passages ranked for `question`, best first; only those sharing a term with it."""
        question = self._as_read(question)
        named = paragraph_named(question) if self.settings.paragraph_named else None
        if named is not None:
            return self._named_paragraphs(*named, story_id, top)
        return self._ranked(question, story_id, top)

    def _named_paragraphs(self, number: int, rest: str, story_id: str | None, top: int) -> list[Hit]:
        """The paragraph numbered `number` (or the last, `LAST`) of each story (`story_id`'s
        alone, given one), as the whole answer (coverage 1), those `rest` (the question's other
        words) finds best first, its sentence the one `rest` finds. No hit when `rest` asks what
        no paragraph states (every passage found holds part of it and cannot answer): the reader
        points at a paragraph, but the story does not say; none from a story without that paragraph."""
        last = {p.story_id: p.number for p in self.passages}
        chosen = [
            i for i, p in enumerate(self.passages)
            if (story_id is None or p.story_id == story_id) and p.number == (last[p.story_id] if number == LAST else number)
        ]
        found = {h.passage.id: h for h in self._ranked(rest, story_id, len(self.passages))} if rest else {}
        if found and not any(h.coverage for h in found.values()) and any(h.found for h in found.values()):
            return []
        hits = []
        for i in chosen:
            hit = found.get(self.passages[i].id)
            sentence = hit.sentence if hit is not None and hit.coverage else self.sentence_spans[self._first_sentence[i]]
            hits.append(Hit(self.passages[i], 1.0 + (hit.score if hit else 0.0), 1.0, sentence, found=1.0))
        return sorted(hits, key=lambda h: -h.score)[:top]

    def _ranked(self, question: str, story_id: str | None, top: int) -> list[Hit]:
        """`search` of a question as read, that names no paragraph."""
        concepts = tuple(self.reader.concepts(question))
        companies = bool(self.settings.company_boost) and asks_for_companies(question, self.reader.bare_vocabulary)
        if companies:
            # «Which companies…» names what the answer is, not what it is about: like «مين»,
            # the word goes (with «اسم» in «ما اسم الشركة…»), and the passages that name
            # companies get the boost below. When nothing is left but the story's subject
            # («مين الشركات اللي في المشروع؟»), the passages that list companies answer — unless
            # it is a person's («ما هي شركات ماسك؟»: his own, not every company the story names).
            concepts = tuple(c for c in concepts if not self._names_the_answer_type(c))
            if all(self._in_a_title(c) for c in concepts) and not any(worded_as(c, self.people) for c in concepts):
                return self._company_lists(story_id, top)
        elif self.settings.company_boost and self.settings.who_takes_part and asks_who(question) and concepts and all(
            worded_as(c, self.projects_and_places) or all(w in FOUNDED_PROJECT for w in c.words) for c in concepts
        ):
            # «ستارجيت الإمارات مين فيها؟», «منو اشترك بستارجيت؟», «مين أسس ستارجيت؟»: who is in (or
            # founded) a project is which companies.
            companies = True
            concepts = tuple(c for c in concepts if not all(w in FOUNDED_PROJECT for w in c.words))
        dates = frozenset()
        if self.settings.date_noun_answer_type:
            dates = date_nouns_asked(question, self.settings.time_then_which)
        if dates:
            # «في أي شهر…»: the month asked for says what the answer is (the «when» checks find it).
            concepts = tuple(c for c in concepts if not (len(c.words) == 1 and c.words[0] in dates)) or concepts
        countries = country_nouns_asked(question) if self.settings.country_noun_answer_type else frozenset()
        if countries and any(worded_as(c, self.people) for c in concepts):
            # «بأي دولة كان ماسك…؟»: where someone was is a place, the answer (the «where» boost
            # finds it). Only of a person: «في أي دولة تقع…» finds a paragraph saying «دولة» (ARCD).
            concepts = tuple(c for c in concepts if not (len(c.words) == 1 and c.words[0] in countries)) or concepts
        if not concepts:
            return self._ledes(story_id, top) if self.settings.story_lede and asks_for_the_story(question) else []
        settings = self.settings
        how_much = asks_how_much(question, settings.time_then_which)
        wants = bool(settings.want_boost) and not WANTS.isdisjoint(words(question))
        cues = Cues(
            # The «what is X» cue reads the question's opening, which concepts do not keep.
            what_is=bool(settings.definition_boost) and len(concepts) == 1 and asks_what_is(question),
            companies=companies,
            # Only the story's subject, and no place, time, amount or company asked for: what is it?
            subject=bool(settings.title_lede_boost) and not (
                companies or how_much or asks_where_or_when(question) or wants
            ),
            defines_subject=bool(settings.subject_heading_boost) and asks_what_is(question, or_last=True)
            and not any(worded_as(c, self.people) for c in concepts),
            quantity=settings.quantity_check and how_much,
            future=settings.future_check and self._asks_future(question),
            who=settings.who_will_needs_plan and asks_who(question),
            when=settings.when_check and asks_when(question, settings.time_then_which),
            year=settings.year_check and asks_year(question),
            outcome=settings.outcome_check and asks_outcome(question),
            where=not WHERE.isdisjoint(words(question)) or bool(countries),
            wants=wants,
            purpose=wants and not any(worded_as(c, self.people) for c in concepts),
            languages=asked_languages(question) if settings.language_name_boost else frozenset(),
            yes_no=without_fillers(words(question))[:1] in YES_NO,
            one_piece=not (_INNER_QUESTION_MARK.search(question) or AND_ASKS.search(question)),
            # «Who runs the company Musk fights?» asks for the one whose word it is.
            others_words=bool(settings.others_word_penalty) and not asks_who(question),
        )
        if settings.unstated_fact_check:
            asked = concepts if cues.quantity or cues.when else concepts[:1]
            cues = replace(cues, unstated_fact=any(self._unstated_fact(c) for c in asked))
        if settings.name_of_unknown_check and self._names_an_unknown(question, concepts):
            cues = replace(cues, unstated_fact=True)
        if settings.unnamed_person_check and self._names_someone_unnamed(concepts):
            cues = replace(cues, unstated_fact=True)
        if settings.how_to_check and asks_how_to(
            question, self.reader.bare_vocabulary, self.names, any(worded_as(c, self.names) for c in concepts)
        ):
            cues = replace(cues, unstated_fact=True)
        if settings.voice_check and not asks_who(question) and self._asks_unvoiced(question, concepts):
            # («مين اللي قال إن ترامب…؟» asks who said it: the one named is not the speaker.)
            cues = replace(cues, unstated_fact=True)
        wording = self._wording(question) if settings.wording_boost else frozenset()
        return list(self.rank(concepts, cues, wording, story_id, top))

    def _in_a_title(self, concept: Concept) -> bool:
        """Whether `concept` is worded (as asked or in another wording) in a story's title: the
        story's subject («المشروع», «ستارجيت الإمارات»), not a part of it."""
        wordings = map(self.subject_view.analyzer.terms, (concept.text, *concept.alternatives))
        return any(wording and set(wording) <= self.title_words for wording in wordings)

    def _company_lists(self, story_id: str | None, top: int) -> list[Hit]:
        """The passages that name two companies or more, most first: what «مين الشركات المشاركة؟»
        asks when it names nothing but what it asks for and the story's subject (no other
        project, no place the title lacks). Each is the whole answer (coverage 1), its sentence
        the one that names most."""
        hits: list[Hit] = []
        for i in np.argsort(-self.company_count, kind="stable"):
            if self.company_count[i] < 2 or len(hits) >= top:
                break
            if story_id is None or self.passages[i].story_id == story_id:
                sentence = self._best_sentence(int(i), self.sentence_company_count)
                hits.append(Hit(self.passages[i], float(self.company_count[i]), 1.0, sentence, found=1.0))
        return hits

    def _ledes(self, story_id: str | None, top: int) -> list[Hit]:
        """Each story's first paragraph (`story_id`'s alone, given one): what «شو القصة؟» or
        «لخصلي الخبر» asks when it names nothing else. A news story's lede is its summary; the
        whole answer (coverage 1), its first sentence the one shown in bold."""
        ledes = [
            i for i in np.flatnonzero(self.is_lede) if story_id is None or self.passages[i].story_id == story_id
        ]
        return [
            Hit(self.passages[i], 1.0, 1.0, self.sentence_spans[self._first_sentence[i]], found=1.0)
            for i in ledes[:top]
        ]

    def _asks_future(self, question: str) -> bool:
        """Whether the question asks what will happen: «will», «سوف», or a verb with the future
        «سـ» («ستنتهي», «سيخلف») or spoken «حـ» / «هـ» («حيشتغل», «هيوافق»): a word so shaped that
        neither the stories, the lexicon nor spelling know («ستارجيت», «سيسكو», «ستارجت» are known),
        nor a form X verb said without its first vowel («ستقال» is «استقال», resigned). Not after
        «أن» and its kin: «لما عرف أن OpenAI ستقود المشروع» asks what happened then."""
        for w in words(question):
            if w in THAT:
                return False
            if w in FUTURE_WORDS or (
                (FUTURE_VERB.match(w) or SPOKEN_FUTURE_VERB.match(w)) is not None
                and w not in self.vocabulary and w not in self.reader.lexicon_all
                and w not in STOPWORDS and not self.reader.story_spelling(w)
                and not self.lexicon.said_without_first_vowel(w)
            ):
                return True
        return False

    def _purpose_of(self, concepts: Sequence[Concept]) -> np.ndarray:
        """Passages that state the asked future verb as a purpose, «لـ» and its verbal noun: «من
        سيبني المركز؟» is answered by «تحالف… لبناء مركز» (an alliance to build a centre), a plan
        said without a word of planning. The verb's lexicon line gives the noun («بناء»)."""
        found = np.zeros(len(self.passages), bool)
        if not self.settings.purpose_as_plan:
            return found
        for concept in concepts:
            verb = concept.text
            marked = (FUTURE_VERB.match(verb) or SPOKEN_FUTURE_VERB.match(verb)) is not None
            # A question asked of the future with the future a word apart («رح تبني», «سوف يبني»)
            # has its verb plain: any present-tense verb of it is the one asked.
            if len(concept.words) != 1 or not (marked or _PRESENT_VERB.match(verb)):
                continue
            # The MSA «سـ» stays on the verb when the question is read («سيبني»); off it here.
            said = [concept, *self.lexicon.concepts((verb[1:],))] if marked else [concept]
            nouns = {a for c in said for a in c.alternatives if " " not in a and not a.isascii()}
            purposes = {"ل" + n for n in nouns} | {"لل" + n[2:] for n in nouns if n.startswith("ال")}
            found |= np.fromiter((not purposes.isdisjoint(w) for w in self.passage_words), bool, len(found))
        return found

    def _unstated_fact(self, concept: Concept) -> bool:
        """Whether `concept` is a kind of fact news seldom states (`fact_phrases`) that no story
        states, by light stem (by root «أتعلم» is in «عالمي»)."""
        if not worded_as(concept, self.fact_phrases):
            return False
        view = self.fallback_view if self.settings.unstated_by_stem else self.coverage_view
        if len(concept.words) > 1:
            # A phrase is stated where all of it is: «القيمة السوقية» (market value) is not in
            # «بقيمة 97.4 مليار» (a price), which `presence` (any word of it) would count.
            wordings = [frozenset(view.analyzer.terms(w)) for w in (concept.text, *concept.alternatives)]
            return not any(w and w <= doc for doc in view.term_sets for w in wordings)
        found = view.presence(concept)
        return found is None or not found[1].any()

    def _names_an_unknown(self, question: str, concepts: Sequence[Concept]) -> bool:
        """«ما اسم المحامي الذي يمثل ماسك؟»: the name of something no story and no lexicon line
        mentions (a lawyer, a chip, a dog) is a fact no story states."""
        tokens = words(question)
        asked = {b for a, b in zip(tokens, tokens[1:]) if a in NAME_WORDS}
        return any(
            c.words[0] in asked and not c.alternatives
            and not self.reader.in_a_view(c.text)
            for c in concepts
        )

    def _names_someone_unnamed(self, concepts: Sequence[Concept]) -> bool:
        """Whether the question names a person of the lexicon whom no story names, in its
        sentences or headings, in any spelling: Harris, Biden, Zuckerberg."""
        return any(self.unnamed_person(c) for c in concepts)

    def _unnamed_person(self, concept: Concept) -> bool:
        """`concept` is a person of the lexicon no story names (memoized: Musk is in most questions)."""
        return worded_as(concept, self.people) and not self._names_in_body([concept]).any()

    def _names_the_answer_type(self, concept: Concept) -> bool:
        """«الشركات», «اسم» or a number in a «which companies» question — and, by default, taking part
        («المشاركة», «دخلت») — says what is asked for, not what about."""
        if len(concept.words) == 1 and (
            is_company_word(concept.words[0], self.reader.bare_vocabulary) or concept.words[0] in NAME_WORDS
        ):
            return True  # a slip of one too («مين الشكات…»), as `asks_for_companies` reads it
        if len(concept.words) == 1 and in_or_behind_clitic(concept.words[0], quantity_words()):
            return True  # «ما الشركات الثلاث…»: how many are asked for, a list the answer is
        if not self.settings.taking_part_is_answer_type:
            return False
        terms = set(self.coverage_view.analyzer.terms(concept.text))
        return all(w in TAKING_PART for w in concept.words) or (bool(terms) and terms <= self.company_root)

    def _wording(self, text: str) -> frozenset[tuple[str, str]]:
        """Adjacent term pairs of `text` (question or passage) for the wording boost."""
        terms = ANALYZERS[self.settings.wording_analyzer].terms(text)
        return frozenset(zip(terms, terms[1:]))

    def _rank(
        self, concepts: tuple[Concept, ...], cues: Cues, wording: frozenset[tuple[str, str]],
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
                if headed.sum() > 1 and self.settings.subject_heading_by_title:
                    headed = self._most_like_title(headed)
                if headed.sum() == 1:  # one section about it, not several («ستارجيت» heads two)
                    scores = scores * (1 + self.settings.subject_heading_boost * headed)
        if cues.wants:
            scores = scores * (1 + self.settings.want_boost * self.states_aim)
            if self.settings.want_sentence:
                # The sentence shown in bold is the one that states the aim or the attempt.
                sentence_total = sentence_total * (1 + self.settings.want_boost * self.sentence_states_aim)
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
            if can_answer.any() and cues.one_piece:
                # «كم يوما…»: a paragraph with no number cannot answer, and standing first it
                # declined a question the one below answers («لعدة أيام»). Not in a message of
                # several questions: there the paragraph with a number answers one of them, and
                # the others are answered piece by piece when the whole is declined.
                scores = np.where(can_answer, scores, scores * self.settings.numberless_rank_factor)
        if cues.future:
            # «Who will…» needs a plan or a future verb: an aim says what a project is for.
            can_answer &= (self.states_plan | self._purpose_of(concepts)) if cues.who else self.states_future
        if cues.when:
            can_answer &= self.states_time
        if cues.year:
            can_answer &= self.states_year
        if cues.outcome:
            can_answer &= self.states_outcome
        if cues.when and cues.future and self.settings.future_time_check:
            # «When will…»: a time and the future in one sentence («خطط لرفعها… خلال أربع سنوات»),
            # not a past date beside an aim.
            can_answer &= np.maximum.reduceat(self.sentence_states_future_time, self._first_sentence)
        if cues.when and not cues.future and not cues.unstated_fact and can_answer.any():
            # «When…», «which year…»: a paragraph that gives no time cannot answer, and ranks below
            # one that does, or it would stand first and decline the question (the only answer
            # it had). Not «when will…»: a plan with no date is no answer to it either.
            scores = np.where(can_answer, scores, scores * self.settings.timeless_rank_factor)
        if cues.unstated_fact:
            can_answer[:] = False
        if self.settings.role_check:
            together = self._role_with_name(concepts)
            if together is not None:
                can_answer &= together
                scores = np.where(together, scores, scores * self.settings.role_rank_factor)
        if self.settings.place_claim_check and cues.yes_no:
            together = self._place_with_claim(concepts)
            if together is not None:
                can_answer &= together
        if self.settings.named_quantity_check and (cues.quantity or cues.when):
            in_body = self.settings.named_quantity_in_body
            named = self._names_in_body(concepts) if in_body else self._names_present(concepts)
            if named is not None:
                can_answer &= named > 0
        if self.settings.other_place_check and (cues.quantity or cues.when):
            elsewhere = self._about_another_place(concepts)
            if elsewhere is not None:
                can_answer &= ~elsewhere
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
                    found=float(coverage[i]),
                )
            )
            if len(hits) >= top:
                break
        return tuple(hits)

    def _people_and_their_words(self, sentence: str) -> tuple[frozenset[int], dict[str, frozenset[int | None]]]:
        """The people a sentence names (as `person_groups` indexes), and for each of its terms
        whose name, if any, follows it within two words: «يرأسها سام ألتمان» gives «يرأسها» to Altman."""
        tokens = words(sentence)
        at = [None if a is None else self._person_of[a] for a in self._actors_at(tokens)] + [None, None]
        owners: dict[str, set[int | None]] = {}
        for i, token in enumerate(tokens):
            if at[i] is not None:
                continue
            owner = at[i + 1] if at[i + 1] is not None else at[i + 2]
            for term in self.coverage_view.analyzer.terms(token):
                owners.setdefault(term, set()).add(owner)
        named = frozenset(p for p in at if p is not None)
        return named, {term: frozenset(o) for term, o in owners.items()}

    def _actors_at(self, tokens: Sequence[str]) -> list[int | None]:
        """Per token, the actor (`actor_groups` index) whose name starts there, if any."""
        tokens = tuple(tokens)
        return [
            next((a for s, a in self._actor_spellings.get(token, ()) if tokens[i : i + len(s)] == s), None)
            for i, token in enumerate(tokens)
        ]

    def _voiced_in(self, tokens: Sequence[str], saying_words: frozenset[str] = ANSWER_WORDS) -> set[int]:
        """The actors a sentence gives a voice to: named within two words after a word of saying
        or just before one («أبلغ ماسك», «كشفت شبكة CNBC»), the first actor and the first person
        after its first («في بيانها، تجاهلت المتحدثة باسم البيت الأبيض، كارولين ليفيت»), and the
        last actor before its last («…على OpenAI…، لكن العرض قوبل بالرفض»)."""
        at = self._actors_at(tokens)
        saying = [i for i, token in enumerate(tokens) if token in saying_words]
        if not saying:
            return set()
        after = [a for a in at[saying[0] + 1 :] if a is not None]
        people = [a for a in after if self._person_of[a] is not None]
        before = [a for a in at[: saying[-1]] if a is not None]
        voiced = set(after[:1] + people[:1] + before[-1:])
        for i in saying:
            voiced.update(a for a in at[max(i - 1, 0) : i + 3] if a is not None)
        return voiced

    def _asks_unvoiced(self, question: str, concepts: Sequence[Concept] = ()) -> bool:
        """Whether the question asks for the voice of actors, named within two words of its word
        of saying and not after a preposition, that no story gives one to («ما رأي سام ألتمان في
        ماسك؟», «هل علّق سام ألتمان…؟», «ما رأي مايكروسوفت…؟»)."""
        tokens = words(question)
        if VOICE_WORDS.isdisjoint(tokens):
            return False
        bare = [w[1:] if w.startswith("و") and len(w) > 3 else w for w in tokens]  # «وترامب»
        at = [a if a is not None else b for a, b in zip(self._actors_at(tokens), self._actors_at(bare))]
        for i, token in enumerate(tokens):
            if token not in VOICE_WORDS or (i > 0 and tokens[i - 1] in _PREPOSITIONS):
                continue  # «عن رأي ترامب»: someone else's account of it
            asked = {
                at[j] for j in range(max(i - 2, 0), min(i + 3, len(tokens)))
                if at[j] is not None and not (j > 0 and tokens[j - 1] in _PREPOSITIONS)
                and not (j > 0 and tokens[j - 1] in self._owner_words)
                and not self._behind_a_clitic_preposition(tokens[j:], at[j])
            }
            if asked and asked.isdisjoint(self.voiced):
                return True
            answered = asked & self.voiced
            if answered and answered <= self.voiced_terms.keys() and not self._voiced_about(answered, concepts):
                return True
        return False

    def _a_voice_word(self, concept: Concept) -> bool:
        """Whether the concept is a word of saying: as written, in a wording, or by its root."""
        return (
            concept.text in VOICE_WORDS or not VOICE_WORDS.isdisjoint(concept.alternatives)
            or not self._voice_terms.isdisjoint(self.coverage_view.analyzer.terms(concept.text))
        )

    def _voiced_about(self, actors: set[int], concepts: Sequence[Concept]) -> bool:
        """Whether a sentence voicing one of `actors` has a word of what the question asks them
        about: OpenAI's voice is its refusal of Musk's offer, no answer to «ما رد OpenAI على
        محاولة ماسك عرقلة المشروع؟». True when it asks about nothing but names and the story's title."""
        voiced = set().union(*(self.voiced_terms.get(a, set()) for a in actors))
        terms = self.coverage_view.analyzer.terms
        asked = [
            set().union(*map(terms, (c.text, *c.alternatives))) - self.title_words
            for c in concepts if not worded_as(c, self.names) and not self._a_voice_word(c)
        ]
        asked = [t for t in asked if t]
        return not asked or any(not t.isdisjoint(voiced) for t in asked)

    def _behind_a_clitic_preposition(self, tokens: Sequence[str], actor: int) -> bool:
        """Whether the name `tokens` start with is behind «لـ» (to) or «بـ» (in): «ماسك وش كان يقول
        لترامب بالرياض؟» asks what Musk said, to Trump, in Riyadh — as «عن»/«في» before a name do."""
        return tokens[0][:1] in ("ل", "ب") and self._actors_at([tokens[0][1:], *tokens[1:4]])[0] == actor

    def _others_words(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, 1.0 where some concept of the question is, in every sentence using it,
        a word of another person than those the question names; None when it names no one."""
        asked = frozenset(
            person for c in concepts if worded_as(c, self.people)
            for person, spellings in enumerate(self.person_groups)
            if any(" ".join(s) in (c.text, *c.alternatives) for s in spellings)
        )
        if not asked:
            return None
        result = np.zeros(len(self.passages))
        for concept in concepts:
            if worded_as(concept, self.names):
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

    def _a_place_nisba(self, concept: Concept) -> bool:
        """«الأمريكي», «الإماراتي»: a place's adjective with the article, not any nisba («المالي»,
        financial)."""
        return _a_nisba(concept) and concept.text.startswith("ال") and worded_as(concept, self.places)

    def _role_with_name(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether one of its sentences has both a role the question asks («مؤسس»,
        «يرأس», «منتج», «وزير», «يمول») and a company, project or place it names; None when it asks
        no role of one."""
        # A role's noun before a person's name is their title, not the question («أين كان الرئيس
        # ترامب…؟»); a verb before one is said of them («متى أسس ماسك شركة xAI؟»).
        roles = [
            family for i, c in enumerate(concepts) for family in ROLE_FAMILIES
            if c.text in family
            and not (c.text in TITLES and i + 1 < len(concepts) and worded_as(concepts[i + 1], self.people))
            and not (self.settings.nisba_titles and c.text in TITLES and c.text.startswith("ال")
                     and i + 1 < len(concepts) and self._a_place_nisba(concepts[i + 1]))
        ]
        named = [c for c in concepts if worded_as(c, self.company_phrases) or worded_as(c, self.projects_and_places)]
        if roles and all(f in COMPANY_ROLES for f in roles):
            named = [c for c in named if worded_as(c, self.company_phrases)]
        if roles and not any(f in PLACE_ROLES for f in roles):
            # A place is founded, owned or makes things only as its companies do: «تأسيس المركز في
            # الإمارات» asks why a centre was founded there, not who founded the country.
            named = [c for c in named if not worded_as(c, self.places)]
        if not roles or not named:
            return None
        role_wordings = [tuple(sorted(f)) for f in roles]
        name_wordings = [(c.text, *c.alternatives) for c in named]
        # «رئيس الإمارات» asks who heads it, which «الرئيس ترامب» beside it does not say; «الرئيس»
        # alone is a person («رجال الرئيس»), whom the title names.
        the_title = any(c.text in TITLES and c.text.startswith("ال") for c in concepts)
        together = self._said_together(role_wordings, name_wordings, None if the_title else self.untitled_bodies)
        if self.settings.role_in_heading:
            # A heading is a sentence about its section: «تحالف دولي لتأسيس مشروع ستارجيت» says who
            # founded the project, in the paragraph under it.
            together = together | (self._in_headings(role_wordings) & self._in_headings(name_wordings))
        return together

    def _place_with_claim(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether one of its sentences names a place (or, with `company_claim_check`,
        a company) the question asks about, not one of a story title's, and one of its other
        concepts that is no name; None when the question asks about no such name or asks nothing else.
        A company asked about with nothing else is asked about taking part (`_company_in_project`)."""
        def in_a_title(concept: Concept) -> bool:
            return any(not self.title_words.isdisjoint(self.subject_view.analyzer.terms(w))
                       for w in (concept.text, *concept.alternatives))

        names = self.places | (self.company_phrases if self.settings.company_claim_check else frozenset())
        # A nisba after a noun describes it («رجل الأعمال الأمريكي»): the question is not about the place.
        subjects = [
            c for i, c in enumerate(concepts)
            if worded_as(c, names) and not in_a_title(c)
            and not (i > 0 and _a_nisba(c))
            and not (i > 0 and concepts[i - 1].text in self._owner_words)  # «صاحب تسلا»: a person
        ]
        # «Is Cisco part of…?», «هل شاركت سيسكو…؟»: that a company takes part is what naming it
        # among the others says; the joining word is no claim to find beside it.
        a_company = any(worded_as(c, self.company_phrases) for c in subjects)
        claims = [
            c for c in concepts
            if not worded_as(c, self.names) and not worded_as(c, self.projects_and_places) and not in_a_title(c)
            and self.coverage_view.analyzer.terms(c.text)
            and not (a_company and all(w in TAKING_PART for w in c.words))
            and not (a_company and is_company_word(c.text))  # «شركة أوراكل»: the name's noun
        ]
        if a_company and not claims:
            return self._company_in_project(subjects, concepts)
        if not subjects or not claims:
            return None
        return self._said_together(
            [(c.text, *c.alternatives) for c in subjects], [(c.text, *c.alternatives) for c in claims]
        )

    def _company_in_project(self, companies: list[Concept], concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether its sentences name the company the question asks about and its
        sentences or heading each project or place it asks whether the company is in («هل تشارك
        مايكروسوفت في ستارجيت الإمارات؟»: paragraph 8 names Microsoft beside OpenAI only); None
        when it asks about none."""
        # Not a place right after a company, which it describes: «شركة الشبكات الأمريكية» (Cisco).
        where = [
            (c.text, *c.alternatives) for i, c in enumerate(concepts)
            if worded_as(c, self.projects_and_places) and not (i > 0 and worded_as(concepts[i - 1], self.company_phrases))
        ]
        if not where:
            return None
        named = np.logical_or.reduce([self._in_sentence_bodies((c.text, *c.alternatives)) for c in companies])
        found = np.maximum.reduceat(named, self._first_sentence)
        # By light stem only (`places_by_stem`: the fallback view, the last): ISRI reads «الأمريكي»
        # and «الإمارات» as one root.
        bodies, headings = self.sentence_bodies, self.heading_sets
        if self.settings.places_by_stem:
            bodies, headings = bodies[-1:], headings[-1:]
        for wordings in where:
            in_body = np.maximum.reduceat(_holding(wordings, bodies), self._first_sentence)
            found = found & (in_body | _holding(wordings, headings))
        return found

    def _people_named(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether its own sentences or heading name one of the people the question
        names; None when it names none. Not the title, which names the story's subject in every
        passage: «هل سيستثمر ماسك في الإمارات؟» is not answered by paragraph 9, Trump's Stargate."""
        people = [c for c in concepts if worded_as(c, self.people)]
        if not people:
            return None
        return self._names_in_body(people)

    def _said_together(
        self, these: list[tuple[str, ...]], those: list[tuple[str, ...]],
        these_in: list[tuple[Analyzer, list[frozenset[str]]]] | None = None,
    ) -> np.ndarray:
        """Per passage, whether one of its sentences holds one of `these` wordings and one of `those`
        (`these` looked for in `these_in`, another reading of the sentences, when given)."""
        first = np.logical_or.reduce([_holding(w, these_in or self.sentence_bodies) for w in these])
        second = np.logical_or.reduce([self._in_sentence_bodies(w) for w in those])
        return np.maximum.reduceat(first & second, self._first_sentence)

    def _without_titles(self, sentence: str) -> str:
        """The sentence's words without a role noun that stands before a person's name as their
        title («الرئيس دونالد ترامب»)."""
        tokens = words(sentence)
        after = self._actors_at(tokens)[1:] + [None]  # who is named at the next word
        return " ".join(
            t for t, a in zip(tokens, after) if not (t in TITLES and a is not None and self._person_of[a] is not None)
        )

    def _in_sentence_bodies(self, wordings: tuple[str, ...]) -> np.ndarray:
        """Per sentence, whether its own words (not the title or heading indexed with it) hold
        one of `wordings` whole, by root or by light stem."""
        return _holding(wordings, self.sentence_bodies)

    def _in_headings(self, groups: list[tuple[str, ...]]) -> np.ndarray:
        """Per passage, whether its section heading holds a wording of one of `groups` whole."""
        return np.logical_or.reduce([_holding(wordings, self.heading_sets) for wordings in groups])

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

    def _most_like_title(self, headed: np.ndarray) -> np.ndarray:
        """Of the `headed` passages, those whose heading shares most words with their story's
        title: of two sections named for the subject, the one about the story's own."""
        shared = np.array([
            len(self.heading_terms[i] & self.title_terms[p.story_id]) if headed[i] else -1
            for i, p in enumerate(self.passages)
        ])
        return (headed.astype(bool) & (shared == shared.max())).astype(float)

    def _names_present(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, the share of the question's named people, companies and places it names
        (only names the stories use count); None when the question names none."""
        found = []
        for concept in concepts:
            if worded_as(concept, self.names):
                presence = self.coverage_view.presence(concept)
                if presence is not None and presence[1].any():
                    found.append(presence[1])
        return np.mean(found, axis=0) if found else None

    def _names_in_body(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether its own sentences or its heading (not the title indexed with
        every passage) name one of the question's people, companies or places, in any of their
        spellings; None when the question names none.

        The title names the story's subject in every passage: «كم تبلغ قيمة مشروع ستارجيت
        الإماراتي؟» is not answered by paragraph 8's «بقيمة 97.4 مليار», which is OpenAI's."""
        named = [self._name_wordings(c) for c in concepts if worded_as(c, self.names)]
        if not named:
            return None
        said = np.logical_or.reduce([self._in_sentence_bodies(w) for w in named])
        return np.maximum.reduceat(said, self._first_sentence) | self._in_headings(named)

    def _about_another_place(self, concepts: Sequence[Concept]) -> np.ndarray | None:
        """Per passage, whether its heading names a place and none the question asks about; None
        when the question names no place. Under «مشروع ستارجيت بنسخته الأمريكية» every number
        is the American version's: it cannot say what the Emirati project costs."""
        asked = [self._name_wordings(c) for c in concepts if self._a_place_as_asked(c)]
        if not asked:
            return None
        # Every line the place is on: «الولايات المتحدة» has a line of its own beside «أمريكا»'s.
        asked += [tuple(group) for group in place_groups() if any(not group.isdisjoint(w) for w in asked)]
        named = np.logical_or.reduce([_holding(wordings, self.heading_stems) for wordings in asked])
        return self.heading_names_place & ~named

    def _a_place_as_asked(self, concept: Concept) -> bool:
        """A place as written, by the lexicon or as its nisba («الإماراتي»), not by a typo's reading:
        «الاستمارات» (forms), a slip of «الاستثمارات», is also two edits from «الإمارات»."""
        return (
            concept.text in self.places or not self.places.isdisjoint(self._lexicon_spellings(concept))
            or self._a_place_nisba(concept)
        )

    def _name_wordings(self, concept: Concept) -> tuple[str, ...]:
        """A name as asked and in every spelling the lexicon gives it: a name the stories use
        keeps no alternatives for ranking («إيلون»), but a paragraph may call him «ماسك»."""
        return (concept.text, *concept.alternatives, *self._lexicon_spellings(concept))

    def _lexicon_spellings(self, concept: Concept) -> tuple[str, ...]:
        """The lexicon's own wordings of the concept's words, whatever the search found for it."""
        again = self.lexicon.concepts(concept.words)
        return again[0].alternatives if len(again) == 1 else ()

    def _coverage(self, concepts: Sequence[Concept]) -> tuple[np.ndarray, np.ndarray]:
        """Per passage and per sentence, the IDF-weighted share of the question's concepts it contains."""
        in_passages = np.zeros(len(self.passages))
        in_sentences = np.zeros(len(self.sentence_spans))
        total = 0.0
        for concept in concepts:
            found = self.coverage_view.presence(concept)
            if found is not None:
                weight, p, s = found
                unstated_cue = worded_as(concept, self.unstated_cues)
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


# Before a name, it is no speaker: «رأي سام ألتمان في ماسك», «المتحدثة بتاعة ترامب ردت».
def _a_nisba(concept: Concept) -> bool:
    """One word of five letters or more ending in «ي»: a nisba, which after a noun describes it
    («رجل الأعمال الأمريكي», «الرئيس الأمريكي»)."""
    return len(concept.words) == 1 and concept.text.endswith("ي") and len(concept.text) >= 5


# Words of owning a company: «صاحب xAI» is its owner, a person (`owners_not_asked`).
_OWNERS = frozenset(normalize(w) for w in "صاحب صاحبة صاحبها مالك مالكة المالك owner".split())
_PREPOSITIONS = frozenset(normalize(w) for w in (
    "على عن في من مع إلى بشأن حول بخصوص بتاع بتاعة تبع تبعه مال ديال حق to about of with from on "
    "ل ب"  # «لـ» and «بـ» written apart before a Latin name: «يقول لـOpenAI»
).split())


def _holding(wordings: tuple[str, ...], term_sets: list[tuple[Analyzer, list[frozenset[str]]]]) -> np.ndarray:
    """Per text of `term_sets` (a sentence's own words, a heading's), whether it holds one of
    `wordings` whole under any of the analyzers (by root or by light stem)."""
    found = np.zeros(len(term_sets[0][1]), bool)
    for analyzer, texts in term_sets:
        asked = [frozenset(t) for t in (analyzer.terms(w) for w in wordings) if t]
        found |= np.fromiter((any(a <= terms for a in asked) for terms in texts), bool, len(texts))
    return found
