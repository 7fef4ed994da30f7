"""Word lists the sentence splitter decides with: abbreviations, sentence starters, and the
capitalised words an abbreviation can modify.

Kept apart from the splitter's mechanics (``segment.py``) so that the lists can be read and
extended on their own; the tokenizer reads the abbreviation lists too.
"""

from __future__ import annotations

import re

__all__ = [
    "TITLES",
    "AMBIGUOUS_ABBREVIATIONS",
    "NUMBER_ABBREVIATIONS",
    "NEVER_FINAL",
    "TIME_ABBREVIATIONS",
    "STARTERS",
    "TITLE_STARTERS",
    "NOT_NAMES",
    "FRAGMENT_PREPOSITIONS",
    "REFERENCE_WORDS",
    "MODIFIED_NOUNS",
    "IRISH_COUNTIES",
    "TIME_FOLLOWERS",
    "PLACE_INITIALISMS",
    "SAINTS",
    "COMPANY_SUFFIXES",
    "COMPANY_FOLLOWERS",
    "INITIALISM",
    "is_abbreviation",
]


def _forms(words: str) -> frozenset[str]:
    """All case forms (lower, Title, UPPER) of space-separated words, for case-insensitive lists."""
    out: set[str] = set()
    for w in words.split():
        out.update((w, w.lower(), w[:1].upper() + w[1:].lower(), w.upper()))
    return frozenset(out)


# Titles and other prepositive abbreviations: they end a sentence only where the text shows them
# as the end of a name ("strongman Hun Sen. Hun Sen said"; segment.py decides that).
TITLES: frozenset[str] = _forms(
    "Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Sen Sens Rep Reps Gov Govs Lt Gen Gens "
    "Col Capt Cmdr Cdr Comdr Adm Maj Sgt Cpl Pvt Spc Rev Revs Hon Pres Supt Det Insp Atty Msgr "
    "Brig Amb Rt Fr Mt Ft Pt Vs Ald Ofc Dep Asst Supv Lieut Coun Const Cst "
    "Engr Smt"  # Nigerian and Indian courtesies ("Engr. Gbolahan Oki", "Smt. Rao"); not "Barr", a surname ("said Barr.")
) | frozenset({"v"})

US_STATES: frozenset[str] = frozenset(
    "Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo".split()
)
"""U.S. states as news style abbreviates them after a town ("Portland, Ore."); case-sensitive, their
lower-case forms are real words."""

# Abbreviations that may also end a sentence: split after them only on evidence from the next word.
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = _forms(
    "Inc Corp Co Cos Ltd Llc Plc Jr Sr Bros Dept Univ Assn Ave Blvd Rd Hwy Pkwy Sq St Ste "
    "etc al approx est Ph Esq Intl Natl Govt Mfg Ind"
) | frozenset(
    # Case-sensitive ones: months, days, U.S. states (their lower-case forms are real words).
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "ft lb lbs oz hr hrs min mins sec secs yr yrs mo mos wk wks cf ca".split()
) | US_STATES

# Abbreviations that are only abbreviations before a number ("No. 5", "pp. 10", "Sec. 12",
# "Rs. 500").
NUMBER_ABBREVIATIONS: frozenset[str] = _forms(
    "No Nos Nr Art pp Vol Vols Fig Figs Ch Ext Tel Para Op Sec Sect Rs"
)

# Latin abbreviations that introduce what follows ("e.g. Mr. Smith", "i.e. the budget"): they
# never end a sentence.
NEVER_FINAL: frozenset[str] = frozenset("e.g E.g E.G i.e I.e I.E viz cf Cf".split())

