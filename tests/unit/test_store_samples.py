"""Fictional licenses shared by the store and command-line tests (every name and domain is made up; no tests here)."""

from __future__ import annotations

import datetime as dt

from licdesk.domain.model import ANNUAL_REPORT, INSPECTION, Clause, Event, Inspection, License, Service, Website


def rich_license(number: str = "京B1.B2-20990001", company: str = "北京青禾远景示例科技有限公司",
                 expiry: dt.date | None = dt.date(2027, 3, 31), domains: tuple[str, ...] = ()) -> License:
    """A license with everything: several services, sites with several domains, a 3-level clause tree …"""
    return License(
        number=number,
        company=company,
        legal_representative="林小禾",
        title="中华人民共和国增值电信业务经营许可证",
        preamble="根据示例条例，经审查，特颁发本示例许可证。",
        services=[
            Service("信息服务业务（仅限互联网信息服务）", "北京", "不含信息搜索查询服务、信息即时交互服务。"),
            Service("互联网数据中心业务", "机房所在地为北京、天津", None),
            Service("在线数据处理与交易处理业务", None, ""),
        ],
        issuer=None,
        issue_date=dt.date(2022, 4, 1),
        expiry_date=expiry,
        annex_heading=f"{company}获准经营信息服务业务(仅限互联网信息服务)相关信息",
        annex=[
            Website("青禾书屋", list(domains) or ["qinghe-demo.example.cn", "www.qinghe-demo.example.com"],
                    "北京", "示例云数据有限公司"),
            Website(None, ["远景示例.中国"], None, ""),
            Website("空站点", [], "天津", None),
        ],
        provisions_intro="《特别规定事项》是经营许可证的组成部分。",
        clauses=[
            Clause(1, "一、", "你公司应当遵守示例法规。"),
            Clause(2, "二、", "你公司在经营示例业务时应当遵守下列规定：", children=[
                Clause(1, "（一）", "建立用户登记制度。", applies_to=None),
                Clause(2, "（二）", "落实下列示例措施：", applies_to="信息搜索查询服务", children=[
                    Clause(1, "1.", "留存日志不少于六十日。"),
                    Clause(2, "2.", "配合检查，记录萤火虫保全条款。"),
                ]),
            ]),
            Clause(3, "三、", ""),
        ],
        inspections=[
            Inspection(2022, "合格", "北京市通信管理局", dt.date(2023, 3, 20), INSPECTION, None),
            Inspection(2023, "已报送", None, dt.date(2024, 3, 1), ANNUAL_REPORT, "网上报送"),
        ],
        events=[
            Event("legal_representative_change", dt.date(2024, 5, 6), "更换法定代表人", dt.date(2024, 5, 20)),
            Event("renewal_applied", dt.date(2026, 12, 1)),
        ],
        warnings=["第 3 页有一行无法归类：示例", ""],
    )


def plain_license(number: str, company: str, expiry: dt.date | None, domains: list[str] | None = None,
                  legal_representative: str = "王示例") -> License:
    return License(
        number=number, company=company, legal_representative=legal_representative,
        services=[Service("信息服务业务（仅限互联网信息服务）", "全国")],
        issue_date=dt.date(2021, 1, 1) if expiry else None, expiry_date=expiry,
        annex=[Website("示例站", domains or [])] if domains is not None else [],
        clauses=[Clause(1, "一、", "你公司应当按时报送年度报告。")],
    )
