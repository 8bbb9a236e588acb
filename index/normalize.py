"""Arabic text normalization: one pure function per rule, composed by `normalize`.

People type on phones without hamzas or diacritics, with Arabic-Indic digits or
Persian letters; the story is typed with all of them. Every rule here maps both
sides onto the same spelling so that BM25 compares like with like. The camel-tools
functions do the Arabic-specific work; the rest covers what they leave alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

__all__ = [
    "INVISIBLE",
    "dediacritize",
    "fold_case",
    "normalize",
    "normalize_alef",
    "normalize_alef_maksura",
    "normalize_digits",
    "normalize_persian_letters",
    "normalize_teh_marbuta",
    "remove_invisible",
    "remove_tatweel",
    "shorten_stretched_letters",
    "spell_out_initials",
    "unify_hamza_before_suffix",
    "unify_unicode",
]

_TATWEEL = "\u0640"

# Arabic-Indic (٠-٩) and Persian/Urdu (۰-۹) digits to ASCII, and the Arabic
# decimal and thousands separators to what ASCII numbers use.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",
)

# Persian and Urdu letters that phones offer on Arabic keyboards, and the letters dialects
# write for sounds MSA spells otherwise: Iraqi and Gulf گ for the g-sound of ق («گال» = قال)
# and چ for the ch-sound of ك («چان» = كان), Maghrebi ڨ for ق, and ڤ پ for v and p in
# foreign names («إنڤيديا», «ترامپ»), which the story spells with ف and ب.
_PERSIAN = str.maketrans({
    "ک": "ك", "ی": "ي", "ې": "ي", "ە": "ه", "ۀ": "ه", "ھ": "ه", "ګ": "ك",
    "گ": "ق", "ڨ": "ق", "چ": "ك", "ڤ": "ف", "پ": "ب",
})

# Zero-width and directional marks, as a regex character class: invisible, but they split or
# glue words (and `bot.small_talk` tells a message of only these from one that says something).
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def unify_unicode(text: str) -> str:
    """NFKC, so presentation forms (ﻻ, ﷲ) and full-width Latin become plain letters."""
    return normalize_unicode(text)


def remove_invisible(text: str) -> str:
    """Drop zero-width joiners and direction marks that phones insert into words."""
    return _INVISIBLE_RE.sub("", text)


def split_hashtags(text: str) -> str:
    """«#ستارجيت_الإمارات» → «#ستارجيت الإمارات»: a hashtag's or a handle's underscores part its
    words (the tokenizers count «_» as a letter)."""
    return text.replace("_", " ")


def dediacritize(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and dagger alef."""
    return dediac_ar(text)


def remove_tatweel(text: str) -> str:
    """Remove the kashida used to stretch words (مـــاسك → ماسك)."""
    return text.replace(_TATWEEL, "")


# A letter typed three times or more is a word stretched for feeling, as the kashida stretches
# it in print: «لييييش», «زعلاااان», «ماسكككك». No Arabic spelling repeats a letter three times,
# nor «ا» twice («مااسك»; «وو» and «يي» are real: «سووا», «الأمريكيين»).
_STRETCHED_RE = re.compile(r"([\u0621-\u064a])\1{2,}|(ا)ا+")


def shorten_stretched_letters(text: str) -> str:
    """«لييييش» → «ليش», «زعلاااان» → «زعلان», «مااسك» → «ماسك»: a run of three or more of one
    Arabic letter is one, and of two alefs."""
    return _STRETCHED_RE.sub(lambda m: m[1] or m[2], text)


def normalize_alef(text: str) -> str:
    """أ إ آ ٱ → ا: most people type bare alef."""
    return normalize_alef_ar(text)


def normalize_alef_maksura(text: str) -> str:
    """ى → ي: Egyptian and many phone spellings swap the two at word ends."""
    return normalize_alef_maksura_ar(text)


def normalize_teh_marbuta(text: str) -> str:
    """ة → ه: the dotless spelling is common in informal writing."""
    return normalize_teh_marbuta_ar(text)


