"""Validation findings over a License: what is wrong (error) or worth a second look (warning).

Functions return findings instead of raising: a clerk may keep a license with warnings, and the
desk shows each finding beside the field it concerns.  Saving with an error is refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping

from licdesk.domain import business, numbers
from licdesk.domain.model import License

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    level: str  # ERROR or WARNING
    field: str  # "number", "expiry_date", "services[0]", "annex[1].domains", "clauses[15]" …
    code: str  # stable identifier of the rule, for tests and filtering
    message_zh: str
    message_en: str

    def message(self, language: str = "zh") -> str:
        return self.message_en if language.startswith("en") else self.message_zh

    def to_dict(self) -> dict[str, str]:
        return {
            "level": self.level,
            "field": self.field,
            "code": self.code,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
        }


_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PUNYCODE_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


def is_valid_host(domain: str) -> bool:
    """A host name as the annex lists it: labels of letters, digits and hyphens, a letter TLD.

    Chinese (IDN) domains are accepted in their Unicode form by converting them to punycode first.
    """
    host = unicodedata.normalize("NFKC", domain or "").strip().lower().rstrip(".")
    if host.startswith("*."):
        host = host[2:]
    if not host or len(host) > 253 or "." not in host:
        return False
    if not host.isascii():  # the codec loads on first use (a few ms): plain names do without it
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    labels = host.split(".")
    return all(_HOST_LABEL.match(label) for label in labels) and bool(_PUNYCODE_TLD.match(labels[-1]))


# Validity is normally five years; a reissued certificate keeps the original expiry, so shorter
# spans happen, but under a year or over five is unusual enough to show.
MIN_USUAL_DAYS = 365
MAX_USUAL_DAYS = 5 * 366 + 1


def validate(lic: License, other_domains: Mapping[str, Iterable[str]] | None = None) -> list[Finding]:
    """All findings for one license.

    `other_domains` maps a lower-case domain to the numbers of *other* licenses in the store that
    list it (the store provides it); duplicates across licenses are then reported.
    """
    findings: list[Finding] = []
    findings += _number_findings(lic)
    findings += _required_findings(lic)
    findings += _date_findings(lic)
    findings += _domain_findings(lic, other_domains or {})
    findings += _service_findings(lic)
    findings += _clause_findings(lic)
    return findings


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)


def _number_findings(lic: License) -> list[Finding]:
    parsed = numbers.parse(lic.number)
    out: list[Finding] = []
    if not lic.number.strip():
        return [Finding(ERROR, "number", "number.missing", "缺少经营许可证编号", "the license number is missing")]
    if not parsed.valid:
        out.append(Finding(
            ERROR, "number", "number.invalid",
            f"经营许可证编号“{lic.number}”的格式无法识别（应如 京B2-20192917、B1-20195402）",
            f"license number '{lic.number}' is not in a known form (e.g. 京B2-20192917, B1-20195402)",
        ))
    for zh, en in parsed.warnings:
        out.append(Finding(WARNING, "number", "number.odd", zh, en))
    return out


def _required_findings(lic: License) -> list[Finding]:
    out: list[Finding] = []
    if not lic.company.strip():
        out.append(Finding(ERROR, "company", "company.missing", "缺少公司名称", "the company name is missing"))
    if not lic.legal_representative.strip():
        out.append(Finding(WARNING, "legal_representative", "legal_representative.missing",
                           "缺少法定代表人", "the legal representative is missing"))
    if not lic.services:
        out.append(Finding(WARNING, "services", "services.missing",
                           "没有列出业务种类", "no business type is listed"))
    if lic.expiry_date is None:
        out.append(Finding(WARNING, "expiry_date", "expiry_date.missing",
                           "缺少有效期至日期，无法计算续期期限", "the expiry date is missing; no deadlines can follow"))
    return out


def _date_findings(lic: License) -> list[Finding]:
    if lic.issue_date is None or lic.expiry_date is None:
        return []
    if lic.expiry_date <= lic.issue_date:
        return [Finding(
            ERROR, "expiry_date", "dates.order",
            f"有效期至（{lic.expiry_date}）不晚于发证日期（{lic.issue_date}）",
            f"expiry ({lic.expiry_date}) is not after the issue date ({lic.issue_date})",
        )]
    days = (lic.expiry_date - lic.issue_date).days
    if days < MIN_USUAL_DAYS:
        return [Finding(
            WARNING, "expiry_date", "dates.short",
            f"有效期仅 {days} 天（不足一年）：请核对是否为变更后换发的证书",
            f"validity of only {days} days (under one year): check whether this is a reissued certificate",
        )]
    if days > MAX_USUAL_DAYS:
        return [Finding(
            WARNING, "expiry_date", "dates.long",
            f"有效期长达 {days} 天，超过通常的五年",
            f"validity of {days} days, longer than the usual five years",
        )]
    return []


def _domain_findings(lic: License, other_domains: Mapping[str, Iterable[str]]) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for index, site in enumerate(lic.annex):
        where = f"annex[{index}].domains"
        for domain in site.domains:
            key = domain.strip().lower()
            if not is_valid_host(key):
                out.append(Finding(WARNING, where, "domain.invalid",
                                   f"“{domain}”不是有效的域名", f"'{domain}' is not a valid host name"))
            if key in seen and seen[key] != index:
                out.append(Finding(WARNING, where, "domain.repeated",
                                   f"域名“{domain}”在附页中重复出现", f"domain '{domain}' is listed twice in the annex"))
            seen.setdefault(key, index)
            others = sorted(set(n for n in other_domains.get(key, ()) if n != lic.number))
            if others:
                out.append(Finding(
                    WARNING, where, "domain.duplicate",
                    f"域名“{domain}”也列在许可证 {'、'.join(others)} 中",
                    f"domain '{domain}' is also listed on license {', '.join(others)}",
                ))
    return out


def _service_findings(lic: License) -> list[Finding]:
    parsed = numbers.parse(lic.number)
    if not parsed.valid or not parsed.categories:
        return []
    out: list[Finding] = []
    for index, service in enumerate(lic.services):
        kind = business.classify(service.name)
        if kind and kind.category not in parsed.categories:
            out.append(Finding(
                WARNING, f"services[{index}]", "service.category",
                f"“{service.name}”属于 {kind.category} 类（{kind.code}），但编号只含 {'、'.join(parsed.categories)}",
                f"'{service.name}' is a {kind.category} service ({kind.code}) but the number holds only "
                f"{', '.join(parsed.categories)}",
            ))
    return out


_BLOCK_HEADING = re.compile(r"在经营(?P<name>.+?)时")


def _clause_findings(lic: License) -> list[Finding]:
    """A clause block for a business type the license does not list (e.g. 十六 about ISP on an IDC+VPN license)."""
    listed = {t.code for t in (business.classify(s.name) for s in lic.services) if t}
    if not listed:
        return []
    out: list[Finding] = []
    for clause in lic.clauses:
        match = _BLOCK_HEADING.search(clause.text)
        if not match:
            continue
        kind = business.classify(match.group("name"))
        if kind and kind.code not in listed:
            out.append(Finding(
                WARNING, f"clauses[{clause.number}]", "clause.unlisted_service",
                f"特别规定事项 {clause.label} 针对“{kind.name}”，但许可证未列此业务",
                f"provision {clause.label} governs '{kind.name}', which the license does not list",
            ))
    return out
