"""Speakers and position contents an analyst can trust (issue 11), on articles written for these tests:
a statement made inside a subordinate clause ends where the main clause begins, a body located in a
place is not the place, "the union" is only a union the article names, a time phrase is no title."""

from __future__ import annotations

import pytest
from written import actors_of, holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.quote_before import quote_before_cue


def _summaries(report: object) -> list[str]:
    return [p.summary for a in actors_of(report) for p in a.positions]  # type: ignore[arg-type]


def test_a_statement_in_a_subordinate_clause_ends_where_the_main_clause_begins() -> None:
    report = report_of(
        "Hanna Orlov was dismissed as deputy mayor of Dunmere in June. Orlov was also expelled from the ruling "
        "party, and after two weeks of rallies at which she called for council reform and the mayor's resignation, "
        "she was arrested under a law that allows police to hold her without charge.\n\n"
        "If Teodor Vance hopes to keep his seat on the council, he must win back the riverside wards.\n\n"
        "Vance argued that as a councillor, he was entitled to see the audit.\n\n"
        "Vance said before the vote begins, he plans to hand the clerk a written objection."
    )
    summaries = _summaries(report)
    call = next(s for s in summaries if "council reform" in s)
    assert "arrested" not in call, summaries
    assert not any("must win back" in s for s in summaries), summaries
    # a clause fronted inside what was said is part of it
    assert any("as a councillor, he was entitled" in s for s in summaries), summaries
    assert any("before the vote begins, he plans" in s for s in summaries), summaries


def test_a_main_clause_opened_by_a_contracted_pronoun_ends_the_statement() -> None:
    report = report_of(
        "The mayor of Dunmere faces a recall vote.\n\n"
        "Although Teodor Vance has vowed to repair every road in the riverside wards, he’s also cut the "
        "repair budget twice.\n"
    )
    summaries = _summaries(report)
    vow = next(s for s in summaries if "repair every road" in s)
    assert "budget" not in vow, summaries


def test_a_body_located_in_a_place_speaks_not_the_place() -> None:
    report = report_of(
        "A blast at a chemical plant killed eleven workers on Monday.\n\n"
        "Police in northeastern Dunland's Kessel province said on Tuesday that the plant had no licence to store the gas.\n\n"
        "Dunland's foreign ministry said the country would accept help from its neighbours."
    )
    assert holders(report, "no licence to store") not in (["Dunland"], ["Kessel"])
    assert holders(report, "accept help from its neighbours") == ["Dunland"]


def test_the_union_is_only_a_union_the_article_names() -> None:
    report = report_of(
        "Workers at the Dunmere steel plant walked out on Friday, and Acme Steel said it would not negotiate. "
        "The Dunmere Chamber of Commerce urged both sides to return to talks. The union said the strike would go on until wages rose.\n\n",
        "Nurses at Kessel General Hospital walked out on Monday. The National Union of Nurses called the strike "
        "after pay talks failed. The hospital said its emergency ward would stay open. The union said the nurses "
        "would return only when a pay offer was made in writing.",
    )
    assert holders(report, "until wages rose") in ([], ["union"])  # no union is named: not the chamber
    assert holders(report, "pay offer was made in writing") == ["National Union of Nurses"]


def test_a_time_phrase_is_never_part_of_a_title() -> None:
    report = report_of(
        "On Monday Prime Minister Ada Quinn said the budget would be balanced within three years. "
        "In March Finance Minister Teodor Vance said taxes would not rise. "
        "Quinn and Vance will present the budget to parliament on Friday."
    )
    roles = {a.name: a.role for a in actors_of(report)}
    assert roles.get("Ada Quinn") == "Prime Minister", roles
    assert roles.get("Teodor Vance") == "Finance Minister", roles


