"""Stories on disk → `Story` objects made of cited `Passage`s.

A story is one file in the stories folder; its id is the file stem. Two shapes:

* plain text (`.txt`), shaped like a copied news article: one paragraph per line,
  section headings as short lines without final punctuation;
* Markdown (`.md`): `# Title`, `## Section`, paragraphs separated by blank lines,
  optional front matter between `---` lines (`title: …`, `source: …`).

Metadata (title, source, url, date, and `examples`: questions the bot offers as
buttons) may also sit in a sidecar `<id>.meta.toml`, so a story file can stay
exactly as published. A file that cannot be read is
reported with its name and skipped; the other stories still load.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Passage",
    "Story",
    "StoryError",
    "example_questions",
    "load_stories",
    "load_story",
    "parse_markdown",
    "parse_plain_text",
]

STORY_SUFFIXES = (".txt", ".md")
META_SUFFIX = ".meta.toml"
METADATA_KEYS = ("title", "source", "url", "date")

# A heading is a short line that does not end a sentence.
_HEADING_MAX_WORDS = 12
_SENTENCE_END = tuple(".!?؟…:؛،,;\"»”)")


class StoryError(ValueError):
    """A story file that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Passage:
    """One paragraph of a story, with what a reader needs to find it again."""

    story_id: str
    number: int  # 1-based, as a reader counts paragraphs in the story
    section: str | None  # the heading above it; None before the first heading
    text: str  # exactly as in the story file

    @property
    def id(self) -> str:
        """Stable passage id, `story:number`."""
        return f"{self.story_id}:{self.number}"


@dataclass(frozen=True)
class Story:
    """A story: its id (file stem), metadata and passages in reading order."""

    id: str
    title: str
    passages: tuple[Passage, ...]
    source: str | None = None
    url: str | None = None
    date: str | None = None
    examples: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)

    @property
    def sections(self) -> list[str]:
        """Section headings in reading order, each once."""
        seen: dict[str, None] = {}
        for passage in self.passages:
            if passage.section:
                seen.setdefault(passage.section, None)
        return list(seen)


def _is_heading(line: str) -> bool:
    return len(line.split()) <= _HEADING_MAX_WORDS and not line.endswith(_SENTENCE_END)


def parse_plain_text(story_id: str, text: str) -> tuple[list[tuple[str | None, str]], dict[str, str]]:
    """Split plain text into (section, paragraph) pairs; headings are short unpunctuated lines."""
    section: str | None = None
    paragraphs: list[tuple[str | None, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _is_heading(line):
            section = line
        else:
            paragraphs.append((section, line))
    return paragraphs, {}


_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in METADATA_KEYS:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end():]


def parse_markdown(story_id: str, text: str) -> tuple[list[tuple[str | None, str]], dict[str, str]]:
    """Split Markdown into (section, paragraph) pairs; `# Title` and front matter give metadata."""
    meta, body = _front_matter(text)
    section: str | None = None
    paragraphs: list[tuple[str | None, str]] = []
    block: list[str] = []

    def flush() -> None:
        if block:
            paragraphs.append((section, "\n".join(block)))
            block.clear()

    for raw in body.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2).strip()
            if level == 1:
                meta.setdefault("title", title)
            else:
                section = title
        elif not line:
            flush()
        else:
            block.append(line)
    flush()
    return paragraphs, meta


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoryError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise StoryError(f"{path.name}: looks binary, not a text story")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryError(f"{path.name}: not UTF-8 (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise StoryError(f"{path.name}: empty")
    return text


def _sidecar(path: Path) -> tuple[dict[str, str], tuple[str, ...]]:
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}, ()
    try:
        data = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StoryError(f"{meta_path.name}: unreadable metadata ({exc})") from None
    examples = data.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
        raise StoryError(f"{meta_path.name}: examples must be a list of questions")
    return {k: str(v) for k, v in data.items() if k in METADATA_KEYS}, tuple(examples)


def load_story(path: Path) -> Story:
    """Load one story file; raises `StoryError` naming the file when it is unusable."""
    text = _read_text(path)
    parse = parse_markdown if path.suffix == ".md" else parse_plain_text
    pairs, meta = parse(path.stem, text)
    if not pairs:
        raise StoryError(f"{path.name}: has headings but no paragraphs")
    sidecar, examples = _sidecar(path)
    meta = {**meta, **sidecar}
    passages = tuple(
        Passage(story_id=path.stem, number=n, section=section, text=body)
        for n, (section, body) in enumerate(pairs, start=1)
    )
    return Story(
        id=path.stem,
        title=meta.get("title") or path.stem,
        passages=passages,
        source=meta.get("source"),
        url=meta.get("url"),
        date=meta.get("date"),
        examples=examples,
        path=path,
    )


def example_questions(stories: Sequence[Story], limit: int = 3) -> list[str]:
    """The first `limit` example questions of the stories, in order: what the bot's /start and
    `sanad chat` offer a reader who does not know what to ask."""
    return [e for story in stories for e in story.examples][:limit]


def load_stories(folder: Path) -> tuple[list[Story], list[StoryError]]:
    """Every story in `folder`, sorted by id, and one error per file that could not be loaded.

    Raises `FileNotFoundError` when the folder itself is missing: with no folder
    there is nothing to answer from, which the caller should say plainly.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"stories folder not found: {folder}")
    stories: list[Story] = []
    errors: list[StoryError] = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in STORY_SUFFIXES or not path.is_file() or path.name.startswith("."):
            continue
        try:
            stories.append(load_story(path))
        except StoryError as exc:
            errors.append(exc)
    return stories, errors
