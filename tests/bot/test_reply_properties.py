"""Property-based: whatever text arrives, the reply is valid Telegram HTML within 4096 characters.

CI runs the "ci" profile; the documented long run is
`SANAD_HYPOTHESIS_PROFILE=thorough uv run pytest tests/bot/test_reply_properties.py` (10,000 examples).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.app import Sanad, compose_reply
from bot.format import TELEGRAM_LIMIT
from bot.query_log import QueryLog
from bot.settings import Settings
from index.answers import Answerer
from index.stories import Story

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler"}
_TAG_RE = re.compile(r"<(/?)([a-z-]+)>")
_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")

# Scripts and troublemakers people really send: Arabic with marks, Latin, digits of three
# kinds, RTL/LTR marks, zero-width joiners, combining marks, emoji and ZWJ sequences, NUL
# and control characters, and markup characters.
TRICKY = st.sampled_from([
    "\u200f", "\u200e", "\u202b", "\u202c", "\u2066", "\u2069", "\u200d", "\u200c", "\ufeff", "\u0000",
    "\u0007", "\u001b", "\r", "\t", "\u0301", "\u064b", "\u0651", "ـ", "👨‍👩‍👧", "🇦🇪", "👍🏽", "<b>", "</b>",
    "&", "&amp;", "<script>", "<a href='x'>", "*", "_", "`", "[", "](", "~", "||", "\\", "٩٧٫٤", "۲۰۱۵",
    "ماسك", "ستارجيت", "OpenAI", "البيت الأبيض", "؟", "ﻻ", "ك", "ی",
])
TEXTS = st.lists(st.one_of(TRICKY, st.text(max_size=40)), max_size=60).map("".join).map(lambda s: s[:4096])


def assert_valid_telegram_html(text: str) -> None:
    stack: list[str] = []
    for closing, name in _TAG_RE.findall(text):
        assert name in ALLOWED_TAGS, name
        if closing:
            assert stack and stack.pop() == name, text
        else:
            stack.append(name)
    assert not stack, text
    bare = _TAG_RE.sub("", text)
    assert "<" not in bare and ">" not in bare, text
    assert "&" not in _ENTITY_RE.sub("", bare), text


def make_sanad(stories: list[Story], answerer: Answerer, tmp: str) -> Sanad:
    return Sanad(Settings(database_url=f"sqlite:///{tmp}/unused.db"), answerer, QueryLog("sqlite://"), stories)


@given(text=TEXTS, previous=st.none() | TEXTS)
def test_any_text_gets_a_valid_reply(text: str, previous: str | None, stories: list[Story], answerer: Answerer) -> None:
    # `previous` is the reader's question before, which a follow-up's reply quotes.
    sanad = make_sanad(stories, answerer, "/nonexistent")
    reply = compose_reply(sanad, text, chat_id=1, user_id=1, chat_type="private", previous=previous)
    for part in (reply, *reply.also):  # the message's answer and those to its other questions
        assert 0 < len(part.text) <= TELEGRAM_LIMIT
        assert_valid_telegram_html(part.text)
        for row in (part.markup.inline_keyboard if part.markup else ()):
            for button in row:
                assert len((button.callback_data or "").encode()) <= 64  # Telegram's limit


LONG_TEXTS = st.tuples(TEXTS, st.integers(4000, 10_000)).map(lambda t: ((t[0] or "ماسك ") * 10_000)[: t[1]])


@given(text=LONG_TEXTS)
def test_very_long_input_is_answered_within_the_limit(text: str, stories: list[Story], answerer: Answerer) -> None:
    reply = compose_reply(make_sanad(stories, answerer, "/nonexistent"), text)
    for part in (reply, *reply.also):
        assert len(part.text) <= TELEGRAM_LIMIT
        assert_valid_telegram_html(part.text)


def test_story_text_with_markup_characters_is_escaped(tmp_path) -> None:  # noqa: ANN001
    from index.stories import load_stories

    (tmp_path / "s.txt").write_text("عنوان\nقال المدير إن <b>الأرباح</b> & الخسائر تضاعفت ٣ مرات.\n", encoding="utf-8")
    stories, _ = load_stories(tmp_path)
    sanad = make_sanad(stories, Answerer(stories), str(tmp_path))
    reply = compose_reply(sanad, "الأرباح والخسائر")
    assert "&lt;b&gt;الأرباح&lt;/b&gt; &amp; الخسائر" in reply.text
    assert_valid_telegram_html(reply.text)


def test_the_question_a_follow_up_quotes_is_escaped(stories: list[Story], answerer: Answerer) -> None:
    sanad = make_sanad(stories, answerer, "/nonexistent")
    reply = compose_reply(sanad, "ليش؟", previous="<b>ماسك</b> & <i>ترامب</i>؟ " + "ستارجيت " * 50)
    assert reply.text.startswith("↩️ متابعةً لسؤالك: «&lt;b&gt;ماسك&lt;/b&gt; &amp; &lt;i&gt;")
    assert "…»" in reply.text  # a long question is cut, not quoted whole
    assert_valid_telegram_html(reply.text)


def test_the_other_question_an_answer_quotes_is_escaped(stories: list[Story], answerer: Answerer) -> None:
    sanad = make_sanad(stories, answerer, "/nonexistent")
    reply = compose_reply(sanad, "من هي المتحدثة باسم البيت الأبيض؟ <b>وكم</b> دفع ماسك & لحملة ترامب؟")
    assert len(reply.also) == 1
    assert reply.also[0].text.startswith("🔹 وعن سؤالك: «&lt;b&gt;وكم&lt;/b&gt; دفع ماسك &amp; لحملة ترامب؟»")
    assert_valid_telegram_html(reply.also[0].text)
