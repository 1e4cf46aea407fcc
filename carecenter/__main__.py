"""``python -m carecenter``: the same as the ``carecenter`` command."""

import sys

from carecenter.cli import main

sys.exit(main())
