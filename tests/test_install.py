"""Install hygiene: the project never pulls camel-tools' heavy extras into the process."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("torch", "transformers", "kenlm", "pandas", "sklearn", "scipy")


def test_importing_the_project_imports_no_heavy_package() -> None:
    code = (
        "import sys, bot.cli, bot.format, index.answers, index.search\n"
        "bot.cli.load_library(None)[1].ask('ماسك')\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
