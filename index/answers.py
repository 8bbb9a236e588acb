"""Questions → cited answers, or an honest «not in the story».

An answer is a passage with its citation, the sentence in it that best matches
the question, and its score. A question is declined when the best passage
covers too little of what the question is about: `Abstention` holds the two
thresholds, calibrated on the out-of-scope questions in data/eval (see
docs/retrieval.md), not guessed. A message that asks several questions gets the
others answered too (`Result.also`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from index.cues import AND_ASKS, JOINED_ASKING, asks_for_the_story, without_and
from index.search import Hit, PassageIndex, SearchSettings
from index.stories import Passage, Story

__all__ = ["Abstention", "Answer", "Answerer", "Citation", "Result", "UnknownStoryError", "questions_in"]

ANSWER_CACHE = 4096  # results kept for repeated questions
# A declined question is shown the passages that hold part of what it asks: at most `NEAREST`,
# each holding at least `NEAREST_MIN_FOUND` of the question's IDF mass. Below a tenth, a passage
# only names someone every paragraph names («كم عمر ماسك؟»): no pointer at all. Measured in
# docs/retrieval.md («Nearest passages»).
NEAREST = 2
NEAREST_MIN_FOUND = 0.1
MAX_QUESTION_CHARS = 1000  # longer input is cut: no real question is longer, and BM25 cost grows with it
# «من هي المتحدثة باسم البيت الأبيض؟ وكم دفع ماسك لحملة ترامب؟» asks two things. A piece of a
# message that names at least `ALSO_MIN_CONCEPTS` things is answered on its own as well when
# another paragraph answers it and the message's paragraph scores under `ALSO_BELOW` of that
# one's score for it: «ماسك فاته التوقيع؟ وين راح؟» and «كم مليار؟ هل ٩٧٫٤؟» are one question in
# pieces. A message no paragraph answers whole is answered piece by piece. Measured with
# benchmarks/several.py (docs/retrieval.md, «Several questions in one message»).
ALSO_MIN_CONCEPTS = 2
ALSO_BELOW = 0.7
QUESTION_PIECES = 4  # pieces of a message looked at: a fifth question is not a message of two
ALSO_MAX = QUESTION_PIECES - 1  # further answers to one message, at most
_QUESTION_END = re.compile(r"(?<=[؟?])|\n")
_PIECE_ENDS = re.compile(r"[؟?\n]")
# A line break inside a question, as phones wrap one typed long («كم دفع ماسك ثمنا⏎لتويتر؟»):
# neither after an end mark nor before a question word (with or without «و»), it joins two
# lines of one question, not two questions.
_WRAPPED = re.compile(
    rf"(?<=[^\s؟?!.:])[^\S\n]*\n\s*(?!(?:و|and\s+)?(?:{'|'.join((*JOINED_ASKING, 'ما', 'من'))})\b)", re.IGNORECASE
)


class UnknownStoryError(KeyError):
    """A story id that no loaded story has."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Abstention:
    """When to decline: the best passage must cover enough of the question's IDF mass."""

    # From `sanad eval data/eval/stargate-uae.jsonl --calibrate --off-topic <ARCD train>`;
    # see docs/retrieval.md.
    min_coverage: float = 0.3758
    min_score: float = 0.0


@dataclass(frozen=True)
class Citation:
    """Where a passage stands: story title, section heading, paragraph number."""

    story_id: str
    story_title: str
    section: str | None
    paragraph: int
    source: str | None = None

    def as_text(self) -> str:
        """«title — section — الفقرة N», the line readers see under an answer."""
        parts = [self.story_title]
        if self.section:
            parts.append(self.section)
        parts.append(f"الفقرة {self.paragraph}")
        return " — ".join(parts)


