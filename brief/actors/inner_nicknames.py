"""A nickname quoted inside a name ('Victoria "Harbour Queen" Vance', 'Tom "The Hammer" Reed') is part of the name,
not a quotation: rules that take a quotation mark for a sign of something said read the text with such nicknames
blanked out.

Why: a description that names someone so ("who has written books about Lily "Harbour Queen" Vance") was read as
holding a quotation, which kept the writing a statement and the subject before "talked about" a said clause.
"""

from __future__ import annotations

import re

_NICKNAME_IN_NAME = re.compile(r"(?<=\b[A-Z])([a-z'’.-]*\s+)[\"“](?:[A-Z][\w'’.-]*\s*){1,3}[\"”](?=\s+[A-Z])")
"""A capitalised word, then one to three capitalised words in quotation marks, then a capitalised word: a given
name, the nickname and the surname."""


def without_nicknames(text: str) -> str:
    """``text`` with every quoted nickname inside a name (``_NICKNAME_IN_NAME``) turned to spaces, the same length."""
    return _NICKNAME_IN_NAME.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
