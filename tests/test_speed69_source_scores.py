"""Speed rewrites of session 54 (issue 14) that must give exactly what the code they replace gave."""

from __future__ import annotations

from brief.actors.attribution import build_doc, find_attributions, load_model, source_features
from brief.actors.attribution.decoding import grow_cue, tag_cues, walk_source
from brief.actors.attribution.features import build_prefix, source_window
from brief.actors.attribution.source_scores import SourceScorer, walk_scored

_ARTICLE = """Harbour town votes on ferry fares

The mayor of Kestrel Bay, Ilse Marren, said on Tuesday that the ferry fares would fall by a fifth.
"We cannot keep charging families this much," she told reporters outside the town hall. "It is wrong."
Opposition councillors rejected the plan. A spokesman for the Harbour Trust, which runs the ferries,
declined to comment, but the trust's chairman, Dov Pelling, warned that routes could close.
“Nobody wants that,” Pelling added.
According to the council's own figures, 4,100 people crossed each day last year.
It is expected to pass. Officials said
Residents, who packed the meeting, urged the council to act quickly; several called on Marren to resign.
"""

_ODD = 'said "\n\n" he — ,said. "A," X said\n“...,” she went on. Y told Z: \u201cno\u201d and 3 .5 said'


def _walked(text: str) -> list[tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]]:
    doc = build_doc(text)
    model = load_model()
    cues = [grow_cue(doc, a, b) for a, b in tag_cues(doc, model)]
    mask = [any(a <= k < b for a, b in cues) for k in range(len(doc.words))]
    pre = build_prefix(doc, mask)
    return [(walk_source(doc, pre, c0, c1, model.source.score), walk_scored(doc, pre, c0, c1, model.source))
            for c0, c1 in cues]


def test_source_walks_are_those_of_the_feature_strings() -> None:
    """Each cue's source runs, scored from the remembered weights of the features' pieces, are the runs (and mean
    scores, to the float) that the perceptron gives over ``source_features``' strings."""
    pairs = _walked(_ARTICLE) + _walked(_ODD)
    assert len(pairs) > 8
    for old, new in pairs:
        assert new == old


def test_every_token_state_scores_the_same_float() -> None:
    """Every token near every cue, in either state, scores the float the feature strings sum to: also on a
    second pass (the memos filled) and after the memos have started again."""
    model = load_model()
    scorer = SourceScorer(model.source)
    checked = 0
    for limit_hit in (False, True):
        for text in (_ARTICLE, _ODD):
            doc = build_doc(text)
            cues = [grow_cue(doc, a, b) for a, b in tag_cues(doc, model)]
            mask = [any(a <= k < b for a, b in cues) for k in range(len(doc.words))]
            pre = build_prefix(doc, mask)
            for _ in range(2):
                for c0, c1 in cues:
                    for j in source_window(doc, c0, c1):
                        if c0 <= j < c1:
                            continue
                        for state in ("O", "I"):
                            want = model.source.score(source_features(doc, pre, c0, c1, j, state))
                            assert scorer.score(doc, pre, c0, c1, j, state) == want
                            checked += 1
        if not limit_hit:
            scorer._size = 10**9  # the next new weight empties the memos
    assert checked > 500


def test_sources_read_from_the_article() -> None:
    """The speakers the attribution pass finds on an invented article, through the faster scorer."""
    spans = [(0, len(_ARTICLE))]
    sources = {_ARTICLE[a.cue[0]:a.cue[1]]: _ARTICLE[a.source[0]:a.source[1]] if a.source else None
               for a in find_attributions(_ARTICLE, spans)}
    assert sources.get("said") == "The mayor of Kestrel Bay, Ilse Marren"
    assert sources.get("told") == "she"
    assert sources.get("warned") == "the trust's chairman, Dov Pelling"
