"""The user guide as licdesk shows it (Help → User guide): docs/guide.md, shipped with the program.

The guide holds a Chinese part (## 中文) and an English one (## English); the window shows the part in the
interface's language, headings one level up, without the screenshots (they stay in the documentation
folder, which an installed licdesk does not carry).  No Qt.
"""

from __future__ import annotations

import re

from licdesk.paths import document_path

GUIDE_FILE = "guide.md"
ENGLISH_GUIDE_FILE = "guide.en.md"  # an English guide of its own, when there is one
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")  # screenshots stay in the documentation folder
_PART = re.compile(r"^## +(中文|English)\s*$", re.MULTILINE)


def guide_part(markdown: str, language: str) -> str:
    """The guide's part in `language` ("zh" or "en"), with its headings one level up and without images.

    A guide without an English part is shown whole in English too, under a line that says so.
    """
    parts: dict[str, str] = {}
    found = list(_PART.finditer(markdown))
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(markdown)
        parts["zh" if match.group(1) == "中文" else "en"] = markdown[match.end():end]
    wanted = "en" if language == "en" else "zh"
    if wanted in parts:
        title = "# licdesk user guide" if wanted == "en" else "# licdesk 使用说明"
        body = title + "\n" + parts[wanted]
    else:
        body = markdown
        if wanted == "en":
            body = "*The guide is in Chinese.*\n\n" + body
    lines = []
    for line in body.splitlines():
        if _IMAGE.match(line) or line.strip() == "---":
            continue
        lines.append(line[1:] if line.startswith("###") else line)
    return "\n".join(lines).strip() + "\n"


def guide_markdown(language: str) -> str | None:
    """The guide to show, or None when licdesk was installed without it."""
    if language == "en":
        english = document_path(ENGLISH_GUIDE_FILE)
        if english is not None:
            return guide_part(english.read_text(encoding="utf-8"), "en")
    path = document_path(GUIDE_FILE)
    if path is None:
        return None
    return guide_part(path.read_text(encoding="utf-8"), language)
