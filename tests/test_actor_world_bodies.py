"""World bodies on articles written for these tests: a body's initials that spell a pronoun ("the WHO"),
"the agency" for a world organisation, and a statement's participle before the cue's "that"."""

from __future__ import annotations

from written import actors_of, line_sentences, report_of, said_by

from brief.actors.mentions import find_mentions
from brief.model import Article

_MEASLES = ("Measles cases triple across Europe\n\n"
            "GENEVA — The World Health Organization warned on Tuesday that measles cases had tripled in Europe this "
            "year, blaming a drop in childhood vaccination. "
            "The agency said 38,000 cases had been recorded in the first half of the year, against 11,000 a year "
            "earlier. "
            "Moldova and Armenia were the worst hit, the WHO said, with young children making up most infections. "
            "But the WHO believes the official figures understate the true size of the outbreak. "
            "Moldova's health ministry said it would offer free vaccines at pharmacies.")


def test_a_body_s_initials_that_spell_who_are_the_body() -> None:
    said = said_by(_MEASLES)["World Health Organization"]
    assert any(text.startswith("Moldova and Armenia were the worst hit") for text in said)
    assert "the official figures understate the true size of the outbreak" in said


def test_the_agency_is_the_world_organisation_named_before() -> None:
    said = said_by(_MEASLES)["World Health Organization"]
    assert any(text.startswith("38,000 cases had been recorded") for text in said)


def test_a_statement_s_participle_is_no_clause_of_what_was_said() -> None:
    text = ("Tehran protests tanker seizure\n\n"
            "Iran summoned the Dutch ambassador on Saturday over the seizure of a tanker. "
            "The foreign ministry said in a statement carried by the official IRNA news agency that the seizure "
            "was illegal and demanded the ship's release. "
            "Dutch Foreign Minister Anke Veldman said in a letter sent to parliament that the ship had broken "
            "sanctions.")
    said = said_by(text)
    assert any(t.startswith("that the seizure was illegal") for t in said["Foreign Ministry"])
    assert any(t.startswith("that the ship had broken sanctions") for t in said["Anke Veldman"])


def test_a_trailing_frame_after_a_union_s_name_is_its_warning() -> None:
    text = ("Bus drivers to strike\n\n"
            "Bus drivers in Leeds will strike for two weeks in March unless the operator raises its pay offer, the "
            "GMB union has warned. "
            "The operator, Yorvale Buses, said its offer of 4% was the best in the region. "
            "Schools in the city will stay open, the council's education department confirmed.")
    said = said_by(text)
    holder = next(name for name, texts in said.items() if any("will strike for two weeks" in t for t in texts))
    assert holder == "GMB"


def test_comrade_is_a_courtesy_before_a_unionist_s_name() -> None:
    text = ("Unions give government a week\n\n"
            "ABUJA — Labour leaders on Sunday threatened a nationwide strike over the price of petrol. "
            "TUC President, Comrade Festus Oyinlola, said workers would down tools on Monday. "
            "The NUT chairman, Comrade Audu Bamaiyi, said teachers would join the strike.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Festus Oyinlola"].role == "TUC President"
    assert actors["Audu Bamaiyi"].role == "NUT chairman"
    assert not any(name.startswith("Comrade") for name in actors)


