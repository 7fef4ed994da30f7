"""Kinds of actors on business and labour pages written for these tests: a body named once, set off by an
apposition that ranks it among its country's bodies ("X, Ruritania's biggest farm lobby, said")."""

from __future__ import annotations

from written import actors_of, kinds_of, line_sentences, report_of

from brief.model import Article


def test_a_name_ranked_among_its_countrys_bodies_is_a_body_not_a_town() -> None:
    text = ("Growers and lenders react to levy\n\n"
            "Ovrakel, Portugal's biggest growers' lobby, said it hoped the levy would be dropped. Tremlin, Ghana's "
            "oldest bank, said it expected rates to fall. Dunsoro, the country's second-largest miners' union, "
            "warned members would strike. Officials in Lisbon said talks would resume.")
    kinds = kinds_of(text)
    assert kinds.get("Ovrakel") == "organization"
    assert kinds.get("Tremlin") == "organization"
    assert kinds.get("Dunsoro") == "organization"
    assert kinds.get("Lisbon") == "place"


def test_a_town_before_its_province_is_still_a_place() -> None:
    text = ("Flooding closes roads\n\n"
            "Water rose across Kelbrook, Ontario, on Monday. A spokesperson in Kelbrook said crews were working "
            "through the night. Kelbrook, Ontario, had seen no flood like it.")
    assert kinds_of(text).get("Kelbrook") != "organization"


def test_a_ranking_apposition_reads_only_a_body_noun() -> None:
    from brief.actors.body_appositions import ranked_body  # noqa: PLC0415 (a new rule: its baseline has none)

    assert ranked_body(", Kenya's biggest lender by assets, said", ["Halvo"])
    assert ranked_body(", the world's most valuable carmaker, said", ["Ardent"])
    assert ranked_body(", Japan's biggest business lob", ["Halvo"]) is False  # a window cut inside its noun
    assert not ranked_body(", Hollywood's biggest star, said", ["Maren"])  # a person's rank
    assert not ranked_body(", Kenya's biggest union's boss, said", ["Ann", "Reyes"])
    assert not ranked_body(", Kenya's biggest union, said", ["Ann", "Reyes"])  # a given name first: a person's


def test_a_bodys_branch_named_by_a_region_stays_one_name() -> None:
    text = ("Campaigners attack fishing deal\n\n"
            "Greenwatch EU called the deal a betrayal of coastal towns. The European Commission said the quotas "
            "were fair. Post-Brexit EU trade rules were not discussed.")
    report = report_of(text)
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Greenwatch EU") == "organization"
    assert "Brexit EU" not in kinds and "Post-Brexit EU" not in kinds
    assert not any("betrayal" in p.text for a in actors_of(report) if a.name == "European Union" for p in a.positions)


def test_a_body_whose_name_opens_with_a_demonym_is_the_body_not_its_continent() -> None:
    text = ("Green groups warn on law\n\n"
            "Earthaid EU called it a betrayal of voters. The European Water Bureau warned that the law would be "
            "weakened.")
    kinds = kinds_of(text)
    assert kinds.get("European Water Bureau") == "organization"
    assert "Europe" not in kinds


def test_an_event_named_with_a_demonym_is_no_body() -> None:
    text = ("Sprinter wins gold\n\n"
            "Ada Obi won the 100 metres at the African Games on Sunday. She said the crowd had carried her.")
    assert "African Games" not in kinds_of(text)


def test_a_full_name_no_list_knows_that_the_text_calls_the_president_is_a_person() -> None:
    text = ("Tax bills signed\n\n"
            "Bola Tinubu on Thursday signed four tax reform bills into law at the Presidential Villa. But the "
            "president said the new taxes would not hurt the poor.")
    kinds = kinds_of(text)
    assert kinds.get("Bola Tinubu") == "person"


def test_a_firm_that_is_it_stays_a_firm() -> None:
    text = ("Phone maker launches handset\n\n"
            "Zentro Maxal unveiled a new phone on Monday. The company said it would ship in May, and its "
            "president said demand was strong.")
    assert kinds_of(text).get("Zentro Maxal") != "person"


def test_an_office_another_person_holds_does_not_make_a_firm_a_person() -> None:
    text = ("Tariffs hit banks\n\n"
            "President Ada Obi imposed new tariffs on Monday. Zentro Maxal cut its forecast for growth. The president "
            "said the tariffs would stay.")
    assert kinds_of(text).get("Zentro Maxal") != "person"


def test_a_name_set_beside_its_kinship_to_someone_is_a_person() -> None:
    text = ("Premiere night\n\n"
            "Kemi Stone, Dave McCary's wife, said the film was a triumph. Guests arrived late.")
    assert kinds_of(text).get("Kemi Stone") == "person"


def test_a_name_opening_its_one_sentence_that_owns_its_is_read_again_as_a_body() -> None:
    from brief.actors.mentions import find_mentions  # noqa: PLC0415

    text = ("Zenkoro has raised its forecast for house prices. Analysts said demand was strong. Canberra Mutual said "
            "borrowers would save money.")
    article = Article(1, "Lenders lift forecasts", "1.txt", text)
    kinds = {m.name: m.kind for m in find_mentions(article, tuple(line_sentences(text)))}
    assert kinds.get("Zenkoro") == "organization"


def test_an_outlet_spoken_to_is_cut_from_the_country_that_opens_what_was_said() -> None:
    from brief.actors.branch_names import with_branch_names  # noqa: PLC0415

    words = "The minister told Reuters Iran would not back down .".split()
    assert with_branch_names(words, [(3, 5, "ORG")]) == [(3, 4, "ORG"), (4, 5, "LOC")]
    words = "A source told the BBC Israel had rejected it .".split()
    assert with_branch_names(words, [(4, 6, "ORG")]) == [(4, 5, "ORG"), (5, 6, "LOC")]
    words = "Oxfam Kenya said families were hungry .".split()
    assert with_branch_names(words, [(0, 2, "ORG")]) == [(0, 2, "ORG")]
