"""The method-by-method table: each retrieval step added in turn, on the own set and on ARCD.

    uv run python benchmarks/methods.py ../shared/data/arcd/arcd-train.json

Own-set columns rank without abstention (P@1 of the top passage), so that each
row shows retrieval alone; the last line shows the shipped system with its
calibrated abstention. Prints a Markdown table (docs/retrieval.md, README).
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from index.answers import Abstention, Answerer
from index.arcd import load_arcd, rank_scores
from index.evaluation import evaluate, load_eval
from index.search import PassageIndex, SearchSettings
from index.stories import load_stories

ROOT = Path(__file__).resolve().parents[1]
DIALECTS = ("gulf", "levantine", "egyptian", "iraqi", "maghrebi")

_NINETEENTH = dict(named_quantity_check=False, role_in_heading=False, spelled_numbers=False)  # round 19's
_EIGHTEENTH = dict(role_rank_factor=1.0, **_NINETEENTH)  # round 18's
_SIXTEENTH = dict(spoken_qaf=False, **_EIGHTEENTH)  # round 16's
_THIRTEENTH = dict(short_drops=False, **_SIXTEENTH)  # round 13's
_TWELFTH = dict(subject_heading_boost=0.0, how_to_check=False, **_THIRTEENTH)  # round 12's
_ELEVENTH = dict(others_word_penalty=0.0, year_check=False, person_yes_no_check=False,
                 company_claim_check=False, **_TWELFTH)  # round 11's
_TENTH = dict(latin_alternatives_as_commonest=False, idf_without_title=False, place_claim_check=False,
              **_ELEVENTH)  # round 10's
_NINTH = dict(who_takes_part=False, date_boost=0.0, place_boost=0.0, aim_boost=0.0, role_check=False,
              future_time_check=False, **_TENTH)  # the ninth round's
_EIGHTH = dict(root_typos=False, unstated_fact_check=False, want_boost=0.0, language_name_boost=0.0,
               company_cap=3, **_NINTH)  # the eighth's
_SEVENTH = dict(title_lede_boost=0.0, unstated_by_stem=False, future_check=False, when_check=False,
                **_EIGHTH)  # the seventh's
_SIXTH = dict(lexicon_spelling=False, alternatives_light_first=False, short_slips=False, **_SEVENTH)  # the sixth's
_FIFTH = dict(unstated_names=False, taking_part_is_answer_type=False, bare_spelling=False, **_SIXTH)  # the fifth's
_LATEST = dict(root_match_synonyms=False, coverage_fallback="", name_boost=0.0, unstated_fact_weight=1.0,
               latin_names_as_commonest=False, **_FIFTH)  # the fourth round's rows
_LATER = dict(definition_boost=0.0, sentence_coverage_boost=0.0, wording_boost=0.0, company_boost=0.0, **_LATEST)
_PLAIN = dict(expand=False, fuzzy=False, coverage_boost=0.0, **_LATER)
METHODS: list[tuple[str, SearchSettings]] = [
    ("surface words, Okapi BM25, body only",
     SearchSettings(analyzers=(("surface", 1.0),), variant="okapi", title_weight=0, heading_weight=0,
                    passage_share=1.0, b=0.75, **_PLAIN)),
    ("+ title ×2 and heading, best sentence 30 %, Lucene IDF, b 0.9",
     SearchSettings(analyzers=(("surface", 1.0),), title_weight=2, sentence_b=0.75, **_PLAIN)),
    ("light stem + Snowball (issue 2)",
     SearchSettings(analyzers=(("light", 1.0), ("snowball", 1.0)), title_weight=2, sentence_b=0.75, **_PLAIN)),
    ("ISRI roots", SearchSettings(analyzers=(("isri", 1.0),), title_weight=3, **_PLAIN)),
    ("ISRI + surface ×0.2 + char trigrams ×0.5", SearchSettings(**_PLAIN)),
    ("+ lexicon and story aliases", SearchSettings(fuzzy=False, coverage_boost=0.0, **_LATER)),
    ("+ spelling (clitics, edit distance)", SearchSettings(coverage_boost=0.0, **_LATER)),
    ("+ coverage boost", SearchSettings(**_LATER)),
    ("+ «what is X» cue", SearchSettings(sentence_coverage_boost=0.0, wording_boost=0.0, company_boost=0.0, **_LATEST)),
    ("+ parts found in one sentence", SearchSettings(wording_boost=0.0, company_boost=0.0, **_LATEST)),
    ("+ the question's wording found verbatim", SearchSettings(company_boost=0.0, **_LATEST)),
    ("+ «which companies» cue", SearchSettings(**_LATEST)),
    ("+ synonyms for words the story has only by root", SearchSettings(
        coverage_fallback="", name_boost=0.0, unstated_fact_weight=1.0, latin_names_as_commonest=False, **_FIFTH)),
    ("+ coverage also by light stem",
     SearchSettings(name_boost=0.0, unstated_fact_weight=1.0, latin_names_as_commonest=False, **_FIFTH)),
    ("+ names asked for, named", SearchSettings(unstated_fact_weight=1.0, latin_names_as_commonest=False, **_FIFTH)),
    ("+ unstated facts weigh ×2", SearchSettings(latin_names_as_commonest=False, **_FIFTH)),
    ("+ a Latin name weighs like its commonest spelling", SearchSettings(**_FIFTH)),
    ("+ a place or company no story names weighs ×2",
     SearchSettings(taking_part_is_answer_type=False, bare_spelling=False, **_SIXTH)),
    ("+ taking part («المشاركة», «دخلت») in «which companies» says what is asked for",
     SearchSettings(bare_spelling=False, **_SIXTH)),
    ("+ spelling also against story words without their clitics", SearchSettings(**_SIXTH)),
    ("+ spelling against the lexicon's words (phone slips only)",
     SearchSettings(alternatives_light_first=False, short_slips=False, **_SEVENTH)),
    ("+ a concept found only through its wordings is found by their light stem first",
     SearchSettings(short_slips=False, **_SEVENTH)),
    ("+ a short word behind a clitic matched by one phone slip", SearchSettings(**_SEVENTH)),
    ("+ a question about the story's subject alone goes to its first paragraph",
     SearchSettings(unstated_by_stem=False, future_check=False, when_check=False, **_EIGHTH)),
    ("+ facts and names by light stem; «will» and «when» answered only where stated (abstention)",
     SearchSettings(**_EIGHTH)),
    ("+ a typo that shares a root by chance is read as the story's word («الامارت»)",
     SearchSettings(unstated_fact_check=False, want_boost=0.0, language_name_boost=0.0, company_cap=3, **_NINTH)),
    ("+ a fact no story states, asked first or with «how much»/«when», is declined (abstention)",
     SearchSettings(want_boost=0.0, language_name_boost=0.0, company_cap=3, **_NINTH)),
    ("+ «what does X want» lifts paragraphs that state an aim or an attempt",
     SearchSettings(language_name_boost=0.0, company_cap=3, **_NINTH)),
    ("+ a name asked in a language lifts the paragraph that gives it in that script",
     SearchSettings(company_cap=3, **_NINTH)),
    ("+ companies counted up to five, not three", SearchSettings(**_NINTH)),
    ("+ «who» after a project or a place alone asks which companies",
     SearchSettings(date_boost=0.0, place_boost=0.0, aim_boost=0.0, role_check=False, future_time_check=False,
                    **_TENTH)),
    ("+ «when» prefers a paragraph giving a date, «where» one naming a place",
     SearchSettings(aim_boost=0.0, role_check=False, future_time_check=False, **_TENTH)),
    ("+ what a country or a project wants lifts a stated aim above an attempt",
     SearchSettings(role_check=False, future_time_check=False, **_TENTH)),
    ("+ a company's founder, head, owner or products only where one sentence names both (abstention)",
     SearchSettings(future_time_check=False, **_TENTH)),
    ("+ «when will» only where one sentence states a time and the future (abstention)", SearchSettings(**_TENTH)),
    ("+ a Latin spelling expansion adds scores at most like the commonest Arabic one",
     SearchSettings(idf_without_title=False, place_claim_check=False, **_ELEVENTH)),
    ("+ IDF for ranking counted without the title every passage repeats",
     SearchSettings(place_claim_check=False, **_ELEVENTH)),
    ("+ «did a place…?» only where one sentence names the place and the claim (abstention)",
     SearchSettings(**_ELEVENTH)),
    ("+ a word another person's name follows is theirs («يرأسها سام ألتمان»)",
     SearchSettings(year_check=False, person_yes_no_check=False, company_claim_check=False, **_TWELFTH)),
    ("+ «which year» needs a year; «did a person / a company…?» needs them named (abstention)",
     SearchSettings(**_TWELFTH)),
    ("+ «what is X» with X the story's subject: the section headed by X",
     SearchSettings(how_to_check=False, **_THIRTEENTH)),
    ("+ «how can I…?» declined (abstention)", SearchSettings(**_THIRTEENTH)),
    ("+ a short word behind a clitic with a letter dropped or doubled is the story's word",
     SearchSettings(**_SIXTEENTH)),
    ("+ a «ك» typed for a spoken «ق» is the «ق» word the stories or the lexicon have",
     SearchSettings(**_EIGHTEENTH)),
    ("+ a paragraph with the role asked but not the company ranks below one with both",
     SearchSettings(**_NINETEENTH)),
    ("+ «how much» / «when» of a named company, person or place needs a paragraph naming one (abstention)",
     SearchSettings(role_in_heading=False, spelled_numbers=False)),
    ("+ the role check reads the section heading as a sentence",
     SearchSettings(spelled_numbers=False)),
    ("+ numbers spelled in words read as digits («ثلاث مئة مليون») (shipped)", SearchSettings()),
]


def own_set(settings: SearchSettings, eval_file: Path, abstain: bool) -> dict[str, float | None]:
    stories, _ = load_stories(ROOT / "data" / "stories")
    abstention = None if abstain else Abstention(min_coverage=0.0, min_score=-1.0)
    scores = evaluate(Answerer(stories, settings, abstention), load_eval(eval_file))
    dialect_n = sum(scores[c].in_scope for c in DIALECTS if c in scores)
    dialect_hits = sum(scores[c].correct_at_1 for c in DIALECTS if c in scores)
    row: dict[str, float | None] = {
        "p_at_1": scores["all"].p_at_1,
        "mrr": scores["all"].mrr_at_10,
        "dialect": dialect_hits / dialect_n if dialect_n else None,
        "abstention": scores["all"].abstention_accuracy,
    }
    for category in ("msa", "latin", "typo", "paraphrase"):
        row[category] = scores[category].p_at_1 if category in scores else None
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("arcd", type=Path, help="ARCD (SQuAD format) file")
    parser.add_argument("--eval", type=Path, default=ROOT / "data" / "eval" / "stargate-uae.jsonl")
    args = parser.parse_args()
    arcd_stories, arcd_questions = load_arcd(args.arcd)

    def f(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    print("| method | own P@1 | own MRR@10 | MSA | dialects | Latin | typos | paraphrase "
          "| ARCD per-article P@1 | MRR@10 | ARCD global P@1 | MRR@10 |")
    print("|" + " --- |" * 12)
    for name, settings in METHODS:
        own = own_set(settings, args.eval, abstain=False)
        arcd = rank_scores(PassageIndex(arcd_stories, settings), arcd_questions)
        print(f"| {name} | {f(own['p_at_1'])} | {f(own['mrr'])} | {f(own['msa'])} | {f(own['dialect'])} "
              f"| {f(own['latin'])} | {f(own['typo'])} | {f(own['paraphrase'])} "
              f"| {arcd['per_article']['p_at_1']:.3f} | {arcd['per_article']['mrr_at_10']:.3f} "
              f"| {arcd['global']['p_at_1']:.3f} | {arcd['global']['mrr_at_10']:.3f} |", flush=True)
    shipped = own_set(SearchSettings(), args.eval, abstain=True)
    print(f"\nShipped, with abstention (min_coverage {Abstention().min_coverage}): own P@1 {f(shipped['p_at_1'])}, "
          f"abstention accuracy {f(shipped['abstention'])}; settings {dataclasses.asdict(SearchSettings())}")


if __name__ == "__main__":
    main()
