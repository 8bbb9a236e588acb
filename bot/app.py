"""Sanad in Telegram: answers questions about the story with the cited passage.

Run it with a token from @BotFather in `.env` (see .env.example):

    uv run sanad serve

Any text message in a private chat is a question; in groups the bot answers
when mentioned, when replied to, or with /ask. Each answer is the passage with
its best sentence in bold, a 📎 citation, a «نتيجة أخرى» button for the next
passage and 👍/👎 buttons. Every question is logged through `bot.query_log`.

This module wires handlers to the Application (`build_application`); the
handlers are small async functions named after what they answer.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy.exc import SQLAlchemyError
from telegram import (
    BotCommand,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.delivery import deliver
from bot.format import (
    HTML,
    INTRO_SECTION,
    TELEGRAM_LIMIT,
    format_also,
    format_answer,
    format_follow_up,
    format_no_subject,
    format_not_found,
    format_stories,
)
from bot.polling import UpdatesRequest
from bot.query_log import FeedbackRow, QueryLog, QueryRow
from bot.rate_limit import RateLimiter
from bot.settings import Settings
from bot.small_talk import classify, reply_to, trimmed
from index.answers import Answer, Answerer, Citation, Result
from index.normalize import normalize
from index.stories import Passage, Story, example_questions

__all__ = ["Reply", "Sanad", "build_application", "compose_reply"]

log = logging.getLogger(__name__)

ALTERNATIVES = 5  # how many «نتيجة أخرى» a reader can step through
REMEMBERED_QUESTIONS = 10_000  # question texts kept for «نتيجة أخرى» buttons
FOLLOW_UP_SECONDS = 600  # how long «ليش؟» follows the reader's last question
REMEMBERED_READERS = 10_000  # readers whose last question is kept for follow-ups
# Replies in flight. Telegram answers a call in about 0.1 s, so 16 at once allow ~160 replies/s,
# well above the ~30/s Telegram lets a bot send; more would cost CPU in httpx's pool bookkeeping
# (benchmarks/load.py against a fast stand-in: 4 → 2.5 ms CPU a question, 16 → 2.85, 32 → 3.3).
CONCURRENT_UPDATES = 16  # updates handled at once
CONNECTION_POOL = 16  # HTTP connections to the Bot API for replies
POOL_TIMEOUT = 10.0  # seconds a reply may wait for a free connection (then it is retried)
INLINE_ANSWER_SECONDS = 0.01  # answers quicker than this are computed on the event loop
SCHEMA_WAIT = 10.0  # seconds start-up waits for the query log's schema before answering anyway
MAX_LOGGED_CHARS = 4096  # a Telegram message is at most this long; longer input is not a message

COMMANDS = [
    BotCommand("start", "ابدأ: ما الذي أجيب عنه"),
    BotCommand("help", "كيف تسأل وأمثلة"),
    BotCommand("ask", "اسأل سؤالاً (في المجموعات: ‎/ask سؤالك)"),
    BotCommand("stories", "القصص وأقسامها"),
    BotCommand("source", "مصدر القصة"),
    BotCommand("stats", "إحصاءات الأسئلة (للمشرفين)"),
]

TEXT_ONLY = "أقرأ الأسئلة المكتوبة فقط 🙏 اكتب سؤالك عن القصة نصّاً."
SLOW_DOWN = "أسئلة كثيرة في وقت قصير 🙂 انتظر دقيقة ثم اسأل من جديد."
SOMETHING_WRONG = "عذراً، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل."
ADMINS_ONLY = "هذا الأمر للمشرفين فقط."
STALE_BUTTON = "هذا الزر قديم؛ أعد طرح السؤال من فضلك."
NO_MORE = "لا توجد نتائج أخرى لهذا السؤال."
STATS_UNAVAILABLE = "سجل الأسئلة غير متاح الآن؛ حاول لاحقاً."
GROUP_HOW_TO = (
    "أهلاً بكم! أنا <b>سند</b>، أجيب عن الأسئلة حول {titles} بالفقرة التي تجيب عنها من نص القصة.\n\n"
    "في المجموعة أجيب حين تذكرني ({mention}) في سؤالك، أو تردّ على إحدى رسائلي، أو تكتب ‎/ask ثم السؤال."
)
ASK_USAGE = "اكتب سؤالك بعد الأمر، مثلاً: ‎/ask من هي المتحدثة باسم البيت الأبيض؟"
UNKNOWN_COMMAND = (
    "لا أعرف هذا الأمر. اكتب سؤالك عن القصة مباشرة، أو استعمل:\n"
    + "\n".join(f"/{c.command} — {c.description}" for c in COMMANDS if c.command != "stats")
)


@dataclass
class Sanad:
    """What the handlers share: stories, answerer, query log, limits, and recent questions."""

    settings: Settings
    answerer: Answerer
    query_log: QueryLog
    stories: list[Story]
    typing_after: float = 0.5  # seconds of answering before «typing…» is shown
    # Answer on the event loop when answering is quick (measured at start-up): a hop to a
    # worker thread costs more CPU than a millisecond of BM25. Slow indexes answer in a
    # thread, with «typing…» shown after `typing_after`.
    inline_answers: bool | None = None
    limiter: RateLimiter = field(init=False)
    # Every (story, section) pair in reading order: the targets of section buttons.
    sections: list[tuple[Story, str]] = field(init=False)
    # Every passage in reading order: the targets of a decline's «nearest passage» buttons.
    passages: list[tuple[Story, Passage]] = field(init=False)
    passage_number: dict[str, int] = field(init=False)  # passage id → its place in `passages`
    section_opens: list[int] = field(init=False)  # the place in `passages` each section button opens
    examples: list[str] = field(init=False)  # up to three example questions for /start
    sections_markup: InlineKeyboardMarkup | None = field(init=False)  # built once: PTB markups are immutable
    questions: OrderedDict[str, str] = field(default_factory=OrderedDict)
    # Each reader's (chat, user) last question with a subject, and when it was asked.
    last_questions: OrderedDict[tuple[int, int | None], tuple[float, str]] = field(default_factory=OrderedDict)
    warned: dict[int, float] = field(default_factory=dict)
    token_rejected: bool = False  # Telegram stopped accepting the token while the bot ran
    log_closed: bool = False

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.settings.rate_limit_per_minute)
        self.sections = [(story, section) for story in self.stories for section in story.sections]
        self.passages = [(story, passage) for story in self.stories for passage in story.passages]
        self.passage_number = {passage.id: i for i, (_, passage) in enumerate(self.passages)}
        self.section_opens = [
            next(self.passage_number[p.id] for p in story.passages if p.section == section)
            for story, section in self.sections
        ]
        self.examples = example_questions(self.stories)
        self.sections_markup = sections_keyboard(self)
        if self.inline_answers is None:
            self.inline_answers = self._slowest_sample_answer() < INLINE_ANSWER_SECONDS

    def _slowest_sample_answer(self) -> float:
        """Seconds the slowest of a few sample questions (examples and headings) takes to answer."""
        samples = self.examples + [section for _, section in self.sections[:5]]
        slowest = 0.0
        for question in samples or [story.title for story in self.stories]:
            started = time.perf_counter()
            self.answerer.ask(question + " ؟", top=ALTERNATIVES)  # «؟» keeps it out of the answer cache
            slowest = max(slowest, time.perf_counter() - started)
        return slowest

    def remember(self, query_id: str, question: str) -> None:
        """Keep the question behind a reply so its «نتيجة أخرى» button can ask again."""
        self.questions[query_id] = question
        while len(self.questions) > REMEMBERED_QUESTIONS:
            self.questions.popitem(last=False)

    def previous_question(self, reader: tuple[int, int | None]) -> str | None:
        """The reader's last question with a subject, if asked within `FOLLOW_UP_SECONDS`."""
        asked = self.last_questions.get(reader)
        if asked is None or time.monotonic() - asked[0] > FOLLOW_UP_SECONDS:
            return None
        return asked[1]

    def note_question(self, reader: tuple[int, int | None], question: str) -> None:
        """Keep `question` as what the reader's next «ليش؟» follows."""
        self.last_questions[reader] = (time.monotonic(), question)
        self.last_questions.move_to_end(reader)
        while len(self.last_questions) > REMEMBERED_READERS:
            self.last_questions.popitem(last=False)


