"""Word tokens of normalized text, from camel-tools' word tokenizer.

camel-tools splits punctuation, symbols and emoji off words. Two things it
leaves to us: decimals («97.4» must stay one token) and Arabic letters glued to
a Latin name («وOpenAI» is «و» + «openai»), which news Arabic writes often.
"""

from __future__ import annotations

import re

from camel_tools.tokenizers.word import simple_word_tokenize

__all__ = ["split_scripts", "word_tokens"]

_WORD_RE = re.compile(r"\w")
_SCRIPT_BOUNDARY_RE = re.compile(
    r"(?<=[\u0600-\u06ff])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\u0600-\u06ff])"
)


def split_scripts(token: str) -> list[str]:
    """Split a token where Arabic letters meet Latin letters or digits."""
    return [part for part in _SCRIPT_BOUNDARY_RE.split(token) if part]


def _join_decimals(tokens: list[str]) -> list[str]:
    """Rejoin «97», «.», «4» into «97.4», which the tokenizer pulls apart."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            i + 2 < len(tokens)
            and tokens[i].isdigit()
            and tokens[i + 1] in {".", ","}
            and tokens[i + 2].isdigit()
        ):
            out.append(f"{tokens[i]}.{tokens[i + 2]}")
            i += 3
        else:
            out.append(tokens[i])
            i += 1
    return out


def word_tokens(normalized: str) -> list[str]:
    """Tokens of already-normalized text that hold a letter or digit; punctuation dropped."""
    # Scripts are split before decimals are joined: «الـ٩٧.٤» is «ال» + «97.4», not «97» + «4».
    raw = _join_decimals([part for token in simple_word_tokenize(normalized) for part in split_scripts(token)])
    return [token for token in raw if _WORD_RE.search(token)]
