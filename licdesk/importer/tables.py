"""Table rows → the label/value lines the readers understand.

Certificates saved from Word or converted to markdown arrive as tables: `| 公司名称 | 示例有限公司 |`,
tab-separated cells, a services table with its own header row, an annex table with a header row
(序号 / 网站名称 / 网站域名 / 服务器放置地 / 网站接入服务提供单位 in any order, some absent, cells
stacked on several lines).  Each row becomes what a typed certificate would say: one `label：value`
line per field, one line per service, one set of labelled lines per website.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from licdesk.importer.certificate import (
    LABEL_FIRST_CHARACTERS, SERVICES_HEADER_WORDS, label_in_cell, label_with_value,
)
from licdesk.importer.lines import make_key

# Annex columns by the words of their header cell.
_ANNEX_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("serial", re.compile(r"^(?:序号|编号|序)$")),
    ("site_name", re.compile(r"^网站名称$|^名称$")),
    ("domains", re.compile(r"^(?:网站)?域名(?:\(网址\))?$|^网址$")),
    ("server_location", re.compile(r"^服务器(?:放置地|放置地点|所在地|放置地址)$")),
    ("access_provider", re.compile(r"^(?:网站)?接入服务提供(?:单位|者|商)$|^接入(?:服务)?(?:单位|商)$")),
)
_ANNEX_LABELS = {
    "site_name": "网站名称",
    "domains": "网站域名",
    "server_location": "服务器放置地",
    "access_provider": "网站接入服务提供单位",
}
_MAY_NAME_COLUMNS = re.compile(r"域名|网址|名称")  # a header row names its columns
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
# A table's own header words (项目 | 内容): they name the columns of a certificate table.
_GENERIC_HEADER = {"项目", "内容", "事项", "名称", "信息", "字段", "值", "栏目", "登记事项", "许可事项"}
_NEXT_FIELD = re.compile(r"\s+(?=(?:公司名称|法定代表人|发证机关|发证日期|有效期至|经营许可证编号|许可证编号)\s*[:：])")
_WIDE_GAP_CELL = re.compile(r"\S+(?: \S+)*")  # words apart by single spaces; a wider gap ends the cell
_WORD = re.compile(r"\S+")


def markdown_cells(raw: str) -> list[str] | None:
    """The cells of a `| a | b |` row, or None when the line is not one."""
    stripped = raw.strip()
    if not (stripped.startswith("|") and stripped.count("|") >= 2):
        return None
    inner = stripped[1:-1] if stripped.endswith("|") else stripped[1:]
    return [cell.strip() for cell in inner.split("|")]


def tab_cells(raw: str) -> list[str] | None:
    if "\t" not in raw.strip(" "):
        return None
    return [cell.strip() for cell in raw.rstrip().split("\t")]


def spaced_cells(raw: str) -> list[tuple[int, str]]:
    """Cells of a line laid out with wide gaps (pdftotext -layout), each with its starting column.

    Columns are counted as a layout draws them: a Chinese character takes two.
    """
    return [(display_width(raw[:m.start()]), m.group()) for m in _WIDE_GAP_CELL.finditer(raw)]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


@dataclass
class _AnnexTable:
    columns: list[str | None]  # field per column (None: a column licdesk does not keep)
    starts: list[int] = field(default_factory=list)  # starting columns, for tables laid out with spaces
    row: dict[str, list[str]] | None = None
    row_index: int = 0

    @property
    def anchor(self) -> str:
        """The column that is filled on a row's first line only: a stacked cell leaves it empty."""
        for name in ("serial", "site_name", "domains"):
            if name in self.columns:
                return name
        return next(c for c in self.columns if c)


