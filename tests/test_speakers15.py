"""Speakers named in shapes the resolver missed: a leader's office in lower case, a rank that sets an
office apart, staff "at" a firm, a plural party name the tagger left untagged."""

from __future__ import annotations

from tests.written import holders, report_of


def test_lower_case_leader_office_is_the_subject_just_named() -> None:
    report = report_of("Levy plan defended\n\nMarta Ilves toured a bus depot in Tallinn on Monday. "
                       "The prime minister said the new levy would pay for cleaner buses.")
    assert holders(report, "cleaner buses") == ["Marta Ilves"]


def test_lower_case_leader_office_is_not_an_object_just_named() -> None:
    report = report_of("Man held after fire\n\nPolice arrested Dean Moss on Monday after a fire in the market. "
                       "The governor said the market would reopen within a week.")
    assert "Dean Moss" not in holders(report, "reopen within a week")


def test_rank_sets_an_office_apart() -> None:
    report = report_of("Minister quits\n\nHealth Minister Ada Quell resigned on Monday after the hospital row. "
                       "The prime minister said he accepted the resignation with regret.")
    assert "Ada Quell" not in holders(report, "with regret")
    report = report_of("Road levy\n\nPresident Samuel Otieno met traders in Kisumu. Deputy President Grace Wanjiru "
                       "toured Eldoret on Monday. The president said the funds would build new roads.")
    assert holders(report, "build new roads") == ["Samuel Otieno"]


def test_analysts_at_a_firm_are_the_firm() -> None:
    report = report_of("Chip shares slide\n\nShares of Orvane fell 6% on Tuesday. Analysts at Bernstein estimate "
                       "that the company will lose a fifth of its sales next year.")
    assert holders(report, "fifth of its sales") == ["Bernstein"]


def test_plural_party_name_opening_a_sentence_speaks() -> None:
    report = report_of("Fuel duty row\n\nThe Conservatives accused ministers of breaking their promise to "
                       "drivers on Tuesday. The Treasury said the rise was needed.")
    assert holders(report, "breaking their promise") == ["Conservatives"]


def test_plural_demonym_is_no_party() -> None:
    report = report_of("Talks resume\n\nThe Saudis said the talks would resume in Riyadh next month.")
    assert "Saudis" not in holders(report, "talks would resume")


def test_participle_after_a_described_body_is_the_body() -> None:
    report = report_of("Airline fined\n\nSkyvale Airways was fined £2m by the regulator on Monday. "
                       "The airline hit back, saying the fine was unfair and it would appeal.")
    assert holders(report, "fine was unfair") == ["Skyvale Airways"]


def test_participle_with_colon_after_fronted_time_and_the_government() -> None:
    report = report_of("Row over standards\n\nFarmers have written to ministers about food imports. But last night, "
                       "the Government came out fighting by branding the letter misleading and insisting: "
                       "'Our promise to farmers could not be clearer.'")
    assert holders(report, "could not be clearer") == ["Government"]


def test_closing_single_mark_before_a_clause_word_is_no_possessive() -> None:
    report = report_of("Union slams pay offer\n\nThe offer was rejected on Monday. The NWU union branded the offer "
                       "'an insult to our members' and vowed to fight on. Tam Orrin called the plan 'reckless and cruel' "
                       "in a statement.")
    assert holders(report, "reckless and cruel") == ["Tam Orrin"]


def test_headline_quotation_framed_by_a_name() -> None:
    report = report_of("'We will not back down,' says Tam Orrin as strike looms\n\nRail workers will walk out next week "
                       "after talks collapsed. Tam Orrin, general secretary of the Rail Crews Union, told members the "
                       "offer was an insult.")
    assert holders(report, "We will not back down") == ["Tam Orrin"]
    report = report_of("Ada Quell says 'I did nothing wrong' after club sacks her\n\nAda Quell, 34, was dismissed by "
                       "Dunmere Rovers on Friday. The club said the decision was final.")
    assert holders(report, "I did nothing wrong") == ["Ada Quell"]


