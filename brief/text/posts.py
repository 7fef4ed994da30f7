"""Pattern pieces of an embedded social-media post, shared by the page cleaning that keeps a post
whole (brief.ingest.furniture, brief.ingest.text) and the actors that give it to its signer
(brief.actors.signed, brief.actors.tweets): one spelling, so the two sides always agree on what a
post's signature and addresses look like. Pieces of regular expressions, compiled where used.
"""

from __future__ import annotations

POST_LINK = r"(?:https?://|pic\.twitter\.com/)\S+"
"""A post's own address or its picture's, as pages print them after it."""

POST_SIGNATURE = r"[—–-][ \t]*(?P<name>[^\n(@]{2,60}?)[ \t]*\(@\w{1,30}\)"
"""The line under an embedded post ("— Paul Roe (@paulroe) June 7, 2016"): a dash, the account's
name, its handle in brackets (the date after it is matched where needed)."""
