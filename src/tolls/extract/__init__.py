"""Claim extraction: text in, claims (one figure each, with its quote) out.

    from tolls.extract import extract
    claims = extract(text, published=date(2014, 11, 25), outlet="Associated Press")

See claims.py for the pipeline and its context/source policy, figures.py for
the cascade that decides which numbers are tolls, numbers.py for intervals.
"""

from __future__ import annotations

from tolls.extract.claims import extract

# Bump when extraction output can change, so stored machine claims (and the
# documents' stored descriptions for linking, see tolls.pipeline) are redone.
# 1.1.0: unnamed press, care sites, "it said", GVA reading rules, described people.
# 1.2.0: places: person nouns after small towns, lower-case words ending a name,
#        no dateline at a hyphen; reports' streets, story words, recalled days, headlines.
# 1.3.0: reports: a text giving an address names only its addressed streets; own town:
#        states written in the story, shops and people are no towns, a newspaper's town last.
EXTRACTOR_VERSION = "1.3.0"

__all__ = ["EXTRACTOR_VERSION", "extract"]
