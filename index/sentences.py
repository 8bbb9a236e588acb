"""Sentences of a passage, as character spans of its exact text.

Spans, not copies, so that the answer can mark the best sentence inside the
passage as the story prints it. A sentence ends at . ! ? ؟ ؛ or a line break —
but not at the dot of a decimal number («97.4»).
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans"]

# Punctuation counts only before a space or the end, so «97.4» stays whole.
_END_RE = re.compile(r"[.!?؟؛…]+(?=\s|$)|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence in `text`, punctuation included."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END_RE.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        _append(spans, text, start, end)
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
