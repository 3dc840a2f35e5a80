"""Every value read is held against its kind; what does not fit becomes a warning on that field.

A reader that places a line under the wrong label gives wrong data without a word; these checks make
such a slip visible to the clerk: a domain must be a host name, a company a name, a person's name a
name, a coverage a list of regions, a date a real date.  Nothing is changed here, only reported.
"""

from __future__ import annotations

import datetime as dt
import re

from licdesk.domain import business
from licdesk.domain.dates import parse_cn_date
from licdesk.domain.model import License
from licdesk.domain.validation import is_valid_host
from licdesk.importer.lines import make_key
from licdesk.importer.noise import mend_digits
from licdesk.importer.regions import is_region_list
from licdesk.domain.reading_notes import note

_NAME_OF_ORGANISATION = re.compile(r"(?:公司|集团|中心|研究院|研究所|大学|学院|协会|事务所|合作社|厂|站|社|院|局|部)$")
_ISSUER = re.compile(r"(?:通信管理局|工业和信息化部|信息产业部|信息产业厅)$")
_PERSON = re.compile(r"^(?:[\u3400-\u9fff·•]{2,12}|[A-Za-z][A-Za-z .'-]{1,60})$")


def read_date(raw: str | None) -> dt.date | None:
    """A date as written, OCR's O and l for 0 and 1 mended first."""
    if not raw:
        return None
    return parse_cn_date(re.sub(r"(?<=\d)\s+(?=\d)", "", mend_digits(raw)))  # 2021年06月2 2日


def field_warnings(lic: License, raw_dates: dict[str, str | None]) -> list[str]:
    """Warnings for the values of `lic` that are not of their field's kind."""
    warnings: list[str] = []
    if lic.company and not _NAME_OF_ORGANISATION.search(lic.company):
        warnings.append(note("company_not_organisation", company=lic.company))
    if lic.company and re.search(r"\d{4}年|\d{6,}", lic.company):
        warnings.append(note("company_has_number", company=lic.company))
    if lic.issuer and not _ISSUER.search(make_key(lic.issuer)):
        warnings.append(note("issuer_unknown", issuer=lic.issuer))
    for service in lic.services:
        if business.classify(service.name) is None:
            warnings.append(note("service_unknown", service=service.name))
    person = lic.legal_representative
    if person and (not _PERSON.match(person) or re.search(r"\d", person)):
        warnings.append(note("person_unlikely", person=person))
    for service in lic.services:
        if service.coverage and not is_region_list(service.coverage):
            warnings.append(note("coverage_not_regions", service=service.name, coverage=service.coverage))
    for position, site in enumerate(lic.annex, start=1):
        for domain in site.domains:
            if not is_valid_host(domain):
                warnings.append(note("domain_invalid", site=position, domain=domain))
        if not site.domains:
            warnings.append(note("site_without_domain", site=position, name=site.site_name or "无名称"))
    for label, raw in raw_dates.items():
        if raw and read_date(raw) is None:
            warnings.append(note("date_invalid", field=label, raw=raw))
    if lic.issue_date and lic.expiry_date and lic.expiry_date <= lic.issue_date:
        warnings.append(note("expiry_not_after_issue", expiry=lic.expiry_date, issue=lic.issue_date))
    return warnings
