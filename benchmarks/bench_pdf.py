#!/usr/bin/env python3
"""How fast licdesk prints: one license's full PDF, and batches of 100.

    .venv/bin/python benchmarks/bench_pdf.py [--repeat 15]

Licenses are the bundled fictional samples read by the importer (and the reference texts in
../shared/seeds when they are there, which are the size of real certificates).  Times are taken
once the fonts are loaded (loading them is reported separately: it happens once per process).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.domain.model import License  # noqa: E402
from licdesk.importer import read_license  # noqa: E402
from licdesk.pdf import PrintOptions, load_fonts, render_batch, render_license  # noqa: E402


def licenses() -> list[License]:
    paths = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    paths += sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return [read_license(p.read_bytes(), source=p.name) for p in paths]


def hundred(base: list[License]) -> list[License]:
    out = []
    for i in range(100):
        lic = copy.deepcopy(base[i % len(base)])
        lic.number = f"{lic.number}-{i:03d}"
        out.append(lic)
    return out


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    print(f"fonts loaded in {timed(load_fonts) * 1000:.0f} ms (once per process)")
    base = licenses()
    largest = max(base, key=lambda lic: sum(len(c.text) for _, c in lic.walk_clauses()))
    options = PrintOptions(watermark="仅供内部审核使用", reference="REF-2026-001")
    render_license(largest, options)  # warm-up: first-use caches in reportlab

    for lic in (largest, *base):
        runs = [timed(lambda lic=lic: render_license(lic, options)) for _ in range(args.repeat)]
        result = render_license(lic, options)
        print(f"{lic.number:<16} {result.page_count} pages {len(result.pdf) // 1024:>3} KB  "
              f"median {statistics.median(runs) * 1000:5.1f} ms  best {min(runs) * 1000:5.1f} ms")

    batch = hundred(base)
    separate = timed(lambda: render_batch(batch, options, combined=False))
    combined_items: list = []
    combined = timed(lambda: combined_items.extend(render_batch(batch, options, combined=True)))
    pages = combined_items[0].result.page_count
    print(f"batch of 100, one file each: {separate:.2f} s")
    print(f"batch of 100, one combined file: {combined:.2f} s ({pages} pages, "
          f"{len(combined_items[0].result.pdf) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
