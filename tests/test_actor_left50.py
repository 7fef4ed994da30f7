"""Shapes left by session 44's probes (left50): an officer whose given name no list holds named in a row with
his company ("Lumio CEO Tarq Velloso said"); no answer to a request for comment at a sentence's opening."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.joined_fields import with_joined_fields
from brief.actors.mentions import Mention
from brief.actors.officer_spans import with_officers
from brief.actors.opening_names import declines_comment
from brief.actors.outlet_reference import outlet_named


def test_an_officer_with_an_unlisted_given_name_is_cut_from_the_company() -> None:
    words = "Lumio CEO Tarq Velloso said the deal would create jobs".split()
    assert with_officers(words, [(0, 4, "ORG")]) == [(0, 1, "ORG"), (2, 4, "PER")]
    words = "Vale Police Inspector Training College said".split()
    assert with_officers(words, [(0, 5, "ORG")]) == [(0, 5, "ORG")]  # a body's ending
    words = "Vale Police Inspector Awards Gala Dinner said".split()
    assert with_officers(words, [(0, 6, "ORG")]) == [(0, 6, "ORG")]  # a longer name goes on


def test_the_officer_with_an_unlisted_given_name_speaks_in_his_role() -> None:
    report = report_of("Lumio signs hospital deal\n\nLumio has signed a deal with the Northgate hospital trust, "
                       "the company said on Monday. The deal was signed by Lumio CEO Tarq Velloso at a ceremony. "
                       "Lumio CEO Tarq Velloso said the deal would create 200 jobs. Velloso added that the firm "
                       "would open a new office in the spring.")
    people = {a.name: a for a in actors_of(report) if a.kind == "person"}
    assert "Tarq Velloso" in people and people["Tarq Velloso"].role == "Lumio CEO"
    assert holders(report, "create 200 jobs") == ["Tarq Velloso"]
    assert holders(report, "open a new office") == ["Tarq Velloso"]


def test_no_answer_to_a_request_for_comment_at_a_sentence_opening() -> None:
    """ "Zentrix did not respond to a request for comment.": the only mention, at a sentence's opening; the
    name is read again there as "declined to comment" has it read, and the report is its position."""
    assert declines_comment("Zentrix did not respond to a request for comment .".split(), 0)
    assert declines_comment("Zentrix did not immediately return calls seeking comment .".split(), 0)
    assert declines_comment("Zentrix could not be reached for comment .".split(), 0)
    assert not declines_comment("Zentrix did not respond to the attack .".split(), 0)
    report = report_of("Data leak hits customers\n\nCustomers of the online shop were told on Monday that their "
                       "details had been stolen in a cyber attack.\n\nZentrix did not respond to a request for "
                       "comment.\n\nHacker group Nullwave said it had taken the data.")
    assert holders(report, "a request for comment") == ["Zentrix"]


def test_a_field_word_after_a_summary_noun_opens_the_title() -> None:
    """ "a claim government spokesman X made": the noun sums up what went before; "government" is the title's."""
    report = report_of("Row over border closure deepens\n\nOfficials said the closure was temporary, a claim "
                       "government spokesman Tomasz Wielgosz made again on Thursday. Wielgosz said the border "
                       "would reopen when it was safe.")
    people = {a.name: a for a in actors_of(report) if a.kind == "person"}
    assert people["Tomasz Wielgosz"].role == "government spokesman"


def test_bodies_whose_names_the_tagger_cut_are_read_whole() -> None:
    """A compass word before a body's name ("Western | Isles Ferries"), a union of two fields cut at "and", and a
    long name listing its fields with commas, which its bracketed initials spell."""
    report = report_of("Storm disrupts island ferries\n\nA storm forced the cancellation of ferry sailings on Monday."
                       "\n\nWestern Isles Ferries said all sailings from Stornaway would be cancelled until Wednesday."
                       "\n\nThe Seafarers and Allied Workers' Union said crews should not be asked to sail."
                       "\n\nThe Caledonian Atmospheric, Geophysical and Oceanographic Services Administration (Cagosa) "
                       "warned that winds could reach 90mph on Tuesday.")
    assert holders(report, "all sailings from Stornaway") == ["Western Isles Ferries"]
    assert holders(report, "crews should not be asked") == ["Seafarers and Allied Workers' Union"]
    assert holders(report, "winds could reach") == [
        "Caledonian Atmospheric, Geophysical and Oceanographic Services Administration"]


def test_two_bodies_joined_by_and_stay_two() -> None:
    words = "the Pentagon and State Department said".split()
    assert with_joined_fields(" ".join(words), words, [(1, 2, "ORG"), (3, 5, "ORG")]) == [(1, 2, "ORG"), (3, 5, "ORG")]
    words = "the Bakers and Millers Union said . The Millers Union is old".split()
    spans = [(1, 2, "ORG"), (3, 5, "ORG")]
    assert with_joined_fields(" ".join(words), words, spans) == spans  # the union named alone too


