"""What kind of thing a name is, on articles written for these tests: products, defined terms,
lists of companies, portfolios in titles, bodies named after towns, and the outlets that carry a story."""

from __future__ import annotations

import dataclasses

from written import actors_of, report_of
from written import mention_at as _mention
from written import named_actors as _named
from written import tagged_as as _tagged

from brief.actors.grouping import Group, group_mentions
from brief.actors.kinds import defined_as_thing
from brief.actors.mentions import Mention, Token, _entity_mention
from brief.actors.writers import writer_context
from brief.model import Article


def test_a_name_with_a_model_number_is_a_product_not_an_actor() -> None:
    text = (
        "Where to find the new graphics cards\n\n"
        "Kestrel Semiconductor's ZVX 4080 graphics cards went on sale on Thursday and sold out at once. "
        "The ZVX 4090 also sold out within minutes, and the ZVX 4070 will follow next month. "
        "Kestrel Semiconductor said it expects shortages for months. "
        "Shoppers who want a ZVX 4080 can sign up for alerts, and the ZVX 4090 costs twice as much."
    )
    report = report_of(text)
    assert not _named(report, "ZVX")
    assert _named(report, "Kestrel Semiconductor")


def test_a_model_after_a_camel_case_product_line_is_no_actor() -> None:
    text = (
        "The new phone is here\n\n"
        "The new zPhone QX is cheaper than the flagship. The zPhone QX has a smaller screen. "
        "Reviewers said the zPhone QX feels fast."
    )
    assert not _named(report_of(text), "QX")


def test_a_name_the_tagger_cut_to_a_common_word_keeps_its_first_word() -> None:
    text = "- Best Buy lists the console at $499."
    article = Article(1, "Consoles", "1.txt", text)
    sent = [Token(w, text.index(w), text.index(w) + len(w)) for w in ("-", "Best", "Buy", "lists")]
    mention = _entity_mention(article, 0, sent, 2, 3, "ORG", {"buy", "lists"})  # the tagger's span: "Buy"
    assert mention is not None and mention.name == "Best Buy"


def test_names_listed_with_companies_are_companies() -> None:
    text = (
        "Cards are scarce\n\n"
        "Stores list cards from Zentrix, Gorvo, MSI, Palvan, PNY and EVGA. "
        "Another store has models from PNY, Zotac, MSI, EVGA, Gorvo and Palvan. "
        "A third has cards from Zotac, Palvan, MSI and Gorvo."
    )
    report = report_of(text)
    for name in ("Gorvo", "Palvan"):
        assert all(a.kind != "person" for a in _named(report, name)), name


def test_people_listed_with_a_body_stay_people() -> None:
    text = (
        "Budget talks\n\n"
        "President Maria Delvaux met Senator Tom Okafor on Monday. "
        "Delvaux, Okafor and Congress failed to agree on the budget, and Okafor said talks would resume."
    )
    report = report_of(text)
    assert _named(report, "Maria Delvaux")[0].kind == "person"  # one body in the list: no list of bodies


def test_an_acronym_defined_with_plain_words_is_a_term_not_an_organisation() -> None:
    text = (
        "Drive makers promise bigger disks\n\n"
        "This week Halvorsen Denko said it had improved on Heat Assisted Magnetic Recording (HAMR) "
        "technology for next-generation hard drives. Today's drives use perpendicular magnetic recording. "
        "HAMR works by heating the disk briefly. "
        "Halvorsen Denko believes its HAMR technology will triple capacity. "
        "Rivals will start shipping drives that use HAMR this year. "
        "The Upper Dunmore Cricket Association (UDCA) said its matches would go ahead, and the UDCA thanked sponsors."
    )
    report = report_of(text)
    assert not _named(report, "HAMR") and not _named(report, "Heat Assisted Magnetic Recording")
    assert _named(report, "Upper Dunmore Cricket Association")


