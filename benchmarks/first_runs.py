"""The abstention threshold on first sight: every blind set rerun on the code it first met.

    uv run python benchmarks/first_runs.py [--from 30] [--to 198]

Each blind set (data/eval/stargate-uae-blindN.jsonl) was committed before its first run, so
the commit that added it holds the code that first answered it. This checks each such commit
out into a temporary git worktree, asks its own `index` for every question's best paragraph
and coverage (in a subprocess, with that commit's code first on the path), and prints how many
decisions would be right at several thresholds: answerable questions answered from a gold
paragraph, out-of-scope ones declined; then, at the shipped threshold, by category. Read sets
flatter a threshold (their misses were fixed); these numbers do not. Needs the git history (a
clone, not an export); about a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from index.answers import Abstention

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.2, 0.28, 0.3, 0.35, 0.3758, 0.4, 0.45, 0.5)

# Runs inside the old commit's worktree: its own index answers, as on the day of the first run.
_PROBE = """
import json, sys
from pathlib import Path
from index.answers import Answerer
from index.stories import load_stories
loaded = load_stories(Path("data/stories"))
answerer = Answerer(loaded[0] if isinstance(loaded, tuple) else loaded)
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    hits = answerer.index.search(q["question"], top=1)
    top = f"{hits[0].passage.story_id}:{hits[0].passage.number}" if hits else None
    print(json.dumps({"gold": q.get("gold") or [], "top": top, "coverage": hits[0].coverage if hits else 0.0,
                      "category": q.get("category", "")}))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def first_commit(n: int) -> str | None:
    """The commit that added blind set `n`: the code its first run met."""
    path = f"data/eval/stargate-uae-blind{n}.jsonl"
    added = _git("log", "--diff-filter=A", "--format=%H", "--", path).splitlines()
    return added[-1] if added else None


def run_at(commit: str, probe: str, *args: str) -> str:
    """Run Python `probe` with `args` in a temporary worktree of `commit`, its code first on the
    path (ahead of the installed one); its stdout."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        _git("worktree", "add", "--quiet", "--detach", str(tree), commit)
        try:
            return subprocess.run(
                [sys.executable, "-c", probe, *args], cwd=tree, check=True, capture_output=True, text=True,
                env={**os.environ, "PYTHONPATH": str(tree)},
            ).stdout
        finally:
            _git("worktree", "remove", "--force", str(tree))


def first_run(n: int) -> list[dict[str, object]]:
    """Every question of blind set `n` with the best paragraph and coverage the code of its first run gave."""
    commit = first_commit(n)
    if commit is None:
        return []
    out = run_at(commit, _PROBE, f"data/eval/stargate-uae-blind{n}.jsonl")
    return [json.loads(line) for line in out.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="first", type=int, default=30, help="first blind set (default 30)")
    parser.add_argument("--to", dest="last", type=int, default=198, help="last blind set (default 198)")
    args = parser.parse_args()
    rows = [row for n in range(args.first, args.last + 1) for row in first_run(n)]
    answerable = [r for r in rows if r["gold"]]
    off = [r for r in rows if not r["gold"]]
    print(f"{len(rows)} questions of blind sets {args.first}–{args.last}: "
          f"{len(answerable)} answerable, {len(off)} out of scope")
    print("threshold  right  out of scope declined  total")
    for t in THRESHOLDS:
        right = sum(1 for r in answerable if r["coverage"] >= t and r["top"] in r["gold"])
        declined = sum(1 for r in off if r["coverage"] < t)
        print(f"{t:<9}  {right:>5}  {declined:>21}  {right + declined:>5}")
    shipped = Abstention().min_coverage
    print(f"\nby category at the shipped threshold ({shipped}): right, declined, wrong paragraph or answered")
    for category in sorted({r["category"] for r in rows}):
        mine = [(r, r["coverage"] >= shipped) for r in rows if r["category"] == category]
        right = sum(1 for r, answered in mine if ((r["top"] in r["gold"]) if answered else not r["gold"]))
        declined = sum(1 for r, answered in mine if r["gold"] and not answered)
        print(f"{category:<14} {len(mine):>5}  {right / len(mine):.3f}  {declined:>4}  {len(mine) - right - declined:>4}")


if __name__ == "__main__":
    main()
