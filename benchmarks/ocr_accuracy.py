#!/usr/bin/env python3
"""Which OCR engine reads scanned licenses best?  Measured on pages licdesk prints itself.

Each reference seed is read, printed with licdesk's certificate PDF, and its pages rendered to images
at 150 and 300 dpi, clean and "scanned" (turned 1–1.5°, grey noise and specks).  Every engine that
is installed recognises every page; the text goes through the license reader and is compared with
the original: the key fields, the character error rate (CER) of the clause text, the CER of all
text on the pages, and the seconds per page.

    python benchmarks/ocr_accuracy.py [--engines rapidocr,tesseract] [--dpi 150,300] [--seeds 4]

Engines: rapidocr (licdesk's own path: licdesk.importer.ocr_engine + ocr_layout), rapidocr-before
(the same engine with licdesk's settings before 2026-12-02, to compare in one run) and tesseract
(the Debian binary with chi_sim, --psm 6, spaces between Chinese characters removed).  Heavy: a few
minutes per engine on two cores; run it once, not in a loop.
"""

from __future__ import annotations

import argparse
import difflib
import io
import re
import resource
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.importer import NotALicenseError, read_license  # noqa: E402
from licdesk.pdf import render_license  # noqa: E402

FIELDS = ("number", "company", "legal_representative", "issue_date", "expiry_date")
SEEDS = ROOT.parent / "shared" / "seeds"


# -- test pages --------------------------------------------------------------------------------
def render_pages(pdf: bytes, dpi: int) -> tuple[list[Image.Image], list[str]]:
    """Page images and each page's own text layer (the truth for the page CER)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images, texts = [], []
    for index in range(len(document)):
        page = document[index]
        images.append(page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB"))
        texts.append(page.get_textpage().get_text_range())
    return images, texts


def scanned(image: Image.Image, angle: float, seed: int) -> Image.Image:
    """A page as a flatbed scanner returns it: slightly turned, grey noise, dust specks."""
    rng = np.random.default_rng(seed)
    turned = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(turned, dtype=np.float32)
    pixels = pixels + rng.normal(0, 18, pixels.shape)
    specks = rng.random(pixels.shape)
    pixels[specks < 0.002] = 0
    pixels[specks > 0.998] = 255
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).convert("RGB")


# -- engines -----------------------------------------------------------------------------------
def rapidocr_page(image: Image.Image) -> str:
    from licdesk.importer import ocr_engine
    from licdesk.importer.ocr_layout import group_lines

    return "\n".join(line.text for line in group_lines(ocr_engine.recognise_page(image)))


_BEFORE = []


def rapidocr_before_page(image: Image.Image) -> str:
    """licdesk's engine settings before 2026-12-02 16:50, for a fair comparison in the same run: the
    engine's own call (its 2000 px copy of the page, an orientation guess per line, batches of 6,
    no memory arena), detection asked for at 1280 px (the engine's size classes made it 2000) without dilation."""
    import numpy as np

    from licdesk.importer.ocr_layout import Box, group_lines

    if not _BEFORE:
        from rapidocr_onnxruntime import RapidOCR

        _BEFORE.append(RapidOCR(det_limit_type="max", det_limit_side_len=1280, det_use_dilation=False))
    result, _ = _BEFORE[0](np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1]))
    boxes = [Box(tuple((float(x), float(y)) for x, y in corners), str(text), float(confidence))
             for corners, text, confidence in result or []]
    return "\n".join(line.text for line in group_lines(boxes))


_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def tesseract_page(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "6"],
        input=buffer.getvalue(), capture_output=True, check=True,
    )
    return "\n".join(_CJK_SPACE.sub("", line) for line in done.stdout.decode("utf-8").splitlines())


def _rapidocr_ready() -> bool:
    from licdesk.importer import ocr_engine

    return ocr_engine.installed()


