"""The last words that end a body's name and no person's: "Paintbucket Games", "Harlow Athletic", "Norvex Steel".

Why a module of its own: the tagger reads an unknown two-word name ("Kiyama Semiconductor", "Melbury
Theatre") by its shape, which is a person's; the last word says otherwise: a trade, a sports club's ending
or a venue names a body. The rule reads that one word, never a list of names, so it holds for firms and
clubs no page has named before.
"""

from __future__ import annotations

from brief.actors.airline_names import airline_name
from brief.actors.gender import first_names

# Last words no person's name ends with: "Paintbucket Games" is a studio, whatever the tagger thought;
# "Awards" ends an event's name, which is no person either.
ORGANIZATION_ENDINGS = frozenset(
    "Games Studios Studio Entertainment Media Lab Labs Laboratory Laboratories Nutrition Software Systems Technologies Pictures Records Films "
    "Networks Group Inc Ltd Corp LLC Company Partners Associates Holdings Industries Motor Motors Airlines Airways "
    "Foundation Institute University College School Hospital Council Committee Party Union Association "
    "Agency Ministry Department Bank Club Society Commission Authority Police "
    "Interactive Robotics Foundry Productions Aerospace Pharmaceuticals Therapeutics Biosciences Solutions "
    "Ventures Communications Electronics Theater Theatre Brotherhood Awards Center Centre "
    "Computing Research Analytics Consulting Securities Investments Insurance Logistics Semiconductor "
    "Semiconductors Telecom Telecommunications Pharma Microsystems Bancorp Capital Bros Plc PLC Limited LLP GmbH "
    "Grid Railway Railways Rail Lines Trust Energy Utilities Federation Alliance Coalition League Fund Museum Bureau "
    "Board Services Corporation Cooperative Exchange Tribunal Homes Developments Estates Properties Living "
    "Resources Mining Minerals Metals Petroleum Chemicals Management Advisors Advisers Brands Foods Buses Shipping "
    "Inns Taverns Pubs Hotels Resorts Breweries Brewery Distillery Restaurants Stores Supermarkets Retail "
    "AI".split()
)
# Last words of a body's channel, paper or team ("Disney Channel", "the Yamhill Valley News-Register",
# read by its last part, "Charger Hockey"): no person's name ends so either, but the body's first word
# alone is the parent ("Disney"), not this part of it. Not "Post", "Times", "Star", "Sun", "Mirror" or
# "Observer": surnames as often.
OUTLET_OR_TEAM_ENDINGS = frozenset(
    "Channel Network News Herald Tribune Gazette Journal Chronicle Courier Inquirer Dispatch Register Examiner "
    "Hockey Football Basketball Baseball Soccer Lacrosse Rugby Volleyball Softball".split()
)


# Plural nouns for people that end a group's name, a band's or a duo's ("Marine Girls", "Beastie Boys",
# "Chemical Brothers", "Kings of Leon" aside): one person's name never ends with a plural of people.
GROUP_PLURALS = frozenset("Girls Boys Brothers Sisters Kings Queens Sons Daughters Men Women Ladies Lads Kids "
                          "Twins".split()) | frozenset(
    # a plural of a trade or a standing ends a body's or a movement's name ("Sahara Reporters", "Concerned
    # Citizens"); not the plurals that are surnames too ("Sellers", "Masters", "Fields")
    "Reporters Journalists Workers Farmers Teachers Nurses Doctors Lawyers Engineers Students Parents Citizens "
    "Residents Veterans Volunteers Activists Advocates Scientists Soldiers Miners Drivers Traders Investors "
    "Taxpayers Voters Survivors Mothers Fathers Families Neighbours Neighbors".split())


