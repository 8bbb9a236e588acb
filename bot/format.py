"""One formatter for every face: what the terminal prints is what Telegram shows.

A reply is laid out once (passage with its best sentence marked, a blank line,
the 📎 citation) and rendered through a `Markup`: Telegram HTML for the bot,
plain or ANSI-bold text for the terminal. All story and user text goes through
`Markup.escape`, so nothing a user or a story contains can become markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from index.answers import Answer, Result
from index.stories import Story

__all__ = [
    "ANSI",
    "HTML",
    "INTRO_SECTION",
    "PLAIN",
    "TELEGRAM_LIMIT",
    "Markup",
    "format_also",
    "format_answer",
    "format_follow_up",
    "format_no_subject",
    "format_not_found",
    "format_result",
    "format_stories",
]

TELEGRAM_LIMIT = 4096  # characters in one Telegram message
NOT_FOUND = "لم أجد في القصة ما يجيب عن هذا السؤال."
INTRO_SECTION = "المقدمة"


@dataclass(frozen=True)
class Markup:
    """How to escape text and mark it bold in one output medium."""

    bold_open: str
    bold_close: str
    html: bool

    def escape(self, text: str) -> str:
        """Make `text` inert in this medium."""
        return html.escape(text, quote=False) if self.html else text

    def bold(self, text: str) -> str:
        """Escape `text` and mark it bold."""
        return f"{self.bold_open}{self.escape(text)}{self.bold_close}"


HTML = Markup("<b>", "</b>", html=True)
ANSI = Markup("\033[1m", "\033[0m", html=False)
PLAIN = Markup("**", "**", html=False)  # pipes and files: visible without colour


def _passage_with_sentence(answer: Answer, markup: Markup, limit: int) -> str:
    text = answer.passage.text
    start, end = answer.sentence_span
    if start >= end:  # nothing to mark (a section opened from a button)
        return markup.escape(text if len(text) <= limit else text[:limit] + "…")
    before, sentence, after = text[:start], text[start:end], text[end:]
    if len(text) > limit:
        # Keep the sentence whole and trim the context around it.
        room = max(limit - len(sentence), 0) // 2
        before = ("…" + before[-room:]) if len(before) > room else before
        after = (after[:room] + "…") if len(after) > room else after
        sentence = sentence[:limit]
    return markup.escape(before) + markup.bold(sentence) + markup.escape(after)


def format_answer(answer: Answer, markup: Markup, limit: int = 3500) -> str:
    """The passage with its best sentence in bold, then the 📎 citation line."""
    body = _passage_with_sentence(answer, markup, limit)
    return f"{body}\n\n📎 {markup.escape(answer.citation.as_text())}"


SECTIONS_AS_BUTTONS = "تصفّح أقسام القصة من الأزرار أدناه:"
NEAREST_INTRO = "أقرب ما فيها إلى سؤالك، وقد لا يجيب عنه:"
NEAREST_AS_BUTTONS = "افتح الفقرة كاملة أو تصفّح أقسام القصة من الأزرار أدناه."
QUOTED_SENTENCE = 160  # characters of a nearest passage's sentence quoted under a decline
NO_SUBJECT = "عمّ تسأل؟ اكتب سؤالك عن القصة كاملاً، مثلاً:"
FOLLOW_UP = "متابعةً لسؤالك"
ABOUT = "عن سؤالك"
ALSO = "وعن سؤالك"
SHOWN_PREVIOUS = 80  # characters of a question quoted above an answer


def _headed(answer_text: str, sign: str, label: str, question: str, markup: Markup) -> str:
    shown = question if len(question) <= SHOWN_PREVIOUS else question[:SHOWN_PREVIOUS] + "…"
    return f"{sign} {markup.escape(f'{label}: «{shown}»')}\n\n{answer_text}"


def format_follow_up(answer_text: str, previous: str, markup: Markup) -> str:
    """A follow-up's reply («ليش؟» after a question) headed by the question it follows, so the
    reader sees what the bot took it to ask about."""
    return _headed(answer_text, "↩️", FOLLOW_UP, previous, markup)


def format_also(answer_text: str, question: str, markup: Markup, first: bool = False) -> str:
    """The answer to one question of a message of several («…؟ وكم دفع ماسك؟»), headed by that
    question, so the reader sees which of theirs it answers; `first` for the message's first reply."""
    return _headed(answer_text, "🔹", ABOUT if first else ALSO, question, markup)


def format_no_subject(examples: Sequence[str], markup: Markup) -> str:
    """«ليش؟» with no question before it: ask for the whole question, with examples (pass none
    where they are offered as buttons)."""
    return "\n".join([markup.escape(NO_SUBJECT), *(f"• {markup.escape(e)}" for e in examples)])


def _quoted(answer: Answer) -> str:
    sentence = answer.sentence.strip()
    return sentence if len(sentence) <= QUOTED_SENTENCE else sentence[:QUOTED_SENTENCE].rstrip() + "…"


def format_not_found(sections: Sequence[str], markup: Markup, nearest: Sequence[Answer] = ()) -> str:
    """A kind «not in the story», with where to look instead: the passages nearest the question
    (their best sentence quoted, cited, and said plainly to be no answer), else the sections.

    Pass no sections where they are offered as buttons (Telegram): the list is then not repeated.
    """
    lines = [markup.escape(NOT_FOUND)]
    if nearest:
        lines.append(markup.escape(NEAREST_INTRO))
        for answer in nearest:
            lines.append(f"• «{markup.escape(_quoted(answer))}»")
            lines.append(f"  📎 {markup.escape(answer.citation.as_text())}")
        if not sections:
            lines.append(markup.escape(NEAREST_AS_BUTTONS))
    elif sections:
        lines.append(markup.escape("يمكنك السؤال عن أحد أقسام القصة:"))
        lines.extend(f"• {markup.escape(section)}" for section in sections)
    else:
        lines.append(markup.escape(SECTIONS_AS_BUTTONS))
    return "\n".join(lines)


def format_result(result: Result, stories: Sequence[Story], markup: Markup) -> str:
    """A whole reply to one message: the answer, or «not in the story» with where to look; then
    what the story says to the message's other questions (`Result.also`), each headed by it."""
    sections = [section for story in stories for section in story.sections]
    replies = [_answer_or_not_found(result, sections, markup)]
    if result.piece is not None:  # answered question by question: say which one this is about
        replies[0] = format_also(replies[0], result.piece, markup, first=True)
    replies.extend(
        format_also(_answer_or_not_found(other, sections, markup), other.question, markup) for other in result.also
    )
    return "\n\n".join(replies)


def _answer_or_not_found(result: Result, sections: Sequence[str], markup: Markup) -> str:
    if result.answer is not None:
        return format_answer(result.answer, markup)
    return format_not_found(sections, markup, result.nearest)


def format_stories(stories: Sequence[Story], markup: Markup) -> str:
    """Each story with its source, sections and how many paragraphs each holds."""
    blocks = []
    for story in stories:
        head = f"{markup.bold(story.title)} ({markup.escape(story.id)})"
        if story.source:
            head += f"\n{markup.escape('المصدر: ' + story.source)}"
        counts: dict[str, int] = {}
        for passage in story.passages:
            key = passage.section or INTRO_SECTION
            counts[key] = counts.get(key, 0) + 1
        lines = [f"• {markup.escape(name)} — {markup.escape('عدد الفقرات')}: {n}" for name, n in counts.items()]
        blocks.append("\n".join([head, *lines]))
    return "\n\n".join(blocks)
