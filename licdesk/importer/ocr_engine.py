"""The recognition engine: RapidOCR with the PP-OCRv4 Chinese models its wheel carries, on onnxruntime.

Chosen by measurement (benchmarks/ocr_accuracy.py, figures in docs/ocr.md).  Nothing is fetched at
run time: the three ONNX models are inside the installed package.  The engine is optional (the
`ocr` extra); everything here loads it lazily so licdesk starts, and says how to add it, without it.
"""

from __future__ import annotations

import importlib.util
import os
import threading

from PIL import Image

from licdesk.importer.ocr_layout import Box

ENGINE_MODULE = "rapidocr_onnxruntime"
ENGINE_PACKAGE = "rapidocr-onnxruntime"

# Text detection works on a copy whose longest side is this many pixels (A4 ≈ 110 dpi): printed
# certificate text is still 15–20 px high there, and detection takes a third of the time it takes at
# full size.  Recognition still reads each line from the full-size page.
DETECTION_SIDE = 1280
# The detector's default dilation widens each text mask; on a certificate's close-set clause lines it
# merged two lines into one box and a whole line was lost (76 wrong characters on one 150 dpi page,
# 4 without it).
DETECTION_DILATION = False

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
    """Every text box on one page image."""
    import numpy as np

    ocr = engine()
    # RapidOCR reads arrays as OpenCV does, blue-green-red.
    pixels = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    result, _ = ocr(pixels)
    boxes = []
    for corners, text, confidence in result or []:
        boxes.append(Box(tuple((float(x), float(y)) for x, y in corners), str(text), float(confidence)))
    return boxes


def _load():
    if not installed():
        raise EngineUnavailable(f"{ENGINE_PACKAGE} is not installed")
    saved = {name: os.environ.get(name) for name in _QT_VARIABLES}
    try:
        from rapidocr_onnxruntime import RapidOCR

        return RapidOCR(
            det_limit_type="max", det_limit_side_len=DETECTION_SIDE, det_use_dilation=DETECTION_DILATION
        )
    except (ImportError, OSError) as exc:  # e.g. libGL.so.1 missing on a bare Linux
        raise EngineUnavailable(str(exc)) from exc
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
