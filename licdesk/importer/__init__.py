"""License text → License.  No Qt, no SQL.

    read_license(data: bytes | str, source: str | None = None) -> License
        License.warnings lists every line the reader could not place and every oddity it met.
    NotALicenseError: the input is not a license text (binary data, an unrelated notice, empty,
        too large, undecodable); its str() is one clear line in Chinese with English after it.
"""

from licdesk.importer.errors import NotALicenseError  # noqa: F401
from licdesk.importer.reader import read_license  # noqa: F401
