"""User text → safe Paragraph markup.

Everything a user typed goes through `Markup` before it meets reportlab: `&`, `<` and `>` are
escaped so that a company called `A&B<公司>` prints literally, and every character is checked
against the fonts' character maps, so a rare character is drawn by the fallback face or, when no
face has it, replaced by a visible box and reported — never dropped silently.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from licdesk.pdf import fonts

# Printed in place of a character no bundled face can draw.
MISSING_MARK = "□"

# Invisible joiners and emoji presentation selectors: nothing to draw, nothing lost.
_INVISIBLE = {"\u200d", "\ufe0e", "\ufe0f"}


class Markup:
    """Turns plain text into Paragraph markup, remembering the characters that could not be drawn."""

    def __init__(self) -> None:
        self._missing: dict[str, None] = {}  # insertion-ordered set
        self._main = fonts.main_chars()
        self._fallback: dict[int, int] | None = None  # loaded when first needed

    def _fallback_has(self, char: str) -> bool:
        if self._fallback is None:
            self._fallback = fonts.fallback_chars()
        return ord(char) in self._fallback

    @property
    def missing(self) -> list[str]:
        return list(self._missing)

    def warnings(self) -> list[str]:
        return [
            f"字符「{c}」(U+{ord(c):04X}) 在内置字体中没有字形，已印为 {MISSING_MARK} "
            f"(no glyph for U+{ord(c):04X})"
            for c in self._missing
        ]

    def __call__(self, text: str | None) -> str:
        """Markup for `text`; None prints as nothing.  Line breaks in the text are kept."""
        if not text:
            return ""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return "<br/>".join(self._line(line) for line in lines)

    def _line(self, line: str) -> str:
        out: list[str] = []
        fallback_run: list[str] = []

        def close_fallback() -> None:
            if fallback_run:
                run = escape("".join(fallback_run))
                out.append(f'<font name="{fonts.fallback_font()}">{run}</font>')
                fallback_run.clear()

        for char in line:
            if char == "\t":
                char = " "
            if ord(char) in self._main or char == " ":
                close_fallback()
                out.append(escape(char))
            elif char in _INVISIBLE:
                continue
            elif self._fallback_has(char):
                fallback_run.append(char)
            else:
                close_fallback()
                self._missing.setdefault(char, None)
                out.append(MISSING_MARK)
        close_fallback()
        return "".join(out)
