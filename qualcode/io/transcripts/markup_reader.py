"""HTML transcripts: visible text, one line per block, bold openings kept.

Uses the standard library's HTMLParser: it never fetches anything and has
no entity expansion beyond the fixed HTML5 table.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.encoding import decode_text
from qualcode.io.transcripts.extracted import Extracted
from qualcode.io.transcripts.paragraphs import BYTES_PER_PARAGRAPH, Paragraph, join_paragraphs

_BLOCKS = {
    "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "header", "footer", "dt", "dd", "pre", "table", "ul", "ol",
}
_CELLS = {"td", "th"}
_HIDDEN = {"script", "style", "head", "template", "noscript"}
_BOLD = {"b", "strong"}
_SPACE = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


class _TextParser(HTMLParser):
    def __init__(self, name: str, max_paragraphs: int) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.max_paragraphs = max_paragraphs
        self.paragraphs: list[Paragraph] = []
        self.pieces: list[str] = []
        self.length = 0
        self.bold_prefix = 0
        self.in_prefix = True
        self.hidden = 0
        self.bold = 0
        self.pre = 0
        self.cell_started = False

    def flush(self) -> None:
        text = "".join(self.pieces).strip(" ")
        if text.strip():
            lead = len("".join(self.pieces)) - len("".join(self.pieces).lstrip(" "))
            self.paragraphs.append(Paragraph(text, max(0, self.bold_prefix - lead)))
            if len(self.paragraphs) > self.max_paragraphs:
                raise InputFileError(self.name, f"The file has more than {self.max_paragraphs:,} paragraphs (the limit).")
        self.pieces, self.length, self.bold_prefix, self.in_prefix = [], 0, 0, True
        self.cell_started = False

    def add(self, piece: str) -> None:
        if not piece:
            return
        if self.in_prefix:
            if self.bold:
                self.bold_prefix = self.length + len(piece)
            elif piece.strip():
                self.in_prefix = False
        self.pieces.append(piece)
        self.length += len(piece)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.flush()
            self.pre += tag == "pre"
        elif tag in _CELLS:
            if self.cell_started:
                self.add("\t")
            self.cell_started = True
        elif tag == "br":
            self.add("\n")
        elif tag in _BOLD:
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.flush()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag in _BOLD:
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.add(data if self.pre else _SPACE.sub(" ", data))


def read_html(data: bytes, name: str, encoding: str | None = None, max_bytes: int = 64 * 1024 * 1024) -> Extracted:
    """Extract the visible text of an HTML file (at most ``max_bytes // 64`` paragraphs).

    HTMLParser keeps no element stack, so deep nesting costs nothing.
    """
    if encoding is None:
        declared = _CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii")
    text, used = decode_text(data, name, encoding)
    parser = _TextParser(name, max(1, max_bytes // BYTES_PER_PARAGRAPH))
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:
        raise InputFileError(name, f"The HTML could not be read ({exc}).") from None
    parser.flush()
    joined, bold = join_paragraphs(parser.paragraphs)
    return Extracted(text=joined, encoding=used, bold_prefixes=tuple(bold))
