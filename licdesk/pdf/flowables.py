"""Small drawing pieces the paper original has and platypus does not: a heavy title, a stamp area."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from licdesk.pdf import fonts
from licdesk.pdf.styles import INK


class HeavyTitle(Flowable):
    """Centred title lines drawn heavier than the face's single weight (fill plus a thin stroke).

    Only licdesk's own fixed wording goes here, never user text: every character is in the main face.
    `lines` are (text, font size, letter spacing); a line too wide for the frame is scaled down.
    """

    def __init__(self, lines: list[tuple[str, float, float]], gap: float = 8) -> None:
        super().__init__()
        self.lines = lines
        self.gap = gap
        self._width = 0.0

    def _fitted(self, text: str, size: float, spacing: float) -> tuple[float, float]:
        font = fonts.main_font()
        natural = stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)
        if natural <= self._width or natural == 0:
            return size, spacing
        scale = self._width / natural
        return size * scale, spacing * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        height = sum(self._fitted(*line)[0] * 1.25 for line in self.lines)
        return availWidth, height + self.gap * max(len(self.lines) - 1, 0)

    def draw(self) -> None:
        canvas = self.canv
        font = fonts.main_font()
        _, height = self.wrap(self._width, 0)
        y = height
        canvas.saveState()
        canvas.setFillColorRGB(*INK)
        canvas.setStrokeColorRGB(*INK)
        for text, size, spacing in self.lines:
            size, spacing = self._fitted(text, size, spacing)
            y -= size * 1.05
            width = stringWidth(text, font, size) + spacing * max(len(text) - 1, 0)
            obj = canvas.beginText((self._width - width) / 2, y)
            obj.setFont(font, size)
            obj.setCharSpace(spacing)
            obj.setTextRenderMode(2)  # fill and stroke: a heavier stroke like the printed original
            canvas.setLineWidth(size * 0.025)
            obj.textOut(text)
            canvas.drawText(obj)
            y -= size * 0.2 + self.gap
        canvas.restoreState()


class StampArea(Flowable):
    """A faint dotted circle where the issuing authority's seal sits on the original."""

    def __init__(self, diameter: float, caption: str = "（印章处）") -> None:
        super().__init__()
        self.diameter = diameter
        self.caption = caption

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        canvas = self.canv
        radius = self.diameter / 2
        canvas.saveState()
        canvas.setStrokeColorRGB(0.72, 0.72, 0.72)
        canvas.setFillColorRGB(0.62, 0.62, 0.62)
        canvas.setLineWidth(0.8)
        canvas.setDash(2, 3)
        canvas.circle(radius, radius, radius - 1, stroke=1, fill=0)
        canvas.setFont(fonts.main_font(), 8)
        canvas.drawCentredString(radius, radius - 3, self.caption)
        canvas.restoreState()
