"""附件: scans of the paper certificate kept with the license, as thumbnails; opened inside licdesk.

The files live inside the database (the store's attachment API); opening one (double-click, Enter or
"打开") shows it in licdesk's own viewer (licdesk/ui/dialogs/attachment_viewer.py), which can also save
it elsewhere or hand a copy to the system's viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPainter, QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from licdesk.ui.common.button_rows import ButtonRows
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.store import AttachmentTooLargeError, MAX_ATTACHMENT_SIZE, StoreError
from licdesk.ui.common.plain import ask_yes_no, plain_label, show_error, tooltip

THUMBNAIL = QSize(150, 200)
SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def render_thumbnail(data: bytes, mime: str, size: QSize = THUMBNAIL) -> QImage:
    """A picture of the file: a PDF's first page, or the image itself; a null image when unreadable."""
    if mime == "application/pdf":
        image = _pdf_first_page(data, size)
    else:
        image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _pdf_first_page(data: bytes, size: QSize) -> QImage:
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            width, height = page.get_size()
            scale = min(size.width() * 2 / width, size.height() * 2 / height)
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            document.close()
    except Exception:  # noqa: BLE001 - a damaged PDF gets the plain file icon, not a crash
        return QImage()


def _placeholder(text: str) -> QPixmap:
    pixmap = QPixmap(THUMBNAIL)
    pixmap.fill(QColor("#f3f0e8"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#6b3a26"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class AttachmentsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Any = None  # the desk's session: the store is asked for each time, never kept
        self.number: str | None = None
        self.viewers: dict[int, QWidget] = {}  # open viewer windows by attachment: opened again, one comes forward
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(8)
        # Double-click opens everywhere; Enter (and a single click where the desktop opens with one) too.
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("添加附件…"), self)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.remove_button = QPushButton(self.tr("删除附件"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setToolTip(self.tr("添加纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF）"))
        self.open_button.setToolTip(self.tr("在 licdesk 的查看窗口中打开选中的附件"))
        self.remove_button.setToolTip(self.tr("删除选中的附件（记录在历史中）"))
        # One row when the tab is wide enough, two when it is not: never a scroll bar across the tab.
        self.buttons = ButtonRows([self.add_button, self.open_button, self.remove_button], self, stretch=False)
        limit = MAX_ATTACHMENT_SIZE // (1024 * 1024)
        note = self.tr("纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF，每个不超过 %1 MB），保存在数据库中。可以直接把文件拖到这里。")
        self.note = plain_label(note.replace("%1", str(limit)), self)
        self.note.setEnabled(False)
        self.empty = plain_label(self.tr("还没有附件。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.note)
        self.show_license(None)

    # -- drag and drop: scans dropped on the tab are attached ---------------------------------
    @staticmethod
    def _dropped_scans(event: Any) -> list[Path]:
        return [Path(url.toLocalFile()) for url in event.mimeData().urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(SCAN_SUFFIXES)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.number and not self.read_only and self._dropped_scans(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        scans = self._dropped_scans(event)
        event.acceptProposedAction()
        # Leave the drop handler first: a message box inside it would hold up the drag source.
        QTimer.singleShot(0, lambda: [self.add_file(path) for path in scans])

    def set_session(self, session: Any) -> None:
        self.session = session
        session.store_replaced.connect(lambda: self.show_license(self.number))

    @property
    def store(self) -> Any:
        return self.session.store if self.session is not None and self.session.is_open else None

    @property
    def read_only(self) -> bool:
        return self.session is None or self.session.read_only

    def show_license(self, number: str | None) -> None:
        self.number = number
        self.list.clear()
        infos = []
        if number and self.store is not None:
            try:
                infos = self.store.attachments(number)
            except StoreError as exc:
                self.empty.setText(str(exc))
        for info in infos:
            item = QListWidgetItem(f"{info.file_name}\n{_size_text(info.size)}")
            item.setData(_ID_ROLE, info.id)
            item.setToolTip(tooltip(f"{info.file_name}\n{info.added_at.astimezone():%Y-%m-%d %H:%M}"))
            item.setIcon(QIcon(self._thumbnail(info)))
            self.list.addItem(item)
        self.list.setVisible(bool(infos))
        self.empty.setVisible(not infos)
        self._update_buttons()

    def _thumbnail(self, info: Any) -> QPixmap:
        try:
            image = render_thumbnail(self.store.attachment_data(info.id), info.mime)
        except StoreError:
            image = QImage()
        if image.isNull():
            return _placeholder(info.file_name.rsplit(".", 1)[-1].upper())
        return QPixmap.fromImage(image)

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.add_button.setEnabled(bool(self.number) and not self.read_only)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not self.read_only)

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(_ID_ROLE)) if items else None

    # -- actions ---------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("添加附件"), start_in(), self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        remember(paths)
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        if not self.number or self.store is None:
            return False
        try:
            if path.stat().st_size > MAX_ATTACHMENT_SIZE:
                raise AttachmentTooLargeError(self.tr("文件 %1 太大（%2），每个附件不能超过 %3 MB。").replace(
                    "%1", path.name).replace("%2", _size_text(path.stat().st_size)).replace(
                    "%3", str(MAX_ATTACHMENT_SIZE // (1024 * 1024))))
            data = path.read_bytes()
            self.store.add_attachment(self.number, path.name, data)
        except OSError as exc:
            show_error(self, self.tr("无法添加附件"), self.tr("无法读取文件 %1：%2").replace(
                "%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        except StoreError as exc:
            show_error(self, self.tr("无法添加附件"), str(exc))
            return False
        self.show_license(self.number)
        return True

    def open_selected(self) -> QWidget | None:
        """Show the selected attachment in licdesk's viewer (the same window when it is open already)."""
        attachment = self.selected_id()
        if attachment is None or self.store is None:
            return None
        viewer = self.viewers.get(attachment)
        if viewer is None:
            from licdesk.ui.dialogs.attachment_viewer import AttachmentViewer

            try:
                info = next((i for i in self.store.attachments(self.number or "") if i.id == attachment), None)
                data = self.store.attachment_data(attachment)
            except StoreError as exc:
                show_error(self, self.tr("无法打开附件"), str(exc))
                return None
            name, mime = (info.file_name, info.mime) if info is not None else ("", "")
            viewer = AttachmentViewer(data, name, mime, self.window())
            self.viewers[attachment] = viewer
            viewer.destroyed.connect(lambda _obj=None, key=attachment: self.viewers.pop(key, None))
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def remove_selected(self) -> bool:
        attachment = self.selected_id()
        if attachment is None or self.store is None:
            return False
        name = self.list.selectedItems()[0].text().split("\n")[0]
        if not ask_yes_no(self, self.tr("删除附件"), self.tr("删除附件“%1”？此操作记录在历史中。").replace("%1", name),
                          self.tr("删除"), self.tr("取消")):
            return False
        try:
            self.store.remove_attachment(attachment)
        except StoreError as exc:
            show_error(self, self.tr("无法删除附件"), str(exc))
            return False
        self.show_license(self.number)
        return True