@dataclass(frozen=True)
class Answer:
    """A passage that answers, with its citation and the sentence to highlight."""

    passage: Passage
    citation: Citation
    score: float
    coverage: float
    sentence_span: tuple[int, int]

    @property
    def sentence(self) -> str:
        """The best-matching sentence, exactly as in the passage."""
        start, end = self.sentence_span
        return self.passage.text[start:end]

    def to_dict(self) -> dict[str, object]:
        """The JSON shape others build on (see README, «JSON output»)."""
        return {
            "story": self.passage.story_id,
            "passage_id": self.passage.id,
            "text": self.passage.text,
            "citation": {
                "story_title": self.citation.story_title,
                "section": self.citation.section,
                "paragraph": self.citation.paragraph,
                "source": self.citation.source,
                "text": self.citation.as_text(),
            },
            "score": round(self.score, 4),
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Result:
    """What the story says about one question: an answer or None, and other candidates.

    A declined question has no answer and no alternatives, but may have `nearest`: passages
    that hold part of what it asks, offered as «the closest the story comes», never as its answer.
    """

    question: str
    answer: Answer | None
    alternatives: tuple[Answer, ...] = field(default=())
    nearest: tuple[Answer, ...] = field(default=())
    # The other questions of a message of several that `answer` leaves open, each answered (or,
    # when the message is answered question by question, declined).
    also: tuple[Result, ...] = field(default=())
    # When the message is answered question by question (no paragraph answers it whole): the
    # question of it that `answer` (or the decline) is about.
    piece: str | None = None

    def to_dict(self) -> dict[str, object]:
        """One line of `sanad ask --json`."""
        return {
            "question": self.question,
            "answer": self.answer.to_dict() if self.answer else None,
            "alternatives": [a.to_dict() for a in self.alternatives],
            "nearest": [a.to_dict() for a in self.nearest],
            "also": [r.to_dict() for r in self.also],
            "piece": self.piece,
        }


def questions_in(message: str) -> list[str]:
    """The pieces of `message` that end in a question mark or a line break, or stand before «و»
    (and) and a question word, trimmed, without that «و», empty ones dropped: «ما هي xAI؟ ومن
    يرأس OpenAI؟» → [«ما هي xAI؟», «من يرأس OpenAI؟»]; «من هي ليفيت وماذا قالت؟» → [«من هي
    ليفيت», «ماذا قالت؟»]."""
    message = _WRAPPED.sub(" ", message.strip())
    pieces = (without_and(piece).strip() for line in _QUESTION_END.split(message) for piece in AND_ASKS.split(line))
    return [piece for piece in pieces if piece]


class Answerer:
    """Answers questions from a fixed set of stories; build once, ask many times."""

    def __init__(
        self,
        stories: Sequence[Story],
        settings: SearchSettings | None = None,
        abstention: Abstention | None = None,
    ) -> None:
        self.stories = {story.id: story for story in stories}
        self.index = PassageIndex(stories, settings)
        self.abstention = abstention or Abstention()
        # Readers ask the same questions again (and tap «نتيجة أخرى», which asks again);
        # results are immutable, so a bounded cache can share them.
        self._ask_cached = lru_cache(maxsize=ANSWER_CACHE)(self._ask)
        self._subject_cached = lru_cache(maxsize=ANSWER_CACHE)(self._subject)

    def _answer(self, hit: Hit) -> Answer:
        story = self.stories[hit.passage.story_id]
        citation = Citation(
            story_id=story.id,
            story_title=story.title,
            section=hit.passage.section,
            paragraph=hit.passage.number,
            source=story.source,
        )
        return Answer(hit.passage, citation, hit.score, hit.coverage, hit.sentence)

    def accepts(self, hit: Hit) -> bool:
        """Whether `hit` is good enough to be called an answer."""
        return hit.coverage >= self.abstention.min_coverage and hit.score > self.abstention.min_score

    def subject(self, question: str) -> str:
        """What `question` asks about, as search words: its concepts, without question words,
        fillers or courtesy. Empty for «ليش؟», «ومتى؟», «how much?»: a follow-up, which says
        what it asks but not about what. Memoized, as answers are: the bot asks it of every
        message (38 µs a question otherwise, beside the 0.9 ms of a first answer)."""
        return self._subject_cached(question[:MAX_QUESTION_CHARS])

    def _subject(self, question: str) -> str:
        return " ".join(c.text for c in self.index.concepts(question))

    def with_subject(self, question: str, previous: str | None) -> str | None:
        """`question` ready to ask: itself when it has a subject; a follow-up («ليش؟» after «مين
        حاول يعرقل ستارجيت؟») with the subject of `previous`, the reader's question before; None
        when neither has one. Chat is where readers ask so: the bot and `sanad chat` use this."""
        if self.subject(question) or asks_for_the_story(question):
            return question  # «شو القصة؟» asks about the whole story, whatever came before
        followed = self.subject(previous) if previous else ""
        # One piece, not several (`questions_in`): «ليش؟» and its subject are one question.
        return f"{_PIECE_ENDS.sub(' ', question).strip()} {followed}" if followed else None

    def ask(self, question: str, story_id: str | None = None, top: int = 3) -> Result:
        """The best passage for `question` (or None when the story does not say) and up to `top` alternatives."""
        if story_id is not None and story_id not in self.stories:
            raise UnknownStoryError(f"unknown story {story_id!r}; known: {', '.join(sorted(self.stories))}")
        return self._ask_cached(question, story_id, top)

    def _ask(self, question: str, story_id: str | None, top: int) -> Result:
        message = question[:MAX_QUESTION_CHARS]
        hits = self.index.search(message, story_id=story_id, top=max(top + 1, NEAREST))
        if not hits or not self.accepts(hits[0]):
            pieces = self._pieces(message, story_id, top, min_concepts=1)
            if any(r.answer is not None for r in pieces):
                # Several questions, and no paragraph holds enough of them all: each is answered
                # (or declined) on its own, the first as the message's result.
                first, *rest = pieces
                return Result(question, first.answer, first.alternatives, first.nearest, tuple(rest), first.question)
            nearest = tuple(self._answer(h) for h in hits[:NEAREST] if h.found >= NEAREST_MIN_FOUND)
            return Result(question, None, (), nearest)
        best, *rest = hits
        alternatives = tuple(self._answer(h) for h in rest[:top] if h.coverage > 0)
        also = tuple(
            r for r in self._pieces(message, story_id, top, skip=best.passage)
            if r.answer is not None
            and self._score_in(best.passage, r.question, story_id) < ALSO_BELOW * r.answer.score
        )
        return Result(question, self._answer(best), alternatives, also=also[:ALSO_MAX])

    def _pieces(
        self, message: str, story_id: str | None, top: int, skip: Passage | None = None,
        min_concepts: int = ALSO_MIN_CONCEPTS,
    ) -> list[Result]:
        """Each question of a message of several (`questions_in`, the first `QUESTION_PIECES`)
        that asks about `min_concepts` things or more, asked on its own; of those answered from
        one paragraph (or from `skip`, the message's answer), only the first. With no `skip`,
        none unless two pieces ask: one with words around it is the message itself. Beside an
        answer to the whole message a piece must name two things: one that names a single
        thing («وين راح؟», «شو عمل ماسك؟») mostly asks on about the piece before it."""
        pieces = questions_in(message)
        if len(pieces) < 2:
            return []
        asking = [piece for piece in pieces[:QUESTION_PIECES] if len(self.index.concepts(piece)) >= min_concepts]
        if skip is None and len(asking) < 2:
            return []  # «ممكن سؤال؟ كم عمر ماسك؟»: declined as a whole, and so alone
        shown = {skip.id} if skip is not None else set()
        results = []
        for piece in asking:
            result = self.ask(piece, story_id, top)
            if result.answer is not None:
                if result.answer.passage.id in shown:
                    continue
                shown.add(result.answer.passage.id)
            results.append(result)
        return results

    def _score_in(self, passage: Passage, question: str, story_id: str | None) -> float:
        """`passage`'s score for `question` (0 when it shares no term with it)."""
        hits = self.index.search(question, story_id=story_id, top=len(self.index.passages))
        return next((h.score for h in hits if h.passage.id == passage.id), 0.0)
