"""`sanad`: ask the story from the terminal, run the Telegram bot, read the query log.

Every verb is a thin shell over a library function: `ask`/`chat` over
`index.answers.Answerer` and `bot.format`, `eval` over `index.evaluation`,
`serve` over `bot.app`, `stats`/`export`/`prune`/`db` over `bot.query_log`.
What `ask` prints is exactly what the bot sends, less the HTML.

Errors are one line on stderr and a non-zero exit: 2 for a usage problem (bad
arguments, unknown story, missing folder, missing token), 1 for a failure.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from bot.format import ANSI, PLAIN, Markup, format_follow_up, format_no_subject, format_result, format_stories
from bot.settings import Settings, SettingsError, load_settings
from bot.small_talk import classify, reply_to, trimmed
from index.answers import Answerer, Result, UnknownStoryError
from index.evaluation import calibrate, evaluate, load_eval
from index.stories import Story, example_questions, load_stories

if TYPE_CHECKING:  # the query log pulls in SQLAlchemy; `ask` should not pay for it
    from bot.query_log import QueryLog

__all__ = ["main"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


class CliError(Exception):
    """A problem to report as one line on stderr, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    raise CliError(message, code)


def load_library(data: Path | None) -> tuple[list[Story], Answerer]:
    """Stories from `data` (or SANAD_DATA, or the shipped folder) and an answerer over them."""
    folder = data if data is not None else load_settings().data_dir
    try:
        stories, errors = load_stories(folder)
    except FileNotFoundError:
        _fail(f"stories folder not found: {folder} (use --data DIR or SANAD_DATA)")
    for error in errors:
        print(f"sanad: skipped {error}", file=sys.stderr)
    if not stories:
        _fail(f"no usable stories in {folder} (.txt or .md files)")
    return stories, Answerer(stories)


def _markup(stream: TextIO) -> Markup:
    return ANSI if stream.isatty() else PLAIN


def _questions_from_stdin(stream: TextIO, default_story: str | None) -> Iterator[tuple[str, str | None]]:
    """(question, story) per non-blank line; a line is plain text or {"question": …, "story": …}."""
    for line in stream:
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                row = json.loads(line)
                yield str(row["question"]), row.get("story") or default_story
                continue
            except (json.JSONDecodeError, KeyError, TypeError):
                pass  # not our JSON: treat the line as a question like any other
        yield line, default_story


