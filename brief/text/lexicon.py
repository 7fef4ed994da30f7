"""English word lists that several parts of brief share: verb forms and the titles of people.

One place, so that a word added for one reader of a list is added for all, and the lists that
differ on purpose say why side by side. Kept under ``brief/text`` because the article cache
fingerprints that package's code: a change here makes stale readings misses (brief.cache).
Lists a trained model depends on (``TITLES`` in the tagger's features, ``IRREGULAR_VERBS`` in
``cues.lemma``) change only with a retraining.
"""

from __future__ import annotations

import re

# -- words that cannot end a clause -------------------------------------------------------------

DANGLING_WORDS = frozenset("the a an of in on at to by for from with and but or as".split())
"""Articles, prepositions and conjunctions: one right before a comma or a stop ("but , notably",
"said in a .") is a hole where a page's link text was dropped (brief.ingest.html,
brief.summarize.cohesion)."""

# -- verbs ---------------------------------------------------------------------------------------

BE_FORMS = frozenset("is are was were be been being".split())
HAVE_FORMS = frozenset("has have had".split())
DO_FORMS = frozenset("do does did".split())
MODAL_VERBS = frozenset("will would shall should can could may might must".split())
"""The modal auxiliaries, uncontracted."""
AUXILIARY_VERBS = BE_FORMS | HAVE_FORMS | DO_FORMS | MODAL_VERBS
"""Every uncontracted auxiliary: the forms of be, have and do, and the modals."""
ADVERB_LY = re.compile(r"[a-z]{3,}ly")
"""A lower-case word of five letters or more ending in "ly", read as an adverb where a cue or a
source is read past its adverbs ("has been harshly criticized", "repeatedly calling for"); a few
other words match too ("family", "reply"), as they did in each reader's own copy before."""
IRREGULAR_PARTICIPLES = frozenset("shown known seen given taken written spoken chosen drawn thrown told said heard".split())
"""Past participles that do not end in "-ed" and follow "be" as a passive ("was told", "were all shown")."""
COMPARATIVE_TIMES = frozenset({"earlier", "later"})
"""Comparatives of time that stand as adverbs before a verb ("Ms Ray earlier told the BBC", "later said"): no
adjective heading a cue, though the dictionary knows no verb or noun in them."""

IRREGULAR_VERBS: dict[str, str] = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "thought": "think", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "felt": "feel", "spoke": "speak", "spoken": "speak", "sought": "seek", "made": "make",
    "gave": "give", "given": "give", "took": "take", "taken": "take", "found": "find",
    "held": "hold", "meant": "mean", "swore": "swear", "sworn": "swear", "forbade": "forbid",
    "bought": "buy", "brought": "bring", "led": "lead", "read": "read", "heard": "hear",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "has": "have", "had": "have",
    "does": "do", "did": "do", "done": "do", "went": "go", "gone": "go",
}
"""Inflected forms of the irregular verbs of reporting (and be, have, do, go) and their base form:
``cues.lemma`` reads it first, so the attribution model's weights depend on it."""

# -- titles of people ----------------------------------------------------------------------------

# Words that introduce or describe a person (title before a name, role after it).
TITLES: frozenset[str] = frozenset({
    "president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
    "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "pope",
    "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "general",
    "gen.", "gen", "colonel", "col.", "major", "maj.", "lieutenant", "lt.", "captain",
    "capt.", "admiral", "adm.", "sergeant", "sgt.", "commander", "chief", "marshal",
    "governor", "gov.", "senator", "sen.", "representative", "rep.", "congressman",
    "congresswoman", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "official", "officials", "ministers", "leader",
    "chairman", "chairwoman", "chair", "director", "ceo", "judge", "justice",
    "attorney", "prosecutor", "lawyer", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "dr", "dr.", "prof.", "professor", "sir", "dame", "lord", "lady", "coach",
    "striker", "midfielder", "defender", "goalkeeper", "manager",
    "analyst", "economist", "negotiator", "diplomat", "deputy", "foreign",
    "defence", "defense", "interior", "finance", "state", "president-elect",
    "speaker", "commissioner", "councillor", "councilor", "mp", "lawmaker",
    "opposition", "rebel", "militant",
})
"""The tagger's gazetteer of title and role words (its features, so its weights, depend on it)."""

# Multi-word titles worth matching as a unit.
MULTIWORD_TITLES: tuple[str, ...] = (
    "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
    "Finance Minister", "Interior Minister", "Secretary of State", "Secretary-General",
    "Secretary General", "Vice President", "Deputy Prime Minister", "White House",
)

