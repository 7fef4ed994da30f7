"""The title or description a text writes beside a person's name: "US Secretary of State Antony
Blinken", "Sami Abu Zuhri, a senior Hamas official". Read from the tokens around a name, so the
role is the text's own words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors import kinds, paired_title_names
from brief.actors.callings import CALLINGS
from brief.actors.courtesies import courtesy_at, malay_courtesy_before
from brief.actors.fielded_callings import fielded_calling, office_of_field
from brief.actors.gazetteer import MONTHS_DAYS, TITLES
from brief.actors.gender import given_names
from brief.actors.gerund_objects import gerund_before_title, participle_aside
from brief.actors.hyphened_titles import hyphened_title
from brief.actors.job_nouns import AT_BODY, AUTHORSHIPS, STANDINGS, job_at_body, job_noun
from brief.actors.joined_titles import title_head
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.actors.plural_subjects import plural_subject
from brief.actors.portfolio_holders import portfolio_after_office
from brief.actors.role_bounds import CLAUSE_CONJUNCTIONS, description_end
from brief.actors.role_others import others_before
from brief.actors.summary_appositives import SUMMARY_NOUNS
from brief.actors.title_links import (
    FOR_PORTFOLIO_HEADS,
    MAX_FOR_FIELD_WORDS,
    SENEDD_MEMBER,
    bracketed_qualifier,
    for_portfolio_words,
    lower_field_on,
    lower_party_owner,
    ministry_field,
    on_portfolio_words,
    plural_owner_mark,
    portfolio_on,
    portfolio_word,
    seat_in,
    short_form_before,
    title_reach,
)
from brief.actors.voice_roles import audience_before, serves_for, voice_before
from brief.actors.written_ranks import clipped_rank, written_rank
from brief.text.language import stop_words

if TYPE_CHECKING:
    from brief.actors.mentions import Token

# Words that may stand inside a role next to the title words of the gazetteer.
ROLE_MODIFIERS = frozenset(
    "senior top former deputy acting interim shadow chief foreign defence defense interior finance "
    "national regional local general executive political military supreme assistant associate adjunct presidential "
    "vice-presidential mayoral gubernatorial parliamentary retired".split()
)
DETERMINERS = frozenset({"the", "a", "an"})
# Words that open a sentence or clause with a capital: never the first word of a name or role.
SENTENCE_OPENERS = frozenset(
    "following despite citing according after before during while although though however meanwhile "
    "later earlier under amid since unlike like as when if but and or so yet then thus also still "
    "on in at by from with for to".split()
)
QUESTION_OPENERS = frozenset("does did is was are were has have had would could should shall must might".split())
"""Auxiliaries that open a question with a capital ("Does DC Comics president Geoff Johns ...?", an
interviewer's question): no word of the title after them. Not "will", "can", "may" or "do", which
are given names or months as well (Will Smith, Do Kwon)."""
TIME_WORDS = MONTHS_DAYS | frozenset("yesterday today tonight tomorrow".split())
"""Words that say when: "On Monday Prime Minister Ada Quinn said" gives her the title, not the day
before it, whatever the capitals ("Yesterday Finance Minister ...", "In March Defence Secretary ...")."""

ADDRESS_TITLES = frozenset("cllr cr dr prof professor rev fr sen rep barrister atty sheikh sheik prince princess".split())
"""Abbreviated titles written as a form of address right before a name, after the office it goes
with ("Council leader Cllr Joanne Bix", "Health Minister Dr Ada Quinn", "Prime Minister Sheikh Mohammed",
"Energy Minister Prince Faisal bin Saud", the Philippine lawyer's "Her spokesperson, Atty. X,"): the
office is the role; alone
("Cllr Bix", "Sen. Quinn") they are the role still. Not ranks ("Chief Supt", "Det Insp"), whose
abbreviation is the office's own last word. "Professor" written out is the same address as "Prof": the job
after the name says more ("Professor Ian Hale, a neurologist at ...")."""

# Courtesies before a name: not a role ("Mr. Ecevit"); with those of West African and South Asian papers ("Alhaji Musa
# Bello", "Shri Ram Nath", "Smt. Anita Rao"), which write one before nearly every name, and the unionist's or party
# official's "Comrade" ("TUC President, Comrade Festus Osifo,"), and the Gulf's style of royals and ministers ("His
# Highness Sheikh Saif bin Ali, Ruler of Ajman,": his role is the ruler's, "His Excellency", "Sayyid").
HONORIFICS = frozenset("mr mrs ms miss mx sir dame madam madame monsieur alhaji alhaja hajia mallam malam shri sri "
                       "smt shrimati comrade comr highness majesty excellency hrh sayyid".split())


_STYLES = frozenset("highness majesty excellency hrh honour honor worship lordship ladyship".split())  # styles before a title ("His Honour Judge X"), never a role's words
ROLE_TITLES = TITLES | kinds.TITLE_WORDS - kinds.HONORIFIC_NAMES
RANKS_BEFORE_NAMES = frozenset("col gen lt maj capt cpt sgt cpl brig cmdr adm pvt ci".split())
"""A rank's abbreviation written before a name after the office it holds ("AFP spokesperson Col. Ana Reyes"): the
office is the role, as with a form of address."""
RANK_PARTS = frozenset("chief deputy assistant det detective".split())
"""Words that open a rank whose abbreviation follows them ("Chief Supt.", "Det. Insp."): the rank is the role."""
NAME_PARTICLES = frozenset("del de la di da do dos das".split())
"""Lower-case particles inside a capitalised place's or body's name before a title ("Lanao del Sur Gov. X")."""

TITLE_MODIFIERS = frozenset("state foreign finance defence defense interior opposition prime vice".split())
"""Words of the titles list that only modify a title ("State Sen.", "Foreign Secretary", "Prime Minister"): they end
no role ("State Sen. X" is no "State"), and after "the" they head no description of a person ("the state said", "the
foreign office", "the opposition")."""


def _is_role_word(token: Token) -> bool:
    return is_role_word(token.text)


def is_role_word(word: str) -> bool:
    """A title ("premier", "governor") or a word that stands inside one ("deputy", "acting")."""
    lower = word.lower()
    return lower in ROLE_TITLES or lower in ROLE_MODIFIERS


def read_role(text: str, sent: list[Token], a: int, b: int) -> str:
    """The title or description the text puts right before or after a person's name."""
    words = [] if _clause_closed_before(sent, a, b) else _role_before(sent, a)
    if all(w.text.lower().rstrip(".") in ADDRESS_TITLES | HONORIFICS | RANKS_BEFORE_NAMES | AUTHORSHIPS for w in words):
        # a courtesy no title list holds ("Alhaji") gives no words at all: skipped as those it holds ("Mr.") are
        skip = len(words) or _courtesies_before(sent, a)
        words = (_role_after(sent, b)  # "Dr Amy Clarke, a senior dietitian at the charity": the job, not "Dr"
                 or (_role_before(sent, a - skip) if skip and not audience_before(sent, a - skip) else []) or voice_before(sent, a - skip)  # "its president, Dr Amy Clarke,", "its spokesman, Mr. X,"
                 or words)  # "a spokesman for the Malian army, Col. Ali Sako,": the voice, not the rank
    while (len(words) > 1 and words[-1].text.lower().rstrip(".") in ADDRESS_TITLES | RANKS_BEFORE_NAMES
           and words[-1] is sent[a - 1]  # not "Brannigan's barrister, Nicola Reed,": a title set off, no address
           and (words[-2].text.islower() or words[-2].text.lower().rstrip(".") in ROLE_ENDS - TITLE_MODIFIERS)
           and words[-2].text.lower().rstrip(".") not in RANK_PARTS):
        words = words[:-1]  # "Council leader Cllr Joanne Bix": her role is council leader; "AFP spokesperson Col. X",
        # "said lead author Dr Oliver Kennedy"
    words = words[: len(words) - written_rank(words, lambda w: w in ROLE_ENDS - TITLE_MODIFIERS)]  # "Navy spokesman Rear Admiral X"
    while len(words) > 1 and words[0].text.lower() in _STYLES:
        words = words[1:]  # "His Highness Sheikh X" with no office after the name: "Sheikh"
    if all(w.text.lower().rstrip(".") in HONORIFICS for w in words):
        return ""  # "Mr. Ecevit": a courtesy, not a role
    if words[-1].text.lower().rstrip(".") in HONORIFICS and not (words[-1].text == SENEDD_MEMBER and len(words) > 1):
        words = words[:-1]  # "Former colleague Sir Peter Lang": the knighthood is a courtesy, no part of a role
        if not _title_ending(words):
            return ""
    return " ".join(text[words[paired_title_names.after_titled_person(words)].start : words[-1].end].split())  # "Justice X and Justice Y"


def _courtesies_before(sent: list[Token], a: int) -> int:
    """How many courtesies or forms of address stand right before the name ("Alhaji Musa Bello", "Mr. Emeka Obi")."""
    k = a - malay_courtesy_before([t.text for t in sent[max(0, a - 4) : a]])  # "Prime Minister Datuk Seri X"
    while k > 0 and courtesy_at([t.text for t in sent[:k]], k - 1, HONORIFICS | ADDRESS_TITLES):
        k -= 1  # "Her spokesperson, Atty. Michael Poa,": a lawyer's form of address; "Engr | . | Gbolahan Oki"
    return a - k


def _clause_closed_before(sent: list[Token], a: int, b: int) -> bool:
    """ "... is seeking a commercial partner, Chen said": a comma before the name and the name's own verb right
    after it, no comma closing an apposition ("a senior Hamas official, Sami Abu Zuhri, said"): the comma ends
    the reported clause, whose last noun is no description of the speaker."""
    if a < 1 or sent[a - 1].text != "," or b >= len(sent):
        return False
    after = sent[b].text
    return after.islower() and inflected_verb(after) and not is_noun(after)


_ROLE_HEADS = TITLES | frozenset(  # a study's "co-author Dr. X": the authorship, not the courtesy
    "executive officer founder co-founder head editor strategist researcher scientist partner owner principal "
    "adviser advisor consultant correspondent campaigner publicist agent solicitor barrister counsel boss administrator critic columnist commentator "
    "skipper champion forecaster meteorologist backbencher member aide advocate author co-author whip investigator".split()
)
"""Last words of a description after a name that make it a role: the tagger's titles, and the heads news
writes of a firm's or a field's people ("Kevin Tran, the chief financial officer,", "Ana Ruiz, a senior
strategist at ..."), a team's captain ("South Africa skipper Temba Bavuma"), a sportsperson's standing ("world
champion Ada Quinn"), a weather office's people ("Forecaster Dana Whitfield") and a house's or council's members
("Conservative backbencher X", "Council member X", a party's "Majority Whip X"); an aide ("Kremlin aide X"), an advocate ("Consumer advocate X"), a study's investigator ("principal investigator X")."""
ROLE_ENDS = ROLE_TITLES | _ROLE_HEADS
"""Words a role before a name may end in (a firm's officers among them: "Chief Executive", "chief operating
officer", though "an executive" alone describes as often)."""


CARE_TRADES = frozenset("nurse surgeon paramedic midwife physician pharmacist teacher".split()) | STANDINGS
"""Trades news writes before a name as a calling ("Nurse Jo Bailey", "said surgeon Ana Ruiz"), and standings
("Pensioner Ruth Callaghan"): a role there."""


def _role_before(sent: list[Token], a: int) -> list[Token]:
    """ "US Secretary of State Antony Blinken", "a senior Hamas official, Sami Abu Zuhri" """
    i = a
    if i >= 2 and sent[i - 1].text == ",":
        i -= 1 + short_form_before(sent, i - 1)  # "the President of the Nigeria Labour Congress (NLC), Ada Obi"
    j = i
    fields = 0
    # the office's portfolio: "ESA's director of science, Carole Mundell,", "committee member for water and sanitation X"
    j -= _portfolio_words(sent, i) if i < a else for_portfolio_words(sent[max(0, a - MAX_FOR_FIELD_WORDS - 2) : a])
    while j > 0:
        t = sent[j - 1]
        lower = t.text.lower()
        if lower.rstrip(".") in TIME_WORDS:
            break  # a time phrase is never part of a title
        capitalised = (
            t.text[:1].isupper()
            and t.text.replace(".", "").replace("-", "").replace("&", "").isalpha()  # "Jamaat-e-Islami Karachi chief", "J&J"
            and lower not in SENTENCE_OPENERS and lower not in QUESTION_OPENERS
            and (lower not in stop_words("en") or _opens_a_name(lower, sent[j])
                 or j >= 2 and sent[j - 2].text[:1].isupper() and _opens_a_name(sent[j - 2].text.lower(), t))  # "Holy See"
        )
        joined = (lower == "and" and j >= 2 and sent[j].text[:1].isupper() and sent[j - 2].text[:1].isupper()
                  and (any(w.text in ("of", "for") for w in sent[max(0, j - 5) : j - 1])
                       # "Health and Human Services Secretary X"; not "President-elect Donald Trump and Vice
                       # President-elect Mike Pence": two people, each titled
                       or portfolio_word(sent[j - 2].text) and (not _is_role_word(sent[j]) or ministry_field(sent[j - 2].text)) and not (
                           j >= 3 and sent[j - 3].text in given_names()))
                  or (lower in ("and", ",") and j >= 2 and _title_word(sent[j]) and _title_word(sent[j - 2])  # "co-founder and CEO X",
                      and (lower == "and" or any(w.text == "and" for w in sent[j:i])))  # "chairman, CEO and president X"
                  or (t.text == "the" and j >= 3 and sent[j - 2].text in ("of", "for") and sent[j].text[:1].isupper()
                      and sent[j - 3].text[:1].isupper())  # "Leader of the Opposition Umang Singhar"
                  or (lower in DETERMINERS and j >= 3 and sent[j - 2].text in ("of", "for", "to")
                      and (_is_role_word(sent[j - 3]) or sent[j - 3].text.lower() in _ROLE_HEADS)))  # "spokeswoman for the governor"
        if t.text == "for" and (_object_of_for(sent, j) or i == a and j >= 2 and serves_for(sent, j - 2)):
            break  # "a spokesperson for House Speaker Mike Johnson": his title is the speaker's
        if seat_in(sent, j):
            j -= 2  # "Minister in the Presidency X": the office the title sits in
            continue
        if j < i and bracketed_qualifier(sent, j):
            j -= bracketed_qualifier(sent, j)  # "Samyukt Kisan Morcha (non-political) leader X": the body's qualifier
            continue
        if plural_owner_mark(sent, j, j < len(sent) and (_title_word(sent[j]) or hyphened_title(sent[j].text.lower()))):
            j -= 1  # "Workers' Party MP X": the party's apostrophe, its name's plural before it
            continue
        if (_is_role_word(t) or lower in _ROLE_HEADS or lower in CALLINGS or lower in CARE_TRADES or t.text in ("of", "for", "-", "'s", "’s") or capitalised or joined
                or t.text == "to" and sent[j].text.lower() in DETERMINERS  # "adviser to the prime minister"
                or t.text == "to" and j >= 2 and sent[j - 2].text.lower() in ENVOYS and sent[j].text[:1].isupper()
                or portfolio_on(sent, j) or lower_party_owner(sent, j)  # "Adviser to the President on Media", "Left party's"
                or j == i == a and lower_field_on(sent, j)  # "DA spokesperson on energy Karen Vermeulen"
                or j < a and sent[j].text == "for" and lower in FOR_PORTFOLIO_HEADS
                or hyphened_title(lower) or (j == i and t.text.islower() and (_job_noun(lower) or fielded_calling(before := [w.text for w in sent[:j]]) or office_of_field(before)))
                or (j == i and lower == MEMBER and j >= 2 and sent[j - 2].text[:1].isupper())):
            j -= 1  # "Minister of Energy and Infrastructure": "and" inside an office's portfolio
            continue
        if ((lower in NAME_PARTICLES or t.text == "&") and 1 < j < i and sent[j - 2].text[:1].isupper() and sent[j].text[:1].isupper()):
            j -= 1  # "Lanao del Sur Gov.", "Hargreaves & Pell's": a particle or "&" inside the capitalised words of the office
            continue
        if (fields < MAX_FIELD_WORDS and j < i and _before_title(sent[j]) and _field_word(sent, j - 1)
                and not ((sent[j].text[:1].isupper() or sent[j - 1].text.lower() in SUMMARY_NOUNS)
                         and j >= 2 and sent[j - 2].text.lower() in ("a", "an"))):
            fields += 1  # but "a decision Lord Mayor X described as", "a move chairman X called": a noun the clause describes
            j -= 1  # "Chief nursing officer", "EU competition chief": the office's field, in lower case
            continue
        break
    while j < i and sent[j].text[:1].islower() and _field_word(sent, j) and not (
            _is_role_word(sent[j]) or sent[j].text in _ROLE_HEADS) and (_owner_next(sent, j, i) or not _opens_title(sent, j)):
        j += 1  # "the firm's chief executive", "to kill Rep. X": no title's field; "said party leader X" is one
    words = sent[j:i]
    while words:  # "the Honourable Premier Fahie": a form of address opening the title is no part of the role
        first = words[0].text
        opening = (first in ("of", "for", "-", "'s", "’s") or first.lower() in DETERMINERS
                   or first.lower().rstrip(".") in kinds.HONORIFIC_NAMES)
        skip = others_before([w.text for w in words[:3]]) or (1 if opening else 0)  # "officials of | former President X"
        if not skip:
            break
        words = words[skip:]
    owned = next((n + 1 for n in range(len(words) - 1, -1, -1) if words[n].text in ("'s", "’s")), 0)
    served = len(words) - (on_portfolio_words(words) or for_portfolio_words(words))  # "... | on Media and Publicity"
    qualifier = sum(bracketed_qualifier(words, k) for k in range(len(words) + 1))  # "(non-political)" not counted
    if not words or served - owned - qualifier > title_reach(i < a) or owned > MAX_OWNER_BEFORE + 1 or not (
            _title_ending(words[:served]) or i < a and _portfolio_words(words, len(words))):
        return []
    return words


def _title_word(token: Token) -> bool:
    """A title or a firm's office, either side of "and" in two offices one person holds ("co-founder and CEO",
    "chairman and chief executive")."""
    return _is_role_word(token) or token.text.lower() in _ROLE_HEADS


MAX_PORTFOLIO_WORDS = 2
"""Lower-case words of what an office is of, set off before its holder's name ("director of science", "head of
public health"): two at most, so a clause's longer run ("head of the group that ...") is none."""
MAX_BODY_WORDS = 3
"""Lower-case words of a body an office heads after "of the" ("chairman of the market traders' association")."""


def _portfolio_words(sent: Sequence[Token], i: int) -> int:
    """How many lower-case words before ``i`` are an office's portfolio after its "of" or "for" ("ESA's director
    of science, Carole Mundell, said") or the body it heads ("The chairman of the traders' association, X,
    said"): a title set off in commas before a name may end in one. 0 when none."""
    for n in range(1, MAX_BODY_WORDS + 1):
        k = i - n
        if k < 2 or not (sent[k].text.isalpha() and sent[k].text.islower()) or sent[k].text in stop_words("en"):
            return 0
        if sent[k - 1].text in ("of", "for") and n <= MAX_PORTFOLIO_WORDS:
            head = sent[k - 2].text.lower()
            return n if head in ROLE_TITLES or head in _ROLE_HEADS else 0
        if k >= 3 and sent[k - 1].text == "the" and sent[k - 2].text == "of":  # "chairman of the association, X"
            return n + 1 if sent[k - 3].text.lower() in ROLE_TITLES | _ROLE_HEADS else 0
    return 0


def _owner_next(sent: list[Token], j: int, i: int) -> bool:
    """Whether the lower-case words from ``j`` run to an owner's "'s" before the title ("firm's", "rail firm's")."""
    k = j
    while k < i and sent[k].text[:1].islower() and sent[k].text not in ("'s", "’s"):
        k += 1
    return k < i and sent[k].text in ("'s", "’s")


_TITLE_OPENERS = frozenset('"“”,:;(—–') | DETERMINERS | frozenset(
    "his her its their our my your this that said says told tells added adds wrote writes".split()) | SUMMARY_NOUNS | CLAUSE_CONJUNCTIONS
"""Words right before a lower-case field word that let it open a title ("said party leader X", "a claim government
spokesman X made", "his talent manager X"); after any other ("to kill Rep. X", "Last night Tanaiste X") it is none."""


def _opens_title(sent: list[Token], j: int) -> bool:
    return j == 0 or sent[j - 1].text.lower() in _TITLE_OPENERS


def _object_of_for(sent: list[Token], j: int) -> bool:
    """ "a fee with Brighton for midfielder Moises Caicedo": "for" before a lower-case job is a
    preposition when a name that is no title stands before it; an office's "for" joins a title to its
    portfolio ("Secretary of State for Health", "candidate for governor")."""
    before = sent[j - 2] if j >= 2 else None
    return (sent[j].text[:1].islower() and before is not None and before.text[:1].isupper()
            and not _is_role_word(before) and before.text.lower() not in _ROLE_HEADS)


MAX_FIELD_WORDS = 2
"""Lower-case words of an office's field inside a title before a name ("Network Rail route director",
"Chief nursing officer"): two at most; more is a clause running into the name."""


def _before_title(token: Token) -> bool:
    """Whether a field word may stand before this word: a title's own ("route | director") or another field
    word ("cabinet | secretary"), not a name ("Tech giant | Apple's chief ...")."""
    return _is_role_word(token) or token.text in _ROLE_HEADS or (
        token.text.isalpha() and token.text.islower() and token.text not in stop_words("en"))


FIELD_ADJECTIVE_ENDS = ("al", "ic", "ary")
"""Endings of the adjectives that name an office's field right before its title ("financial", "medical",
"scientific", "budgetary"); the dictionary holds nouns and verbs only."""


COMMITTEE_KINDS = frozenset("select standing joint liaison".split())
"""Words that say what kind a committee is, though no dictionary noun ("select committee", "standing committee"):
a field word before "committee", so the title "Treasury select committee chair" is read whole, not "chair"."""


def _field_word(sent: list[Token], k: int) -> bool:
    """Whether a lower-case word may name an office's field ("nursing", "competition", "route"): a
    dictionary noun, no inflected verb ("told"), no function word, and, when it is a verb's base too
    ("attack"), not right after a sentence's first word ("Protesters attack police chief ...") unless that word is
an article or a possessive, which no verb follows ("His campaign manager, X, said"). A participle in
    -ing right before the title is the office's too ("chief operating officer", "managing director"), and so is
    an adjective of a field ("chief financial officer", "chief medical officer", "chief scientific adviser")."""
    word = sent[k].text
    if word in COMMITTEE_KINDS and k + 1 < len(sent) and sent[k + 1].text in ("committee", "committees"):
        return True  # "Treasury select committee chair X": the committee's kind is its chair's title
    if not (word.isalpha() and word.islower()) or word in stop_words("en") or inflected_verb(word):
        return False
    if word in _LISTING_PARTICIPLES or gerund_before_title(sent, k):
        return False  # "including Representative X": a list's opening; "of messaging Commissioner X": a deed's
    if not is_noun(word):
        return word.endswith(("ing",) + FIELD_ADJECTIVE_ENDS) and k + 1 < len(sent) and (_is_role_word(sent[k + 1]) or sent[k + 1].text in _ROLE_HEADS)
    return verb_lemma(word) != word or k >= 2 or k == 1 and (sent[0].text.lower() in _POINTING | DETERMINERS
                                                          or not plural_subject(sent[0].text))


_LISTING_PARTICIPLES = frozenset("including excluding featuring".split())
"""Participles in -ing that open a list's member before its title ("including Representative X"), no office's
field as "managing" is ("managing director")."""


ENVOYS = frozenset("ambassador envoy emissary".split())
"""Titles of one sent to a state or a body, whose office is named by "to" and where ("the Japanese ambassador to
London, Hiroshi Suzuki,"), as another's by "of" ("Mayor of London")."""


def _title_ending(words: list[Token]) -> bool:
    """Whether a run of words before a name ends as a title does: with a title or a firm's office ("Health
    Minister", "Chief Executive", "His publicist"), a hyphened title, a job noun or a body's word and "member"
    ("Forecaster Jane Millar", "Council member Rita Okafor"), or an office and its portfolio
    ("Minister for Health", "Mayor of London", "ambassador to London"); not a qualifier alone ("a state Clinton won")."""
    if all(w.text.lower() in TITLE_MODIFIERS for w in words):
        return False
    last = words[-1].text.lower().rstrip(".")
    return (last in ROLE_ENDS or last in CALLINGS or last in CARE_TRADES or hyphened_title(last) or _job_noun(last)
            or last == MEMBER and len(words) > 1 or clipped_rank(words) or fielded_calling(texts := [w.text for w in words]) or office_of_field(texts)
            or any((w.text.lower() in ROLE_ENDS and link.text in ("of", "for")  # "head of the IAEA"
                    or w.text.lower() in ENVOYS and link.text == "to") and words[-1].text[:1].isupper()
                   for w, link in zip(words, words[1:])) or any(seat_in(words, k) for k in range(len(words)))
            or portfolio_after_office([w.text for w in words[-2:]]))  # "Secretary Information X"


MEMBER = "member"
"""One of a body, a role only after the body's word ("Council member Rita Okafor", "board member X"); alone it is
as often a customer's or a user's standing ("member Netflix")."""


_POINTING = frozenset("this that these those his her its their our my your".split())


def _opens_a_name(lower: str, following: Token) -> bool:
    """A capitalised stop word that begins a longer name ("New York City Mayor", "First Lady"): sumy's
    stop words hold adjectives (new, old, first, last) as well as function words, and only a word
    that neither points nor determines may open the name of a place or office."""
    return following.text[:1].isupper() and lower not in DETERMINERS and lower not in _POINTING


# A person's office written before "of" and the body held ("Soelistyo, head of Indonesia's search and rescue
# agency, told ..."): the gazetteer's titles, less the words that only qualify an office or name a place or a
# side ("state of", "opposition of"), and the heads the gazetteer lacks as the tagger's titles (not "owner":
# "Meta, owner of Facebook" is a company as often).
_OFFICE_OF = (ROLE_TITLES - frozenset("state defence defense finance foreign interior prime vice opposition "
                                       "general lady lord dame sir".split())
              | frozenset("head co-head founder co-founder executive officer editor".split()))
MAX_OWNER_WORDS = 3
"""Words of a body's name before its "'s" that opens a description after a name ("Google's head of devices")."""
MAX_OWNER_BEFORE = 4
"""Words of a body's name before its "'s" that opens a role before a name ("The National Cyber Security Centre's
deputy director of operations, X,"): not counted among the role's seven words, which are the title's."""
MAX_ROLE_WORDS = 7
"""Words of a description after a name whose last word is its title ("a senior Hamas official")."""
MAX_OFFICE_OF_WORDS = 16
"""Words of an office and the body it is of ("head of Indonesia's search and rescue agency" is 8 tokens, "director of
the Center for Inclusive Democracy at the University of Southern California" 13): the body's name runs longer than a
title's modifiers, and the clause's comma or stop still ends it."""


_RELATIVES = ("who", "whose", "by")
"""Words that end a description ("Abdalla Hamdok, a former prime minister who leads ...": what he does is no part of
the role), "by" before an agent too ("Ada Obi, in a statement by her spokesman, said": the spokesman's, not hers)."""


_EMPHATIC_SELVES = frozenset("himself herself themselves now currently".split())
"""Words before a description after a name that are no part of the role ("herself a former education secretary", "now
a professor at ...")."""


_DEGREES = frozenset("RN MD PhD DO NP PA MBA JD CPA OBE MBE CBE QC KC MPH DDS DMD EdD DrPH DNP PharmD FACS FRCP".split())
"""Letters of a calling or honour after a name, before its description ("Tom Bradley, RN, Director", "X, M.D., MPH, chief")."""


def _role_after(sent: list[Token], b: int) -> list[Token]:
    """ "Sami Abu Zuhri, a senior Hamas official, said"; "Maria Okafor, the union's general secretary.";
    "Soelistyo, head of Indonesia's search and rescue agency, told" (an office and what it is of)."""
    if b + 2 >= len(sent) or sent[b].text != ",":
        return []
    k = b + 1
    while sent[k].text.replace(".", "") in _DEGREES and k + 2 < len(sent) and sent[k + 1].text == ",":
        k += 2  # "Tom Bradley, RN, Director of Emergency Services at X": past the letters of his calling
    if sent[k].text.lower() in _EMPHATIC_SELVES and k + 1 < len(sent):
        k += 1  # "Mrs Thatcher, herself a former education secretary,": the description after the pronoun
    if sent[k].text.lower() in DETERMINERS | {"another"}:
        k += 1  # "Tim Morrison, another top NSC aide,": his role is "top NSC aide"
    start = k
    head = k
    owner = next((p for p in range(k + 1, min(len(sent), k + MAX_OWNER_WORDS + 1)) if sent[p].text in ("'s", "’s")), None)
    if owner is not None and (all(t.text[:1].isupper() for t in sent[k:owner]) or owner == k + 1):
        head = owner + 1  # "Google's head of devices", "the charity's director of communications": the owner, the office
    head = title_head(sent, head, ROLE_MODIFIERS, _office)  # "former head of", "Chairman and Chief Executive of"
    office_of = head + 1 < len(sent) and _office(sent[head].text.lower()) and sent[head + 1].text == "of"
    for field in range(1, MAX_FIELD_WORDS + 1):  # "the climate envoy of the Marshall Islands": a field, then the office
        title = head + field
        if office_of or title + 1 >= len(sent) or not sent[title - 1].text.isalpha() or not sent[title - 1].text.islower():
            break
        office_of = _office(sent[title].text.lower()) and sent[title + 1].text == "of"
    # "a senior economist at X", "Germany's special envoy for ...": the job, past its owner, then "at" or "for"
    job_at = any(sent[k].text in AT_BODY and _job_noun(sent[k - 1].text.lower()) for k in range(head + 1, min(len(sent), head + 4)))
    reach = MAX_OFFICE_OF_WORDS if office_of or job_at else MAX_ROLE_WORDS  # "a pediatrician at the University of Texas at Austin"
    end = description_end(sent, start, reach, (",", ".", ";", "”", '"') + _RELATIVES)  # "..., the officer for X said"
    words = sent[start:end] if end is not None else []
    if not words or words[-1].text in ("of", "for", "to", "at", "and"):
        return []  # (nor one cut before a quoted title: "a screenwriter and author of | "Zombies on Film"")
    if words[0].text.islower() and inflected_verb(words[0].text) and not is_noun(words[0].text) or participle_aside(words):
        return []  # "Tina Hale, had a question for the president.": her sentence's verb; "X, speaking after the minister,"
    titled_of = any(w.text == "of" and words[i - 1].text.lower() in _ROLE_HEADS for i, w in enumerate(words) if i)
    if (words[-1].text.lower() not in _ROLE_HEADS and not office_of and not titled_of and not job_at_body([w.text for w in words], _JOB_HEADS)
            and not (words[-1].text.islower() and _job_noun(words[-1].text))):
        return []  # (a job's noun ends one too: "Ann Holt, the state epidemiologist,", "a pediatrician"; a title and
        # the body it is of: "Dr. Elena Marsh, Chief Medical Officer of Norvane Health.")
    if not all(w.text.replace(".", "").replace("-", "").isalpha() or w.text in ("'s", "’s", "&", "/")
               for w in words):  # "the head of the CDU/CSU parliamentary group", "AT&T's"
        return []
    return words


def _office(lower: str) -> bool:
    """A title an "of" can follow: "head of", and one written with hyphens: "vice-president of", "co-chair of"."""
    return lower in _OFFICE_OF or hyphened_title(lower)


_JOB_HEADS = ROLE_ENDS | CALLINGS
"""Role heads and callings, which name a job as the trades of ``job_nouns`` do."""


def _job_noun(word: str) -> bool:
    return job_noun(word, _JOB_HEADS)
