"""Who said what where the attribution model alone falls short (brief.actors.speakers and the
source resolution in brief.actors.positions), on articles written for these tests."""

from __future__ import annotations

import dataclasses

from written import actors_of, holders, report_of

from brief import pipeline
from brief.actors.attribution import Attribution
from brief.actors.labelled_turns import labelled_paragraphs, unnamed_turns
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import find_mentions
from brief.actors.speakers import missed_speaker
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.text.sentences import split_article


def test_a_quotation_that_goes_on_after_its_attribution_keeps_its_speaker() -> None:
    report = report_of(
        "Schools in Dunmere County are buying cameras for every classroom.\n\n"
        "\"We're like every other district\" trying to keep pupils safe, says Hanna Orlov, a spokesperson "
        "for the county schools. \"We're just throwing darts at the board to see what sticks.\"\n\n"
        "The trust heard in June that the buses would not keep their promised times. In the evening, the "
        "priorities would reverse, Mr. Teodor Vance said. \"The express service runs in the direction of rush hour.\"\n\n"
        "Judge Alma Reyes said: \"There was no malice in this case.\n\n"
        "\"You knew the dangers of the leak.\n\n"
        "\"You knew that the gas can overwhelm people.\n\n"
        "\"You believed the pipe was fitted.\n\n"
        "\"Leaving the pipe unconnected created a foreseeable risk to life.\"\n"
    )
    assert holders(report, "throwing darts") == ["Hanna Orlov"]
    assert holders(report, "direction of rush hour") == ["Teodor Vance"]
    assert holders(report, "foreseeable risk to life") == ["Alma Reyes"]


def test_a_quotation_followed_by_its_own_attribution_is_not_the_speaker_before() -> None:
    report = report_of(
        "\"We will appeal,\" said Hanna Orlov, a lawyer for the families.\n\n"
        "\"The ruling ignores the evidence. It cannot stand,\" said Teodor Vance, the council's leader.\n"
    )
    assert holders(report, "ignores the evidence") == ["Teodor Vance"]


def test_a_speaker_the_tagger_missed_is_named_by_the_apposition_before_the_cue() -> None:
    report = report_of(
        "Universities are bringing students back into large halls this autumn.\n\n"
        "Levi Pay, a former director of student services who now advises universities on the student "
        "experience, says: \"It didn't make sense to bring so many students back into these blocks.\"\n\n"
        "Pay says the plan of separating students into bubbles is wishful thinking. He points out that most "
        "student rooms are allocated randomly.\n"
    )
    assert holders(report, "make sense to bring") == ["Levi Pay"]
    assert holders(report, "allocated randomly") == ["Levi Pay"]


def test_a_name_the_source_tagger_cut_short_is_the_whole_name() -> None:
    report = report_of(
        "Last month, researchers revealed a robot hand that solves puzzles.\n\n"
        "The effort may have consumed about 2.8 gigawatt-hours of electricity, estimates Evan Sparks, CEO "
        "of Determined Labs, a startup that sells software to manage such projects.\n"
    )
    assert holders(report, "gigawatt-hours") == ["Evan Sparks"]


def test_an_interview_answer_under_its_speaker_s_label_is_theirs() -> None:
    report = report_of(
        "Nadia Brook and Osman Kell run the newsroom's web team at the Dunmere Ledger.\n\n"
        "How did you get into the field?\n\n"
        "Nadia: I was introduced to programming at school before studying it at Dunmere College.\n\n"
        "Osman: At the Ledger, we are all about putting readers first. We want our site to be fast. "
        "The Velmora Press Agency pushed us to remove a lot of complex code, which made pages faster.\n\n"
        "Further reading: Nadia Brook: The web is getting slower\n"
    )
    assert holders(report, "introduced to programming") == ["Nadia Brook"]
    assert holders(report, "putting readers first") == ["Osman Kell"]
    assert holders(report, "remove a lot of complex code") == ["Osman Kell"]  # his answer, not the agency's
    assert holders(report, "getting slower") == []


