"""``python -m mailbot``: the same as the ``mailbot`` console script."""

import sys

from mailbot.cli import main

sys.exit(main())