def test_sri_lanka_opening_a_sentence_keeps_its_first_word() -> None:
    text = ("Colombo seeks bailout\n\n"
            "Sri Lanka will ask the International Monetary Fund for an emergency loan, the finance ministry said on "
            "Thursday. Sri Lanka's reserves have fallen to two months of imports, and Sri Lanka owes $50 billion.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Sri Lanka" in names
    assert "Lanka" not in names


def test_a_sentence_adverb_set_off_at_the_opening_is_no_name() -> None:
    text = ("Surely, as we head into the season of Black Friday and Cyber Monday, there will be deals on phones. "
            "Surely, we left some of your favourite gadgets off this list. "
            "Kelly, a reader from Leeds, wrote to say the Vanta X2 deserved a place.")
    article = Article(1, "The best gadgets of the year", "1.txt", text)
    names = {m.name for m in find_mentions(article, tuple(line_sentences(text)))}
    assert "Surely" not in names
    assert "Cyber" not in names
    assert "Kelly" in names


_DEAL = ("Corvane weighs sale of payments unit\n\n"
         "Corvane Inc. is exploring a sale of its payments division, according to people familiar with the matter. "
         "The company has held early talks with buyout firms including Halden Partners, the people said, asking not "
         "to be identified because the deliberations are private. "
         "Chief Executive Officer Mara Feld said in March that the company would review every unit after activist "
         "investor Brookline Management took a stake.")


def test_asking_not_to_be_identified_is_no_position() -> None:
    said = said_by(_DEAL)
    assert not any("not to be identified" in text for texts in said.values() for text in texts)


def test_a_name_ending_in_management_is_a_body() -> None:
    text = ("Chief Executive Officer Mara Feld said in March that the company would review every unit after activist "
            "investor Harlan Management took a stake. Harlan has pushed Corvane to cut costs and return more cash to "
            "shareholders, Bloomberg News has reported.")
    article = Article(1, "Corvane weighs sale of payments unit", "1.txt", text)
    kinds = {m.name: m.kind for m in find_mentions(article, tuple(line_sentences(text)))}
    assert kinds.get("Harlan Management") == "organization"


def test_a_title_s_last_word_is_no_given_name() -> None:
    names = {a.name: a.role for a in actors_of(report_of(_DEAL))}
    assert names.get("Mara Feld") == "Chief Executive Officer"


def test_a_minister_after_a_portfolio_with_for_is_a_person() -> None:
    text = ("Clinics to open in every district\n\n"
            "NEW DELHI — Minister of State for Health Vikram Joshi said on Monday the clinics would open by March. "
            "Farmers' leader Kurubur Shantappa told PTI that protests would go on if fees rose.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Vikram Joshi"].kind == "person"
    assert actors["Vikram Joshi"].role == "Minister of State for Health"
    said = said_by(text)
    assert any(t.startswith("that protests would go on") for t in said["Kurubur Shantappa"])


def test_confirmed_to_an_outlet_that_is_the_body_s_statement() -> None:
    text = ("Streamline is closing its audiobook app\n\n"
            "Streamline will shut down its audiobook app in May, the company said on Tuesday. "
            "A Streamline spokesperson confirmed to 9to5Tech that buyers will keep their books until July. "
            "Streamline also confirmed to The Verge that the app's staff would move to other teams.")
    said = said_by(text)["Streamline"]
    assert any(t.startswith("that buyers will keep their books") for t in said)
    assert any(t.startswith("that the app's staff would move") for t in said)


def test_a_disease_is_no_actor() -> None:
    text = ("Nurse with Ebola flown to London\n\n"
            "A nurse who contracted Ebola in Sierra Leone has been flown to the Royal Free Hospital in London. "
            "Ebola has killed more than 7,000 people in West Africa this year, and Zika is spreading in Brazil. "
            "The hospital said the nurse was in a stable condition.")
    names = {a.name for a in actors_of(report_of(text))}
    assert not names & {"Ebola", "Zika"}


def test_according_to_a_document_is_never_its_subject_s_statement() -> None:
    text = ("Former clerk charged with theft\n\n"
            "A former county clerk has been charged with stealing $900,000 in public funds, prosecutors announced "
            "Thursday. Lorna Pruitt, 61, is accused of writing checks from county accounts to herself, according to "
            "an indictment unsealed in federal court. Marwick, the county's largest lender, has frozen her accounts, "
            "according to a source familiar with the case.")
    said = said_by(text)
    assert not any("is accused of writing checks" in t for t in said.get("Lorna Pruitt", []))
    assert not any("frozen her accounts" in t for t in said.get("Marwick", []))


def test_a_qualifier_alone_before_a_name_is_no_role_and_votes_are_no_model() -> None:
    text = ("Electors cast their votes\n\n"
            "On Monday, Marla Quist earned 306 electoral votes to Dana Whitcomb's 232, but seven electors defected. "
            "In Oregon, a state Whitcomb won by 16 points, the former governor received just five of the state's "
            "seven votes.")
    article = Article(1, "Electors cast their votes", "1.txt", text)
    mentions = [m for m in find_mentions(article, tuple(line_sentences(text))) if "Whitcomb" in m.name]
    assert all(m.role != "state" for m in mentions)
    actors = {a.name: a.kind for a in actors_of(report_of(text))}
    assert actors.get("Dana Whitcomb") == "person"


def test_a_medium_before_that_is_no_noun_a_relative_clause_describes() -> None:
    text = ("Rates may fall further\n\n"
            "Mortgage rates have barely moved since the central bank cut its benchmark rate. "
            "Halden Partners economists wrote in a note that rates could drop to 6 percent by the end of the year.")
    said = said_by(text)
    assert any(t.startswith("that rates could drop") for texts in said.values() for t in texts)


def test_a_headline_verb_before_a_name_is_no_part_of_it() -> None:
    text = ("Daily Ledger Hit Piece Exploits Harrow Supporter Who Was in a Hospital for Mental Issues.\n\n"
            "The Daily Ledger ran a feature Saturday that profiled a female Harrow supporter who recently spent time "
            "in a hospital.\n\nThe piece used one of the woman's quotes as its headline. It is a prototype for the "
            "millions of Americans supporting Tom Harrow.")
    names = {a.name for a in actors_of(report_of(text))}
    assert not any(name.startswith("Exploits") for name in names)
    prose = "NASA's mission, with its rover named Mars Curiosity, began to study Martian rocks in 2012."
    article = Article(1, "Rover", "1.txt", prose)
    assert "Curiosity" not in {m.name for m in find_mentions(article, tuple(line_sentences(prose)))}
