"""Which clause block governs which service: 「你公司在经营互联网数据中心业务时…」 ↔ 互联网数据中心业务.

Pure functions over the License, so the desk's highlighting is tested without widgets.
"""

from __future__ import annotations

import re

from licdesk.domain import business
from licdesk.domain.model import License

_BLOCK_HEADING = re.compile(r"在经营(?P<name>.+?)时")


def block_type(clause_text: str) -> str | None:
    """The business type code a top-level clause governs, or None for a common clause."""
    match = _BLOCK_HEADING.search(clause_text or "")
    if not match:
        return None
    kind = business.classify(match.group("name"))
    return kind.code if kind else None


def block_for_service(lic: License, service_index: int) -> int | None:
    """Row of the top-level clause whose block governs the service, if the license has one."""
    if not 0 <= service_index < len(lic.services):
        return None
    kind = business.classify(lic.services[service_index].name)
    if kind is None:
        return None
    for row, clause in enumerate(lic.clauses):
        if block_type(clause.text) == kind.code:
            return row
    return None


def service_for_block(lic: License, top_row: int) -> int | None:
    """Index of the service a top-level clause block governs (the first one of that type)."""
    if not 0 <= top_row < len(lic.clauses):
        return None
    code = block_type(lic.clauses[top_row].text)
    if code is None:
        return None
    for index, service in enumerate(lic.services):
        kind = business.classify(service.name)
        if kind and kind.code == code:
            return index
    return None
