"""Write N varied fictional licenses into a licdesk database, quickly; optionally time the library queries.

    .venv/bin/python benchmarks/generate_library.py --db /tmp/big.sqlite3 -n 100000
    .venv/bin/python benchmarks/generate_library.py --db /tmp/big.sqlite3 --measure

Every company, person, site and domain is made up; the clause wording is generic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from licdesk.domain.model import Clause, Event, Inspection, License, Service, Website  # noqa: E402
from licdesk.domain.numbers import PROVINCES  # noqa: E402
from licdesk.domain.numerals import to_chinese  # noqa: E402
from licdesk.store import Store  # noqa: E402

_CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "苏州", "天津", "重庆"]
_WORDS = ["星河", "云帆", "蓝海", "青禾", "远景", "智行", "数联", "恒信", "启明", "锦程", "海纳", "鸿图",
          "融创", "汇通", "易达", "优选", "瑞祥", "卓越", "天成", "博雅", "新纪", "晨光", "北辰", "华章"]
_TRADES = ["科技", "网络科技", "信息技术", "数据服务", "通信技术", "文化传媒", "电子商务"]
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
_SERVICES = [
    ("信息服务业务（仅限互联网信息服务）", "B2"), ("在线数据处理与交易处理业务", "B2"),
    ("互联网数据中心业务", "B1"), ("内容分发网络业务", "B1"), ("国内呼叫中心业务", "B2"),
    ("互联网接入服务业务", "B1"), ("国内多方通信服务业务", "B2"), ("存储转发类业务", "B2"),
]
_DUTIES = ["遵守电信管理的法律法规", "按照许可的业务种类和范围经营", "落实网络与信息安全责任",
           "保护用户个人信息", "按时参加年报", "变更事项及时报告", "建立投诉处理制度", "配合监督检查",
           "留存用户日志", "规范码号资源使用", "提前申请续办", "在显著位置标明许可证编号"]


def fictional_license(rng: random.Random, serial: int) -> License:
    prefix = rng.choice([None, *list(PROVINCES)[:31]])
    chosen = rng.sample(_SERVICES, rng.choice([1, 1, 1, 2, 2, 3]))
    classes = sorted({c for _, c in chosen})
    year = rng.randint(2005, 2024)
    number = f"{prefix or ''}{'.'.join(classes)}-{year}{serial:04d}" if serial < 10000 else \
        f"{prefix or ''}{'.'.join(classes)}-{year}{serial % 10000:04d}-{serial // 10000}"
    city = rng.choice(_CITIES)
    name = rng.choice(_WORDS) + rng.choice(_WORDS)
    company = f"{city}{name}{rng.choice(_TRADES)}有限公司"
    issue = dt.date(max(year, 2015), 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
    expiry = issue + dt.timedelta(days=rng.choice([1826, 1826, 1826, 900, 400]))
    sites = []
    for i in range(rng.randint(0, 3)):
        stem = f"{_pinyinish(rng)}{serial}{i}"
        sites.append(Website(f"{name}{['网', '在线', '云', '商城'][i % 4]}",
                             [f"{stem}.example.cn", f"www.{stem}.example.com"][: rng.randint(1, 2)],
                             city, f"{rng.choice(_WORDS)}数据中心有限公司"))
    clauses = [
        Clause(n, f"{to_chinese(n)}、", f"你公司应当{duty}，{rng.choice(_WORDS)}条款示例。",
               children=[Clause(k, f"（{to_chinese(k)}）", f"{duty}的第{k}项具体要求。") for k in range(1, rng.randint(1, 4))])
        for n, duty in enumerate(rng.sample(_DUTIES, 10), 1)
    ]
    return License(
        number=number, company=company,
        legal_representative=rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(["", *_GIVEN]),
        title="中华人民共和国增值电信业务经营许可证",
        services=[Service(n, rng.choice(["全国", city, f"{city}、{rng.choice(_CITIES)}"])) for n, _ in chosen],
        issue_date=issue, expiry_date=expiry, annex=sites, clauses=clauses,
        inspections=[Inspection(y, "合格", kind="annual_report", date=dt.date(y + 1, 3, 15))
                     for y in range(issue.year, min(expiry.year, 2025))][:3],
        events=[Event("renewal_applied", expiry - dt.timedelta(days=100))] if rng.random() < 0.1 else [],
    )


def _pinyinish(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnpqrstwxyz") + rng.choice("aeiou") for _ in range(3))


def generate(rng: random.Random, count: int) -> Iterator[License]:
    for serial in range(count):
        yield fictional_license(rng, serial)


def write(path: Path, count: int, seed: int, batch: int = 2000) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    with Store.open(path) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # a throwaway benchmark file: speed over durability
        licenses = generate(rng, count)
        done = 0
        while done < count:
            chunk = [lic for _, lic in zip(range(batch), licenses)]
            done += store.save_many(chunk)
            print(f"\r{done}/{count}", end="", file=sys.stderr, flush=True)
    print(f"\nwrote {count} licenses in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def measure(path: Path, repeat: int = 15) -> None:
    today = dt.date(2025, 6, 1)
    with Store.open(path) as store:
        cases: list[tuple[str, Callable[[], object]]] = [
            ("count()", lambda: store.count(today=today)),
            ("status_counts()", lambda: store.status_counts(today=today)),
            ("summaries(limit=100) by number", lambda: store.summaries(today=today, limit=100)),
            ("summaries(limit=100, offset=half)", lambda: store.summaries(today=today, limit=100, offset=store.count() // 2)),
            ("summaries(descending, limit=100, offset=half)",
             lambda: store.summaries(today=today, descending=True, limit=100, offset=store.count() // 2)),
            ("summaries(order_by=company, limit=100, offset=half)",
             lambda: store.summaries(today=today, order_by="company", limit=100, offset=store.count() // 2)),
            ("summaries(order_by=company, limit=100)", lambda: store.summaries(today=today, order_by="company", limit=100)),
            ("summaries(order_by=status, limit=100)", lambda: store.summaries(today=today, order_by="status", limit=100)),
            ("summaries(status=expiring, limit=100)", lambda: store.summaries(status="expiring", today=today, limit=100)),
            ("count(status=expiring)", lambda: store.count(status="expiring", today=today)),
        ]
        for query in ("星河云帆", "example.cn", "B2-2019", "蓝海网络科技", "年报", "zzzqqq"):
            cases.append((f"summaries(search={query!r}, limit=100)",
                          lambda q=query: store.summaries(search=q, today=today, limit=100)))
            cases.append((f"count(search={query!r})", lambda q=query: store.count(search=q, today=today)))
        for query in ("星", "王伟"):
            cases.append((f"summaries(search={query!r}, limit=100) [LIKE]",
                          lambda q=query: store.summaries(search=q, today=today, limit=100)))
        number = store.summaries(limit=1, offset=store.count() // 2)[0].number
        cases.append(("load(one number)", lambda: store.load(number)))
        cases.append(("licenses(): the first 1000 whole licenses",
                      lambda: sum(1 for _ in itertools.islice(store.licenses(), 1000))))
        print(f"{store.count():,} licenses in {path} ({path.stat().st_size / 1e6:.0f} MB)")
        for label, action in cases:
            print(f"{_median_ms(action, repeat):8.2f} ms  {label}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("-n", "--count", type=int, default=0, help="licenses to write (0: write none)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--measure", action="store_true", help="time the library queries (median of 15)")
    args = parser.parse_args()
    if args.count:
        write(args.db, args.count, args.seed)
    if args.measure:
        measure(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
