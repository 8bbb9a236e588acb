"""The ISRI Arabic root stemmer (Taghva, Elkhoury & Coombs, 2005), ported to one pure function.

ISRI strips affixes and then matches the word against templates (مفعول، افتعال،
فاعل…) to reach a three- or four-letter root, without a root dictionary. On
ARCD it is the best single analyzer measured here (docs/retrieval.md).

The rules follow NLTK's `nltk.stem.isri.ISRIStemmer` (Apache License 2.0),
which adds a few changes to the published algorithm. It is ported rather than
imported because importing NLTK loads its whole package (~0.7 s) for these
two hundred lines. Input is expected to be normalized (`index.normalize`).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["isri_stem"]

_P3 = ("كال", "بال", "ولل", "وال")
_P2 = ("ال", "لل")
_DOUBLE_ARTICLE = ("وال", "فال", "بال", "كال", "ال")
_P1 = ("ل", "ب", "ف", "س", "و", "ي", "ت", "ن", "ا")
_S3 = ("تمل", "همل", "تان", "تين", "كمل")
_S2 = ("ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم")
_S1 = ("ة", "ه", "ي", "ك", "ت", "ا", "ن")


def _strip_prefix(word: str, prefixes: tuple[str, ...], min_len: int) -> str | None:
    if len(word) >= min_len:
        for prefix in prefixes:
            if word.startswith(prefix):
                return word[len(prefix):]
    return None


def _strip_suffix(word: str, suffixes: tuple[str, ...], min_len: int) -> str | None:
    if len(word) >= min_len:
        for suffix in suffixes:
            if word.endswith(suffix):
                return word[: -len(suffix)]
    return None


def _suf1(word: str) -> str:
    return _strip_suffix(word, _S1, 0) or word


def _pre1(word: str) -> str:
    return _strip_prefix(word, _P1, 0) or word


def _pro_w4(w: str) -> str:
    """Length-four templates → three-letter root."""
    if w[0] == "م":  # مفعل
        return w[1:]
    if w[1] == "ا":  # فاعل
        return w[:1] + w[2:]
    if w[2] in "اوي":  # فعال، فعول، فعيل
        return w[:2] + w[3]
    if w[3] == "ة":  # فعلة
        return w[:-1]
    w = _suf1(w)
    return _pre1(w) if len(w) == 4 else w


def _pro_w53(w: str) -> str:
    """Length-five templates → three-letter root."""
    if w[2] in "ات" and w[0] == "ا":  # افتعل، افاعل
        return w[1] + w[3:]
    if w[3] in "ايو" and w[0] == "م":  # مفعول، مفعال، مفعيل
        return w[1:3] + w[4]
    if w[0] in "اتم" and w[4] == "ة":  # مفعلة، تفعلة، افعلة
        return w[1:4]
    if w[0] in "ميت" and w[2] == "ت":  # مفتعل، يفتعل، تفتعل
        return w[1] + w[3:]
    if w[0] in "مت" and w[2] == "ا":  # مفاعل، تفاعل
        return w[1] + w[3:]
    if w[2] in "او" and w[4] == "ة":  # فعولة، فعالة
        return w[:2] + w[3]
    if w[0] in "ام" and w[1] == "ن":  # انفعل، منفعل
        return w[2:]
    if w[3] == "ا" and w[0] == "ا":  # افعال
        return w[1:3] + w[4]
    if w[4] == "ن" and w[3] == "ا":  # فعلان
        return w[:3]
    if w[3] == "ي" and w[0] == "ت":  # تفعيل
        return w[1:3] + w[4]
    if w[3] == "و" and w[1] == "ا":  # فاعول
        return w[0] + w[2] + w[4]
    if w[2] == "ا" and w[1] == "و":  # فواعل
        return w[0] + w[3:]
    if w[3] == "ئ" and w[2] == "ا":  # فعائل
        return w[:2] + w[4]
    if w[4] == "ة" and w[1] == "ا":  # فاعلة
        return w[0] + w[2:4]
    if w[4] == "ي" and w[2] == "ا":  # فعالي
        return w[:2] + w[3]
    w = _suf1(w)
    return _pre1(w) if len(w) == 5 else w


def _pro_w54(w: str) -> str:
    """Length-five templates → four-letter root."""
    if w[0] in "اتم":  # تفعلل، افعلل، مفعلل
        return w[1:]
    if w[4] == "ة":  # فعللة
        return w[:4]
    if w[2] == "ا":  # فعالل
        return w[:2] + w[3:]
    return w


def _end_w5(w: str) -> str:
    if len(w) == 4:
        return _pro_w4(w)
    if len(w) == 5:
        return _pro_w54(w)
    return w


def _pro_w6(w: str) -> str:
    """Length-six templates → three-letter root."""
    if w.startswith(("است", "مست")):  # استفعل، مستفعل
        return w[3:]
    if w[0] == "م" and w[3] == "ا" and w[5] == "ة":  # مفعالة
        return w[1:3] + w[4]
    if w[0] == "ا" and w[2] == "ت" and w[4] == "ا":  # افتعال
        return w[1] + w[3] + w[5]
    if w[0] == "ا" and w[3] == "و" and w[2] == w[4]:  # افعوعل
        return w[1] + w[4:]
    if w[0] == "ت" and w[2] == "ا" and w[4] == "ي":  # تفاعيل
        return w[1] + w[3] + w[5]
    w = _suf1(w)
    return _pre1(w) if len(w) == 6 else w


def _pro_w64(w: str) -> str:
    """Length-six templates → four-letter root."""
    if w[0] == "ا" and w[4] == "ا":  # افعلال
        return w[1:4] + w[5]
    if w.startswith("مت"):  # متفعلل
        return w[2:]
    return w


def _end_w6(w: str) -> str:
    if len(w) == 5:
        return _end_w5(_pro_w53(w))
    if len(w) == 6:
        return _pro_w64(w)
    return w


@lru_cache(maxsize=65536)
def isri_stem(word: str) -> str:
    """The ISRI root of a normalized Arabic word; Latin words and numbers pass through."""
    if not word or not "\u0600" <= word[0] <= "\u06ff":
        return word
    # Not in ISRI: a one-letter proclitic on a long word («باستثمارات») is stripped
    # first; ISRI itself would leave a word that long untouched and unmatched.
    # «لل» is ل + ال («للاستحواذ»): ISRI strips it as a prefix of its own, so leave it whole.
    if len(word) >= 7 and word[0] in "وفبلك" and not word.startswith(_P3 + ("لل",)):
        word = word[1:]
    # Not in ISRI either: the article before a word that itself begins with «ال» — a Form VIII
    # noun («الالتهاب», «الالتزام») or «أل» without its hamza («الالعاب») — goes first, so the word
    # meets its own bare form («التهاب»), which ISRI reads as if «ال» were the article.
    for article in _DOUBLE_ARTICLE:
        if word.startswith(article + "ال") and len(word) - len(article) >= 5:
            word = word[len(article):]
            break
    w = _strip_prefix(word, _P3, 6) or _strip_prefix(word, _P2, 5) or word
    w = _strip_suffix(w, _S3, 6) or _strip_suffix(w, _S2, 5) or w
    if len(w) >= 4 and w.startswith("وو"):
        w = w[1:]
    if len(w) == 4:
        return _pro_w4(w)
    if len(w) == 5:
        return _end_w5(_pro_w53(w))
    if len(w) == 6:
        return _end_w6(_pro_w6(w))
    if len(w) == 7:
        w = _suf1(w)
        if len(w) == 7:
            w = _pre1(w)
        if len(w) == 6:
            return _end_w6(_pro_w6(w))
    return w