def test_a_clause_opened_by_a_time_noun_is_subordinate_and_a_passive_with_an_adverb_says_nothing() -> None:
    report = report_of(
        "The morning Mayor Hanna Orlov announced the flood plan last year, she summoned her advisers to the "
        "town hall.\n\n"
        "Orlov has been harshly criticized for policies that farmers see as a threat to their land."
    )
    summaries = _summaries(report)
    assert not any("summoned her advisers" in s for s in summaries), summaries
    assert not any(s.startswith("criticizes") for s in summaries), summaries


def test_a_predicate_whose_subject_stands_outside_the_statement_is_no_position() -> None:
    report = report_of(
        "Teodor Vance was held for two days in Dunmere. He has a scar on his arm, which he claims was inflicted by "
        "police during his first night in a cell.\n\n"
        "What Hanna Orlov says is that the council never saw the audit before the vote."
    )
    summaries = _summaries(report)
    assert not any(s.startswith("claims was") for s in summaries), summaries
    assert holders(report, "never saw the audit") == ["Hanna Orlov"]
    assert not any(" is that the council" in s for s in summaries), summaries


def test_an_infinitive_cue_is_no_statement() -> None:
    report = report_of(
        "European leaders gathered in Dunmere on Friday to discuss the torrent of challenges facing the bloc. "
        "Chancellor Hanna Orlov said the leaders had agreed to draw up a plan by March."
    )
    assert not any(s.startswith("to discuss") for s in _summaries(report)), _summaries(report)
    assert holders(report, "draw up a plan") == ["Hanna Orlov"]


def test_a_cue_keeps_only_its_verb() -> None:
    report = report_of(
        "Andrew Hartley was convicted of manslaughter at Dunmere Crown Court on Friday.\n\n"
        "Michael Fitton, defending, said Hartley had twenty years of experience in the gas industry.\n\n"
        "The council's deputy director, Josenrique Cueto, acknowledged last week that the department had never "
        "talked with the trust about its plans."
    )
    summaries = _summaries(report)
    assert any(s.startswith("says Hartley had twenty years") for s in summaries), summaries
    assert not any(s.startswith("acknowledges week") for s in summaries), summaries
    cues = [p.cue for a in actors_of(report) for p in a.positions if "never talked" in p.text]
    assert cues == ["acknowledged"], cues


def test_a_content_that_stops_at_a_colon_runs_on_to_what_it_announces() -> None:
    report = report_of(
        "The flood destroyed forty homes in Dunmere last week.\n\n"
        "Mayor Tom Harlow said the town had a message for the government:\n\n"
        "“We will rebuild every house that the flood destroyed, whatever it costs.”\n\n"
        "Maria Okafor, the council leader, put it this way:\n\n"
        "“Nobody will be left without a roof.”\n\n"
        "Teodor Vance wrote on Twitter that the response was:\ntoo slow, too small and too late."
    )
    summaries = _summaries(report)
    assert not any(s.rstrip("…").endswith((":", "this way", "response was")) for s in summaries), summaries
    assert any("message for the government: ‘We will rebuild" in s for s in summaries), summaries
    assert any("too slow, too small and too late" in s for s in summaries), summaries


def test_a_quotation_before_an_inverted_cue_is_what_was_said_not_the_apposition_after() -> None:
    report = report_of(
        "The committee met for six hours on Friday. “We have a duty to finish the hearings before the holidays,” "
        "said Asa Hutchinson, R-Ark., as he left the conference. “Dunland has been very good at trying to follow "
        "the rules,” said Chad Bown, an expert on trade at the Peterson Institute for International Economics."
    )
    summaries = _summaries(report)
    assert holders(report, "finish the hearings") == ["Asa Hutchinson"]
    assert holders(report, "follow the rules") == ["Chad Bown"]
    assert not any("Peterson Institute" in s or "left the conference" in s for s in summaries), summaries


