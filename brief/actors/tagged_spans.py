"""The tagger's name spans, mended before they become mentions.

Three readings the tagger gets wrong by reading a few words at a time: a person named with a nickname
in quotes ("Renaldo “Peewee” Gilkes"), which it cuts into pieces; a demonym that opens a body's
name ("the Japanese Red Cross Kobe Hospital"), which it reads apart; and a body or event named
after a place ("the Amsterdam Light Festival"), of which it keeps the place alone. And a party's
members ("Democrats"), which it labels as it labels nationalities (MISC), not as the party. All work
on a sentence's words and its spans (start, end, label), before any mention is made.
"""

from __future__ import annotations

import re

from brief.actors import kinds
from brief.actors.ampersand_names import with_ampersand_names
from brief.actors.armed_group_names import with_armed_group_names
from brief.actors.article_surnames import with_article_surnames
from brief.actors.body_endings import organization_ending
from brief.actors.body_of_place import with_bodies_of_places
from brief.actors.branch_names import with_branch_names
from brief.actors.called_spans import with_called_people
from brief.actors.campaign_names import with_campaign_names
from brief.actors.compass_bodies import compass_opens
from brief.actors.country_bodies import with_country_bodies
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.dated_bodies import with_dated_bodies
from brief.actors.day_given_names import with_day_given_names
from brief.actors.employer_spans import with_employers
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country, is_country
from brief.actors.gender import first_names
from brief.actors.initialism_heads import with_initialism_heads
from brief.actors.joined_fields import with_joined_fields
from brief.actors.joined_places import with_joined_places
from brief.actors.listed_field_names import with_listed_field_names
from brief.actors.lone_officers import with_lone_officers
from brief.actors.member_bodies import with_member_bodies
from brief.actors.month_given_names import with_month_given_names
from brief.actors.office_place_tails import without_office_places
from brief.actors.officer_spans import with_officers
from brief.actors.place_parts import with_region_words
from brief.actors.place_surnames import with_place_surnames
from brief.actors.plural_bodies import with_plural_bodies
from brief.actors.portfolio_bodies import with_ministry_holders, with_portfolio_heads
from brief.actors.portfolio_holders import with_portfolio_holders
from brief.actors.possessive_names import capitalised_word, with_possessive_names
from brief.actors.shared_forces import with_shared_forces
from brief.actors.split_names import join_split_names as join_split_names  # read with the other span passes
from brief.actors.titled_joins import with_titled_joins
from brief.actors.titled_spans import with_titled_spans
from brief.actors.versus_names import without_versus
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS
from brief.text.phrases import phrase_spans

NAME_LABELS = frozenset({"PER", "ORG", "LOC"})
"""The tagger's labels of who or what acts (a MISC name is not one)."""

NICKNAMED = "PER-NICKNAMED"
"""The label of a span the tagger missed: a given name, a nickname in quotes, a surname."""
_OPEN_QUOTES = frozenset("“\"‘")
_CLOSE_QUOTES = frozenset("”\"’")
MAX_NICKNAME_WORDS = 3


def _nickname_at(words: list[str], a: int) -> int:
    """The end of `Renaldo “Peewee” Gilkes` starting at word ``a``, or 0: a capitalised word, one to
    three capitalised words in quotes, a capitalised word, and no capitalised word around them (a
    headline's "Fans Chant ‘Daryl Morey’ While" is title case, not a name)."""
    if not (words[a][:1].isupper() and words[a].isalpha()) or a + 1 >= len(words) or words[a + 1] not in _OPEN_QUOTES:
        return 0
    k = a + 2
    while k < len(words) and k - a - 2 < MAX_NICKNAME_WORDS and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    if k == a + 2 or k + 1 >= len(words) or words[k] not in _CLOSE_QUOTES:
        return 0
    last = words[k + 1]
    title_case = k + 2 < len(words) and words[k + 2][:1].isupper() and words[k + 2].isalpha()
    return k + 2 if last[:1].isupper() and last.replace("-", "").isalpha() and not title_case else 0


