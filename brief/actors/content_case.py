"""A content that opened its sentence, written as the rest of the line after its cue: "Virtually all
the children ..." -> "says virtually all the children ...", while names, "I" and acronyms keep
their capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.word_case import inner_capitals, plain_word
from brief.text.language import stop_words


def sentence_case(content: str, lowercase: Callable[[], set[str]], text: str) -> str:
    """ "Virtually all the children ..." -> "virtually all ...": a content that opened its sentence
    continues the line after the cue, so a common word loses its capital: a stop word ("A UK man"), a
    word the article writes in lower case more often than capitalised inside a sentence ("Page"
    of a story about Larry Page keeps its capital), or one mostly written in lower case (the tagger's
    case lexicon: "Finding water vapor", "Rainfall occurs") that the article never capitalises inside
    a sentence, with no capitalised word after it ("Bush", "Scooter Braun" keep theirs). Names, "I"
    and acronyms keep their capitals."""
    first = _OPENING_WORD.match(content)
    if not first:
        return content
    word, following = first.group(1), first.group(3)
    stop = word.lower() in stop_words("en")
    if first.group(2) and not stop:
        return content  # "Page’s wishes": a possessive is a name's ("It’s", "What’s" are stop words)
    inner = inner_capitals(text).get(word, 0)
    # "asked Page what ...": a name the article writes more often than the word ("page") it also is
    common = stop or (word.lower() in lowercase() and inner < len(re.findall(rf"\b{word.lower()}\b", text)))
    if not common and not (following.islower() and not inner and plain_word(word, frozenset())):
        return content
    return content[0].lower() + content[1:]


_OPENING_WORD = re.compile(r"([A-Z][a-z]+|A(?=\s))\b(['’][a-z]+)?\W*(\S?)")
"""A content's first word when it is capitalised: two letters or more ("U.S." is no word), or "A"
before a space ("I" is left as it is); then any apostrophe ending ("It’s", "Page’s") and the next
word's first letter."""
