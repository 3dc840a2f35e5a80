"""Clerk words: the import preview says what kind of license it read; the history says 修改 for an edit."""

from __future__ import annotations

from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.ui.dialogs.import_preview import license_tree_items
from tests.ui.conftest import SAMPLES


def _rows(lic) -> dict[str, str]:  # noqa: ANN001
    return {item.text(0): item.text(1) for item in license_tree_items(lic)}


def test_the_preview_says_who_issued_the_license_and_where_it_applies(qapp) -> None:  # noqa: ANN001
    provincial = read_license(resource_path("samples", SAMPLES["沪B2-20213857"]).read_bytes())
    cross = read_license(resource_path("samples", SAMPLES["B1-20204618"]).read_bytes())
    assert "标题" not in _rows(provincial)
    assert _rows(provincial)["许可证类别"].startswith("省内许可证：由所在省")
    assert _rows(cross)["许可证类别"].startswith("跨地区许可证：由工业和信息化部颁发")


def test_an_edit_reads_as_a_change_and_a_plain_reimport_as_such(window) -> None:  # noqa: ANN001
    import dataclasses

    number = "沪B2-20213857"
    lic = window.store.load(number)
    window.store.save(dataclasses.replace(lic, company="上海示例改名有限公司"), replace=True)
    window.store.save(window.store.load(number), replace=True)  # the same content once more
    window.refresh()
    window.select_license(number)
    history = window.detail.history.model
    rows = [[history.index(r, c).data() for c in (1, 2)] for r in range(history.rowCount())]
    assert ["重新导入", "内容没有变化"] in rows
    assert any(action == "修改" and change.startswith("公司名称：") for action, change in rows)
    assert not any(action == "替换" for action, _ in rows)
