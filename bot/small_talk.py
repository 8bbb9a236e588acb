"""Messages that talk to the bot rather than ask about the story: answered with a line, not a passage.

Greetings, thanks, goodbyes, a plain «تمام» or 👍, and asking the bot what it is or
how to use it («ساعدني», «شو بتعمل؟», «what can you do?»). Retrieval would answer
those from whatever paragraph shares a root («ساعدني» and «السعودية» are both س-ع-د).
A message is small talk only when every word in it belongs to one of these (after
normalization), so «مرحبا، من هي المتحدثة؟» and «ماذا تعرف عن ماسك؟» are still questions.
"""

from __future__ import annotations

import re
from typing import Literal

from index.analyzer import words
from index.normalize import INVISIBLE, remove_invisible

__all__ = ["SmallTalk", "classify", "reply_to", "trimmed"]

SmallTalk = Literal["greeting", "thanks", "goodbye", "help", "ack"]

_GREETINGS = """
السلام عليكم ورحمة الله وبركاته سلام مرحبا مرحباً مرحبتين مراحب اهلا أهلا اهلين أهلين هلا هلو
صباح مساء الخير النور الورد هاي هلاو يا شباب حياك الله كيفك كيف حالك الحال شلونك ازيك إزيك عامل
ايه إيه اخبارك أخبارك كيفكم حالكم شلونكم شخبارك شخبارج علومك وش اليوم انت انتي إنت إنتي
hi hello hey salam marhaba good morning evening how are you doing today
ahlan ahla mar7aba mar7ba hala salamo alaikom 3alaikom sabah saba7 masa masa2 el kheir kifak kifik
kifkon ezayak ezayek shlonak shlonk
"""
_THANKS = """
شكرا شكراً جزيلا جزيلاً كثير كتير مشكور مشكورة يعطيك العافية الله يعافيك تسلم تسلمي يسلمو يسلموا
الف ألف ممنون بارك الله فيك فيكم جزاك خيرا خير thanks thank you thx merci
shukran shokran shokran yslmo ysalmo tislam mashkoor mamnoon
"""
# Ways of addressing the bot or asking politely, one per line: they go with any kind and make none alone.
_ADDRESS = """
    يا
    بوت
    البوت
    سند
    bot
    please
    pls
    لو سمحت
    لو سمحتي
    من فضلك
    ممكن
"""

# Phrases, one per line, matched as whole runs of words. Each is a kind on its own.
_PHRASES: dict[SmallTalk, str] = {
    "help": """
        ساعدني
        ساعدوني
        مساعدة
        المساعدة
        help
        help me
        هيلب
        مين انت
        من انت
        شو انت
        ايش انت
        وش انت
        شنو انت
        انت مين
        انت شو
        who are you
        what are you
        شو بتعمل
        شو بتسوي
        شو تسوي
        ايش تسوي
        وش تسوي
        شنو تسوي
        شتسوي
        ماذا تفعل
        ماذا تعمل
        ايش تعمل
        بتعمل ايه
        تعمل ايه
        what do you do
        what can you do
        what can i ask
        what is this
        كيف استخدمك
        كيف استعملك
        ازاي استخدمك
        شلون استخدمك
        كيف استخدم البوت
        كيف اسال
        ازاي اسال
        شو اسال
        ايش اسال
        وش اسال
        ماذا اسال
        عن ماذا اسال
        شو بقدر اسال
        ايش اقدر اسال
        وش اقدر اسال
        ماذا يمكنني ان اسال
        شو بتعرف
        ماذا تعرف
        ايش تعرف
        وش تعرف
        شنو تعرف
        what do you know
        how does this work
        how do i use this
        how to use
        الاوامر
        commands
        menu
    """,
    "goodbye": """
        باي
        باي باي
        يلا باي
        مع السلامة
        في امان الله
        تصبح على خير
        تصبحون على خير
        bye
        goodbye
        bye bye
        see you
        ma3 el salama
        yalla bye
    """,
    "ack": """
        تمام
        ok
        okay
        tamam
        tmam
        mashi
        7ader
        اوكي
        اوك
        حسنا
        طيب
        ماشي
        ممتاز
        رائع
        جميل
        حلو
        زين
        كويس
        فهمت
        واضح
        great
        cool
        nice
        perfect
        got it
        بخير
        انا بخير
        منيح
        الحمد لله
        الحمدلله
    """,
    # «May I ask something?»: a greeting in all but words; the reply invites the question.
    "greeting": """
        سؤال
        ممكن سؤال
        عندي سؤال
        بدي اسالك
        ابي اسالك
        ابغى اسالك
        حابب اسالك
        ممكن اسالك
        اسالك سؤال
        can i ask
        i have a question
        question
    """,
}

