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


def calibrate(answerer: Answerer, questions: Sequence[EvalQuestion]) -> list[tuple[float, float]]:
    """(min_coverage, abstention accuracy) for every useful threshold, best first.

    Each threshold is placed halfway between two observed coverages, so the
    chosen value sits in the middle of a gap rather than on a question.
    """
    observed = []
    for q in questions:
        hits = answerer.index.search(q.question, q.story, top=1)
        observed.append((hits[0].coverage if hits else 0.0, q.in_scope))
    values = sorted({c for c, _ in observed})
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:])] or [0.5]
    scored = []
    for cut in cuts:
        right = sum((c >= cut) == in_scope for c, in_scope in observed)
        scored.append((round(cut, 4), right / len(observed)))
    return sorted(scored, key=lambda row: (-row[1], row[0]))