def test_a_portfolio_in_a_title_is_not_an_organisation() -> None:
    text = (
        "Trade row\n\n"
        "The move comes as International Trade Secretary Lena Marsh faces pressure from MPs. "
        "The International Trade Secretary insists that the deals protect farmers. "
        "Lena Marsh said the talks would go on, and International Trade Secretary Lena Marsh met farmers."
    )
    report = report_of(text)
    assert not _named(report, "International Trade")
    assert _named(report, "Lena Marsh")


def test_an_outlet_that_reports_nothing_is_not_an_actor() -> None:
    text = (
        "Teachers get a raise\n\n"
        "Voters approved a raise for retired teachers, and association director Tim Dorsey told KZAB it was a win. "
        "Dorsey spoke to KZAB in June, a week after the vote. "
        "When you join The Harbour Times family, you get unlimited access. "
        "Dorsey said the fund still faces a shortfall."
    )
    report = report_of(text)
    assert not _named(report, "KZAB") and not _named(report, "Harbour Times")
    assert _named(report, "Tim Dorsey")


def test_an_outlet_in_the_headline_is_the_subject() -> None:
    text = (
        "The Harbour Times turns ten\n\n"
        "The Harbour Times began as a weekly in a single room. "
        "Editor Ana Ruiz said the paper now has forty reporters, and The Harbour Times plans a new edition."
    )
    report = report_of(text)
    times = _named(report, "Harbour Times")
    assert times and times[0].role != "news outlet"


def test_a_title_in_quotes_with_its_comma_inside_is_no_actor() -> None:
    text = (
        "Museum raises funds\n\n"
        "A portion of this money will be raised through “Every Patron,” a fundraising campaign for the museum "
        "launched in 2019. The museum said “Every Patron,” has raised $2 million."
    )
    report = report_of(text)
    assert not _named(report, "Patron") and not _named(report, "Every Patron")


def test_a_degree_and_a_name_in_mixed_scripts_are_not_actors() -> None:
    text = (
        "Study of decisions\n\n"
        "The study was led by Mara Quill, Ph.D., of the Dunmere Institute. "
        "“We were surprised,” said Mara Quill, Ph.D. "
        "Аdvеrtіѕе with the most visited news site in Веlіzе today, or write to us in Веlіzе."
    )
    report = report_of(text)
    assert not _named(report, "Ph.D") and not _named(report, "Веlіzе")


def test_your_gp_and_a_products_edition_are_not_actors() -> None:
    text = (
        "Advice for students\n\n"
        "If you think you have the virus, don't go to your GP or hospital. In some areas, call your GP first. "
        "The shop lists the Makers Edition, and the Makers Edition sold out on Monday."
    )
    report = report_of(text)
    assert not _named(report, "GP") and not _named(report, "Makers Edition")


def test_a_second_family_name_used_alone_is_the_same_person() -> None:
    text = (
        "Family seeks funds\n\n"
        "“He cannot play now,” said Camila Duval Gbeho, their mother. "
        "Mekhi’s brother is also a player. “We need help,” Duval said."
    )
    people = [a for a in actors_of(report_of(text)) if a.name in ("Camila Duval Gbeho", "Duval")]
    assert len(people) == 1


def test_a_body_named_with_and_keeps_its_last_words() -> None:
    text = "Figures from the Nordic Centre for Disease Prevention and Control revealed a surge."
    mention = _tagged(text, "Nordic Centre for Disease Prevention", "ORG", frozenset({"control"}))
    assert mention is not None and mention.name == "Nordic Centre for Disease Prevention and Control"


def test_a_name_set_beside_company_is_a_company() -> None:
    mention = _tagged("One company, Quorvex, sells these tools to schools.", "Quorvex", "PER")
    assert mention is not None and mention.kind == "organization"


def test_a_group_of_advisers_is_a_body() -> None:
    mention = _tagged("The independent Tarn group of science advisers said this week that halls were full.", "Tarn", "LOC")
    assert mention is not None and mention.kind == "organization"


