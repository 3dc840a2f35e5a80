"""Check database: is the file sound, is the search index in step, what do the licenses' checks say?

    report = check_database(store)        # reads only; report.sound, report.text(), report.to_dict()
    store.rebuild_search_index()          # the remedy when report.search_needs_rebuild

Three groups, as the clerk reads them: 数据库完整性 (the file itself), 搜索索引 (the full-text
index and the search words), 许可证检查 (validation findings per license).  No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from licdesk.domain.model import License
from licdesk.domain.validation import ERROR, Finding, validate
from licdesk.store import rows, schema_check, search
from licdesk.store.errors import is_bug

if TYPE_CHECKING:
    from licdesk.store.store import Store

INTEGRITY = "数据库完整性"
SEARCH = "搜索索引"
LICENSES = "许可证检查"

_LEVEL_ZH = {ERROR: "错误", "warning": "提示"}


@dataclass(frozen=True)
class CheckItem:
    level: str  # "error" (something is wrong) or "warning" (worth a look, nothing is damaged)
    message_zh: str
    message_en: str

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "message_zh": self.message_zh, "message_en": self.message_en}


@dataclass(frozen=True)
class LicenseFindings:
    number: str
    company: str
    findings: tuple[Finding, ...]

    @property
    def has_errors(self) -> bool:
        return any(f.level == ERROR for f in self.findings)


@dataclass
class CheckReport:
    path: str
    checked_at: _dt.datetime
    license_count: int = 0
    integrity: list[CheckItem] = field(default_factory=list)
    search: list[CheckItem] = field(default_factory=list)
    licenses: list[LicenseFindings] = field(default_factory=list)  # only licenses with findings
    search_needs_rebuild: bool = False
    schema_needs_repair: bool = False  # tables, views or triggers licdesk did not make: --repair drops them

    @property
    def database_sound(self) -> bool:
        return not any(i.level == ERROR for i in (*self.integrity, *self.search))

    @property
    def sound(self) -> bool:
        """No damage, the index in step, and no license with an error (warnings alone are fine)."""
        return self.database_sound and not any(f.has_errors for f in self.licenses)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "checked_at": self.checked_at.isoformat(),
            "sound": self.sound,
            "license_count": self.license_count,
            "integrity": [i.to_dict() for i in self.integrity],
            "search": [i.to_dict() for i in self.search],
            "search_needs_rebuild": self.search_needs_rebuild,
            "schema_needs_repair": self.schema_needs_repair,
            "licenses": [
                {"number": f.number, "company": f.company, "findings": [x.to_dict() for x in f.findings]}
                for f in self.licenses
            ],
        }

    def text(self) -> str:
        """The report as a clerk reads it: Chinese, grouped, each license with its findings."""
        lines = ["licdesk 数据库检查报告", f"文件：{self.path}",
                 f"检查时间：{self.checked_at.astimezone().strftime('%Y-%m-%d %H:%M')}",
                 f"许可证：{self.license_count} 份（不含回收站）", ""]
        repair = ("  可以移除不属于 licdesk 的内容来修复（licdesk check --repair，先自动备份）"
                  if self.schema_needs_repair else None)
        for title, items, extra in ((f"一、{INTEGRITY}", self.integrity, repair),
                                    (f"二、{SEARCH}", self.search,
                                     "  可以重建搜索索引来修复（licdesk check --rebuild-index，或在检查窗口中点“重建搜索索引”）"
                                     if self.search_needs_rebuild else None)):
            lines.append(title)
            if not items:
                lines.append("  ✓ 未发现问题")
            for item in items:
                mark = "✗" if item.level == ERROR else "!"
                lines.append(f"  {mark} {_LEVEL_ZH.get(item.level, item.level)}：{item.message_zh}")
            if extra:
                lines.append(extra)
            lines.append("")
        lines.append(f"三、{LICENSES}")
        if not self.licenses:
            lines.append("  ✓ 所有许可证均未发现问题")
        for entry in self.licenses:
            lines.append(f"  {entry.number}  {entry.company or '（无公司名称）'}")
            for finding in entry.findings:
                lines.append(f"    {_LEVEL_ZH.get(finding.level, finding.level)}：{finding.message_zh}")
        lines.append("")
        lines.append("结论：" + self.verdict())
        return "\n".join(lines) + "\n"

    def verdict(self) -> str:
        if not self.database_sound:
            return "数据库有问题，请按上面的说明处理；如无法修复，请从备份恢复。"
        errors = sum(1 for f in self.licenses if f.has_errors)
        if errors:
            return f"数据库完好；有 {errors} 份许可证存在错误，请打开核对。"
        if self.licenses:
            return f"数据库完好；有 {len(self.licenses)} 份许可证有需要留意的提示。"
        return "数据库完好，未发现任何问题。"


Progress = Callable[[int, int], None]


def check_database(store: Store, progress: Progress | None = None) -> CheckReport:
    """Check everything; reads only.  `progress(done, total)` is called while licenses are checked."""
    conn: sqlite3.Connection = store._conn  # noqa: SLF001 - the check reads the tables themselves
    report = CheckReport(path=str(store.path), checked_at=_dt.datetime.now(_dt.timezone.utc))
    try:
        report.integrity = _integrity(conn)
    except sqlite3.DatabaseError as exc:
        if is_bug(exc):
            raise
        report.integrity = [CheckItem(ERROR, f"数据库文件无法完整读取（{exc}），请从备份恢复",
                                      f"the database file cannot be read whole ({exc}); restore a backup")]
        return report
    planted = schema_check.unexpected_objects(conn)
    if planted:
        report.integrity.append(CheckItem(
            ERROR, f"数据库中有不属于 licdesk 的内容：{schema_check.describe(planted)}，它们可能改动或拦截数据",
            f"the database holds {len(planted)} tables, views or triggers licdesk did not make"))
        report.schema_needs_repair = True
    report.search, report.search_needs_rebuild = _search_index(conn, store.readonly)
    _licenses(conn, report, progress)
    return report


def _integrity(conn: sqlite3.Connection) -> list[CheckItem]:
    items: list[CheckItem] = []
    damage = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    if damage:
        shown = "；".join(damage[:5]) + ("……" if len(damage) > 5 else "")
        items.append(CheckItem(ERROR, f"数据库文件已损坏（{len(damage)} 处）：{shown}。请从备份恢复",
                               f"the database file is damaged in {len(damage)} places; restore a backup"))
    dangling: dict[str, int] = {}
    for row in conn.execute("PRAGMA foreign_key_check"):
        dangling[row[0]] = dangling.get(row[0], 0) + 1
    for table, count in sorted(dangling.items()):
        items.append(CheckItem(ERROR, f"表 {table} 中有 {count} 行指向已不存在的记录（孤立数据）",
                               f"{count} rows of {table} point to records that no longer exist (orphans)"))
    crossed = conn.execute(
        "SELECT count(*) FROM clauses c JOIN clauses p ON p.id = c.parent_id "
        "WHERE p.license_id != c.license_id").fetchone()[0]
    if crossed:
        items.append(CheckItem(ERROR, f"有 {crossed} 条条款挂在另一份许可证的条款之下",
                               f"{crossed} clauses hang under a clause of another license"))
    items += _attachments(conn)
    missing = conn.execute(
        "SELECT count(*) FROM licenses l WHERE NOT EXISTS (SELECT 1 FROM license_versions v "
        "WHERE v.license_id = l.id AND v.version = l.version)").fetchone()[0]
    if missing:
        items.append(CheckItem("warning", f"有 {missing} 份许可证缺少当前版本的历史副本（下次保存时会补上）",
                               f"{missing} licenses lack a kept copy of their current version (the next save adds it)"))
    return items


def _attachments(conn: sqlite3.Connection) -> list[CheckItem]:
    """Each attachment's bytes still hash to the SHA-256 it was stored under."""
    changed = []
    for _attachment_id, name, sha256, size, data in conn.execute(
            "SELECT id, file_name, sha256, size, data FROM attachments ORDER BY id"):
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            changed.append(name)
    if not changed:
        return []
    return [CheckItem(ERROR, f"{len(changed)} 个附件的内容与保存时不一致：{'、'.join(changed[:5])}。请从备份恢复",
                      f"{len(changed)} attachments no longer match what was stored; restore a backup")]


