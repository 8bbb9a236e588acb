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
  reply answering the out-of-scope one;
- each kind again without a «؟» between the two («من هي ليفيت وكم دفع ماسك؟»), where the second
  opens with a question word (`questions_in` splits there); before that split, such a message got
  one answer;
- the own sets' questions written in several pieces, and how many of them get a second reply.

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


def unmarked(first: str, second: str) -> str | None:
    """Two questions joined by «و» alone, with no «؟» after the first, when the second opens
    with a question word; else None."""
    message = f"{first.rstrip('؟? ')} و{second}"
    pieces = questions_in(message)
    return message if len(pieces) == 2 and pieces[1] == second.strip() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=1000, help="messages of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    stories, _ = load_stories(ROOT / "data" / "stories")
    answerer = Answerer(stories)
    answerable: list[tuple[str, frozenset[str]]] = []
    off_topic: list[str] = []
    several = seconds = 0  # own-set questions written in several pieces; of them, given a second reply
    for path in sorted((ROOT / "data" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            question, gold = row["question"], frozenset(row.get("gold") or ())
            if len(questions_in(question)) > 1:
                several += 1
                seconds += bool(answerer.ask(question).also)
            if len(questions_in(question)) != 1 or question.isascii():
                continue  # one piece; Latin questions cannot take an Arabic «و»
            answer = answerer.ask(question).answer
            if gold and answer is not None and answer.passage.id in gold:
                answerable.append((question, gold))
            elif not gold and answer is None:
                off_topic.append(question)
    rng = random.Random(args.seed)
    tally: dict[str, list[int]] = {}  # kind → [messages, right]

    def count(kind: str, right: bool) -> None:
        tally.setdefault(kind, [0, 0])
        tally[kind][0] += 1
        tally[kind][1] += right

    def both(message: str, g1: frozenset[str], g2: frozenset[str]) -> bool:
        found = {p for _, p in shown(answerer.ask(message))}
        return bool(found & g1) and bool(found & g2)

    def one_reply(message: str, gold: frozenset[str]) -> bool:
        replies = shown(answerer.ask(message))
        return len(replies) == 1 and replies[0][1] in gold

    def oos_right(message: str, question: str, gold: frozenset[str], oos: str) -> bool:
        answered = [(q, p) for q, p in shown(answerer.ask(message)) if p is not None]
        return any(p in gold for _, p in answered) and not any(
            oos.rstrip("؟?") in q and question.rstrip("؟?") not in q for q, _ in answered
        )

    apart = same = 0
    while apart < args.pairs or same < args.pairs:
        (q1, g1), (q2, g2) = rng.sample(answerable, 2)
        kind = "apart" if g1.isdisjoint(g2) else "same" if g1 == g2 and len(g1) == 1 else None
        if kind is None or (apart if kind == "apart" else same) >= args.pairs:
            continue
        message, bare = joined(q1, q2, rng.random() < 0.5), unmarked(q1, q2)
        if kind == "apart":
            apart += 1
            count("apart", both(message, g1, g2))
            first = answerer.ask(message).answer
            count("apart before", first is not None and first.passage.id in g1 | g2)  # one answer a message
            if bare is not None:
                count("apart bare", both(bare, g1, g2))
        else:
            same += 1
            count("same", one_reply(message, g1))
            if bare is not None:
                count("same bare", one_reply(bare, g1))
    for _ in range(args.pairs):
        (question, gold), oos = rng.choice(answerable), rng.choice(off_topic)
        order = (question, oos) if rng.random() < 0.5 else (oos, question)
        count("oos", oos_right(joined(*order, with_and=rng.random() < 0.5), question, gold, oos))
        bare = unmarked(*order)
        if bare is not None:
            count("oos bare", oos_right(bare, question, gold, oos))

    def share(kind: str) -> str:
        n, right = tally.get(kind, [0, 0])
        return f"({n}) {right / max(n, 1):.3f}"

    print(f"{len(answerable)} answerable and {len(off_topic)} out-of-scope questions of one piece, seed {args.seed}")
    print(f"different paragraphs {share('apart')} both answered; by the message's answer alone, one of them "
          f"{share('apart before')}")
    print(f"same paragraph {share('same')} one reply, from it")
    print(f"with an out-of-scope question {share('oos')} the other answered and the out-of-scope one not")
    print(f"no «؟» between them: different paragraphs {share('apart bare')}, same {share('same bare')}, "
          f"with an out-of-scope question {share('oos bare')}")
    print(f"own-set questions written in several pieces: {several}; given a second reply: {seconds}")


if __name__ == "__main__":
    main()
