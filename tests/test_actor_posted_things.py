"""Posting or tweeting a picture is a deed, not a statement: a participle of the poster's further words or of
another clause after the picture does not make it one (session 38), on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_tweeted_photo_is_no_position_and_the_added_words_are() -> None:
    said = said_by(
        "Baker opens second shop\n\n"
        "Nadia Corvell, who runs a bakery in Leeds, said sales had doubled this year. "
        'In April, Corvell tweeted a photo of her new oven, adding, "This is where the bread happens." '
        "She said she would hire four more bakers."
    )
    texts = said["Nadia Corvell"]
    assert not any("photo of her new oven" in t for t in texts)
    assert any("This is where the bread happens" in t for t in texts)


def test_a_posted_image_before_another_clause_is_no_position() -> None:
    said = said_by(
        "Painter faces backlash over mural\n\n"
        "Orla Fenwick, a painter in Cork, won a prize last year. "
        "Fenwick said the mural was meant as a tribute to her grandmother. "
        "However, when she posted the image on her page, she started to get messages accusing her of mocking the town. "
        "Fenwick said she would not take it down."
    )
    texts = said["Orla Fenwick"]
    assert not any("the image on her page" in t for t in texts)
    assert any("would not take it down" in t for t in texts)


def test_a_posted_video_saying_something_is_still_a_position() -> None:
    said = said_by(
        "Mayor answers critics\n\n"
        "Mayor Tobias Wren on Monday posted a video saying the bridge would reopen in June. "
        "Wren said the repairs had cost more than planned."
    )
    assert any("reopen in June" in t for t in said["Tobias Wren"])
