"""The places a coverage names: provinces and regions, with a city or district now and then.

A coverage list is often wrapped in the middle of a name (…、安 / 徽、福建…, 四 / 川): the halves are
recognised as the start and the end of one place, so the list is joined again where it was cut.
"""

from __future__ import annotations

import re

REGIONS = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
    "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
)
_SUFFIX = re.compile(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")
_CITY = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:市|州|盟|地区|区|县)$")
_LIST_SEPARATORS = re.compile(r"[、,，;；]")
# Cities the ministry names in IDC coverage (机房所在地为北京、广州、深圳…) without a 市.
_CITIES = ("广州", "深圳", "成都", "杭州", "南京", "苏州", "武汉", "西安", "贵阳", "厦门", "青岛", "大连", "宁波",
           "长沙", "郑州", "济南", "沈阳", "合肥", "福州", "南昌", "昆明", "南宁", "石家庄", "太原", "呼和浩特",
           "哈尔滨", "长春", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "海口", "东莞", "佛山", "无锡", "中卫", "乌兰察布")
_PLACES = REGIONS + _CITIES


def is_place(item: str) -> bool:
    bare = _SUFFIX.sub("", item.strip())
    return bare in _PLACES or any(bare.startswith(p) for p in REGIONS) or bool(_CITY.match(item.strip()))


def is_partial_place(item: str) -> bool:
    """The first half of a place cut by a line break: 安 (安徽), 黑龙 (黑龙江), 内蒙 (内蒙古)."""
    item = item.strip()
    return bool(item) and not is_place(item) and any(p.startswith(item) and p != item for p in _PLACES)


def items(text: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATORS.split(text)]


def is_region_list(coverage: str) -> bool:
    """全国, 机房所在地为…, or a list of places."""
    text = coverage.strip().rstrip("。.；;")
    if text.startswith(("全国", "机房所在地", "中华人民共和国境内")):
        return True
    parts = [part for part in items(text) if part]
    return bool(parts) and all(is_place(part) for part in parts)


def ends_open(coverage: str) -> bool:
    """The list goes on on the next line: it ends with a separator or with half a place's name."""
    text = coverage.rstrip()
    if text.endswith(("、", "，", ",")):
        return True
    return is_partial_place(items(text)[-1]) if text else False


def continues_list(coverage: str, text: str) -> bool:
    """`text` is a piece of a place list that carries on `coverage` (None: a list of its own)."""
    parts = items(text.strip().rstrip("。.；;"))
    if parts and not parts[-1]:
        parts = parts[:-1]
    if not parts:
        return False
    first_ok = is_place(parts[0]) or (bool(coverage) and is_partial_place(items(coverage)[-1])
                                      and is_place(items(coverage)[-1] + parts[0]))
    if len(parts) == 1:
        return first_ok or is_partial_place(parts[0])
    return first_ok and all(is_place(p) for p in parts[1:-1]) and (is_place(parts[-1]) or is_partial_place(parts[-1]))