def _sanad(context: ContextTypes.DEFAULT_TYPE) -> Sanad:
    return cast(Sanad, context.bot_data["sanad"])


# -- keyboards ---------------------------------------------------------------------------------


def answer_keyboard(query_id: str, next_rank: int | None) -> InlineKeyboardMarkup:
    """«نتيجة أخرى» (when another passage exists) and 👍 / 👎."""
    rows = []
    if next_rank is not None:
        rows.append([InlineKeyboardButton("نتيجة أخرى", callback_data=f"more:{query_id}:{next_rank}")])
    rows.append([
        InlineKeyboardButton("👍", callback_data=f"fb:{query_id}:1"),
        InlineKeyboardButton("👎", callback_data=f"fb:{query_id}:-1"),
    ])
    return InlineKeyboardMarkup(rows)


def _section_rows(sanad: Sanad, skip: frozenset[int] = frozenset()) -> list[list[InlineKeyboardButton]]:
    """One button per section (up to 20), except those opening a passage (a place in `passages`) in `skip`."""
    return [
        [InlineKeyboardButton(section[:60], callback_data=f"sec:{i}")]
        for i, (_, section) in enumerate(sanad.sections[:20])
        if sanad.section_opens[i] not in skip
    ]


def sections_keyboard(sanad: Sanad) -> InlineKeyboardMarkup | None:
    """One button per section, to explore the story when a question is not answered."""
    rows = _section_rows(sanad)
    return InlineKeyboardMarkup(rows) if rows else None


