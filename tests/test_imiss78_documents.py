"""A summit's closing text called by another noun of its kind ("the final declaration" after "the council's final
communique") is the one named before, and its author speaks (brief.actors.kindred_documents); on articles written
for this test."""

from __future__ import annotations

from written import said_by

_SUMMIT = (
    "Northern leaders end summit\n\n"
    "Leaders of the northern states ended their two-day summit in Varnholm on Tuesday.\n\n"
    "The Northern Trade Council's final communique said members would open their borders to trucks in 2026.\n\n"
    "The talks were held behind closed doors.\n\n"
    "\"The common market aims to lower prices for farmers and to raise the region's voice in world trade talks,\" "
    "said the final declaration.\n\n"
    "The next summit is due in the spring."
)


def test_the_final_declaration_is_the_councils_communique() -> None:
    said = said_by(_SUMMIT)
    assert any("common market aims" in s for s in said["Northern Trade Council"])
