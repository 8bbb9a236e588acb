"""Settings from the environment and `.env`; every one is documented in .env.example.

The environment wins over `.env`, so a one-off `TELEGRAM_BOT_TOKEN=… sanad serve`
works without editing files. The token is held in a `Secret` so that printing
the settings, or an exception that carries them, never shows it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

__all__ = [
    "PROJECT_ROOT",
    "Secret",
    "Settings",
    "SettingsError",
    "default_data_dir",
    "load_settings",
]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
# Telegram tokens are «<bot id>:<35 url-safe characters>»; checked before any network call.
TOKEN_RE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")


class SettingsError(ValueError):
    """A setting that is missing or malformed; the message says which and how to fix it."""


class Secret(str):
    """A string whose repr and str hide it; use `.reveal()` where the real value is needed."""

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __format__(self, spec: str) -> str:
        return "***"

    def reveal(self) -> str:
        """The real value."""
        return str.__str__(self)


def default_data_dir() -> Path:
    """The stories shipped with the project: <project>/data/stories, else ./data/stories."""
    shipped = PROJECT_ROOT / "data" / "stories"
    return shipped if shipped.is_dir() else Path.cwd() / "data" / "stories"


def _default_database_url() -> str:
    root = PROJECT_ROOT if (PROJECT_ROOT / "pyproject.toml").exists() else Path.cwd()
    return f"sqlite:///{root / 'var' / 'sanad.db'}"


@dataclass(frozen=True)
class Settings:
    """Everything `sanad` reads from its environment."""

    token: Secret | None = None
    base_url: str = DEFAULT_BASE_URL
    database_url: str = field(default_factory=_default_database_url)
    data_dir: Path = field(default_factory=default_data_dir)
    admin_user_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    rate_limit_per_minute: int = 20

    def require_token(self) -> str:
        """The bot token, or a `SettingsError` in Arabic and English when missing or malformed."""
        if not self.token:
            raise SettingsError(
                "لم يُضبط رمز البوت TELEGRAM_BOT_TOKEN. / TELEGRAM_BOT_TOKEN is not set: "
                "get one from @BotFather and put it in .env (see .env.example)."
            )
        if not TOKEN_RE.match(self.token.reveal()):
            raise SettingsError(
                "رمز البوت TELEGRAM_BOT_TOKEN غير صالح الشكل. / TELEGRAM_BOT_TOKEN is malformed: "
                "it should look like 123456789:AA… as @BotFather gives it."
            )
        return self.token.reveal()


def _admin_ids(raw: str) -> frozenset[int]:
    ids = set()
    for part in re.split(r"[,\s]+", raw.strip()):
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise SettingsError(f"ADMIN_USER_IDS: {part!r} is not a Telegram user id (a number)")
        ids.add(int(part))
    return frozenset(ids)


def load_settings(env_file: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Settings from `environ` (default: the process environment) over `.env` (default: ./.env)."""
    env_path = env_file if env_file is not None else Path.cwd() / ".env"
    values: dict[str, str] = {}
    if env_path.is_file():
        values.update({k: v for k, v in dotenv_values(env_path).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    rate = get("RATE_LIMIT_PER_MINUTE") or "20"
    if not rate.isdigit():
        raise SettingsError(f"RATE_LIMIT_PER_MINUTE: {rate!r} is not a whole number")
    token = get("TELEGRAM_BOT_TOKEN")
    return Settings(
        token=Secret(token) if token else None,
        base_url=get("TELEGRAM_BASE_URL") or DEFAULT_BASE_URL,
        database_url=get("DATABASE_URL") or _default_database_url(),
        data_dir=Path(get("SANAD_DATA") or default_data_dir()),
        admin_user_ids=_admin_ids(get("ADMIN_USER_IDS") or ""),
        log_level=(get("LOG_LEVEL") or "INFO").upper(),
        rate_limit_per_minute=int(rate),
    )
