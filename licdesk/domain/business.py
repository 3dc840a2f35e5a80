"""Business types of the 电信业务分类目录 (2015) and how a service name maps to one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class BusinessType:
    code: str  # B11 … B26, A…
    name: str
    english: str

    @property
    def category(self) -> str:
        """The license class that must hold this type: B11 → B1."""
        return self.code[:2]


BUSINESS_TYPES: tuple[BusinessType, ...] = (
    BusinessType("B11", "互联网数据中心业务", "Internet data centre (IDC)"),
    BusinessType("B12", "内容分发网络业务", "Content delivery network (CDN)"),
    BusinessType("B13", "国内互联网虚拟专用网业务", "Domestic Internet VPN"),
    BusinessType("B14", "互联网接入服务业务", "Internet access (ISP)"),
    BusinessType("B21", "在线数据处理与交易处理业务", "Online data and transaction processing (EDI)"),
    BusinessType("B22", "国内多方通信服务业务", "Domestic multi-party communication"),
    BusinessType("B23", "存储转发类业务", "Store-and-forward services"),
    BusinessType("B24", "呼叫中心业务", "Call centre"),
    BusinessType("B25", "信息服务业务", "Information services (ICP / SP)"),
    BusinessType("B26", "编码和规程转换业务", "Code and protocol conversion"),
)

# Other words the documents use for the same types.
_ALIASES: dict[str, str] = {
    "互联网资源协作服务业务": "B11",
    "互联网资源协作服务": "B11",
    "内容分发网络": "B12",
    "虚拟专用网业务": "B13",
    "互联网接入服务": "B14",
    "互联网接入业务": "B14",
    "在线数据处理": "B21",
    "多方通信": "B22",
    "存储转发": "B23",
    "呼叫中心": "B24",
    "离岸呼叫中心业务": "B24",
    "域名解析服务": "B26",
    "编码和规程转换": "B26",
    "信息服务": "B25",
}

_BY_CODE = {t.code: t for t in BUSINESS_TYPES}
# Longest names first so that 互联网接入服务业务 wins over 信息服务.
_NAMES = sorted(
    [(t.name, t.code) for t in BUSINESS_TYPES] + list(_ALIASES.items()),
    key=lambda item: len(item[0]),
    reverse=True,
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def by_code(code: str) -> BusinessType | None:
    return _BY_CODE.get(code)


def classify(service_name: str) -> BusinessType | None:
    """The business type a service or clause heading speaks of, or None when unknown."""
    text = _clean(service_name)
    # A qualifier in brackets (仅限互联网信息服务) must not decide the type.
    head = re.split(r"[(（]", text, maxsplit=1)[0] or text
    for candidate in (head, text):
        for name, code in _NAMES:
            if _clean(name) in candidate:
                return _BY_CODE[code]
    return None