def _search_index(conn: sqlite3.Connection, readonly: bool) -> tuple[list[CheckItem], bool]:
    items: list[CheckItem] = []
    try:
        conn.execute("SELECT count(*) FROM search_index WHERE rowid = 0").fetchone()
        conn.execute("SELECT count(*) FROM search_pairs WHERE search_pairs MATCH '000000'").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_bug(exc):
            raise
        items.append(CheckItem(ERROR, f"全文搜索索引已损坏（{exc}），搜索和导入都会失败",
                               f"the full-text index is damaged ({exc}); searches and imports fail"))
        return items, True
    without = conn.execute(
        "SELECT count(*) FROM licenses l WHERE NOT EXISTS (SELECT 1 FROM search_keys k WHERE k.license_id = l.id) "
        "OR NOT EXISTS (SELECT 1 FROM search_clauses c WHERE c.license_id = l.id)").fetchone()[0]
    if without:
        items.append(CheckItem(ERROR, f"有 {without} 份许可证不在搜索索引中（搜索时找不到它们）",
                               f"{without} licenses are missing from the search index"))
    if not readonly:  # FTS5 runs its own check as a write statement
        try:
            search.check_indexes(conn)
        except sqlite3.DatabaseError:
            items.append(CheckItem(ERROR, "全文搜索索引与许可证内容不一致（搜索结果可能不全）",
                                   "the full-text index is out of step with the licenses"))
    return items, bool(items)


