"""Every own question set at once: one line each, then all of them pooled.

    uv run python benchmarks/own_sets.py

`sanad eval FILE` gives one set by category; this gives the overview the README's
Quality section quotes: each file in data/eval with its size, P@1, MRR@10, abstention
and sentence accuracy, the English/Latin-script questions over all sets, and what the
declined questions are shown as nearest.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from index.answers import Answerer
from index.evaluation import CategoryScore, EvalQuestion, evaluate, load_eval
from index.stories import load_stories

ROOT = Path(__file__).resolve().parents[1]


def _in_order(path: Path) -> tuple[int, int, int]:
    """Files in writing order: the dev set, the hold-out set, then blind sets 1, 2 … 10, 11, each
    round's first drafts (`draftN`, unfiltered) after the blind set of the same number."""
    kind = re.search(r"-(holdout|blind(\d*)|draft(\d+))$", path.stem)
    if kind is None:
        return 0, 0, 0
    if kind.group(1) == "holdout":
        return 1, 0, 0
    if kind.group(3):
        return 2, int(kind.group(3)), 1
    return 2, int(kind.group(2) or 1), 0


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def nearest_offered(answerer: Answerer, questions: list[EvalQuestion]) -> None:
    """What a decline points to: for answerable questions declined, whether the first (or either)
    paragraph offered as nearest is a gold one; for out-of-scope ones, whether any is offered."""
    declined = first = either = none = oos = pointed = 0
    for q in questions:
        result = answerer.ask(q.question, story_id=q.story)
        if result.answer is not None:
            continue
        offered = [a.passage.id for a in result.nearest]
        if not q.in_scope:
            oos += 1
            pointed += bool(offered)
            continue
        declined += 1
        first += bool(offered) and offered[0] in q.gold
        either += any(pid in q.gold for pid in offered)
        none += not offered
    print(f"answerable questions declined: {declined}; the first nearest paragraph offered is gold for {first}, "
          f"one of the two for {either}, none offered for {none}")
    print(f"out-of-scope questions declined: {oos}; a nearest paragraph offered for {pointed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "stories")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    args = parser.parse_args()
    stories, _ = load_stories(args.data)
    answerer = Answerer(stories)
    pooled: list[CategoryScore] = []
    latin = [0, 0]
    everything: list[EvalQuestion] = []
    print(f"{'set':<34} {'n':>4} {'P@1':>6} {'MRR@10':>7} {'abstain':>8} {'sentence':>9}")
    for path in sorted(args.eval_dir.glob("*.jsonl"), key=_in_order):
        questions = load_eval(path)
        everything += questions
        scores = evaluate(answerer, questions)
        row = scores["all"]
        pooled.append(row)
        if "latin" in scores:
            latin[0] += scores["latin"].correct_at_1
            latin[1] += scores["latin"].in_scope
        print(f"{path.name:<34} {row.questions:>4} {_cell(row.p_at_1):>6} {_cell(row.mrr_at_10):>7} "
              f"{_cell(row.abstention_accuracy):>8} {_cell(row.sentence_accuracy):>9}")
    answerable = sum(r.in_scope for r in pooled)
    right = sum(r.correct_at_1 for r in pooled)
    decisions = sum(r.right_decisions for r in pooled)
    total = sum(r.questions for r in pooled)
    print(f"{'all sets':<34} {total:>4} {right / answerable:>6.3f} {'':>7} {decisions / total:>8.3f}")
    print(f"English/Latin-script questions answered right: {latin[0]} of {latin[1]}")
    nearest_offered(answerer, everything)


if __name__ == "__main__":
    main()
