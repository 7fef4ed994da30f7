"""Shapes of the English-language press of East Asia, Oceania, Latin America and continental Europe
(session 46, helper asia47), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by

_GOVERNMENT_TRANSCRIPT = (
    "Transcript of remarks by CE at media session before ExCo (with video)\n\n"
    "     Following is the transcript of remarks by the Chief Executive, Mr Daniel Fung, at a media session "
    "before the Executive Council meeting today (March 3):\n\n"
    "Reporter: Good morning Mr Fung. Will the Government extend the rent relief for small shops? And what is "
    "your response to criticism of the harbour tunnel toll plan? Thank you.\n\n"
    "Chief Executive: On rent relief, we will decide in the Budget and announce it as soon as possible. "
    "We understand the pressure on small shops.\n\n"
    "     On the tunnel tolls, the plan will ease congestion and it is fair to all motorists. The criticism is "
    "misleading. The Government will explain the details to the Legislative Council next week.\n\n"
    "Reporter: Will you meet the transport unions?\n\n"
    "Chief Executive: Yes, the Secretary for Transport will meet them this week.\n\n"
    "Ends/Tuesday, March 3, 2026\n"
)


def test_a_transcripts_office_label_in_its_own_capitals_is_the_holder_the_page_introduced() -> None:
    """ "Chief Executive: ..." under "the Chief Executive, Mr Daniel Fung": his turn, not a person "Executive"."""
    report = report_of(_GOVERNMENT_TRANSCRIPT)
    assert "Daniel Fung" in holders(report, "rent relief")
    assert "Executive" not in [a.name for a in actors_of(report)]


def test_a_transcripts_turn_goes_on_over_its_unlabelled_paragraphs_until_the_next_label() -> None:
    """The answer's second paragraph (no label of its own) is still the Chief Executive's."""
    assert holders(report_of(_GOVERNMENT_TRANSCRIPT), "tunnel tolls") == ["Daniel Fung"]


def test_a_spokespersons_answer_over_two_paragraphs_is_hers_whole() -> None:
    text = (
        "Foreign Ministry Spokesperson Qiao Lin's Regular Press Conference on March 3, 2026\n\n"
        "Harbour News Agency: A senior official of Norland said on Monday that its navy will patrol the "
        "Keswick Strait next month. Do you have any response?\n\n"
        "Qiao Lin: We have noted the reports. We firmly oppose any move that raises tension in the region.\n\n"
        "     We urge Norland to respect the security concerns of countries in the region and stop sending "
        "warships to provoke trouble.\n\n"
        "Coastal Television: The Western Bloc summit issued a statement. What is your comment?\n\n"
        "Qiao Lin: The statement ignores the facts.\n"
    )
    assert holders(report_of(text), "stop sending warships") == ["Qiao Lin"]


def test_an_inverted_frame_that_opens_with_its_verb_says_it_in_the_present() -> None:
    """ "Said Mr Goh: ..." and "Added Ms Tan: ...": "says", "adds", never "Said" or "Added" in the list line."""
    text = (
        "Minister warns firms on data transfers\n\n"
        "SINGAPORE - Companies that send customer data overseas without safeguards will face higher penalties, "
        "said Minister for Digital Affairs Tan Wei Ling on Tuesday (March 3).\n\n"
        "Mr Goh Kian Seng, an MP for Kallang Bay GRC, asked whether small businesses would be given more time "
        "to comply.\n\n"
        'Said Mr Goh: "Small firms want to comply, but they need clear guidance and time."\n\n'
        'Added Ms Tan: "We will help them."\n'
    )
    lines = [line for lines in summaries_by(text).values() for line in lines]
    assert any(line.startswith("says “Small firms") for line in lines), lines
    assert any(line.startswith("adds “We will help") for line in lines), lines


def test_a_korean_name_whose_given_name_goes_on_in_lower_case_after_its_hyphen_is_a_titled_person() -> None:
    """ "Opposition lawmaker Bae Soo-min": a person with her role, though the tagger reads the name a body's."""
    text = (
        "Office denies report\n\n"
        "The presidential office has dismissed a report about the visit.\n\n"
        "Opposition lawmaker Bae Soo-min said the office should explain its position clearly.\n\n"
        "Bae added that the public deserved answers.\n"
    )
    actor = next(a for a in actors_of(report_of(text)) if a.name == "Bae Soo-min")
    assert actor.kind == "person"
    assert actor.role == "Opposition lawmaker"


