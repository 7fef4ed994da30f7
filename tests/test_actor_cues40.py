"""Cues the cue model missed or cut on a toll-road story (session 38, cues40), on an article written for these
tests:
- "came out firmly against", "came out strongly in support of": an adverb of manner between a phrasal stance's
  words, where the model gave "support of" alone or nothing (plain_cues.phrasal_stance);
- "Unions have campaigned against the plan": a side taken over time (plain_cues.PHRASAL_STANCES);
- "wrote on social media that", "argued on television that", "said on | Facebook that": the medium is no part of
  the cue, as "in a statement" is none (attribution.decoding.report_span); "posted on X that ...": a post's
  content, which the tagger, knowing "posted" as a deed, missed (plain_cues.POST_LEMMAS);
- "threw her weight behind", "took aim at", "spoke out against", "poured cold water on": idioms of a side taken, which
  the model cut ("threw | her weight behind the sale", "took aim | the government") or the deed filter dropped
  (plain_cues.PHRASAL_STANCES, cue_edges._phrasal_rest, cue_verbs.action_cue);
- "visited the depot and pledged to protect jobs" (not after a name: "condemned X's test and pledged", whose source the
  model takes to be X), "did not give details but promised to keep pressing for ...": a
  seed verb after "and"/"but" the model left untagged is the subject's next predicate (joined_cues);
- "Capital Economics expects two cuts in 2026": a counted forecast; "has long campaigned against", "The federation has
  also lobbied for": an adverb after the perfect's auxiliary, a federation described after "The" (plain_cues);
- "the British Medical Association has announced ... the union said": "the union" stands for the one body named
  before, an association, when the article names no union as such and its sentence tells of a strike (union_bodies).
"""

from __future__ import annotations

from written import cues_by

_TOLL = (
    "Ministers split over Kessington bridge toll\n\n"
    "The state government has published plans for a toll on the new Kessington bridge, drawing a sharp response "
    "from drivers and businesses.\n\n"
    "Senator Marta Quill came out firmly against the toll, calling it a tax on commuters. Opposition leader Ivo "
    "Brandt came out strongly in support of a lower charge for residents.\n\n"
    "Unions have campaigned against the plan for months.\n\n"
    "Brandt posted on X that the government had broken its promise. Quill said on Facebook that she would vote "
    "against the bill. Councillor Nell Ashby wrote on social media that the toll was unfair to shift workers. "
    "Road safety campaigner Theo Lund argued on television that the money should go to cycle lanes.\n"
)


def test_an_adverb_between_a_phrasal_stances_words_stays_in_the_cue() -> None:
    said = cues_by(_TOLL)
    assert ("came out firmly against", "the toll") in said["Marta Quill"]
    assert ("came out strongly in support of", "a lower charge for residents") in said["Ivo Brandt"]


def test_campaigning_against_a_plan_is_a_side_taken() -> None:
    said = cues_by(_TOLL)
    assert any(cue == "have campaigned against" and text.startswith("the plan") for cue, text in said["unions"])


def test_the_medium_is_no_part_of_the_cue() -> None:
    said = cues_by(_TOLL)
    assert ("wrote", "that the toll was unfair to shift workers") in said["Nell Ashby"]
    assert ("argued", "that the money should go to cycle lanes") in said["Theo Lund"]
    assert ("said", "that she would vote against the bill") in said["Marta Quill"]


def test_a_post_on_a_medium_is_what_its_author_said() -> None:
    assert ("posted", "that the government had broken its promise") in cues_by(_TOLL)["Ivo Brandt"]


_STRIKE = (
    "Surgeons to strike in March over staffing\n\n"
    "The Royal Surgical Association has announced that surgeons in Wales will walk out for three days next month "
    "after talks with ministers broke down.\n\n"
    "The strike will begin on 3 March, the union said on Tuesday, warning that patients should expect delays.\n\n"
    "Health minister Carys Mold said the walkout was not justified.\n"
)


def test_the_union_is_the_association_named_before() -> None:
    said = cues_by(_STRIKE)
    assert ("said", "The strike will begin on 3 March") in said["Royal Surgical Association"]


def test_the_union_is_no_association_when_a_union_is_named() -> None:
    text = _STRIKE.replace("broke down.", "broke down. The Welsh Nurses Union backed the action, and the Medical "
                           "Supply Association warned of shortages.")
    said = cues_by(text)
    assert not any(words.startswith("The strike will begin") for _, words in said.get("Medical Supply Association", []))


_PORT = (
    "Row over Dunhallow port sale deepens\n\n"
    "The sale of the Dunhallow port to a foreign operator has split the governing coalition.\n\n"
    "Deputy Prime Minister Greta Sollis threw her weight behind the sale on Monday. Senator Hal Brick spoke out "
    "against the sale at a rally. Finance minister Oona Reddy poured cold water on hopes of a second bid. Former "
    "premier Len Castor took aim at the government over the secrecy of the talks.\n"
)


def test_idioms_of_a_side_taken_are_whole_cues() -> None:
    said = cues_by(_PORT)
    assert ("threw her weight behind", "the sale") in said["Greta Sollis"]
    assert any(cue == "spoke out against" and text.startswith("the sale") for cue, text in said["Hal Brick"])
    assert ("poured cold water on", "hopes of a second bid") in said["Oona Reddy"]
    assert any(cue == "took aim at" and text.startswith("the government") for cue, text in said["Len Castor"])


_DEPOT = (
    "Depot closure fight goes on\n\n"
    "Senator Ines Corado visited the depot on Friday and pledged to protect every job at the site.\n\n"
    "Local MP Bram Ostler did not give details of his talks with the owners but promised to keep pressing for a "
    "buyer.\n"
)


def test_a_seed_verb_after_and_or_but_is_the_subjects_cue() -> None:
    said = cues_by(_DEPOT)
    assert ("pledged", "to protect every job at the site") in said["Ines Corado"]
    assert any(cue == "promised" and text.startswith("to keep pressing") for cue, text in said["Bram Ostler"])


_RATES = (
    "Bank of Vesland holds rates\n\n"
    "The Bank of Vesland kept its main rate at 4.5% on Thursday.\n\n"
    "Orrin Analytics expects three cuts next year. The Vesland Business Federation called for faster cuts. The "
    "federation has also lobbied for a cut in payroll taxes. Senator Ada Quist has long campaigned against the "
    "bank's independence.\n"
)


def test_a_counted_forecast_and_an_adverb_in_the_perfect() -> None:
    said = cues_by(_RATES)
    assert ("expects", "three cuts next year") in said["Orrin Analytics"]
    assert ("has also lobbied for", "a cut in payroll taxes") in said["Vesland Business Federation"]
    assert ("has long campaigned against", "the bank's independence") in said["Ada Quist"]