def decline_keyboard(sanad: Sanad, nearest: tuple[Answer, ...]) -> InlineKeyboardMarkup | None:
    """A declined question's buttons: its nearest passages first (to read whole), then the sections
    that would open another passage."""
    if not nearest:
        return sanad.sections_markup
    shown = [sanad.passage_number[a.passage.id] for a in nearest]
    rows = [
        [InlineKeyboardButton(f"📄 الفقرة {a.passage.number} — {a.passage.section or INTRO_SECTION}"[:60],
                              callback_data=f"par:{place}")]
        for a, place in zip(nearest, shown)
    ]
    return InlineKeyboardMarkup(rows + _section_rows(sanad, frozenset(shown)))


def examples_keyboard(sanad: Sanad) -> InlineKeyboardMarkup | None:
    """The example questions as buttons that ask them."""
    buttons = [[InlineKeyboardButton(q, callback_data=f"ex:{i}")] for i, q in enumerate(sanad.examples)]
    return InlineKeyboardMarkup(buttons) if buttons else None


# -- answering ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """What the bot says to one message, the query-log row to write once it is sent, and what
    was searched for (`asked`: the question, or a follow-up with the subject it follows)."""

    text: str
    markup: InlineKeyboardMarkup | None = None
    row: QueryRow | None = None
    asked: str | None = None
    has_subject: bool = False  # a question a later «ليش؟» can follow
    also: tuple[Reply, ...] = ()  # the answers to the message's other questions, each its own message


def compose_reply(
    sanad: Sanad, question: str, *, chat_id: int | None = None, user_id: int | None = None,
    chat_type: str | None = None, previous: str | None = None,
) -> Reply:
    """The reply to a question: small talk, a cited answer with its buttons, or «not in the story».

    A question with no subject of its own («ليش؟», «ومتى؟») follows `previous`, the reader's last
    question that had one: it is searched with that question's subject, and the reply says so.
    With no `previous` it gets a request for the whole question. No I/O: the handlers send what
    this returns, and the property tests feed it any string.
    """
    question = trimmed(question)
    if not question:  # nothing, or only direction marks and zero-width spaces: nothing was asked
        return Reply(ASK_USAGE)
    row = QueryRow(
        question=question[:MAX_LOGGED_CHARS],
        normalized_question=normalize(question[:MAX_LOGGED_CHARS]),
        answered=False,
        chat_id=chat_id,
        user_id=user_id,
        chat_type=chat_type,
    )
    small_talk = classify(question)
    if small_talk == "help":  # «ساعدني», «شو بتعمل؟»: what /help says, with its example buttons
        return Reply(_welcome(sanad), examples_keyboard(sanad), row)
    if small_talk is not None:
        return Reply(reply_to(small_talk), row=row)  # logged too: the log holds every question asked
    asked = sanad.answerer.with_subject(question, previous)
    if asked is None:
        markup = examples_keyboard(sanad)
        return Reply(format_no_subject([] if markup else sanad.examples, HTML), markup, row)
    has_subject = asked == question
    result = sanad.answerer.ask(asked, top=ALTERNATIVES)
    text, markup = _shown(sanad, result, row)
    if not has_subject and previous:  # a follow-up: say which question it follows
        text = format_follow_up(text, previous, HTML)
    elif result.piece is not None:  # answered question by question: say which one this is about
        text = format_also(text, result.piece, HTML, first=True)
    also = []
    for other in result.also:  # the message's other questions: a reply, buttons and row each
        other_row = QueryRow(question=other.question, normalized_question=normalize(other.question), answered=False,
                             chat_id=chat_id, user_id=user_id, chat_type=chat_type)
        other_text, other_markup = _shown(sanad, other, other_row)
        also.append(Reply(format_also(other_text, other.question, HTML), other_markup, other_row, other.question))
    return Reply(text, markup, row, asked, has_subject, tuple(also))


def _shown(sanad: Sanad, result: Result, row: QueryRow) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and buttons showing `result`: the cited answer, or «not in the story» with the
    nearest passages; `row` (a fresh query-log row) filled with what was shown."""
    if result.answer is None:
        row.nearest_passage_id = result.nearest[0].passage.id if result.nearest else None
        markup = decline_keyboard(sanad, result.nearest)
        return format_not_found([] if markup else [s for _, s in sanad.sections], HTML, result.nearest), markup
    row.answered = True
    row.story_id = result.answer.passage.story_id
    row.passage_id = result.answer.passage.id
    row.score = round(result.answer.score, 4)
    return format_answer(result.answer, HTML), answer_keyboard(row.id, 1 if result.alternatives else None)


