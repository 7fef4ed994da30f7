"""Shapes of who speaks on real-news pages (session 38, speakers27), on articles written for these tests: a merged
trust's name with "and" between its places, a gang that calls itself by a person-shaped name, a campaign named
by common words before its apposition, a verb coordinated after another's object, the role of a body's voice set
off before a rank, a person's role where the tagger typed the name a body, and unions that speak unnamed."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of

_TRUST = (
    "Hospital trust cancels operations after cyber attack\n\n"
    "Hundreds of operations have been cancelled after an attack on the computer systems of a hospital trust.\n\n"
    "Royal Infirmaries of Calderby and Moss Vale NHS Foundation Trust said on Wednesday that it had declared a "
    "critical incident.\n\n"
    "A cybercrime gang calling itself Grey Heron claimed responsibility on its leak site and said it had copied "
    "patient files. An extortion group known as Copperline Syndicate was also named by analysts. The group said "
    "it had played no part.\n\n"
    "Dr Imogen Vale, the trust's medical director, said emergency care was running normally."
)


def test_a_merged_trusts_name_is_not_split_at_and() -> None:
    trust = actor_named(report_of(_TRUST), "Royal Infirmaries of Calderby and Moss Vale NHS Foundation Trust")
    assert any("critical incident" in p.text for p in trust.positions)
    names = [a.name for a in actors_of(report_of(_TRUST))]
    assert "Moss Vale NHS Foundation Trust" not in names


def test_a_gang_that_calls_itself_a_name_is_a_body_and_the_group_is_the_one_so_introduced() -> None:
    report = report_of(_TRUST)
    assert actor_named(report, "Grey Heron").kind == "organization"
    assert holders(report, "played no part") == ["Copperline Syndicate"]


_HEARING = (
    "Minister grilled over ferry contract\n\n"
    "A Senate hearing on the ferry contract turned heated on Thursday.\n\n"
    "Senator Dolores Abad, who chairs the committee, questioned the transport secretary for two hours. At one "
    "point she asked about the Unity Party, called Mendoza a \"coward\" and said the contract should be scrapped.\n\n"
    "Save Our Quay, a Bristol-based residents' campaign, which argued that the new ferries were too large for the "
    "harbour, has written to the committee.\n\n"
    "A spokesman for the Ghanaian navy, Cdr. Kofi Mensah, said the vessels had passed every inspection."
)


def test_a_verb_coordinated_after_anothers_object_shares_its_subject() -> None:
    report = report_of(_HEARING)
    assert holders(report, "a \"coward\"") == ["Dolores Abad"]
    assert holders(report, "the contract should be scrapped") == ["Dolores Abad"]


def test_a_campaign_named_by_common_words_before_its_apposition_speaks() -> None:
    assert holders(report_of(_HEARING), "the new ferries were too large") == ["Save Our Quay"]


def test_a_voice_for_a_body_set_off_before_a_rank_is_the_role() -> None:
    assert actor_named(report_of(_HEARING), "Kofi Mensah").role == "spokesman for the Ghanaian navy"


def test_a_name_typed_a_body_with_a_persons_role_beside_it_is_that_person() -> None:
    report = report_of("Growers to appeal ruling\n\nNora Stock, a lawyer for the growers, said they would "
                       "appeal the ruling.\n")
    stock = actor_named(report, "Nora Stock")
    assert (stock.kind, stock.role) == ("person", "lawyer for the growers")


_STRIKE = (
    "Paramedics to strike over pay\n\n"
    "Paramedics at Northfield Ambulance Station voted to walk out next month, their union said on Monday.\n\n"
    "Unions said they would back the strike across the region. Health minister Carl Dunmore said the offer was "
    "fair."
)


def test_their_union_after_a_group_of_people_is_that_groups_union() -> None:
    assert holders(report_of(_STRIKE), "voted to walk out") == ["Paramedics' union"]


def test_unions_with_no_article_speak_as_a_group() -> None:
    assert holders(report_of(_STRIKE), "back the strike") == ["unions"]


_ROUNDUP = (
    "Where to buy the new graphics card\n\n"
    "Retailers have the card listed from Palomar, Kestrix and Vantor. Palomar has two models. Kestrix has one. "
    "Palomar also sells a cheaper model in Europe.\n\n"
    "Coldforge currently sells a gaming desktop with the card, and the company told reporters that more "
    "configurations would follow soon."
)


def test_the_company_in_a_clause_after_an_untagged_subject_is_that_subject() -> None:
    assert holders(report_of(_ROUNDUP), "more configurations") == ["Coldforge"]


def test_a_name_with_a_combining_accent_is_one_word() -> None:
    import unicodedata

    from brief import pipeline
    from brief.ingest.files import Loaded, parse_text

    text = unicodedata.normalize("NFD", "Palace rejects inquiry\n\nThe opposition demanded an inquiry on Monday. "
                                 "But Malacañang said it saw no need for one.\n")
    article, _ = parse_text(text, 1, "1.txt")
    report = pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))
    assert holders(report, "no need") == ["Malacañang"]
