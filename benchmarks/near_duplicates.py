"""A new question set against every committed one: which of its questions were asked before.

    uv run python benchmarks/near_duplicates.py data/eval/stargate-uae-blindN.jsonl

A blind set measures questions unlike any asked before, so each of its questions is checked
against every other set's before it is committed, and rewritten until none is flagged. A
question is flagged when its content words (normalized, function words out, light-stemmed)
overlap an older question's by a Jaccard index of 0.75 or more, or three or more of them all
stand in one older question, or it is that question once normalized. Prints each flag and the
count; exit status 1 when any is flagged, so a script can stop on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from index.analyzer import words
from index.normalize import normalize
from index.stemmers import light_stem
from index.stopwords import STOPWORDS

ROOT = Path(__file__).resolve().parents[1]


def content(question: str) -> frozenset[str]:
    """The question's content words, light-stemmed: what two wordings of one question share."""
    return frozenset(light_stem(t) for t in words(question) if t not in STOPWORDS)


def near(new: str, old: str) -> bool:
    """Whether `new` asks what `old` asked, by the words both use."""
    a, b = content(new), content(old)
    if normalize(new) == normalize(old):
        return True
    if not a:
        return False
    return len(a & b) / len(a | b) >= 0.75 or (len(a) >= 3 and a <= b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="the new set (JSON lines with a «question» field)")
    parser.add_argument("--eval-dir", type=Path, default=ROOT / "data" / "eval")
    args = parser.parse_args()
    new_path = args.path.resolve()
    older = [
        json.loads(line)["question"]
        for path in sorted(args.eval_dir.glob("*.jsonl")) if path.resolve() != new_path
        for line in path.read_text(encoding="utf-8").splitlines() if line
    ]
    flagged = 0
    for line in new_path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        question = json.loads(line)["question"]
        match = next((old for old in older if near(question, old)), None)
        if match is not None:
            flagged += 1
            print(f"flag: {question}  ~  {match}")
    print(f"flagged {flagged}")
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
