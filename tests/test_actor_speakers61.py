"""Statements under the speaker the sentence means (session 51, speakers61), on articles written for these tests."""

from __future__ import annotations

from written import said_by

from brief.actors.fronted_joins import plain_before
from brief.actors.name_words import adherents

_FRONTED_JOIN = (
    "Defence lawyer challenges fraud case against councillor\n\n"
    "Hollowmere councillor Petra Vansittart had been watched by investigators for months, which her barrister "
    'Conrad Ilesworth called "snooping" on her.\n\n'
    "Vansittart pleaded not guilty on Tuesday at the Kestrel Crown Court, where detective inspector Alan Moorcroft "
    "was the first witness.\n\n"
    "Moorcroft said the council's accounts had shown irregular payments for more than two years. He said the "
    "payments had been traced to a firm in Lisbon.\n\n"
    "Regarding the invoices, Ilesworth adopted a “so what” attitude and said none of them bore his client's "
    "signature.\n\n"
    "He said he himself had signed council forms in the past and questioned if that made him a fraudster.\n\n"
    "The trial continues on Wednesday."
)


def test_a_cue_joined_after_a_fronted_topic_and_a_label_is_the_subjects() -> None:
    # "Regarding X, Name adopted a “so what” attitude and said": the name's, and the "He said" after goes on with him
    said = said_by(_FRONTED_JOIN)
    assert "none of them bore his client's signature" in said["Conrad Ilesworth"]
    assert "he himself had signed council forms in the past" in said["Conrad Ilesworth"]
    assert not any("council forms" in s for s in said.get("Alan Moorcroft", []))


def test_plain_before_drops_a_fronted_topic_and_unquotes_a_label() -> None:
    assert plain_before("Regarding the fees, Ruiz took a “wait and see” line and ") == "Ruiz took a wait and see line and "
    assert plain_before('Ruiz said “we will not pay, ever” and ') == 'Ruiz said “we will not pay, ever” and '


_WITH_GROUP = (
    "Police chief says influencer's posts were watched\n\n"
    "Marisol Quenby, a lifestyle influencer from Ashcombe, was questioned by police last month over a series of "
    "posts about the city's flood defences.\n\n"
    "Chief superintendent Derwent Hale said the posts had been flagged because Quenby had more than 90,000 "
    "followers.\n\n"
    "He said not all of her followers agreed with her posts, with some criticising her openly, accusing her of "
    'spreading panic and urging her to "check the facts first".\n\n'
    "He said the inquiry would end next week."
)


def test_participles_after_a_with_clause_of_unnamed_people_are_not_the_speakers() -> None:
    # "..., with some criticising her, accusing her ... and urging her": the followers accuse and urge, not Hale
    said = said_by(_WITH_GROUP)
    hale = said["Derwent Hale"]
    assert "the inquiry would end next week" in hale
    assert not any("spreading panic" in s or "check the facts" in s for s in hale)


_HOUSEHOLD = (
    "Heiress's former partner denies claims at civil hearing\n\n"
    "Lawyers for the shipping heiress Corinne Delacourt opened her civil claim against her former partner, the "
    "property developer Anton Wexley, on Monday.\n\n"
    "In a television interview, for which Delacourt was paid $40,000, she described dancing with Prince Frederik "
    "at a club but said there was no business talk.\n\n"
    "Wexley has repeatedly denied making any promise to Delacourt and said he could not recall the gala, and a "
    "member of Wexley's household staff also testified about seeing the two at his villa in Antibes.\n\n"
    "Wexley's housekeeper told the court she had never seen any contract."
)


def test_a_pronoun_and_its_verb_before_a_joined_cue_are_the_subject_not_the_object() -> None:
    # "she described dancing with Prince X at a club but said": she, not the prince the verb's object names
    said = said_by(_HOUSEHOLD)
    assert "there was no business talk" in said["Corinne Delacourt"]
    assert "Prince Frederik" not in said