# Titles that stand right before a person's name, and nothing else's.
PERSON_TITLES = frozenset(
    "president vice-president minister secretary chancellor premier king queen prince princess sheikh "
    "emir sultan pope cardinal archbishop bishop rabbi imam ayatollah general gen colonel col major maj "
    "lieutenant lt captain capt admiral adm sergeant sgt commander marshal governor gov senator sen "
    "representative rep congressman congresswoman mayor ambassador envoy spokesman spokeswoman "
    "spokesperson chairman chairwoman director judge justice prosecutor mr mrs ms dr prof professor "
    "sir dame lord lady coach president-elect speaker commissioner lawyer attorney barrister solicitor sheriff "
    "treasurer pastor councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman "
    "alderwoman alderperson selectman selectwoman supervisor delegate registrar coroner td mla msp mep "
    "taoiseach tánaiste tanaiste".split()  # Ireland's head of government and deputy: "the Taoiseach said"
)

# Titles and courtesies that may be written inside a person's name ("Supt Peters", "Tanaiste Leo
# Varadkar", "Prof Steve West"), beyond the tagger's gazetteer (which its weights depend on).
TITLE_WORDS = frozenset(
    "supt superintendent insp inspector det detective constable const cst pc dc ds di dci cllr coun councillor councilor cpl "
    "corporal pte private sgt sergeant lt col gen maj capt cmdr adm gov sen rep dr prof hon honourable "
    "honorable rev reverend fr father tanaiste tánaiste taoiseach minister premier president senator mayor judge sheriff "
    "treasurer councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman "
    "alderwoman alderperson ald selectman selectwoman supervisor delegate justice sp asp dsp csp ssp acp dcp igp "
    "ceo cfo cto coo barrister candidate nominee registrar coroner td mla msp mep "
    "brigadier commodore brig magistrate adv advocate".split()  # ranks the gazetteer lacks, written alone before a name ("Brigadier Saif Al Ali", "Brig. Gen. Ali Hadad")
) | frozenset("cr ch ci dcs dsi trustee".split())
"""With the forms local papers write: Australia's and New Zealand's councillor ("Mayor Cr Lena Goss", "Cr Tom Haigh"),
British police ranks abbreviated ("Det Ch Supt Owen Pike", "PSNI commander CI Ray Toal", "DCS Ann Lee") and the
school board's trustee ("Trustee Amy Kessler"), and southern Africa's advocate, a barrister ("Adv Lerato Mokoena",
"Advocate Lerato Mokoena")."""
# Written before a name only as titles: stripped from any name, whatever kind the tagger gave
# ("Dr Etienne" tagged an organisation is the person Etienne). Full words such as "General" stay in
# organisation names ("General Motors").
ABBREVIATED_TITLES = frozenset(
    "supt insp det const cst cllr coun cpl pte sgt lt col gen maj capt cmdr adm gov sen rep dr prof hon rev fr "
    "sp asp dsp csp ssp acp dcp igp adv".split()  # police ranks of India, Pakistan and Nigeria ("DSP Rajesh Kumar")
) | frozenset("di dci brig".split())  # "DI Corrie" tagged a body alone; not "CI", "CH" or "DCS", which open firms' names
# ("CI Financial", "CH Robinson", "DCS Group") and are cut as titles only by their place (``TITLE_WORDS``)
HONORIFIC_NAMES = frozenset("honourable honorable hon excellency".split())
"""Forms of address that stand for a person's title, not a role."""

# Job titles of a source written after its name or organisation ("Department of Correction
# spokesman Jason Kersten"): the words an inverted source ("..., said X spokesman Y") may hold.
SOURCE_TITLES = frozenset(
    "spokesman spokeswoman spokesperson minister secretary director chairman chairwoman chair president "
    "official officer commissioner chief superintendent inspector sergeant detective professor lawyer "
    "attorney manager executive leader mayor governor senator councillor member founder head".split()
)

# The full word each abbreviated title stands for: "Sen. Ada Quinn" is "the senator" after.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "cmdr": "commander", "adm": "admiral", "sgt": "sergeant",
    "supt": "superintendent", "insp": "inspector", "det": "detective", "const": "constable", "cst": "constable", "cllr": "councillor", "coun": "councillor", "cpl": "corporal",
    "prof": "professor", "rev": "reverend", "pres": "president", "atty": "attorney",
    "ald": "alderman", "brig": "brigadier", "adv": "advocate",
}
