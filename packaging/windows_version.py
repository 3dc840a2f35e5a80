"""Windows version information for the bundled licdesk.exe, written from licdesk.__version__.

PyInstaller reads this text (a VSVersionInfo expression) when it builds on Windows; elsewhere it is
ignored, but it is generated everywhere so that a mistake in it shows up in every build and test.
"""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "licdesk"
DESCRIPTION = "licdesk 增值电信业务经营许可证管理台"
COMPANY = "licdesk"
COPYRIGHT = "MIT License"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); a suffix such as 'rc1' or '.dev2' is dropped (Windows wants four numbers)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"not a version number: {version!r}")
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info_text(version: str, exe_name: str = "licdesk.exe") -> str:
    parts = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": PRODUCT,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0804 = Chinese (PRC), code page 1200 = Unicode; 0x0409 English listed too for English Windows.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={parts}, prodvers={parts}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
        StringTable('080404B0', [
            {string_structs}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str, exe_name: str = "licdesk.exe") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(version, exe_name), encoding="utf-8")
    return path