def test_a_phrase_in_scare_quotes_before_the_cue_is_not_the_statement() -> None:
    text = ("The District 4 Dunmere school board “snafu” demonstrates that our election systems are not infallible. "
            "“We will count again,” said Hanna Orlov, the county clerk.")

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    scare = Attribution(at("demonstrates"), at("The District 4 Dunmere school board “snafu”"),
                        at("that our election systems are not infallible"), False, 0)
    assert quote_before_cue(text, scare) == scare
    inverted = Attribution(at("said"), at("Hanna Orlov"), at("the county clerk"), False, 1)
    assert quote_before_cue(text, inverted).content == at("“We will count again,”")
    text = "The appointment “is a bullet of mercy to the peace process,” said Tishrin, which speaks for the state."
    mid = Attribution(at("said"), at("Tishrin"), at("which speaks for the state"), False, 0)
    assert quote_before_cue(text, mid).content == at("“is a bullet of mercy to the peace process,”")


def test_a_quotation_then_where_it_was_said_is_the_quotation() -> None:
    text = ('"The port has been losing money for years," Vance said on Dunmere Radio\'s "Morning Hour" on Monday. '
            '"It cannot go on."')

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    # the model left "on" out of the content: what follows the cue only says where it was said
    where = Attribution(at("said"), at("Vance"), at('Dunmere Radio\'s "Morning Hour" on Monday'), False, 0)
    assert quote_before_cue(text, where).content == at('"The port has been losing money for years,"')
    text = '"The port has been losing money," Vance said in a statement that he had asked for an audit.'
    told = Attribution(at("said"), at("Vance"), at("he had asked for an audit"), False, 0)
    assert quote_before_cue(text, told) == told  # what follows the statement's "that" is said too


def test_a_question_put_to_the_speaker_is_not_his_statement() -> None:
    report = report_of(
        "The council met on Thursday to vote on the budget. “It is the council which decides how the money is spent,” "
        "Hanna Orlov said when asked by Dunmere radio whether she would veto the plan. "
        "If pressed by reporters, Teodor Vance said, he would resign."
    )
    summaries = _summaries(report)
    assert not any("by Dunmere radio" in s or "asks by" in s for s in summaries), summaries
    assert not any(s.startswith("presses") for s in summaries), summaries
    assert holders(report, "which decides how the money is spent") == ["Hanna Orlov"]


def test_what_someone_says_inside_a_noun_phrase_is_no_statement() -> None:
    report = report_of(
        "The council will vote on the budget on Friday. The gap between what Teodor Vance says his budget would do "
        "and what it would actually do has grown since March. Other leaders used blunt language to denounce what "
        "Teodor Vance called the council's “reckless, costly, dangerous” budget. "
        "Here is what Hanna Orlov said: the budget "
        "cuts every school in the riverside wards."
    )
    summaries = _summaries(report)
    assert not any("budget would do" in s for s in summaries), summaries
    assert holders(report, "cuts every school") == ["Hanna Orlov"]
    assert holders(report, "reckless, costly") == ["Teodor Vance"]  # his words, quoted


def test_that_before_a_verb_is_the_subject_not_a_conjunction() -> None:
    from brief.actors.phrasing import summary_line

    assert summary_line("believe", "that is likely", False) == "believes that is likely"
    assert summary_line("said", "that the budget is balanced", False) == "says the budget is balanced"
    assert summary_line("told", "reporters that was irrelevant", False) == "tells reporters that was irrelevant"
    assert summary_line("told", "reporters that the vote was over", False) == "tells reporters the vote was over"


def test_a_time_clause_before_the_speaker_is_when_not_what() -> None:
    from brief.actors.statements import content_after_fronted

    text = "When Vance was approached on the quay, he told police he had sold the boat. If the port closes, Orlov said, the town dies."

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    he = text.index(" he told") + 1
    when = Attribution(at("told"), (he, he + 2), at("When Vance was approached on the quay"), False, 0)
    end = text.index(" If")
    assert content_after_fronted(text, when, end).content == at("police he had sold the boat")
    # a condition is part of what was said
    condition = Attribution(at("said"), at("Orlov"), at("If the port closes"), False, 0)
    assert content_after_fronted(text, condition, len(text)) == condition


