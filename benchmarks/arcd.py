"""ARCD passage retrieval: P@1 and MRR@10, per-article and global.

    uv run python benchmarks/arcd.py ../shared/data/arcd/arcd-train.json
    uv run python benchmarks/arcd.py FILE --analyzers light:1,snowball:1 --passage-share 1 --json

Every SearchSettings field can be overridden from the command line, which is how
the method table in docs/retrieval.md was produced.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from index.arcd import load_arcd, rank_scores
from index.search import PassageIndex, SearchSettings


def _analyzers(text: str) -> tuple[tuple[str, float], ...]:
    pairs = []
    for part in text.split(","):
        name, _, weight = part.partition(":")
        pairs.append((name, float(weight or 1)))
    return tuple(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, help="SQuAD-format JSON (ARCD)")
    parser.add_argument("--json", action="store_true")
    for f in dataclasses.fields(SearchSettings):
        flag = "--" + f.name.replace("_", "-")
        if f.name == "analyzers":
            parser.add_argument(flag, type=_analyzers, help="name:weight,… (names: index.analyzer.ANALYZERS)")
        elif isinstance(f.default, bool):
            parser.add_argument(flag, type=lambda s: s.lower() in {"1", "true", "yes", "on"}, metavar="BOOL")
        else:
            parser.add_argument(flag, type=type(f.default))
    args = parser.parse_args()
    overrides = {
        f.name: getattr(args, f.name) for f in dataclasses.fields(SearchSettings) if getattr(args, f.name) is not None
    }
    settings = SearchSettings(**overrides)
    stories, questions = load_arcd(args.file)
    started = time.perf_counter()
    index = PassageIndex(stories, settings)
    built = time.perf_counter() - started
    scores = rank_scores(index, questions)
    report = {"questions": len(questions), "stories": len(stories), "settings": dataclasses.asdict(settings),
              "build_seconds": round(built, 2), **scores}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return
    print(f"{len(questions)} questions, {len(stories)} articles; settings {dataclasses.asdict(settings)}")
    for mode in ("per_article", "global"):
        print(f"{mode:<12} P@1 {scores[mode]['p_at_1']:.3f}  MRR@10 {scores[mode]['mrr_at_10']:.3f}")


if __name__ == "__main__":
    main()
