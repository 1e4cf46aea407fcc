"""No source file of the console over 400 lines (issue 14): a module that long holds more
than one thing, and a reader loses it. Only the two generated first migrations are let
through (Alembic's autogenerate wrote every table of the first schema in one file)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400
GENERATED = {
    Path("carecenter/db/migrations/versions/0001_initial_schema.py"),
    Path("carecenter/sync/hub_migrations/versions/h0001_hub_schema.py"),
}


def _too_long(root: Path) -> list[str]:
    out = []
    for top in ("carecenter", "ui"):
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root)
            n = len(path.read_text(encoding="utf-8").splitlines())
            if n > LIMIT and rel not in GENERATED:
                out.append(f"{rel}: {n} lines")
    return out


def test_no_source_file_is_over_400_lines() -> None:
    assert _too_long(ROOT) == []


def test_the_count_sees_a_long_file(tmp_path: Path) -> None:
    (tmp_path / "ui" / "feature").mkdir(parents=True)
    (tmp_path / "carecenter").mkdir()
    (tmp_path / "ui" / "feature" / "long.py").write_text("x = 1\n" * 401, encoding="utf-8")
    (tmp_path / "carecenter" / "short.py").write_text("x = 1\n" * 400, encoding="utf-8")
    assert _too_long(tmp_path) == ["ui/feature/long.py: 401 lines"]