# Trades, sports clubs' endings and venues that end a body's name and are no surname: "Harlow Athletic",
# "Ashby Rovers", "Corran Mining", "Kelby Arena"; and a survey, a body's or its publication ("the Steam Survey"). Kept out of ORGANIZATION_ENDINGS, which other rules read as
# the head of an institution ("the Stadium" is no body of its own).
TRADE_CLUB_VENUE_ENDINGS = frozenset(
    "Athletic Rovers Wanderers Albion Hotspur Rangers Mining Minerals Metals Chemicals Petroleum Petrochemicals "
    "Foods Beverages Brewery Breweries Brewing Distillery Distilleries Automotive Shipping Textiles Construction "
    "Engineering Properties Realty Hotels Resorts Casino Retail Supermarkets Farms Dairies Bakeries Pharmacy "
    "Airport Stadium Arena Gallery Cinema Cinemas Playhouse Opera Ballet Orchestra Philharmonic Steelworks "
    "Cement Fertilisers Fertilizers Plastics Paper Oil Gas Survey Telco Telecoms".split()) | frozenset(
    # transport operators ("Hallam Coaches", "Skerry Ferries", "Tarrow Haulage"), as "Buses" and "Airlines" are
    "Coaches Coachlines Ferries Trains Cruises Transport Transit Travel Taxis Haulage Freight Aviation".split()) | frozenset(
    # broadcasters and publishers ("Coastline Broadcasting", "Harrow Publishing"), as "Media" and "Pictures" are
    "Broadcasting Broadcasters Publishing Publishers Television".split())
# Trades that are surnames too ("David Steel", "Samantha Power", "John Mills"): a body's ending only after a
# first word that is no known given name ("Norvex Steel", "Tarrow Mills").
TRADE_SURNAMES = frozenset("Steel Mills Glass Power Water".split())
_ENDINGS = ORGANIZATION_ENDINGS | OUTLET_OR_TEAM_ENDINGS | GROUP_PLURALS | TRADE_CLUB_VENUE_ENDINGS


COMPANY_FORMS_FIRST = frozenset("PT PJSC JSC OAO OOO PAO".split())
"""A company's legal form written before its name, case-sensitive: Indonesia's "PT" ("PT Wijaya Karya", "PT Adhi
Karya"), Russia's and the Gulf's joint-stock forms ("PJSC Aeroflot"). Not "CV", also a person's initials."""


def organization_ending(name: str) -> bool:
    """ "Paintbucket Games", "Yamhill Valley News-Register", "Marine Girls", "Harlow Athletic": a name of several
    words whose last word, or its last hyphenated part, ends a body's or a group's name; "Norvex Steel" but not
    "David Steel", whose first word is a given name."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if airline_name(words) or words[0] in COMPANY_FORMS_FIRST:
        return True  # "Aer Lingus", "Norse Air": a carrier (airline_names); "PT Wijaya Karya": a company
    if last in TRADE_SURNAMES:
        return words[0] not in first_names()
    return last in _ENDINGS or last.rsplit("-", 1)[-1] in _ENDINGS


def plural_ending_alone(words: list[str]) -> bool:
    """ "Games usually seek to ...": one capitalised word that ends bodies' names in the plural ("Games",
    "Studios", "Records") names the things at a sentence's start, no person (and no one body: the text writes a
    body's whole name, "Paintbucket Games")."""
    return len(words) == 1 and words[0].endswith("s") and words[0] in _ENDINGS


_CLAUSE_OPENERS = frozenset("despite after before during while although though however meanwhile since unlike like "
                            "when if but and or so yet then also still on in at by from with for to".split())


def ending_alone_left(words: list[str]) -> bool:
    """ "Rocket Lab said" in a story about "the rocket": cutting the capitalised common word that opens the
    sentence would leave a body's ending alone ("Lab"), which is never a whole name; the word is the name's first.
    Not a word that opens a clause ("Despite Acme Labs")."""
    return (len(words) == 2 and words[1] in ORGANIZATION_ENDINGS | TRADE_CLUB_VENUE_ENDINGS
            and words[0].lower() not in _CLAUSE_OPENERS)
