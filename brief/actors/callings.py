"""Callings only one person has: "singer Beyonce", "rapper Kazz", "Kazz, the Grammy-winning singer,".

Why a module of its own: the words are read both where a name's kind is decided from the text around it
(``named_people``, ``person_signs``) and where the tagger took the calling into the name ("Rapper Stormzy",
``courtesies``), and those modules import each other's neighbours.
"""

from __future__ import annotations

# Not "star", "host", "model" or "director" alone: things and boards are those too ("the Model S", "a host
# city", "the director general").
CALLINGS_PATTERN = ("singer|singer-songwriter|songwriter|rapper|actress|actor|comedian|comedienne|musician|guitarist|"
                    "drummer|pianist|violinist|cellist|popstar|pop star|film star|filmmaker|film-maker|novelist|poet|"
                    "painter|sculptor|photographer|choreographer|dancer|ballerina|supermodel|fashion designer|chef|"
                    "influencer|YouTuber|TikToker|footballer|golfer|boxer|quarterback|goalkeeper|striker|midfielder|defender|winger|"
                    "tennis player|superstar|megastar|"
                    "cornerback|halfback|tailback|fullback|running back|wide receiver|tight end|linebacker|placekicker|"
                    "shortstop|outfielder|infielder|goaltender|goalie|defenseman|defenceman|point guard")
"""The callings as one regular expression's alternatives (some of two words); a team player's place on the field
among them ("Cornerback Al Reyes", "said shortstop Tom Dale"), which the tagger takes into the name at a sentence's
opening."""
CALLINGS = frozenset(w.lower() for w in CALLINGS_PATTERN.split("|") if " " not in w)
"""The one-word callings, lower case."""
