"""Session 60, imiss94: names, roles and one club listed twice on the sports and news pages of halves G and I.

- A team player's place on the field opening a sentence is his calling, not a word of his name ("Cornerback
  Dale Marsh provided the winning points": Dale Marsh, a cornerback) (brief/actors/callings.py).
- "Both" (or "Either", "Neither") opening a pair of titled people is the pair's word, no part of the first one's
  title ("Both Harlow mayor Tom Petrie and Kestrel mayor Ada Quinn") (brief/actors/role_others.py).
- A club's last word written alone ("United are ...") is the club named in full by its town and that word
  ("Manchester United"); with another club ending so named later ("FC United"), the one named first
  (brief/actors/club_cities.py).
- "Former" opening a sentence before a body's one-word name ("Former Lions and Kestrel coach X") is the role's word,
  not one the tagger cut off the name ("Best Buy" tagged "Buy") (brief/actors/mentions.py, name_words.FORMER_WORDS).
- A surname the tagger read as a misc. name all through the text ("to reunite Edwards with ...") is the person the
  headline names in full ("Owen Edwards joins ...") (brief/actors/headline_surnames.py).
- A sentence opening "Said Quinn: “...”", which the cue tagger read whole as the cue, is Quinn's quotation
  (brief/actors/fronted_cue_names.py).
- "“...,” the minister, Tom Petrie, was quoted as saying": the name set off in commas before the passive cue is
  the one quoted (brief/actors/inverted.py).
On articles written for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, holders, named_actors, report_of

_GAME = (
    "Harlow rivals meet again on Sunday\n\n"
    "The Harlow Hawks beat the Kestrel Foxes 24-20 in a tight game on Saturday night.\n\n"
    "{calling} Dale Marsh provided the winning points with a late interception return.\n\n"
    "Marsh said the team had worked hard all week. \"We never stopped believing,\" Marsh said.\n\n"
    "Kestrel coach Ada Quinn said the Foxes would be back next year."
)


def test_a_players_place_on_the_field_opening_a_sentence_is_his_calling() -> None:
    """The cornerback is Dale Marsh, his calling his role, not part of his name."""
    for calling in ("Cornerback", "Shortstop", "Goaltender"):
        report = report_of(_GAME.format(calling=calling))
        marsh = actor_named(report, "Dale Marsh")
        assert marsh.role == calling
        assert not [a.name for a in actors_of(report) if a.name.startswith(calling)]


_BRIDGE = (
    "Harlow and Kestrel agree on bridge\n\n"
    "{pair} Harlow mayor Tom Petrie and Kestrel mayor Ada Quinn signed the bridge agreement on Monday.\n\n"
    "Petrie said the bridge would open in the spring. Quinn said the cost would be shared.\n\n"
    "Petrie added that work would begin in March."
)


def test_a_word_opening_a_pair_of_titled_people_is_no_part_of_a_title() -> None:
    """Tom Petrie is the Harlow mayor, not the "Both Harlow mayor"."""
    for pair in ("Both", "Neither"):
        report = report_of(_BRIDGE.format(pair=pair))
        assert actor_named(report, "Tom Petrie").role == "Harlow mayor"
        assert actor_named(report, "Ada Quinn").role == "Kestrel mayor"


_CLUB = (
    "Kestrel United post record profits\n\n"
    "Kestrel United chief executive Tom Petrie has said the club would not have signed four players last summer "
    "without its new owners.\n\n"
    "The takeover in 2019 was met by protests from long-standing United supporters and the formation of the rebel "
    "club AFC United, but the club have answered their critics with profits of 40 million pounds.\n\n"
    "United officials say the figures make them the richest club in the league.\n\n"
    "United are in far better shape than anyone had expected, Petrie said."
)


def test_a_clubs_last_word_alone_is_the_club_named_first_in_full() -> None:
    """"United" is Kestrel United, named before it; AFC United, a club named after it, is another."""
    report = report_of(_CLUB)
    assert named_actors(report, "United") == [actor_named(report, "Kestrel United")]


_COACH = (
    "Petrie joins Harlow staff\n\n"
    "Tom Petrie will join the Harlow Hawks as defence coach, the club said on Monday.\n\n"
    "Former Lions and Kestrel coach Petrie declined to go into detail about the deal.\n\n"
    "\"It is a great chance for me,\" Petrie said. The Lions said they wished him well.\n\n"
    "Harlow chairman Ada Quinn said the deal was done last week."
)


def test_former_opening_a_sentence_is_no_word_of_the_body_after_it() -> None:
    """"Former Lions and Kestrel coach Petrie": the Lions, not a body called "Former Lions"."""
    report = report_of(_COACH)
    assert not named_actors(report, "Former Lions")
    assert actor_named(report, "Lions").kind == "organization"


_SIGNING = (
    "Owen Edwards joins Kestrel coaching staff\n\n"
    "Kestrel confirmed on Monday that it had agreed a deal to bring Edwards back to the club as defence coach.\n\n"
    "Club director Ada Quinn said an agreement had been reached to reunite Edwards with his former team-mates Tom "
    "Petrie and Dale Marsh.\n\n"
    "The board is expected to announce it has recruited Edwards and Marsh later this week.\n\n"
    "\"It is a good day for the club,\" Quinn said."
)


def test_a_surname_the_tagger_took_for_a_misc_name_is_the_headlines_person() -> None:
    """Every "Edwards" of the text is Owen Edwards, whom the headline names in full."""
    report = report_of(_SIGNING)
    edwards = actor_named(report, "Owen Edwards")
    assert edwards.kind == "person"
    assert edwards.mentions >= 3


_INQUIRY = (
    "Harlow council orders inquiry\n\n"
    "Auditor Ada Quinn said she would start work next month.\n\n"
    "{verb} Quinn: \"We have concluded that a further investigation is warranted.\"\n\n"
    "Council leader Tom Petrie said the report was due in May."
)


def test_a_fronted_verb_and_a_name_before_a_colon_give_the_quotation_to_the_name() -> None:
    """"Said Quinn: “...”": Ada Quinn's quotation, not a cue with no source."""
    for verb in ("Said", "Added"):
        report = report_of(_INQUIRY.format(verb=verb))
        assert holders(report, "a further investigation is warranted") == ["Ada Quinn"]


_PATROLS = (
    "Harlow police to take over city patrols by 2009\n\n"
    "Harlow's police force will not be able to take full control of the city's patrols until 2009, officials said.\n\n"
    "\"According to our calculations and our timelines, we think that from the first quarter of 2009 we will be able "
    "to take full control,\" the minister, Tom Petrie, was quoted as saying.\n\n"
    "The council's chief executive, Ada Quinn, said the plan was sound."
)


def test_a_name_set_off_before_was_quoted_as_saying_is_the_one_quoted() -> None:
    """The quotation is the minister's, Tom Petrie, named in commas before "was quoted as saying"."""
    report = report_of(_PATROLS)
    assert holders(report, "we will be able to take full control") == ["Tom Petrie"]
