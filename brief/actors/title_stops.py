"""Full stops of title abbreviations that the cue model never saw, hidden from it: "“...,” Ald. Pete Kowal said".

Why: the cue model learned titles from PolNeAR's US political news ("Sen.", "Gov.", "Rep.", "Dr.", "Sgt."), and after
an abbreviation it does not know the full stop reads as a sentence's end: "“We need money,” Ald. Pete Kowal said"
gave no cue at all, and the alderman's quotation was lost (so with "Det.", "Insp.", "Cpl.", "Msgr.", "Amb.", "Atty.":
each tried in that frame). Written without the full stop ("Ald Pete Kowal", as British styles write "Cllr") the
frame is found. The model reads a copy of the text with those full stops as spaces: every offset is the same, and
every rule after it reads the article as written.
"""

from __future__ import annotations

import re

UNSEEN_TITLES = ("Ald", "Det", "Insp", "Dep", "Ofc", "Asst", "Msgr", "Amb", "Cpl", "Pvt", "Atty", "Spc", "Supv",
                 "Lieut", "Brig", "Comdr", "Hon", "Fr", "Coun")
"""Title abbreviations after which the cue model found no frame in '“...,” X. Pete Kowal said.' (each tried;
"Sen.", "Gov.", "Rep.", "Pres.", "Maj.", "Adm.", "Prof.", "Rev.", "Lt.", "Col.", "Sgt.", "Capt.", "Dr.", "Supt.",
"Cmdr." were found, and are left as written)."""
_STOP = re.compile(rf"\b(?:{'|'.join(UNSEEN_TITLES)})(\.)(?=\s+[A-Z])")


def without_title_stops(text: str) -> str:
    """``text`` with the full stop after each of ``UNSEEN_TITLES`` before a capitalised word made a space."""
    if "." not in text:
        return text
    return _STOP.sub(lambda found: found.group()[:-1] + " ", text)