def test_a_content_cut_where_an_aside_in_dashes_opens_runs_through_it() -> None:
    from brief.actors.clause_spans import through_dashes

    text = ("The port said the three ferries — the Dunmere, the Kessel and the Orlov — would stop in May. "
            "The port is displaying a new ferry — the largest on the river — while the town waits.")
    spans = [(0, text.index(" The port is") + 1), (text.index("The port is"), len(text))]

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    said = Attribution(at("said"), (0, 8), at("the three ferries"), False, 0)
    assert through_dashes(text, said, spans).content == at(
        "the three ferries — the Dunmere, the Kessel and the Orlov — would stop in May")
    port = text.index("The port is")
    shown = Attribution(at("is displaying"), (port, port + 8), at("a new ferry"), False, 1)
    assert through_dashes(text, shown, spans) == shown  # an object noun phrase is whole before its aside


def test_a_dateline_opening_the_paragraph_is_no_one_s_words() -> None:
    from brief.actors.furniture_words import dateline_end as _dateline_end

    text = ("(DNN)Mayor Hanna Orlov closed the port on Monday.\n\nDunmere, DL – The ferries will stop in May.\n\n"
            "Sen. Teodor Vance (D-Dun.) said the port would reopen.")
    assert text[_dateline_end(text, 1, 40):].startswith("Mayor Hanna Orlov")  # the model left out "("
    ferries = text.index("Dunmere, DL")
    assert text[_dateline_end(text, ferries, len(text)):].startswith("The ferries")
    senator = text.index("Sen. Teodor")
    assert _dateline_end(text, senator, len(text)) == senator  # a name and a party, no dateline


def test_headlines_run_into_a_sentence_are_no_statement() -> None:
    from brief.actors.furniture_words import LISTED as _LISTED

    report = report_of(
        "Mayor Hanna Orlov closed the Dunmere port on Tuesday after weeks of threats against her office.\n\n"
        "A Dunmere man admitted threatening Mayor Hanna OrlovHanna OrlovDunmere Daily: Unions oppose port bill over "
        "ferry fees | Councillors call for a harbour review | Kessel gets questions over tolls | Unions oppose "
        "the port budget over ferry fees MORE, the county prosecutor said on Monday.\n\n"
        "Orlov said the threats had frightened her staff for weeks. The Dunmere Unions said they would march on Friday."
    )
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    assert not any("|" in s or "port budget" in s for s in summaries), summaries
    assert holders(report, "frightened her staff") == ["Hanna Orlov"]
    assert _LISTED.search("Unions oppose port bill over ferry fees | Councillors call for a review | Kessel gets tolls")
    assert not _LISTED.search("The vote was 5 | 4 in favour.")


def test_a_participle_after_an_adverb_shares_the_clause_s_subject() -> None:
    report = report_of(
        "The prisons chief was questioned by senators on Tuesday about the escape at the Dunmere jail.\n\n"
        "“You are in this job because of this crisis,” Senator Teodor Vance told Hanna Orlov, repeatedly calling "
        "for an account of how the guards lost track of the prisoner. “Those guards must answer for it.”\n\n"
        "Orlov said the jail had been short of staff for a year."
    )
    assert holders(report, "an account of how the guards lost track") == ["Teodor Vance"]
    assert holders(report, "Those guards must answer for it") == ["Teodor Vance"]


def test_a_cue_set_off_in_commas_inside_its_clause_leaves_one_clause() -> None:
    from brief.actors.clause_spans import content_text, set_off_cue

    text = "The key to the port's future, says Vance, is the new ferry line. The ferries will stop, Orlov said, citing the cost."

    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    key = Attribution(at("says"), at("Vance"), at("The key to the port's future"), False, 0)
    whole = set_off_cue(text, key, text.index(" The ferries"))
    assert content_text(text, whole) == "The key to the port's future is the new ferry line"
    stop = Attribution(at("said"), at("Orlov"), at("The ferries will stop"), False, 1)
    assert set_off_cue(text, stop, len(text)) == stop  # "citing the cost" is the cue's own participle


