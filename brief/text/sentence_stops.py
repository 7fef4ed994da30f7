"""Where a sentence stops, as the rules read it in raw text: one definition of each shape they share.

Rules in ``actors/`` and ``ingest/`` ask "where does this sentence end?" of text the splitter has not cut (a reach of
characters around a name, a line of a page), and each once kept its own pattern, several the same and several a
little different by chance. The shapes are here, named for what each matches; a module whose stop differs on purpose
keeps its own pattern and says why beside it.
"""

from __future__ import annotations

import re

STOP_BEFORE_SPACE = re.compile(r"[.!?][\"'”’]?\s")
"""A stop, perhaps closed by one quote mark, then a space: "... said. The", "... it.” He"; not the dot of "U.S.-led",
"3.5" or "www.site.com"."""
STOP_OR_LINE_BREAK = re.compile(r"[.!?][\"'”’]?\s|\n")
"""A stop before a space (``STOP_BEFORE_SPACE``), or a line break: a headline or a caption ends with no stop."""
STOP_AT_LINE_END = re.compile(r"[.!?][\"'”’)]*$")
"""A line (or paragraph) that ends as prose does: a stop, perhaps closed by quote marks or a bracket ('... he said.',
'... (AP).'); a heading, a label or a menu item ends with none."""
FULL_STOP_AT_LINE_END = re.compile(r"(?<![.…])[.!?][\"'”’)]*$")
"""A line that ends as prose does (``STOP_AT_LINE_END``) but not on an ellipsis ("Read more...", "The full story…"):
a teaser or a link cut short is no sentence of the article."""
