"""What the pool's fork server loads once, so that every worker forks from it ready to read.

Why: a worker started fresh ("spawn") imported numpy, scipy.sparse and the ~600 actor modules and
loaded both taggers' weights before its first article (~1 CPU-s), and scipy.optimize before its
first story, paid again by every worker of every pool. The fork server
(``brief.parallel.pool_context``) is one process, started with the first pool, that imports this
module; each worker is a fork of it, so that cost is paid once. Importing it reads one short
invented article (the modules the reading imports on first use come with it) and freezes what is
loaded, so that the collector's passes in the workers leave those pages shared.
"""

from __future__ import annotations

import gc

WARM_TEXT = ("Mara Quill, the mayor of Eastbrook, said on Monday that the bridge would reopen. "
             '"We will finish it this spring," she told reporters.')
"""An invented article whose reading passes through the summary, the names and the positions."""


def warm_up() -> None:
    """Import the reading's modules and load its weights in this process (the fork server)."""
    from brief.ingest.text import article_from_text
    from brief.parallel import _warm, read_article

    _warm(True)
    read_article(article_from_text(WARM_TEXT, 0, "warm.txt"), None, "position", 3, True)
    # The stories' briefings a worker is given, and their integer programs (solver.py imports HiGHS on first use).
    import scipy.optimize  # noqa: F401

    import brief.summarize.briefing  # noqa: F401


try:
    warm_up()
except Exception:  # a worker meets the same trouble itself and reports it where it is read
    pass
gc.freeze()