async def send(
    context: ContextTypes.DEFAULT_TYPE, update: Update, text: str, *,
    markup: InlineKeyboardMarkup | None = None, reply_to: int | None = None, html: bool = True,
) -> Message | None:
    """Send a message to the update's chat through `deliver` (retries and flood waits); None when
    it could not be sent. In a forum group the message goes to the topic the update came from,
    not to the group's General topic."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    reply_parameters = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    return await deliver(
        lambda: context.bot.send_message(
            chat.id, text, parse_mode=ParseMode.HTML if html else None, reply_markup=markup,
            reply_parameters=reply_parameters, message_thread_id=thread,
        ),
        what=f"reply to chat {chat.id}",
    )


async def _typing_while(context: ContextTypes.DEFAULT_TYPE, chat_id: int, work: asyncio.Future[Reply],
                        after: float) -> Reply:
    """Await `work`; if it takes longer than `after` seconds, show «typing…» meanwhile."""
    done, _ = await asyncio.wait({work}, timeout=after)
    if not done:
        try:
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError:
            pass  # a typing indicator is a courtesy, never a reason to fail
    return await work


async def answer_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, reply_to: int | None
) -> None:
    """Answer `question` in the update's chat, then log it with its latency."""
    sanad = _sanad(context)
    chat = update.effective_chat
    user = update.effective_user
    if chat is None:
        return
    user_id = user.id if user else None
    if user_id is not None and not await _within_rate_limit(update, context, user_id):
        return
    started = time.perf_counter()
    reader = (chat.id, user_id)
    previous = sanad.previous_question(reader)
    if sanad.inline_answers:
        reply = compose_reply(sanad, question, chat_id=chat.id, user_id=user_id, chat_type=chat.type,
                              previous=previous)
    else:
        work = asyncio.ensure_future(asyncio.to_thread(
            compose_reply, sanad, question, chat_id=chat.id, user_id=user_id, chat_type=chat.type,
            previous=previous))
        reply = await _typing_while(context, chat.id, work, sanad.typing_after)
    if reply.has_subject:
        sanad.note_question(reader, question)
    for part in (reply, *reply.also):
        if part.row is not None and part.row.answered and part.asked is not None:
            sanad.remember(part.row.id, part.asked)
    try:
        for part in (reply, *reply.also):
            await send(context, update, part.text, markup=part.markup,
                       reply_to=reply_to if chat.type != ChatType.PRIVATE else None)
    finally:
        latency_ms = round((time.perf_counter() - started) * 1000, 2)
        for part in (reply, *reply.also):
            if part.row is not None:
                part.row.latency_ms = latency_ms
                sanad.query_log.record(part.row)