def test_he_goes_on_with_a_person_just_brought_in_as_the_subject() -> None:
    report = report_of(
        "Students are angry about the rents, says Levin Marsh, a housing adviser. \"It is not a want, it is a "
        "need,\" he says.\n\n"
        "Fraser Amos, a final-year student at Dunmere University, is helping to organise a rent strike.\n\n"
        "\"Universities are putting rents above student lives,\" he says.\n"
    )
    assert holders(report, "putting rents above") == ["Fraser Amos"]


def test_he_said_after_a_long_quote_goes_to_the_speaker_described_not_a_name_in_the_quote() -> None:
    report = report_of(
        "Governor Elena Marsh said the arrest of the premier was a matter for the courts.\n\n"
        "The arrest was made at an airport in Florida on Thursday, officials there confirmed.\n\n"
        "In the meantime, the governor also indicated that she will publish the inquiry's report soon.\n\n"
        "\"The inquiry looked at governance. I will have a call with the Acting Premier Tomas Kell today "
        "to discuss the way forward.\"\n\n"
        "She said she will provide more information in due course.\n"
    )
    assert holders(report, "more information in due course") == ["Elena Marsh"]


def test_he_added_after_a_spokesperson_for_a_body_goes_on_with_the_body() -> None:
    report = report_of(
        "Students at Dunmere University say they were left alone in their halls. Dan, a first-year student, "
        "said he had not made a single friend.\n\n"
        "A spokesperson for Dunmere University urged struggling students to talk to staff, saying: \"We "
        "understand this is difficult for those who are new to the city.\" He added that the halls team had "
        "organised more than 160 events to help new students make friends.\n"
    )
    assert holders(report, "organised more than 160 events") == ["Dunmere University"]


def test_a_name_in_commas_before_its_cue_and_a_cue_after_and_keep_their_subjects() -> None:
    report = report_of(
        "The Dunmere Transit Trust met on Monday to hear about the new express buses.\n\n"
        "But as trust member Ivo Marten asked how the buses will cross 46 junctions on the trip to the "
        "harbour, Alma Reyes, assistant director for construction of county transport, explained that the "
        "buses would not stop for cars crossing.\n\n"
        "The trust gave the county an extra month to answer and then unanimously urged the county to keep "
        "its promise of a full express service.\n"
    )
    assert holders(report, "would not stop for cars") == ["Alma Reyes"]
    assert holders(report, "keep its promise of a full express") == ["Dunmere Transit Trust"]


def test_officials_of_an_institution_speak_for_it_and_go_on_doing_so() -> None:
    report = report_of(
        "DUNMERE - A total of 6,000 masks have been lost at a hospital in Dunmere, it was learned Tuesday. "
        "The Dunmere Police is investigating the incident as a theft.\n\n"
        "The masks had been kept in a machine room on the third floor of the Saint Alder Hospital, officials "
        "at the institution said.\n\n"
        "Four of the 12 boxes were gone. The room is usually locked, the officials said.\n\n"
        "The incident is regrettable although the hospital has enough masks for its staff, an official said.\n"
    )
    for fragment in ("kept in a machine room", "usually locked", "enough masks for its staff"):
        assert holders(report, fragment) == ["Saint Alder Hospital"], fragment


def test_a_clause_that_names_its_source_frames_the_rest_of_the_sentence() -> None:
    report = report_of(
        "Storage makers are racing to fit more data on each disk.\n\n"
        "As Platterwatch reports, Dunmere company Velmora Industries is the world's largest maker of disk "
        "platters. Platterwatch covers the storage trade.\n\n"
        "Dr. Ivo Marten led the study at Dunmere College. In Dr. Marten's words, \"Could the moment of "
        "decision be the moment we become aware of it?\"\n"
    )
    assert holders(report, "largest maker of disk platters") == ["Platterwatch"]
    assert holders(report, "moment of decision") == ["Ivo Marten"]


def test_a_spokesperson_written_with_the_body_s_name_speaks_for_it() -> None:
    report = report_of(
        "Farmers fear cheap imports after the trade deal.\n\n"
        "Last night, a Ministry spokesperson said the trade commission will help keep standards high.\n"
    )
    assert holders(report, "help keep standards high") == ["Ministry"]


