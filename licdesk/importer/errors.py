"""The importer's one documented error."""


class NotALicenseError(ValueError):
    """The input cannot be read as a license text; the message is one line, Chinese then English."""

    def __init__(self, message_zh: str, message_en: str) -> None:
        super().__init__(f"{message_zh} ({message_en})")
        self.message_zh = message_zh
        self.message_en = message_en
