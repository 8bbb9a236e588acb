"""Measuring answers: P@1, MRR@10, abstention accuracy and sentence accuracy, per category.

An evaluation question names its gold passage ids; an empty list means the
story does not answer it and the right reply is «not in the story». P@1 counts
a declined in-scope question as a miss, so abstaining never flatters it. MRR@10
ranks without abstention, to show how close the right passage came.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.answers import Answer, Answerer
from index.normalize import normalize

__all__ = ["CategoryScore", "EvalQuestion", "evaluate", "load_eval"]

MRR_DEPTH = 10


@dataclass(frozen=True)
class EvalQuestion:
    """A question, its category and the passage ids that answer it (none: out of scope)."""

    question: str
    category: str
    gold: tuple[str, ...]
    gold_sentence: str | None = None
    story: str | None = None

    @property
    def in_scope(self) -> bool:
        """Whether the story answers it."""
        return bool(self.gold)


@dataclass
class CategoryScore:
    """Counts for one category; the rates are properties."""

    questions: int = 0
    in_scope: int = 0
    correct_at_1: int = 0
    reciprocal_ranks: float = 0.0
    right_decisions: int = 0
    sentences_marked: int = 0
    sentences_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def p_at_1(self) -> float | None:
        return self.correct_at_1 / self.in_scope if self.in_scope else None

    @property
    def mrr_at_10(self) -> float | None:
        return self.reciprocal_ranks / self.in_scope if self.in_scope else None

    @property
    def abstention_accuracy(self) -> float:
        return self.right_decisions / self.questions if self.questions else 0.0

    @property
    def sentence_accuracy(self) -> float | None:
        return self.sentences_right / self.sentences_marked if self.sentences_marked else None

    def to_dict(self) -> dict[str, object]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "questions": self.questions,
            "in_scope": self.in_scope,
            "p_at_1": r(self.p_at_1),
            "mrr_at_10": r(self.mrr_at_10),
            "abstention_accuracy": r(self.abstention_accuracy),
            "sentence_accuracy": r(self.sentence_accuracy),
            "misses": self.misses,
        }


def load_eval(path: Path) -> list[EvalQuestion]:
    """Questions from a JSON-lines file: {"question", "category", "gold": [ids], "gold_sentence"?, "story"?}."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            questions.append(
                EvalQuestion(
                    question=row["question"],
                    category=row.get("category", "other"),
                    gold=tuple(row.get("gold", ())),
                    gold_sentence=row.get("gold_sentence"),
                    story=row.get("story"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path.name}, line {number}: not an evaluation row ({exc})") from None
    return questions


def evaluate(answerer: Answerer, questions: Iterable[EvalQuestion]) -> dict[str, CategoryScore]:
    """Scores per category, plus an "all" row over every question."""
    scores: dict[str, CategoryScore] = defaultdict(CategoryScore)
    for q in questions:
        result = answerer.ask(q.question, story_id=q.story)
        ranked = [h.passage.id for h in answerer.index.search(q.question, q.story, top=MRR_DEPTH)]
        for row in (scores[q.category], scores["all"]):
            _count(row, q, result.answer, ranked)
    return dict(scores)


def _count(row: CategoryScore, q: EvalQuestion, answer: Answer | None, ranked: Sequence[str]) -> None:
    row.questions += 1
    answered = answer is not None
    row.right_decisions += answered == q.in_scope
    if not q.in_scope:
        if answer is not None:
            row.misses.append(f"{q.question} → {answer.passage.id} (should decline)")
        return
    row.in_scope += 1
    hit = answer is not None and answer.passage.id in q.gold
    row.correct_at_1 += hit
    rank = next((i for i, pid in enumerate(ranked, start=1) if pid in q.gold), None)
    row.reciprocal_ranks += 1 / rank if rank else 0.0
    if not hit:
        got = answer.passage.id if answer is not None else "declined"
        row.misses.append(f"{q.question} → {got} (gold {', '.join(q.gold)})")
    if hit and answer is not None and q.gold_sentence:
        row.sentences_marked += 1
        row.sentences_right += normalize(q.gold_sentence) in normalize(answer.sentence)


@dataclass(frozen=True)
class Threshold:
    """One candidate `min_coverage` and how each group of questions fares under it."""

    min_coverage: float
    balanced: float  # mean of the rates below
    in_scope_answered: float
    out_of_scope_declined: float
    off_topic_declined: float | None


def calibrate(
    answerer: Answerer, questions: Sequence[EvalQuestion], off_topic: Sequence[str] = ()
) -> list[Threshold]:
    """Every useful abstention threshold, best first, by balanced accuracy.

    Three groups count equally, whatever their size: in-scope questions should be
    answered, the set's out-of-scope questions declined, and `off_topic` questions
    (for example ARCD's, asked of this story) declined. Thresholds sit halfway
    between observed coverages; among equally good ones the middle is listed first,
    so the choice keeps the widest margin on both sides.
    """

    def coverage(question: str, story: str | None) -> float:
        hits = answerer.index.search(question, story, top=1)
        return hits[0].coverage if hits else 0.0

    answerable = [coverage(q.question, q.story) for q in questions if q.in_scope]
    unanswerable = [coverage(q.question, q.story) for q in questions if not q.in_scope]
    foreign = [coverage(q, None) for q in off_topic]
    values = sorted(set(answerable + unanswerable + foreign))
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:])] or [0.5]

    def rate(observed: list[float], cut: float, answer: bool) -> float | None:
        if not observed:
            return None
        return sum((c >= cut) == answer for c in observed) / len(observed)

    rows = []
    for cut in cuts:
        rates = [rate(answerable, cut, True), rate(unanswerable, cut, False), rate(foreign, cut, False)]
        present = [r for r in rates if r is not None]
        rows.append(Threshold(round(cut, 4), sum(present) / len(present), rates[0] or 0.0, rates[1] or 0.0, rates[2]))
    best = max(row.balanced for row in rows)
    plateau = [row for row in rows if row.balanced == best]
    middle = plateau[len(plateau) // 2]
    rest = sorted((row for row in rows if row is not middle), key=lambda row: -row.balanced)
    return [middle, *rest]
