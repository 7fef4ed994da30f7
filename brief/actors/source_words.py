"""The words by which a source is written when it is not a name: pronouns, the nouns that refer back
to a body or a place, people who speak for themselves, and lines of work that share a title.

Why a module of their own: brief.actors.positions resolves sources with them and
brief.actors.speakers follows unnamed speakers with them; lists are data, kept apart from rules.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import ORG_WORDS, TITLES

BODY_VOICES = "spokesperson|spokesman|spokeswoman|spokespeople|official|officials|source|sources|representative"
"""Nouns of those who speak for the body named before them ("a Government spokesperson", "a Downing Street
source"), as a regular expression's alternatives."""

GROUP = "group"
"""The kind of an actor that is people described, not named, who speak together ("the loggers",
"Tory MPs", "residents"): their words are theirs, not the last person's named near them."""
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
    "academics strategist strategists professor professors doctor doctors physician physicians epidemiologist epidemiologists virologist "
    "virologists historian historians scholar scholars commentator commentators lawyer lawyers forecaster forecasters "
    "meteorologist meteorologists pollster pollsters".split()
) | frozenset(
    "astronomer astronomers astrophysicist astrophysicists physicist physicists chemist chemists biologist biologists "
    "geologist geologists geneticist geneticists ecologist ecologists neuroscientist neuroscientists psychologist "
    "psychologists sociologist sociologists anthropologist anthropologists archaeologist archaeologists "
    "paleontologist paleontologists climatologist climatologists oceanographer oceanographers seismologist "
    "seismologists volcanologist volcanologists mathematician mathematicians".split()
)
"""People who speak for themselves, not for a state: "a top US public health expert" is not the
United States speaking, as "US officials" are. Scientists named by their field count as scientists do
("astronomers at the University of Padova", "British physicists"): the body or country they work in
does not speak through their findings."""
PRIVATE_PEOPLE = frozenset(
    "man men woman women boy boys girl girls child children teenager teenagers youth mother mothers father "
    "fathers parent parents family families defector defectors refugee refugees migrant migrants student "
    "students resident residents villager villagers witness witnesses survivor survivors victim victims "
    "farmer farmers worker workers citizen citizens tourist tourists fan fans driver drivers shopkeeper "
    "people voter voters protester protesters activist activists campaigner campaigners demonstrator demonstrators "
    "neighbour neighbours neighbor neighbors shopper shoppers commuter commuters passenger passengers motorist motorists "
    "pedestrian pedestrians tenant tenants homeowner homeowners customer customers parishioner parishioners".split()
)
LINES_OF_WORK = frozenset("nurse midwife medic paramedic surgeon pilot clerk chef cop guard priest pastor nun monk "
                   "diplomat coach".split())
"""Lines of work whose plural no people-shaped ending marks ("nurses", "pilots", "surgeons", "coaches"): "One nurse,
who asked not to be named, said" describes one person, whom the "she said" after goes on with."""


def line_of_work_plural(lower: str) -> bool:
    """ "nurses", "coaches": the plural of a line of work, with "-s" or, after a sibilant, "-es"."""
    return lower.endswith("s") and (lower[:-1] in LINES_OF_WORK or lower.endswith("es") and lower[:-2] in LINES_OF_WORK)
FORCES = frozenset("police policemen troops soldiers rescuers firefighters prosecutors investigators detectives "
                   "officers medics paramedics guards".split())
"""Bodies of people that speak for themselves wherever they serve: "Police in northeastern China's
Jilin province said" is the police, not China nor Jilin (officials of a place speak for it)."""
PRINTED_OUTLETS = frozenset("newspaper newspapers paper daily tabloid magazine weekly".split())
"""A paper speaks for itself: "a Thai newspaper reported" is not Thailand (a state's television or
news agency may speak for it, so broadcasters are not here)."""
KIN = frozenset("family families relatives parents children son sons daughter daughters wife husband widow "
                "mother father brother sister brothers sisters friends neighbours neighbors".split())
"""Someone's kin speak for themselves: "Pinochet's family issued a statement" is not Pinochet."""
RELATIVES = frozenset("mother father wife husband son daughter brother sister widow aunt uncle cousin grandmother "
                      "grandfather partner girlfriend boyfriend fiance fiancé fiancee fiancée ex-boyfriend ex-girlfriend "
                      "ex-partner co-star castmate bandmate co-host".split())
