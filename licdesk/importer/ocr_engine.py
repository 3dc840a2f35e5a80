"""The recognition engine: RapidOCR with the PP-OCRv4 Chinese models its wheel carries, on onnxruntime.

Chosen by measurement (benchmarks/ocr_accuracy.py, figures in docs/ocr.md).  Nothing is fetched at
run time: the three ONNX models are inside the installed package.  The engine is optional (the
`ocr` extra); everything here loads it lazily so licdesk starts, and says how to add it, without it.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image

from licdesk.importer.ocr_layout import Box

ENGINE_MODULE = "rapidocr_onnxruntime"
ENGINE_PACKAGE = "rapidocr-onnxruntime"

# Text lines are found on a copy whose longest side is this many pixels (A4 at about 140 dpi): the
# printed text is still 20–25 px high there.  Measured on the benchmark's 200 dpi pages (docs/ocr.md):
# 2000 px took a fifth longer for the same clause text; 1280 px read clean pages' clauses about twice
# as often wrong (1.15% against 0.58%).  Recognition reads each line from the full-size page.
DETECTION_SIDE = 1600
# The detector's default dilation widens each text mask; on a certificate's close-set clause lines it
# merged two lines into one box and a whole line was lost (76 wrong characters on one 150 dpi page,
# 4 without it).
DETECTION_DILATION = False
# Recognition reads one line at a time.  In a batch every line is padded to the longest one's width,
# and a page mixes short labels with full-width clause lines: batches of 6 (the engine's default)
# spent a third of recognition on padding (benchmarks/ocr_accuracy.py, docs/ocr.md).
RECOGNITION_BATCH = 1
# The engine's own floor: a line recognised with less confidence than this is noise, not text.
MIN_CONFIDENCE = 0.5
# Larger images (a phone's photo) are scaled down first: the text stays legible and memory bounded.
LARGEST_SIDE = 3300
# The page is upside down when most of its lines (and at least this many) are read so with confidence.
_ORIENTATION_LINES = 3
_ORIENTATION_CONFIDENCE = 0.9

# OpenCV's wheel points Qt at its own bundled Qt 5 plugins when imported; licdesk's Qt 6 must not follow.
_QT_VARIABLES = ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")

_lock = threading.Lock()
_engine = None


class EngineUnavailable(Exception):
    """The engine is not installed, or is installed but cannot load (a system library is missing)."""


def installed() -> bool:
    """Whether the engine's packages are present; cheap (no import), for enabling menu entries."""
    return all(importlib.util.find_spec(name) is not None for name in (ENGINE_MODULE, "onnxruntime", "cv2"))


def engine():
    """The shared engine, loaded on first use.  Raises EngineUnavailable."""
    global _engine
    with _lock:
        if _engine is None:
            _engine = _load()
        return _engine


def recognise_page(image: Image.Image) -> list[Box]:
    """Every text box on one page image.

    The engine's steps are run here rather than through its one call, which scales the page to
    2000 px and turns each line by its own orientation guess: on a 200 dpi page the smaller copy lost
    the 一、 of clause labels, and the guess turned single noisy lines upside down, which then read as
    nothing (whole clause lines lost, docs/ocr.md).  Lines are cut from the page as given; the page is
    turned as a whole when most of its lines say so.
    """
    import numpy as np

    ocr = engine()
    page = _bounded(image.convert("RGB"))
    # The engine reads arrays as OpenCV does, blue-green-red.
    pixels = np.ascontiguousarray(np.asarray(page)[:, :, ::-1])
    corners, crops = _lines(ocr, pixels)
    if crops and _upside_down(ocr, crops):
        pixels = np.ascontiguousarray(pixels[::-1, ::-1])
        corners, crops = _lines(ocr, pixels)
    if not crops:
        return []
    read, _ = ocr.text_rec(crops)
    boxes = []
    for points, (text, confidence) in zip(corners, read):
        if float(confidence) >= MIN_CONFIDENCE and str(text).strip():
            boxes.append(Box(tuple((float(x), float(y)) for x, y in points), str(text), float(confidence)))
    return boxes


def _bounded(page: Image.Image) -> Image.Image:
    longest = max(page.size)
    if longest <= LARGEST_SIDE:
        return page
    scale = LARGEST_SIDE / longest
    return page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)


def _lines(ocr, pixels):  # noqa: ANN001, ANN202 - the engine's own types
    """(corners, line images) of the text lines found on the page, top to bottom.

    Lines are found on a copy at most DETECTION_SIDE pixels long (the engine's own setting for this
    is overruled by its size classes above 1500 px, which gave 2000) and cut from the page itself.
    """
    import cv2

    scale = min(1.0, DETECTION_SIDE / max(pixels.shape[:2]))
    small = pixels if scale == 1.0 else cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    found, _ = ocr.text_det(small)
    if found is None or len(found) == 0:
        return [], []
    ordered = ocr.sorted_boxes(found / scale)
    return ordered, ocr.get_crop_img_list(pixels, [box.astype("float32") for box in ordered])


def _upside_down(ocr, crops) -> bool:  # noqa: ANN001 - the engine's own types
    _, guesses, _ = ocr.text_cls(crops)
    turned = sum(1 for angle, confidence in guesses if angle == "180" and confidence >= _ORIENTATION_CONFIDENCE)
    return turned >= _ORIENTATION_LINES and turned > len(crops) / 2


@contextmanager
def _memory_arena() -> Iterator[None]:
    """Sessions made meanwhile keep onnxruntime's memory arena, which the engine switches off.

    Without it every run of a model maps and unmaps its buffers afresh: a quarter of a page's time
    went to the kernel (docs/ocr.md).  The engine has no setting for it, so its session options are
    amended while the engine is built (under the module's lock; nothing else builds sessions).
    """
    from rapidocr_onnxruntime.utils import infer_engine

    engine_options = infer_engine.OrtInferSession._init_sess_opts

    def with_arena(config):  # noqa: ANN001, ANN202 - the engine's own signature
        options = engine_options(config)
        options.enable_cpu_mem_arena = True
        return options

    infer_engine.OrtInferSession._init_sess_opts = staticmethod(with_arena)
    try:
        yield
    finally:
        infer_engine.OrtInferSession._init_sess_opts = staticmethod(engine_options)


def _load():
    if not installed():
        raise EngineUnavailable(f"{ENGINE_PACKAGE} is not installed")
    saved = {name: os.environ.get(name) for name in _QT_VARIABLES}
    try:
        from rapidocr_onnxruntime import RapidOCR

        with _memory_arena():
            # "max": the detector keeps the size of the copy _lines gives it (below its 2000 px class).
            return RapidOCR(det_limit_type="max", det_use_dilation=DETECTION_DILATION, rec_batch_num=RECOGNITION_BATCH)
    except (ImportError, OSError) as exc:  # e.g. libGL.so.1 missing on a bare Linux
        raise EngineUnavailable(str(exc)) from exc
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
