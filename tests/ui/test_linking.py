"""Which clause block governs which service, on the shipped samples."""

from __future__ import annotations

from licdesk.domain.model import Clause, License, Service
from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.ui.common import linking


def _sample(name: str) -> License:
    return read_license(resource_path("samples", name).read_bytes())


def test_each_service_of_the_cross_regional_sample_has_its_own_block() -> None:
    lic = _sample("sample_cross_regional_b1.txt")
    idc = linking.block_for_service(lic, 0)
    cdn = linking.block_for_service(lic, 1)
    assert lic.clauses[idc].label == "十、" and "互联网数据中心业务" in lic.clauses[idc].text
    assert lic.clauses[cdn].label == "十一、" and "内容分发网络业务" in lic.clauses[cdn].text
    assert linking.service_for_block(lic, idc) == 0
    assert linking.service_for_block(lic, cdn) == 1


def test_common_clauses_govern_no_service() -> None:
    lic = _sample("sample_icp_shanghai.txt")
    assert linking.service_for_block(lic, 0) is None
    assert linking.block_for_service(lic, 0) == 10  # 十一、你公司在经营信息服务业务时…


def test_a_service_without_a_block_links_nowhere() -> None:
    lic = License(number="京B2-20990001", services=[Service("呼叫中心业务")],
                  clauses=[Clause(1, "一、", "你公司在经营信息服务业务时应当遵守下列规定：")])
    assert linking.block_for_service(lic, 0) is None
    assert linking.block_for_service(lic, 5) is None
    assert linking.service_for_block(lic, 0) is None