_GREETING_WORDS = frozenset(words(_GREETINGS))
_THANKS_WORDS = frozenset(words(_THANKS))
# Words that only mean something next to a greeting or thanks word («الخير» alone is not a greeting).
_FILLERS = frozenset(words("يا الله كثير كتير جزيلا الخير النور you وش اليوم انت انتي إنت إنتي how are doing today"))
# …unless together they make one: «how are you».
_HOW_ARE_YOU = words("how are you")
# Longest phrases first, so «what can you do» is not read as «you» plus leftovers.
_KIND_PHRASES: list[tuple[tuple[str, ...], SmallTalk | None]] = sorted(
    [(words(line), kind) for kind, block in _PHRASES.items() for line in block.strip().splitlines()]
    + [(words(line), None) for line in _ADDRESS.strip().splitlines()],
    key=lambda pair: -len(pair[0]),
)
# Every word small talk is made of: a message with any other word is a question, found at once.
_VOCABULARY = frozenset(w for phrase, _ in _KIND_PHRASES for w in phrase) | _GREETING_WORDS | _THANKS_WORDS
_PRECEDENCE: tuple[SmallTalk, ...] = ("help", "thanks", "goodbye", "greeting", "ack")
MAX_WORDS = 8  # small talk is short; a longer message is a question even if it greets first


_QUESTION_MARKS = frozenset("?؟!⁉❓❔")
# Spaces, direction marks and zero-width characters around a message: a keyboard may add them.
_EDGES = re.compile(f"^[\\s{INVISIBLE}]+|[\\s{INVISIBLE}]+$")


def trimmed(text: str) -> str:
    """`text` without the spaces and invisible marks around it: empty when nothing was typed."""
    return _EDGES.sub("", text)


def classify(text: str) -> SmallTalk | None:
    """The kind of small talk `text` is, or None when it asks something (or says nothing at all)."""
    said = words(text)
    if not said:
        # Only emoji or punctuation: «👍» is a nod, «؟؟» a reader lost for what to ask (what /help
        # says helps); nothing visible (spaces, direction marks) is no message.
        seen = set("".join(remove_invisible(text).split()))
        if not seen:
            return None
        return "help" if seen <= _QUESTION_MARKS and seen != {"!"} else "ack"
    if len(said) > MAX_WORDS or not _VOCABULARY.issuperset(said):
        return None
    kinds: set[SmallTalk] = set()
    rest: list[str] = []
    i = 0
    while i < len(said):
        for phrase, kind in _KIND_PHRASES:
            if said[i : i + len(phrase)] == phrase:
                if kind is not None:
                    kinds.add(kind)
                i += len(phrase)
                break
        else:
            rest.append(said[i])
            i += 1
    if any(said[at : at + len(_HOW_ARE_YOU)] == _HOW_ARE_YOU for at in range(len(said))):
        kinds.add("greeting")
    if not all(w in _THANKS_WORDS or w in _GREETING_WORDS for w in rest):
        return None
    if any(w in _THANKS_WORDS and w not in _GREETING_WORDS for w in rest):
        kinds.add("thanks")
    elif any(w not in _FILLERS for w in rest):
        kinds.add("greeting")
    return next((kind for kind in _PRECEDENCE if kind in kinds), None)


_REPLIES: dict[SmallTalk, str] = {
    "greeting": "أهلاً وسهلاً! اسألني عن قصة ستارجيت وماسك وسأجيبك بالفقرة التي تجيب عن سؤالك.",
    "thanks": "العفو! يسعدني أن أساعد. اسألني عن أي شيء آخر في القصة.",
    "goodbye": "في أمان الله! عُد متى شئت بأسئلتك عن القصة.",
    "ack": "👍 اسألني متى شئت عن أي شيء في القصة.",
    "help": (
        "أجيب عن أسئلتك حول قصة ستارجيت وماسك بالفقرة التي تجيب عنها من نص القصة، مع ذكر موضعها. "
        "اكتب سؤالك بأي لهجة، مثلاً: من هي المتحدثة باسم البيت الأبيض؟"
    ),
}


def reply_to(kind: SmallTalk) -> str:
    """The line that answers this kind of small talk."""
    return _REPLIES[kind]