def test_a_persons_household_staff_speak_for_themselves() -> None:
    # "a member of Wexley's household staff testified", "Wexley's housekeeper told the court": not Wexley's words
    wexley = said_by(_HOUSEHOLD)["Anton Wexley"]
    assert "he could not recall the gala" in wexley
    assert not any("villa" in s or "contract" in s for s in wexley)


_LATER_FRAME = (
    "Court hears final arguments over river dam\n\n"
    "Judges at the regional court in Marlow heard final arguments on Thursday over the Tessing river dam, which "
    "farmers say has cut their water supply by half.\n\n"
    "Farmers' groups have condemned the dam, saying it was built without any study of the river.\n\n"
    "Gideon Farrow, a lawyer for the water board, argued that the board had followed every rule in force when the "
    "dam was planned.\n\n"
    "He said the farmers could still draw water from the reservoir. However, officials of the Tessing Farmers Union "
    "have previously rejected that offer, saying the reservoir water was too salty.\n\n"
    "“Fresh claims about salt will not change the facts. They will not refill the river. They will not help a "
    "single farmer.\n\n"
    "“The board has offered to pay for new wells on every farm that asks for one, and that offer stands,” Farrow "
    "concluded.\n\n"
    "A ruling is expected next month."
)


def test_a_quoted_paragraph_left_open_is_the_speaker_its_later_frame_names() -> None:
    # “A. B. (new paragraph) “C,” Farrow concluded: the first paragraph is Farrow's too, not the union's before it
    said = said_by(_LATER_FRAME)
    assert any("Fresh claims about salt" in s for s in said["Gideon Farrow"])
    assert not any("Fresh claims" in s for s in said.get("Tessing Farmers Union", []))


_LATER_FRAME_INLINE = (
    "Five balcony plants that keep flies away\n\n"
    "Summer brings long evenings outside, but it also brings flies, wasps and midges to every balcony in town.\n\n"
    "Experts from Greenhall Nursery worked with Brightway Homes to pick the best plants for small outdoor spaces.\n\n"
    "First up, the experts recommend you consider lavender, one of their favourite choices for keeping insects "
    'away. "Lavender is hardy and will flower for months in a sunny spot.\n\n'
    '"The scent is lovely for us but flies and moths cannot stand it, so a pot by the door makes a real '
    'difference," explains Ana Ruiz from Greenhall Nursery. Keep it well drained, though, as it hates wet roots.'
)


def test_a_quotation_opened_inside_a_paragraph_and_left_open_is_its_later_frames() -> None:
    # 'the experts recommend X. "A. (new paragraph) "B," explains Ana Ruiz': A is hers, not the experts'
    said = said_by(_LATER_FRAME_INLINE)
    assert any("Lavender is hardy" in s for s in said["Ana Ruiz"])
    assert not any("Lavender is hardy" in s for s in said.get("experts", []))


_APPOSED_DESCRIPTION = (
    "Volunteers scrub graffiti from harbour wall after vandal attack\n\n"
    "About 30 volunteers helped council workers clean paint and broken glass from the harbour wall at Porthcarrow "
    "on Sunday, a day after a group of youths damaged it.\n\n"
    "Among those who came to help was retired fisherman Walter Penhaligon, who said the damage had left the "
    'village "heartbroken".\n\n'
    "The 74-year-old, a member of the Porthcarrow Lifeboat Guild: “I have lived by this harbour all my life and "
    "when something goes wrong we all turn out. Nobody here will let a few vandals spoil it.”\n\n"
    "His neighbour Ruth Tregear, 69, said the village would hold a fundraiser for new lights on the wall."
)


def test_an_apposition_after_an_opening_description_is_the_described_persons() -> None:
    # "The 74-year-old, a member of the X Guild: “...”": the fisherman just named speaks, not the guild
    said = said_by(_APPOSED_DESCRIPTION)
    assert any("lived by this harbour" in s for s in said["Walter Penhaligon"])
    assert "Porthcarrow Lifeboat Guild" not in said