def test_the_head_after_a_possessive_is_the_body_not_the_place() -> None:
    report = report_of(
        "Power lines in Velmora are run by the Velmora Power Authority, a public company.\n\n"
        "The chief executive of Velmora's power authority said renewables are not a factor in the blackouts.\n"
    )
    assert holders(report, "not a factor in the blackouts") == ["Velmora Power Authority"]


def test_a_statement_cut_short_by_a_report_inside_it_keeps_its_speaker() -> None:
    report = report_of(
        "Residents of Dunmere Bay are fighting a casino plan.\n\n"
        "Roxana Delcour said she and some neighbours worried that the council would be swayed to support "
        "the casino plan.\n"
    )
    assert holders(report, "would be swayed to support") == ["Roxana Delcour"]


def test_a_sentence_that_only_opens_with_a_quoted_phrase_is_not_a_quotation_going_on() -> None:
    report = report_of(
        "Health chief Elena Marsh warned that the city could see 2,000 cases a day by November.\n\n"
        "\"Proactive and robust\" measures must be taken if there is a hope of seeing a real suppression.\n"
    )
    assert holders(report, "measures must be taken") == []



def test_a_name_after_a_preposition_in_a_source_is_not_a_missed_speaker() -> None:
    text = "You may have to set it up, according to new benchmarking with Watch Dogs. Secretary Ivo Marten says so."
    sentences = split_article(article_from_text(text, 1, "1.txt"))
    index = MentionIndex([])

    def spoken(cue: str, source: str, content: str) -> Attribution:
        at = (text.index(cue), text.index(cue) + len(cue))
        src = (text.index(source), text.index(source) + len(source))
        return Attribution(at, src, (text.index(content), text.index(content) + len(content)), False, 0)

    benchmarked = spoken("according to", "new benchmarking with Watch Dogs", "You may have to set it up")
    assert missed_speaker(text, benchmarked, index, sentences[0], 1) is None
    titled = spoken("says", "Secretary Ivo Marten", "so")
    found = missed_speaker(text, titled, index, sentences[1], 1)
    assert found is not None and (found.name, found.kind) == ("Ivo Marten", "person")


def test_a_source_with_a_relative_clause_before_its_cue_says_what_follows_the_cue() -> None:
    report = report_of(
        "Farm standards are back before Parliament this week.\n\n"
        "Last night, senior Tory MP Tomas Harrow, who has already led one Commons Tory rebellion over food "
        "standards, urged the Government to compromise.\n"
    )
    assert holders(report, "the Government to compromise") == ["Tomas Harrow"]


def test_what_follows_a_colon_is_said_whole_even_with_a_that_inside() -> None:
    report = report_of(
        "Farmers fear cheap imports after the trade deal.\n\n"
        "Last night, a Ministry spokesperson said: 'We remain focused on getting trade deals that work in the "
        "best interests of our farmers and consumers.'\n"
    )
    assert holders(report, "remain focused on getting trade deals") == ["Ministry"]


def test_researchers_with_no_name_go_on_for_the_body_that_just_spoke() -> None:
    report = report_of(
        "Forecasts of the drought keep changing.\n\n"
        "Last October, the National Weather Agency released its winter outlook. Researchers predicted that "
        "through February the state will still have to contend with the drought.\n"
    )
    assert holders(report, "still have to contend with the drought") == ["National Weather Agency"]


def test_a_quotation_whose_speaker_is_named_after_it_is_not_the_speaker_before() -> None:
    report = report_of(
        "Mayor Elena Marsh said the plan for the harbour had failed. \"It was a disaster from the start. "
        "Nobody came to the meetings, and nobody asked us,\" said Tomas Kell, a councillor for the harbour ward.\n"
    )
    assert "Elena Marsh" not in holders(report, "disaster from the start")