async def _within_rate_limit(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: int) -> bool:
    sanad = _sanad(context)
    if sanad.limiter.allow(user_id):
        return True
    now = time.monotonic()
    if now - sanad.warned.get(user_id, -1e9) >= sanad.limiter.window:
        sanad.warned[user_id] = now
        await send(context, update, SLOW_DOWN, html=False)
    return False


def _without_mention(text: str, username: str | None) -> tuple[str, bool]:
    """`text` without the bot's @mention (any case), and whether it had one."""
    if not username:
        return text, False
    mention = f"@{username}".casefold()
    start = text.casefold().find(mention)
    if start < 0:
        return text, False
    return (text[:start] + text[start + len(mention):]).strip(), True


def _addressed_question(message: Message, bot_id: int, username: str | None) -> str | None:
    """The question in a group message addressed to the bot (mention or reply), else None."""
    replied_to_bot = bool(
        message.reply_to_message and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == bot_id
    )
    text, mentioned = _without_mention(message.text or message.caption or "", username)
    if not (replied_to_bot or mentioned):
        return None
    return text.strip()


def _quoted_question(message: Message, bot_id: int) -> tuple[str, int] | None:
    """The text and id of the message `message` replies to, when it has text and is not the
    bot's own: in a group, «@bot» or «/ask» alone in reply to someone's question asks that."""
    quoted = message.reply_to_message
    if quoted is None or not (quoted.text or quoted.caption):
        return None
    if quoted.from_user is not None and quoted.from_user.id == bot_id:
        return None
    return quoted.text or quoted.caption or "", quoted.message_id


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message (new or edited): a question, small talk, or group chatter to ignore. A
    photo or file sent with a caption (a question typed under a screenshot) asks its caption."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    question: str | None = message.text or message.caption
    if not question:
        return
    reply_to = message.message_id
    if chat.type == ChatType.PRIVATE:
        question, _ = _without_mention(question, context.bot.username)  # «@bot …» out of habit
    else:
        question = _addressed_question(message, context.bot.id, context.bot.username)
        if question is None:
            return  # group chatter not meant for the bot
        quoted = _quoted_question(message, context.bot.id) if not question else None
        if quoted is not None:  # «@bot» in reply to someone's question: answer it, under it
            question, reply_to = quoted
    await answer_question(update, context, question, reply_to)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION — how groups ask without mentioning the bot; /ask alone in reply to someone's
    question asks that question."""
    message = update.effective_message
    if message is None:
        return
    question, reply_to = " ".join(context.args or []), message.message_id
    quoted = _quoted_question(message, context.bot.id) if not question else None
    if quoted is not None:
        question, reply_to = quoted
    await answer_question(update, context, question, reply_to)


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, voice, locations, photos and documents without a caption: the bot reads text only."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if chat.type != ChatType.PRIVATE and not (
        message.reply_to_message and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == context.bot.id
    ):
        return
    await send(context, update, TEXT_ONLY, html=False, reply_to=message.message_id)


# -- commands ----------------------------------------------------------------------------------


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /command the bot does not have, in a private chat: say which ones it has."""
    await send(context, update, UNKNOWN_COMMAND, html=False)


