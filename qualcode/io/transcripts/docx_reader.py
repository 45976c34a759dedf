"""Word .docx: paragraphs and tables of word/document.xml in reading order.

We read the XML with lxml rather than python-docx: it is several times
faster on the import benchmark (see benchmarks/parse_bench.py) and lets us
see bold runs and nested tables directly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from lxml import etree

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.extracted import Extracted
from qualcode.io.transcripts.paragraphs import (
    Paragraph,
    join_paragraphs,
    limit_paragraphs,
    paragraph_limit,
    too_many_paragraphs,
)
from qualcode.io.transcripts.xml_safety import parse_xml
from qualcode.io.transcripts.zip_safety import open_zip, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC = W + "p", W + "tbl", W + "tr", W + "tc"
_T, _TAB, _BR, _CR = W + "t", W + "tab", W + "br", W + "cr"
_SDT, _SDT_CONTENT, _CUSTOM = W + "sdt", W + "sdtContent", W + "customXml"
_NO_BREAK_HYPHEN = W + "noBreakHyphen"
_TEXT_TAGS = (_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN)
# Text boxes and drawing fallbacks would repeat text out of reading order.
_SKIP = {W + "txbxContent", _MC + "Fallback", W + "pict", W + "drawing", W + "object"}


_BOLD_RUNS = etree.XPath(
    "//w:r[w:rPr/w:b[not(@w:val) or not(@w:val='0' or @w:val='false' or @w:val='off')]"
    " or w:rPr[not(w:b)]/w:rStyle[@w:val='Strong' or @w:val='strong' or @w:val='Bold']]",
    namespaces={"w": W[1:-1]},
)


def _walk_items(paragraph: etree._Element) -> Iterator[etree._Element]:
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in _TEXT_TAGS:
            yield child
        elif child.tag not in _SKIP:
            stack.append(iter(child))


@dataclass(frozen=True)
class _Context:
    simple: bool
    bold_runs: set[etree._Element]


_PIECES = {_TAB: "\t", _NO_BREAK_HYPHEN: "\u2011", _BR: "\n", _CR: "\n"}


def _paragraph(element: etree._Element, ctx: _Context) -> Paragraph:
    pieces: list[str] = []
    bold_prefix = 0
    in_prefix = bool(ctx.bold_runs)
    length = 0
    for item in element.iter(*_TEXT_TAGS) if ctx.simple else _walk_items(element):
        tag = item.tag
        piece = (item.text or "") if tag == _T else _PIECES[tag]
        if in_prefix and piece:
            if item.getparent() in ctx.bold_runs:
                bold_prefix = length + len(piece)
            elif piece.strip():
                in_prefix = False
        pieces.append(piece)
        length += len(piece)
    return Paragraph("".join(pieces), bold_prefix)


def _cell_text(cell: etree._Element, ctx: _Context) -> Paragraph:
    inner = list(_blocks(cell, ctx))
    text = "\n".join(p.text for p in inner)
    bold = inner[0].bold_prefix if inner else 0
    return Paragraph(text, bold)


def _blocks(container: etree._Element, ctx: _Context) -> Iterator[Paragraph]:
    for child in container:
        tag = child.tag
        if tag == _P:
            yield _paragraph(child, ctx)
        elif tag == _TBL:
            for row in child.iter(_TR):
                if row.getparent() is not child:
                    continue  # rows of nested tables come through their cell
                cells = [_cell_text(cell, ctx) for cell in row.findall(_TC)]
                if not any(c.text.strip() for c in cells):
                    continue
                # One line per row, cells split by tabs, so a
                # "Speaker | utterance" table reads as "Speaker<TAB>utterance".
                first = cells[0]
                bold = first.bold_prefix if first.bold_prefix == len(first.text) else 0
                yield Paragraph("\t".join(c.text for c in cells), bold)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content, ctx)
        elif tag == _CUSTOM:
            yield from _blocks(child, ctx)


_SECT_PR = W + "sectPr"
_FLAT_BODY = {_P, _SECT_PR}


def _flat_paragraphs(body: etree._Element, bold_runs: set[etree._Element]) -> Iterator[Paragraph]:
    """The paragraphs of a body that holds nothing but paragraphs (what most transcripts are),
    in ONE pass over the tree instead of one walk per paragraph: the same text and bold prefixes as
    :func:`_paragraph` in simple mode, at a third of the cost (the import benchmark reads 500 such files)."""
    pieces: list[str] = []
    started = False
    bold_prefix = length = 0
    in_prefix = False
    for item in body.iter(_P, *_TEXT_TAGS):
        tag = item.tag
        if tag == _P:
            if started:
                yield Paragraph("".join(pieces), bold_prefix)
            started = True
            pieces = []
            bold_prefix = length = 0
            in_prefix = bool(bold_runs)
            continue
        piece = (item.text or "") if tag == _T else _PIECES[tag]
        if in_prefix and piece:
            if item.getparent() in bold_runs:
                bold_prefix = length + len(piece)
            elif piece.strip():
                in_prefix = False
        pieces.append(piece)
        length += len(piece)
    if started:
        yield Paragraph("".join(pieces), bold_prefix)


_R, _RPR, _B, _RSTYLE, _VAL = W + "r", W + "rPr", W + "b", W + "rStyle", W + "val"
_NOT_BOLD = frozenset({"0", "false", "off"})
_STRONG_STYLES = frozenset({"Strong", "strong", "Bold"})


def _is_bold_run(run: etree._Element | None) -> bool:
    """What :data:`_BOLD_RUNS` selects, for one element: a ``w:r`` whose ``w:rPr`` has a ``w:b``
    that is not switched off, or whose ``w:rPr`` without any ``w:b`` names a strong style."""
    if run is None or run.tag != _R:
        return False
    for props in run:
        if props.tag != _RPR:
            continue
        bolds = [b for b in props if b.tag == _B]
        if any(b.get(_VAL) not in _NOT_BOLD for b in bolds):  # no w:val at all is None: bold
            return True
        if not bolds and any(c.tag == _RSTYLE and c.get(_VAL) in _STRONG_STYLES for c in props):
            return True
    return False


def _bold_prefix(paragraph: etree._Element, bold: dict[etree._Element, bool]) -> int:
    """The bold opening of one paragraph, as :func:`_flat_paragraphs` measures it with a document
    that has bold runs (``bold`` caches each run's answer)."""
    bold_prefix = length = 0
    for item in paragraph.iter(*_TEXT_TAGS):
        tag = item.tag
        piece = (item.text or "") if tag == _T else _PIECES[tag]
        if piece:
            run = item.getparent()
            is_bold = bold.get(run)
            if is_bold is None:
                is_bold = bold[run] = _is_bold_run(run)
            if is_bold:
                bold_prefix = length + len(piece)
            elif piece.strip():
                return bold_prefix
        length += len(piece)
    return bold_prefix


def _flat_texts(body: etree._Element, name: str, max_bytes: int) -> list[str]:
    """The paragraph texts :func:`_flat_paragraphs` gives, without bold openings (and so without
    their bookkeeping), refusing the file past the paragraph limit as ``limit_paragraphs`` does."""
    limit = paragraph_limit(max_bytes)
    texts: list[str] = []
    pieces: list[str] = []
    started = False
    for item in body.iter(_P, *_TEXT_TAGS):
        tag = item.tag
        if tag == _P:
            if started:
                texts.append("".join(pieces))
                if len(texts) > limit:
                    raise too_many_paragraphs(name, limit)
            started = True
            pieces = []
        elif tag == _T:
            pieces.append(item.text or "")
        else:
            pieces.append(_PIECES[tag])
    if started:
        texts.append("".join(pieces))
        if len(texts) > limit:
            raise too_many_paragraphs(name, limit)
    return texts


def _bold_on_demand(elements: list[etree._Element],
                    texts: list[str]) -> Callable[[set[int]], list[tuple[int, int]]]:
    """Bold openings of a flat body's paragraphs, found only for the lines asked about.

    Finding every bold run (an XPath over the whole tree) and testing the first pieces of every
    paragraph cost a third of reading a typical transcript, and turn detection needs them only
    for lines that no label pattern recognised. Valid where ``elements`` (the body's ``w:p``
    children) are the paragraphs of ``texts`` one for one and the text is their LF-join unchanged.
    """
    # paragraph k starts after the k texts before it and their newlines (C-level maps, ~170k paragraphs)
    starts = accumulate(map((1).__add__, map(len, texts)), initial=0)
    index = dict(zip(starts, range(len(texts))))
    bold: dict[etree._Element, bool] = {}

    def bold_at(exclude: set[int]) -> list[tuple[int, int]]:
        out = []
        for start in sorted(index.keys() - exclude):
            length = _bold_prefix(elements[index[start]], bold)
            if length:
                out.append((start, length))
        return out

    return bold_at


def _one_paragraph_per_p(body: etree._Element, elements: list[etree._Element]) -> bool:
    """Each ``w:p`` child of a flat body (``elements``) is exactly one paragraph: no ``w:p`` nested in
    another, and no text outside the paragraphs (in ``w:sectPr``), whose pieces would join the one before."""
    if len(list(body.iter(_P))) != len(elements):
        return False
    return not any(True for child in body if child.tag != _P for _ in child.iter(*_TEXT_TAGS))


def read_docx(data: bytes, name: str, max_bytes: int) -> Extracted:
    """Extract the text of a .docx (body paragraphs and tables)."""
    archive = open_zip(data, name, "Word (.docx)")
    payload = read_member(archive, "word/document.xml", name, max_bytes)
    simple = b"txbxContent" not in payload and b"Fallback" not in payload
    root = parse_xml(payload, name, "word/document.xml", max_bytes)
    body = root.find(W + "body")
    if body is None:
        raise InputFileError(name, "The Word document has no body.")
    flat = simple and all(child.tag in _FLAT_BODY for child in body)
    if flat:
        # Most transcripts: the text first, bold openings only where turn detection asks for them.
        texts = _flat_texts(body, name, max_bytes)
        text = "\n".join(texts)
        if "\r" not in text and unicodedata.is_normalized("NFC", text):  # else each paragraph is normalised
            elements = body.findall(_P)
            if _one_paragraph_per_p(body, elements):
                return Extracted(text=text, bold_at=_bold_on_demand(elements, texts))
    bold_runs = set(_BOLD_RUNS(root))
    if flat:
        paragraphs = _flat_paragraphs(body, bold_runs)
    else:
        paragraphs = _blocks(body, _Context(simple, bold_runs))
    text, bold = join_paragraphs(limit_paragraphs(paragraphs, name, max_bytes))
    return Extracted(text=text, bold_prefixes=tuple(bold))
