"""ARCD (SQuAD-format Arabic reading comprehension) as a passage-retrieval benchmark.

Each article becomes a story (its title, its paragraphs as passages); each
question's gold passage is the paragraph it was written about. "per-article"
ranks within the question's own article, like one story in the bot;
"global" ranks across all articles, like many stories.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index.search import PassageIndex
from index.stories import Passage, Story

__all__ = ["ArcdQuestion", "load_arcd", "rank_scores"]


@dataclass(frozen=True)
class ArcdQuestion:
    """One ARCD question with the id of the passage it was written about."""

    question: str
    story_id: str
    gold: str


def load_arcd(path: Path) -> tuple[list[Story], list[ArcdQuestion]]:
    """Stories and questions from a SQuAD-format file."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    stories: list[Story] = []
    questions: list[ArcdQuestion] = []
    for a, article in enumerate(data):
        story_id = f"arcd-{a:03d}"
        passages = []
        for n, paragraph in enumerate(article["paragraphs"], start=1):
            passage = Passage(story_id=story_id, number=n, section=None, text=paragraph["context"])
            passages.append(passage)
            for qa in paragraph["qas"]:
                questions.append(ArcdQuestion(qa["question"], story_id, passage.id))
        title = article.get("title", "").replace("_", " ")
        stories.append(Story(id=story_id, title=title or story_id, passages=tuple(passages)))
    return stories, questions


def rank_scores(index: PassageIndex, questions: Sequence[ArcdQuestion]) -> dict[str, dict[str, float]]:
    """P@1 and MRR@10 of `index` per-article and global, ranking only (no abstention)."""
    scores: dict[str, dict[str, float]] = {}
    for mode in ("per_article", "global"):
        at_1 = reciprocal = 0.0
        for q in questions:
            story = q.story_id if mode == "per_article" else None
            ranked = [hit.passage.id for hit in index.search(q.question, story_id=story, top=10)]
            if ranked and ranked[0] == q.gold:
                at_1 += 1
            if q.gold in ranked:
                reciprocal += 1 / (ranked.index(q.gold) + 1)
        n = len(questions) or 1
        scores[mode] = {"p_at_1": round(at_1 / n, 3), "mrr_at_10": round(reciprocal / n, 3)}
    return scores
