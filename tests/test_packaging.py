"""Every package of `debate/` is listed in pyproject.toml, or a wheel would lose it."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_package_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "debate").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    mapped = set(config["tool"]["setuptools"]["package-dir"])
    assert listed - found - mapped == set(), "these listed packages do not exist"