# A word-final hamza after alef sits on ي or و once a pronoun follows: «لقاء» → «لقائه»,
# «شراء» → «شرائها», «بقاء» → «بقاؤه». On the line again, stems meet («لقاء»). Only before
# these suffixes: «نهائي» and «رائدة» keep their ئ.
_HAMZA_SUFFIX_RE = re.compile(r"(?<=\w)ا[ئؤ](?=(?:ه|ها|هم|هما|هن|كم|نا)\b)")


def unify_hamza_before_suffix(text: str) -> str:
    """«لقائه», «لقاؤه» → «لقاءه»: the seat a pronoun suffix gives a final hamza."""
    return _HAMZA_SUFFIX_RE.sub("اء", text)


# Phones offer the Arabic comma where the decimal separator belongs: «٩٧،٤».
_DECIMAL_COMMA_RE = re.compile(r"(?<=\d)،(?=\d)")


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → ASCII; ٫, and ، between digits, → '.'."""
    return _DECIMAL_COMMA_RE.sub(".", text.translate(_DIGITS))


def normalize_persian_letters(text: str) -> str:
    """Persian ک ی (and kin) → Arabic ك ي; dialect گ ڨ چ ڤ پ → ق ق ك ف ب."""
    return text.translate(_PERSIAN)


# Country initials, before case folding makes «US» the pronoun «us» (a stopword): «the US
# Stargate», «U.S.», «U.A.E.». Only in capitals, where they cannot be the pronoun.
_INITIALS_RE = re.compile(r"(?<![A-Za-z.])(?:U\.S\.(?:A\.?)?|USA|US|U\.A\.E\.?|UAE)(?![A-Za-z])")
# …and «the us» in any case: after «the», «us» is no pronoun («the us stargate», typed lowercase).
_THE_US_RE = re.compile(r"(?<![A-Za-z])(the\s+)us(?![A-Za-z])", re.IGNORECASE)


def spell_out_initials(text: str) -> str:
    """«US», «U.S.», «USA» → «usa»; «UAE», «U.A.E.» → «uae» (written in capitals only, or «the
    us» in any case)."""
    text = _THE_US_RE.sub(lambda m: m[1] + "usa", text)
    return _INITIALS_RE.sub(lambda m: "uae" if "A.E" in m[0] or m[0] == "UAE" else "usa", text)


def fold_case(text: str) -> str:
    """Latin case folding, so OpenAI, openai and OPENAI match."""
    return text.casefold()


# A word typed twice in a row («…الحال الحال؟», «ليش ليش»): a slip of the phone's suggestion bar or
# emphasis, either way asked once. Three letters at least: «من من…» (who of…) and «سي سي سي أر»
# (initials) are meant twice.
_REPEATED_RE = re.compile(r"(?<!\S)(\w{3,})(?:\s+\1)+(?!\w)", re.IGNORECASE)


def without_repeated_words(text: str) -> str:
    """«كيف ردت ردت OpenAI؟» → «كيف ردت OpenAI؟»: a word right after itself is read once."""
    return _REPEATED_RE.sub(r"\1", text)


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Apply every rule above, in an order where each sees the previous one's output.

    Cached: the bot normalizes each question for its log row, the small-talk check, the
    lexicon and the analyzers; the cache makes that one pass.
    """
    text = unify_unicode(text)
    text = remove_invisible(text)
    text = split_hashtags(text)
    text = dediacritize(text)
    text = remove_tatweel(text)
    text = normalize_persian_letters(text)
    text = shorten_stretched_letters(text)  # before «أ» is «ا»: «مستاأ» is «مستاء», no stretch
    text = normalize_alef(text)
    text = normalize_alef_maksura(text)
    text = normalize_teh_marbuta(text)
    text = unify_hamza_before_suffix(text)
    text = normalize_digits(text)
    text = spell_out_initials(text)
    return fold_case(text)
