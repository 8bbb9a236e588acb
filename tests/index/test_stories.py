"""Stories on disk: the seed's shape, Markdown, metadata, and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.stories import Story, StoryError, load_stories, load_story
from tests.conftest import ROOT, SEED_ID

SEED = ROOT.parent / "shared" / "seed" / "stargate-uae.txt"


def test_seed_story_is_shipped_verbatim() -> None:
    shipped = ROOT / "data" / "stories" / f"{SEED_ID}.txt"
    if SEED.exists():  # the seed sits beside the repo on developer machines and in CI
        assert shipped.read_bytes() == SEED.read_bytes()
    assert shipped.read_text(encoding="utf-8").startswith("كشفت شبكة CNBC")


def test_seed_splits_into_nine_paragraphs_under_seven_headings(stories: list[Story]) -> None:
    story = next(s for s in stories if s.id == SEED_ID)
    assert [p.number for p in story.passages] == list(range(1, 10))
    assert len(story.sections) == 7
    assert story.passages[0].section is None  # the lede comes before any heading
    assert story.passages[2].section == story.passages[3].section == "استياء إيلون ماسك ومحاولات التدخل"
    assert story.passages[-1].section == "مشروع “ستارجيت” بنسخته الأمريكية"


def test_passage_text_is_exactly_the_line_in_the_file(stories: list[Story]) -> None:
    story = next(s for s in stories if s.id == SEED_ID)
    lines = [line for line in story.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for passage in story.passages:
        assert passage.text in lines


def test_seed_metadata_names_the_source_and_invents_no_url_or_date(stories: list[Story]) -> None:
    story = next(s for s in stories if s.id == SEED_ID)
    assert story.source == "CNBC"
    assert story.url is None and story.date is None
    assert story.title != SEED_ID


def test_markdown_story_with_front_matter(tmp_path: Path) -> None:
    (tmp_path / "demo.md").write_text(
        "---\nsource: Reuters\ndate: 2025-05-20\n---\n# عنوان القصة\n\nفقرة أولى\nتكمل هنا.\n\n"
        "## قسم ثان\n\nفقرة ثانية.\n",
        encoding="utf-8",
    )
    story = load_story(tmp_path / "demo.md")
    assert story.title == "عنوان القصة"
    assert story.source == "Reuters" and story.date == "2025-05-20"
    assert [(p.number, p.section, p.text) for p in story.passages] == [
        (1, None, "فقرة أولى\nتكمل هنا."),
        (2, "قسم ثان", "فقرة ثانية."),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\xff\xfe\x00\x01binary", "binary"), (b"\xc3\x28 latin-1 bytes \xe9", "not UTF-8")],
)
def test_broken_file_is_named_and_the_others_still_load(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "good.txt").write_text("عنوان\nفقرة كاملة عن شيء ما.\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(content)
    stories, errors = load_stories(tmp_path)
    assert [s.id for s in stories] == ["good"]
    assert len(errors) == 1 and "broken.txt" in str(errors[0]) and reason in str(errors[0])


def test_missing_folder_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_stories(tmp_path / "absent")


def test_bad_sidecar_metadata_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("فقرة.\n", encoding="utf-8")
    (tmp_path / "a.meta.toml").write_text("title = \n", encoding="utf-8")
    with pytest.raises(StoryError, match="a.meta.toml"):
        load_story(tmp_path / "a.txt")
