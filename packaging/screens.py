"""The console's pictures in docs/screens/: every main view at 1366×768, in each theme and
language, made by the console itself (``carecenter gui --screenshot``).

    python packaging/screens.py [--out docs/screens] [--customers 400]

Builds a small demo store in a temporary folder (the same seed each time, dated from today),
picks the customer whose banner says the most, then for each theme (light, dark,
high_contrast), language (en, it) and view runs the console once with ``--call`` on that
customer's number, ``--theme``, ``--lang`` and the view's ``--press`` shortcuts, and saves
``<view>-<theme>-<lang>.png`` (about 150 KB each). Nothing of the user's
settings is read or changed (``CARECENTER_CONFIG`` points into the temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THEMES = ("light", "dark", "high_contrast")
LANGUAGES = ("en", "it")
VIEWS: dict[str, list[str]] = {
    "customer": [],  # the customer of the call: header, banner, history
    "cases": ["Ctrl+2", "Ctrl+Shift+F"],  # the recovery checklist, the follow-ups dock
    "grant": ["Ctrl+4", "Ctrl+G"],  # granting a remedy, with the authority meter
    "supervisor": ["Ctrl+Shift+S"],  # the team's figures, in a window of their own
}


def carecenter(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "carecenter", *args], check=True, env=env,
                   cwd=ROOT)


def busiest(db: Path) -> str:
    """The phone number of the customer with the most banner lines (then most contacts)."""
    sys.path.insert(0, str(ROOT))
    from carecenter.db.store import Store
    from carecenter.services.customers.view import customer_view

    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT p.customer_id, p.e164, COUNT(c.id) FROM customer_phone p "
            "JOIN contact c ON c.customer_id = p.customer_id WHERE p.deleted = 0 "
            "GROUP BY p.customer_id ORDER BY COUNT(c.id) DESC LIMIT 60").fetchall()
    store = Store.open(db, create=False)
    try:
        scored = [(len({line.kind for line in customer_view(store, cid).banner}), n, e164)
                  for cid, e164, n in rows]
    finally:
        store.close()
    return max(scored)[2]


def shrink(path: Path) -> None:
    """Save again at PNG's strongest compression, keeping every colour (and the title)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    image.save(str(path), "PNG", 0)  # type: ignore[call-overload]  # 0: smallest file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--customers", type=int, default=400)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db, config = Path(tmp) / "screens.db", Path(tmp) / "settings.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CARECENTER_CONFIG": str(config),
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        # plain: a throwaway store of made-up people, and a screenshot run asks nobody for
        # a passphrase where there is no keyring
        carecenter("demo", "--plain", "--db", str(db), "--customers", str(args.customers),
                   env=env)
        # a supervisor at a standalone desk: every view may open
        config.write_text(json.dumps({"agent_name": "Giulia Bianchi", "agent_role":
                                      "supervisor", "store": "Milano Centro"}), "utf-8")
        number = busiest(db)
        for theme in THEMES:
            for lang in LANGUAGES:
                for view, keys in VIEWS.items():
                    target = args.out / f"{view}-{theme}-{lang}.png"
                    press = [arg for k in keys for arg in ("--press", k)]
                    carecenter("gui", "--db", str(db), "--call", number, "--screenshot",
                               str(target), "--theme", theme, "--lang", lang, *press,
                               env=env)
                    shrink(target)
                    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
