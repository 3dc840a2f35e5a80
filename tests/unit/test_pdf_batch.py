"""Many licenses at once: combined or one file each, progress, cancel, safe file names."""

from __future__ import annotations

import pytest
from test_pdf_support import pages_text, sample_license, squeeze

from licdesk.pdf import PrintOptions, RenderCancelled, render_batch, safe_file_name


def three():
    return [
        sample_license(number="京B2-20990001", company="甲示例有限公司"),
        sample_license(number="沪B2-20990002", company="乙示例有限公司", annex=[]),
        sample_license(number="B1-20990003", company="丙示例有限公司"),
    ]


def test_combined_file_holds_each_license_numbering_its_own_pages():
    calls = []
    items = render_batch(three(), PrintOptions(), combined=True, progress=lambda d, t: calls.append((d, t)))
    assert len(items) == 1
    texts = pages_text(items[0].result.pdf)
    assert items[0].numbers == ["京B2-20990001", "沪B2-20990002", "B1-20990003"]
    starts = [i for i, t in enumerate(texts) if "公司名称" in t]
    assert len(starts) == 3
    bounds = starts + [len(texts)]
    for k in range(3):
        own = texts[bounds[k]:bounds[k + 1]]
        for n, text in enumerate(own, start=1):
            assert f"第{n}页共{len(own)}页" in squeeze(text)
        assert all(three()[k].number in squeeze(t) for t in own)
    assert calls[-1] == (3, 3)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_one_file_per_license_named_by_number():
    calls = []
    items = render_batch(three(), combined=False, progress=lambda d, t: calls.append((d, t)))
    assert [i.file_name for i in items] == ["京B2-20990001.pdf", "沪B2-20990002.pdf", "B1-20990003.pdf"]
    assert "乙示例有限公司" in pages_text(items[1].result.pdf)[0]
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_duplicate_numbers_get_distinct_file_names():
    lics = [sample_license(number="京B2-1"), sample_license(number="京B2-1")]
    assert [i.file_name for i in render_batch(lics, combined=False)] == ["京B2-1.pdf", "京B2-1 (2).pdf"]


@pytest.mark.parametrize("combined", [True, False])
def test_cancel_stops_the_batch(combined):
    seen = []

    def cancelled() -> bool:
        return len(seen) >= 1

    with pytest.raises(RenderCancelled):
        render_batch(three(), combined=combined, progress=lambda d, t: seen.append(d), cancelled=cancelled)
    assert len(seen) < 3


def test_unsafe_characters_leave_file_names():
    assert safe_file_name("京B2-20192917") == "京B2-20192917.pdf"
    assert safe_file_name('a/b\\c:d*e?f"g<h>i|j') == "a_b_c_d_e_f_g_h_i_j.pdf"
    assert safe_file_name("..") == "license.pdf"
    assert safe_file_name("CON") == "_CON.pdf"


def test_empty_batch_gives_nothing():
    assert render_batch([], combined=True) == []


def test_rendering_on_worker_threads_gives_the_same_files(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the same moment in every file, so bytes compare

    from licdesk.pdf import render_license

    lics = [sample_license(number=f"京B2-2099{i:04d}", company=f"示例{i}号有限公司") for i in range(6)]
    alone = [render_license(lic).pdf for lic in lics]
    with ThreadPoolExecutor(3) as pool:
        together = list(pool.map(lambda lic: render_license(lic).pdf, lics))
    assert together == alone
