"""Actors and their positions, on the seeds, on articles written for these tests, and on DUC 2004."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from written import actor_named as _actor
from written import actors_of, report_of
from written import said_lines as _said

from brief import pipeline
from brief.actors.phrasing import present, present_cue, summary_line
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Report

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "eval" / "duc2004" / "dev.jsonl"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return pipeline.build_report(pipeline.load([str(ROOT / "seeds")]))


@pytest.fixture(scope="module")
def harbour() -> Report:
    return pipeline.build_report(pipeline.load([str(ROOT / "tests" / "data")]))


def test_seed_actors_are_the_ones_a_reader_expects(seeds: Report) -> None:
    names = [a.name for a in actors_of(seeds)]
    for expected in ("Hamas", "Israel", "Antony Blinken", "Benjamin Netanyahu", "Sami Abu Zuhri", "Egypt", "Qatar"):
        assert expected in names
    assert set(names[:5]) >= {"Hamas", "Israel", "Antony Blinken"}


def test_one_actor_however_named(seeds: Report) -> None:
    blinken = _actor(seeds, "Antony Blinken")
    assert {"Blinken", "the top US diplomat"} <= set(blinken.aliases)
    assert blinken.kind == "person" and "Secretary of State" in blinken.role
    assert blinken.articles == (1, 2)
    assert _actor(seeds, "Sami Abu Zuhri").role == "senior Hamas official"
    assert "Abu Zuhri" in _actor(seeds, "Sami Abu Zuhri").aliases
    assert sum(a.name.endswith("Blinken") for a in actors_of(seeds)) == 1


def test_administration_and_white_house_are_one_actor(seeds: Report) -> None:
    administration = _actor(seeds, "Biden administration")
    assert administration.kind == "organization"
    assert "White House" in administration.aliases
    assert any("support for Israel" in p.summary for p in administration.positions)


def test_no_junk_actors(seeds: Report) -> None:
    for actor in actors_of(seeds):
        first = actor.name.split()[0]
        assert first not in ("Following", "Despite", "Citing", "Copyright", "Wednesday", "October")
    assert _actor(seeds, "Walla").role == "news outlet"  # it reports what Netanyahu told Blinken
    assert _actor(seeds, "Walla").salience > _actor(seeds, "Qatar").salience  # media after the story's actors
    assert all(a.name != "Reuters" for a in actors_of(seeds))  # cited, reports nothing here: not a party


def test_seed_positions(seeds: Report) -> None:
    netanyahu = _said(_actor(seeds, "Benjamin Netanyahu"))
    assert "vows to send Israeli troops into the overpopulated city of Rafah" in netanyahu
    assert "with or without" in netanyahu
    assert "would not accept a deal that ends war in Gaza" in netanyahu
    hamas = _said(_actor(seeds, "Hamas"))
    assert "permanent ceasefire and Israeli withdrawal" in hamas  # "The movement has clearly stated"
    abu_zuhri = _actor(seeds, "Sami Abu Zuhri")
    said = _said(abu_zuhri)
    assert "contradict reality" in said
    assert "will not yield to any American pressure" in "\n".join(p.text for p in abu_zuhri.positions)  # "He also said"
    assert any(p.quote for p in abu_zuhri.positions)
    blinken = _said(_actor(seeds, "Antony Blinken"))
    assert "calls on Hamas to accept" in blinken


def test_positions_address_their_sentence(seeds: Report) -> None:
    for actor in actors_of(seeds):
        for p in actor.positions:
            sentence = seeds.sentences[p.article][p.index]
            assert p.cue.split()[-1] in " ".join(seeds.sentences[p.article][max(0, p.index - 1)].text.split()) + " " + sentence.text


def test_written_article_positions(harbour: Report) -> None:
    okafor = _actor(harbour, "Maria Okafor")
    assert okafor.kind == "person" and "secretary" in okafor.role
    assert any(p.quote and "not against new cranes" in p.text for p in okafor.positions)
    lund = _actor(harbour, "Henrik Lund")
    assert "director" in lund.role.lower()
    assert any("reject" in p.summary for p in lund.positions)
    ruiz = _actor(harbour, "Elena Ruiz")
    assert "Minister" in ruiz.role
    assert any(p.summary.startswith("calls on both sides") for p in ruiz.positions)
    assert len(ruiz.articles) == 3


def test_json_carries_actors(harbour: Report) -> None:
    from brief.render.json import render_json

    data = json.loads(render_json(harbour))
    first = data["stories"][0]["actors"][0]
    assert set(first) == {"name", "kind", "role", "aliases", "mentions", "articles", "salience", "positions"}
    for story in data["stories"]:
        assert [a["salience"] for a in story["actors"]] == list(range(1, len(story["actors"]) + 1))


@pytest.mark.parametrize(
    ("verb", "present_form"),
    [("said", "says"), ("vowed", "vows"), ("denounced", "denounces"), ("called", "calls"), ("urged", "urges"),
     ("rejected", "rejects"), ("added", "adds"), ("agreed", "agrees"), ("replied", "replies"),
     ("describing", "describes"), ("stressed", "stresses"), ("told", "tells")],
)
def test_present_tense(verb: str, present_form: str) -> None:
    assert present(verb) == present_form


def test_summary_line() -> None:
    assert summary_line("once again called on", "Hamas to accept the \"extraordinarily generous\" offer", False) == (
        "calls on Hamas to accept the 'extraordinarily generous' offer"
    )
    assert summary_line("has reportedly told", "that he would not accept a deal", False, " Blinken ") == (
        "tells Blinken he would not accept a deal"
    )
    assert summary_line("told", "“We will not yield,”", True) == "says “We will not yield”"
    # "But cameras should be a 'last resort,' he tells the Courier.": whom he told is not in the line
    assert summary_line("tells", "But cameras should be a \"last resort,\"", False, content_first=True) == (
        "says cameras should be a 'last resort,'"
    )


def test_no_actors_option_skips_them() -> None:
    article = article_from_text("Minister Anna Keller said the talks would resume on Friday in Vienna.", 1, "k.txt")
    report = pipeline.build_report(Loaded((article,)), pipeline.Options(actors=False))
    assert actors_of(report) == ()


@pytest.mark.skipif(not DUC.exists(), reason="needs ../shared/eval (DUC 2004)")
def test_duc_cluster_hun_sen_rejects_talks_abroad() -> None:
    cluster = json.loads(DUC.read_text().splitlines()[0])
    articles = tuple(article_from_text(d["text"], i, d["name"]) for i, d in enumerate(cluster["docs"], 1))
    report = pipeline.build_report(Loaded(articles), pipeline.Options(one_story=True))  # a DUC cluster is one story
    hun_sen = _actor(report, "Hun Sen")
    assert hun_sen.salience <= 3 and hun_sen.kind == "person"
    assert any("reject" in p.summary for p in hun_sen.positions)
    assert len(hun_sen.articles) >= 5


ROUND = (
    "Aid agencies warned on Monday that the harvest in North Korea had failed for a fourth year.\n\n"
    "“A generation of children is already scarred for life,” said Astrid Heiberg, president of the Red Cross "
    "federation, in an interview in Geneva after a trip to the country.\n\n"
    "“If you ask a child how old she is, you are usually off by three years,” Sten Swedlund said. "
    "“She may be seven but she looks four.”\n\n"
    "Back in Geneva, Swedlund said, he decided to ask donors for twice as much rice as last year.\n\n"
    "Despite the floods, the rice harvest in the south will recover by spring, South Korean officials said Thursday.\n\n"
    "A North Korean man who crossed the river said he had walked for three days without food.\n\n"
    "Heiberg told reporters in Geneva after the visit.\n\n"
    "Swedlund said the children in the hospital had no heating and little food."
)


@pytest.fixture(scope="module")
def aid() -> Report:
    return report_of(ROUND)


def test_contents_stop_at_their_cue_and_skip_the_cue_inside(aid: Report) -> None:
    heiberg = _actor(aid, "Astrid Heiberg")
    assert [p.text for p in heiberg.positions if p.quote] == ["“A generation of children is already scarred for life,”"]
    assert not any("reporters" in p.summary for p in heiberg.positions)  # "told reporters": to whom, not what
    swedlund = _actor(aid, "Sten Swedlund")
    texts = [p.text for p in swedlund.positions]
    assert any(t.startswith("“If you ask a child") and "three years … She may be seven" in t for t in texts), texts
    assert "Back in Geneva, he decided to ask donors for twice as much rice as last year" in texts
    assert not any("Swedlund said" in t for t in texts)


def test_demonyms_keep_north_and_south_and_private_people_are_not_their_country(aid: Report) -> None:
    names = [a.name for a in actors_of(aid)]
    assert "Korea" not in names
    south = _actor(aid, "South Korea")
    assert _said(south) == "says despite the floods, the rice harvest in the south will recover by spring"
    north = _actor(aid, "North Korea")
    assert not any("walked for three days" in p.text for p in north.positions)


def test_a_passive_with_its_agent_is_not_the_subject_speaking() -> None:
    text = (
        "The new airport of Gaza opened on Monday, two years late. The opening, agreed at talks brokered by the "
        "United States, was hailed by Palestinians as a milestone toward independence. Airport director Fayez "
        "Zeidan said the airport would double its traffic within a year."
    )
    report = report_of(text)
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    assert not any("hails" in line for line in summaries), summaries
    assert "says the airport would double its traffic within a year" in _said(_actor(report, "Fayez Zeidan"))


def test_content_text_keeps_the_quotes_and_drops_whom_he_told() -> None:
    from brief.actors.attribution import Attribution
    from brief.actors.clause_spans import content_text

    text = "“Every day we have differences,” Yehia told the local radio. “We are all doing our best.”"
    cue = (text.index("told"), text.index("told") + 4)
    source = (text.index("Yehia"), text.index("Yehia") + 5)
    attribution = Attribution(cue, source, (0, len(text)), True, 0)
    assert content_text(text, attribution) == "“Every day we have differences … We are all doing our best.”"
    interrupted = "Back in Geneva, Swedlund said, he asked donors for rice."
    cue = (interrupted.index("said"), interrupted.index("said") + 4)
    source = (interrupted.index("Swedlund"), interrupted.index("Swedlund") + 8)
    attribution = Attribution(cue, source, (0, len(interrupted) - 1), False, 0)
    assert content_text(interrupted, attribution) == "Back in Geneva, he asked donors for rice"


def test_short_names_join_the_fuller_name_whatever_the_tagger_typed() -> None:
    text = (
        "President Suleyman Demirel asked Bulent Ecevit to form a new government on Wednesday. "
        "Mr. Ecevit said he would begin talks with the Virtue Party and the True Path Party at once. "
        "Virtue has the most seats in parliament, and Ecevit needs its votes. "
        "Ecevit said the talks would take a week. Mr. Ecevit later rebuffed calls to include Virtue in the cabinet. "
        "Virtue said it would vote against any government that left it out."
    )
    report = report_of(text)
    names = [a.name for a in actors_of(report)]
    assert "Ecevit" not in names and "Virtue" not in names, names
    ecevit = _actor(report, "Bulent Ecevit")
    assert ecevit.role == ""  # "Mr." is a courtesy, not a role
    assert _actor(report, "Virtue Party").mentions >= 4


def test_a_partys_members_join_the_party() -> None:
    text = ("The Progressive Party won the vote in the capital on Sunday. Voters backed the Progressive Party "
            "in every district. The Progressives said they would form a government within a week. "
            "The Progressives also promised lower taxes.")
    report = report_of(text)
    names = [a.name for a in actors_of(report)]
    assert "Progressives" not in names, names
    assert _actor(report, "Progressive Party").mentions >= 3


@pytest.mark.parametrize(("verb", "present_form"), [("rebuffed", "rebuffs"), ("shown", "shows"), ("stopped", "stops")])
def test_present_tense_of_doubled_consonants_and_participles(verb: str, present_form: str) -> None:
    assert present(verb) == present_form


def test_a_surname_the_tagger_called_an_organisation_joins_the_person() -> None:
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def said(name: str, kind: str, at: int) -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind)

    mentions = [said("Bulent Ecevit", "person", 0), said("Ecevit", "person", 1), said("Ecevit", "person", 2),
                said("Ecevit", "organization", 3), said("Ecevit", "organization", 4), said("Ankara", "place", 5)]
    groups = group_mentions(mentions)
    assert sorted((g.name, len(g.mentions)) for g in groups) == [("Ankara", 1), ("Bulent Ecevit", 5)]


@pytest.mark.parametrize(
    ("cue", "passive"),
    [("was hailed", True), ("has been accused of", True), ("already have been criticized", True),
     ("was quoted as saying", False), ("is opposed to", False), ("are criticizing", False), ("said", False)],
)
def test_passive_cues(cue: str, passive: bool) -> None:
    from brief.actors.statements import _passive

    assert _passive(cue) is passive


@pytest.mark.parametrize(
    ("cue", "line"),
    [("cited", "cites"), ("went on", "goes on"), ("is keenly aware of", "is aware of"), ("said:", "says"),
     ("persuaded", "persuades"), ("disbelief at", "disbelief at"), ("backer of", "backer of"),
     ("message of", "message of"), ("is angry about", "is angry about"), ("did not say", "does not say"),
     ("would not accept", "would not accept"), ("has been critical of", "is critical of"),
     ("has previously touted estimates", "touts estimates"), ("are looking forward to", "looks forward to"),
     ("have twice denied", "denies"), ("has long argued", "argues"), ("is very clear", "is very clear")],
)
def test_cues_in_the_present_never_malformed(cue: str, line: str) -> None:
    """Each cue is put in the present by the dictionary: no made-up form ("cits", "awares of",
    "said:s"), a noun cue keeps its words, a negation stays."""
    assert summary_line(cue, "the harbour plan will go ahead", False) == f"{line} the harbour plan will go ahead"


@pytest.mark.parametrize(("cue", "alone"), [("allegedly", True), ("quickly", True), ("allegedly told", False),
                                             ("reportedly said", False), ("said", False)])
def test_an_adverb_alone_is_not_a_cue(cue: str, alone: bool) -> None:
    """ "Ramdehol allegedly decided ...": the tagger may mark the hedge alone; it names no speaker."""
    from brief.actors.statements import _adverbs_only

    assert _adverbs_only(cue) is alone


@pytest.mark.parametrize(("cue", "statement"), [("didn't", False), ("doesn’t", False), ("rare", False),
                                                 ("hungry for", False), ("disbelief at", True), ("per", True),
                                                 ("is angry about", True), ("according to", True), (":", True)])
def test_an_auxiliary_or_an_adjective_alone_is_not_a_cue(cue: str, statement: bool) -> None:
    """ "didn't | expect much change", "a strange, rare | condition", "fans hungry for | a story": the
    tagger's cue says nothing of its subject's; a noun ("disbelief at"), a copula's adjective and a
    colon do."""
    from brief.actors.statements import not_a_statement

    text = f"The mayor {cue} the harbour plan."
    assert not_a_statement(text, cue, text.index(cue)) is not statement


def test_yet_to_is_kept_between_an_auxiliary_and_its_verb() -> None:
    assert not present_cue("has yet to explain").startswith("explains")  # he has not explained


def test_adverbs_leave_the_cue_verb() -> None:
    assert summary_line("angrily denied", "that he had approved the bailout", False) == "denies he had approved the bailout"


def test_given_name_short_forms_and_places_the_tagger_took_for_people() -> None:
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int, after: str = "", role: str = "") -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind, role, after=after)

    mentions = [
        named("Anwar Ibrahim", "person", 0, role="former deputy prime minister"), named("Anwar", "person", 1),
        named("Anwar", "person", 2), named("Kuala Lumpur", "person", 3, "in"), named("Kuala Lumpur", "person", 4, "to"),
        named("Kuala Lumpur", "person", 5, "said"), named("Bill Clinton", "person", 6, "to"),
        named("Clinton", "person", 7, "said"),
    ]
    groups = {g.name: g for g in group_mentions(mentions)}
    assert len(groups["Anwar Ibrahim"].mentions) == 3 and "Anwar" not in groups
    assert groups["Kuala Lumpur"].kind == "place"
    assert groups["Bill Clinton"].kind == "person"  # one "to Clinton" of two does not make a place


def test_a_demonym_tagged_as_a_name_is_its_country(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.actors import mentions
    from brief.text.sentences import split_article

    text = "Philippine officials said on Monday that the decision to skip the summit was final."
    # The tagger sometimes calls such a word an organisation: make it do so here.
    monkeypatch.setattr(mentions, "tag_sentences", lambda sents: [["U-ORG" if t == "Philippine" else "O" for t in s] for s in sents])
    article = article_from_text(text, 1, "p.txt")
    found = mentions.find_mentions(article, tuple(split_article(article)))
    assert [(m.name, m.kind, m.demonym) for m in found] == [("Philippines", "place", True)]


def test_the_same_words_reported_by_several_articles_are_one_position() -> None:
    from brief.render.json import render_json
    from brief.render.text import render_text

    texts = [
        "Harbour director Henrik Lund said the port would stay closed until Friday. Lund spoke in Kellmouth.",
        "Kellmouth's port will stay shut. Harbour director Henrik Lund said the port would stay closed until Friday.",
        "Ships wait offshore. Harbour director Henrik Lund said the port would stay closed until Friday, when the "
        "new cranes arrive.",
    ]
    report = report_of(*texts)
    lund = _actor(report, "Henrik Lund")
    closed = [p for p in lund.positions if "stay closed until Friday" in p.summary]
    assert len(closed) == 1, [p.summary for p in lund.positions]
    assert closed[0].article == 3 and "new cranes" in closed[0].summary  # the fullest wording
    assert closed[0].also == (1, 2)
    assert "new cranes arrive [1][2][3]" in " ".join(render_text(report).split())
    data = json.loads(render_json(report))
    assert any(p["also"] == [1, 2] for s in data["stories"] for a in s["actors"] for p in a["positions"])


def test_a_quotation_repeated_on_the_page_is_one_position_whatever_its_cue() -> None:
    """A standfirst quotes the speaker, the body repeats the quotation bare (read as his, "adds"): one
    thing said, listed once. Reported speech under two cues stays two positions."""
    text = (
        "\u201cThe bridge will reopen before the winter,\u201d says Mara Quist, the engineer in charge of the "
        "repairs.\n\nThe town has waited for its crossing since March.\n\n"
        "\u201cThe steel is finally here,\u201d Quist, the engineer in charge, tells the Kellmouth Gazette. "
        "\u201cThe bridge will reopen before the winter.\u201d\n\n"
        "Quist said the steel had arrived on Monday. Quist denied the steel had arrived late."
    )
    quist = _actor(report_of(text), "Mara Quist")
    reopen = [p for p in quist.positions if "reopen before the winter" in p.text]
    assert len(reopen) == 1, [p.summary for p in quist.positions]
    assert reopen[0].cue == "says"
    steel = [p.cue for p in quist.positions if "steel had arrived" in p.text]
    assert sorted(steel) == ["denied", "said"], [p.summary for p in quist.positions]


def test_reported_speech_that_opened_its_sentence_goes_on_in_lower_case_but_names_keep_capitals() -> None:
    """ "Finding water ..., she said" is listed "says finding water ...": the capital was the sentence's.
    A stop word loses it too ("A"); a surname that is also a common word keeps it when the article
    writes it as a name inside a sentence ("signed Tom Young"), and so does a possessive ("Page’s
    plan", though the article writes "page")."""
    text = (
        "The club signed Tom Young in May. "
        "Finding water on the moon is the next best thing to a living cell, Dr. Lena Ortiz said on Tuesday. "
        "A small crack in the casing caused the leak, Ortiz said. "
        "Young will lead the team next season, coach Paul Reyes said. "
        "The plan was on the first page of the report. Page\u2019s plan was too costly, Ortiz said. "
        "Ortiz later asked Page what the new plan would cost."
    )
    report = report_of(text)
    ortiz = " | ".join(p.summary for p in _actor(report, "Lena Ortiz").positions)
    assert "says finding water on the moon" in ortiz and "says a small crack" in ortiz, ortiz
    assert "says Page\u2019s plan was too costly" in ortiz, ortiz  # a possessive is a name's
    assert "asks Page what the new plan would cost" in ortiz, ortiz  # a name, though "page" is a word too
    reyes = " | ".join(p.summary for p in _actor(report, "Paul Reyes").positions)
    assert "says Young will lead the team" in reyes, reyes


def test_outlets_named_as_outlets_rank_as_news_outlets() -> None:
    text = (
        "Foreign Minister Amr Moussa said on Sunday that the talks in Damascus had gone well. "
        "The Middle East News Agency quoted Moussa as saying that Egypt would mediate. "
        "The Middle East News Agency also reported that a second round was planned."
    )
    report = report_of(text)
    agency = _actor(report, "Middle East News Agency")
    assert agency.role == "news outlet" and actors_of(report)[-1].name == "Middle East News Agency"


def test_the_lawyer_speaks_not_his_client_and_mr_is_not_part_of_a_name() -> None:
    text = (
        "Leon Yeaman, 55, died after a fight with his neighbour Phillip Pama on Thursday night. "
        "Pama's defence lawyer Bruce Peters said Mr Yeaman was known for playing loud music late at night. "
        "Mr Yeaman's friends said he was a generous man."
    )
    report = report_of(text)
    names = [a.name for a in actors_of(report)]
    assert "Mr Yeaman" not in names and "Leon Yeaman" in names, names
    assert "loud music" in _said(_actor(report, "Bruce Peters"))
    assert not any("loud music" in p.summary for p in _actor(report, "Phillip Pama").positions)


def test_a_very_long_article_is_read_in_blocks_with_the_same_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.actors import block_offsets, extract
    from brief.text.sentences import split_article

    article = article_from_text(ROUND, 1, "aid.txt")
    sentences = tuple(split_article(article))
    whole = extract.read_article(article, sentences)
    monkeypatch.setattr(block_offsets, "BLOCK_CHARACTERS", 150)
    assert len(block_offsets.blocks_of(article.text, sentences)) > 3
    blocked = extract.read_article(article, sentences)
    assert [p for _, p in blocked.positions] == [p for _, p in whole.positions]
    # The tagger weighs evidence across its document, so a block may miss a name the whole finds.
    assert all(article.text[m.start : m.end] == m.surface for m in blocked.mentions)
    assert len(blocked.mentions) >= 0.8 * len(whole.mentions)
    for _, position in blocked.positions:
        sentence = next(s for s in sentences if s.index == position.index)
        assert position.text.split()[0].strip("“\"") in sentence.text


def test_a_surname_the_tagger_took_for_a_country_is_the_person() -> None:
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int, after: str = "") -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind, after=after)

    sailor = [named("Louis Jordan", "person", 0)] + [named("Jordan", "place", k, "said") for k in range(1, 5)]
    assert [(g.name, g.kind, len(g.mentions)) for g in group_mentions(sailor)] == [("Louis Jordan", "person", 5)]
    family = [*sailor, named("Frank Jordan", "person", 9)]
    kinds = {g.name: g.kind for g in group_mentions(family)}
    assert kinds["Jordan"] == "person"  # two Jordans: a person, though which one is not known
    country = [named("Michael Jordan", "person", 0)] + [named("Jordan", "place", k, "in") for k in range(1, 5)]
    assert {g.name: g.kind for g in group_mentions(country)}["Jordan"] == "place"  # "in Jordan": the country