def _welcome(sanad: Sanad) -> str:
    titles = "، ".join(f"«{HTML.escape(s.title)}»" for s in sanad.stories)
    return (
        f"أهلاً! أنا <b>سند</b>. أجيب عن أسئلتك حول قصة {titles} "
        "بالفقرة التي تجيب عنها من نص القصة، مع ذكر موضعها.\n\n"
        "اكتب سؤالك بأي لهجة، أو جرّب أحد هذه الأسئلة:"
    )


async def added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to a group: say how to ask there, since it answers only when addressed."""
    change = update.my_chat_member
    if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    was_in = change.old_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)
    is_in = change.new_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)
    if is_in and not was_in:
        titles = "، ".join(f"«{HTML.escape(s.title)}»" for s in _sanad(context).stories)
        mention = f"@{context.bot.username}" if context.bot.username else "اسمي"
        await send(context, update, GROUP_HOW_TO.format(titles=titles, mention=HTML.escape(mention)))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start and /help: what the bot answers, and example questions as buttons."""
    sanad = _sanad(context)
    await send(context, update, _welcome(sanad), markup=examples_keyboard(sanad))


async def stories_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stories: each story with its sections and paragraph counts."""
    await send(context, update, _fit(format_stories(_sanad(context).stories, HTML)))


async def source_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/source: title, source, link and sections of each story."""
    blocks = []
    for story in _sanad(context).stories:
        lines = [f"<b>{HTML.escape(story.title)}</b>"]
        if story.source:
            lines.append(f"المصدر: {HTML.escape(story.source)}")
        if story.url:
            lines.append(HTML.escape(story.url))
        if story.date:
            lines.append(f"التاريخ: {HTML.escape(story.date)}")
        lines.extend(f"• {HTML.escape(section)}" for section in story.sections)
        blocks.append("\n".join(lines))
    await send(context, update, _fit("\n\n".join(blocks)))


