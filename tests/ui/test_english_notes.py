"""In the English interface the reader's notes on an imported text and the history's change summaries read
in English; in the Chinese interface they stay as stored."""

from __future__ import annotations

import datetime as _dt
import re

import pytest
from PySide6.QtWidgets import QApplication

from licdesk.importer import read_license
from licdesk.store.audit import AuditEntry

TEXT = "\n".join([
    "中华人民共和国增值电信业务经营许可证",
    "经营许可证编号：沪B2-20990031",
    "公司名称：上海示例青禾信息技术有限公司",
    "法定代表人：丙示例",
    "业务种类：示例未知业务",
    "发证机关：上海市通信管理局",
    "发证日期：2026年13月40日",
    "有效期至：2031年01月01日",
])


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), request.param)
    yield request.param
    install_translator(QApplication.instance(), "zh_CN")


def test_the_import_preview_lists_the_notes_in_the_interface_language(qtbot, language: str) -> None:
    from licdesk.ui.dialogs.import_preview import ImportPreviewDialog

    lic = read_license(TEXT)
    stored = list(lic.warnings)
    assert any("不在《电信业务分类目录》中" in w for w in stored)
    dialog = ImportPreviewDialog(lic, TEXT)
    qtbot.addWidget(dialog)
    shown = [dialog.warning_list.item(row).text() for row in range(dialog.warning_list.count())]
    assert len(shown) == len(stored)
    if language == "en":
        assert "⚠ The business type “示例未知业务” is not in the telecom services catalogue; please check it" in shown
        assert "⚠ Issue date “2026年13月40日” is not a valid date" in shown
        for text in shown:  # Chinese only inside the quoted text of the license
            assert not re.search(r"[\u3400-\u9fff]", re.sub(r"“[^”]*”", "", text)), text
    else:
        assert shown == ["⚠ " + w for w in stored]
    assert lic.warnings == stored  # what is saved stays the stored form


def test_the_history_summaries_follow_the_interface_language(qtbot, language: str) -> None:
    from licdesk.ui.panes.history_pane import HistoryModel

    at = _dt.datetime(2026, 11, 2, 9, 30, tzinfo=_dt.timezone.utc)
    model = HistoryModel()
    model.set_entries([
        AuditEntry(at, "沪B2-20990031", "replace", "annex", "（无）", "2 个网站：a-demo.cn、b-demo.cn"),
        AuditEntry(at - _dt.timedelta(minutes=1), "沪B2-20990031", "replace", "clauses", "17 条", "18 条"),
    ])
    annex, clauses = model._text(0, 2), model._text(1, 2)
    if language == "en":
        assert annex.endswith("(none) → 2 websites: a-demo.cn, b-demo.cn")
        assert clauses.endswith("17 clauses → 18 clauses")
        assert not re.search(r"[\u3400-\u9fff]", annex + clauses)
    else:
        assert annex == "附页网站：（无） → 2 个网站：a-demo.cn、b-demo.cn"
        assert clauses == "特别规定事项：17 条 → 18 条"