def test_a_predicate_after_a_cue_set_off_in_commas_takes_its_subject_before() -> None:
    """ "Finding salt on the moon, he said, is the next best thing": the clause is said whole, not
    dropped as a relative clause's gap."""
    report = report_of(
        "Finance Minister Teodor Vance toured the Dunmere harbour on Monday. Vance spoke to the crews.\n\n"
        "Finding a buyer for the old ferries, he said, is the next best thing to a new harbour."
    )
    assert holders(report, "Finding a buyer for the old ferries is the next best thing") == ["Teodor Vance"]


def test_a_clause_before_a_set_off_cue_joined_by_and_after_it_is_said_too() -> None:
    """ "During the boom the fee rose to 70 percent, Marten said, and that needs to come back down":
    the half after the cue joins on to the clause before the frame; both are said. A phrase too short
    for a clause before the frame ("Last week, ...") is no part of it."""
    report = report_of(
        "Harbour fees climb again\n\nDunmere harbour fees rose by a fifth this spring, the council said on Monday.\n\n"
        "During the boom the fee rose to 70 percent of the cost, harbour master Ivo Marten said, and that needs to "
        "come back down before the summer. Boats waited at the quay.\n\nLast week, Marten said, and the council agreed, the fees "
        "were set for the year."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report)}
    assert ("During the boom the fee rose to 70 percent of the cost, and that needs to come back down before the summer"
            in said["Ivo Marten"])
    assert not any(p.startswith("Last week") for p in said["Ivo Marten"])


def test_a_quotation_opened_straight_and_closed_curly_before_its_source_is_what_was_said() -> None:
    report = report_of(
        "Finance Minister Teodor Vance unveiled a tax plan for Dunland on Monday. Economists were divided.\n\n"
        "\"A great day for Dunland! In the end, we will balance the budget,” Vance tweeted soon after the "
        "Kessel Chamber closed its hearing on Tuesday."
    )
    assert holders(report, "we will balance the budget") == ["Teodor Vance"]
    assert holders(report, "Kessel Chamber closed its hearing") == []


def test_a_quotation_left_open_runs_to_its_paragraphs_end_and_on_after_a_link() -> None:
    """ “A. B.¶SEE ALSO: a headline¶“C.”: the sentences inside the open quotation, and the quoted
    paragraph after the page's link, are the speaker's."""
    report = report_of(
        "Finance Minister Teodor Vance unveiled a tax plan for Dunland on Monday. Economists were divided.\n\n"
        "Vance said that the army could be deployed in Kessel, warning: “They are already there in the Kessel "
        "garrison. They are there to stay and will not move.\n\n"
        "SEE ALSO: Dunland budget row: ferry workers strike in Kessel\n\n"
        "“If the chamber resists, we will not sit on our hands and watch. We have enough votes to end it.”"
    )
    assert holders(report, "there to stay and will not move") == ["Teodor Vance"]
    assert holders(report, "We have enough votes to end it") == ["Teodor Vance"]


def test_he_said_after_a_described_new_subject_is_that_person() -> None:
    """ "Harbour pilot Ivo Marten, who ..., could see ...¶“...,” he said.": the person brought in as
    the sentence's subject, after a description, speaks, not the last speaker."""
    report = report_of(
        "Finance Minister Teodor Vance toured the Dunmere harbour on Monday.\n\n"
        "“That is perfect,” Vance said. “It is the mark of a true ferry town.”\n\n"
        "Harbour pilot Ivo Marten, who joked about the ferry's old engines, could see the frustration on the "
        "crew's faces.\n\n"
        "“They are used to leaving on time, every time,” he said."
    )
    assert holders(report, "used to leaving on time") == ["Ivo Marten"]


