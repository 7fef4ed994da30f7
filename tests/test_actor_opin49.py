"""Shapes of opinion, analysis and culture pages (session 48, opin49): celebrity pages name their unnamed
sources by whom they know ("says a Vantreck insider", "the Quell source says"); the words are the source's,
never the named star's."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by

_SPLIT = ("Pop couple Marisol Vantreck and Dario Quell split after eight years\n\n"
          "Marisol Vantreck and Dario Quell have separated, their publicists confirmed on Monday.\n\n"
          "\"They stopped being a team a long time ago,\" says a Vantreck insider.\n\n"
          "\"She is relieved it is over,\" said a friend of Quell.\n\n"
          "\"The kids come first for both of them,\" the Quell source says.\n\n"
          "Vantreck, 38, said in a statement that she wished Quell well.")


def test_name_before_insider_is_not_the_speaker() -> None:
    report = report_of(_SPLIT)
    assert "Marisol Vantreck" not in holders(report, "stopped being a team")
    assert "Dario Quell" not in holders(report, "kids come first")
    assert "Marisol Vantreck" in holders(report, "wished Quell well")


def test_phrasal_cue_keeps_its_verb() -> None:
    said = summaries_by("Celia Brantwood's Rep Calls Engagement Rumours 'Made Up'\n\n"
                        "Celia Brantwood's representative has shut down rumours the actress secretly got engaged, "
                        "calling the reports \"completely made up.\"\n\n"
                        "The rep for the 47-year-old actress told Glitterline in a piece published Monday that stories "
                        "in several British tabloids about the \"Sunset Ward\" star are \"false and never happened.\"")
    assert "shuts down rumours the actress secretly got engaged" in said.get("Celia Brantwood", [])


def test_genre_before_performer_is_no_actor() -> None:
    report = report_of("Pop star Kiana Dorsey reveals new album is 'almost finished'\n\n"
                       "LOS ANGELES — Pop star Kiana Dorsey has told fans that her fifth album is nearly complete.\n\n"
                       "Country singer Wade Holloway said on Monday he would join her on tour.")
    names = [a.name for a in actors_of(report)]
    assert "Kiana Dorsey" in names
    assert "Pop" not in names


def test_co_star_is_a_person_named_by_her_given_name() -> None:
    report = report_of("Lorna Fairweather denies feud with co-star Imogen Stroud\n\n"
                       "Lorna Fairweather's representative has denied rumours of a feud between the actress and her "
                       "co-star Imogen Stroud.\n\nReports of tension first appeared in the weekly magazine Daily Sparkle.\n\n"
                       "Imogen recently revealed details about the film, telling talk show host Ferris Kemble that the "
                       "story is \"a heist with a lot of heart.\"\n\nLorna said on Friday that she adored working with Imogen.")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Imogen Stroud") == "person"
    assert "Imogen Stroud" in holders(report, "a heist with a lot of heart")


def test_time_of_a_date_line_is_no_actor() -> None:
    report = report_of("Marisol Vantreck and Dario Quell's Marriage Was 'Running on Empty,' Says Source\n\n"
                       "11/14/2025 at 09:10 AM EST\n\n"
                       "Long before they announced their separation last month, Marisol Vantreck and Dario Quell were "
                       "quietly living apart.\n\nIn this week's cover story, several friends tell GLIMMER that the pair, "
                       "who were married for eight years, had spent most of the past year on different continents.")
    assert "AM EST" not in [a.name for a in actors_of(report)]
    assert "AM EST" not in holders(report, "their separation")


def test_letter_writer_does_not_hold_what_others_state() -> None:
    report = report_of("The bypass is a waste of money\n\nTo the editor:\n\n"
                       "I would like to respond to a letter by Mr. Hollings, which states that \"the bypass will bring "
                       "jobs to every corner of Dunmore.\"\n\n"
                       "The council's own report says most of the work would go to contractors from outside the county."
                       "\n\nI believe the money would be better spent repairing the bridges we already have.\n\n"
                       "Gordon Talbot\n\nDunmore")
    assert "Gordon Talbot" not in holders(report, "jobs to every corner")
    assert "Gordon Talbot" not in holders(report, "contractors from outside")
    assert "Gordon Talbot" in holders(report, "repairing the bridges")


def test_no_surprise_that_opens_what_is_stated() -> None:
    report = report_of("Ledger faces vote\n\nFirst Minister Fiona Ledger announced that she would face a confidence "
                       "vote.\n\nIt is no surprise that Labour leader Anas Pritchard is accusing Ledger of putting her "
                       "party before the country.")
    assert "Anas Pritchard" in holders(report, "putting her party before the country")


def test_surname_alone_takes_the_headline_full_name() -> None:
    report = report_of("Rodney Achterberg splits from fiancee\n\nAchterberg, 44, said on Friday that the engagement "
                       "was over. \"It is sad,\" Achterberg told fans.")
    names = [a.name for a in actors_of(report)]
    assert "Rodney Achterberg" in names
    assert "Achterberg" not in names
    assert "Rodney Achterberg" in holders(report, "the engagement was over")


def test_review_byline_is_furniture() -> None:
    report = report_of("Review by Harriet Okafor\n\n"
                       "Suspense and tangled plots are the usual territory of best-selling novelist Conrad Bellweather. "
                       "A gentle book about a rescued greyhound is not. But his love for his dog Pepper shines through "
                       "his new memoir, A Long Way Home.\n\n"
                       "\"Most of us will never live with as much joy as a dog brings to a single walk,\" Bellweather "
                       "writes.")
    assert "Harriet Okafor" not in [a.name for a in actors_of(report)]
    assert "Conrad Bellweather" in holders(report, "as much joy as a dog")


def test_guest_column_signed_by_its_closing_note() -> None:
    report = report_of("Opinion: Our central bank must stay independent\n\nBy Aurelio Montan\n\n"
                       "The government's plan to let parliament set interest rates is a dangerous proposal.\n\n"
                       "Prime Minister Ilse Drummond argues that elected politicians should decide the price of money.\n\n"
                       "I urge members of parliament from every party to reject the bill.\n\n"
                       "Aurelio Montan served as finance minister from 2009 to 2014.")
    assert "Aurelio Montan" in holders(report, "reject the bill")
    assert "Ilse Drummond" in holders(report, "decide the price of money")
