"""``python -m brief``."""

import sys

from brief.cli import main

sys.exit(main())