def test_a_surname_after_the_full_name_is_the_person_though_tagged_a_body() -> None:
    group_person = Group("Bernard Arnold", "person", [Mention(1, 1, 10, 24, "Bernard Arnold", "Bernard Arnold", "person")])
    short = [Mention(1, k, 100 * k, 100 * k + 6, "Arnold", "Arnold", "organization") for k in (2, 3, 4)]
    found = group_mentions([*group_person.mentions, *short])
    assert [(g.key, g.kind, len(g.mentions)) for g in found] == [("Bernard Arnold", "person", 4)]


def test_a_name_before_media_is_a_format() -> None:
    mention = _tagged("The gain came from a new type of HD media, the company said.", "HD", "ORG")
    assert mention is not None and mention.medium


def test_a_persons_possessive_before_a_product_noun_owns_it_a_platforms_is_a_medium() -> None:
    person = _tagged("Simply put, Whitlock's shows are fun in a way the films are not.", "Whitlock", "PER")
    assert person is not None and not person.medium  # the shows' maker, still a person
    platform = _tagged("Simply put, Quibble's users are young and move fast.", "Quibble", "ORG")
    assert platform is not None and platform.medium


def test_a_body_defined_with_plain_words_stays_a_body() -> None:
    text = (
        "Match awarded\n\n"
        "The statement read: 'The Control, Ethics and Disciplinary Body (CEDB) met today.' "
        "The CEDB has decided to declare the match forfeited, and the CEDB fined both federations."
    )
    assert _named(report_of(text), "CEDB")


def test_a_name_owning_a_route_is_not_one_of_a_list() -> None:
    text = (
        "Airlines ranked\n\n"
        "Fares rose on routes between New York and San Francisco or Velmora's route between Chicago and Boston. "
        "Velmora's fares rose most, travellers said."
    )
    for actor in _named(report_of(text), "Velmora"):
        assert actor.kind != "place"


def test_an_acronym_keeps_its_own_name_after_a_capitalised_word() -> None:
    mention = _tagged("CURRENT JOB: Director. SHOW US YOUR MEDALS: he played 133 Tests for us.", "US", "LOC",
                      frozenset({"us"}))
    assert mention is not None and mention.name == "United States"


def test_a_demonym_before_a_bodys_name_is_part_of_it_unless_the_name_stands_alone() -> None:
    from brief.actors.tagged_spans import glue_demonyms as _glue_demonyms

    words = "Masks went missing at the Japanese Red Cross Harlow Hospital on Monday .".split()
    spans = [(5, 6, "MISC"), (6, 10, "LOC")]
    text = " ".join(words)
    assert _glue_demonyms(text, words, spans) == ([(5, 10, "ORG")], {5})
    # "the Foreign Ministry" written alone elsewhere: the country stays apart from the ministry
    words = "The Russian Foreign Ministry said so .".split()
    text = " ".join(words) + " Later the Foreign Ministry denied it."
    spans = [(1, 2, "MISC"), (2, 4, "ORG")]
    assert _glue_demonyms(text, words, spans) == (spans, set())


def test_a_name_opened_by_an_institutions_word_is_an_organisation() -> None:
    museum = _tagged("The group helped buy treasures for the Musée Valdoret last year.", "Musée Valdoret", "PER")
    assert museum is not None and museum.kind == "organization"
    university = _tagged("She teaches at the University of Carrowmore now.", "University of Carrowmore", "LOC")
    assert university is not None and university.kind == "organization"


def test_a_name_that_lists_stock_and_prices_is_a_shop() -> None:
    shop = _tagged("Finally, Quorvex has models from Zentrix and MSI, at list price.", "Quorvex", "PER")
    assert shop is not None and shop.kind == "organization"
    river = _tagged("Orinel, meanwhile, doesn't have any options straight from Zentrix.", "Orinel", "LOC")
    assert river is not None and river.kind == "organization"
    # a person who has children or sells a house is still a person
    parent = _tagged("Halvard has two sons and a daughter.", "Halvard", "PER")
    assert parent is not None and parent.kind == "person"
    seller = _tagged("Halvard sold his house in May.", "Halvard", "PER")
    assert seller is not None and seller.kind == "person"