def test_a_country_inside_a_description_of_an_expert_is_not_the_speaker() -> None:
    report = report_of(
        "Colleges across the country are filling their halls again this autumn.\n\n"
        "A leading US public health expert is now warning that unless new testing is brought in, outbreaks "
        "could close whole campuses within weeks.\n\n"
        "A senior British economist said that the cost of closing campuses would fall on the poorest students.\n\n"
        "US officials said on Monday that federal money for testing would be released in October.\n"
    )
    assert holders(report, "close whole campuses") == []
    assert holders(report, "fall on the poorest students") == []
    assert holders(report, "federal money for testing") == ["United States"]


def test_they_after_people_described_not_named_is_not_the_body_named_before() -> None:
    report = report_of(
        "The Dunmere Water Company lost its appeal on Tuesday.\n\n"
        "A team of local lawyers argued before the Appeals Tribunal that the fine was far too high for a small firm. "
        "They also maintained that the company had reported the leak within the hour.\n"
    )
    assert holders(report, "reported the leak within the hour") == ["local lawyers"]  # a group, not the company
    assert holders(report, "far too high for a small firm") == ["local lawyers"]


def test_an_expert_described_in_the_lead_and_named_next_said_the_leads_words() -> None:
    report = report_of(
        "Colleges across the country are filling their halls again this autumn.\n\n"
        "A leading US public health expert is now warning that unless new testing is brought in, outbreaks "
        "could close whole campuses within weeks.\n\n"
        "Prof Mara Lindqvist, director of the Centre for Campus Health at Dunmere University, says: \"Opening a "
        "hall of residence is like docking a cruise ship in the middle of town.\"\n"
    )
    assert holders(report, "close whole campuses") == ["Mara Lindqvist"]
    assert holders(report, "cruise ship") == ["Mara Lindqvist"]


def test_people_described_who_speak_together_are_a_group_not_the_last_person_named() -> None:
    report = report_of(
        "Vilmar Oster, 54, died after a hunting trip in the forest near Dunmere last week.\n\n"
        "The loggers told investigators that the trip had gone wrong on Saturday night. They claimed that "
        "Oster had told them to stay behind while he walked on to track a deer.\n\n"
        "Health secretary Ana Kovic was pressed in the chamber by a string of Tory MPs who said the new fines "
        "were proof that ministers should hold a vote first.\n"
    )
    assert holders(report, "had gone wrong on Saturday") == ["loggers"]
    assert holders(report, "to stay behind") == ["loggers"]
    assert holders(report, "new fines were proof") == ["Tory MPs"]
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["loggers"] == "group"


def test_kin_of_a_person_speak_for_themselves() -> None:
    report = report_of(
        "Former general Ruben Falco was arrested in Dunmere on Friday.\n\n"
        "Falco's family issued a statement calling the arrest an insult to the nation and its army.\n"
    )
    assert "Ruben Falco" not in holders(report, "an insult to the nation")


def test_a_name_that_only_describes_the_head_noun_of_the_source_is_not_the_speaker() -> None:
    report = report_of(
        "Pubs in Dunmere will close for three weeks from Monday under the new rules.\n\n"
        "The Albert Quay spot said \"there is no point in a pub being open when people are told to stay home\".\n\n"
        "A research paper from a team at Velmora University found that training one large model may use as "
        "much energy as five cars.\n\n"
        "Velmora University said on Monday that it would fund the work. Velmora University itself has stated "
        "to expect shortages of power throughout the year.\n"
    )
    assert holders(report, "no point in a pub") == []
    assert holders(report, "training one large model") == ["Velmora University"]
    assert holders(report, "shortages of power") == ["Velmora University"]


def test_a_name_after_a_possessive_before_the_cue_is_the_speaker() -> None:
    report = report_of(
        "Schools in Dunmere County are buying cameras for every classroom.\n\n"
        "\"You have to ask whether you want to raise a generation that is watched all day,\" the union's "
        "Marta Kellner tells the Ledger.\n"
    )
    assert holders(report, "raise a generation") == ["Marta Kellner"]


def test_words_named_as_someone_s_view_in_the_next_sentence_are_theirs() -> None:
    report = report_of(
        "The Dunmere Rovers will play four games in ten days next month.\n\n"
        "It will be a hard task for the national side to compete at the top level without regular games at home.\n\n"
        "That is the view of football coach and administrator Tomas “Tiny” Varga as the Rovers prepare for the "
        "group games.\n"
    )
    assert holders(report, "hard task for the national side") == ["Tomas Varga"]