def test_a_country_s_army_is_not_another_country_s_named_before() -> None:
    report = report_of("Drone strikes hit border region\n\nDrone strikes hit several villages near the border "
                       "overnight.\n\nThe Ukrainian army said it had shot down 40 drones.\n\nBritain's army said it "
                       "would send more engineers to help repair the damage.")
    assert holders(report, "more engineers") == ["Britain's army"]
    assert holders(report, "shot down 40 drones") == ["Ukrainian army"]


def test_a_closing_label_of_name_and_role_before_a_colon_quote() -> None:
    report = report_of("Residents fight tower plan\n\nPlans for a tower on the edge of Hadley Park were approved on "
                       "Wednesday.\n\n— Tamsin Olowe, head of the residents' association: \"We will fight this all "
                       "the way to the High Court.\"\n\nPiers Langdale, who lives nearby, added: \"The park will be "
                       "in shadow for half the day.\"")
    assert holders(report, "all the way to the High Court") == ["Tamsin Olowe"]


def test_a_waterway_is_no_short_name_of_its_authority() -> None:
    report = report_of("Ships queue at canal\n\nShips were queuing to pass through the Suez Canal on Monday after a "
                       "tanker ran aground.\n\nThe Suez Canal Authority said traffic would return to normal within days.")
    authority = [a for a in actors_of(report) if a.name == "Suez Canal Authority"]
    assert authority and "Suez Canal" not in authority[0].aliases


def test_a_city_before_a_premises_noun_is_the_city() -> None:
    report = report_of("Takeaway fined\n\nA Leeds takeaway has been fined after inspectors found mice in its "
                       "kitchen.\n\nThe Bradford restaurant chain that owns the shop said it had closed the branch. Leeds is a "
                       "big city with many takeaways.")
    assert [a.kind for a in actors_of(report) if a.name == "Leeds"] == ["place"]


def test_a_lone_surname_speaking_in_the_first_person_singular_is_a_person() -> None:
    report = report_of("Hospital waiting lists grow\n\nWaiting lists at the county's hospitals have grown for the "
                       "sixth month in a row.\n\nBrannigan says the figures show the health service is close to "
                       "breaking point. \"I have never seen queues like this,\" Brannigan says.")
    assert [a.kind for a in actors_of(report) if a.name == "Brannigan"] == ["person"]
    report = report_of("Grocer cuts prices\n\nPrices at Harlowe fell again on Monday.\n\n\"We have cut the price "
                       "of bread,\" Harlowe said.")
    assert [a.kind for a in actors_of(report) if a.name == "Harlowe"] != ["person"]


def test_the_newspaper_and_the_network_are_the_outlets_named_so() -> None:
    report = report_of("Minister faces questions\n\nThe culture minister, Harriet Oyelaran, faced fresh questions on "
                       "Thursday over a donation.\n\nThe Daily Courier first reported the donation last week. The "
                       "newspaper reported that two other ministers had received gifts from the same donor.\n\n"
                       "Kestrel TV aired an interview with the donor on Wednesday. The broadcaster said the donor had "
                       "refused to answer questions.\n\nOyelaran appeared on Pennant Network's Morning Desk programme. "
                       "According to the network, she has agreed to give a longer interview next week.")
    assert holders(report, "two other ministers") == ["Daily Courier"]
    assert holders(report, "refused to answer") == ["Kestrel TV"]
    assert holders(report, "a longer interview") == ["Pennant Network"]


def test_an_officer_named_by_a_surname_alone_after_her_office() -> None:
    report = report_of("Bid race heats up\n\nThree firms are bidding for the contract.\n\nHalden chief executive "
                       "Marsh said the firm would not bid for the contract.")
    marsh = [a for a in actors_of(report) if a.name == "Marsh"]
    assert marsh and marsh[0].kind == "person" and marsh[0].role == "Halden chief executive"
    report = report_of("Shares rise\n\nIn 2014, the company bought streaming leader Twitch in a deal worth $970 million. "
                       "The Twitch unit then bought a games agency. Research firm DataCo estimates that Twitch made "
                       "$2 billion in sales.")  # a market's leader: the firm
    assert not [a for a in actors_of(report) if a.name == "Twitch" and a.kind == "person"]


def test_a_name_after_a_network_is_not_brought_in_as_one() -> None:
    text = "It is a network Russia has financed. The network said it would grow."
    russia = Mention(1, 0, text.index("Russia"), text.index("Russia") + 6, "Russia", "Russia", "organization")
    assert outlet_named(text, [russia], "network") is None
    text = "It was shown by broadcaster Kestrel. The broadcaster said it would grow."
    kestrel = Mention(1, 0, text.index("Kestrel"), text.index("Kestrel") + 7, "Kestrel", "Kestrel", "organization")
    assert outlet_named(text, [kestrel], "broadcaster") == kestrel