def test_a_name_the_text_says_is_a_dish_is_no_actor() -> None:
    dish = _tagged("Caldillo is usually a soupy beef and chiles stew, so here the chef is riffing.", "Caldillo", "PER")
    assert dish is not None and dish.thing
    fan = _tagged("Mara is a fan of the game, her coach said.", "Mara", "PER")
    assert fan is not None and not fan.thing
    text = "We tried Caldillo de Vaca, six ounces of beef. Caldillo is usually a soupy beef and chiles stew, so."
    full = Mention(1, 0, text.index("Caldillo"), text.index("Caldillo") + 16, "Caldillo de Vaca", "Caldillo de Vaca",
                   "person")
    bare = dataclasses.replace(_mention(text, "Caldillo is", "person", 1), name="Caldillo", thing=True)
    assert group_mentions([full, bare]) == []


def test_the_maker_opening_a_products_name_is_named() -> None:
    text = (
        "Where to buy the new cards\n\n"
        "Kestrix said it expects shortages for months. Stores sell cards from Kestrix and Zentrix. "
        "The card everyone wants is the Kestrix Vortex ZX 4080. Best Buy lists the Kestrix Founders Edition. "
        "Kestrix makes few of them."
    )
    kestrix = _named(report_of(text), "Kestrix")
    assert kestrix and kestrix[0].mentions >= 5, kestrix


def test_a_teaser_cut_off_after_the_story_names_no_actor() -> None:
    text = (
        "Hunter found dead\n\n"
        "A hunter was found dead near Bethany on Sunday, police said. Police in Bethany are investigating.\n\n"
        "May 06, 2022\n\n"
        "Third round matches in the Upper Dorrin Cricket Association (UDCA) Inter Club competition were hit by "
        "rain. The competition which is for teams in the..."
    )
    assert not _named(report_of(text), "Upper Dorrin Cricket Association")


def test_what_points_are_redeemed_through_is_a_programme_not_an_actor() -> None:
    text = (
        "Card review\n\n"
        "You earn $1,000 toward travel when you redeem through Halvex Ultimate Rewards. "
        "Get 25% more value when you redeem for airfare through Halvex Ultimate Rewards."
    )
    assert not _named(report_of(text), "Halvex Ultimate Rewards")


def test_an_office_by_its_initials_is_its_holder_named_next() -> None:
    text = (
        "Lockdown warning\n\n"
        "The warning was in the letter from CMO to the Health Minister on Sunday. "
        "Dr Aidan Corrigan outlined the reasons for the new restrictions. "
        "The CMO told Stephen Dorgan that the team was concerned the rules would not be enough. "
        "Dr Corrigan wrote that cases could rise."
    )
    report = report_of(text)
    corrigan = _named(report, "Aidan Corrigan")
    assert corrigan and "CMO" in corrigan[0].aliases, [(a.name, a.kind, a.aliases) for a in actors_of(report)]
    assert not [a for a in actors_of(report) if a.name == "CMO"]
    # no one named next to it: the office stays apart, as a person, never a body
    office = _tagged("The CMO told the minister that the rules were not enough.", "CMO", "ORG")
    assert office is not None and office.kind == "person" and office.role == "CMO"


def test_a_person_named_with_a_nickname_in_quotes_is_one_person() -> None:
    text = (
        "Tridents' challenge\n\n"
        "That is the view of football coach Desmond “Peewee” Carrow as the team prepares for four games. "
        "Carrow said the players lacked match practice. Carrow added that the venues were not set."
    )
    carrow = _named(report_of(text), "Desmond Carrow")
    assert carrow and carrow[0].kind == "person" and carrow[0].mentions == 3, carrow


