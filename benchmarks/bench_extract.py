"""Extraction speed and memory, against the spaCy blank English tokenizer.

    python benchmarks/bench_extract.py [--mb 3] [--sample 500] [--repeat 1] [--check]

Builds a few MB of realistic text (ACLED notes, GVA news articles and UCDP GED
headlines from ../shared/data, or the bundled example reports when that
folder is absent), repeated to `--mb`, then on one core measures:

- tolls.extract.extract end to end, document by document with its date;
- spaCy's blank English tokenizer alone over the same documents in the same
  order (both: the fastest of `--repeat` runs, default one, warm-up
  excluded; spaCy gets a fresh tokenizer per run so that its chunk cache never
  sees the timed texts twice; the extractor keeps its bounded word-level
  lexicon caches across runs);
- quantulum3 `parser.parse` and dateparser `search_dates` on a sample of
  the same sentences, extrapolated to seconds per MB;
- peak resident memory after extraction (full gazetteer loaded), before
  the comparison libraries are imported.

Targets: extractor time / spaCy tokenizer time <= 1.0; memory < 500 MB.
With --check the exit code is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import socket
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MB = 1_000_000
MAX_RATIO = 1.0
MAX_MEMORY_MB = 500.0

Doc = tuple[str, datetime | None]


@dataclass(slots=True)
class Timing:
    name: str
    seconds: float | None  # None: unavailable
    chars: int
    note: str = ""

    @property
    def s_per_mb(self) -> float | None:
        return None if self.seconds is None or not self.chars else self.seconds * MB / self.chars


def one_core() -> None:
    """Pin the process to one CPU and keep numeric libraries single-threaded."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def shared_data() -> Path:
    return Path(os.environ.get("TOLLS_SHARED_DATA") or REPO.parent / "shared" / "data")


def _date(text: str, fmt: str) -> datetime | None:
    try:
        return datetime.strptime(text.strip(), fmt)
    except ValueError:
        return None


