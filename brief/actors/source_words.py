"""The words by which a source is written when it is not a name: pronouns, the nouns that refer back
to a body or a place, people who speak for themselves, and lines of work that share a title.

Why a module of their own: brief.actors.positions resolves sources with them and
brief.actors.speakers follows unnamed speakers with them; lists are data, kept apart from rules.
"""

from __future__ import annotations

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they", "its", "their"})
# Nouns by which an article refers back to an organisation or a country it has named.
ORG_NOUNS = frozenset(
    "movement group organization organisation militants party faction company firm union "
    "government administration authority ministry agency office council committee bank "
    "coalition alliance army military regime court campaign network".split()
)
PLACE_NOUNS = frozenset("country state nation kingdom republic city capital enclave territory".split())
# People who speak for themselves: "a North Korean man said" is not North Korea speaking.
EXPERTS = frozenset(
    "expert experts scientist scientists researcher researchers analyst analysts economist economists academic "
    "academics professor professors doctor doctors physician physicians epidemiologist epidemiologists virologist "
    "virologists historian historians scholar scholars commentator commentators lawyer lawyers".split()
)
"""People who speak for themselves, not for a state: "a top US public health expert" is not the
United States speaking, as "US officials" are."""
PRIVATE_PEOPLE = frozenset(
    "man men woman women boy boys girl girls child children teenager teenagers youth mother mothers father "
    "fathers parent parents family families defector defectors refugee refugees migrant migrants student "
    "students resident residents villager villagers witness witnesses survivor survivors victim victims "
    "farmer farmers worker workers citizen citizens tourist tourists fan fans driver drivers shopkeeper "
    "people voter voters protester protesters activist activists".split()
)
# Who or what a source may be but cannot speak for itself.
NOT_SPEAKERS = frozenset("baby babies infant infants newborn newborns toddler toddlers dog dogs cat cats horse "
                         "horses animal animals pet pets foetus fetus".split())
# Descriptions of people that share a line of work with a title: "the top US diplomat" is the
# secretary of state or the foreign minister the article has named.
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"secretary", "minister", "ambassador", "envoy", "diplomat"}),
    "envoy": frozenset({"envoy", "ambassador", "diplomat"}),
    "leader": frozenset({"president", "prime", "premier", "leader", "chancellor", "king", "chairman", "head"}),
    "premier": frozenset({"prime", "premier"}),
    "official": frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary"}),
    "spokesman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
}