def test_a_quoted_name_in_a_title_case_headline_is_no_nickname() -> None:
    from brief.actors.tagged_spans import NICKNAMED
    from brief.actors.tagged_spans import with_nicknames as _with_nicknames

    words = "Fans Chant ‘ Daryl Morey ’ While Protesting".split()
    assert not [s for s in _with_nicknames(words, []) if s[2] == NICKNAMED]
    words = "coach Renaldo “ Peewee ” Gilkes as".split()
    assert _with_nicknames(words, [(1, 2, "MISC")]) == [(1, 6, NICKNAMED)]


def test_a_name_between_a_and_a_thing_is_a_variety_not_an_actor() -> None:
    text = (
        "Planning for a warmer future\n\n"
        "I planted a Crimson Duke peach, chosen for its bright blossoms. "
        "I planted the Crimson Duke for the climate we once had."
    )
    assert not _named(report_of(text), "Crimson Duke")
    official = _tagged("A Velmora official, speaking on Friday, said so.", "Velmora", "ORG")
    assert official is not None and not official.medium
    clause = _tagged("He said Nadir was a Varani and that it mattered.", "Varani", "PER")
    assert clause is not None and not clause.medium


def _all(text: str, name: str, kind: str) -> list[Mention]:
    import re

    return [Mention(1, 0, m.start(), m.end(), name, name, kind) for m in re.finditer(rf"\b{name}\b", text)]


def test_an_acronym_the_text_uses_as_a_common_noun_is_a_term_not_a_body() -> None:
    from brief.actors.evidence import common_acronyms

    text = ("Labs train huge QML models. A QML technique helps, and the QML industry grows. "
            "Sellers ask double the RRP, and pay double the RRP.")
    mentions = _all(text, "QML", "organization") + _all(text, "RRP", "organization")
    assert common_acronyms(text, mentions) == []
    body = ("Velmora agents raided the farm. The VBI said the raid was lawful. VBI agents left. "
            "Critics of the VBI. Staff of the VBI, and NATO's envoy.")
    kept = _all(body, "VBI", "organization") + _all(body, "NATO", "organization")
    assert common_acronyms(body, kept) == kept
    quiet = "Agents of the VBI came. VBI agents left, and VBI agents returned."
    assert common_acronyms(quiet, _all(quiet, "VBI", "organization"))  # a body's people and the body itself


def test_a_name_used_as_a_modifier_takes_no_short_names() -> None:
    text = "Velder led one Harrow Whig revolt over food. Whig MPs and the Whig leader spoke."
    modifier = dataclasses.replace(_mention(text, "Harrow Whig", "person"), medium=True)
    short = [dataclasses.replace(m, kind="person") for m in _all(text, "Whig", "person")[1:]]
    groups = group_mentions([modifier, *short])
    assert [(g.key, len(g.mentions)) for g in groups if g.key == "Harrow Whig"] == [("Harrow Whig", 1)]


def test_a_grade_of_a_defined_term_is_a_term_too() -> None:
    from brief.actors.evidence import defined_terms

    text = ("The city planned Light Rail Transit (LRT) lines. Riders were sold on Silver Grade LRT, "
            "and the Silver Grade was promised. Velmora LRT runs it.")
    mentions = [_mention(text, "Light Rail Transit", "organization"), _mention(text, "LRT", "organization"),
                _mention(text, "Silver Grade LRT", "organization"), _mention(text, "Velmora LRT", "organization")]
    silver = text.index("Silver Grade was")
    mentions.append(Mention(1, 0, silver, silver + 12, "Silver Grade", "Silver Grade", "organization"))
    plain = {"light", "rail", "transit", "silver", "grade"}
    kept = defined_terms(text, mentions, lambda w: w.lower() in plain)
    assert [m.name for m in kept] == ["Velmora LRT"]


