"""`python -m tolls.evaluate [--data DIR] [--limit N] [--suggest-floors] [DATASET...]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tolls.evaluate import DATASETS, run_cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tolls.evaluate", description=__doc__)
    parser.add_argument("datasets", nargs="*", metavar="DATASET", help=f"any of {DATASETS}")
    parser.add_argument("--data", type=Path, default=None, help="data folder (../shared/data)")
    parser.add_argument("--limit", type=int, default=None, help="first N rows per dataset")
    parser.add_argument("--suggest-floors", action="store_true", help="print floors.yaml")
    args = parser.parse_args(argv)
    if unknown := sorted(set(args.datasets) - set(DATASETS)):
        parser.error(f"unknown dataset(s) {unknown}; choose from {list(DATASETS)}")
    return run_cli(args.data, args.datasets or None, args.limit, suggest=args.suggest_floors)


if __name__ == "__main__":
    sys.exit(main())
