"""The business types a clerk picks from: the value-added part of 《电信业务分类目录（2015年版）》.

Each choice shows its code and name (B25 信息服务业务（仅限互联网信息服务）) and stores the words the
certificate prints, without the code. The codes and names are the domain's (licdesk.domain.business);
the wordings below are the service items certificates commonly print for them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from licdesk.domain import business
from licdesk.ui.common.choice_combo import Choices

_CONTEXT = "ServiceChoices"
# (code, wording as printed). The first wording of each code is the catalogue's own name.
WORDINGS: tuple[tuple[str, str], ...] = (
    ("B11", QT_TRANSLATE_NOOP("ServiceChoices", "互联网数据中心业务")),
    ("B11", QT_TRANSLATE_NOOP("ServiceChoices", "互联网数据中心业务（不含互联网资源协作服务）")),
    ("B11", QT_TRANSLATE_NOOP("ServiceChoices", "互联网资源协作服务业务")),
    ("B12", QT_TRANSLATE_NOOP("ServiceChoices", "内容分发网络业务")),
    ("B13", QT_TRANSLATE_NOOP("ServiceChoices", "国内互联网虚拟专用网业务")),
    ("B14", QT_TRANSLATE_NOOP("ServiceChoices", "互联网接入服务业务")),
    ("B21", QT_TRANSLATE_NOOP("ServiceChoices", "在线数据处理与交易处理业务")),
    ("B22", QT_TRANSLATE_NOOP("ServiceChoices", "国内多方通信服务业务")),
    ("B23", QT_TRANSLATE_NOOP("ServiceChoices", "存储转发类业务")),
    ("B24", QT_TRANSLATE_NOOP("ServiceChoices", "呼叫中心业务")),
    ("B24", QT_TRANSLATE_NOOP("ServiceChoices", "国内呼叫中心业务")),
    ("B24", QT_TRANSLATE_NOOP("ServiceChoices", "离岸呼叫中心业务")),
    ("B25", QT_TRANSLATE_NOOP("ServiceChoices", "信息服务业务")),
    ("B25", QT_TRANSLATE_NOOP("ServiceChoices", "信息服务业务（仅限互联网信息服务）")),
    ("B25", QT_TRANSLATE_NOOP("ServiceChoices", "信息服务业务（不含互联网信息服务）")),
    ("B26", QT_TRANSLATE_NOOP("ServiceChoices", "编码和规程转换业务")),
)


def service_choices() -> Choices:
    """(shown, stored) for every wording, in catalogue order: shown with its code, stored as printed."""
    order = {t.code: i for i, t in enumerate(business.BUSINESS_TYPES)}
    ranked = sorted(WORDINGS, key=lambda item: order.get(item[0], len(order)))
    return [(f"{code} {QCoreApplication.translate(_CONTEXT, wording)}", wording) for code, wording in ranked]
