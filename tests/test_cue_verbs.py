"""Cues headed by a verb of doing are no statement unless a sign of one follows (brief.actors.cue_verbs)."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import action_cue, hollow_cue


def _attribution(text: str, cue: str, content: str, quote: bool = False) -> Attribution:
    c0 = text.index(cue)
    k0 = text.index(content, c0 + len(cue)) if content in text[c0 + len(cue):] else text.index(content)
    return Attribution((c0, c0 + len(cue)), (0, 5), (k0, k0 + len(content)), quote, 0)


def test_actions_are_no_statements() -> None:
    for text, cue, content in [
        ("Brodin blocked a shot in the waning seconds.", "blocked", "a shot in the waning seconds"),
        ("The earbuds also offer support for the assistant.", "offer", "support for the assistant"),
        ("Disney continued to sign up subscribers all week.", "continued", "to sign up subscribers all week"),
        ("The carmaker is displaying a hybrid version.", "is displaying", "a hybrid version"),
        ("The team has called in the design facility.", "has called", "in the design facility"),
        ("The earbuds offer support for “Hey, Siri” and a new chip.", "offer support for", "“Hey, Siri” and a new chip"),
    ]:
        assert action_cue(text, _attribution(text, cue, content)), text


def test_statement_signs_keep_the_cue() -> None:
    for text, cue, content, quote in [
        ("“We are on track,” the chief executive continued.", "continued", "We are on track", True),
        ("She observed that the rules were unclear.", "observed", "that the rules were unclear", False),
        ("He offered to fly the cat home.", "offered", "to fly the cat home", False),
        ("Protesters continued to call for more information.", "continued to", "call for more information", False),
        ("The government decided against recommending charges.", "decided against", "recommending charges", False),
        ("The minister said the plan was sound.", "said", "the plan was sound", False),
        ("The ministry has unveiled a plan to cut costs.", "has unveiled", "a plan to cut costs", False),
        ("The jockey has not decided whether he will ride.", "has not decided", "whether he will ride", False),
        ("The senator called on the agency to act.", "called on", "the agency to act", False),
    ]:
        assert not action_cue(text, _attribution(text, cue, content, quote)), text


def test_deeds_are_no_positions() -> None:
    """The issue's definition: a position is what an actor said, wants, rejects or threatens; what
    it did ("imposed an embargo", "ordered a strike", "hired a manager") is not one."""
    for text, cue, content in [
        ("The governor imposed a curfew on the river towns.", "imposed", "a curfew on the river towns"),
        ("The admiral ordered a missile strike against the depot.", "ordered", "a missile strike against the depot"),
        ("The founder hired a product manager named Ada Quill.", "hired", "a product manager named Ada Quill"),
        ("The retailer reported third-quarter earnings that topped estimates as revenue fell short.", "reported",
         "third-quarter earnings that topped estimates as revenue fell short"),
        ("The laptop saw a write speed of 2890 megabytes per second.", "saw", "a write speed of 2890 megabytes per second"),
        ("The builder has added about 80 jobs to his company.", "has added", "about 80 jobs to his company"),
        ("When the soldiers arrived, they found the market deserted.", "found", "the market deserted"),
        ("The mayor spoke on Friday's conference call.", "spoke", "on Friday's conference call"),
        ("The mayor spoke on the call and said he was proud.", "spoke", "on the call"),
        ("The carrier showed off a slew of new features.", "showed off", "a slew of new features"),
        ("The dancer knows how to move.", "knows", "how to move"),
        ("The union threw a party for its members.", "threw", "a party for its members"),
    ]:
        assert action_cue(text, _attribution(text, cue, content)), text


def test_clauses_after_verbs_of_seeing_and_saying_are_statements() -> None:
    for text, cue, content in [
        ("The agency reported they detected water vapor over the pole.", "reported", "they detected water vapor over the pole"),
        ("The carrier finds more device licences are needed.", "finds", "more device licences are needed"),
        ("Marlow added that Pettit surfaced after several seconds.", "added", "that Pettit surfaced after several seconds"),
        ("The ranger added attacks like this are rare.", "added", "attacks like this are rare"),
        ("Undertakers talk openly about how scared and depressed the toll has left them.", "talk openly about",
         "how scared and depressed the toll has left them"),
        ("And asphalt is harder to obtain in the cold, he added.", "added", "And asphalt is harder to obtain in the cold"),
        ("The bank sees crude sliding to $50 a barrel.", "sees", "crude sliding to $50 a barrel"),
        ("Critics see the lineup as its weak spot.", "see", "the lineup as its weak spot"),
        ("The survey shows most voters want the council to act.", "shows", "most voters want the council to act"),
        ("The judge ordered the agencies to release the files.", "ordered", "the agencies to release the files"),
        ("The institutes have thrown their weight behind rapid adoption.", "have thrown", "their weight behind rapid adoption"),
        ("The paper published an editorial blaming the grid.", "published", "an editorial blaming the grid"),
        ("The study found many people, young and old, told them they did not mind.", "found",
         "many people, young and old, told them they did not mind"),
    ]:
        assert not action_cue(text, _attribution(text, cue, content)), text


def test_hollow_cues_state_nothing() -> None:
    for text, cue, holds in [
        ("If the maker were to offer a better service, people might pay.", "were to", True),
        ("Traders Aren't Feeling Great About Grain In 2015", "Aren't Feeling Great About", True),
        ("Make It the Focal Point: With a bold clip, keep the rest soft.", ": With", True),
        ("Investigators are looking initially on whether the crew waited.", "initially on", True),
        ("The minister said it was fine.", "said", False),
        ("According to the police, it was fine.", "According to", False),
    ]:
        assert hollow_cue(text, _attribution(text, cue, text[-8:])) is holds, text


def test_a_verb_the_cue_model_knows_no_family_for_with_a_bare_object_is_a_deed() -> None:
    """The cue model tags "named", "filed", "has adopted" from their place in the sentence; with only an
    object after them they report what the actor did, not what it said."""
    from brief.actors.cue_verbs import unfamiliar_deed

    for text, cue, content in [
        ("The astronomer named the moons after the sons of the war god.", "named", "the moons after the sons of the war god"),
        ("The charity filed a petition in the regional court last spring.", "filed", "a petition in the regional court last spring"),
        ("The host has adopted the language of the fringe.", "has adopted", "the language of the fringe"),
        ("These old oaks have stood for more than a thousand years.", "have stood for", "more than a thousand years"),
        ("The founder finally realized his vision for a folding bicycle.", "finally realized", "his vision for a folding bicycle"),
    ]:
        assert unfamiliar_deed(text, _attribution(text, cue, content)), text


def test_an_unfamiliar_verb_with_a_sign_of_a_statement_keeps_its_position() -> None:
    from brief.actors.cue_verbs import unfamiliar_deed

    for text, cue, content in [
        ("The court ruled that member states must label the goods.", "ruled", "that member states must label the goods"),
        ("The agency assured the public on its website, a busy forum, that the risk was low.", "assured",
         "the public on its website, a busy forum, that the risk was low"),
        ("The operator put it simply: wind power is not the cause.", "put it", "simply: wind power is not the cause"),
        ("The coach compared agents to pimps at the summit.", "compared", "agents to pimps at the summit"),
        ("The heiress filed a request for the court to remove the bank.", "filed", "a request for the court to remove the bank"),
        ("The lawmakers expressed outrage over the breakdown.", "expressed", "outrage over the breakdown"),
        ("The tide is turning, the fisherman pointed out.", "pointed out", "The tide is turning"),
    ]:
        assert not unfamiliar_deed(text, _attribution(text, cue, content)), text


def test_issuing_a_made_thing_is_a_deed() -> None:
    """ "released a letter from his physician", "put out a video listing ...": the thing was issued, and
    the words after it are no statement of the actor's."""
    from brief.actors.cue_verbs import issued_thing

    for text, cue, content in [
        ("The senator released a letter from her family doctor.", "released a letter", "from her family doctor"),
        ("The mayor put out a video listing the roads he would repair.", "put out",
         "a video listing the roads he would repair"),
        ("The engineer pitched the idea to Marsh at lunch.", "pitched", "the idea to Marsh at lunch"),
    ]:
        assert issued_thing(text, _attribution(text, cue, content)), text