def _print_result(result: Result, stories: Sequence[Story], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False), flush=True)
    else:
        print(format_result(result, stories, _markup(sys.stdout)), end="\n\n", flush=True)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or one per stdin line."""
    stories, answerer = load_library(args.data)
    if args.question is not None:
        question = trimmed(" ".join(args.question))
        if not question:
            _fail("empty question: ask something about the story")
        try:
            result = answerer.ask(question, story_id=args.story, top=args.top)
        except UnknownStoryError as exc:
            _fail(str(exc))
        _print_result(result, stories, args.json)
        return 0
    failures = 0
    for question, story in _questions_from_stdin(sys.stdin, args.story):
        try:
            result = answerer.ask(question, story_id=story, top=args.top)
        except UnknownStoryError as exc:
            failures += 1
            print(f"sanad: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False), flush=True)
            continue
        _print_result(result, stories, args.json)
    return EXIT_FAILURE if failures else 0


def cmd_chat(args: argparse.Namespace) -> int:
    """An interactive loop that answers like the bot; an empty line or Ctrl-D ends it."""
    stories, answerer = load_library(args.data)
    if args.story is not None and args.story not in answerer.stories:
        _fail(f"unknown story {args.story!r}; known: {', '.join(sorted(answerer.stories))}")
    print("اسأل عن القصة (سطر فارغ أو Ctrl-D للخروج).")
    markup = _markup(sys.stdout)
    examples = example_questions(stories)
    previous: str | None = None  # the last question with a subject, which «ليش؟» follows
    while True:
        try:
            question = trimmed(input("؟ "))
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        small_talk = classify(question)
        if small_talk is not None:
            print(reply_to(small_talk))  # as the bot does: a greeting is no question about the story
            continue
        asked = answerer.with_subject(question, previous)
        if asked is None:
            print(format_no_subject(examples, markup))
            continue
        text = format_result(answerer.ask(asked, story_id=args.story, top=args.top), stories, markup)
        if asked == question:
            previous = question
        else:
            text = format_follow_up(text, previous or "", markup)
        print(text, end="\n\n", flush=True)


def cmd_stories(args: argparse.Namespace) -> int:
    """List the stories with their sections and passage counts."""
    stories, _ = load_library(args.data)
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "source": s.source,
                "url": s.url,
                "date": s.date,
                "passages": len(s.passages),
                "sections": [
                    {"title": name, "passages": sum(p.section == name for p in s.passages)}
                    for name in s.sections
                ],
            }
            for s in stories
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(format_stories(stories, _markup(sys.stdout)))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the answerer on an evaluation file: P@1, MRR@10, abstention, per category."""
    _, answerer = load_library(args.data)
    try:
        questions = load_eval(args.file)
    except FileNotFoundError:
        _fail(f"evaluation file not found: {args.file}")
    except ValueError as exc:
        _fail(str(exc))
    if args.calibrate:
        off_topic = _off_topic_questions(args.off_topic)
        table = calibrate(answerer, questions, off_topic)
        if args.json:
            print(json.dumps([dataclasses.asdict(row) for row in table], ensure_ascii=False))
            return 0
        print(f"current min_coverage {answerer.abstention.min_coverage}; "
              f"{len(questions)} questions, {len(off_topic)} off-topic")
        print(f"{'min_coverage':>12}{'balanced':>10}{'answered':>10}{'declined':>10}{'off-topic':>11}")
        for row in table[:10]:
            off = "—" if row.off_topic_declined is None else f"{row.off_topic_declined:.3f}"
            print(f"{row.min_coverage:>12.4f}{row.balanced:>10.3f}{row.in_scope_answered:>10.3f}"
                  f"{row.out_of_scope_declined:>10.3f}{off:>11}")
        return 0
    try:
        scores = evaluate(answerer, questions)
    except UnknownStoryError as exc:
        _fail(str(exc))
    if args.json:
        print(json.dumps({k: v.to_dict() for k, v in scores.items()}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'category':<14}{'n':>5}{'P@1':>8}{'MRR@10':>8}{'abstain':>9}{'sentence':>10}")
    for name in sorted(scores, key=lambda k: (k == "all", k)):
        row = scores[name]
        cells = [row.p_at_1, row.mrr_at_10, row.abstention_accuracy, row.sentence_accuracy]
        shown = ["—" if c is None else f"{c:.3f}" for c in cells]
        print(f"{name:<14}{row.questions:>5}{shown[0]:>8}{shown[1]:>8}{shown[2]:>9}{shown[3]:>10}")
    if args.misses:
        for name, row in sorted(scores.items()):
            if name != "all":
                for miss in row.misses:
                    print(f"miss [{name}] {miss}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the Telegram bot (long polling) until SIGINT or SIGTERM."""
    from bot.logging_setup import configure_logging, stop_logging

    def stopped_while_starting(signum: int, frame: object) -> None:
        # Until polling starts (python-telegram-bot then handles both signals itself), a stop
        # request ends start-up quietly: no update has been fetched, so nothing can be lost.
        logging.getLogger("bot").info("stopped by %s while starting", signal.Signals(signum).name)
        raise SystemExit(0)

    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop_signal, stopped_while_starting)
    settings = load_settings()
    if args.data is not None:
        settings = dataclasses.replace(settings, data_dir=args.data)
    token = settings.require_token()  # before anything touches the network
    configure_logging(settings.log_level, (token,))
    try:
        return _serve(settings, token)
    finally:
        stop_logging()  # every queued log line out before the exit status (or its message)


def _serve(settings: Settings, token: str) -> int:
    """`cmd_serve` once logging is set up: load the stories, check the token, poll until stopped."""
    from telegram import Update
    from telegram.error import InvalidToken, NetworkError

    from bot.app import Sanad, build_application, close_log
    from bot.query_log import QueryLog

    stories, answerer = load_library(settings.data_dir)
    try:
        asyncio.run(check_token(token, settings.base_url))
    except InvalidToken:
        _fail("رفض تيليجرام رمز البوت. / Telegram rejected TELEGRAM_BOT_TOKEN (401 on getMe): "
              "check it with @BotFather.")
    except NetworkError as exc:
        # Telegram may be having a bad minute: keep going, polling retries until it answers.
        logging.getLogger("bot").warning("Bot API not reachable yet (%s); retrying", type(exc).__name__)
    sanad = Sanad(settings, answerer, QueryLog(settings.database_url), stories)
    try:
        build_application(sanad).run_polling(
            allowed_updates=Update.ALL_TYPES,
            stop_signals=(signal.SIGINT, signal.SIGTERM),
            bootstrap_retries=-1,
        )
    except InvalidToken:
        # Raised by the polling loop as it is stopped, before python-telegram-bot's shutdown
        # steps (and so the bot's own) could run: flush the query log here. Also raised when
        # start-up's deleteWebhook gets a 401 or 404, after a shutdown that did flush it.
        sanad.token_rejected = True
        close_log(sanad)
    if sanad.token_rejected:
        _fail("لم يعد تيليجرام يقبل رمز البوت. / The Bot API stopped accepting TELEGRAM_BOT_TOKEN "
              "(401 or 404 after start-up; revoked?): check it with @BotFather.")
    return 0


async def check_token(token: str, base_url: str) -> None:
    """One getMe: raises InvalidToken when Telegram rejects the token, NetworkError when unreachable."""
    from telegram import Bot

    async with Bot(token, base_url=base_url):
        pass  # initialize() calls getMe


def _query_log(args: argparse.Namespace) -> QueryLog:
    from bot.query_log import QueryLog, upgrade

    url = args.database or load_settings().database_url
    upgrade(url)
    return QueryLog(url)


def cmd_db(args: argparse.Namespace) -> int:
    """`sanad db upgrade`: bring the query log schema to the newest revision."""
    from bot.query_log import upgrade

    url = args.database or load_settings().database_url
    upgrade(url)
    print("query log schema is up to date")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Totals, answered rate, per day, top and top unanswered questions, feedback."""
    from bot.app import format_stats

    stats = _query_log(args).stats(top=args.top)
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Every logged question as CSV."""
    count = _query_log(args).export_csv(args.csv)
    print(f"wrote {count} question(s) to {args.csv}", file=sys.stderr)
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    """Delete logged questions (and their feedback) older than N days."""
    if args.older_than < 0:
        _fail("--older-than takes a number of days ≥ 0")
    deleted = _query_log(args).prune(args.older_than)
    print(f"deleted {deleted} question(s) older than {args.older_than} day(s)")
    return 0


def _off_topic_questions(paths: Sequence[Path]) -> list[str]:
    """Questions from SQuAD-format JSON files (e.g. ARCD) or plain text, one per line."""
    questions: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot read {path}: {exc.strerror or exc}")
        if path.suffix == ".json":
            try:
                data = json.loads(text)["data"]
                questions += [qa["question"] for a in data for p in a["paragraphs"] for qa in p["qas"]]
            except (json.JSONDecodeError, KeyError, TypeError):
                _fail(f"{path}: not a SQuAD-format file")
        else:
            questions += [line.strip() for line in text.splitlines() if line.strip()]
    return questions


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every verb."""
    parser = argparse.ArgumentParser(
        prog="sanad",
        description="Answers questions about an Arabic news story with the passage that answers them.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", type=Path, help="stories folder (default: SANAD_DATA or data/stories)")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    ask = verbs.add_parser("ask", parents=[common], help="answer a question (or one per stdin line)")
    ask.add_argument("question", nargs="*", help="the question; omit it to read questions from stdin")
    ask.add_argument("--story", help="answer from this story id only")
    ask.add_argument("--top", type=int, default=3, help="alternatives to list (default 3)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.set_defaults(func=cmd_ask)

    chat = verbs.add_parser("chat", parents=[common], help="ask questions interactively")
    chat.add_argument("--story", help="answer from this story id only")
    chat.add_argument("--top", type=int, default=3, help=argparse.SUPPRESS)
    chat.set_defaults(func=cmd_chat)

    stories = verbs.add_parser("stories", parents=[common], help="list stories, sections and passages")
    stories.add_argument("--json", action="store_true")
    stories.set_defaults(func=cmd_stories)

    ev = verbs.add_parser("eval", parents=[common], help="score answers on an evaluation file")
    ev.add_argument("file", type=Path, help="JSON lines: question, category, gold passage ids")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--misses", action="store_true", help="list every question answered wrongly")
    ev.add_argument("--calibrate", action="store_true", help="sweep the abstention threshold instead")
    ev.add_argument("--off-topic", type=Path, action="append", default=[], metavar="FILE",
                    help="with --calibrate: questions that must be declined (SQuAD .json or one per line)")
    ev.set_defaults(func=cmd_eval)

    serve = verbs.add_parser("serve", parents=[common], help="run the Telegram bot (token from .env)")
    serve.set_defaults(func=cmd_serve)

    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--database", help="SQLAlchemy URL (default: DATABASE_URL or var/sanad.db)")
    db = verbs.add_parser("db", parents=[database], help="query log schema")
    db.add_argument("action", choices=["upgrade"])
    db.set_defaults(func=cmd_db)

    stats = verbs.add_parser("stats", parents=[database], help="what people asked, from the query log")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--top", type=int, default=10)
    stats.set_defaults(func=cmd_stats)

    export = verbs.add_parser("export", parents=[database], help="the query log as CSV")
    export.add_argument("--csv", type=Path, required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)

    prune = verbs.add_parser("prune", parents=[database], help="delete old questions from the query log")
    prune.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    prune.set_defaults(func=cmd_prune)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sanad` console script."""
    args = build_parser().parse_args(argv)
    if args.verb == "ask" and not args.question:
        args.question = None
    if getattr(args, "top", 0) < 0:
        args.top = 0
    try:
        return args.func(args)
    except (CliError, SettingsError) as exc:
        print(f"sanad: {exc}", file=sys.stderr)
        return getattr(exc, "code", EXIT_USAGE)
    except BrokenPipeError:
        # The reader went away (`sanad ask … | head -1`): stop quietly, as other Unix tools do,
        # and keep Python from reporting the same broken pipe again when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        print(f"sanad: the query log database failed: {type(exc).__name__}: {str(exc).splitlines()[0]}",
              file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
