"""Actors and their positions, on the seeds, on articles written for these tests, and on DUC 2004."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from written import actors_of, report_of

from brief import pipeline
from brief.actors.phrasing import present, present_cue, summary_line
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Actor, Report

ROOT = Path(__file__).resolve().parents[1]
DUC = ROOT.parent / "shared" / "eval" / "duc2004" / "dev.jsonl"


def _actor(report: Report, name: str) -> Actor:
    for actor in actors_of(report):
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"{name} not among {[a.name for a in actors_of(report)]}")


def _said(actor: Actor) -> str:
    return "\n".join(p.summary for p in actor.positions)


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
    from brief.actors.extract import content_text

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
    from brief.actors import extract
    from brief.text.sentences import split_article

    article = article_from_text(ROUND, 1, "aid.txt")
    sentences = tuple(split_article(article))
    whole = extract.read_article(article, sentences)
    monkeypatch.setattr(extract, "BLOCK_CHARACTERS", 150)
    assert len(extract._blocks(article.text, sentences)) > 3
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


@pytest.fixture(scope="module")
def dunmere() -> Report:
    """A written local story with the kinds real pages hold: titles inside names, a company with
    and without its legal suffix, a hyphenated surname, streets, a constituency, platforms, a film
    title, a byline."""
    return report_of(
        "Harbour row in Dunmere\n\n"
        "Supt Audley Peters said the harbour gates would stay shut after the storm. "
        "Superintendent Audley Peters of the Dunmere police spoke after Corvane Corp said it would pay for repairs. "
        "Corvane said the cost was small. Tom Harlow, the Labour MP for Dunmere North, said the plan was wrong. "
        "Residents of Elm Close and Kingsway Drive posted videos on Twitter and on Reddit. "
        "Others on Elm Close said the Android app showed the flood, and Reddit users shared the Android app. "
        "The film “Falling Waters” opened on Friday, and “Falling Waters” sold out. "
        "Dr Ingram said the hospital on Kingsway Drive was ready. "
        "Peters said the gates would open soon. Ramona Archer-Bradshaw said the school was safe. "
        "Archer-Bradshaw added that parents had been told. Dr Ingram said the wards were calm.\n\n"
        "Tribune Staff Reporter\n\nTribune Staff Reporter"
    )


def test_one_person_however_titled_and_one_company_with_or_without_its_suffix(dunmere: Report) -> None:
    names = [a.name for a in actors_of(dunmere)]
    peters = _actor(dunmere, "Audley Peters")
    assert peters.kind == "person" and peters.mentions == 3 and "Supt" in peters.role
    assert "says the gates would open soon" in _said(peters)
    assert _actor(dunmere, "Corvane").kind == "organization" and "Corvane Corp" not in names
    bradshaw = _actor(dunmere, "Ramona Archer-Bradshaw")
    assert bradshaw.mentions == 2 and "adds parents had been told" in _said(bradshaw)
    ingram = _actor(dunmere, "Ingram")
    assert ingram.kind == "person" and ingram.mentions == 2 and "Dr Ingram" not in names, names


def test_streets_constituencies_platforms_titles_and_bylines_are_not_people(dunmere: Report) -> None:
    people = {a.name for a in actors_of(dunmere) if a.kind == "person"}
    for name in ("Elm Close", "Kingsway Drive", "Twitter", "Reddit", "Android", "Dunmere North"):
        assert name not in people, (name, people)
    names = {a.name for a in actors_of(dunmere)}
    for name in ("Falling Waters", "Tribune Staff Reporter", "Twitter", "Reddit", "Android"):
        assert name not in names, (name, names)


def test_the_member_for_a_constituency_speaks_not_the_constituency(dunmere: Report) -> None:
    assert "says the plan was wrong" in _said(_actor(dunmere, "Tom Harlow"))
    assert all("plan was wrong" not in _said(a) for a in actors_of(dunmere) if a.name != "Tom Harlow")


def test_he_added_goes_to_the_last_speaker_not_the_last_person_named() -> None:
    report = report_of(
        "Fisherman found dead at Velmora pier\n\n"
        "Superintendent Audley Peters said officers were called to the pier at dawn on Sunday. "
        "“We are treating the death as unexplained,” Peters said.\n\n"
        "The dead man was named as Colin Marsh, 47, a fisherman from the harbour estate. "
        "Marsh had worked the boats for twenty years. Neighbours left flowers at his door.\n\n"
        "“Anyone who saw a boat leave the pier after midnight should call us,” he added."
    )
    peters = _actor(report, "Audley Peters")
    assert "should call us" in _said(peters), _said(peters)
    assert all("should call us" not in _said(a) for a in actors_of(report) if a is not peters)


def test_a_long_apposition_and_a_courtesy_name_keep_their_speaker() -> None:
    report = report_of(
        "Ferry fares to rise\n\n"
        "Prof Ilse Varga, director of the Centre for Harbour Studies at Norland University, who leads research "
        "into island transport, says: “Raising fares now is like closing the only road out of town.”\n\n"
        "The ferry board chair, Nora Price, was elected in May. Soon after Ms. Price was elected, she said she "
        "would “seek to freeze all fares until the new boats arrive.”"
    )
    assert "closing the only road" in _said(_actor(report, "Ilse Varga"))
    assert "freeze all fares" in _said(_actor(report, "Nora Price"))


def test_a_husband_and_wife_sharing_a_surname_do_not_swap() -> None:
    """The bare surname is the subject of the story (named first, not as someone's relative), or the
    one named in full earlier in the same sentence; never simply the last name seen."""
    report = report_of(
        "Congressman charged over campaign funds\n\n"
        "Congressman Duncan Hale and his wife, Margaret Hale, were charged on Tuesday with spending campaign "
        "money on holidays. Hale, who has represented the district since 2009, said the charges were political. "
        "Margaret Hale said she had done nothing wrong.\n\n"
        "Prosecutors say the couple spent $250,000. Hale told supporters he would fight the case and would not "
        "resign. Hale said he expected to be cleared by a jury."
    )
    duncan, margaret = _actor(report, "Duncan Hale"), _actor(report, "Margaret Hale")
    assert duncan.mentions == 4 and actors_of(report)[0] is duncan
    assert "charges were political" in _said(duncan) and "cleared by a jury" in _said(duncan)
    assert _said(margaret) == "says she had done nothing wrong"
    assert "Hale" not in [a.name for a in actors_of(report)]


def test_brothers_sharing_a_surname() -> None:
    report = report_of(
        "Harbour worker found hurt\n\nThe harbour worker Tomas Brel was found hurt near the quay on Monday. "
        "Brel had finished the night shift an hour before. His brother Anton Brel said the family was grateful "
        "to the dock crew. Brel was taken to the Velmora hospital, where Anton Brel said he was recovering."
    )
    tomas = _actor(report, "Tomas Brel")
    assert tomas.mentions == 3, tomas
    assert "grateful to the dock crew" in _said(_actor(report, "Anton Brel"))


def test_the_subject_named_in_the_headline_and_then_described_leads() -> None:
    """Named once in full, then by surname and as "the former mayor": still the story's first actor,
    ahead of the inspector quoted four times; the descriptions count as her mentions."""
    report = report_of(
        "Former mayor Okonjo arrested\n\n"
        "Police arrested the former Dunmere mayor Ruth Okonjo on Monday over missing harbour funds. "
        "Okonjo, who led the town for a decade, was released on bail in the evening.\n\n"
        "Inspector Carl Wendt said officers had searched two offices. Wendt said the inquiry would take months. "
        "Wendt said more arrests were possible. Wendt added that the harbour board had helped.\n\n"
        "The former mayor has denied any wrongdoing. Supporters gathered outside the court where the former "
        "mayor appeared."
    )
    okonjo = actors_of(report)[0]
    assert okonjo.name == "Ruth Okonjo" and okonjo.mentions == 4, actors_of(report)
    assert "the former mayor" in okonjo.aliases


def test_residence_works_studios_and_a_surname_taken_for_a_place() -> None:
    """ "Chad Hollin, 37, Bulmere": a town; "Garden of Quiet Pears, a 1761 painting": a work;
    "Inkwell Games": a studio, never a person; the hunter Ostrand, not a village."""
    report = report_of(
        "Police blotter: Velmora\n\n"
        "October 25: ARRESTS – Chad Hollin, 37, Bulmere, was arrested by Corbett police for violating an order "
        "of protection. Hayley Hollin, 30, Bulmere, was arrested by Corbett police for retail theft.\n\n"
        "The Corvane museum bought Garden of Quiet Pears, a 1761 painting, for 2 million euros. "
        "The Garden of Quiet Pears will hang in the east wing.\n\n"
        "Developer Inkwell Games said the game would ship in May. Inkwell Games refused to cut the ending.\n\n"
        "The hunter, Bharrat Ostrand, had asked two loggers to join him. Ostrand told them to stay behind. "
        "Ostrand claimed he could track the deer alone. Ostrand said he would return by dawn."
    )
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Bulmere") == "place", kinds
    assert kinds.get("Corbett") == "place", kinds  # "arrested by Corbett police"
    assert "Garden of Quiet Pears" not in kinds
    assert kinds.get("Inkwell Games") == "organization"
    ostrand = _actor(report, "Bharrat Ostrand")
    assert ostrand.kind == "person" and ostrand.mentions == 4 and "tells them to stay behind" in _said(ostrand)


def test_help_lines_rivers_and_modifiers() -> None:
    """A help-line footer is no position of the country it names; "Shares of Amazon" is the company;
    in "The Dunmere coroner Ivo Marten said" the coroner speaks, not the town."""
    report = report_of(
        "Dunmere teen's death prompts calls for help lines\n\n"
        "The Dunmere coroner Ivo Marten said the teenager had struggled for months. "
        "Marten said the family wanted others to seek help.\n\n"
        "Shares of Amazon fell after Amazon's chief executive said the company would cut jobs. "
        "Amazon said it would hire again in spring.\n\n"
        "If you or someone you know is struggling, help is available. In the US, call the National Suicide "
        "Prevention Lifeline at 988. In the UK, Samaritans can be contacted on 116 123."
    )
    assert all(not a.positions for a in actors_of(report) if a.kind == "place"), actors_of(report)
    assert "teenager had struggled" in _said(_actor(report, "Ivo Marten"))
    assert _actor(report, "Amazon").kind == "organization"


def test_a_company_named_after_a_place_is_the_company_when_the_story_says_so() -> None:
    """ "Velmora Airways" named in full, then "Velmora said", "Velmora's fleet": the airline, not the town."""
    report = report_of(
        "Velmora Airways joins alliance\n\nVelmora Airways will join the Northstar alliance in spring. "
        "Velmora said the move would add forty routes. Velmora's fleet will grow by ten jets. "
        "Velmora said fares would not rise."
    )
    airline = _actor(report, "Velmora Airways")
    assert airline.kind == "organization" and airline.mentions == 4, actors_of(report)
    assert "Velmora" not in [a.name for a in actors_of(report)]


def test_a_description_goes_to_the_person_whose_title_it_repeats() -> None:
    report = report_of(
        "Ferry standards row\n\nTrade Secretary Ada Quinn met farmers on Monday. Environment Secretary "
        "Tom Vale said the rules would stay. The Trade Secretary insists the ferry rules will not change."
    )
    assert "the Trade Secretary" in _actor(report, "Ada Quinn").aliases
    assert "insists the ferry rules will not change" in _said(_actor(report, "Ada Quinn"))


def test_reported_speech_ends_with_its_sentence_and_a_county_speaks_not_its_state() -> None:
    """A statement that ran on into the next, parenthesised sentence swallowed that sentence's own
    speaker; "officials in Marlow County, Oregon announced" is the county speaking, not the state."""
    report = report_of(
        "Cameras in Marlow schools\n\nAt a meeting today, officials in Marlow County, Oregon — where Deerfield "
        "lies — announced that they have spent more than $9 million on cameras this year. "
        "Teo Varga, a Marlow County high school student, says he supports cameras that record only hallways. "
        "(Marlow County says it's not installing face scanners.) Varga said the cameras made him feel safer."
    )
    county = _said(_actor(report, "Marlow County"))
    assert "spent more than $9 million" in county and "not installing face scanners" in county, county
    assert "face scanners" not in _said(_actor(report, "Teo Varga"))
    assert all(not a.positions for a in actors_of(report) if a.kind == "place"), actors_of(report)


def test_a_name_the_tagger_found_once_is_the_same_name_where_it_missed_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """One name, one sense per article: on a real page the tagger found "researchers at OpenAI" and
    missed "But OpenAI declined ...", so the story's subject lost its mentions and its statements.
    The tagger here misses the name after its first sentence, or reads it as a misc. name, as it did there."""
    from brief.actors import mentions

    real = mentions.tag_sentences

    def missing_later(sentences: list[list[str]]) -> list[list[str]]:
        tags = real(sentences)
        for k, (words, labels) in enumerate(zip(sentences, tags)):
            for i, word in enumerate(words):
                if word == "Skyloftix" and k > 0:
                    labels[i] = "O" if k % 2 else "B-MISC"
        return tags

    monkeypatch.setattr(mentions, "tag_sentences", missing_later)
    report = report_of(
        "Parcel drones\n\nLast month, researchers at Skyloftix in Dunmere revealed a drone able to carry parcels "
        "over hills. A spokesperson for Skyloftix questioned the estimate, noting that it makes several "
        "assumptions. But Skyloftix declined to disclose further details of the project. Data published by "
        "Skyloftix shows that the drones have doubled their range every year. The Skyloftix Trust funds schools."
    )
    firm = _actor(report, "Skyloftix")
    assert firm.mentions == 4, actors_of(report)  # not the "Skyloftix" inside "The Skyloftix Trust"
    assert "makes several assumptions" in _said(firm) and "disclose further details" in _said(firm), _said(firm)


def test_a_body_that_employs_people_is_an_organisation_though_tagged_a_place() -> None:
    """ "researchers at Quorvant", "a spokesperson for Quorvant": who employs people is an organisation."""
    from brief.actors.kinds import company_context

    assert company_context("Last month, researchers at ", " in Dunmere revealed a drone")
    assert company_context("A spokesperson for ", " questioned the estimate")
    assert not company_context("He flew to ", " in May")


def test_an_acronym_joins_the_full_name_after_its_country() -> None:
    """ "the United States Harbour Safety Board" then "the HSB": one body, though the initials
    leave out the country; two letters after a country ("CT" of "British Canal Trust") stay apart."""
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int) -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind)

    mentions = [named("United States Harbour Safety Board", "organization", 0), named("HSB", "organization", 1),
                named("HSB", "organization", 2), named("British Canal Trust", "organization", 3),
                named("CT", "organization", 4)]
    groups = group_mentions(mentions)
    assert sorted((g.name, len(g.mentions)) for g in groups) == [
        ("British Canal Trust", 1), ("CT", 1), ("United States Harbour Safety Board", 3)]


def test_a_bodys_initials_tagged_a_place_join_the_body() -> None:
    """ "the Dunmere Heritage Society" then "the DHS" read by the tagger as a place: the body's initials,
    one actor; initials a place of the story also has ("UAE") and two letters ("DH") are not the body's."""
    from brief.actors.grouping import group_mentions
    from brief.actors.mentions import Mention

    def named(name: str, kind: str, at: int) -> Mention:
        return Mention(1, at, at * 10, at * 10 + len(name), name, name, kind)

    mentions = [named("Dunmere Heritage Society", "organization", 0), named("DHS", "place", 1),
                named("United Arab Emirates", "place", 2), named("Ulm Arts Ensemble", "organization", 3),
                named("UAE", "place", 4), named("Dunmere Harbour", "organization", 5), named("DH", "place", 6)]
    groups = group_mentions(mentions)
    assert sorted((g.name, len(g.mentions)) for g in groups) == [
        ("DH", 1), ("Dunmere Harbour", 1), ("Dunmere Heritage Society", 2), ("UAE", 1), ("Ulm Arts Ensemble", 1),
        ("United Arab Emirates", 1)]


def test_the_last_word_of_a_body_s_name_refers_back_to_it() -> None:
    """A story's subject named once in full, then "the trust": each "the trust" counts for it, and
    "the trust said" is its statement; "the trust of residents" is not the body."""
    report = report_of(
        "Busway review\n\nThe Dunmere Transit Trust met on Monday to review the busway. Jo Pell, a "
        "county engineer, presented the plan. Ann Ruse, a resident, spoke against it. Ann Ruse said the buses "
        "were late. Jo Pell said the lanes were safe. The trust said the county must answer every question by "
        "September. The trust will meet again in July. The trust asked for a new timetable. Jo Pell said the "
        "trust of residents mattered."
    )
    trust = _actor(report, "Dunmere Transit Trust")
    assert trust.mentions == 4 and "the trust" in trust.aliases, actors_of(report)
    assert "must answer every question" in _said(trust), _said(trust)
    assert actors_of(report)[0].name == "Dunmere Transit Trust", actors_of(report)


def test_a_document_from_a_body_is_that_body_s_statement() -> None:
    """ "according to a complaint affidavit from Kellmouth" (a place on the page: "from Homeland
    Security", typed a place): who filed it, though "from" also says where someone comes from."""
    report = report_of(
        "Ring charged\n\nThree people were charged on Monday in Dunmere. The defendants allegedly ran the "
        "smuggling ring in Kellmouth and Brindle, according to a criminal complaint affidavit from "
        "Kellmouth. Officials in Kellmouth said more arrests were likely."
    )
    agency = _said(_actor(report, "Kellmouth"))
    assert "ran the smuggling ring" in agency, agency


def test_a_role_keeps_a_place_name_that_opens_with_a_stop_word() -> None:
    """'New' is one of sumy's stop words; it still opens the place in the title before a name."""
    report = report_of(
        "Burials rise in the city\n\nNew York City Mayor Ivo Marten said temporary burials might be needed. "
        "This Dunmere official, Rosa Quell, said the island was ready. Marten said the city would pay."
    )
    assert _actor(report, "Ivo Marten").role == "New York City Mayor"
    assert _actor(report, "Rosa Quell").role == "Dunmere official"  # "This" points: no part of it


def test_a_form_of_address_is_no_part_of_a_role() -> None:
    report = report_of(
        "Island premier detained\n\nThe Honourable Premier Arlo Benn was detained in Miami on Thursday. "
        "Governor Edith Marr said the Hon. Deputy Premier Tessa Quarry would act as premier. "
        "Quarry said the government would go on. Benn denies the charges, his lawyer said."
    )
    assert _actor(report, "Arlo Benn").role == "Premier"
    assert _actor(report, "Tessa Quarry").role == "Deputy Premier"


def test_a_question_opening_auxiliary_is_no_part_of_a_role() -> None:
    report = report_of(
        "Comics on television\n\nDoes Northgate Comics president Jo Pell still read every script? "
        "He reads most of them, the producer said. Pell said the studio would make two more shows. "
        "Pell said he liked the quiet heroes best."
    )
    assert _actor(report, "Jo Pell").role == "Northgate Comics president"


def test_the_subject_named_by_office_in_the_headline_leads() -> None:
    """ "Police Detain Island Governor": the headline names its subject by office, the text names him
    once as "Governor Mateo Lindqvist" and by surname after; he leads the chief quoted three times. The
    deputy governor is not the governor."""
    report = report_of(
        "Police Detain Island Governor On Fraud Charges\n\n"
        "Velmora police on Tuesday detained the island's Governor Mateo Lindqvist, 58, at the harbour. "
        "Police Chief Dana Ostrow said officers had searched the residence. "
        "Ostrow said the inquiry would take months. Ostrow added that more arrests were possible. "
        "Deputy Governor Ilse Marrow will act in his place. Marrow said the council would meet on Friday. "
        "Lindqvist was taken to the central station. Lindqvist denies the charges."
    )
    assert actors_of(report)[0].name == "Mateo Lindqvist", actors_of(report)
    marrow = _actor(report, "Ilse Marrow")
    assert marrow.salience > _actor(report, "Dana Ostrow").salience, actors_of(report)


def test_an_office_written_with_capitals_counts_for_its_one_holder() -> None:
    """Named once as "Prime Minister Ada Quinn", then as "the Prime Minister" and "the PM": each
    counts as her mention, and what "the PM" says is hers; "the Health Secretary" names an office
    no one here holds (Tom Vale is Environment Secretary), so it goes to no one."""
    report = report_of(
        "Ferry rules row\n\nPrime Minister Ada Quinn met farmers on Monday. Environment Secretary Tom Vale "
        "said the rules would stay. Tom Vale visited the port. Vale met the harbour board. "
        "Vale toured the docks. Farmers wrote to the Prime Minister about the ferry rules. "
        "The PM said the ferry rules would not change before spring. "
        "The Health Secretary has not commented. Critics said the Prime Minister had broken a promise."
    )
    quinn = _actor(report, "Ada Quinn")
    assert quinn.mentions == 4, actors_of(report)
    assert "ferry rules would not change" in _said(quinn)
    assert "the Health Secretary" not in _actor(report, "Tom Vale").aliases
    assert actors_of(report)[0].name == "Ada Quinn", actors_of(report)


def test_a_bill_is_no_actor_and_a_commission_is_not_the_government() -> None:
    """ "the Agriculture Bill" is a law the parties fight over, not a party; "the Government" does not refer
    back to the last body named when that body is a commission (it is not what governs)."""
    report = report_of(
        "Farm rules vote\n\nMPs will vote on the Agriculture Bill on Monday. The Agriculture Bill sets food rules. "
        "Ministers set up the Food Standards Commission last year. The Government is telling MPs not to back "
        "the changes to the Agriculture Bill. Critics said the Food Standards Commission had no power."
    )
    names = [a.name for a in actors_of(report)]
    assert "Agriculture Bill" not in names, names
    assert "tells MPs not to back" not in _said(_actor(report, "Food Standards Commission"))


def _on_site(text: str, site: tuple[str, ...]) -> Report:
    """The report of one article as published by ``site`` (its name and host)."""
    article = dataclasses.replace(article_from_text(text, 1, "1.txt"), site=site)
    return pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))