def test_a_city_then_a_plural_the_text_uses_alone_is_a_team() -> None:
    text = "The Velden Harriers beat the Corran Kestrels. The Kestrels and Harriers meet again in Velden."
    team = _tagged(text, "Velden", "LOC")
    assert team is not None and (team.name, team.kind) == ("Velden Harriers", "organization")
    town = _tagged("Velden Harriers fans cheered in Velden.", "Velden", "LOC")
    assert town is not None and (town.name, town.kind) == ("Velden", "place")  # never alone: no team shown
    late = text.rindex("Velden")
    alone = Mention(1, 1, late, late + 6, "Velden", "Velden", "place", after="while")
    full = Mention(1, 0, 4, 19, "Velden Harriers", "Velden Harriers", "organization")
    assert [(g.key, g.kind, len(g.mentions)) for g in group_mentions([full, alone])] == [
        ("Velden Harriers", "organization", 2)]


def test_a_clause_opener_glued_to_a_name_is_not_part_of_it() -> None:
    """ "Since Taylor Brennan left", "Hey Quorvo": the tagger glued the clause's word to the name."""
    since = _tagged("The band split. Since Taylor Brennan left, the band has struggled.", "Since Taylor Brennan", "PER")
    hey = _tagged("She wrote: Hey Quorvo, fix the feed.", "Hey Quorvo", "ORG")
    assert since is not None and since.name == "Taylor Brennan"
    assert hey is not None and hey.name == "Quorvo"


def test_a_studio_or_a_foundry_is_never_a_person() -> None:
    groups = group_mentions([
        Mention(1, 0, 0, 17, "Quill Interactive", "Quill Interactive", "person"),
        Mention(1, 1, 40, 54, "Velta Robotics", "Velta Robotics", "person"),
    ])
    assert {g.kind for g in groups} == {"organization"}


def test_the_first_word_of_a_named_day_is_no_actor() -> None:
    """ "Black Friday" where the tagger kept "Black" only: a day, not a place or a company."""
    assert _tagged("The best early Black Friday deals are here.", "Black", "LOC", frozenset({"black"})) is None
    assert _tagged("Senator Vance Tuesday said no.", "Vance", "PER") is not None


def test_a_currency_before_an_amount_is_no_actor() -> None:
    """ "Rs 300", "USD 40": an amount, though the tagger read the abbreviation as a body."""
    assert _tagged("The bar asks Rs 300 for fifteen minutes.", "Rs", "ORG") is None
    assert _tagged("The fee is USD 40 a night.", "USD", "ORG") is None
    assert _tagged("Rs Holdings said it would sell.", "Rs", "ORG") is not None


def test_our_staff_writing_and_a_craft_said_to_be_a_box_are_no_actors() -> None:
    assert writer_context("policies, as ", " reported.") is False
    assert writer_context("blank-check rules, our ", " reported.") is True
    assert writer_context("Our ", " writes: the fund") is True
    assert defined_as_thing(" is an aluminum box. Nobody") is True
    assert defined_as_thing(" is a fan of the box") is False


def test_a_market_index_that_moves_by_points_is_a_measure_not_an_actor() -> None:
    text = (
        "Stocks climb to a record\n\n"
        "The Calloway Industrial Average rose 220 points on Thursday as banks rallied. "
        "Brenna Holt, who runs a fund at Marlowe Capital, said investors were buying. "
        "The Calloway Industrial Average added 256.81 points by the close. "
        "Marlowe Capital said it would buy more shares, and its stock rose 3 percent."
    )
    report = report_of(text)
    assert not _named(report, "Calloway Industrial Average")
    assert _named(report, "Brenna Holt") and _named(report, "Marlowe Capital")


def test_a_credit_by_the_noun_of_the_work_and_by_is_the_pages_writer() -> None:
    assert writer_context("(Catch up with this piece by Ledger’s ", " .) The board") is True
    assert writer_context("Additional reporting by ", " in Tarn.") is True
    assert writer_context("a new report by ", ", an economist at") is False  # research that is news
    assert writer_context("the letter was written by ", ", who chairs") is False


