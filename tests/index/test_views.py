"""One analyzer's view: the wordings a concept is searched by."""

from __future__ import annotations

from index.views import minimal


def test_a_wording_of_stopwords_only_does_not_hide_the_others() -> None:
    # «وين راح» or «why» in a lexicon group analyze to nothing; they once removed every other wording.
    assert minimal([[], ["ترامب"], ["دونالد", "ترامب"]]) == [["ترامب"]]