def test_a_name_in_apposition_after_a_description_and_its_clause_speaks() -> None:
    """ "The company that runs the Kessel Ferries, Dunmere Holdings, denies ...": the name after the
    description is the speaker, not the name inside its relative clause; "they said" goes on with it."""
    report = report_of(
        "Finance Minister Teodor Vance said on Monday that the ferry row was over. Crews were relieved.\n\n"
        "The company that runs the Kessel Ferries, Dunmere Holdings, denies that anything has been sorted.\n\n"
        "“Any final agreement needs to be made with the crews themselves. We have no further comment,” they said."
    )
    assert holders(report, "anything has been sorted") == ["Dunmere Holdings"]
    assert holders(report, "made with the crews themselves") == ["Dunmere Holdings"]


@pytest.mark.parametrize("voice", ["A company spokesperson", "A spokesman for the company"])
def test_a_spokesperson_for_a_body_named_by_its_kind_is_that_body(voice: str) -> None:
    report = report_of(
        "Orvanta is reportedly being investigated by the Kessel Attorney General. Orvanta "
        f"is headquartered in Kessel.\n\n{voice} said in an email that “we have received an inquiry from "
        "the office and are cooperating in the matter.”"
    )
    assert holders(report, "received an inquiry from the office") == ["Orvanta"]
    aliases = [alias for a in actors_of(report) for alias in a.aliases]
    assert not any("spokes" in alias for alias in aliases), aliases


def test_a_source_cut_inside_a_relative_clause_about_campaigns_is_the_subject_before_it() -> None:
    report = report_of(
        "Finance Minister Teodor Vance called an election in Dunland on Monday. Voters were divided.\n\n"
        "In a reflection of the confusion, the Dunland Electoral Board, which regulates campaign finances, "
        "issued a statement warning that “voters are entitled to transparency from campaigners before an election.”"
    )
    assert holders(report, "voters are entitled to transparency") == ["Dunland Electoral Board"]


def test_a_described_source_after_a_quotation_is_not_a_body_the_quotation_names() -> None:
    """ “At no time did Orvanta agree to ... the Kessel Ferry Awards,” the production company said:
    the company is the one named before the quotation, not the last body named inside it."""
    report = report_of(
        "Orvanta showed its new ferry line in Kessel on Monday. Crews were curious.\n\n"
        "Dunmere Productions denied that it had settled on an arrangement with the ferry line.\n\n"
        "“At no time did Dunmere Productions agree to, create or distribute a statement in partnership with "
        "Orvanta regarding the Kessel Ferry Awards,” the production company said in a separate statement."
    )
    assert holders(report, "agree to, create or distribute") == ["Dunmere Productions"]


def test_now_theyve_is_they_going_on_with_the_last_speaker() -> None:
    """ "Now they've put out another statement ... “...,” it says.": the body that spoke before puts
    out the statement, and "it" is that statement, not the last body named."""
    report = report_of(
        "Orvanta and the Kessel Ferry Awards fell out over the ferry crews on Monday. Crews were divided.\n\n"
        "Orvanta have twice denied doing anything wrong.\n\n"
        "“At no point did we say the crews could not sail,” they said in a statement on their website.\n\n"
        "“In fact, we do not have the right to keep them from sailing anywhere.”\n\n"
        "Now they've put out another statement - directly to the organisers of the Kessel Ferry Awards.\n\n"
        "“We have agreed to grant all licenses of our crews' performances to the harbour,” it says."
    )
    assert holders(report, "agreed to grant all licenses") == ["Orvanta"]


