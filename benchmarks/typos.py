"""Typo robustness: own-set questions the bot answers right, each with one phone typo added.

    uv run python benchmarks/typos.py [--seeds 1 2 3]

For every answerable question of the own sets that is answered from a gold paragraph, one
Arabic content word of five letters or more gets one typo — a letter dropped, two neighbours
swapped, a letter doubled, or a key beside the right one (or a letter of the same skeleton) —
at a random inner position; the share still answered from a gold paragraph is printed per kind
of typo. Seeded, so runs repeat exactly.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from index.answers import Answerer
from index.expansion import slips
from index.normalize import normalize
from index.stopwords import STOPWORDS
from index.stories import load_stories

ROOT = Path(__file__).resolve().parents[1]
TYPOS: dict[str, Callable[[str, int], str]] = {
    "letter dropped": lambda w, i: w[:i] + w[i + 1:],
    "neighbours swapped": lambda w, i: w[:i] + w[i + 1] + w[i] + w[i + 2:],
    "letter doubled": lambda w, i: w[:i] + w[i] + w[i:],
    "neighbour key": lambda w, i: w[:i] + _slip(w[i], i) + w[i + 1:],
}


def _slip(letter: str, i: int) -> str:
    """A key beside `letter` or a letter of its skeleton, picked by position (runs repeat)."""
    near = sorted(b for a, b in slips() if a == letter)
    return near[i % len(near)] if near else letter


def with_typo(question: str, typo: Callable[[str, int], str], rng: random.Random) -> str | None:
    """`question` with one typo in one Arabic content word, or None if it has no such word."""
    tokens = question.split()
    words = [k for k, t in enumerate(tokens) if len(t) >= 5 and not t.isascii() and normalize(t) not in STOPWORDS]
    if not words:
        return None
    k = rng.choice(words)
    tokens[k] = typo(tokens[k], rng.randrange(1, len(tokens[k]) - 2))
    return " ".join(tokens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    stories, _ = load_stories(ROOT / "data" / "stories")
    answerer = Answerer(stories)

    def right(question: str, gold: list[str]) -> bool:
        answer = answerer.ask(question).answer
        return answer is not None and answer.passage.id in gold

    files = sorted((ROOT / "data" / "eval").glob("stargate-uae*.jsonl"))  # every own set
    rows = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines() if line]
    base = [(r["question"], r["gold"]) for r in rows if r["gold"] and right(r["question"], r["gold"])]
    print(f"{len(base)} questions answered right without a typo; seeds {args.seeds}")
    for name, typo in TYPOS.items():
        kept = asked = 0
        for seed in args.seeds:
            rng = random.Random(seed)
            for question, gold in base:
                changed = with_typo(question, typo, rng)
                if changed is not None:
                    asked += 1
                    kept += right(changed, gold)
        print(f"{name:<20} {kept:>4} / {asked:<4} {kept / asked:.3f}")


if __name__ == "__main__":
    main()
