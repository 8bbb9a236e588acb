"""Greetings and thanks: answered with a friendly line, not with a passage.

A message is small talk only when every word in it is a greeting or thanks
word (after normalization), so «مرحبا، من هي المتحدثة؟» is still a question.
"""

from __future__ import annotations

from typing import Literal

from index.analyzer import words

__all__ = ["SmallTalk", "classify", "reply_to"]

SmallTalk = Literal["greeting", "thanks"]

_GREETINGS = """
السلام عليكم ورحمة الله وبركاته سلام مرحبا مرحباً مرحبتين مراحب اهلا أهلا اهلين أهلين هلا هلو
صباح مساء الخير النور الورد هاي هلاو يا شباب حياك الله كيفك كيف حالك الحال شلونك ازيك إزيك عامل
ايه إيه اخبارك أخبارك كيفكم حالكم شلونكم شخبارك شخبارج علومك وش اليوم انت انتي إنت إنتي
hi hello hey salam marhaba good morning evening how are you doing today
"""
_THANKS = """
شكرا شكراً جزيلا جزيلاً كثير كتير مشكور مشكورة يعطيك العافية الله يعافيك تسلم تسلمي يسلمو يسلموا
الف ألف ممنون بارك الله فيك فيكم جزاك خيرا خير thanks thank you thx merci
"""

_GREETING_WORDS = frozenset(words(_GREETINGS))
_THANKS_WORDS = frozenset(words(_THANKS))
# Words that only mean something next to a greeting or thanks word («الخير» alone is not a greeting).
_FILLERS = frozenset(words("يا الله كثير كتير جزيلا الخير النور you وش اليوم انت انتي إنت إنتي how are doing today"))
# …unless together they make one: «how are you».
_PHRASES = (words("how are you"),)


def classify(text: str) -> SmallTalk | None:
    """'thanks', 'greeting', or None when the message asks something."""
    said = words(text)
    if not said or len(said) > 8:
        return None
    phrase = any(said[i : i + len(p)] == p for p in _PHRASES for i in range(len(said)))
    only_fillers = all(w in _FILLERS for w in said) and not phrase
    if all(w in _THANKS_WORDS or w in _GREETING_WORDS for w in said) and not only_fillers:
        return "thanks" if any(w in _THANKS_WORDS and w not in _GREETING_WORDS for w in said) else "greeting"
    return None


def reply_to(kind: SmallTalk) -> str:
    """The friendly line for a greeting or a thanks."""
    if kind == "thanks":
        return "العفو! يسعدني أن أساعد. اسألني عن أي شيء آخر في القصة."
    return "أهلاً وسهلاً! اسألني عن قصة ستارجيت وماسك وسأجيبك بالفقرة التي تجيب عن سؤالك."
