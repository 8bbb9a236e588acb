"""Messages of two questions: is each answered from its own paragraph?

    uv run python benchmarks/several.py [--pairs 1000] [--seed 1]

Readers sometimes ask two things at once («من هي المتحدثة باسم البيت الأبيض؟ وكم دفع ماسك
لحملة ترامب؟»). This joins two own-set questions into one message, as readers do (the second
with or without «و»), and asks it. Only questions of one piece, each answered from a gold
paragraph when asked alone (or, out of scope, declined), are joined. Printed per kind of pair:

- different paragraphs: both questions answered from their gold paragraph somewhere in the
  replies (the message's answer and `Result.also`), versus the message's answer alone (what the
  bot gave before it answered each question of a message);
- same paragraph: a single reply, from that paragraph (a second reply would repeat it);
- with an out-of-scope question: the answerable one answered from its gold paragraph, and no
  reply answering the out-of-scope one.

Seeded, so runs repeat exactly.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from index.answers import Answerer, Result, questions_in
from index.stories import load_stories

ROOT = Path(__file__).resolve().parents[1]


def shown(result: Result) -> list[tuple[str, str | None]]:
    """(question, passage id or None) of every reply to a message: its answer, then `also`."""
    first = result.piece or result.question
    replies = [(first, result.answer.passage.id if result.answer else None)]
    return replies + [(r.question, r.answer.passage.id if r.answer else None) for r in result.also]


def joined(first: str, second: str, with_and: bool) -> str:
    """Two questions as one message: «…؟ و…؟» or «…؟ …؟»."""
    def ended(q: str) -> str:
        return q if q.endswith(("؟", "?")) else q + "؟"
    return f"{ended(first)} {'و' if with_and else ''}{ended(second)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=1000, help="messages of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    stories, _ = load_stories(ROOT / "data" / "stories")
    answerer = Answerer(stories)
    answerable: list[tuple[str, frozenset[str]]] = []
    off_topic: list[str] = []
    for path in sorted((ROOT / "data" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            question, gold = row["question"], frozenset(row.get("gold") or ())
            if len(questions_in(question)) != 1 or question.isascii():
                continue  # one piece; Latin questions cannot take an Arabic «و»
            answer = answerer.ask(question).answer
            if gold and answer is not None and answer.passage.id in gold:
                answerable.append((question, gold))
            elif not gold and answer is None:
                off_topic.append(question)
    rng = random.Random(args.seed)
    counts = {k: 0 for k in ("apart", "apart both", "apart before", "same", "same one", "oos", "oos right")}
    while counts["apart"] < args.pairs or counts["same"] < args.pairs:
        (q1, g1), (q2, g2) = rng.sample(answerable, 2)
        kind = "apart" if g1.isdisjoint(g2) else "same" if g1 == g2 and len(g1) == 1 else None
        if kind is None or counts[kind] >= args.pairs:
            continue
        result = answerer.ask(joined(q1, q2, rng.random() < 0.5))
        replies = shown(result)
        counts[kind] += 1
        if kind == "apart":
            found = {p for _, p in replies}
            counts["apart both"] += bool(found & g1) and bool(found & g2)
            first = result.answer.passage.id if result.answer else None
            counts["apart before"] += first in g1 or first in g2  # before: one answer per message
        else:
            counts["same one"] += len(replies) == 1 and replies[0][1] in g1
    for _ in range(args.pairs):
        (question, gold), oos = rng.choice(answerable), rng.choice(off_topic)
        order = (question, oos) if rng.random() < 0.5 else (oos, question)
        replies = shown(answerer.ask(joined(*order, with_and=rng.random() < 0.5)))
        counts["oos"] += 1
        answered = [(q, p) for q, p in replies if p is not None]
        counts["oos right"] += any(p in gold for _, p in answered) and not any(
            oos.rstrip("؟?") in q and question.rstrip("؟?") not in q for q, _ in answered
        )
    print(f"{len(answerable)} answerable and {len(off_topic)} out-of-scope questions of one piece, seed {args.seed}")
    print(f"different paragraphs ({counts['apart']}): both answered {counts['apart both'] / counts['apart']:.3f}; "
          f"one of them, by the message's answer alone {counts['apart before'] / counts['apart']:.3f}")
    print(f"same paragraph ({counts['same']}): one reply, from it {counts['same one'] / counts['same']:.3f}")
    print(f"with an out-of-scope question ({counts['oos']}): the other answered and the out-of-scope one "
          f"not {counts['oos right'] / counts['oos']:.3f}")


if __name__ == "__main__":
    main()
