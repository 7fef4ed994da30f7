"""Sides taken on a plan, as a council report writes them (session 38, cues39): "came out in favor of" (the cue
model knew "came out against" only), an abbreviated title opening the subject ("Rep. Alan Short came out ..."),
and a stance's object that ends before the time the side was taken ("rejected the plan on Tuesday" rejects
"the plan"), while a time inside an infinitive's clause stays with its verb. On an article written for these
tests."""

from __future__ import annotations

from written import cues_by

_HARBOR = (
    "Harbor park plan divides Westmere council\n\n"
    "WESTMERE — A proposal to turn the old ferry terminal into a waterfront park drew new supporters and critics "
    "this week, as the council prepared for a final vote next month.\n\n"
    "Councilwoman Priya Dalton came out in favor of the park on Wednesday, saying the east side had waited long "
    "enough for green space. \"Every other district has a park within walking distance,\" she said.\n\n"
    "Rep. Alan Kessler came out in favor of a state grant for the project. The Westmere Business League rejected "
    "the plan on Tuesday, arguing that the terminal's parking lot was vital to shops on Front Street. Its "
    "chairman, Victor Osei, said members had not been consulted.\n\n"
    "Councilman Hugo Farrant opposed the proposal last month. Councilwoman Lena Brooks criticized the decision to "
    "close the terminal on Friday, calling it rushed.\n\n"
    "Councilman Felix Ortega denied the allegations late on Thursday. The Westmere Tenants Union condemned the "
    "sale in a statement on Sunday. Councilwoman Amy Hale defended the budget on Monday night. "
    "Councilman Rex Moyo praised the design at a town hall meeting last week. "
    "Councilwoman Jo Pratt denied reports published on Monday.\n\n"
    "Mayor Ruth Ingram said she expected the council to approve the plan. \"We have listened to everyone,\" she "
    "said.\n"
)


def test_coming_out_in_favor_is_a_stance() -> None:
    said = cues_by(_HARBOR)
    assert ("came out in favor of", "the park") in said["Priya Dalton"]
    assert any(cue == "came out in favor of" and text.startswith("a state grant") for cue, text in said["Alan Kessler"])


def test_a_stance_object_ends_before_its_time() -> None:
    said = cues_by(_HARBOR)
    assert ("rejected", "the plan") in said["Westmere Business League"]
    assert ("opposed", "the proposal") in said["Hugo Farrant"]


def test_a_time_inside_the_objects_clause_stays() -> None:
    said = cues_by(_HARBOR)
    assert any(cue == "criticized" and text.endswith("close the terminal on Friday") for cue, text in said["Lena Brooks"])
    assert ("denied", "reports published on Monday") in said["Jo Pratt"]


def test_a_late_time_and_the_setting_before_it_go_too() -> None:
    said = cues_by(_HARBOR)
    assert ("denied", "the allegations") in said["Felix Ortega"]
    assert ("condemned", "the sale") in said["Westmere Tenants Union"]
    assert ("praised", "the design") in said["Rex Moyo"]


def test_an_object_too_short_alone_keeps_its_time() -> None:
    assert ("defended", "the budget on Monday night") in cues_by(_HARBOR)["Amy Hale"]