def test_headline_title_in_marks_is_no_quotation() -> None:
    report = report_of("'Wicked Nights' star says she is thrilled\n\nCora Delane has spoken about her new role. "
                       "The actress said she was thrilled.")
    assert holders(report, "Wicked Nights") == []


def test_a_post_quoted_by_its_noun_or_as_it_is_its_posters() -> None:
    report = report_of("Singer shares tribute\n\nSinger Lena Marsh shared a photo of her late father on Instagram on "
                       "Sunday. The caption read: \"I miss you every single day, Dad.\"")
    assert holders(report, "every single day") == ["Lena Marsh"]
    report = report_of("Widow shares tribute\n\nAnna Kowal lost her husband in a crash last year. This is another image "
                       "Anna Kowal posted to Facebook on Sunday. It says, \"I cannot describe what this ring means to me.\"")
    assert holders(report, "what this ring means") == ["Anna Kowal"]


def test_it_after_a_sentence_of_no_post_is_not_a_poster() -> None:
    report = report_of("Firm posts loss\n\nOrla Benn joined Carvel Foods as chief executive last year. The company "
                       "posted a loss of £2m. It said demand had slumped over the winter.")
    assert "Orla Benn" not in holders(report, "demand had slumped")


def test_people_noun_opening_a_sentence_is_a_group() -> None:
    report = report_of("Road works stall\n\nThe bypass was due to open in March. Residents say the new roads were "
                       "never finished and the dust is unbearable.")
    assert holders(report, "never finished") == ["residents"]


def test_named_speaker_inside_an_anonymous_frame() -> None:
    report = report_of("Actress reports stolen gown\n\nA gown worn by Maris Odell at the awards has been stolen. Our "
                       "sources say Maris told cops it was taken from her room on Wednesday while she was out.")
    assert holders(report, "taken from her room") == ["Maris Odell"]
    report = report_of("Minister under pressure\n\nAda Quell is facing calls to resign over the housing row. Insiders say "
                       "Quell told aides she would not quit under any circumstances.")
    assert holders(report, "would not quit") == ["Ada Quell"]


def test_anonymous_frame_of_no_inner_speaker_names_no_one() -> None:
    report = report_of("Minister under pressure\n\nAda Quell is facing calls to resign over the housing row. Sources say "
                       "Quell was planning to stand down within weeks.")
    assert holders(report, "stand down within weeks") == []


def test_description_after_an_inverted_cue_is_the_source() -> None:
    report = report_of("Coach praises squad\n\nHead coach Maria Sandoval praised her young squad after the win.\n\n"
                       "Captain Leo Brandt agreed. \"The coach is right,\" said the midfielder.")
    assert holders(report, "The coach is right") == ["Leo Brandt"]
    report = report_of("Fire at warehouse\n\nA fire broke out at a warehouse in Dunmere on Monday.\n\nLocal resident "
                       "Carla Mendes watched the flames from her garden. \"It was terrifying,\" said the 34-year-old.")
    assert holders(report, "It was terrifying") == ["Carla Mendes"]


def test_time_after_an_inverted_cue_is_no_source() -> None:
    report = report_of("Fire at warehouse\n\nA fire broke out at a warehouse in Dunmere on Monday.\n\n"
                       "\"It was the worst night of my life,\" said the next day.")
    assert holders(report, "worst night") == []


def test_one_of_a_group_speaks_for_the_group() -> None:
    report = report_of("Protest at station\n\nProtesters gathered outside the police station in Dunmere on Monday. "
                       "One of the protesters said the police had been far too slow to act.")
    assert holders(report, "far too slow") == ["protesters"]


def test_the_cm_is_the_chief_minister_named() -> None:
    report = report_of("Patrols stepped up in Lucknow\n\nChief Minister Harsh Vardhan Rao directed officials to step up "
                       "patrolling across the city on Tuesday. The CM said the safety of women was the government's top "
                       "priority.")
    assert holders(report, "safety of women") == ["Harsh Vardhan Rao"]