"""One person named as someone's relative, partner or fellow performer ("her mother, Cynthia Germanotta", "Stevens'
mother, Janet", "her co-star Ada Quinn"): read by referring (whom a description passes over: the story is about
the one whose co-star she is) and inverted (who speaks, not the possessor)."""
# Who or what a source may be but cannot speak for itself.
NOT_SPEAKERS = frozenset("baby babies infant infants newborn newborns toddler toddlers dog dogs cat cats horse "
                         "horses animal animals pet pets foetus fetus".split())
# Descriptions of people that share a line of work with a title: "the top US diplomat" is the
# secretary of state or the foreign minister the article has named.
DIPLOMATIC_WORDS = frozenset("foreign ambassador envoy diplomat diplomatic consul external".split())
"""Words of a role in a country's dealings with others ("Foreign Ministry Spokeswoman", "Ambassador"): "the
diplomat" goes back to such a role, not to any minister ("Defence Minister", named before, is none)."""


def diplomatic_role(role: set[str]) -> bool:
    """Whether a role's words are a diplomat's: a foreign-affairs word, or a Secretary of State for no portfolio
    (the American foreign minister; Britain's "Secretary of State for Health" is none)."""
    return bool(role & DIPLOMATIC_WORDS) or {"secretary", "state"} <= role and "for" not in role


ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"secretary", "minister", "ambassador", "envoy", "diplomat"}),
    "envoy": frozenset({"envoy", "ambassador", "diplomat"}),
    "leader": frozenset({"president", "prime", "premier", "leader", "chancellor", "king", "chairman", "head"}),
    "premier": frozenset({"prime", "premier"}),
    "official": frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary"}),
    "spokesman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "detective": frozenset({"detective", "inspector", "sergeant", "constable", "superintendent"}),
    "doctor": frozenset({"doctor", "dr", "dr."}),
    "sheriff": frozenset({"sheriff"}),  # titles the tagger's gazetteer lacks ("Sheriff Tom Reilly ... the sheriff")
    "treasurer": frozenset({"treasurer"}),
    # "the Rovers boss" after "Doncaster Rovers manager Grant McCann"; "the Acme boss" after its chief executive
    "boss": frozenset({"boss", "manager", "coach", "chief", "head", "executive", "chairman", "chairwoman", "owner"}),
    # "the director-general said", "said the agency head" after "Director-General Samira Odhiambo-Kell": a world
    # body's head, named so again in health and science news
    "director-general": frozenset({"director", "general", "chief", "head"}),
    "head": frozenset({"head", "chief", "director", "general", "chairman", "chairwoman", "president"}),
}
MEMBER_HEADS = frozenset("mp mep msp mla td senator congressman congresswoman councillor councilor lawmaker "
                         "legislator assemblyman assemblywoman peer".split())
"""Heads of one member of a body ("the Labour MP", "the Republican senator"): a person who speaks for
themselves, not for the party or chamber the words before the head name."""
# Last words of a body's name, and the heads of phrases a name speaks through.
BODY_WORDS = ORG_WORDS | frozenset("hospital clinic school college department police service trust operator "
                                  "institution centre center airport directorate inspectorate secretariat tribunal bureau".split())
"""Last words of a body's name: "the Red Cross Kobe Hospital" employs officials, though the tagger
may type it a place; "Corran Bay Airport", a place where a jet skidded, speaks as "the airport"; "the
Enforcement Directorate" is no army a later "the army" refers back to."""
SPEAKING_HEADS = (BODY_WORDS | ORG_NOUNS | PLACE_NOUNS | PRIVATE_PEOPLE | EXPERTS | frozenset(ROLE_FAMILIES)
                  | frozenset("team teams side delegation negotiators officials official spokesperson spokesman "
                              "spokeswoman spokespeople representative representatives source sources leadership "
                              "leaders leader forces troops police authorities people itself themselves himself herself "
                              "navy force coastguard marines "  # "the Philippine navy", "air force"
                              "countries states nations members governments attorneys lawyers report reports "
                              "statement statements study survey analysis figures data letter ruling memo "
                              "executive executives aide aides advisers staff officers commanders diplomats "
                              "ministers lawmakers legislators communications".split()))  # "the firm's corporate communications said": the firm
