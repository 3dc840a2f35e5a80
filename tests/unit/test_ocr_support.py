"""OCR plumbing that needs no engine: file kinds, page images, line grouping, doubtful fields, missing engine."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image

from licdesk.importer import NotALicenseError, ocr, ocr_engine, ocr_input
from licdesk.importer.ocr_layout import Box, group_lines, page_skew


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _box(x: float, y: float, text: str, width: float = 200, height: float = 30,
         angle_deg: float = 0.0, confidence: float = 0.99) -> Box:
    """A box whose top-left corner is at (x, y), turned by angle_deg about that corner."""
    a = math.radians(angle_deg)
    cos, sin = math.cos(a), math.sin(a)
    local = [(0, 0), (width, 0), (width, height), (0, height)]
    return Box(tuple((x + u * cos - v * sin, y + u * sin + v * cos) for u, v in local), text, confidence)


# -- file kinds and pages ------------------------------------------------------------------------
def test_scan_kind_is_told_by_magic_bytes_not_names() -> None:
    assert ocr_input.scan_kind(b"\x89PNG\r\n\x1a\n....") == "png"
    assert ocr_input.scan_kind(b"\xff\xd8\xff\xe0....") == "jpeg"
    assert ocr_input.scan_kind(b"II*\x00....") == "tiff"
    assert ocr_input.scan_kind(b"MM\x00*....") == "tiff"
    assert ocr_input.scan_kind(b"%PDF-1.7\n...") == "pdf"
    assert ocr_input.scan_kind("公司名称：示例".encode()) is None
    assert ocr_input.is_scan(b"II*\x00....") and not ocr_input.is_scan(b"%PDF-1.7")


def test_every_tiff_frame_is_a_page_and_transparency_becomes_white() -> None:
    frames = [Image.new("RGBA", (40, 30), (0, 0, 0, 0)), Image.new("RGB", (40, 30), "black")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    data = buffer.getvalue()
    assert ocr_input.page_count(data) == 2
    pages = list(ocr_input.pages(data))
    assert [page.mode for page in pages] == ["RGB", "RGB"]
    assert pages[0].getpixel((5, 5)) == (255, 255, 255)  # clear, not black
    assert pages[1].getpixel((5, 5)) == (0, 0, 0)


def test_scanned_pdf_pages_render_near_200_dpi() -> None:
    page = Image.new("RGB", (827, 1169), "white")  # A4 at 100 dpi
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=100, save_all=True, append_images=[page.copy()])
    data = buffer.getvalue()
    assert ocr_input.page_count(data) == 2
    rendered = list(ocr_input.pages(data))
    assert len(rendered) == 2
    assert abs(rendered[0].width - 1654) <= 2 and abs(rendered[0].height - 2338) <= 2


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "图片文件已损坏"),
    (b"%PDF-1.4\n garbage", "PDF 文件已损坏"),
    ("经营许可证编号：京B2-20990001".encode(), "PNG、JPEG、TIFF"),
])
def test_damaged_or_unknown_files_give_one_clear_line(data: bytes, words: str) -> None:
    with pytest.raises(NotALicenseError) as caught:
        ocr.recognize(data)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


# -- lines ---------------------------------------------------------------------------------------
def test_label_and_value_boxes_join_into_one_line_top_to_bottom() -> None:
    boxes = [
        _box(520, 300, "上海星澜示例网络科技有限公司", width=600),
        _box(210, 302, "公司名称：", width=160),
        _box(210, 400, "法定代表人：", width=190),
        _box(520, 398, "周明远", width=100),
        _box(300, 100, "增值电信业务经营许可证", width=700, height=60),
    ]
    lines = group_lines(boxes)
    assert [line.text for line in lines] == [
        "增值电信业务经营许可证",
        "公司名称： 上海星澜示例网络科技有限公司",
        "法定代表人： 周明远",
    ]


def test_touching_boxes_are_glued_without_a_space() -> None:
    lines = group_lines([_box(100, 100, "你公司应当按", width=180), _box(282, 101, "本经营许可证", width=180)])
    assert [line.text for line in lines] == ["你公司应当按本经营许可证"]


def test_a_turned_page_still_reads_line_by_line() -> None:
    # Turned by 2°: the right-hand value sits lower than the next line's label would without correction.
    angle = 2.0
    slope = math.tan(math.radians(angle))
    boxes = []
    for row, (label, value) in enumerate([("公司名称：", "上海星澜示例网络科技有限公司"), ("法定代表人：", "周明远"),
                                          ("发证日期：", "2022年03月18日")]):
        y = 300 + row * 45
        boxes.append(_box(200, y, label, width=150, angle_deg=angle))
        boxes.append(_box(1300, y + 1100 * slope, value, width=300, angle_deg=angle))
    for row in range(3):
        boxes.append(_box(200, 500 + row * 45 + 0, "你公司应当遵守国家有关法律法规的规定" * 2, width=1400, angle_deg=angle))
    assert math.isclose(math.degrees(page_skew(boxes)), angle, abs_tol=0.1)
    texts = [line.text for line in group_lines(boxes)]
    assert texts[:3] == ["公司名称： 上海星澜示例网络科技有限公司", "法定代表人： 周明远", "发证日期： 2022年03月18日"]
    assert len(texts) == 6


def test_line_confidence_is_its_least_sure_box() -> None:
    lines = group_lines([_box(100, 100, "公司名称：", width=160, confidence=0.98),
                         _box(400, 100, "上海星澜示例网络", width=300, confidence=0.61)])
    assert lines[0].confidence == pytest.approx(0.61)


# -- doubtful fields -----------------------------------------------------------------------------
def _result(company_confidence: float) -> ocr.OcrResult:
    lines = [
        ("增值电信业务经营许可证", 0.99),
        ("经营许可证编号：沪B2-20213857", 0.99),
        ("公司名称：", 0.97),
        ("上海星澜示例网络科技有限公司", company_confidence),
        ("法定代表人： 周明远", 0.95),
        ("业务种类（服务项目）及覆盖范围： 信息服务业务（仅限互联网信息服务）", 0.93),
        ("发证日期：2022年03月18日", 0.99),
        ("有效期至：2027年01月20日", 0.98),
    ]
    return ocr.OcrResult(
        text="\n".join(text for text, _ in lines),
        lines=[(index, text, confidence) for index, (text, confidence) in enumerate(lines, start=1)],
    )


def test_a_field_read_from_a_doubtful_line_carries_a_warning() -> None:
    lic = ocr.license_from_result(_result(company_confidence=0.62))
    assert lic.company == "上海星澜示例网络科技有限公司"
    doubtful = [w for w in lic.warnings if w.startswith("识别置信度较低")]
    assert doubtful == ["识别置信度较低，请核对：公司名称（第4行，置信度 62%）"]


def test_confident_lines_give_no_warning() -> None:
    lic = ocr.license_from_result(_result(company_confidence=0.97))
    assert lic.number == "沪B2-20213857"
    assert not [w for w in lic.warnings if w.startswith("识别置信度较低")]


def test_a_scan_without_text_says_so() -> None:
    with pytest.raises(NotALicenseError, match="未识别到文字"):
        ocr.license_from_result(ocr.OcrResult(text="", lines=[], page_images=[b""]))


# -- the engine missing ----------------------------------------------------------------------------
@pytest.fixture
def blank_png() -> bytes:
    return _png(Image.new("RGB", (300, 200), "white"))


def test_missing_engine_explains_how_to_add_it(monkeypatch: pytest.MonkeyPatch, blank_png: bytes) -> None:
    monkeypatch.setattr(ocr_engine, "installed", lambda: False)
    monkeypatch.setattr(ocr_engine, "_engine", None)
    assert ocr.engine_available() is False
    with pytest.raises(ocr.OcrUnavailableError) as caught:
        ocr.read_scan(blank_png)
    assert isinstance(caught.value, NotALicenseError)
    assert 'pip install "licdesk[ocr]"' in str(caught.value)
    assert caught.value.message_zh == ocr.install_hint()
    assert "尚未安装" in ocr.install_hint()


def test_engine_that_cannot_load_names_the_system_library(monkeypatch: pytest.MonkeyPatch, blank_png: bytes) -> None:
    def broken_load():
        raise ocr_engine.EngineUnavailable("libGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ocr_engine, "installed", lambda: True)
    monkeypatch.setattr(ocr_engine, "_engine", None)
    monkeypatch.setattr(ocr_engine, "_load", broken_load)
    with pytest.raises(ocr.OcrUnavailableError) as caught:
        ocr.recognize(blank_png)
    assert "libGL.so.1" in caught.value.message_zh
    assert "apt-get install libgl1" in caught.value.message_zh


def test_cancelled_before_the_first_page_stops_at_once(monkeypatch: pytest.MonkeyPatch, blank_png: bytes) -> None:
    def must_not_load():
        raise AssertionError("the engine was loaded although the work was cancelled")

    monkeypatch.setattr(ocr_engine, "engine", must_not_load)
    with pytest.raises(ocr.OcrCancelled):
        ocr.recognize(blank_png, cancelled=lambda: True)


def test_read_any_reads_text_directly_and_sends_images_to_recognition(monkeypatch: pytest.MonkeyPatch,
                                                                     blank_png: bytes) -> None:
    text = "经营许可证编号：沪B2-20213857\n公司名称：上海星澜示例网络科技有限公司\n有效期至：2027年01月20日"
    lic, result = ocr.read_any(text.encode("utf-8"))
    assert (lic.number, result) == ("沪B2-20213857", None)

    monkeypatch.setattr(ocr_engine, "installed", lambda: False)
    monkeypatch.setattr(ocr_engine, "_engine", None)
    with pytest.raises(ocr.OcrUnavailableError):  # an image goes to recognition, never to the text reader
        ocr.read_any(blank_png)