def test_the_publisher_named_as_the_channel_is_no_party_but_the_subject_of_its_release_is() -> None:
    """On the Harbour Ledger's own page, "speaking with Harbour Ledger" names how the words reached
    us, even with the paper in the headline; on Corvane University's site, the university that
    found something is its release's subject."""
    ledger = _on_site(
        "Harbour Ledger: ferry fares to rise\n\nFerry fares will rise in May, Ada Quinn said speaking with "
        "Harbour Ledger on Monday. Quinn runs the ferry company. Quinn told Harbour Ledger that costs had doubled.",
        ("Harbour Ledger", "harbourledger.com"),
    )
    assert "Harbour Ledger" not in [a.name for a in actors_of(ledger) if a.role != "news outlet"], actors_of(ledger)
    release = _on_site(
        "Corvane University finds salt-tolerant wheat\n\nCorvane University researchers found a wheat that grows "
        "in salty soil. Corvane University will test it on farms next year.",
        ("Corvane University", "corvane.edu"),
    )
    assert actors_of(release)[0].name == "Corvane University", actors_of(release)


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    # The premier is named in full once, then by given name and surname, then by surname.
    report = report_of(
        "Premier Marten Okoye Vasquez was detained at an airport in Miami on Thursday, officials said. "
        "Marten Vasquez had flown in for a conference on island tourism. "
        "His deputy, Lisette Brand, said the cabinet would meet on Friday. "
        "Vasquez has denied any wrongdoing, his lawyer said."
    )
    people = [a for a in actors_of(report) if a.kind == "person"]
    vasquez = [a for a in people if "Vasquez" in a.name]
    assert len(vasquez) == 1, [a.name for a in people]
    assert vasquez[0].name == "Marten Okoye Vasquez" and vasquez[0].mentions >= 3


def test_a_person_whose_surname_is_an_outlets_name_is_no_outlet() -> None:
    text = (
        "The race for the nomination tightened on Tuesday. The even wealthier Michael Bloomberg has spent "
        "heavily on television ads in the states that vote in March. Bloomberg skipped the early contests, "
        "and rivals say Bloomberg is trying to buy the race."
    )
    listed = [a for a in actors_of(report_of(text)) if a.name == "Michael Bloomberg"]
    assert listed and listed[0].kind == "person" and listed[0].role != "news outlet"