def test_we_outside_quotes_on_a_body_s_own_site_is_that_body() -> None:
    text = ("Access to Dunmere Library is being restored\n\n"
            "Today the Velmora Foundation received reports that access is being restored. We filed a petition "
            "at the European Court of Human Rights last year. We will continue to advocate for strong protections "
            "for free expression online.\n\n"
            "\"We are thrilled,\" said Ada Lind, the director of the Dunmere Library.\n")
    article = dataclasses.replace(article_from_text(text, 1, "1.txt"), source="Velmora Foundation")
    report = pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))
    assert holders(report, "strong protections for free expression") == ["Velmora Foundation"]


def test_the_one_a_source_warns_is_not_the_speaker() -> None:
    report = report_of(
        "Chefs and charities have written to the Prime Minister about food standards.\n\n"
        "The letter warns Mr Halvorsen: 'If we don't get this right, progress made by your health plan could "
        "be wiped out.'\n\n"
        "Prime Minister Erik Halvorsen has not replied.\n"
    )
    assert "Erik Halvorsen" not in holders(report, "could be wiped out")


def test_a_hedge_before_a_verb_of_saying_and_he_after_a_mistyped_surname() -> None:
    report = report_of(
        "Bharrat Ramsingh, a hunter from Dunmere, died in the forest on Saturday.\n\n"
        "Claims were made that Ramsingh was taking care with his shotgun. He reportedly instructed the men to "
        "listen out for his last shot so that they could follow him.\n"
    )
    assert holders(report, "listen out for his last shot") == ["Bharrat Ramsingh"]


def test_a_place_that_only_modifies_the_source_s_head_is_not_the_speaker() -> None:
    report = report_of(
        "Talks on the fishing dispute stalled again this week.\n\n"
        "The Peruvian ambassador to Chile said Monday he was called in to explain remarks by his government.\n\n"
        "A senator who toured remote parts of Venezuela last month said Sunday that hunger was spreading fast.\n\n"
        "By comparison, a similar survey of Bolivian children under 5 found that most were stunted by hunger.\n\n"
        "Dunmere will send 300 athletes to next month's regional games in Portugal, Spanish officials said Tuesday.\n\n"
        "Chile's foreign minister said Tuesday that the talks would resume in the spring after the elections.\n"
    )
    assert holders(report, "explain remarks by his government") == ["Peru"]
    assert holders(report, "hunger was spreading fast") == []
    assert holders(report, "stunted by hunger") == []
    assert holders(report, "300 athletes") == ["Spain"]
    assert holders(report, "resume in the spring") == ["Chile"]


def test_a_national_described_or_a_private_paper_is_not_the_country() -> None:
    report = report_of(
        "Border guards held dozens of travellers at the crossing this week.\n\n"
        "It was not the first time that a Venezuelan has said he was beaten in a border cell.\n\n"
        "Two Britons said they were held for a week without charge in a cell near the river.\n\n"
        "The minister finds the summit trip awkward because of his old ally's arrest, a Turkish newspaper reported Monday.\n\n"
        "The talks stalled over an Indonesian offer to give the province wide autonomy in return for peace.\n\n"
        "The envoy's visit is a blow to the peace process, an official Syrian newspaper said Saturday.\n\n"
        "Guests will be served river fish and rice cakes at the lunch, the Dunmere Courier newspaper reported.\n\n"
        "The Dunmere Courier newspaper quoted Prime Minister Anna Kovac as saying: \"The new bridge will open in June.\"\n"
    )
    assert holders(report, "beaten in a border cell") == []
    assert holders(report, "held for a week without charge") == ["Britons"]  # people, a group as "two students"; not the UK
    assert holders(report, "summit trip awkward") == []
    assert holders(report, "give the province wide autonomy") == ["Indonesia"]
    assert holders(report, "blow to the peace process") == ["Syria"]
    assert holders(report, "river fish and rice cakes") == ["Dunmere Courier"]
    assert holders(report, "new bridge will open") == ["Anna Kovac"]  # the paper quoted her words
    assert not any(p.cue.startswith("newspaper") for a in actors_of(report) for p in a.positions)


