"""End to end: a user talks to the real Application through the stand-in Bot API over HTTP."""

from __future__ import annotations

import time

from sqlalchemy import create_engine, text

from bot.query_log import QueryLog
from tests.bot.conftest import ADMIN_ID, RunningBot
from tests.conftest import SEED_ID
from tests.stand_in_bot_api import BOT_ID, BOT_USERNAME, StandInBotApi

QUESTION = "من هي المتحدثة باسم البيت الأبيض؟"
MANY_MATCHES = "كم دفع ماسك لحملة ترامب؟"  # Musk and Trump stand in several paragraphs


def rows(log: QueryLog, table: str, count: int, timeout: float = 10) -> list[dict]:
    """Rows of `table` once at least `count` are written (the log writes behind the replies)."""
    engine = create_engine(log.url)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with engine.connect() as conn:
                    found = [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table}"))]
            except Exception:  # noqa: BLE001 - the table may not exist yet
                found = []
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.05)
    finally:
        engine.dispose()


def buttons(call) -> list[tuple[str, str]]:  # noqa: ANN001
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


def test_question_gets_cited_passage_with_bold_sentence_and_buttons(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(QUESTION, user_id=1001)
    reply = api.wait_for_sent(chat_id=1001)[0]
    body = reply.params["text"]
    assert reply.params["parse_mode"] == "HTML"
    assert "<b>" in body and "كارولين ليفيت" in body.split("<b>", 1)[1].split("</b>", 1)[0]
    assert "📎" in body and "موقف البيت الأبيض من الخلاف — الفقرة 5" in body
    # no other paragraph mentions the White House: nothing to offer as «نتيجة أخرى»
    assert [label for label, _ in buttons(reply)] == ["👍", "👎"]
    assert api.sent("sendChatAction") == []  # answered at once: no «typing…» flicker


def test_typing_is_shown_when_answering_takes_a_while(api: StandInBotApi, make_bot) -> None:  # noqa: ANN001
    make_bot(typing_after=0.0, inline_answers=False)  # answered in a thread, and every answer counts as slow
    api.message(QUESTION, user_id=1001)
    reply = api.wait_for_sent(chat_id=1001)[0]
    typing = api.wait_for_sent("sendChatAction", chat_id=1001)[0]
    assert typing.params["action"] == "typing" and typing.at <= reply.at


def test_another_result_is_offered_when_other_paragraphs_match(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(MANY_MATCHES)
    reply = api.wait_for_sent()[0]
    assert "الفقرة 7" in reply.params["text"]
    assert [label for label, _ in buttons(reply)] == ["نتيجة أخرى", "👍", "👎"]


def test_each_question_is_one_query_row_with_the_right_fields(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(QUESTION, user_id=1001)
    api.message("ما عاصمة فرنسا؟", user_id=1002)
    api.wait_for_sent(count=2)
    logged = rows(bot.sanad.query_log, "queries", 2)
    assert len(logged) == 2
    by_user = {r["user_id"]: r for r in logged}
    answered = by_user[1001]
    assert answered["question"] == QUESTION and answered["chat_id"] == 1001 and answered["chat_type"] == "private"
    assert answered["normalized_question"] == "من هي المتحدثه باسم البيت الابيض؟"
    assert answered["answered"] and answered["story_id"] == SEED_ID and answered["passage_id"] == f"{SEED_ID}:5"
    assert answered["score"] > 0 and answered["latency_ms"] > 0 and answered["created_at"]
    declined = by_user[1002]
    assert not declined["answered"] and declined["passage_id"] is None


def test_another_result_edits_the_reply_to_the_next_passage(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(MANY_MATCHES)
    reply = api.wait_for_sent()[0]
    more = dict(buttons(reply))["نتيجة أخرى"]
    api.tap(reply, more)
    edited = api.wait_for_sent("editMessageText")[0]
    assert int(edited.params["message_id"]) == reply.params["_message_id"]
    assert "📎" in edited.params["text"] and "الفقرة 7" not in edited.params["text"]
    api.wait_for_sent("answerCallbackQuery")


def test_feedback_is_stored_and_its_buttons_removed(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(MANY_MATCHES, user_id=1001)
    reply = api.wait_for_sent()[0]
    api.tap(reply, dict(buttons(reply))["👎"], user_id=1001)
    markup_edit = api.wait_for_sent("editMessageReplyMarkup")[0]
    assert [label for label, _ in buttons(markup_edit)] == ["نتيجة أخرى"]
    query_id = dict(buttons(reply))["👎"].split(":")[1]
    feedback = rows(bot.sanad.query_log, "feedback", 1)
    assert [(f["query_id"], f["user_id"], f["value"]) for f in feedback] == [(query_id, 1001, -1)]


def test_start_offers_example_questions_that_ask_when_tapped(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("/start")
    welcome = api.wait_for_sent()[0]
    examples = buttons(welcome)
    assert len(examples) == 3 and all(data.startswith("ex:") for _, data in examples)
    api.tap(welcome, examples[0][1])
    answer = api.wait_for_sent(count=2)[1]
    assert "📎" in answer.params["text"] and "الفقرة 5" in answer.params["text"]
    assert rows(bot.sanad.query_log, "queries", 1)[0]["question"] == examples[0][0]


def test_not_in_story_is_said_kindly_with_sections_to_explore(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("ما هي عاصمة اليابان؟")
    reply = api.wait_for_sent()[0]
    assert "لم أجد في القصة" in reply.params["text"]
    sections = buttons(reply)
    assert len(sections) == 7 and sections[2][0] == "موقف البيت الأبيض من الخلاف"
    api.tap(reply, sections[2][1])
    opened = api.wait_for_sent(count=2)[1]
    assert "كارولين ليفيت" in opened.params["text"] and "الفقرة 5" in opened.params["text"]


def test_a_decline_offers_the_nearest_passage_to_open_whole(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("ما سعر سهم إنفيديا؟")
    reply = api.wait_for_sent()[0]
    assert "لم أجد في القصة" in reply.params["text"] and "وقد لا يجيب عنه" in reply.params["text"]
    offered = buttons(reply)
    assert offered[0][0].startswith("📄 الفقرة 2") and offered[0][1].startswith("par:")
    # The sections follow, but for the one the passage button already opens.
    assert [label for label, _ in offered[1:3]] == [
        "استياء إيلون ماسك ومحاولات التدخل", "موقف البيت الأبيض من الخلاف"
    ]
    assert len(offered) == 7
    api.tap(reply, offered[0][1])
    opened = api.wait_for_sent(count=2)[1]
    assert "إنفيديا" in opened.params["text"] and "الفقرة 2" in opened.params["text"]
    [logged] = rows(bot.sanad.query_log, "queries", 1)
    assert not logged["answered"] and logged["passage_id"] is None
    assert logged["nearest_passage_id"] == f"{SEED_ID}:2"  # what the operator sees under «top unanswered»


def test_a_follow_up_is_answered_about_the_reader_s_question_before(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("ماسك دعم حملة ترامب؟", user_id=1001)
    api.wait_for_sent(chat_id=1001)
    api.message("بكم؟", user_id=1001)
    follow_up = api.wait_for_sent(chat_id=1001, count=2)[1]
    assert follow_up.params["text"].startswith("↩️ متابعةً لسؤالك: «ماسك دعم حملة ترامب؟»")
    assert "<b>" in follow_up.params["text"] and "الفقرة 7" in follow_up.params["text"]
    # Another reader, with no question before, is asked for the whole question, with examples.
    api.message("بكم؟", user_id=1002)
    alone = api.wait_for_sent(chat_id=1002)[0]
    assert "عمّ تسأل" in alone.params["text"] and "📎" not in alone.params["text"]
    assert all(data.startswith("ex:") for _, data in buttons(alone)) and len(buttons(alone)) == 3
    logged = rows(bot.sanad.query_log, "queries", 3)
    assert sorted((r["user_id"], r["question"], r["answered"]) for r in logged) == [
        (1001, "بكم؟", True), (1001, "ماسك دعم حملة ترامب؟", True), (1002, "بكم؟", False),
    ]


def test_asking_what_the_story_is_gets_its_lede_first_or_after_a_question(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("شو القصة؟", user_id=1001)
    first = api.wait_for_sent(chat_id=1001)[0].params["text"]
    assert "<b>" in first and "الفقرة 1" in first and "متابعةً" not in first
    api.message(QUESTION, user_id=1001)
    api.message("لخصلي الخبر", user_id=1001)
    again = api.wait_for_sent(chat_id=1001, count=3)[2].params["text"]
    assert "الفقرة 1" in again and "متابعةً" not in again  # the whole story, not a follow-up


def test_two_questions_in_one_message_get_an_answer_each(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(f"{QUESTION} وكم دفع ماسك لحملة ترامب؟", user_id=1001)
    first, second = api.wait_for_sent(chat_id=1001, count=2)
    assert "الفقرة 5" in first.params["text"] and not first.params["text"].startswith("🔹")
    assert second.params["text"].startswith("🔹 وعن سؤالك: «كم دفع ماسك لحملة ترامب؟»")  # its «و» (and) dropped
    assert "الفقرة 7" in second.params["text"]
    assert [label for label, _ in buttons(second)] == ["نتيجة أخرى", "👍", "👎"]  # its own buttons
    logged = rows(bot.sanad.query_log, "queries", 2)
    assert sorted((r["question"], r["passage_id"]) for r in logged) == [
        ("كم دفع ماسك لحملة ترامب؟", f"{SEED_ID}:7"), (f"{QUESTION} وكم دفع ماسك لحملة ترامب؟", f"{SEED_ID}:5"),
    ]
    more = next(data for label, data in buttons(second) if label == "نتيجة أخرى")
    api.tap(second, more)  # «نتيجة أخرى» under the second answer steps through that question's results
    edited = api.wait_for_sent("editMessageText", chat_id=1001)[0]
    assert "الفقرة 7" not in edited.params["text"] and "📎" in edited.params["text"]
    # One question in pieces («…؟ وين راح؟») is one answer.
    api.message("ماسك فاته التوقيع؟ وين راح؟", user_id=1002)
    assert "الفقرة 6" in api.wait_for_sent(chat_id=1002)[0].params["text"]
    api.message(QUESTION, user_id=1002)
    assert "الفقرة 5" in api.wait_for_sent(chat_id=1002, count=2)[1].params["text"]  # next reply: next message


def test_a_message_no_paragraph_answers_whole_is_answered_question_by_question(
    api: StandInBotApi, bot: RunningBot
) -> None:
    message = "كم عمر ماسك؟ وكم استثمر ترامب في ستارجيت الأمريكي؟"
    api.message(message, user_id=1001)
    first, second = api.wait_for_sent(chat_id=1001, count=2)
    assert first.params["text"].startswith("🔹 عن سؤالك: «كم عمر ماسك؟»") and "لم أجد" in first.params["text"]
    assert second.params["text"].startswith("🔹 وعن سؤالك: «كم استثمر ترامب في ستارجيت الأمريكي؟»")
    assert "الفقرة 9" in second.params["text"]
    logged = rows(bot.sanad.query_log, "queries", 2)
    assert sorted((r["question"], r["answered"], r["passage_id"]) for r in logged) == [
        ("كم استثمر ترامب في ستارجيت الأمريكي؟", True, f"{SEED_ID}:9"), (message, False, None),
    ]


def test_a_mention_of_the_bot_in_a_private_chat_is_not_part_of_the_question(
    api: StandInBotApi, bot: RunningBot
) -> None:
    api.message(f"@{BOT_USERNAME.upper()} كم دفع ماسك لحملة ترامب؟", user_id=1003)
    assert "الفقرة 7" in api.wait_for_sent(chat_id=1003)[0].params["text"]
    api.message(f"@{BOT_USERNAME} ومتى؟", user_id=1003)  # a follow-up, not a question about «bot»
    assert api.wait_for_sent(chat_id=1003, count=2)[1].params["text"].startswith("↩️")


def test_greeting_and_thanks_get_a_friendly_line_not_a_passage(api: StandInBotApi, bot: RunningBot) -> None:
    api.message("السلام عليكم")
    api.message("شكرا جزيلا")
    replies = api.wait_for_sent(count=2)
    assert all("📎" not in r.params["text"] for r in replies)
    assert any("أهلاً" in r.params["text"] for r in replies) and any("العفو" in r.params["text"] for r in replies)
    logged = rows(bot.sanad.query_log, "queries", 2)
    assert sorted(r["question"] for r in logged) == ["السلام عليكم", "شكرا جزيلا"]
    assert not any(r["answered"] for r in logged)  # every message is logged; small talk is not an answer


def test_asking_for_help_gets_the_welcome_and_a_goodbye_or_a_nod_a_line(api: StandInBotApi, bot: RunningBot) -> None:
    # «ساعدني» shares its root with «السعودية»: retrieval alone answered it from paragraph 6.
    api.message("ساعدني لو سمحت", user_id=1001)
    help_reply = api.wait_for_sent(chat_id=1001)[0]
    assert "📎" not in help_reply.params["text"] and "أجيب عن أسئلتك" in help_reply.params["text"]
    assert len(buttons(help_reply)) == 3 and all(data.startswith("ex:") for _, data in buttons(help_reply))
    api.message("تمام 👍", user_id=1002)
    api.message("مع السلامة", user_id=1003)
    nod, bye = api.wait_for_sent(chat_id=1002)[0], api.wait_for_sent(chat_id=1003)[0]
    assert "📎" not in nod.params["text"] and "لم أجد" not in nod.params["text"]
    assert "أمان الله" in bye.params["text"]
    assert len(rows(bot.sanad.query_log, "queries", 3)) == 3


def test_question_marks_alone_get_the_welcome_and_invisible_marks_are_no_question(
    api: StandInBotApi, bot: RunningBot
) -> None:
    api.message("كم دفع ماسك لحملة ترامب؟", user_id=1004)
    api.wait_for_sent(chat_id=1004)
    # Direction marks alone (a keyboard's, no text) are not a follow-up of the question before.
    api.message("\u200f \u200e", user_id=1004)
    blank = api.wait_for_sent(chat_id=1004, count=2)[1]
    assert "اكتب سؤالك" in blank.params["text"] and "↩️" not in blank.params["text"]
    api.message("؟؟؟", user_id=1004)  # lost for what to ask: what /help says, with examples
    lost = api.wait_for_sent(chat_id=1004, count=3)[2]
    assert "أجيب عن أسئلتك" in lost.params["text"] and len(buttons(lost)) == 3
    logged = rows(bot.sanad.query_log, "queries", 2)
    assert sorted(r["question"] for r in logged) == sorted(["كم دفع ماسك لحملة ترامب؟", "؟؟؟"])


def test_an_unknown_command_lists_the_commands_in_private_and_is_ignored_in_groups(
    api: StandInBotApi, bot: RunningBot
) -> None:
    api.message("/weather", user_id=1001)
    listed = api.wait_for_sent(chat_id=1001)[0].params["text"]
    assert "لا أعرف هذا الأمر" in listed and "/ask" in listed and "/stats" not in listed
    api.message("/weather@OtherBot", chat_id=-100123, chat_type="supergroup")
    api.message(f"/ask {QUESTION}", chat_id=-100123, chat_type="supergroup")
    api.wait_for_sent(chat_id=-100123)
    time.sleep(0.3)  # the stray command had its chance to be (wrongly) answered by now
    assert len(api.sent(chat_id=-100123)) == 1


def test_sticker_gets_a_polite_text_only_note(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(extra={"sticker": {"file_id": "s1", "file_unique_id": "u1", "width": 512, "height": 512,
                                   "is_animated": False, "is_video": False, "type": "regular"}})
    api.message(extra={"location": {"latitude": 25.2, "longitude": 55.3}})
    replies = api.wait_for_sent(count=2)
    assert all("المكتوبة" in r.params["text"] for r in replies)


def test_a_photo_s_caption_is_asked_and_a_bare_photo_gets_the_text_only_note(api: StandInBotApi, bot: RunningBot) -> None:
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 320, "height": 240}]
    api.message(extra={"photo": photo, "caption": QUESTION})
    assert "الفقرة 5" in api.wait_for_sent()[0].params["text"]
    api.message(extra={"photo": photo})
    assert "المكتوبة" in api.wait_for_sent(count=2)[1].params["text"]


def test_edited_question_is_answered_again(api: StandInBotApi, bot: RunningBot) -> None:
    first = api.message("ما عاصمة فرنسا؟")
    api.wait_for_sent()
    api.message(QUESTION, edited_id=first["message"]["message_id"])
    again = api.wait_for_sent(count=2)[1]
    assert "الفقرة 5" in again.params["text"]


def test_group_answers_mentions_replies_and_ask_but_not_chatter(api: StandInBotApi, bot: RunningBot) -> None:
    group = -100123
    api.message("كم دفع ماسك لحملة ترامب؟", chat_id=group, chat_type="supergroup")  # chatter
    api.message(f"@{BOT_USERNAME} كم دفع ماسك لحملة ترامب؟", chat_id=group, chat_type="supergroup")
    first = api.wait_for_sent(chat_id=group)[0]
    assert "الفقرة 7" in first.params["text"]
    bot_message = {"message_id": first.params["_message_id"], "date": 0, "chat": {"id": group, "type": "supergroup"},
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sanad"}, "text": "…"}
    api.message("ووين كان وقت التوقيع؟", chat_id=group, chat_type="supergroup", reply_to=bot_message)
    api.message(f"/ask {QUESTION}", chat_id=group, chat_type="supergroup")
    api.wait_for_sent(chat_id=group, count=3)
    time.sleep(0.3)  # the chatter had its chance to be (wrongly) answered by now
    replies = api.sent(chat_id=group)
    assert len(replies) == 3
    # updates are handled concurrently, so the two later replies may come in either order
    paragraphs = sorted(r.params["text"].rsplit("الفقرة ", 1)[1] for r in replies[1:])
    assert paragraphs == ["5", "6"]


def test_added_to_a_group_it_says_how_to_ask_there(api: StandInBotApi, bot: RunningBot) -> None:
    api.bot_added(-100125)
    hello = api.wait_for_sent(chat_id=-100125)[0].params["text"]
    assert f"@{BOT_USERNAME}" in hello and "/ask" in hello and "ستارجيت" in hello
    api.bot_added(-100125, old="member", new="administrator")  # promoted: already said
    api.bot_added(1001, chat_type="private", old="kicked", new="member")  # unblocked in private
    api.message(QUESTION, user_id=1001)
    api.wait_for_sent(chat_id=1001)
    time.sleep(0.3)
    assert len(api.sent(chat_id=-100125)) == 1 and len(api.sent(chat_id=1001)) == 1


def test_mentioning_the_bot_in_reply_to_someone_s_question_answers_that_question(
    api: StandInBotApi, bot: RunningBot
) -> None:
    group = -100126
    asked = api.message("كم دفع ماسك لحملة ترامب؟", user_id=2001, chat_id=group, chat_type="supergroup")["message"]
    api.message(f"@{BOT_USERNAME}", user_id=2002, chat_id=group, chat_type="supergroup", reply_to=asked)
    answer = api.wait_for_sent(chat_id=group)[0]
    assert "الفقرة 7" in answer.params["text"]
    assert answer.params["reply_parameters"]["message_id"] == asked["message_id"]  # under the question
    api.message("/ask", user_id=2003, chat_id=group, chat_type="supergroup", reply_to=asked)
    assert "الفقرة 7" in api.wait_for_sent(chat_id=group, count=2)[1].params["text"]
    api.message(f"@{BOT_USERNAME}", user_id=2004, chat_id=group, chat_type="supergroup")  # nothing to answer
    assert "اكتب سؤالك" in api.wait_for_sent(chat_id=group, count=3)[2].params["text"]


def test_a_forum_topic_is_answered_in_that_topic(api: StandInBotApi, bot: RunningBot) -> None:
    # Without message_thread_id, Telegram posts the reply in the group's General topic.
    group, topic = -100124, 42
    in_topic = {"message_thread_id": topic, "is_topic_message": True}
    api.message(f"@{BOT_USERNAME} {QUESTION}", chat_id=group, chat_type="supergroup", extra=in_topic)
    api.message("/start", chat_id=group, chat_type="supergroup", extra=in_topic)
    api.message(f"@{BOT_USERNAME} {QUESTION}", chat_id=group, chat_type="supergroup")  # General topic
    replies = api.wait_for_sent(chat_id=group, count=3)
    assert sorted(str(r.params.get("message_thread_id")) for r in replies) == ["42", "42", "None"]


def test_stats_is_for_admins_only(api: StandInBotApi, bot: RunningBot) -> None:
    api.message(QUESTION, user_id=ADMIN_ID)
    api.wait_for_sent(chat_id=ADMIN_ID)
    rows(bot.sanad.query_log, "queries", 1)
    api.message("/stats", user_id=1001)
    assert "للمشرفين" in api.wait_for_sent(chat_id=1001)[0].params["text"]
    api.message("/stats", user_id=ADMIN_ID)
    stats = api.wait_for_sent(chat_id=ADMIN_ID, count=2)[1].params["text"]
    assert "questions: 1" in stats and QUESTION in stats


def test_rate_limit_answers_politely_once(api: StandInBotApi, make_bot) -> None:  # noqa: ANN001
    make_bot(rate_limit_per_minute=2)
    for _ in range(5):
        api.message(QUESTION, user_id=1001)
    replies = api.wait_for_sent(chat_id=1001, count=3)
    time.sleep(0.3)
    texts = [r.params["text"] for r in api.sent(chat_id=1001)]
    assert len(texts) == 3 and sum("انتظر دقيقة" in t for t in texts) == 1
    assert replies


def test_user_text_cannot_inject_markup(api: StandInBotApi, bot: RunningBot) -> None:
    api.message('<a href="http://x">ماسك</a> & <b>ترامب</b>')
    body = api.wait_for_sent()[0].params["text"]
    assert "<a " not in body and "http://x" not in body


def test_commands_are_registered_in_arabic(api: StandInBotApi, bot: RunningBot) -> None:
    commands = api.wait_for_sent("setMyCommands")[0].params["commands"]
    assert {c["command"] for c in commands} >= {"start", "help", "ask", "stories", "source", "stats"}
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in c["description"]) for c in commands)