def test_a_made_thing_whose_words_follow_keeps_its_position() -> None:
    """A "saying"/"that"-clause, a stance's participle ("blaming", "backing"), a colon, or a relative clause
    with a verb of saying gives what the thing says."""
    from brief.actors.cue_verbs import issued_thing

    for text, cue, content in [
        ("The club released a statement saying the coach had resigned.", "released a statement",
         "saying the coach had resigned"),
        ("The mayor put out a video saying the roads are safe.", "put out", "a video saying the roads are safe"),
        # a stance's participle says what the thing says: the paper's stance, the party's support
        ("The paper published a misleading editorial blaming the wind farms.", "published a",
         "misleading editorial blaming the wind farms"),
        ("The party posted a series of tweets backing the minister.", "posted", "a series of tweets backing the minister"),
        ("The senator released a letter from her doctor on Friday that says she is in good health.",
         "released a letter", "from her doctor on Friday that says she is in good health"),
        ("The union posted a photo: the picket line held.", "posted", "a photo: the picket line held"),
        ("The chemist first proposed the idea of a paper battery.", "first proposed", "the idea of a paper battery"),
        ("The firm filed for bankruptcy in May.", "filed", "for bankruptcy in May"),
    ]:
        assert not issued_thing(text, _attribution(text, cue, content)), text


def test_a_verb_that_names_its_object_with_quoted_words_is_a_judgement() -> None:
    """ "branded the cuts “reckless”" states a view; "branded the cattle" is a deed."""
    from brief.actors.cue_verbs import unfamiliar_deed

    judged = "Union chief Ivo Marten branded the harbour cuts “reckless and short-sighted”."
    assert not unfamiliar_deed(judged, _attribution(judged, "branded", "the harbour cuts “reckless and short-sighted”"))
    termed = "Rosa Quell termed the fee rise “a tax on small boats” on Monday."
    assert not unfamiliar_deed(termed, _attribution(termed, "termed", "the fee rise “a tax on small boats”"))
    deed = "The farmers branded the cattle in the harbour field on Monday."
    assert unfamiliar_deed(deed, _attribution(deed, "branded", "the cattle in the harbour field on Monday"))
