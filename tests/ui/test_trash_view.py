"""The trash: a deleted license can be looked at in full before it is restored or removed for good."""

from __future__ import annotations


def test_a_license_in_the_trash_can_be_viewed(window) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs.trash_dialog import TrashDialog

    window.store.delete("B1-20204618")
    dialog = TrashDialog(window.store, window)
    viewer = dialog.view_selected()
    assert viewer is not None and "B1-20204618" in viewer.windowTitle()
    from licdesk.ui.panes.detail_area import DetailArea

    detail = viewer.findChild(DetailArea)
    assert detail.license.number == "B1-20204618"
    assert detail.certificate.values["company"].text() == window.store.load(
        "B1-20204618", include_trash=True).company
    assert window.store.in_trash("B1-20204618")  # looking changes nothing
    viewer.close()
    dialog.close()