def format_stats(stats: dict[str, object]) -> str:
    """The query-log summary as a few lines of plain text (shared by /stats and `sanad stats`)."""
    lines = [
        f"questions: {stats['questions']}",
        f"answered: {stats['answered']} ({stats['answered_rate']})",
    ]
    feedback = cast(dict[str, object], stats["feedback"])
    lines.append(f"feedback: 👍 {feedback['up']} / 👎 {feedback['down']}")
    for title, key in (("top questions", "top_questions"), ("top unanswered", "top_unanswered")):
        rows = cast(list[dict[str, object]], stats[key])
        if rows:
            lines.append(f"{title}:")
            lines.extend(
                f"  {r['count']} × {r['question']}" + (f"  (nearest: {r['nearest']})" if r.get("nearest") else "")
                for r in rows
            )
    per_day = cast(list[dict[str, object]], stats["per_day"])
    if per_day:
        lines.append("per day: " + ", ".join(f"{d['date']}: {d['questions']}" for d in per_day[-7:]))
    return "\n".join(lines)


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats for ADMIN_USER_IDS: totals, answered rate, top (unanswered) questions, feedback."""
    sanad = _sanad(context)
    chat = update.effective_chat
    user = update.effective_user
    if chat is None:
        return
    if user is None or user.id not in sanad.settings.admin_user_ids:
        await send(context, update, ADMINS_ONLY, html=False)
        return
    try:
        stats = await asyncio.to_thread(sanad.query_log.stats)
    except SQLAlchemyError as exc:
        log.warning("/stats: query log unavailable: %s", type(exc).__name__)
        await send(context, update, STATS_UNAVAILABLE, html=False)
        return
    await send(context, update, format_stats(stats)[:TELEGRAM_LIMIT], html=False)


# -- buttons -----------------------------------------------------------------------------------


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Taps on inline buttons: examples, «نتيجة أخرى», 👍/👎, sections, a decline's nearest passages."""
    query = update.callback_query
    if query is None or not query.data:
        return
    kind, _, rest = query.data.partition(":")
    sanad = _sanad(context)
    if kind == "ex":
        await deliver(query.answer, "callback answer")
        examples = sanad.examples
        index = int(rest) if rest.isdigit() else -1
        if 0 <= index < len(examples):
            await answer_question(update, context, examples[index], None)
    elif kind == "more":
        await _more(update, context, rest)
    elif kind == "fb":
        query_id, _, value = rest.partition(":")
        vote = 1 if value == "1" else -1
        user = update.effective_user
        sanad.query_log.record(FeedbackRow(query_id=query_id, value=vote, user_id=user.id if user else None))
        await deliver(lambda: query.answer("شكراً على رأيك!"), "callback answer")
        message = query.message
        if isinstance(message, Message) and message.reply_markup is not None:
            kept = [row for row in message.reply_markup.inline_keyboard
                    if not any((b.callback_data or "").startswith("fb:") for b in row)]
            await deliver(lambda: query.edit_message_reply_markup(InlineKeyboardMarkup(kept) if kept else None),
                          "feedback buttons")
    elif kind == "sec":
        await deliver(query.answer, "callback answer")
        sections = sanad.sections
        index = int(rest) if rest.isdigit() else -1
        if 0 <= index < len(sections) and update.effective_chat is not None:
            await _open(context, update, *sanad.passages[sanad.section_opens[index]])
    elif kind == "par":
        await deliver(query.answer, "callback answer")
        index = int(rest) if rest.isdigit() else -1
        if 0 <= index < len(sanad.passages) and update.effective_chat is not None:
            await _open(context, update, *sanad.passages[index])
    else:
        await deliver(query.answer, "callback answer")


async def _open(context: ContextTypes.DEFAULT_TYPE, update: Update, story: Story, passage: Passage) -> None:
    """Send one passage whole, with its citation: what a section or «nearest passage» button opens."""
    citation = Citation(story.id, story.title, passage.section, passage.number, story.source)
    await send(context, update, format_answer(Answer(passage, citation, 0.0, 0.0, (0, 0)), HTML))


