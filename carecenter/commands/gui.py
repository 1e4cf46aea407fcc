"""``carecenter gui``: open the console (the default when no sub-command is given)."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from carecenter.commands.common import add_db
from carecenter.settings import LANGUAGES, THEME_CHOICES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="open the console")
    add_db(p)
    p.add_argument("--call", metavar="NUMBER", help="open the customer for this phone number")
    p.add_argument("--screenshot", type=Path, metavar="FILE",
                   help="save the window as PNG once loaded, then exit")
    p.add_argument("--lang", choices=LANGUAGES, metavar="CODE",
                   help="interface language: en or it (default: the settings' language)")
    p.add_argument("--theme", choices=THEME_CHOICES, metavar="NAME",
                   help="colours: system, light, dark or high_contrast "
                        "(default: the settings' theme)")
    p.add_argument("--press", action="append", default=[], metavar="KEYS",
                   help="with --screenshot: press this shortcut once the console is ready "
                        "(e.g. Ctrl+G); repeat for several, in order")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # The core never imports Qt; the UI is loaded only when the console is asked for.
    app = importlib.import_module("ui.shell.app")
    return int(app.run(db=args.db, call=args.call, screenshot=args.screenshot, lang=args.lang,
                       theme_name=args.theme, press=args.press))