class TableReader:
    """Turns the rows of a text into label/value lines; every other line passes through unchanged."""

    def __init__(self) -> None:
        self.out: list[tuple[int, str]] = []
        self._annex: _AnnexTable | None = None
        self._last_label: str | None = None  # the field of the last certificate row read
        self._in_services_table = False
        self._row_lines: list[int | None] = []  # per column of the last field row: its line in `out`

    def feed(self, index: int, raw: str) -> None:
        if self._annex is None and not raw.strip():
            self.out.append((index, raw))
            return
        cells = markdown_cells(raw) if "|" in raw else None
        markdown = cells is not None
        if cells is None and "\t" in raw:
            cells = tab_cells(raw)
        if cells is not None and all(not c or _SEPARATOR_CELL.match(c) for c in cells):
            return  # |---|---| draws the table; nothing to read
        if self._annex is not None and self._feed_annex(index, raw, cells):
            return
        if cells is not None:
            header = _annex_header([make_key(_BREAK.sub("", c)) for c in cells]) if _MAY_NAME_COLUMNS.search(raw) else None
            if header:
                self._annex = _AnnexTable(header)
                return
            if self._feed_certificate_row(index, raw, cells, markdown):
                return
            if markdown:
                raw = "\t".join(cells)  # read on as a row of tab-separated cells
        elif raw.strip():
            if (":" in raw or "：" in raw) and self._split_side_by_side(index, raw):
                return
            # Only a line naming the annex's columns can start a table laid out with spaces.
            layout = spaced_cells(raw) if "  " in raw and ("域名" in raw or "网站名称" in raw) else []
            header = _annex_header([make_key(text) for _, text in layout]) if len(layout) >= 2 else None
            if header:
                self._annex = _AnnexTable(header, [start for start, _ in layout])
                return
            self._last_label = None
            self._in_services_table = False
            self._row_lines = []
        self.out.append((index, raw))

    def _split_side_by_side(self, index: int, raw: str) -> bool:
        """Two fields on one line of a layout (发证日期：…      有效期至：…): one line each."""
        segments = [text for _, text in spaced_cells(raw)] if "  " in raw else []
        if len(segments) < 2:
            # One space apart: the second field still starts with its label and a colon.
            segments = [part for part in _NEXT_FIELD.split(raw.strip()) if part]
        keys = [make_key(text) for text in segments]
        starts = [i for i, key in enumerate(keys) if label_with_value(key) or label_in_cell(key)]
        if len(starts) < 2 or starts[0] != 0 or not any(label_with_value(keys[i]) for i in starts[1:]):
            return False
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(segments)
            self.out.append((index, "  ".join(segments[start:end])))
        return True

    def finish(self) -> list[tuple[int, str]]:
        self._close_annex()
        return self.out

    # -- certificate rows ------------------------------------------------------------------
    def _feed_certificate_row(self, index: int, raw: str, cells: list[str], markdown: bool) -> bool:
        if not markdown and not self._last_label and not self._in_services_table and not any(
                make_key(c[:12])[:1] in LABEL_FIRST_CHARACTERS for c in cells if c):
            return False  # tab-separated text with no label in it (an inspection grid): left as it is
        keys = [make_key(c) for c in cells]
        labels = [(label_in_cell(k) or label_with_value(k)) if k else None for k in keys]
        filled = [(c, k, name) for c, k, name in zip(cells, keys, labels) if k]
        if not filled:
            return True
        if not any(labels):
            return self._feed_unlabelled_row(index, raw, cells, filled, markdown)
        if labels[0] is None and keys[0]:
            return False  # a value before any label: not a certificate row (an inspection grid, a clause)
        groups: list[tuple[str, str, list[str]]] = []
        owners: list[int | None] = []  # for each cell, the group (field) it belongs to
        for cell, key, name in zip(cells, keys, labels):
            if name:
                groups.append((name, cell, []))
            elif groups and key:
                groups[-1][2].append(cell)
            owners.append(len(groups) - 1 if groups else None)
        if len({name for name, _, _ in groups}) < len(groups):
            return False  # the same label twice on a row: a grid, not a field table
        first_line = len(self.out)
        for name, label, values in groups:
            self._last_label = name
            self._in_services_table = name == "services"
            if name == "services" and values and all(make_key(v) in SERVICES_HEADER_WORDS for v in values):
                values = []  # 业务种类 | 覆盖范围: a header row; the services follow on their own rows
            if label_in_cell(make_key(label)) is None:  # the cell holds its value already (有效期至：…)
                separator = "\t" if values else ""
            else:
                separator = "" if label.rstrip().endswith((":", "：")) else "："
            for number, piece in enumerate(_cell_lines(name, values)):
                self.out.append((index, (label + separator if number == 0 else "") + piece))
        # Where each column's text went, for a row below that continues the cells (a wrapped name).
        self._row_lines = [None if owner is None else first_line + owner for owner in owners]
        return True

    def _feed_unlabelled_row(self, index: int, raw: str, cells: list[str], filled, markdown: bool) -> bool:
        texts = [cell for cell, _, _ in filled]
        if self._in_services_table:
            for line in _cell_lines("services", texts):  # one service: its name, its coverage
                self.out.append((index, line))
            return True
        if markdown and all(key in _GENERIC_HEADER for _, key, _ in filled):
            return True  # | 项目 | 内容 |
        if self._last_label and not make_key(cells[0]) and self._row_lines:
            # Values wrapped inside their cells: the row's first cell is empty, each text continues the
            # field of the column it stands in.
            for position, cell in enumerate(cells):
                target = self._row_lines[position] if position < len(self._row_lines) else self._row_lines[-1]
                if cell.strip() and target is not None:
                    line_index, text = self.out[target]
                    self.out[target] = (line_index, text + cell.strip())
            return True
        if markdown:
            self.out.append((index, "\t".join(cells)))
            return True
        return False

    # -- annex tables ----------------------------------------------------------------------
    def _feed_annex(self, index: int, raw: str, cells: list[str] | None) -> bool:
        table = self._annex
        assert table is not None
        if not raw.strip():
            return True  # blank lines between rows
        if cells is None:
            if not table.starts:
                self._close_annex()
                return False
            layout = spaced_cells(raw)
            cells = _cells_under(layout, table.starts)
            if cells is None or (len(layout) == 1 and not _stacked_under(cells, table)):
                self._close_annex()
                return False
        if len(cells) < 2 and not (table.starts and cells):
            self._close_annex()
            return False
        values: dict[str, str] = {}
        for position, text in enumerate(cells):
            name = table.columns[position] if position < len(table.columns) else None
            if name and text:
                values[name] = text
        if not values:
            return True
        if table.row is not None and table.anchor not in values:
            for name, text in values.items():  # a stacked cell: more of the row above
                table.row.setdefault(name, []).append(text)
            return True
        self._flush_row()
        table.row = {name: [text] for name, text in values.items()}
        table.row_index = index
        return True

    def _flush_row(self) -> None:
        table = self._annex
        if table is None or table.row is None:
            return
        for name, label in _ANNEX_LABELS.items():
            parts = table.row.get(name)
            if parts:
                joiner = " " if name == "domains" else ""
                value = joiner.join(re.sub(r"<br\s*/?>", " ", p, flags=re.I) for p in parts)
                self.out.append((table.row_index, f"{label}：{value}"))
        table.row = None

    def _close_annex(self) -> None:
        self._flush_row()
        self._annex = None


