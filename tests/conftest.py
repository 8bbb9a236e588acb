"""Shared fixtures: the shipped stories, an answerer over them, and the `sanad` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a quick run in CI, a long one on demand (see README, «Reliability»).
settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("SANAD_HYPOTHESIS_PROFILE", "ci"))

from index.answers import Answerer
from index.stories import Story, load_stories

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "data" / "stories"
SEED_ID = "stargate-uae"


@pytest.fixture(scope="session")
def stories() -> list[Story]:
    loaded, errors = load_stories(STORIES)
    assert not errors
    return loaded


@pytest.fixture(scope="session")
def answerer(stories: list[Story]) -> Answerer:
    return Answerer(stories)


def run_sanad(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
              cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the installed `sanad` console script as a user would."""
    script = Path(sys.executable).with_name("sanad")
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SANAD_", "DATABASE_"))}
    full_env.update(env or {})
    return subprocess.run(
        [str(script), *args], input=stdin, capture_output=True, text=True,
        env=full_env, cwd=cwd or ROOT, timeout=timeout,
    )