async def _more(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    sanad = _sanad(context)
    query_id, _, rank_text = rest.partition(":")
    remembered = sanad.questions.get(query_id)
    if remembered is None or not rank_text.isdigit():
        await deliver(lambda: query.answer(STALE_BUTTON, show_alert=True), "callback answer")
        return
    rank = int(rank_text)
    result: Result = sanad.answerer.ask(remembered, top=ALTERNATIVES)
    ranked = [a for a in (result.answer, *result.alternatives) if a is not None]
    if rank >= len(ranked):
        await deliver(lambda: query.answer(NO_MORE), "callback answer")
        return
    await deliver(query.answer, "callback answer")
    next_rank = rank + 1 if rank + 1 < len(ranked) else None
    await deliver(
        lambda: query.edit_message_text(
            format_answer(ranked[rank], HTML), parse_mode=ParseMode.HTML,
            reply_markup=answer_keyboard(query_id, next_rank),
        ),
        "next result",
    )


# -- errors and wiring -------------------------------------------------------------------------


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log anything unexpected (the formatter scrubs the token) and tell the user."""
    error = context.error
    if isinstance(error, Forbidden):
        log.warning("cannot write to a chat (the user blocked the bot?): %s", error)
        return
    log.error("error while handling an update: %s", error, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await send(context, update, SOMETHING_WRONG, html=False)
        except TelegramError:
            log.warning("could not tell chat %s about the error", update.effective_chat.id)


def _fit(text: str) -> str:
    """Cut HTML text to Telegram's limit at a line break, so no tag is left open."""
    if len(text) <= TELEGRAM_LIMIT:
        return text
    return text[: text.rfind("\n", 0, TELEGRAM_LIMIT - 1)] + "\n…"


async def _post_init(application: Application) -> None:
    # The command menu is a courtesy: typed commands work without it. A Bot API that fails the
    # call (a 5xx through retries, or a local server without the method) must not stop the bot.
    if await deliver(lambda: application.bot.set_my_commands(COMMANDS), "command menu", attempts=3) is None:
        log.warning("command menu not registered; typed commands still work")
    sanad = cast(Sanad, application.bot_data["sanad"])
    try:
        await asyncio.wait_for(asyncio.to_thread(sanad.query_log.prepare), SCHEMA_WAIT)
    except TimeoutError:
        log.warning("query log: database slow to open; answering anyway, rows wait in memory")
    sanad.query_log.start()
    # Everything loaded so far (index, lexicon, caches' first entries) lives as long as the
    # process: move it out of the garbage collector's sight, so that a full collection under
    # load walks only what answering allocates (measured: −0.1 to −0.2 ms of CPU a question).
    gc.freeze()
    log.info("Sanad is up as @%s with %d stor%s", application.bot.username,
             len(sanad.stories), "y" if len(sanad.stories) == 1 else "ies")


async def _post_shutdown(application: Application) -> None:
    sanad = cast(Sanad, application.bot_data["sanad"])
    await asyncio.to_thread(close_log, sanad)


def close_log(sanad: Sanad) -> None:
    """Flush the query log and say so: the last step of every way the bot stops (once)."""
    if sanad.log_closed:
        return
    sanad.log_closed = True
    sanad.query_log.close()
    log.info("Sanad stopped; query log flushed (%d written, %d dropped)",
             sanad.query_log.written, sanad.query_log.dropped)


def build_application(sanad: Sanad) -> Application:
    """The python-telegram-bot Application with every handler wired to it."""
    settings = sanad.settings

    def token_rejected() -> None:
        log.error("Telegram no longer accepts the bot token (revoked?); stopping")
        sanad.token_rejected = True
        application.stop_running()

    application = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.base_url)
        .base_file_url(settings.base_url.replace("/bot", "/file/bot"))
        .concurrent_updates(CONCURRENT_UPDATES)
        # httpcore looks at every pooled connection on every request; with PTB's default
        # pool of 256 that was most of the bot's CPU under load. 16 measured best
        # (benchmarks/load.py: 3.2–3.5 ms CPU per question against 4.4; 8 starved the replies).
        .connection_pool_size(CONNECTION_POOL)
        .pool_timeout(POOL_TIMEOUT)
        .get_updates_request(UpdatesRequest(token_rejected))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["sanad"] = sanad
    application.add_handler(CommandHandler(["start", "help"], start))
    application.add_handler(CommandHandler("ask", ask_command))
    application.add_handler(CommandHandler("stories", stories_command))
    application.add_handler(CommandHandler("source", source_command))
    application.add_handler(CommandHandler("stats", stats_command))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, text_message))
    # In groups a stray /command is usually another bot's, so only private chats hear about it.
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, unknown_command))
    application.add_handler(MessageHandler(
        ~filters.TEXT & ~filters.CAPTION & ~filters.COMMAND & ~filters.StatusUpdate.ALL, non_text_message
    ))
    application.add_error_handler(error_handler)
    return application