def with_nicknames(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "football coach Renaldo “Peewee” Gilkes", "Joaquín "El Chapo" Guzmán": a person named with a
    nickname in quotes, which the tagger reads as a title or as pieces; the spans inside give way."""
    if _OPEN_QUOTES.isdisjoint(words):
        return spans  # no quote mark opens a nickname (most sentences): no word is looked at
    nicknamed = []
    a = 0
    while a < len(words):
        b = _nickname_at(words, a)
        if b and not (a > 0 and words[a - 1][:1].isupper() and words[a - 1].isalpha()):
            nicknamed.append((a, b, NICKNAMED))
            a = b
        else:
            a += 1
    if not nicknamed:
        return spans
    kept = [s for s in spans if not any(s[0] < b and a < s[1] for a, b, _ in nicknamed)]
    return sorted(kept + nicknamed)


def glue_demonyms(text: str, words: list[str], spans: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """ "the Japanese Red Cross Kobe Hospital": the tagger read the demonym apart (a MISC word) and the
    rest as the name. A demonym right before a body's name of two words or more is part of that name
    when the article never writes the name without it; "the Russian Foreign Ministry ... the Foreign
    Ministry" keeps the country apart. Returns the spans, and the demonyms' word indices taken in."""
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for a, b, label in spans:
        previous = out[-1] if out else None
        body = label == "ORG" or label in NAME_LABELS and words[b - 1] in kinds.ORGANIZATION_ENDINGS
        if label == "MISC" and b - a >= 2 and organization_ending(" ".join(words[a:b])) and demonym_country(words[a]):
            out.append((a, b, "ORG"))  # "The British Antarctic Survey said", tagged whole as a misc. name: a body,
            taken.add(a)  # not its country
            continue
        demonym = (previous is not None and previous[:2] == (a - 1, a) and previous[2] == "MISC" and body and b - a >= 2
                   and demonym_country(words[a - 1]) is not None)
        if demonym or previous is not None and compass_opens(words, previous, (a, b, label)):  # "Western | Isles Ferries"
            name = " ".join(words[a:b])
            if sum(1 for _ in phrase_spans(text, name)) == text.count(f"{words[a - 1]} {name}"):
                out[-1] = (a - 1, b, "ORG")
                taken.add(a - 1)
                continue
        out.append((a, b, label))
    out, more = _glue_untagged_runs(text, words, out)
    out, inner = _glue_institution_tails(words, out)
    return with_listed_field_names(words, with_joined_fields(text, words, out)), taken | more | inner  # "the Seafarers and Allied Workers' Union"


INSTITUTION_WORDS = kinds.ORGANIZATION_ENDINGS | kinds.ORGANIZATION_HEADS
"""Words a body's name may continue after with "of" or "for" ("National Museum of ...")."""


def _tail_end(words: list[str], k: int, limit: int) -> int:
    """The end of the capitalised words from ``k`` (joined by "and" or "&" between capitalised words):
    "History and Culture"."""
    end = k
    while end < limit and words[end][:1].isupper() and words[end].isalpha():
        end += 1
        if end + 1 < limit and words[end] in ("and", "&") and words[end + 1][:1].isupper():
            end += 1
    return end if end > k else 0


def _glue_institution_tails(words: list[str], spans: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """ "the National Museum of African American History and Culture": a body's name that goes on with "of"
    or "for", a demonym (a MISC span) and capitalised words, which the tagger cut at the demonym (the
    museum typed a person, "African American" an origin, "History and Culture" nothing). The name runs to
    its last capitalised word; the demonym's words are the body's, not a country's. So does a body's name the
    tagger cut before a field it read as a person or a place ("the Consumer Council for | Water")."""
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    i = 0
    while i < len(spans):
        a, b, label = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (label in NAME_LABELS and words[b - 1] in INSTITUTION_WORDS and b + 1 < len(words)
                and words[b] in ("of", "for") and nxt is not None and nxt[0] == b + 1
                and (nxt[2] == "MISC" or label == "ORG" and nxt[2] in ("PER", "LOC"))):
            limit = spans[i + 2][0] if i + 2 < len(spans) else len(words)
            end = _tail_end(words, nxt[1], limit) or (nxt[1] if nxt[2] != "MISC" else 0)  # "Council for | Water"
            if end:
                out.append((a, end, "ORG"))
                taken.update(range(nxt[0], nxt[1]))
                i += 2
                continue
        out.append((a, b, label))
        i += 1
    return out, taken


MAX_RUN_WORDS = 3
"""Most capitalised words after a demonym read as a body's name ("American Theatre Wing")."""


def _run_after(words: list[str], spans: list[tuple[int, int, str]], i: int) -> int:
    """The end of the name after the demonym span ``spans[i]``: two or three untagged capitalised words, or
    the next span if it is a person's or a place's of two or three words not opened by a given name
    ("Theatre Wing" read as a person); 0 if neither."""
    b = spans[i][1]
    following = spans[i + 1] if i + 1 < len(spans) else None
    if following and following[0] == b:
        fits = following[2] in ("PER", "LOC") and 2 <= following[1] - b <= MAX_RUN_WORDS
        return following[1] if fits and words[b] not in first_names() else 0
    limit = following[0] if following else len(words)
    k = b
    while k < limit and k - b < MAX_RUN_WORDS and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    return k if k - b >= 2 and k != limit else 0


def _glue_untagged_runs(text: str, words: list[str], spans: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """ "The American Theatre Wing announced": the tagger read the demonym (a MISC word) and left the rest
    untagged or read it as a person, so the body was split into its country and a clipped name. A demonym
    before two or three capitalised words that end the name (a lower-case word or a mark follows) is one
    body's name when no word of it is a title ("British Prime Minister"), its last word is never written in
    lower case in the article ("Chinese New Year": the article writes "year"), and the article never
    writes it without the demonym. A place's name keeps its kind ("British Virgin Islands")."""
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    skip = -1
    for i, (a, b, label) in enumerate(spans):
        if i == skip:
            continue
        k = _run_after(words, spans, i) if label == "MISC" and b - a == 1 and demonym_country(words[a]) else 0
        run = words[b:k]
        if (k and not (k < len(words) and words[k][:1].isupper())
                and not any(w.lower() in TITLE_WORDS | PERSON_TITLES for w in run)
                and re.search(rf"\b{re.escape(run[-1].lower())}\b", text) is None
                and sum(1 for _ in phrase_spans(text, " ".join(run))) == text.count(f"{words[a]} {' '.join(run)}")):
            skip = i + 1 if i + 1 < len(spans) and spans[i + 1][0] == b else -1
            out.append((a, k, "LOC" if skip > 0 and spans[skip][2] == "LOC" else "ORG"))  # "British Virgin Islands"
            taken.add(a)
            continue
        out.append((a, b, label))
    return out, taken


NAMED_AFTER_ENDINGS = kinds.ORGANIZATION_ENDINGS | frozenset(
    "Festival Fest Awards Summit Conference Expo Biennale Museum Theatre Theater Orchestra".split())
"""Last words of a body's or an event's name that often opens with a place ("Amsterdam Light Festival",
"Dunmere Harbour Authority"): the bodies' endings and the events and venues news covers as parties."""
CORPORATE_TAILS = frozenset("Global Worldwide International Ratings Analytics Intelligence".split())
"""Last words a company's name goes on to after the part the tagger knew as a body ("S&P | Global", "Fitch |
Ratings"): only after a body's span, as "Kenya Global" may be a place and an adjective."""
LANDMARK_ENDINGS = frozenset("Monument Memorial Cathedral Bridge Tower Palace Castle Abbey Stadium".split())
"""Last words of a built site's name that opens with a place or a person ("Washington Monument", "Lincoln
Memorial", "Brooklyn Bridge"): the tagger reads the first word alone, and the site is a place."""
SERVICE_DISTRICTS = frozenset("School Water Fire Hospital Utility Sanitation Transit Irrigation Park Library".split())
"""Services before "District" that make it a body that runs them ("Oakdale Unified School District"), not an
area ("the Lake District")."""
MAX_TAIL_WORDS = 3
"""Most capitalised words between the place and the ending ("Columbus Police Department")."""


def with_name_tails(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "the Amsterdam Light Festival": the tagger read "Amsterdam" as a place and left the capitalised
    words after it untagged, so the festival was no actor and the city took its mentions. A name span
    followed at once by one to three capitalised words no span holds, the last a body's or an event's
    ending, and by no further capitalised word, is that body's name; followed by one landmark's ending,
    the site's ("Washington Monument")."""
    out: list[tuple[int, int, str]] = []
    for i, (a, b, label) in enumerate(spans):
        limit = spans[i + 1][0] if i + 1 < len(spans) else len(words)
        k = b
        while k < limit and k - b < MAX_TAIL_WORDS and words[k][:1].isupper() and words[k].isalpha():
            k += 1
        follows = k < len(words) and words[k][:1].isupper() and words[k].isalpha()
        service = k > b and k - 2 >= a and words[k - 1] == "District" and words[k - 2] in SERVICE_DISTRICTS
        if label in NAME_LABELS and k > b and (words[k - 1] in NAMED_AFTER_ENDINGS or service) and not follows or (
                label == "ORG" and k > b and words[k - 1] in CORPORATE_TAILS and not follows):
            out.append((a, k, "ORG"))
        elif label in NAME_LABELS and k == b + 1 and words[b] in LANDMARK_ENDINGS and not follows:
            out.append((a, k, "LOC"))  # "the Washington Monument developed a crack"
        else:
            out.append((a, b, label))
    return out


PARTY_MEMBERS = frozenset("Democrats Republicans Conservatives Tories Liberals Socialists Communists".split())
"""A party's members by the party's name, written as a plural: "Democrats beat the governor" is the party
acting. The tagger labels them MISC, as it does nationalities, and a MISC name is no actor."""


def with_parties(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Democrats are leaving political advantage on the table", "Kentucky Democrats beat the governor": a
    party's members, the party (or its branch) acting, which the tagger labelled MISC, or a person for a
    state's name before it; the span becomes an organisation's. The tagger may leave the plural untagged
    ("The Conservatives said the plan was a fantasy"): it is the party's name all the same."""
    covered = {k for a, b, _ in spans for k in range(a, b)}
    untagged = [(k, k + 1, "ORG") for k, w in enumerate(words) if w in PARTY_MEMBERS and k not in covered]
    out = [(a, b, "ORG") if words[b - 1] in PARTY_MEMBERS else (a, b, label) for a, b, label in spans]
    return sorted(out + untagged) if untagged else out


MIN_HEAD_LETTERS, MAX_HEAD_LETTERS = 2, 5
"""Letters of a body's initials before a place ("NHS England", "BBC Scotland", "PSNI"): a longer capital word is
a headline's shout."""


def with_initials_heads(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "NHS England said", "BBC Scotland reported": a body's initials the tagger left untagged right before a place
    it tagged are one body's name, the body's branch there (not the place speaking). Not a country's initials
    ("US Texas") nor a span's own word."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        head = words[a - 1] if a > 0 else ""
        if (label == "LOC" and head.isupper() and head.isalpha() and MIN_HEAD_LETTERS <= len(head) <= MAX_HEAD_LETTERS
                and not (out and out[-1][1] == a) and not demonym_country(head) and not is_country(head)):
            out.append((a - 1, b, "ORG"))
        else:
            out.append((a, b, label))
    return out


BODY_HEADS = frozenset("league union association coalition alliance federation committee council network society "
                       "movement front foundation programme program fund".split())
"""Head words of a body's name that the tagger also reads in events and competitions ("the Nations League",
labelled MISC), or in schemes ("the World Food Programme", "a relief fund"): such a name is a body only where the text
shows it acting (``_acting_body``)."""
_BY_BODY = (("by",), ("by", "the"), ("member", "of", "the"), ("members", "of", "the"))
"""Words before a body that acts: "organized by the Justice League NYC", "a member of the Justice League"."""
_POSSESSIVE = frozenset({"'s", "’s"})


def _acting_body(words: list[str], a: int, b: int) -> bool:
    """Whether the text shows the name ``words[a:b]`` acting as a body: it speaks or acts by a verb of
    saying or demanding ("the Arab League condemned", "called it"), it is the agent after "by" or has
    members ("a member of the"), or it has a named officer ("Justice League NYC's Tamika Mallory", "...
    Committee Chairman Tim Kaine"). An event is where things happen ("in the Nations League")."""
    if any(tuple(w.lower() for w in words[max(0, a - len(by)) : a]) == by for by in _BY_BODY):
        return True
    after = words[b] if b < len(words) else ""
    if after in _POSSESSIVE or after.lower() in TITLE_WORDS:  # "'s Tamika Mallory", "Chairman Tim Kaine"
        return b + 1 < len(words) and words[b + 1][:1].isupper()
    return after.islower() and after.isalpha() and CUE_GROUP.get(lemma(after)) is not None


def with_acting_bodies(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "The Arab League condemned the move", "organized by the Justice League NYC": a body the tagger
    labelled MISC (as it labels competitions named alike) read as an organisation where it acts."""
    return [(a, b, "ORG") if label == "MISC" and any(w.lower() in BODY_HEADS for w in words[a + 1 : b])
            and _acting_body(words, a, b) else (a, b, label) for a, b, label in spans]


JOINING = frozenset("de des du della di da del dos das van von der den la le les pour sans bin ibn bint".split())
"""Lower-case words inside a foreign name, between its capitalised words ("Action pour les Enfants",
"Juan Carlos de la Cruz", "Tamim bin Hamad Al Thani"): the tagger often tags one side of them only
("Enfants", "Jassim" of "Abdulrahman bin Jassim"). Not "y" or "et", which join two names as often as
they sit inside one."""
MAX_JOINING = 2
"""Joining words in a row inside a name ("de la", "pour les")."""
MAX_NAME_SIDE = 3
"""Capitalised words taken on the untagged side of the joining words ("Comité International pour les ...")."""


PERSON_PARTICLES = frozenset("ten ter".split())
"""Dutch particles inside a person's name ("Erik ten Hag", "Marc-André ter Stegen"): a number or a word of
another language elsewhere, so only between a given name (no month nor day) and a person's tagged surname."""


def _dutch_particle(words: list[str], a: int) -> bool:
    return (a >= 2 and words[a - 1] in PERSON_PARTICLES and capitalised_word(words[a - 2])
            and words[a - 2].lower() not in MONTHS_DAYS)


def with_particles(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's or a body's span widened over the joining words it stops at ("Enfants" of "Action
    pour les Enfants", "Secours" of "Secours pour les Villages") and the capitalised words on their other
    side: one name, not the tail or the head of one; two spans so joined become one (a body's if
    either is)."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        if label in ("PER", "ORG"):
            k = a
            while k > 0 and a - k < MAX_JOINING and words[k - 1] in JOINING:
                k -= 1
            if k == a and label == "PER" and _dutch_particle(words, a):
                k -= 1  # "Erik ten | Hag": one person, the tagger read "ten" as the number
            if k < a and k > 0 and capitalised_word(words[k - 1]):
                a = k - 1
                while (a > 0 and k - a < MAX_NAME_SIDE and capitalised_word(words[a - 1])
                       and words[a - 1].lower().rstrip(".") not in PERSON_TITLES):
                    a -= 1  # not "Professor" nor "Sheikh" before "Tamim bin Hamad": the title, read apart
            k = b
            while k < len(words) and k - b < MAX_JOINING and words[k] in JOINING:
                k += 1
            if b < k < len(words) and capitalised_word(words[k]):
                b = k + 1
                while b < len(words) and b - k < MAX_NAME_SIDE and capitalised_word(words[b]):
                    b += 1
        if out and a < out[-1][1]:
            last = out[-1]
            joined = "ORG" if "ORG" in (label, last[2]) else "PER" if "PER" in (label, last[2]) else last[2]
            out[-1] = (min(last[0], a), max(last[1], b), joined)  # "Erik" (MISC) "ten Hag" (PER): a person
        else:
            out.append((a, b, label))
        out[-1] = _son_of(words, out[-1])
    return out


SON_OF = frozenset("bin ibn bint".split())
"""Arabic's "son of", "daughter of" inside a name ("Tamim bin Hamad Al Thani"): a person's lineage."""


def _son_of(words: list[str], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A name holding "bin" between its capitalised words is a person's, though the tagger read a title or a
    part of it as a body's ("Sheikh Tamim bin Hamad Al Thani said"); not a body named after one, which ends
    with its body's word ("Hamad bin Khalifa University")."""
    a, b, label = span
    if label != "ORG" or words[b - 1] in INSTITUTION_WORDS or not any(w in SON_OF for w in words[a + 1 : b - 1]):
        return span
    return a, b, "PER"


# "the singer wrote on X. Wizkid, who ...": the platform X ends a sentence and the splitter, reading "X." as an
# initial, ran it on into the next one; the tagger then read "X. Wizkid" as one name. A letter alone after "on" or
# "via" is the platform (a person's initial stands after a given name or opens a name the text writes whole).
_PLATFORM_INITIAL = "X."
_MEDIUM_BEFORE = frozenset({"on", "via"})


def without_platform_initial(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each opened by the platform's "X." right after "on" or "via" started after it."""
    return [(a + 1, b, label) if b - a > 1 and words[a] == _PLATFORM_INITIAL and a > 0 and words[a - 1] in _MEDIUM_BEFORE
            else (a, b, label) for a, b, label in spans]


def mended(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A sentence's spans (its demonyms glued already) with the nicknamed people, the bodies named after a
    place, the parties' members and the bodies that act read as the text means them, and foreign names
    whole over their joining words, and a titled person the tagger left untagged."""
    spans = without_versus(words, spans)  # "the Mitt v. McCain war": two men, not one
    spans = with_day_given_names(words, with_campaign_names(words, with_dated_bodies(words, spans)))  # "June 12 Movement"; "Save Hadley Fields": the campaign; "Mr Sunday Ameh"
    spans = without_office_places(words, with_month_given_names(words, spans))  # "April Galway, a resident, said": the
    # person, her given name no date; "the National Weather Service in Mobile": the service, its office's town apart
    spans = with_officers(words, without_platform_initial(words, spans))  # "West Midlands Police Detective Inspector Harry Metcalfe": a body and its officer
    spans = with_lone_officers(words, spans)  # "Halden chief executive Marsh said": the officer, by her surname
    spans = with_country_bodies(words, with_initials_heads(words, spans))  # "NHS England", "Police Scotland": a body
    spans = with_possessive_names(words, spans)  # "Casey's Bar": the bar, not "Casey" and "Bar"
    spans = with_plural_bodies(words, spans)  # "Friends of the Earth Ghana": one body, not "Earth Ghana"
    spans = with_member_bodies(words, spans)  # "The Directors | Guild of America": the members' plural opens the name
    spans = with_ampersand_names(words, spans)  # "Marks & Spencer": the company, not a man "Spencer"
    spans = with_shared_forces(words, with_region_words(words, spans))  # "Devon and Cornwall Police": one force; "Greater | Manchester"
    spans = with_called_people(words, with_article_surnames(words, with_armed_group_names(words, spans)))  # "Abdul Malik | al-Houri"; "Jund al-Sahel": a group; "superstar Burna Boy" labelled MISC: a person
    spans = with_place_surnames(words, spans)  # "Juan Carlos Portugal": one person, not a man and a country
    spans = with_employers(words, spans)  # "a spokesperson for First Leeds" labelled MISC: a body
    spans = with_branch_names(words, spans)  # "Greenpeace EU", "the European Environmental Bureau": one body
    spans = with_particles(words, with_acting_bodies(words, with_parties(words, with_name_tails(words, with_nicknames(words, spans)))))
    spans = with_titled_joins(words, with_initialism_heads(words, spans))  # "to the U.N. | Helen Marrow"; "SP Abdullahi | Haruna Kiyawa": one officer, a rank before his name
    spans = with_joined_places(words, spans)  # "Antigua and Barbuda": one country, not a body "Barbuda"
    spans = with_bodies_of_places(words, spans)  # "the Human Rights Commission of Pakistan": one body
    spans = with_portfolio_holders(words, spans)  # "Minister of State for Health | Anand Rao": the minister
    spans = with_ministry_holders(words, with_portfolio_heads(words, spans))  # "Foreign | Affairs Ministry": one body; "Ministry of Water | Ann Roe"
    return with_titled_spans(words, spans)  # "District Attorney Pamela Price" the tagger left untagged: a person
