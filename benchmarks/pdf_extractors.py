#!/usr/bin/env python3
"""Which PDF text extractor reads licenses best?  Measured, not guessed.

Prints each license (our samples and test variants, and the reference seeds when ../shared is there)
with licdesk's certificate PDF, extracts its text with pypdf, pdfminer.six and pypdfium2 (those that
are installed), reads it with the license reader and counts how many come back whole, plus the
character error rate of the clause text.

    python benchmarks/pdf_extractors.py
"""

from __future__ import annotations

import io
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.importer import read_license  # noqa: E402
from licdesk.importer.reader import _Reader  # noqa: E402
from licdesk.importer.lines import split_lines  # noqa: E402
from licdesk.pdf import render_license  # noqa: E402


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    return "\n\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


EXTRACTORS = {"pypdf": _pypdf, "pdfminer.six": _pdfminer, "pypdfium2": _pdfium}


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def clause_text(lic) -> str:
    return squash("".join(c.label + c.text for _, c in lic.walk_clauses()))


def main() -> None:
    sources = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    sources += [p for p in sorted((ROOT / "tests" / "data" / "licenses").glob("*.txt")) if p.stem != "notice"]
    shared = ROOT.parent / "shared" / "seeds"
    sources += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    originals = [read_license(p.read_bytes()) for p in sources]
    pdfs = [render_license(lic).pdf for lic in originals]
    print(f"{len(originals)} licenses printed by licdesk, read back through each extractor\n")
    print("| extractor | licenses read whole | clause text CER | fields equal | ms per license |")
    print("|---|---|---|---|---|")
    for name, extract in EXTRACTORS.items():
        try:
            extract(pdfs[0])
        except ImportError:
            print(f"| {name} | not installed | | | |")
            continue
        whole = equal_fields = errors = chars = 0
        spent = 0.0
        for original, pdf in zip(originals, pdfs):
            started = time.perf_counter()
            again = _Reader(split_lines(extract(pdf))).read()
            spent += time.perf_counter() - started
            want, got = clause_text(original), clause_text(again)
            errors += edit_distance(want, got)
            chars += len(want)
            fields = ("number", "company", "legal_representative", "issue_date", "expiry_date")
            same = [squash(str(getattr(original, f))) == squash(str(getattr(again, f))) for f in fields]
            same.append([squash(s.name + str(s.coverage)) for s in original.services]
                        == [squash(s.name + str(s.coverage)) for s in again.services])
            equal_fields += sum(same)
            whole += all(same) and want == got
        elapsed = spent / len(pdfs) * 1000
        print(f"| {name} | {whole}/{len(pdfs)} | {errors / max(chars, 1):.4%} | "
              f"{equal_fields}/{len(pdfs) * 6} | {elapsed:.0f} |")


if __name__ == "__main__":
    main()
