"""Shapes found by probing articles written in new styles (session 37, probes29), each on text written for
these tests:
- a participle of saying in a lead that opens with a wire's dateline ("MADRID, March 9 (Reuters) - The Bank of
  Valdoria kept its rate unchanged, saying ...") is the subject's after the dateline, not the dateline
  city's, which the cue model may take for its source (furniture_words.source_past_dateline,
  opening_subject.participle_subject);
- a body named "X of Y" is of the kind its word before "of" says ("Bank of Valdoria"): "the national statistics
  office said" does not refer back to it, though its last word is in no list of bodies' words
  (body_kinds._kind_word);
- someone described with "one" or "another" and a line of work, a place of work after it ("One pilot at Westhaven
  Air, who asked not to be named, said ...") is someone new, whom a "she said" after goes on with: no actor, not
  the woman who spoke before (speakers.unnamed_people, person_nouns.LINES_OF_WORK); nor is what such a worker says, or
  one kept anonymous ("an engineer at Corvane, who spoke on condition of anonymity"), the position of the body
  they work at (lone_officials.lone_worker);
- "said" before a plural noun the cue tagger takes for a verb of saying ("said talks on a truce had stalled", "said
  calls for ... were unfair") is the cue alone: the noun opens what was said (split_cues._said_then_noun);
- a quotation, then a frame whose speaker is described before a title and name (“A,” the league's commissioner,
  former senator Ray Dunn, said. “B.”) keeps the two quotations only, not the description
  (described_frames.quotation_before_description); nor a word quoted in the source's own clause (“A,” said X, an
  analyst who rates the stock "sell." “B.”: described_frames.continued_quotation);
- "the state" is a place, not a person whose title has the word ("state Representative Lena Ortiz"), as source or
  alias (referring.title_holder);
- "Professor" written out before a name is an address as "Prof" is: the job in the apposition after the name is
  the role ("Professor Ruth Okonjo, an economist at Dunmore University, said": roles.ADDRESS_TITLES);
- a place's office named by its holder's title ("the Dorval County Attorney's office said", "the Selby Secretary of
  State's office") is a body that speaks, not the place (place_bodies._holders_office);
- a town's name with its manager or captain after it, or a draw with it ("Kelso City manager Ian Walsh", "drew 1-1
  with Kelso City") is a team, not the town (home_teams).
"""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.speakers import unnamed_people

_RATES = ("Valdoria holds rates steady\n\n"
          "{dateline} The Bank of Valdoria kept its main interest rate unchanged at 3.25% on Tuesday, saying "
          "inflation was easing but remained too high.\n\n"
          "The currency fell 0.2% against the euro. Analysts had expected the decision.\n")


def test_participle_after_a_wire_dateline_is_the_subjects() -> None:
    report = report_of(_RATES.format(dateline="MADRID, March 9 (Reuters) -"))
    assert holders(report, "inflation was easing") == ["Bank of Valdoria"]


def test_participle_after_a_dashed_dateline_is_the_subjects() -> None:
    report = report_of(_RATES.format(dateline="MADRID, March 9 —"))
    assert holders(report, "inflation was easing") == ["Bank of Valdoria"]


_PRICES = ("Valdoria inflation eases\n\n"
           "The Bank of Valdoria left its key rate at 3.25% on Thursday after a two-day meeting.\n\n"
           "Consumer prices rose 2.8% in the year to March, down from 3.1% in February, the national statistics "
           "office said on Friday. Food and energy prices fell for a second month.\n")


def test_an_office_described_is_not_a_bank_named_of_a_place() -> None:
    report = report_of(_PRICES)
    assert "Bank of Valdoria" not in holders(report, "Consumer prices rose")


_PILOTS = ("Pilots back walkout at Westhaven Air\n\n"
           "Pilots at Westhaven Air voted to walk out next month, their association said on Monday.\n\n"
           "Transport Minister Carla Benn urged both sides to return to talks. She warned that a long strike would "
           "strand thousands of travellers.\n\n"
           "{described}, who asked not to be named because she feared losing her job, said she had flown "
           "six night shifts in a row last month. \"Nobody should be landing a jet that tired,\" she said.\n")


def test_she_after_one_pilot_described_is_not_the_minister() -> None:
    for described in ("One pilot at Westhaven Air", "One pilot", "Another pilot"):
        report = report_of(_PILOTS.format(described=described))
        assert holders(report, "landing a jet") == [], described
        assert holders(report, "strand thousands") == ["Carla Benn"]


_CUTS = ("Corvane cuts 900 jobs\n\n"
         "Corvane Labs said on Monday it would cut 900 jobs, about 8% of its staff.\n\n"
         "\"We had to move quickly,\" Chief Executive Paul Garnier told staff in a memo.\n\n"
         "An engineer at Corvane Labs, who spoke on condition of anonymity, said whole teams had been "
         "told of the cuts by email.\n")


