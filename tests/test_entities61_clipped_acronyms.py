"""A body's short form made of its initials and its last word cut to a syllable ("NASCOM" of the "National Aerospace
Services Company") is the body, one actor (brief.actors.short_forms.acronyms), on an article written for this
test."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.short_forms import acronyms

_SPACEPORT = (
    "Spaceport opens to foreign launches\n\n"
    "Salvara's first commercial spaceport will host foreign rockets from next year, its operator said on Tuesday.\n\n"
    "The Maridian Launch Services Company, a private firm that works closely with the ministry of transport, was "
    "founded in 2019 and runs the site at Kesh Point.\n\n"
    '"We have signed with three launch providers and expect more," said Omar Haddani, the company\'s chief '
    "executive.\n\n"
    "The site's first rocket, built by a local university, reached 80 kilometres in March.\n\n"
    "MLSCOM plans to spend $200 million on a second launch pad, Haddani said. MLSCOM also said it would train 300 "
    "engineers by 2028.\n"
)


def test_a_clipped_acronym_is_the_body() -> None:
    assert "MLSCOM" in acronyms("Maridian Launch Services Company")
    names = [a.name for a in actors_of(report_of(_SPACEPORT))]
    assert "Maridian Launch Services Company" in names and "MLSCOM" not in names