"""Head nouns that a name before them speaks through ("the Hamas movement", "Israeli officials", "the
Israeli negotiating team", "a Chilean government report"); a name before any other head ("the
Albert Quay spot") only describes it."""
STATE_VOICES = frozenset(
    "official officials spokesman spokeswoman spokesperson spokespeople representative representatives minister "
    "ministers secretary president president-elect vice premier prime chancellor leader king queen prince princess "
    "emir sultan sheikh ayatollah governor gov. mayor commissioner councillor councilor congressman congresswoman "
    "senator sen. rep. lawmaker lawmakers mp speaker ambassador envoy diplomat diplomats negotiator foreign defence "
    "defense finance interior state deputy chief director general gen gen. adm. admiral commander colonel col. captain "
    "capt. lieutenant lt. major maj. marshal sergeant sgt. opposition".split()
)
"""Titles of those who speak for a place's state (its government, parliament, diplomacy or forces):
"US officials", "China's ambassador", "the Texas governor" speak for the place written before them."""
SELF_SPEAKING = PRIVATE_PEOPLE | EXPERTS | (TITLES - STATE_VOICES)
"""Heads of people who speak for themselves, not for the place that describes them: private people,
experts and every title that is no state's voice ("a California judge", "a Chicago lawyer", "a
Manchester imam", "a Texas professor"): the place only says where they are."""
OWN_BODIES = frozenset("authority agency commission court tribunal hospital clinic university college school "
                        "institute police".split())
"""Heads of bodies that speak for themselves, not for the state a demonym or place before them names:
"the Indonesian search authority", "a Texas court", "the Wuhan health commission" have their own
remit and voice. A government, ministry, department, military, embassy or "the authorities" speak for
the state ("the French foreign ministry said" is France), so they are not here."""
OUTSIDERS = frozenset("investor investors shareholder shareholders partner partners customer customers client "
                       "clients user users rival rivals competitor competitors critic critics opponent opponents "
                       "creditor creditors supplier suppliers ally allies supporter supporters backer backers "
                       "loyalist loyalists admirer admirers detractor detractors".split())
"""People who stand outside the body or person that describes them: they deal with it or judge it,
and speak about it, not for it ("Google's investors ignored", "Apple's media partners considered",
"critics of the studio's films have said"); its staff, lawyers or spokespeople speak for it. Allies
and supporters side with a person or state but are not it ("Hale's allies argue", "Kyiv's allies
said"): they speak for themselves, as critics do."""
TIME_WORDS = frozenset("last night yesterday today tonight morning afternoon evening week weekend month year "
                       "monday tuesday wednesday thursday friday saturday sunday long".split())
"""Words that say when, not who: "West Mercia Police last night said", "Turkey long has accused"."""
TRADE_NOUNS = frozenset("airline carrier automaker carmaker manufacturer maker retailer insurer lender "
                        "broadcaster publisher studio startup chipmaker drugmaker brewer developer "
                        "conglomerate supermarket telco miner brokerage streamer planemaker utility".split())
"""What a text calls a company it has named by the trade it is in ("the airline said", "The German
automaker ... says", "the telco", "the utility" of power or water): that company speaks, as for "the company"; the country that
describes it ("German") does not."""
TRADE_HEADS = frozenset("giant major chain platform".split())
"""Heads that name a company only after a word of its trade ("the tech giant", "the IT major" in Indian
business news, "the supermarket chain", "the social media platform"): alone, "the giant" may be a
whale and "the platform" a station's; as a source with its trade, the company, as a trade noun is."""

CLUB_NOUNS = frozenset({"club", "team"})
"""What a sports page calls the club it follows, whose name seldom says so ("Harlow Rovers", then
"the club said"): the one body the story names, or names far more than any other."""

ADVERSARY_TITLES = frozenset("judge justice prosecutor lawyer attorney barrister solicitor coach manager".split())
"""Titles of one who stands across from the person just quoted (the defendant's judge, the player's
coach): never the last speaker by default."""
ONE_SPEAKING = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")
"""A quotation in the first person singular: its speaker is one person, whatever pronoun stands for them."""