def test_lower_case_cabinet_office_is_the_subject_just_named() -> None:
    report = report_of("Waiting lists plan\n\nTom Aldery has defended his plan to cut hospital waiting lists. Speaking "
                       "on the radio, the health secretary said: \"We are going to fix this, but it will take time.\"")
    assert holders(report, "it will take time") == ["Tom Aldery"]


def test_shadow_cabinet_office_is_not_the_subject_just_named() -> None:
    report = report_of("Waiting lists plan\n\nTom Aldery has defended his plan to cut hospital waiting lists. Speaking "
                       "on the radio, the shadow health secretary said the plan was a gimmick.")
    assert "Tom Aldery" not in holders(report, "was a gimmick")


def test_one_of_a_crowd_speaks_for_it() -> None:
    report = report_of("Viewers fume over final\n\nViewers were left furious after the baking final on Tuesday night. "
                       "Fans took to social media to complain about the result. One wrote: \"Absolute robbery, she was "
                       "the best baker all series.\" Another fan tweeted: \"I will never watch this show again.\"")
    assert holders(report, "Absolute robbery") == ["fans"]
    assert holders(report, "never watch this show") == ["fans"]


def test_one_of_anonymous_officials_is_no_group() -> None:
    report = report_of("Talks collapse\n\nTwo senior officials briefed reporters in Geneva on Monday. One said the "
                       "talks were over for now.")
    assert holders(report, "talks were over") == []


def test_deputies_speak_for_the_sheriffs_office_named() -> None:
    report = report_of("Driver charged\n\nA Dunmere man has been charged after a fatal crash, the Orren County Sheriff's "
                       "Office said on Monday. Deputies said the victim, a 45-year-old woman, died at the scene.")
    assert holders(report, "died at the scene") == ["Orren County Sheriff's Office"]


def test_embedded_post_signed_with_a_title_and_run_into_its_line() -> None:
    text = ("Politicians react to verdict\n\nPoliticians from both parties reacted quickly to the verdict on Friday."
            "\n\nThis is a sad day for justice in our country.{sep}— Senator Ada Quell (@AdaQuell) May 31, 2024\n\n"
            "Governor Tom Reid wrote on X that the jury had done its job. Senator Ada Quell later told reporters she "
            "would say more on Monday.")
    for sep in ("\n", ""):
        assert holders(report_of(text.format(sep=sep)), "sad day for justice") == ["Ada Quell"]


def test_a_body_named_after_its_signer_is_no_apposition() -> None:
    report = report_of("Trading ban criticised\n\nThe state government has banned street trading on major roads. In a "
                       "statement signed by its spokesperson, Abimbola Adeyemi, the Peoples Progress Party said the ban "
                       "was insensitive to the poor.")
    assert holders(report, "insensitive to the poor") == ["Peoples Progress Party"]


def test_message_from_a_described_name_and_an_inverted_verdict() -> None:
    report = report_of("Coach confident before final\n\n\"We are ready for this and we will win.\" That was the message "
                       "from Dunmere coach Ada Quell ahead of Sunday's final.\n\n\"Nobody gave us a chance in August,\" was "
                       "the verdict of captain Leo Brandt after training on Friday.")
    assert holders(report, "we will win") == ["Ada Quell"]
    assert holders(report, "Nobody gave us a chance") == ["Leo Brandt"]


def test_signed_quotation_with_a_description_after_the_name() -> None:
    report = report_of("Developers react to fee\n\nGame developers have criticised the new runtime fee announced by "
                       "Corvid Engines on Tuesday.\n\n\"This is a betrayal of every small studio that trusted them.\" — "
                       "Rami Ostrander, independent developer\n\nThe company said the fee would affect few studios.")
    assert holders(report, "betrayal of every small studio") == ["Rami Ostrander"]


def test_a_second_thing_or_one_new_person_is_no_group_member() -> None:
    report = report_of("Game review\n\nThe steady drip of wartime horrors through newspaper headlines pierces me again "
                       "and again. A second playthrough however shows that the story is rigid and the choices have "
                       "little effect.\n\nRelatives had been holding out hope. One father learned the horrible news that "
                       "his daughter had likely not made it.")
    assert holders(report, "the story is rigid") == []
    assert holders(report, "horrible news") == []