def test_a_quotation_before_its_source_and_cue_is_what_was_said_past_whom_it_addressed() -> None:
    def at(text: str, words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    text = "“Would it be all right if I show the children the garden?” she politely asks Joe, in the last scene."
    asked = Attribution(at(text, "politely asks"), at(text, "she"), at(text, "Joe, in the last scene"), False, 0)
    assert quote_before_cue(text, asked).content == at(text, "“Would it be all right if I show the children the garden?”")
    text = '"Rain and wind kept us from resuming the search this morning," air force rescue coordinator S.B. Pratomo told AFP.'
    told = Attribution(at(text, "told"), at(text, "Pratomo"), at(text, "AFP"), False, 0)
    assert quote_before_cue(text, told).content == at(text, '"Rain and wind kept us from resuming the search this morning,"')
    text = "“It is very quick,” Vance said approvingly, “and he saves time doing that.”"
    resumed = Attribution(at(text, "said"), at(text, "Vance"), at(text, "approvingly, “and he saves time doing that.”"), False, 0)
    assert quote_before_cue(text, resumed).content == at(text, "“It is very quick,”")
    text = "“It is very quick,” Vance said Orlov was wrong about the port."
    claim = Attribution(at(text, "said"), at(text, "Vance"), at(text, "Orlov was wrong about the port"), False, 0)
    assert quote_before_cue(text, claim) == claim  # a name that a clause goes on from is said too
    text = "“We have listened to passengers,” transport director Ines Aalto told the council meeting, where it passed."
    audience = Attribution(at(text, "told"), at(text, "Ines Aalto"), at(text, "the council meeting, where it passed"), False, 0)
    assert quote_before_cue(text, audience).content == at(text, "“We have listened to passengers,”")
    text = "“We have listened,” Ines Aalto told the council the plan was sound."
    clause = Attribution(at(text, "told"), at(text, "Ines Aalto"), at(text, "the council the plan was sound"), False, 0)
    assert quote_before_cue(text, clause) == clause  # whom she told, then what: said too


def test_a_speakers_words_fitted_into_the_writers_next_sentence_are_theirs() -> None:
    report = report_of(
        "Capt. Hal Sarno of the Dunmere Police Department said an officer approached the man. "
        "“The officer returned fire,” he said. "
        "The man fled, “indiscriminately firing his weapon at passing vehicles.” "
        "He later starred in “The Man Who Knew Too Much.”"
    )
    assert holders(report, "indiscriminately firing his weapon") == ["Hal Sarno"]
    assert not holders(report, "The Man Who Knew")


def test_a_participle_of_saying_with_no_speaker_before_it_shares_the_subject_opening_its_sentence() -> None:
    report = report_of(
        "The airline's shares fell 8 percent in Jakarta. "
        "Mr. Fernandes flew to Surabaya on Monday, saying that until the investigation was completed it was "
        "premature to speculate on whether procedures or crew training needed to be changed. "
        "Senator Dana Whitlock voted against the bill in committee, while claiming it would raise costs for farmers."
    )
    assert holders(report, "premature to speculate") == ["Fernandes"]
    assert holders(report, "raise costs for farmers") == ["Dana Whitlock"]
    report = report_of(
        "Health minister Stephen Donnelly said the country would move to level five on Wednesday. "
        "Speaking on Morning Ireland he bypassed the question for a second time saying \"it is about trying to make "
        "the best decision we can given the evidence we have.\""
    )
    assert holders(report, "the best decision we can") == ["Stephen Donnelly"]


def test_a_participle_of_any_seed_cue_shares_the_subject_opening_its_sentence() -> None:
    report = report_of(
        "The harbour fees in Dunmere will double in May. "
        "Tomas Brenner posted a video of the council meeting online, accusing the mayor of hiding the cost of the pier. "
        "Ana Kovic walked out of the hall on Monday, arguing that the fees would close half the stalls. "
        "Edda Marsh left the quay before noon, adding that the boats would stay in port all week."
    )
    assert holders(report, "hiding the cost of the pier") == ["Tomas Brenner"]
    assert holders(report, "close half the stalls") == ["Ana Kovic"]
    assert holders(report, "stay in port all week") == ["Edda Marsh"]


def test_a_clause_told_to_reporters_without_that_is_a_position() -> None:
    report = report_of(
        "Port of Kessel plans automated cranes\n\n"
        "Kessel's harbour master, Jonas Eberle, told reporters the cranes were needed to keep the port competitive.\n\n"
        "Transport Minister Helga Brandt told reporters in Kessel after the vote.\n"
    )
    assert holders(report, "the cranes were needed to keep the port") == ["Jonas Eberle"]
    assert holders(report, "in Kessel after the vote") == []