def test_an_anonymous_engineer_is_not_the_company() -> None:
    report = report_of(_CUTS)
    assert holders(report, "whole teams") == []
    assert holders(report, "cut 900 jobs") == ["Corvane Labs"]


def test_said_then_talks_is_the_cue_said() -> None:
    for clause in ("talks on a truce in the north had stalled over the release of prisoners",
                   "calls for his resignation over the contract were unfair and politically motivated",
                   "claims of fraud in the count in Dorval province were baseless"):
        report = report_of("Truce talks stall\n\nThe foreign minister of Elbaria, Tomas Varga, said " + clause
                           + ", according to a statement from his office.\n")
        positions = [p for a in actors_of(report) if a.name == "Tomas Varga" for p in a.positions]
        assert [p.cue for p in positions] == ["said"], clause
        assert positions[0].text.startswith(clause.split()[0]), clause


def test_described_speaker_between_two_quotes_is_not_said() -> None:
    text = ("League fines club over stadium crush\n\n"
            "The league fined Harbour Athletic on Thursday after a crush at the gates in March. "
            "\u201cThe club ignored every warning it was given,\u201d the league's commissioner, former senator Ray Dunn, "
            "told reporters. \u201cThat cannot happen again.\u201d\n")
    positions = [p.text for a in actors_of(report_of(text)) if a.name == "Ray Dunn" for p in a.positions]
    assert positions and all("commissioner" not in p for p in positions), positions


def test_word_quoted_in_the_speakers_clause_is_not_said() -> None:
    text = ("Brenlow shares slide\n\n"
            "Shares of Brenlow Foods fell 9% on Wednesday after the grocer cut its outlook. "
            "\"The guidance cut was bigger than anyone feared,\" said Nora Blake, a strategist at Pellman Partners "
            "who rates the stock \"sell.\" \"Margins will stay under pressure all year.\"\n")
    positions = [p.text for a in actors_of(report_of(text)) if a.name == "Nora Blake" for p in a.positions]
    assert positions and all("sell" not in p for p in positions), positions


def test_the_state_is_not_a_state_representative() -> None:
    text = ("Judge blocks school funding law\n\n"
            "A judge blocked the school funding law on Friday. Democratic state Representative Lena Ortiz, who "
            "sponsored the law, said she was confident it would be restored.\n\n"
            "The state said it would appeal the decision to the supreme court. Schools across the state "
            "had planned to use the money for teachers.\n")
    report = report_of(text)
    assert "Lena Ortiz" not in holders(report, "appeal the decision")
    assert all("the state" not in a.aliases for a in actors_of(report))


def test_professor_written_out_gives_way_to_the_job_after_the_name() -> None:
    text = ("Minimum wage rise had little effect on jobs, study finds\n\n"
            "A study of 4,000 small firms found that last year's rise in the minimum wage cost few jobs.\n\n"
            "Professor Ruth Okonjo, an economist at Dunmore University who was not involved in the study, said "
            "the results matched earlier research.\n")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Ruth Okonjo") == "economist at Dunmore University", roles


def test_a_title_holders_office_is_a_body_not_the_place() -> None:
    text = ("Charges dropped against bus driver\n\n"
            "Prosecutors dropped all charges against a school bus driver in Dorval County on Friday.\n\n"
            "The driver had not been speeding, the Dorval County Attorney's office said in a statement.\n")
    assert holders(report_of(text), "not been speeding") == ["Dorval County Attorney's office"]


def test_one_singled_out_goes_on_only_when_kept_anonymous() -> None:
    for text, pronouns in (("One nurse at Ward 4, who asked not to be named, said the ward was short-staffed.", "she"),
                           ("One questioner claimed that the closures had hurt the town.", "")):
        cue = text.index(" said ") + 1 if " said " in text else text.index(" claimed ") + 1
        source = (0, text.index(",") if "," in text[:cue] else cue - 1)
        attribution = Attribution(cue=(cue, cue + 4), source=source, content=(cue + 5, len(text) - 1), quote=False,
                                  sentence=0)
        assert unnamed_people(text, attribution) in ((pronouns,) if pronouns == "" else ("she", "he or she")), text


def test_a_town_with_its_manager_is_a_team() -> None:
    text = ("Late penalty earns Redmoor a point\n\n"
            "Redmoor Rovers drew 1-1 with Kelso City on Saturday after a penalty in stoppage time.\n\n"
            "Kelso City manager Ian Walsh was furious with the decision. \"It was never a penalty,\" Walsh told "
            "reporters.\n")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Kelso City", "organization") == "organization", kinds
    assert kinds.get("Ian Walsh") == "person", kinds

