"""ARCD (SQuAD-format Arabic reading comprehension) as a passage-retrieval benchmark.

Each article becomes a story (its title, its paragraphs as passages); each
question's gold passage is the paragraph it was written about. "per-article"
ranks within the question's own article, like one story in the bot;
"global" ranks across all articles, like many stories.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from index.stories import Passage, Story

__all__ = ["ArcdQuestion", "load_arcd"]


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