def test_an_article_not_in_english_lists_no_actors_and_says_why(tmp_path: Path) -> None:
    """German text: the tagger would call capitalised nouns people ("Uhr", "Seit"); no actors are
    listed for it, and the warning names the article and the actors."""
    german = tmp_path / "bericht.txt"
    german.write_text(
        "Die Stadt plant neue Radwege\n\n"
        "Seit Jahren fordern die Bürger mehr Radwege in der Innenstadt. Am Montag um neun Uhr hat der "
        "Bürgermeister Karl Brandner gesagt, dass die Stadt im Sommer mit dem Bau beginnen wird. "
        "Die Geschichte der Pläne ist lang, und nicht alle Anwohner sind mit der neuen Strecke zufrieden. "
        "Brandner sagte, die Kosten würden von der Stadt und dem Land getragen.",
        encoding="utf-8",
    )
    english = tmp_path / "report.txt"
    english.write_text(
        "Harbour plan approved\n\nThe port authority of Velmora approved the new harbour plan on Monday. "
        "Its director Henrik Lund said the cranes would arrive in the spring.",
        encoding="utf-8",
    )
    report = pipeline.build_report(pipeline.load([str(german), str(english)]), pipeline.Options(workers=1))
    german_id = next(a.id for a in report.articles if a.path.endswith("bericht.txt"))
    assert actors_of(report) and all(german_id not in a.articles for a in actors_of(report))
    assert "Henrik Lund" in [a.name for a in actors_of(report)]
    assert any("bericht.txt" in w and "actors" in w for w in report.meta.warnings), report.meta.warnings


def test_a_form_of_address_after_the_office_is_not_part_of_the_role() -> None:
    """ "Council leader Cllr Joanne Bix": her role is council leader; "Cllr" alone is the role still."""
    text = (
        "Ashgrove votes to close library\n\n"
        "Council leader Cllr Joanne Bix said the authority had no choice after its budget was cut. "
        "Cllr Ravi Mendes said the ruling group had found money for a car park instead. "
        "Health Minister Dr Ada Quinn said the library's staff would be offered other posts."
    )
    report = report_of(text)
    assert _actor(report, "Joanne Bix").role == "Council leader"
    assert _actor(report, "Ravi Mendes").role == "Cllr"
    assert _actor(report, "Ada Quinn").role == "Health Minister"