def data_docs(data: Path) -> list[Doc]:
    """ACLED notes, GVA articles and GED headlines, each with its date."""
    docs: list[Doc] = []
    with (data / "acled_palestine_dev.csv").open(newline="", encoding="utf-8") as fh:
        docs += [(r["notes"], _date(r["event_date"], "%d %B %Y")) for r in csv.DictReader(fh)]
    with (data / "gva_documents_dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            docs.append((row["content"], _date(row["dct"], "%Y-%m-%d")))
    with (data / "ged_syria_dev.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            when = _date(r["date_start"], "%Y-%m-%d")
            docs += [(h.strip(), when) for h in r["source_headline"].split(";") if h.strip()]
    return docs


def example_docs() -> list[Doc]:
    """The bundled example reports, dated by their file names."""
    folder = REPO / "examples" / "raqqa-2014" / "reports"
    return [
        (p.read_text(encoding="utf-8"), _date(p.name[:10], "%Y-%m-%d"))
        for p in sorted(folder.glob("*")) if p.is_file()
    ]


def corpus(mb: float) -> tuple[list[Doc], str]:
    data = shared_data()
    names = ("acled_palestine_dev.csv", "gva_documents_dev.jsonl", "ged_syria_dev.csv")
    if all((data / n).is_file() for n in names):
        base, origin = data_docs(data), f"ACLED notes, GVA articles, GED headlines ({data})"
    else:
        base, origin = example_docs(), "bundled example reports (no ../shared/data)"
    if not base:
        sys.exit("no text to benchmark: neither ../shared/data nor examples/ found")
    docs: list[Doc] = []
    size = 0
    while size < mb * MB:
        for doc in base:
            docs.append(doc)
            size += len(doc[0].encode("utf-8"))
            if size >= mb * MB:
                break
    distinct = min(len(docs), len(base))
    origin += f"; {len(docs)} documents, {distinct} distinct"
    if len(docs) > len(base):
        origin += " (repeated to reach --mb, for both timings alike)"
    return docs, origin


def sentences(docs: list[Doc], k: int, seed: int = 0) -> list[str]:
    """A reproducible sample of `k` distinct sentences from the documents."""
    pool = {
        s.strip() for text, _ in docs for s in re.split(r"(?<=[.!?])\s+|\n+", text)
        if len(s.strip()) > 20
    }
    return random.Random(seed).sample(sorted(pool), min(k, len(pool)))


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def size_of(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def best_of(repeat: int, run: Callable[[], None],
            setup: Callable[[], None] = lambda: None) -> float:
    """The fastest of `repeat` timed runs (the usual defence against a busy
    machine); `setup` runs untimed before each."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        setup()
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def time_extractor(docs: list[Doc], repeat: int = 1) -> Timing:
    try:
        from tolls.extract import extract
        from tolls.extract.places import find_places
    except ImportError as exc:
        return Timing("tolls extract", None, 0, f"unavailable ({exc})"[:100])
    extract("Warm-up: 3 killed in Raqqa on Tuesday.", published=datetime(2014, 11, 25))
    find_places("Raqqa, Gaza, Aleppo")  # make sure the full gazetteer is loaded

    def run() -> None:
        for text, published in docs:
            extract(text, published=published)

    return Timing("tolls extract", best_of(repeat, run), size_of([t for t, _ in docs]))


def time_spacy(docs: list[Doc], repeat: int = 1) -> Timing:
    try:
        import spacy
    except ImportError as exc:
        return Timing("spaCy blank en tokenizer", None, 0, f"unavailable ({exc})")
    texts = [t for t, _ in docs]
    tokenizer: list[Any] = []

    def setup() -> None:
        # A fresh tokenizer per run: spaCy caches each chunk it has tokenised, and
        # a second pass over the very same texts would be all cache hits.
        nlp = spacy.blank("en")
        for _ in nlp.tokenizer.pipe(texts[:10]):  # warm-up, untimed
            pass
        tokenizer[:] = [nlp.tokenizer]

    def run() -> None:
        for _ in tokenizer[0].pipe(texts):
            pass

    return Timing("spaCy blank en tokenizer", best_of(repeat, run, setup), size_of(texts))


def time_sample(name: str, setup: Callable[[], Callable[[str], object]],
                sample: list[str]) -> Timing:
    """Time `fn(sentence)` over the sample; any failure to load (e.g. a model
    download with no network) is reported as unavailable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn = setup()
            fn(sample[0])  # warm-up: loads models and caches
            started = time.perf_counter()
            for s in sample:
                fn(s)
            seconds = time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001 - a missing model must not stop the benchmark
        return Timing(name, None, 0, f"unavailable ({type(exc).__name__}: {exc})"[:120])
    return Timing(name, seconds, size_of(sample), f"{len(sample)} sentences, extrapolated")


def quantulum() -> Callable[[str], object]:
    from quantulum3 import parser

    return parser.parse


def dateparser_search() -> Callable[[str], object]:
    from dateparser.search import search_dates

    return lambda s: search_dates(s, languages=["en"])


def show(timings: list[Timing], baseline: Timing, memory: float, origin: str,
         repeat: int = 1) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"extraction benchmark, one core: {origin}", title_justify="left")
    for col in ("step", "MB timed", "seconds", "MB/s", "s per MB", "ratio to spaCy", "note"):
        table.add_column(col, justify="left" if col in ("step", "note") else "right")
    for t in timings:
        if t.seconds is None:
            table.add_row(t.name, "", "", "", "", "", t.note)
            continue
        ratio = (t.s_per_mb / baseline.s_per_mb) if baseline.s_per_mb else None
        table.add_row(
            t.name, f"{t.chars / MB:.2f}", f"{t.seconds:.2f}",
            f"{1 / t.s_per_mb:.2f}" if t.s_per_mb else "", f"{t.s_per_mb:.2f}",
            "" if ratio is None else f"{ratio:.2f}", t.note,
        )
    console = Console(width=max(Console().width, 130))
    console.print(table)
    console.print("method: one process pinned to one core; the extractor and the spaCy "
                  "tokenizer time the same documents in the same order, each the fastest of "
                  f"{max(1, repeat)} run(s); warm-up (gazetteer and lexicon loading, spaCy's "
                  "first 10 documents) excluded for both; MB = 10^6 bytes of UTF-8 text")
    console.print(f"peak memory after extraction (gazetteer loaded): {memory:.0f} MB "
                  f"(target < {MAX_MEMORY_MB:.0f} MB)")


def missed(extractor: Timing, baseline: Timing, memory: float) -> list[str]:
    out = []
    if extractor.s_per_mb is None or baseline.s_per_mb is None:
        out.append("extractor or spaCy tokenizer unavailable")
    elif extractor.s_per_mb / baseline.s_per_mb > MAX_RATIO:
        out.append(f"extractor/spaCy ratio {extractor.s_per_mb / baseline.s_per_mb:.2f} "
                   f"> {MAX_RATIO}")
    if memory >= MAX_MEMORY_MB:
        out.append(f"peak memory {memory:.0f} MB >= {MAX_MEMORY_MB:.0f} MB")
    return out


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--mb", type=float, default=3.0, help="MB of text to extract (3)")
    args.add_argument("--sample", type=int, default=500, help="sentences for quantulum3/dateparser")
    args.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args.add_argument("--repeat", type=int, default=1,
                      help="timed runs of the extractor and of spaCy; the fastest counts (1)")
    opts = args.parse_args(argv)
    one_core()
    socket.setdefaulttimeout(5)  # no network at run time: fail fast on any download
    docs, origin = corpus(opts.mb)
    extractor = time_extractor(docs, opts.repeat)
    memory = rss_mb()  # before spaCy, quantulum3 and dateparser add their own
    baseline = time_spacy(docs, opts.repeat)
    sample = sentences(docs, opts.sample)
    timings = [
        extractor, baseline,
        time_sample("quantulum3 parser.parse", quantulum, sample),
        time_sample("dateparser search_dates", dateparser_search, sample),
    ]
    show(timings, baseline, memory, origin, opts.repeat)
    problems = missed(extractor, baseline, memory)
    for p in problems:
        print(f"target missed: {p}")
    return 1 if opts.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
