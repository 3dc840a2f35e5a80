"""The annex (附页): the heading sentence and one entry per website, labelled or as a table."""

from __future__ import annotations

import re

from licdesk.domain.model import Website
from licdesk.domain.validation import is_valid_host
from licdesk.importer.lines import Line, join_text, make_key
from licdesk.importer.noise import close_cjk_gaps

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("site_name", re.compile(r"^网站名称:?")),
    ("domains", re.compile(r"^(?:网站)?域名:?")),
    ("server_location", re.compile(r"^服务器(?:放置地|放置地点|所在地):?")),
    ("access_provider", re.compile(r"^(?:网站)?接入服务提供(?:单位|者|商):?")),
)
_TABLE_HEADER = ("网站名称", "域名")
_DOMAIN_SPLIT = re.compile(r"[、,，;；\s]+")


def split_domains(text: str) -> list[str]:
    """网站域名 values: several domains separated by 、 , ; or spaces; lower-case, no scheme or path."""
    out = []
    text = re.sub(r"[(（][^()（）]*[)）]", " ", text)  # annotations: example.cn（主站）
    text = re.sub(r"\s*[.。．]\s*(?=[^\s、,，;；])", ".", text)  # OCR spaces and ideographic stops inside a name
    for part in _DOMAIN_SPLIT.split(text.strip()):
        part = re.sub(r"^[a-z]+://", "", part.strip().lower()).strip("/。.")
        part = part.split("/", 1)[0]
        if part:
            out.append(part)
    return list(dict.fromkeys(out))


class AnnexReader:
    """Feed the annex lines in order; `sites`, `heading` and `unplaced` hold what was read."""

    def __init__(self) -> None:
        self.sites: list[Website] = []
        self.heading: str | None = None
        self.unplaced: list[Line] = []
        self._pending: str | None = None
        self._table = False
        self._heading_open = False
        # The last piece of a domains value when it was cut by a line break (www.example- / .cn):
        # it ends in "." or "-", or has no dot yet.
        self._domain_tail = ""
        self._domains_seen: dict[int, set[str]] = {}

    def feed(self, line: Line) -> None:
        key = line.key
        if "获准经营" in key or key.endswith("相关信息") or self._heading_open:
            self.heading = line.text if self.heading is None else join_text(self.heading, line.text)
            # The sentence ends with 相关信息; a narrow page wraps it onto the next line.
            self._heading_open = not make_key(self.heading).endswith(("信息", "。", ":"))
            return
        if all(word in key for word in _TABLE_HEADER) and "服务器" in key:
            self._table = True
            return
        for name, pattern in _LABELS:
            match = pattern.match(key)
            if match:
                value = _after_label(line.text)
                if value:
                    self._set(name, value)
                    self._pending = None
                else:
                    self._pending = name
                return
        if self._pending:
            self._set(self._pending, line.text)
            self._pending = None
            return
        if self._domain_tail and _DOMAIN_PIECE.match(line.text.strip()):
            self._continue_domains(line.text)
            return
        if self._table and self._read_table_row(line.text):
            return
        domains = split_domains(line.text)
        if self.sites and domains and all(is_valid_host(d) for d in domains):
            self._add_domains(self.sites[-1], domains)
            return
        self.unplaced.append(line)

    def _set(self, name: str, value: str) -> None:
        value = value.strip()
        # A site name, or a field the current site already has, begins the next website.
        if name == "site_name" or not self.sites or _filled(self.sites[-1], name):
            self.sites.append(Website())
        site = self.sites[-1]
        self._domain_tail = ""
        if name == "site_name":
            site.site_name = close_cjk_gaps(value)
        elif name == "domains":
            self._add_domains(site, split_domains(value))
            self._domain_tail = _cut_tail(value)
        else:
            setattr(site, name, close_cjk_gaps(value))

    def _add_domains(self, site: Website, domains: list[str]) -> None:
        """Each domain once per site; the set of those seen keeps a long list from growing slower and slower."""
        seen = self._domains_seen.get(id(site))
        if seen is None:
            seen = self._domains_seen[id(site)] = set(site.domains)
        for domain in domains:
            if domain not in seen:
                seen.add(domain)
                site.domains.append(domain)

    def _continue_domains(self, text: str) -> None:
        """The rest of a domain cut at the end of the line above: join the halves, then read on."""
        site = self.sites[-1]
        fragment = split_domains(self._domain_tail)
        if fragment and site.domains and site.domains[-1] == fragment[-1]:
            self._domains_seen.get(id(site), set()).discard(site.domains.pop())
        joined = self._domain_tail.strip() + text.strip()
        self._add_domains(site, split_domains(joined))
        # A host name is at most 253 characters: a "tail" longer than that is no cut domain.
        self._domain_tail = _cut_tail(joined) if len(joined) <= 253 else ""

    def _read_table_row(self, text: str) -> bool:
        cells = [c.strip() for c in re.split(r"\t|\s{2,}|\|", text) if c.strip()]
        if len(cells) < 3:
            return False
        name, domains, server = cells[0], cells[1], cells[2]
        provider = cells[3] if len(cells) > 3 else None
        self.sites.append(Website(name, split_domains(domains), server, provider))
        return True


_DOMAIN_PIECE = re.compile(r"^[A-Za-z0-9.\-]+(?:[、,，;；\s]+[A-Za-z0-9.\-]+)*[、,，;；]?$")


def _cut_tail(value: str) -> str:
    """The value's last domain when the line break cut it, else ""."""
    pieces = [p for p in _DOMAIN_SPLIT.split(value.strip())]
    tail = pieces[-1] if pieces else ""
    if not tail or value.rstrip()[-1:] in "、,，;；":
        return ""
    cut = tail.endswith((".", "-")) or "." not in tail
    return tail if cut and re.fullmatch(r"[A-Za-z0-9.\-]+", tail) else ""


def _filled(site: Website, name: str) -> bool:
    value = getattr(site, name)
    return bool(value)


def _after_label(text: str) -> str:
    parts = re.split(r"[:：]", text, maxsplit=1)
    if len(parts) == 2:
        return parts[1].strip()
    # Label and value separated only by spaces (网站名称 示例网).
    return re.sub(r"^\S+\s*", "", text, count=1).strip() if " " in text.strip() else ""