def test_an_outlets_request_for_comment_is_no_position_of_the_outlet() -> None:
    """ "Euronews has contacted the Commission for comment": the reporter's errand, listed under no one."""
    text = (
        "EU to propose ban on single-use vapes, officials say\n\n"
        "The European Commission will propose an EU-wide ban on single-use vapes next month, two officials told "
        "Euronews.\n\n"
        "Health Commissioner Marta Kovac has repeatedly called for tougher rules on vapes aimed at young people.\n\n"
        "The Independent Vapers Alliance said a ban would push users back to cigarettes.\n\n"
        "Euronews has contacted the Commission for comment.\n"
    )
    assert holders(report_of(text), "for comment") == []
    assert holders(report_of(text), "push users back") == ["Independent Vapers Alliance"]


def test_a_name_set_off_after_a_utility_is_the_utilitys_not_a_persons() -> None:
    """ "The city's water utility, Tirta Jaya, said": a body, though the tagger reads a person's name."""
    text = (
        "City to ration water\n\n"
        "The city will ration piped water in six districts.\n\n"
        "The city's water utility, Tirta Jaya, said reservoir levels had fallen.\n"
    )
    assert next(a for a in actors_of(report_of(text)) if a.name == "Tirta Jaya").kind == "organization"


def test_a_day_of_the_month_written_alone_is_when_it_was_said_not_what() -> None:
    """ "said on the 25th that ..." and "said on the 11th, “...”": the line says neither "on" nor "the 25th"."""
    text = (
        "Floor leader accuses opposition of breaking bill deal\n\n"
        "Floor leader Kang Min-seok of the ruling Civic Unity Party said on the 25th that the opposition had broken "
        "an agreement on which bills to put to a vote first.\n\n"
        'Seo Young-ho, the new floor leader of the New Future Party, said on the 11th, "We will recognize the '
        'ruling party as a negotiating partner."\n'
    )
    lines = [line for lines in summaries_by(text).values() for line in lines]
    assert "says the opposition had broken an agreement on which bills to put to a vote first" in lines, lines
    assert not any("11th" in line or "25th" in line or line.startswith("says on") for line in lines), lines


def test_a_politician_called_by_a_political_leaning_right_after_being_named_is_that_politician() -> None:
    """ "“There is no money,” the libertarian told supporters": the president just named, as "the politician" is."""
    text = (
        "President trims cabinet\n\n"
        "President Tomas Valdez announced on Friday that the infrastructure ministry would be merged into the "
        "economy ministry.\n\n"
        '"There is no money," the libertarian told supporters outside the palace.\n\n'
        "Valdez added that more cuts would follow.\n"
    )
    assert holders(report_of(text), "There is no money") == ["Tomas Valdez"]


def test_an_unlabelled_question_ends_the_labelled_turn_before_it() -> None:
    """An interview that labels its guest's answers and sets its questions without a label: the question after
    an answer is not the guest's."""
    text = (
        "How a small paper moved its site to a faster format\n\n"
        "What made you switch?\n\n"
        "Dana Orvik: Our pages were slow and readers left before they loaded.\n\n"
        "We also wanted to spend less on servers.\n\n"
        "Were there any problems along the way?\n\n"
        "Dana Orvik: The ads were the hardest part.\n\n"
        "What would you tell other papers?\n\n"
        "Dana Orvik: Start small and measure everything.\n"
    )
    report = report_of(text)
    assert holders(report, "any problems along the way") == []
    assert holders(report, "less on servers") == ["Dana Orvik"]


def test_the_islands_government_is_the_island_named_not_a_city_named_since() -> None:
    """ "the island's government said" after "Taiwan's Mainland Council ... Beijing": Taiwan speaks, not Beijing."""
    text = (
        "Taiwan minister says Beijing must stop shunning president\n\n"
        "Mr Wang Chih-hao, minister of Taiwan's Mainland Council, accused Beijing of unfairly painting the "
        "administration as provocative.\n\n"
        "Earlier this week, the island's government said it would step up checks on ships.\n"
    )
    assert holders(report_of(text), "step up checks") == ["Taiwan"]
