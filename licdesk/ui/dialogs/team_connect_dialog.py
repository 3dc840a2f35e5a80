"""File → 连接团队库…: a team library's server, database, user and TLS mode, the password (typed, or
from the system keyring), a test of the connection, and the libraries used before to switch between."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from licdesk.store import StoreError
from licdesk.store.team import credentials
from licdesk.store.team.location import DEFAULT_PORT, TeamLibrary
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.tasks import run_task
from licdesk.ui.common.window_fit import closable, size_within_screen

# The TLS modes a clerk chooses from, in plain words (libpq's names stay in the address).
TLS_CHOICES = (
    ("prefer", QT_TRANSLATE_NOOP("TeamConnectDialog", "能加密时加密（默认）")),
    ("require", QT_TRANSLATE_NOOP("TeamConnectDialog", "必须加密")),
    ("verify-full", QT_TRANSLATE_NOOP("TeamConnectDialog", "必须加密并核对服务器证书")),
    ("disable", QT_TRANSLATE_NOOP("TeamConnectDialog", "不加密（仅限本机或可信的内部网络）")),
)
# Why a connection failed, in the clerk's words: the keys of licdesk.store.team.connect.REASONS.
REASON_WORDS = {
    "password": QT_TRANSLATE_NOOP("TeamConnectDialog", "服务器拒绝了这个用户名或密码。"),
    "database": QT_TRANSLATE_NOOP("TeamConnectDialog", "服务器上没有这个数据库，请核对数据库名，或请管理员先创建团队库。"),
    "user": QT_TRANSLATE_NOOP("TeamConnectDialog", "服务器上没有这个用户，请核对用户名。"),
    "unreachable": QT_TRANSLATE_NOOP("TeamConnectDialog", "连不上服务器：请检查地址和端口是否正确、服务器是否开着、网络是否通畅。"),
    "address": QT_TRANSLATE_NOOP("TeamConnectDialog", "地址无效，请检查服务器、端口和数据库名。"),
    "too_old": QT_TRANSLATE_NOOP("TeamConnectDialog", "服务器的 PostgreSQL 版本太旧，licdesk 需要 15 或更新的版本。"),
}


def connection_problem(error: BaseException) -> str:
    """A connection error in the UI language (a team error by its reason, any other by its text)."""
    reason = getattr(error, "reason", "")
    if reason in REASON_WORDS:
        return QCoreApplication.translate("TeamConnectDialog", REASON_WORDS[reason])
    return str(error)


class TeamConnectDialog(QDialog):
    """Accepted, `library` and `password` say what to open (password None: libpq's password file)."""

    def __init__(self, recent: list[str], parent: QWidget | None = None, *, local_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接团队库"))
        self.library: TeamLibrary | None = None
        self.password: str | None = None
        self.switch_to_local = False
        self._testing = False

        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName(self.tr("最近使用的库"))
        if local_label:
            item = QListWidgetItem(self.tr("本机数据库：%1").replace("%1", local_label))
            item.setData(Qt.ItemDataRole.UserRole, "")
            self.recent_list.addItem(item)
        for url in recent:
            try:
                library = TeamLibrary.parse(url)
            except StoreError:
                continue  # an address a newer rule no longer accepts is left out, not shown broken
            item = QListWidgetItem(self.tr("团队库：%1（用户 %2）").replace("%1", library.describe())
                                   .replace("%2", library.user))
            item.setData(Qt.ItemDataRole.UserRole, library.url)
            self.recent_list.addItem(item)
        self.recent_list.itemDoubleClicked.connect(lambda _item: self._connect())
        self.forget_button = QPushButton(self.tr("从列表中移除"), self)
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self._forget)

        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("例如 192.168.1.20 或 db.example.cn"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("licdesk", self)
        self.user = QLineEdit(self)
        self.tls = QComboBox(self)
        for mode, words in TLS_CHOICES:
            self.tls.addItem(self.tr(words), mode)
        self.password_box = QLineEdit(self)
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box.setPlaceholderText(self.tr("留空则使用 PostgreSQL 的密码文件"))
        self.remember = QCheckBox(self.tr("在系统钥匙串中记住密码"), self)
        self._keyring = credentials.keyring_available()
        if not self._keyring:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("这台电脑没有可用的系统钥匙串：每次连接时输入密码，"
                                             "或把密码放在 PostgreSQL 的密码文件中。"))
        form = QFormLayout()
        form.addRow(self.tr("服务器(&S)："), self.host)
        form.addRow(self.tr("端口(&P)："), self.port)
        form.addRow(self.tr("数据库(&D)："), self.database)
        form.addRow(self.tr("用户名(&U)："), self.user)
        form.addRow(self.tr("加密(&T)："), self.tls)
        form.addRow(self.tr("密码(&W)："), self.password_box)
        form.addRow("", self.remember)

        self.result_label = plain_label("", self)
        self.result_label.setAccessibleName(self.tr("连接测试的结果"))
        buttons = QDialogButtonBox(self)
        self.test_button = buttons.addButton(self.tr("测试连接"), QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button = buttons.addButton(self.tr("连接"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.test_button.clicked.connect(self._test)
        self.connect_button.clicked.connect(self._connect)
        self.connect_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        recent_row = QHBoxLayout()
        recent_row.addWidget(plain_label(self.tr("最近使用的库（双击切换）："), self), 1)
        recent_row.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.addLayout(recent_row)
        layout.addWidget(self.recent_list)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        size_within_screen(self, 560, 560)
        closable(self)
        self.forgotten: list[str] = []
        self.recent_list.currentItemChanged.connect(self._recent_chosen)

    # -- the fields ------------------------------------------------------------------------------
    def _recent_chosen(self, item: QListWidgetItem | None) -> None:
        url = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.forget_button.setEnabled(bool(url))
        local = url == ""  # the desk's own file: nothing to fill in
        for field in (self.host, self.port, self.database, self.user, self.tls, self.password_box, self.remember,
                      self.test_button):
            field.setEnabled(not local and (field is not self.remember or self._keyring))
        self.connect_button.setText(self.tr("打开本机数据库") if local else self.tr("连接"))
        if not url:
            return
        library = TeamLibrary.parse(url)
        self.host.setText(library.host)
        self.port.setValue(library.port)
        self.database.setText(library.database)
        self.user.setText(library.user)
        index = self.tls.findData(library.tls)
        self.tls.setCurrentIndex(max(index, 0))
        self.password_box.clear()
        self.result_label.clear()

    def _forget(self) -> None:
        item = self.recent_list.currentItem()
        url = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        if not url:
            return
        credentials.forget_password(TeamLibrary.parse(url))
        self.forgotten.append(url)
        self.recent_list.takeItem(self.recent_list.row(item))

    def chosen_library(self) -> TeamLibrary:
        """The library the fields name, or StoreError saying which field is missing or wrong."""
        return TeamLibrary.from_parts(host=self.host.text(), port=self.port.value(),
                                      database=self.database.text(), user=self.user.text(),
                                      tls=str(self.tls.currentData()))

    def _password_for(self, library: TeamLibrary) -> str | None:
        return self.password_box.text() or credentials.saved_password(library)

    # -- testing and connecting ---------------------------------------------------------------------
    def _fields_or_say(self) -> TeamLibrary | None:
        for field, name in ((self.host, self.tr("服务器")), (self.database, self.tr("数据库")),
                            (self.user, self.tr("用户名"))):
            if not field.text().strip():
                self.result_label.setText(self.tr("请填写%1。").replace("%1", name))
                field.setFocus()
                return None
        return self.chosen_library()

    def _test(self) -> None:
        library = self._fields_or_say()
        if library is None or self._testing:
            return
        from licdesk.store.team.connect import connect

        password = self._password_for(library)
        self._testing = True
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("正在连接 %1 …").replace("%1", library.describe()))

        def attempt() -> int:
            with connect(library, password) as connection:
                return connection.info.server_version

        run_task(attempt, self._tested, on_error=self._test_failed, owner=self)

    def _tested(self, version: object) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        major = int(version) // 10000 if isinstance(version, int) else 0  # type: ignore[redundant-expr]
        self.result_label.setText(self.tr("连接成功（PostgreSQL %1）。").replace("%1", str(major)))

    def _test_failed(self, error: BaseException) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        if not isinstance(error, StoreError):
            raise error
        self.result_label.setText(self.tr("连接失败：%1").replace("%1", connection_problem(error)))

    def _connect(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == "":
            self.switch_to_local = True
            self.accept()
            return
        library = self._fields_or_say()
        if library is None:
            return
        self.library = library
        self.password = self._password_for(library)
        if self.password and self.remember.isChecked():
            if not credentials.remember_password(library, self.password):
                self.result_label.setText(self.tr("没能把密码存入系统钥匙串；这次照样连接。"))
        self.accept()
