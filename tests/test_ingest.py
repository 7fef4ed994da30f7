"""Loading: decoding, front matter, unwrapping, headlines, boilerplate, duplicates, bad inputs."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.dedupe import find_duplicates
from brief.ingest.files import expand_inputs, load_articles
from brief.ingest.html import extract_html
from brief.ingest.sniff import looks_like_html
from brief.ingest.text import article_from_text, is_boilerplate, is_headline, paragraphs_of
from brief.text.language import guess_language
from brief.text.sentences import split_article

WRAPPED = """The city council voted on Monday to close the old bridge over the
river Aller for repairs, a decision that will divert traffic through
the town centre for at least six months. ``We had no choice,'' said
the mayor, Jonas Brandt. Engineers found cracks in two of the five
supporting piers during an inspection in September.
Shop owners in the centre said they feared the extra traffic would
keep customers away.
"""


def test_decodes_utf8_bom_utf16_and_legacy() -> None:
    text = "Café owners said the “new rules” were unfair."
    assert decode_bytes(text.encode("utf-8")) == (text, None)
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode_bytes(text.encode("utf-16"))[0] == text
    legacy = ("Die Bürger von Köln äußerten sich über die Straßenbahn und das Rathaus. " * 20).encode("cp1252")
    decoded, warning = decode_bytes(legacy)
    assert "Bürger" in decoded and "Straßenbahn" in decoded
    assert warning is not None and "not UTF-8" in warning


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"abc\x00\x01\x02def", "NUL"),
    ],
)
def test_rejects_non_text(data: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


def test_front_matter_wins_and_is_not_text(data: Path) -> None:
    text = (data / "harbour-strike.txt").read_text()
    article = article_from_text(text, 1, "x.txt")
    assert article.title == "Dock Workers Extend Strike at Port of Valmora"
    assert (article.source, article.date, article.url) == (
        "Coastal Herald", "2026-03-04", "https://example.org/valmora-strike",
    )
    assert "---" not in article.text and "title:" not in article.text


def test_hard_wrapped_lines_are_joined_and_tex_quotes_become_curly() -> None:
    article = article_from_text(WRAPPED, 1, "w.txt")
    assert "\n" not in article.text
    assert "over the river Aller" in article.text
    assert "“We had no choice,” said the mayor" in article.text
    sentences = [s.text for s in split_article(article)]
    assert sentences[1] == "“We had no choice,” said the mayor, Jonas Brandt."


def test_one_paragraph_per_line_is_not_joined() -> None:
    text = (
        "The first paragraph is long enough to be a paragraph of its own and ends here.\n"
        "A second paragraph follows on the next line, as pasted from a web page.\n"
        "The third one closes the story with a quote from the minister.\n"
    )
    assert [p for p, _ in paragraphs_of(text)] == [line for line in text.splitlines()]


def test_line_broken_mid_sentence_is_rejoined_even_without_wrapping() -> None:
    text = "The minister said the plan was\nready for a vote.\nA new paragraph starts here and is complete."
    assert [p for p, _ in paragraphs_of(text)][0] == "The minister said the plan was ready for a vote."


def test_short_item_soft_wrapped_keeps_its_first_line_in_its_sentence() -> None:
    # Three lines are too few to tell wrapping by widths; the space ending each wrapped line tells it.
    text = (
        "The harbour authority of Valmora on Monday rejected the dockworkers' union \n"
        "Chairman Ilse Brandt's offer to end the strike but left the door open \n"
        "to talks next week."
    )
    article = article_from_text(text, 1, "x.txt")
    assert [s.text for s in split_article(article)] == [
        "The harbour authority of Valmora on Monday rejected the dockworkers' union Chairman Ilse Brandt's "
        "offer to end the strike but left the door open to talks next week."
    ]
    plain = text.replace(" \n", "\n")  # no mark: the short first line stays a line of its own
    assert paragraphs_of(plain)[0] == ("The harbour authority of Valmora on Monday rejected the dockworkers' union", True)


def test_headline_becomes_title_and_not_a_sentence(data: Path) -> None:
    article = article_from_text((data / "harbour-strike-2.txt").read_text(), 1, "x")
    assert article.title == "Valmora Port Strike Enters Second Week As Ships Queue Offshore"
    assert all("Second Week" not in s.text for s in split_article(article))


def test_no_headline_derives_title_from_first_sentence(data: Path) -> None:
    article = article_from_text((data / "harbour-strike-3.txt").read_text(), 1, "x")
    assert article.title.startswith("Shippers counted the cost on Thursday")
    assert split_article(article)[0].text.startswith("Shippers counted")


@pytest.mark.parametrize(
    "line",
    [
        "Headline With a Final Period.",
        "the minister said on tuesday that the talks had failed",
        "This is a much longer line that goes on and on about many things without any capital letters at all in it",
    ],
)
def test_not_headlines(line: str) -> None:
    assert not is_headline(line, True)


@pytest.mark.parametrize(
    "line",
    ["Copyright 2024,", "© 2026 Example Media Group. All rights reserved.", "Read more: How ports change",
     "By Jane Doe", "By Jane Doe and Ali Hassan, Reuters", "(Reporting by Jane Doe; Editing by Tom Lee)",
     "Advertisement", "Updated: March 4, 2026 10:31"],
)
def test_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["By the end of the week the union had won a pay rise of four percent for all of its members.",
     "Readers were asked to share their stories about the strike."],
)
def test_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_boilerplate_kept_in_text_but_out_of_sentences(data: Path) -> None:
    article = article_from_text((data / "harbour-strike-2.txt").read_text(), 1, "x")
    assert "All rights reserved" in article.text
    assert len(article.boilerplate) == 2
    assert not any("rights reserved" in s.text or "Read more" in s.text for s in split_article(article))


def test_datelines_are_not_part_of_the_first_sentence(data: Path) -> None:
    for text, start in [
        ((data / "harbour-strike.txt").read_text(), "Dock workers"),
        ("( — The union said it would strike. More followed.", "The union"),
        ("LONDON (Reuters) - Prices rose on Monday. Traders were surprised.", "Prices rose"),
        ("New Delhi, India (CNN)As the earth shook, people ran. Many fled.", "As the earth"),
        ("BERLIN — The chancellor spoke. Nobody listened.", "The chancellor"),
        ("NEW DELHI: Nearly 150 travellers returned. Some wept.", "Nearly 150"),
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns. The crowd cheered.", "Mike Glass"),
        ("Austin, TX – The range of units grew. Sales rose.", "The range"),
        ("Washington, DC, United States: Getting to the Moon is hard. Staying is harder.", "Getting to"),
    ]:
        sentences = split_article(article_from_text(text, 1, "x"))
        assert sentences[0].text.startswith(start), sentences[0].text


def test_a_later_paragraphs_dateline_is_cut_too() -> None:
    """A page of briefs, or a press release whose standfirst comes first, has its dateline after the first paragraph."""
    text = "Native ads grew fastest last year.\n\nNew York, NY – The range of ad units grew. Sales rose.\n\nBERLIN — Prices fell."
    starts = [s.text for s in split_article(article_from_text(text, 1, "x"))]
    assert "The range of ad units grew." in starts and "Prices fell." in starts
    kept = "The vote was close.\n\nSen. Ted Cruz (R-Texas) said he would object. Others agreed."
    assert "Sen. Ted Cruz (R-Texas) said he would object." in [s.text for s in split_article(article_from_text(kept, 1, "x"))]


def test_sentence_openings_like_datelines_stay() -> None:
    for first in ("Meanwhile, Johnson — who had left early — said nothing.",
                  "Smith, Jones and Brown: all three resigned on Monday.",
                  "The mayor, Ms. Lee — the first woman in the post — spoke.",
                  "NASA said the launch would slip."):
        sentences = split_article(article_from_text(f"{first} Nobody else spoke.", 1, "x"))
        assert sentences[0].text == first, sentences[0].text


def test_sentence_offsets_address_the_article_text(data: Path) -> None:
    for path in sorted(data.glob("*.txt")):
        article = article_from_text(path.read_text(), 1, str(path))
        for s in split_article(article):
            assert article.text[s.start : s.end] == s.text


def test_duplicates_exact_and_near() -> None:
    story = "The port of Valmora reopened on Friday after a strike that lasted nine days and cost millions. " * 3
    near = story.replace("Friday", "Saturday")
    other = "An entirely different story about a football match in the rain, which ended in a draw. " * 3
    assert find_duplicates([story, other, story, near]) == {2: 0, 3: 0}


def test_html_is_extracted() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Port strike | Herald</title><script>var x = 1;</script></head>"
        "<body><nav>Home | World | Sport</nav><h1>Port strike ends</h1>"
        "<p>The strike at the port ended on Friday.</p><p>Workers return on Monday.</p>"
        "<footer>© Herald</footer></body></html>"
    )
    assert looks_like_html(page)
    assert not looks_like_html("The <b> tag makes text bold, a reader wrote.")
    extracted = extract_html(page)  # trafilatura: scripts and footer dropped
    assert extracted.title == "Port strike ends"
    assert "var x" not in extracted.text and "Herald" not in extracted.text
    # trafilatura's balanced mode may keep a menu on so small a page; it is furniture, never a sentence
    article = article_from_text(extracted.text, 1, "page.html")
    assert [s.text for s in split_article(article)] == ["The strike at the port ended on Friday.", "Workers return on Monday."]


def test_language_guess() -> None:
    assert guess_language("The government said on Monday that it would raise taxes on fuel next year.") == "en"
    assert guess_language("Le gouvernement a annoncé lundi qu'il allait augmenter les taxes sur le carburant.") == "fr"
    assert guess_language("Правительство объявило в понедельник о повышении налогов на топливо.") == "ru"


def test_expand_inputs_dirs_globs_and_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Two.")
    (tmp_path / "sub" / "notes").write_text("Three.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "empty").mkdir()
    files, problems = expand_inputs([str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "sub/b.md", "sub/notes"]
    assert len(problems) == 2
    assert "missing.txt: no such file" in problems[0]
    assert "empty: directory has no readable text files" in problems[1]
    files, _ = expand_inputs([str(tmp_path / "**" / "*.md")])
    assert [Path(f).name for f in files] == ["b.md"]


def test_load_articles_reports_each_bad_file_and_keeps_the_rest(tmp_path: Path, data: Path) -> None:
    (tmp_path / "good.txt").write_text((data / "harbour-strike-3.txt").read_text())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n \t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)))
    (tmp_path / "huge.txt").write_text("Word " * 3000)
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and not p.is_symlink()}
    loaded = load_articles([str(tmp_path)], max_bytes=10_000)
    assert [a.title[:8] for a in loaded.articles] == ["Shippers"]
    reasons = {Path(e.split(":")[0]).name: e for e in loaded.errors}
    assert set(reasons) == {"empty.txt", "blank.txt", "binary.txt", "huge.txt", "loop.txt"}
    assert "empty file" in reasons["empty.txt"]
    assert "whitespace" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "limit" in reasons["huge.txt"]
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and not p.is_symlink()}
    assert before == after  # inputs are never modified


def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loaded = load_articles([str(fifo), str(Path(__file__).parent / "data" / "harbour-strike-3.txt")])
    assert len(loaded.articles) == 1
    assert "not a regular file" in loaded.errors[0]


def test_duplicate_files_are_loaded_once(tmp_path: Path, data: Path) -> None:
    text = (data / "harbour-strike-3.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("nine days", "ten days"))
    loaded = load_articles([str(tmp_path)])
    assert len(loaded.articles) == 1
    assert loaded.duplicates == ((str(tmp_path / "b.txt"), str(tmp_path / "a.txt")),)


def test_a_saved_page_is_html_with_a_minified_doctype_or_a_servers_notices_before_it() -> None:
    body = "<head><title>Port strike ends</title></head><body><p>The strike at the port ended on Friday.</p></body></html>"
    assert looks_like_html("<!doctypehtml><html lang=en>" + body)  # a minifier's doctype, without its space
    notices = "<br />\n<b>Warning</b>:  session_start(): headers already sent in <b>/srv/www/index.php</b> on line <b>12</b><br />\n"
    assert looks_like_html(notices + "<!DOCTYPE html>\n<html>" + body)
    assert looks_like_html(notices.replace("\n", " ") + "<!DOCTYPE html> <html>" + body)  # run together on one line
    # prose that mentions a tag, or shows a page's source after its own words, is text
    assert not looks_like_html("The <b> tag makes text bold, a reader wrote.\n<html> starts a page.")
    assert not looks_like_html("A page starts like this:\n<!DOCTYPE html>\n<html>" + body)