def _licenses(conn: sqlite3.Connection, report: CheckReport, progress: Progress | None) -> None:
    """Load every license (one that cannot be read is itself a problem), compare its search words, validate."""
    ids = [r[0] for r in conn.execute("SELECT id FROM licenses WHERE deleted_at IS NULL ORDER BY number")]
    report.license_count = len(ids)
    stale: list[str] = []
    unreadable: list[str] = []
    domain_owners = _domain_owners(conn)
    for start in range(0, len(ids), 200):
        chunk = ids[start:start + 200]
        marks = ", ".join("?" for _ in chunk)
        license_rows = conn.execute(f"SELECT * FROM licenses WHERE id IN ({marks}) ORDER BY number", chunk).fetchall()
        for row, lic in _read_each(conn, license_rows, unreadable):
            if not _search_words_match(conn, row["id"], lic):
                stale.append(lic.number)
            findings = validate(lic, other_domains=_others(lic, domain_owners))
            if findings:
                report.licenses.append(LicenseFindings(lic.number, lic.company, tuple(findings)))
        if progress is not None:
            progress(min(start + len(chunk), len(ids)), len(ids))
    if unreadable:
        report.integrity.append(CheckItem(
            ERROR, f"有 {len(unreadable)} 份许可证无法读取：{'、'.join(unreadable[:5])}。请从备份恢复",
            f"{len(unreadable)} licenses cannot be read; restore a backup"))
    if stale:
        report.search.append(CheckItem(
            ERROR, f"有 {len(stale)} 份许可证的搜索内容已过时：{'、'.join(stale[:5])}",
            f"the search words of {len(stale)} licenses are out of date"))
        report.search_needs_rebuild = True


def _read_each(conn: sqlite3.Connection, license_rows: list[sqlite3.Row],
               unreadable: list[str]) -> list[tuple[sqlite3.Row, License]]:
    """Whole licenses for the rows, in one go; when that fails, one by one, noting each that cannot be read."""
    try:
        return list(zip(license_rows, rows.read_licenses(conn, license_rows)))
    except (ValueError, TypeError, KeyError, sqlite3.DatabaseError) as exc:
        if is_bug(exc):
            raise
    readable = []
    for row in license_rows:
        try:
            readable.append((row, rows.read_license(conn, row)))
        except (ValueError, TypeError, KeyError, sqlite3.DatabaseError) as exc:
            if is_bug(exc):
                raise
            unreadable.append(f"{row['number']}（{exc}）")
    return readable


def _domain_owners(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """domain key → (number key, number) of every license in the library listing it: one query for all.

    The same answer store.findings() gets per license, read once (a check looks at every license).
    """
    owners: dict[str, list[tuple[str, str]]] = {}
    for key, number_key, number in conn.execute(
            "SELECT DISTINCT d.domain_key, l.number_key, l.number FROM domains d "
            "JOIN websites w ON w.id = d.website_id JOIN licenses l ON l.id = w.license_id "
            "WHERE l.deleted_at IS NULL ORDER BY l.number"):
        owners.setdefault(key, []).append((number_key, number))
    return owners


def _others(lic: License, owners: dict[str, list[tuple[str, str]]]) -> dict[str, list[str]]:
    own_key = rows.number_key(lic.number)
    found: dict[str, list[str]] = {}
    for key in {rows.domain_key(d) for d in lic.domains() if d.strip()}:
        numbers = [number for number_key, number in owners.get(key, ()) if number_key != own_key]
        if numbers:
            found[key] = numbers
    return found


def _search_words_match(conn: sqlite3.Connection, license_id: int, lic: License) -> bool:
    stored = conn.execute(
        "SELECT k.number, k.company, k.legal_representative, k.sites, k.domains, k.folded, c.clauses "
        "FROM search_keys k JOIN search_clauses c ON c.license_id = k.license_id WHERE k.license_id = ?",
        (license_id,)).fetchone()
    if stored is None:
        return True  # already reported as missing from the index
    wanted = rows.search_columns(lic)
    folded = search.fold("\n".join(wanted[c] for c in ("number", "company", "legal_representative", "sites",
                                                         "domains")))
    return (tuple(stored[:5]) == tuple(wanted[c] for c in ("number", "company", "legal_representative", "sites",
                                                            "domains"))
            and stored[5] == folded and stored[6] == wanted["clauses"])