_BREAK = re.compile(r"<br\s*/?>", re.I)


def _cell_lines(name: str, values: list[str]) -> list[str]:
    """A field's cells as lines: services stacked with <br> in their cells (name | coverage) one line each."""
    if name != "services" or not any(_BREAK.search(v) for v in values):
        return ["\t".join(_BREAK.sub("", v) for v in values)]
    columns = [_BREAK.split(v) for v in values]
    rows = max(len(c) for c in columns)
    return ["\t".join(c[row].strip() for c in columns if row < len(c) and c[row].strip()) for row in range(rows)]


def _stacked_under(cells: list[str], table: _AnnexTable) -> bool:
    """A lone text under a column other than the row's first: more of a cell above (a stacked domain)."""
    filled = [i for i, cell in enumerate(cells) if cell]
    return len(filled) == 1 and filled[0] > 0 and table.columns[filled[0]] not in (None, table.anchor)


def _annex_header(keys: list[str]) -> list[str | None] | None:
    """The field of each column when `keys` are an annex table's header cells, else None."""
    columns: list[str | None] = []
    for key in keys:
        name = next((n for n, pattern in _ANNEX_COLUMNS if pattern.match(key.rstrip(":"))), None)
        columns.append(name)
    found = {c for c in columns if c}
    if len(found - {"serial"}) >= 2 and found & {"site_name", "domains"}:
        return columns
    return None


def _cells_under(layout: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """Place each text of a spaced row under the header column it starts at.

    A word that starts right under a column's header begins that column's cell even when only one
    space parts it from the cell before (a long domain beside its server location).
    """
    if not layout:
        return None
    cells = [""] * len(starts)
    for start, text in layout:
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - start))
        if abs(starts[column] - start) > 12:
            return None
        for word in _WORD.finditer(text):
            at = start + display_width(text[:word.start()])
            aligned = [i for i, s in enumerate(starts) if abs(s - at) <= 1]
            if aligned and word.start() > 0:
                column = aligned[0]
            cells[column] = f"{cells[column]} {word.group()}".strip()
    return cells
