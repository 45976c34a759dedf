"""OpenDocument .odt: paragraphs, headings, lists and tables of content.xml."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.extracted import Extracted
from qualcode.io.transcripts.paragraphs import Paragraph, join_paragraphs, limit_paragraphs
from qualcode.io.transcripts.xml_safety import parse_xml
from qualcode.io.transcripts.zip_safety import open_zip, read_member

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_PARAGRAPHS = {TEXT + "p", TEXT + "h"}
_CONTAINERS = {
    TEXT + "list", TEXT + "list-item", TEXT + "list-header", TEXT + "section",
    TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group",
}
# Footnote bodies, comments and deleted text are not part of the reading text.
_SKIP_INLINE = {TEXT + "note", OFFICE + "annotation", TEXT + "tracked-changes", TEXT + "ruby-text"}
_WHITESPACE = re.compile(r"[ \t\r\n]+")
# <text:s text:c="N"/> is N spaces. Real documents use a few dozen at most;
# 423 bytes asking for 1.5 billion took 3-4.7 GB before this cap.
MAX_REPEAT = 10_000


def _bold_styles(root: etree._Element) -> set[str]:
    names = {"Strong_20_Emphasis"}
    for style in root.iter(STYLE + "style"):
        props = style.find(STYLE + "text-properties")
        if props is not None and props.get(FO + "font-weight") in {"bold", "700", "800", "900"}:
            names.add(style.get(STYLE + "name", ""))
    return names


class _Budget:
    """How much text the document may still give, and a check of repeat counts."""

    def __init__(self, name: str, max_chars: int) -> None:
        self.name = name
        self.left = max_chars
        self.max_chars = max_chars

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise InputFileError(
                self.name, f"The text would be longer than the limit of {self.max_chars:,} characters."
            )

    def repeat(self, value: str | None) -> int:
        """The space count of a ``<text:s>``: a whole number from 0 to :data:`MAX_REPEAT`."""
        if value is None or not value.strip():
            return 1
        try:
            count = int(value)
        except ValueError:
            raise InputFileError(
                self.name, f"A space count in 'content.xml' is not a number: text:c={value!r}."
            ) from None
        if not 0 <= count <= MAX_REPEAT:
            raise InputFileError(
                self.name,
                f"A space in 'content.xml' asks to repeat {count:,} times (text:c); "
                f"the limit is {MAX_REPEAT:,}. Refusing a damaged or hostile file.",
            )
        return count


class _Inline:
    """Collect a paragraph's text, tracking how much of its start is bold."""

    def __init__(self, bold_styles: set[str], budget: _Budget) -> None:
        self.bold_styles = bold_styles
        self.budget = budget
        self.pieces: list[str] = []
        self.length = 0
        self.bold_prefix = 0
        self.in_prefix = True

    def add(self, piece: str, bold: bool) -> None:
        if not piece:
            return
        self.budget.spend(len(piece))
        if self.in_prefix:
            if bold:
                self.bold_prefix = self.length + len(piece)
            elif piece.strip():
                self.in_prefix = False
        self.pieces.append(piece)
        self.length += len(piece)

    def walk(self, element: etree._Element, bold: bool) -> None:
        if element.text:
            self.add(_WHITESPACE.sub(" ", element.text), bold)
        for child in element:
            tag = child.tag
            if tag == TEXT + "s":
                self.add(" " * self.budget.repeat(child.get(TEXT + "c")), bold)
            elif tag == TEXT + "tab":
                self.add("\t", bold)
            elif tag == TEXT + "line-break":
                self.add("\n", bold)
            elif tag not in _SKIP_INLINE and isinstance(tag, str):
                style = child.get(TEXT + "style-name")
                self.walk(child, bold or (style is not None and style in self.bold_styles))
            if child.tail:
                self.add(_WHITESPACE.sub(" ", child.tail), bold)


def _blocks(container: etree._Element, bold_styles: set[str], budget: _Budget) -> Iterator[Paragraph]:
    for child in container:
        tag = child.tag
        if tag in _PARAGRAPHS:
            inline = _Inline(bold_styles, budget)
            inline.walk(child, child.get(TEXT + "style-name") in bold_styles)
            yield Paragraph("".join(inline.pieces), inline.bold_prefix)
        elif tag in _CONTAINERS:
            yield from _blocks(child, bold_styles, budget)
        elif tag == TABLE + "table":
            yield from _table(child, bold_styles, budget)


def _table(table: etree._Element, bold_styles: set[str], budget: _Budget) -> Iterator[Paragraph]:
    for row in table.iter(TABLE + "table-row"):
        if row.getparent() is not table and row.getparent().getparent() is not table:
            continue  # rows of nested tables come through their cell
        cells = [list(_blocks(cell, bold_styles, budget)) for cell in row.findall(TABLE + "table-cell")]
        texts = ["\n".join(p.text for p in cell) for cell in cells]
        if not any(t.strip() for t in texts):
            continue
        first = cells[0][0] if cells and cells[0] else Paragraph("")
        bold = first.bold_prefix if first.bold_prefix == len(texts[0]) else 0
        yield Paragraph("\t".join(texts), bold)


def read_odt(data: bytes, name: str, max_bytes: int) -> Extracted:
    """Extract the text of an .odt (body paragraphs, lists and tables).

    At most ``max_bytes`` characters of text, and at most :data:`MAX_REPEAT`
    spaces from one ``<text:s text:c="N"/>``: beyond either it is refused.
    """
    archive = open_zip(data, name, "OpenDocument (.odt)")
    root = parse_xml(read_member(archive, "content.xml", name, max_bytes), name, "content.xml", max_bytes)
    body = root.find(OFFICE + "body/" + OFFICE + "text")
    if body is None:
        raise InputFileError(name, "The file has no text body; is it an OpenDocument text (.odt)?")
    budget = _Budget(name, max_bytes)
    text, bold = join_paragraphs(limit_paragraphs(_blocks(body, _bold_styles(root), budget), name, max_bytes))
    return Extracted(text=text, bold_prefixes=tuple(bold))