_PARTICIPLE_OBJECT = (
    "Aid groups condemn border closure\n\n"
    "Last week, Vestian Interior Minister Marek Dunst said the country would keep its northern border closed to aid "
    "convoys until the spring.\n\n"
    "The Red Cross and other aid organisations have condemned the decision, saying Vestia’s “reckless” closure is "
    "putting thousands of lives at risk.\n\n"
    "Talks between the two sides are due to resume on Monday."
)


def test_a_possessive_right_after_a_participle_opens_what_was_said() -> None:
    # "..., saying Vestia’s “reckless” closure is ...": the aid groups' words about Vestia, not Vestia's
    said = said_by(_PARTICIPLE_OBJECT)
    assert "Vestia" not in said
    assert any(s.startswith("Vestia’s") for s in said["Red Cross"])


_FAITH_SURNAME = (
    "Drillers wary of return to Marovia\n\n"
    "Oil service firms say they will need guarantees before they send crews back to the Marovian fields.\n\n"
    "“Nobody will send a rig back until they know they will be paid,” said Ellen Christian, head of operations at "
    "Redfield Drilling in Tulsa.\n\n"
    "She also said the firms would wait until the export ban on the country is lifted.\n\n"
    "A Maronite Christian from the capital said the fields had been idle for three years."
)


def test_a_given_name_before_a_faiths_word_is_a_persons_name() -> None:
    # "said Ellen Christian, head of operations at X": a woman named Christian speaks; "a Maronite Christian" is no one
    said = said_by(_FAITH_SURNAME)
    assert "the firms would wait until the export ban on the country is lifted" in said["Ellen Christian"]
    assert not any("Maronite" in name for name in said)


def test_adherents_keep_believers_and_free_a_surname() -> None:
    assert adherents(["Maronite", "Christian"])
    assert adherents(["Sunni", "Muslims"])
    assert adherents(["Roman", "Catholic"])
    assert not adherents(["Ellen", "Christian"])


_DOCUMENT_IT = (
    "Councillors press water company over sewage spills\n\n"
    "A cross-party group of Harlow councillors sent a letter on Tuesday to the chief executive of Brookwater "
    "Utilities demanding answers about sewage spills into the River Tern.\n\n"
    "The letter came a week after the Environment Agency fined the company over a spill at its Elmford works.\n\n"
    "In March, the campaign group Clean Tern Trust recorded more than 40 spills along a six-mile stretch of the "
    "river.\n\n"
    '"Only after these figures were published did the company appear to act," the letter stated.\n\n'
    'It described the spills as part of a "pattern of neglect that puts swimmers and wildlife at risk."'
)


def test_it_after_a_documents_frame_is_the_document_not_the_last_body() -> None:
    # '"...," the letter stated. It described ...': the letter goes on, not the trust it mentioned
    said = said_by(_DOCUMENT_IT)
    assert not any("pattern of neglect" in s for s in said.get("Clean Tern Trust", []))


_LETTER_TO = (
    "Opposition asks watchdog to look into minister's flights\n\n"
    "The opposition has asked the parliamentary standards watchdog to investigate flights that a donor paid for "
    "Transport Minister Elena Voss.\n\n"
    "The Liberals’ letter to Tomas Brandt, the standards commissioner, said: “In June it was reported that the "
    "minister had flown to Nice on a donor's jet. No such flight was declared.”\n\n"
    "Voss said all her flights had been declared in full."
)


def test_the_person_a_letter_is_addressed_to_does_not_speak_its_words() -> None:
    # "The Liberals’ letter to Tomas Brandt, the standards commissioner, said:": the Liberals wrote it
    said = said_by(_LETTER_TO)
    assert "Tomas Brandt" not in said
    assert any("flown to Nice" in s for s in said["Liberals"])
