"""What a PDF page shows, read back with pdfium: the box of each text, image and drawing, to check
that nothing overlaps anything else and everything stays inside the page's frame."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

KINDS = {raw.FPDF_PAGEOBJ_TEXT: "text", raw.FPDF_PAGEOBJ_IMAGE: "image", raw.FPDF_PAGEOBJ_PATH: "path"}
SLACK = 0.6  # points: ink that touches is not ink that overlaps


@dataclass(frozen=True)
class Box:
    kind: str
    left: float
    bottom: float
    right: float
    top: float
    text: str = ""

    def overlaps(self, other: Box) -> bool:
        return (min(self.right, other.right) - max(self.left, other.left) > SLACK
                and min(self.top, other.top) - max(self.bottom, other.bottom) > SLACK)

    def inside(self, left: float, bottom: float, right: float, top: float) -> bool:
        return self.left >= left and self.bottom >= bottom and self.right <= right and self.top <= top

    def contains(self, other: Box) -> bool:
        return other.inside(self.left - SLACK, self.bottom - SLACK, self.right + SLACK, self.top + SLACK)


def page_boxes(pdf: bytes) -> list[list[Box]]:
    """Each page's boxes; a text's box is its ink, with the text it holds."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        boxes = []
        for obj in page.get_objects(max_depth=2):
            kind = KINDS.get(obj.type)
            if kind is None:
                continue
            left, bottom, right, top = obj.get_bounds()
            words = textpage.get_text_bounded(left, bottom, right, top) if kind == "text" else ""
            boxes.append(Box(kind, left, bottom, right, top, words))
        pages.append(boxes)
    return pages


def collisions(boxes: list[Box], ignore: list[Box] = ()) -> list[tuple[Box, Box]]:
    """Pairs of boxes that overlap, but for a drawing that holds another (the QR code's modules on
    its white square) and the boxes to ignore (the frame)."""
    shown = [b for b in boxes if b not in ignore]
    found = []
    for i, first in enumerate(shown):
        for second in shown[i + 1:]:
            if first.overlaps(second) and not _nested_drawing(first, second):
                found.append((first, second))
    return found


def _nested_drawing(first: Box, second: Box) -> bool:
    return first.kind == second.kind == "path" and (first.contains(second) or second.contains(first))
