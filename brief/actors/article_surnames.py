"""A person's surname that opens with the Arabic article, read apart from the given names before it: "Abdul/B-PER
Malik/I-PER al-Houri/B-MISC", one man.

Why: the tagger often starts a new name (or none) at the hyphened article, so the man became "Abdul Malik" and his
later "al-Houri said" another person, his statements split between two actors. A surname written with the article
("al-", "el-") right after a person's given names is that person's.
"""

from __future__ import annotations

import re

ARTICLE = r"(?:(?:al|el)-)?"
"""The Arabic article a surname may open with, lower-case, before its capital ("al-Kadhimi"): for the patterns that
read a name by its capital ("said al-Kadhimi.", "the minister, Hassan al-Kadhimi, was quoted")."""
_ARTICLE_SURNAME = re.compile(r"(?:al|el|Al|El)-[A-Z][\w'’-]+")
"""A surname joined to the Arabic article ("al-Houri", "el-Sayed")."""


def with_article_surnames(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each person's span run on over the article surname right after it (tagged apart or not)."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in sorted(spans):
        if (out and out[-1][2] == "PER" and out[-1][1] == a and b - a == 1 and label != "ORG"
                and _ARTICLE_SURNAME.fullmatch(words[a])):
            out[-1] = (out[-1][0], b, "PER")  # "Abdul Malik | al-Houri": one man
            continue
        if label == "PER" and b < len(words) and _ARTICLE_SURNAME.fullmatch(words[b]) and not any(s[0] == b for s in spans):
            b += 1  # "Abdul Malik al-Houri" with the surname left untagged
        out.append((a, b, label))
    return out