def test_a_fronted_phrase_or_the_one_told_is_no_content() -> None:
    # The cue model took the phrase before the source ("Amidst the news, the mayor called for") and
    # the addressee of a nested report ("informed me as mayor") for what was said; the call is for calm.
    report = report_of(
        "Mayor Ines Kortaal said the dam had held through the night. "
        "“The regional authority has since informed me as mayor,” Kortaal said. "
        "Amidst the alarming news, the mayor called for calm on Friday. "
        "Engineers said the spillway would be inspected next week."
    )
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    assert not any("Amidst" in s or s.startswith("informs me") for s in summaries), summaries
    assert any("dam had held" in s for s in summaries), summaries
    assert holders(report, "calm on Friday") == ["Ines Kortaal"]


def test_a_name_after_the_source_s_head_is_not_the_speaker_though_the_tagger_cut_the_head() -> None:
    report = report_of(
        "Talks on the fishing dispute stalled again this week.\n\n"
        "Peru's ambassador to Chile accused Dunmere of meddling in the talks on Monday.\n\n"
        "Engineers from Kessel Marine using a crane atop Dunmere Pier confirmed on Tuesday that the hull was cracked.\n"
    )
    assert holders(report, "meddling in the talks") in (["Peru"], [])
    assert "Chile" not in holders(report, "meddling in the talks")
    assert "Dunmere Pier" not in holders(report, "hull was cracked")


def test_a_clause_after_the_head_holds_no_speaker() -> None:
    from brief.actors.describing import after_head, in_relative_clause
    from brief.actors.mentions import Mention

    text = "NASA scientists using a telescope atop Mauna Kea confirmed it. A village southwest of Ithaca voted."

    def mention(name: str, kind: str) -> Mention:
        start = text.index(name)
        return Mention(article=0, sentence=0, start=start, end=start + len(name), name=name, surface=name, kind=kind)

    assert in_relative_clause(text, mention("Mauna Kea", "person"), 0)
    assert not in_relative_clause(text, mention("NASA", "organization"), 0)
    assert after_head(text, mention("Ithaca", "place"), text.index("A village"))


def test_names_after_including_are_among_the_source_s_heads() -> None:
    from brief.actors.describing import in_relative_clause
    from brief.actors.mentions import Mention

    text = "Other unions, including the Dunmere Dockers, have also endorsed the plan."
    start = text.index("Dunmere Dockers")
    dockers = Mention(article=0, sentence=0, start=start, end=start + 15, name="Dunmere Dockers",
                      surface="Dunmere Dockers", kind="organization")
    assert not in_relative_clause(text, dockers, 0)


def test_a_transcript_s_capitals_label_names_its_speaker() -> None:
    report = report_of(
        "Governor Tomas Kell spoke to the Dunmere Ledger on Sunday about the new bridge.\n\n"
        "Partial transcript as follows:\n\n"
        "\"KELL: Well, look, the bridge will be finished by the spring and it will cost less than we feared.\n\n"
        "\"KELL: And that's why the county will vote for it.\n"
    )
    assert holders(report, "finished by the spring") == ["Tomas Kell"]
    assert holders(report, "county will vote for it") == ["Tomas Kell"]


def test_a_quotation_told_to_someone_is_what_was_said_not_the_words_after_the_addressee() -> None:
    report = report_of(
        "Senator Alma Reyes questioned the bank chief Tomas Kell on Tuesday about the fees.\n\n"
        "\"You should resign and give back the money you took while this went on,\" Reyes told Kell, "
        "after he admitted that no one had been held accountable.\n\n"
        "\"We are in a critical situation after the vote in Dunmere,\" Governor Hanna Orlov told reporters "
        "after the meeting that was held on a boat.\n"
    )
    assert holders(report, "give back the money") == ["Alma Reyes"]
    assert holders(report, "critical situation") == ["Hanna Orlov"]
    assert holders(report, "held on a boat") == []


