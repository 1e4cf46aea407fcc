"""The store's schema revisions: the Alembic migrations shipped with this version."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config


@contextmanager
def _alembic_config(connection: Any | None = None) -> Iterator[Config]:
    from alembic.config import Config

    with resources.as_file(resources.files("carecenter.db") / "migrations") as where:
        cfg = Config()
        cfg.set_main_option("script_location", str(where))
        if connection is not None:
            cfg.attributes["connection"] = connection
        yield cfg


def known_revisions() -> tuple[set[str], str]:
    """Every schema revision this version knows, and the newest one."""
    from alembic.script import ScriptDirectory

    with _alembic_config() as cfg:
        script = ScriptDirectory.from_config(cfg)
        head = script.get_current_head()
        assert head is not None
        return {rev.revision for rev in script.walk_revisions()}, head


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@cache
def _shipped_head() -> tuple[frozenset[str], str | None]:
    """The revisions and the head read from the migration files' text, without importing
    Alembic (most of a start-up's import time): a store already at this head opens
    without it. None when the files do not name a single head (Alembic then decides)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for f in (resources.files("carecenter.db") / "migrations" / "versions").iterdir():
        if not f.name.endswith(".py") or f.name.startswith("__"):
            continue
        source = f.read_text(encoding="utf-8")
        if rev := _REVISION.search(source):
            revisions.add(rev.group(1))
        if down := _DOWN_REVISION.search(source):
            downs.add(down.group(1))
    heads = revisions - downs
    return frozenset(revisions), (next(iter(heads)) if len(heads) == 1 else None)