def _tesseract_ready() -> bool:
    if not shutil.which("tesseract"):
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return "chi_sim" in listed.split()


ENGINES = {"rapidocr": (rapidocr_page, _rapidocr_ready), "rapidocr-before": (rapidocr_before_page, _rapidocr_ready),
           "tesseract": (tesseract_page, _tesseract_ready)}


# -- scoring -----------------------------------------------------------------------------------
def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, exact within the differing stretches that difflib aligns (fast on long texts)."""
    total = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            total += levenshtein(a[i1:i2], b[j1:j2])
    return total


def clause_text(lic) -> str:
    return squash("".join(c.label + c.text for _, c in lic.walk_clauses()))


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--dpi", default="150,300")
    parser.add_argument("--seeds", type=int, default=4, help="how many seeds to use")
    parser.add_argument("--dump", type=Path, help="write each license's recognised text into this folder, "
                        "to study the errors without recognising again")
    args = parser.parse_args()
    if not SEEDS.is_dir():
        sys.exit("the reference seeds (../shared/seeds) are not beside the project")
    seeds = sorted(SEEDS.glob("*.txt"))[: args.seeds]
    originals = [read_license(path.read_bytes()) for path in seeds]
    pdfs = [render_license(lic).pdf for lic in originals]
    engines = [name for name in args.engines.split(",") if name]
    conditions = [(int(dpi), variant) for dpi in args.dpi.split(",") for variant in ("clean", "scanned")]

    print(f"{len(originals)} seed licenses printed by licdesk, "
          f"{sum(len(render_pages(pdf, 10)[0]) for pdf in pdfs)} pages each condition\n")
    print("| engine | dpi | pages | s/page | CPU s/page | number | company | legal rep. | issued | expires | clause CER | page CER |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in engines:
        recognise, ready = ENGINES[name]
        if not ready():
            print(f"| {name} | not installed | | | | | | | | | | |")
            continue
        recognise(Image.new("RGB", (200, 60), "white"))  # load models outside the timing
        for dpi, variant in conditions:
            right = dict.fromkeys(FIELDS, 0)
            clause_errors = clause_chars = page_errors = page_chars = pages = 0
            spent = spent_cpu = 0.0
            for number, (original, pdf) in enumerate(zip(originals, pdfs)):
                images, truths = render_pages(pdf, dpi)
                if variant == "scanned":
                    angle = (1.5, -1.0, 1.0, -1.5)[number % 4]
                    images = [scanned(image, angle, seed=number * 100 + i) for i, image in enumerate(images)]
                texts = []
                for image in images:
                    started, started_cpu = time.perf_counter(), _cpu_seconds()
                    texts.append(recognise(image))
                    spent += time.perf_counter() - started
                    spent_cpu += _cpu_seconds() - started_cpu
                pages += len(images)
                for truth, text in zip(truths, texts):
                    page_errors += edit_distance(squash(truth), squash(text))
                    page_chars += len(squash(truth))
                if args.dump:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{name}-{dpi}-{variant}-{number}.txt").write_text("\n\n".join(texts))
                try:
                    again = read_license("\n\n".join(texts))
                except NotALicenseError:
                    again = None
                want = clause_text(original)
                got = clause_text(again) if again else ""
                clause_errors += edit_distance(want, got)
                clause_chars += len(want)
                for field in FIELDS:
                    if again and squash(str(getattr(original, field))) == squash(str(getattr(again, field))):
                        right[field] += 1
            label = f"{dpi} {'scanned' if variant == 'scanned' else 'clean'}"
            cells = " | ".join(f"{right[f]}/{len(originals)}" for f in FIELDS)
            print(f"| {name} | {label} | {pages} | {spent / pages:.1f} | {spent_cpu / pages:.1f} | {cells} | "
                  f"{clause_errors / max(clause_chars, 1):.2%} | {page_errors / max(page_chars, 1):.2%} |",
                  flush=True)


if __name__ == "__main__":
    main()
