"""The bundle's entry point: the ``carecenter`` command, as ``python -m carecenter``.

A link handed over by the system (macOS passes ``tel:...`` as an argument through
PyInstaller's argv emulation; a desktop or registry entry may too) becomes ``--call``.
"""

from __future__ import annotations

import multiprocessing
import sys

from carecenter.cli import main

LINK_SCHEMES = ("tel:", "callto:")


def link_to_call(argv: list[str]) -> list[str]:
    """``['tel:+39...']`` -> ``['--call', 'tel:+39...']``; anything else unchanged."""
    if len(argv) == 1 and argv[0].lower().startswith(LINK_SCHEMES):
        return ["--call", argv[0]]
    return argv


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main(link_to_call(sys.argv[1:])))
