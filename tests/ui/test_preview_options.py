"""The print preview offers the parts and the watermark batch printing offers, and shows the pages again."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from licdesk.pdf import render_license
from licdesk.pdf.options import ANNEX, CERTIFICATE, INSPECTIONS, PROVISIONS, PrintOptions

pytest.importorskip("PySide6.QtPdfWidgets")

from licdesk.ui.dialogs import pdf_preview  # noqa: E402
from licdesk.ui.dialogs.pdf_preview import preview_for_license  # noqa: E402


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def preview(qtbot, sample_store):  # noqa: ANN001, ANN201
    lic = sample_store.load("粤B2-20150326")  # certificate, provisions and the yearly record grid
    dialog = preview_for_license(lic)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, lic


def _settled(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=20000)


def test_the_preview_offers_every_part_and_a_watermark(preview) -> None:  # noqa: ANN001
    dialog, _lic = preview
    form = dialog.options_form
    assert form is not None and form.isVisible()
    assert set(form.part_boxes) == {CERTIFICATE, ANNEX, PROVISIONS, INSPECTIONS}
    assert all(check.isChecked() for check in form.part_boxes.values())
    assert form.watermark_edit.isEditable() and form.watermark_edit.count() > 1


def test_leaving_out_parts_renders_fewer_pages(preview, qtbot) -> None:  # noqa: ANN001
    dialog, lic = preview
    everything = dialog.page_count()
    only_certificate = render_license(lic, PrintOptions(parts=(CERTIFICATE,))).page_count
    assert only_certificate < everything
    for part in (ANNEX, PROVISIONS, INSPECTIONS):
        dialog.options_form.part_boxes[part].setChecked(False)
    assert dialog.rendering
    _settled(qtbot, dialog)
    assert dialog.page_count() == only_certificate
    assert "特别规定事项" not in _text(dialog.pdf_bytes)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_a_watermark_is_drawn_on_the_pages_and_saved_with_them(preview, qtbot, tmp_path) -> None:  # noqa: ANN001
    dialog, _lic = preview
    dialog.options_form.watermark_edit.setEditText("仅供内部审核使用")
    _settled(qtbot, dialog)
    assert "仅供内部审核使用" in _text(dialog.pdf_bytes)
    target = tmp_path / "水印.pdf"
    assert dialog.save_to(target)
    assert "仅供内部审核使用" in _text(target.read_bytes())


def test_no_part_ticked_means_nothing_to_print(preview, qtbot) -> None:  # noqa: ANN001
    dialog, _lic = preview
    for check in dialog.options_form.part_boxes.values():
        check.setChecked(False)
    _settled(qtbot, dialog)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.render_note.isVisible() and "至少勾选" in dialog.render_note.text()
    dialog.options_form.part_boxes[CERTIFICATE].setChecked(True)
    _settled(qtbot, dialog)
    assert dialog.print_button.isEnabled()
    assert not dialog.render_note.isVisible()


def test_the_pages_render_in_the_background(preview, qtbot, monkeypatch) -> None:  # noqa: ANN001
    dialog, _lic = preview
    started = []
    real = pdf_preview.run_task

    def spy(func, on_done=None, **kwargs):  # noqa: ANN001, ANN003, ANN202
        started.append(func)
        return real(func, on_done, **kwargs)

    monkeypatch.setattr(pdf_preview, "run_task", spy)
    dialog.options_form.reference_edit.setText("示例文号 2026-07")
    _settled(qtbot, dialog)
    assert len(started) == 1  # typing renders once, after the pause, on the thread pool
    assert "示例文号 2026-07" in _text(dialog.pdf_bytes)
