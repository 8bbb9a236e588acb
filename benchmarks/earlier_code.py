"""Today's sets on earlier rounds' code: how far each round's changes carry to unseen questions.

    uv run python benchmarks/earlier_code.py [--sets blind86 draft86 … blind197 draft197 blind198 draft198] [--code 2 5 9 …]

A blind set's adding commit holds the code of the moment it was written (`first_runs.py`),
so those commits mark the rounds. Each chosen commit is checked out into a temporary
worktree and answers the chosen sets as they are in the working tree now, with its own
index and abstention. Sets no round read (the newest ones) show what each round's changes
did for questions none of them saw. Needs the git history; about a minute.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from first_runs import first_commit, run_at  # beside this file

ROOT = Path(__file__).resolve().parents[1]
# The last blind set before or at the end of rounds 1, 3/4, 5 (after its first change), 5, 6, 7,
# 8, 10, 11, 15, 17, 19, 20, 21, 22 (88 in its course, 89 at its end), 23 (91, 92 and 93 in its
# course, 94 at its end; 95 is its final code), 24 (96 and 97 in its course, 98 at its end; 99
# is its final code), 25 (100: its code before the two fixes read from blind set 100 and
# Arabizi set 8; 101 is its final code), 26 (102, after its first batch; 103 is its final code)
# 27 (104, after its first batch and the spoken future; 105, its code before a last fix that
# moves none of today's sets), 28 (108, after its first three batches; 111, its code before a
# last change that moves one question of blind set 109; 112 is its final code), 29 (113, its
# final code; 114 met the same code, tidied), 30 (115), 31 (116), 32 (117; 118 met the same
# code, tidied), 33 (119; 120 met the same code), 34 (121, after its first batch; 122 is its
# final code), 35 (123), 36 (124), 37 (125), 38 (126), 39 (127) and 40 (128), each its final
# code, and 41 (129, after its first typing-robustness changes and before its lexicon batch; 130,
# before its last three; 131 is its final code) and 42 (132, after its first typing changes;
# 133, its final code but for two mends that move none of today's sets), 43 (134, after its
# glued-word changes; 135, its final code) and 44 (136, after its courtesy changes and before its
# four typing ones, which came after; 137, its final code), 45 (138), 46 (139), 47 (140), 48
# (141), 49 (142), 50 (143), 51 (144), 52 (145), 53 (146), 54 (147), 55 (148), 56 (149), 57 (150),
# 58 (151), 59 (152), 60 (153), 61 (154), 62 (155), 63 (156), 64 (157), 65 (158), 66 (159), 67
# (160), 68 (161), 69 (162), 70 (163), 71 (164), 72 (165), 73 (166), 74 (167), 75 (168), 76
# (169), 77 (170), 78 (171), 79 (172), 80 (173), 81 (174), 82 (175), 83 (176), 84 (177), 85
# (178), 86 (179), 87 (180), 88 (181), 89 (182), 90 (183), 91 (184), 92 (185), 93 (186), 94 (187),
# 95 (188), 96 (189), 97 (190), 98 (191), 99 (192), 100 (193), 101 (194), 102 (195), 103 (196),
# 104 (197) and 105 (198), each its final code: the commit that added each holds that round's code.
# Round 105's final code is today's: blind set 198 was written on it.
ROUNDS = (
    2, 5, 9, 14, 27, 41, 52, 59, 63, 70, 76, 82, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 100, 101, 102,
    103, 104, 105, 108, 111, 112, 113, 115, 116, 117, 119, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131,
    132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152,
    153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172,
    173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198,
)

# Runs inside the old commit's worktree: its own answerer, abstention included.
_PROBE = """
import json, sys
from pathlib import Path
from index.answers import Answerer
from index.stories import load_stories
loaded = load_stories(Path("data/stories"))
answerer = Answerer(loaded[0] if isinstance(loaded, tuple) else loaded)
for path in sys.argv[1:]:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        r = answerer.ask(q["question"])
        got = None if r.answer is None else f"{r.answer.passage.story_id}:{r.answer.passage.number}"
        print(json.dumps({"set": Path(path).stem, "gold": q.get("gold") or [], "got": got}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=[
        "blind86", "draft86", "draft87", "draft88", "blind87", "draft89", "blind88", "draft90", "blind89", "draft91",
        "blind90", "draft92", "blind91", "draft93", "blind92", "draft94", "blind93", "draft95", "blind94", "draft96",
        "draft97", "blind95", "draft98", "blind96", "draft99", "blind97", "draft100", "blind98", "draft101",
        "blind99", "draft102", "blind100", "draft103", "blind101", "draft104", "blind102", "draft105",
        "blind103", "draft106", "blind104", "draft107", "blind105", "draft108", "blind106", "draft109",
        "blind107", "draft110", "blind108", "draft111", "blind109", "draft112", "blind110", "draft113",
        "blind111", "draft114", "blind112", "draft115", "blind113", "draft116", "blind114", "draft117",
        "blind115", "draft118", "blind116", "draft119", "blind117", "draft120", "blind118", "draft121",
        "blind119", "draft122", "blind120", "draft123", "blind121", "draft124", "blind122", "blind123",
        "draft125", "blind124", "draft126", "blind125", "draft127", "blind126", "draft128", "blind127",
        "draft129", "blind128", "draft130", "blind129", "draft131", "blind130", "draft132", "blind131",
        "blind132", "blind133", "draft133", "blind134", "draft134", "blind135", "draft135", "blind136",
        "draft136", "blind137", "draft137", "blind138", "draft138", "blind139", "draft139", "blind140",
        "draft140", "blind141", "draft141", "blind142", "draft142", "blind143", "draft143", "blind144",
        "draft144", "blind145", "draft145", "blind146", "draft146", "blind147", "draft147", "blind148",
        "draft148", "blind149", "draft149", "blind150", "draft150", "blind151", "draft151", "blind152",
        "draft152", "blind153", "draft153", "blind154", "draft154", "blind155", "draft155", "blind156",
        "draft156", "blind157", "draft157", "blind158", "draft158", "blind159", "draft159",
        "blind160", "draft160", "blind161", "draft161", "blind162", "draft162",
        "blind163", "draft163", "blind164", "draft164", "blind165", "draft165",
        "blind166", "draft166", "blind167", "draft167", "blind168", "draft168", "blind169", "draft169",
        "blind170", "draft170", "blind171", "draft171", "blind172", "draft172", "blind173", "draft173",
        "blind174", "draft174", "blind175", "draft175", "blind176", "draft176", "blind177", "draft177",
        "blind178", "draft178", "blind179", "draft179", "blind180", "draft180", "blind181", "draft181",
        "blind182", "draft182", "blind183", "draft183", "blind184", "draft184", "blind185", "draft185",
        "blind186", "draft186", "blind187", "draft187", "blind188", "draft188", "blind189", "draft189",
        "blind190", "draft190", "blind191", "draft191", "blind192", "draft192", "blind193", "draft193",
        "blind194", "draft194", "blind195", "draft195", "blind196", "draft196", "blind197", "draft197",
        "blind198", "draft198",
    ],
                        help="sets of data/eval to answer, as in stargate-uae-NAME.jsonl")
    parser.add_argument("--code", nargs="+", type=int, default=list(ROUNDS),
                        help="blind set numbers whose adding commit is the code to run")
    args = parser.parse_args()
    files = [str(ROOT / "data" / "eval" / f"stargate-uae-{name}.jsonl") for name in args.sets]
    print("code of blind set  " + "  ".join(f"{name:>16}" for name in args.sets))
    for n in args.code:
        commit = first_commit(n)
        if commit is None:
            continue
        rows = [json.loads(line) for line in run_at(commit, _PROBE, *files).splitlines()]
        cells = []
        for name in args.sets:
            mine = [r for r in rows if r["set"] == f"stargate-uae-{name}"]
            answerable = [r for r in mine if r["gold"]]
            right = sum(r["got"] in r["gold"] for r in answerable)
            declined = sum(r["got"] is None for r in mine if not r["gold"])
            cells.append(f"{right:>2}/{len(answerable)} {declined}/{len(mine) - len(answerable)} oos")
        print(f"{n:<4} ({commit[:7]})     " + "  ".join(f"{c:>16}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
