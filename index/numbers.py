"""Numbers spelled in words, read as the digits the stories write: «ثلاث مئة مليون» is «300 مليون»,
«سبعة وتسعين مليار» is «97 مليار», «خمسمية» is «500».

News gives amounts in digits («300 مليون دولار»); a reader on a phone sometimes spells them, in
MSA or as spoken («تلتمية», «ميتين»). One number word («أربع», «مية») is the lexicon's: its
lines pair it with its digits both ways, and the story may spell it too («خلال أربع سنوات»).
What the lexicon cannot list is read here: a run of number words («ثلاث مئة», «سبعة وتسعين») and
a hundreds word («ثلاثمئة», «تلتمية»). Pure functions of normalized tokens.
"""

from __future__ import annotations

from index.normalize import normalize

__all__ = ["spell_numbers"]


def _table(groups: dict[str, int]) -> dict[str, int]:
    """Each spelling of a group (space-separated, as typed) normalized, with its value."""
    return {normalize(word): value for spellings, value in groups.items() for word in spellings.split()}


_UNITS = _table({
    "واحد واحدة": 1,
    "اثنين اثنان إثنين إثنان اتنين تنين": 2,
    "ثلاث ثلاثة تلات تلاتة تلت": 3,
    "أربع أربعة": 4,
    "خمس خمسة": 5,
    "ست ستة": 6,
    "سبع سبعة": 7,
    "ثمان ثماني ثمانية تمان تماني تمانية تمن تمنية": 8,
    "تسع تسعة": 9,
})
_TENS = _table({
    "عشرين عشرون": 20,
    "ثلاثين ثلاثون تلاتين": 30,
    "أربعين أربعون": 40,
    "خمسين خمسون": 50,
    "ستين ستون": 60,
    "سبعين سبعون": 70,
    "ثمانين ثمانون تمانين": 80,
    "تسعين تسعون": 90,
})
_HUNDRED = tuple(_table({"مئة مائة مية ميه ماية مايه ميت": 100}))  # «ميت» as in «تلت ميت مليون»
_TWO_HUNDRED = tuple(_table({"مئتين مئتان مائتين مائتان ميتين": 200}))
_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل")  # «السبعة», «وتسعين», «بثلاثمية», «لثلاثمية»


def _number(word: str) -> tuple[int, bool] | None:
    """The value of one number word, and whether it says a hundreds number on its own
    («ثلاثمئه», «ميتين»); None for any other word."""
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            bare = _number(word[len(clitic):])
            if bare is not None:
                return bare
    if word in _UNITS:
        return _UNITS[word], False
    if word in _TENS:
        return _TENS[word], False
    if word in _HUNDRED:
        return 100, False
    if word in _TWO_HUNDRED:
        return 200, True
    for hundred in _HUNDRED:
        unit = word[: -len(hundred)]
        if word.endswith(hundred) and unit in _UNITS:  # «ثلاثمئه», «تلتميه», «خمسميه»
            return _UNITS[unit] * 100, True
    return None


def _compose(values: list[int]) -> int | None:
    """The number a run of number words says, read as Arabic says it: hundreds first, then a
    unit before its ten («سبعه وتسعين» is 97); None when the run is no one number («اثنين ثلاث»)."""
    if len(values) >= 2 and values[0] < 10 and values[1] == 100:  # «ثلاث مئه»: three hundred
        values = [values[0] * 100, *values[2:]]
    hundreds = values.pop(0) if values and values[0] % 100 == 0 else 0
    if len(values) == 2 and values[0] < 10 and values[1] >= 20:
        return hundreds + values[0] + values[1]
    if len(values) <= 1 and hundreds + sum(values):
        return hundreds + sum(values)
    return None


def spell_numbers(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """`tokens` with each spelled number of more than one word, or one hundreds word, in digits
    («ثلاث مئه» → «300», «سبعه وتسعين» → «97», «تلتميه» → «300»); other words as they are."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        run: list[tuple[int, bool]] = []
        j = i
        while j < len(tokens) and (found := _number(tokens[j])) is not None:
            run.append(found)
            j += 1
        if not run:
            out.append(tokens[i])
            i += 1
            continue
        total = _compose([n for n, _ in run]) if len(run) > 1 or run[0][1] else None
        out.extend([str(total)] if total is not None else tokens[i:j])
        i = j
    return tuple(out)