def test_every_name_a_credit_lists_and_an_editors_note_are_the_pages_writers() -> None:
    assert writer_context("Additional reporting by Jane Roe and ", " in Tarn.") is True
    assert writer_context("Photos by Ann Lee, Bo Park and ", ".") is True
    assert writer_context("thanks to our reporters Dana Cole and ", " for") is True
    assert writer_context("Mayor Jane Roe and ", " said") is False  # a list, but of no credit
    assert writer_context("a new report by Jane Roe and ", ", economists") is False  # research that is news
    assert writer_context("Rules. ", " is a contributing editor at Harbor Weekly.") is True
    text = (
        "City council approves new budget for parks\n\n"
        "The city council on Tuesday approved a budget that doubles spending on parks, after months of debate. "
        "\"This is a good day for families,\" said Mayor Laura Brennan. "
        "Councillor Mark Ellison voted against it. \"We cannot afford this,\" Ellison said. "
        "Reporting by Daniel Okafor and Priya Raman; editing by Tomas Varga.\n\n"
        "Priya Raman and Daniel Okafor wrote the council's story for the Harbor Weekly. "
        "Will Ortega is a contributing editor at the Harbor Weekly. Will Ortega took the photos."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert {"Laura Brennan", "Mark Ellison"} <= names
    assert not names & {"Priya Raman", "Daniel Okafor", "Will Ortega", "Ortega"}



    from brief.actors.tagged_spans import glue_demonyms as _glue_demonyms

    words = "The American Lantern Guild announced grants .".split()
    text = " ".join(words) + " Later the American Lantern Guild paid."
    assert _glue_demonyms(text, words, [(1, 2, "MISC")]) == ([(1, 4, "ORG")], {1})
    # the tagger read the rest as a person, not opened by a given name: the same body
    assert _glue_demonyms(text, words, [(1, 2, "MISC"), (2, 4, "PER")]) == ([(1, 4, "ORG")], {1})
    # a place's name keeps its kind
    words = "He sailed to the British Tern Islands yesterday .".split()
    assert _glue_demonyms(" ".join(words), words, [(4, 5, "MISC"), (5, 7, "LOC")]) == ([(4, 7, "LOC")], {4})


def test_a_demonym_stays_apart_from_a_person_a_title_a_common_word_or_a_name_written_alone() -> None:
    from brief.actors.tagged_spans import glue_demonyms as _glue_demonyms

    cases = [
        ("The British Andy Marlow won .", [(1, 2, "MISC"), (2, 4, "PER")]),  # a given name: a person
        ("The British Prime Minister spoke .", [(1, 2, "MISC")]),  # a title
        ("The Chinese New Year began , a year of hope .", [(1, 2, "MISC")]),  # "year" is a common word
        ("The American Lantern Guild spoke . Lantern Guild members agreed .", [(1, 2, "MISC")]),  # alone too
    ]
    for sentence, spans in cases:
        words = sentence.split()
        assert _glue_demonyms(sentence, words, spans) == (spans, set()), sentence


def test_a_bodys_name_going_on_with_of_a_demonym_and_capitalised_words_is_one_name() -> None:
    from brief.actors.tagged_spans import glue_demonyms as _glue_demonyms

    words = "The National Museum of African American History and Culture opens in Washington .".split()
    spans = [(1, 3, "PER"), (4, 6, "MISC"), (10, 11, "LOC")]
    assert _glue_demonyms(" ".join(words), words, spans) == ([(1, 9, "ORG"), (10, 11, "LOC")], {4, 5})
    # not a person's title, nor a body followed by a demonym used as an origin
    words = "The President of Ukrainian descent spoke .".split()
    spans = [(1, 2, "PER"), (3, 4, "MISC")]
    assert _glue_demonyms(" ".join(words), words, spans) == (spans, set())