def test_a_transcript_s_unnamed_capitals_label_opens_a_turn_no_name_inside_speaks() -> None:
    text = ("Governor Tomas Kell spoke to the Dunmere Ledger on Sunday about the new bridge.\n\n"
            "\"KELL: Well, look, the bridge will be finished by the spring and it will cost less than we feared.\n\n"
            "\"MORROW: But, Governor, as the Ledger wrote, the bridge costs too much. Why build it?\n\n"
            "\"KELL: And that's why the county will vote for it.\n")
    article = article_from_text(text, 1, "a.txt")
    sentences = split_article(article)
    index = MentionIndex(find_mentions(article, sentences), article.text)
    labels = labelled_paragraphs(article.text, sentences, index)
    assert [article.text[x.label[0] : x.label[1]] for x in labels] == ["KELL", "KELL"]
    turns = unnamed_turns(article.text, sentences, labels)
    assert [article.text[a:b] for a, b in turns] == ["\"MORROW: But, Governor, as the Ledger wrote, the bridge costs too much. Why build it?"]
    assert unnamed_turns(article.text, sentences, []) == []  # no transcript named by its labels


def test_a_participle_of_saying_says_what_follows_it_not_its_whole_sentence() -> None:
    report = report_of(
        "Governor Alma Reyes and Senator Tomas Kell campaigned in Dunmere on Thursday.\n\n"
        "During a speech earlier in the day, Reyes attacked Kell for his support of the bridge, saying, "
        "\"He's reckless and very unstable.\"\n"
    )
    said = [p.text for a in actors_of(report) if a.name == "Alma Reyes" for p in a.positions if p.cue == "saying"]
    assert said == ["\"He's reckless and very unstable.\""]


def test_a_quotation_before_a_source_with_its_party_and_state_is_theirs() -> None:
    report = report_of(
        "The House committee met on Tuesday to hear from the bridge's builders.\n\n"
        "“Immunity deals should not be a requirement for cooperating with the inquiry,\" Committee Chairman "
        "Tomas Kell (R-Dunmere) said in a statement, adding that the deals were handed out \"like candy.\"\n"
    )
    assert holders(report, "Immunity deals should not be") == ["Tomas Kell"]


def test_he_goes_on_with_the_person_a_live_blog_entry_opens_on_after_its_time_stamp() -> None:
    report = report_of(
        "Dunmere ferry search: live updates\n\n"
        "12.40 The coastguard commander, Tomas Brandt, said his crews would search through the night.\n\n"
        "13.08 Ivo Marten, the ferry company's chief, has been speaking at the harbour about the search.\n\n"
        "\"The weather is not looking good for the next two days,\" he told reporters. \"That is slowing us down.\"\n"
    )
    assert holders(report, "not looking good for the next two days") == ["Ivo Marten"]


def test_the_kin_of_a_person_named_after_of_speak_for_themselves() -> None:
    report = report_of(
        "Mara Quill, 27, of Dunmere has been dating Tomas Brell for a year.\n\n"
        "The parents of local woman Mara Quill said Wednesday that they had finally accepted the relationship "
        "after a long and difficult summer.\n\n"
        "Quill said she was glad her family had come around.\n"
    )
    assert "Mara Quill" not in holders(report, "finally accepted the relationship")
    assert holders(report, "glad her family had come around") == ["Mara Quill"]


def test_a_quotation_named_after_as_someone_s_words_is_theirs() -> None:
    """ "“...” Those were the words of ferry captain Ivo Marten ...", "“...” So says resident Maria Lopez, ...":
    the quoted sentence before is the named speaker's."""
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "“The fees will drive every small boat out of this harbour.” Those were the words of ferry captain "
        "Ivo Marten at the board meeting.\n\n"
        "“It will bring chaos to every mooring along the quay.” So says resident Maria Lopez, who has kept a "
        "boat there for thirty years.\n"
    )
    assert holders(report, "drive every small boat out") == ["Ivo Marten"]
    assert holders(report, "chaos to every mooring") == ["Maria Lopez"]