# Clock abbreviations: after a number they never modify the next word, so a capitalised word
# after "6 p.m." starts a sentence unless it continues the time ("6 p.m. Friday", "6 p.m. EST").
TIME_ABBREVIATIONS: frozenset[str] = frozenset("a.m p.m A.M P.M am pm AM PM".split())
TIME_FOLLOWERS: frozenset[str] = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri
    Sat Sun January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Eastern Central Mountain Pacific
    Atlantic Greenwich Local
    """.split()
)

# Initialisms of places, which end noun phrases (other capital initials are a person's: "C.S.
# Lewis"), and abbreviations that precede a name ("St. Louis", "Mt. Kenya") or end a street.
PLACE_INITIALISMS: frozenset[str] = frozenset(
    "U.S U.K U.N E.U U.S.A D.C N.Y L.A N.J N.C S.C N.H N.M N.D S.D R.I U.A.E U.S.S.R P.R".split()
)
SAINTS: frozenset[str] = frozenset("St Ste ST STE st Mt Ft".split())

# Suffixes that end a company's name ("United Technologies Corp."), and the capitalised words
# that may still follow one inside its sentence besides days, months and MODIFIED_NOUNS (read
# before these): other
# suffixes ("Co. Limited") and executive initialisms ("Acme Inc. CEO Jane Doe").
COMPANY_SUFFIXES: frozenset[str] = _forms("Inc Corp Corps Co Cos Ltd Plc Llc")
COMPANY_FOLLOWERS: frozenset[str] = (
    _forms("Ltd Limited Inc Incorporated Corp Corporation Co Company Llc Llp Lp Plc Ag Sa Nv Bv Gmbh Spa")
    | frozenset("CEO CFO COO CTO EVP SVP VP".split())
)

# Initialisms: single letters (or two, "Ph.D") joined by periods: U.S, a.m, e.g, U.S.A, D.C.
INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")

# Frequent sentence starters (function words, pronouns, wh-words, auxiliaries, discourse
# adverbs). After an ambiguous abbreviation, these signal a new sentence.
STARTERS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its He She They We You His Her Their Our My Your There
    Here But And Or So Yet Nor If When While Although Though Because Since After Before As At
    In On For Of With By From To During Under Over Among Amid Despite Without Within Until Unless
    Unlike Like According However Meanwhile Still Also Then Now Today Tonight Yesterday Tomorrow
    Last Next Earlier Later Instead Indeed Moreover Furthermore Nevertheless Nonetheless Thus
    Therefore Hence Otherwise Some Many Most Much More Few Several All Both Each Every Any No
    None Not Neither Either One Two Three Four Five Other Another Such What Which Who Whom Whose
    Why How Where Is Are Was Were Do Does Did Can Could Will Would Should Shall Might Must Has
    Have Had Let Please Yes Only Even Just Once Asked Is I Him Them Us Me
    """.split()
)
TITLE_STARTERS: frozenset[str] = frozenset("Mr Mrs Ms Messrs Dr Prof Sen Rep Gov Gen".split())
# Titles of an office that a country's initials modify ("U.S. Rep. Ilhan Omar", "U.S. Sen. …",
# "U.S. Gen. …"): after PLACE_INITIALISMS they continue the sentence.
OFFICE_TITLES: frozenset[str] = frozenset("Sen Rep Gov Gen".split())

# Starters that are never a name, so a title before them cannot be a title ("... Hun Sen. They
# ..."); pronouns that are also surnames (He, An, Her) are left out.
NOT_NAMES: frozenset[str] = frozenset(
    "The This That These Those They It Its Their There But And However Meanwhile We She".split()
)

# Sentence-initial prepositions of a time/place phrase ("At 5 a.m. Mr. Smith went ...").
FRAGMENT_PREPOSITIONS: frozenset[str] = frozenset(
    "At By Until Till Before After Around About Since From Shortly Early Late Starting In On".split()
)

# Words that take a number ("Section 2.", "for 1. above"), so that a number after them is a
# reference, not a list item.
REFERENCE_WORDS: frozenset[str] = frozenset(
    "section article chapter part rule step figure fig table page paragraph para vol volume no "
    "number level phase stage grade class division title clause schedule amendment game round week "
    "day year room act psalm verse book episode season lane gate platform route highway "
    "for in of to under see from with at by on per than".split()
)

# Capitalised words that an initialism or company abbreviation modifies ("U.S. Senate", "U.K.
# Treasury", "Acme Inc. Chairman"): a boundary is never read before them, even as plurals.
IRISH_COUNTIES: frozenset[str] = frozenset(
    "Antrim Armagh Carlow Cavan Clare Cork Derry Londonderry Donegal Down Dublin Fermanagh Galway Kerry Kildare "
    "Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone "
    "Waterford Westmeath Wexford Wicklow".split())
"""The island of Ireland's 32 counties (and Derry's other name): Irish papers write each after "Co" or "Co."
("Nenagh, Co. Tipperary, said"), the county's abbreviation, not a company's, and no sentence's end."""

MODIFIED_NOUNS: frozenset[str] = frozenset(
    """
    Senate Senator Senators House Congress Congressman Congresswoman Representative
    Representatives Army Navy Air Marine Marines Coast Guard Forces Force Government
    Administration Embassy Embassies Consulate Department Treasury Treasuries State Supreme Court
    Courts District Attorney Attorneys Ambassador President Vice Secretary Commerce Justice
    Defense Defence Agriculture Energy Postal Census Border Customs Federal National Central
    Special Open Olympic Olympics Soccer Chamber Commission Council Agency Bureau Office Ministry
    Minister Mission Command Forest Geological Trade Airways Airlines Steel Bancorp News Democrats
    Republicans Chief Chairman Chairwoman Director Executive Inc Corp Co Ltd Holdings Group
    Industries Securities Bank Banks Capital Partners Services Systems Technologies Communications
    Motors Foods Health Insurance Stores Entertainment Pictures Records Studios Games League
    Championships Series Cup Team Party Parliament Cabinet Intelligence Security Times Post
    Journal Tribune Herald Daily Day Avenue Boulevard Street Road Drive Highway High School Park
    Center Centre Memorial Hospital Airport Bridge Library Museum Stadium Arena Hall Square County
    University College Institute Foundation Prize Award Virgin Marshals Capitol
    """.split()
)


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its final period) is an abbreviation we know or an initialism."""
    return (
        word in TITLES
        or word in AMBIGUOUS_ABBREVIATIONS
        or word in NUMBER_ABBREVIATIONS
        or word in NEVER_FINAL
        or INITIALISM.fullmatch(word) is not None
        or (len(word) == 1 and word.isalpha())
    )
