"""Generate hostile and awkward input files: transcripts and surveys a user might be sent.

Each ``make_*`` function writes one file into ``folder`` and returns its path; :data:`HOSTILE`
maps each file name to its maker and what QualCode must do with it. To write them all::

    python tests/hostile/make_hostile_files.py /tmp/hostile
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>'
)
XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
# Transcript text in Russian and Chinese, for the encoding files.
RUSSIAN = (
    "Интервьюер: Расскажите, пожалуйста, о вашей работе в школе.\n"
    "Участник: Я работаю учителем математики уже двенадцать лет. Мне нравится объяснять "
    "детям, почему задачи решаются именно так, а не иначе.\n"
    "Интервьюер: Что было самым трудным в прошлом году?\n"
    "Участник: Дистанционное обучение. Многие ученики не могли подключиться к уроку, "
    "и приходилось звонить родителям каждый день.\n"
)
CHINESE = (
    "采访者：请您谈谈在学校的工作。\n"
    "参与者：我当数学老师已经十二年了。我喜欢给孩子们解释为什么题目要这样解。\n"
    "采访者：去年最困难的是什么？\n"
    "参与者：远程教学。很多学生无法连线上课，我每天都要给家长打电话。\n"
)


@dataclass(frozen=True)
class Expect:
    """``action``: "refuse" (error naming the file, project unchanged) or "import"; ``text``: a
    piece the imported text must contain; ``match``: of the refusal; ``warning``: of a warning."""

    action: str
    kind: str = "transcript"  # or "survey"
    text: str = ""
    match: str = ""
    warning: str = ""


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def _odt(body: str, prolog: str = "", method: int = zipfile.ZIP_DEFLATED) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {ODT_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()}, method)


def _docx(body: str, prolog: str = "", method: int = zipfile.ZIP_DEFLATED) -> bytes:
    document = f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    return _zip({"[Content_Types].xml": DOCX_TYPES.encode(), "word/document.xml": document.encode()}, method)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- ODT -------------------------------------------------------------------------------------


def make_odt_repeat_bomb(folder: Path) -> Path:
    """423 bytes that ask for 1.5 billion spaces (3-4.7 GB of memory before the fix)."""
    return _write(folder, "odt_repeat_bomb.odt", _odt('<text:p>I: hi<text:s text:c="1500000000"/>there</text:p>'))


def make_odt_many_repeats(folder: Path) -> Path:
    """Many repeats under the per-element cap that add up to ~1 billion spaces.

    The counts vary so the part does not compress like a zip bomb.
    """
    rng = random.Random(11)
    repeats = "".join(f'<text:s text:c="{rng.randint(5000, 9999)}"/>' for _ in range(150_000))
    body = "<text:p>I: hi" + repeats + "</text:p>"
    return _write(folder, "odt_many_repeats.odt", _odt(body))


def make_odt_bad_count(folder: Path) -> Path:
    return _write(folder, "odt_bad_count.odt", _odt('<text:p>I: hi<text:s text:c="abc"/>there</text:p>'))


def make_odt_deep(folder: Path) -> Path:
    """Spans nested 100,000 deep."""
    depth = 100_000
    body = "<text:p>" + "<text:span>" * depth + "I: deep" + "</text:span>" * depth + "</text:p>"
    return _write(folder, "odt_deep.odt", _odt(body, method=zipfile.ZIP_STORED))


def make_odt_deep_lists(folder: Path) -> Path:
    """Lists nested 120 deep (240 elements): within the XML parser's depth limit, so our walk must cope."""
    depth = 120
    body = "<text:list><text:list-item>" * depth + "<text:p>I: nested answer</text:p>" + (
        "</text:list-item></text:list>" * depth)
    return _write(folder, "odt_deep_lists.odt", _odt(body))


def make_odt_billion_laughs(folder: Path) -> Path:
    return _write(folder, "odt_billion_laughs.odt", _odt("<text:p>&lol9;</text:p>", BILLION_LAUGHS))


def make_odt_xxe(folder: Path) -> Path:  # the existing DTD check refuses these; kept in the corpus
    return _write(folder, "odt_xxe.odt", _odt("<text:p>&xxe;</text:p>", XXE))


# --- DOCX ------------------------------------------------------------------------------------


def make_docx_deep(folder: Path) -> Path:
    depth = 100_000
    body = "<w:p>" + "<w:smartTag>" * depth + "<w:r><w:t>I: deep</w:t></w:r>" + "</w:smartTag>" * depth + "</w:p>"
    return _write(folder, "docx_deep.docx", _docx(body, method=zipfile.ZIP_STORED))


def make_docx_deep_tables(folder: Path) -> Path:
    """Tables nested inside table cells 80 deep (the XML depth limit allows ~85)."""
    depth = 80
    body = "<w:tbl><w:tr><w:tc>" * depth + "<w:p><w:r><w:t>I: in the middle</w:t></w:r></w:p>" + (
        "</w:tc></w:tr></w:tbl>" * depth)
    return _write(folder, "docx_deep_tables.docx", _docx(body))


def make_docx_huge_text(folder: Path) -> Path:
    """A document.xml just under the 64 MiB part limit, of varied words (so no zip-bomb ratio).

    It is within every limit, so it imports: the memory benchmark's worst case.
    """
    rng = random.Random(17)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(5000)
    ]
    paragraphs = []
    size = 0
    limit = 60 * 1024 * 1024
    while size < limit:
        text = " ".join(rng.choice(words) for _ in range(150))
        para = f"<w:p><w:r><w:t>P1: {text}</w:t></w:r></w:p>"
        paragraphs.append(para)
        size += len(para)
    return _write(folder, "docx_huge_text.docx", _docx("".join(paragraphs)))


def make_docx_many_elements(folder: Path) -> Path:
    """2.2 million tiny elements of varied names: ~3.5 MB zipped, 300+ MB as an lxml tree."""
    rng = random.Random(5)
    names = ["".join(rng.choice("abcdefghij") for _ in range(3)) for _ in range(500)]
    body = "<w:p><w:r><w:t>I: hi</w:t></w:r></w:p>" + "".join(f"<w:{rng.choice(names)}/>" for _ in range(2_200_000))
    return _write(folder, "docx_many_elements.docx", _docx(body))


def make_docx_zip_bomb(folder: Path) -> Path:
    return _write(folder, "docx_zip_bomb.docx", _zip({
        "[Content_Types].xml": DOCX_TYPES.encode(), "word/document.xml": b"<" + b" " * 300_000_000 + b">"}))


def make_docx_billion_laughs(folder: Path) -> Path:
    return _write(folder, "docx_billion_laughs.docx", _docx("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", BILLION_LAUGHS))


def make_docx_xxe(folder: Path) -> Path:
    return _write(folder, "docx_xxe.docx", _docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", XXE))


# --- HTML, RTF, PDF --------------------------------------------------------------------------


def make_html_deep(folder: Path) -> Path:
    depth = 200_000
    html = "<html><body>" + "<div><span>" * depth + "I: deep</span>" + "</span></div>" * depth + "</body></html>"
    return _write(folder, "html_deep.html", html.encode())


def make_rtf_huge_unicode(folder: Path) -> Path:
    return _write(folder, "rtf_huge_unicode.rtf", rb"{\rtf1\ansi I: hello \u-99999999999 world}")


def make_rtf_control_garbage(folder: Path) -> Path:
    garbage = b"".join(b"\\'%02x" % code for code in range(1, 32) if code not in (9, 10, 13)) * 200
    return _write(folder, "rtf_control_garbage.rtf", b"{\\rtf1\\ansi " + garbage + b"}")


def make_rtf_deep(folder: Path) -> Path:
    depth = 200_000
    return _write(folder, "rtf_deep.rtf", b"{\\rtf1\\ansi " + b"{" * depth + b"I: deep" + b"}" * depth + b"}")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, compress: bool = True) -> bytes:
    payload = zlib.compress(data, 9) if compress else data
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(payload), flate) + payload + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>")


def make_pdf_stream_bomb(folder: Path) -> Path:
    """One page whose content stream inflates from ~70 KB to 70 MB of text operators."""
    content = b"BT /F1 12 Tf 72 720 Td (I: hello) Tj ET\n" + b"BT (x) Tj ET\n" * 5_800_000
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _PAGE,
        _stream(content),
        _FONT,
    ]
    return _write(folder, "pdf_stream_bomb.pdf", _pdf(objects))


def make_pdf_deep_tree(folder: Path) -> Path:
    """A page tree 5,000 /Pages nodes deep, with one real page at the bottom."""
    depth = 5000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = level + 2
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (number - 1)
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    page = depth + 2
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2))
    objects.append(_stream(b"BT /F1 12 Tf 72 720 Td (I: deep page) Tj ET"))
    objects.append(_FONT)
    return _write(folder, "pdf_deep_tree.pdf", _pdf(objects))


def make_pdf_page_loop(folder: Path) -> Path:
    """A /Pages node that lists itself as a kid."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000000 >>",
        _PAGE,
        _stream(b"BT /F1 12 Tf 72 720 Td (I: loop) Tj ET"),
        _FONT,
    ]
    return _write(folder, "pdf_page_loop.pdf", _pdf(objects))


# --- special files ---------------------------------------------------------------------------


def make_fifo(folder: Path) -> Path:
    path = folder / "fifo.txt"
    os.mkfifo(path)
    return path


def make_dev_zero_link(folder: Path) -> Path:
    path = folder / "dev_zero.txt"
    path.symlink_to("/dev/zero")
    return path


# --- encodings -------------------------------------------------------------------------------


def _encoded(name: str, text: str, codec: str) -> Callable[[Path], Path]:
    """A maker writing ``text`` in ``codec`` (no byte-order mark) as ``name``."""
    def make(folder: Path) -> Path:
        return _write(folder, name, text.encode(codec))
    make.__name__ = f"make_{name.replace('.', '_')}"
    return make


make_utf16le_cyrillic = _encoded("utf16le_cyrillic.txt", RUSSIAN, "utf-16-le")
make_utf16be_cyrillic = _encoded("utf16be_cyrillic.txt", RUSSIAN, "utf-16-be")
make_utf16le_cjk = _encoded("utf16le_cjk.txt", CHINESE, "utf-16-le")
make_cp1251_cyrillic = _encoded("cp1251_cyrillic.txt", RUSSIAN, "cp1251")
make_koi8r_cyrillic = _encoded("koi8r_cyrillic.txt", RUSSIAN, "koi8-r")


# --- surveys ---------------------------------------------------------------------------------


def make_xlsx_uncached_formulas(folder: Path) -> Path:
    """openpyxl writes formulas without a cached result: Excel computes them on open, we cannot."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "a", "b", "total"])
    for row in range(2, 6):
        sheet.append([f"P{row - 1:02d}", row, row * 2, f"=B{row}+C{row}"])
    path = folder / "xlsx_uncached_formulas.xlsx"
    workbook.save(path)
    return path


def make_survey_near_duplicate_ids(folder: Path) -> Path:
    text = "id,age\nP01,31\np01,42\n P01 ,53\nP02,28\n"
    return _write(folder, "survey_near_duplicate_ids.csv", text.encode())


def make_survey_wide(folder: Path, columns: int = 20_000, rows: int = 100) -> Path:
    rng = random.Random(3)
    lines = ["id," + ",".join(f"q{i}" for i in range(1, columns))]
    for row in range(rows):
        lines.append(f"P{row:03d}," + ",".join(str(rng.randint(1, 5)) for _ in range(1, columns)))
    return _write(folder, "survey_wide.csv", ("\n".join(lines) + "\n").encode())


REFUSE, IMPORT = "refuse", "import"
HOSTILE: dict[str, tuple[Callable[[Path], Path], Expect]] = {
    "odt_repeat_bomb.odt": (make_odt_repeat_bomb, Expect(REFUSE, match="repeat")),
    "odt_many_repeats.odt": (make_odt_many_repeats, Expect(REFUSE, match="limit")),
    "odt_bad_count.odt": (make_odt_bad_count, Expect(REFUSE, match="abc")),
    "odt_deep.odt": (make_odt_deep, Expect(REFUSE, match="depth")),
    "odt_deep_lists.odt": (make_odt_deep_lists, Expect(IMPORT, text="nested answer")),
    "odt_billion_laughs.odt": (make_odt_billion_laughs, Expect(REFUSE, match="entities")),
    "odt_xxe.odt": (make_odt_xxe, Expect(REFUSE, match="entities")),
    "docx_deep.docx": (make_docx_deep, Expect(REFUSE, match="depth")),
    "docx_deep_tables.docx": (make_docx_deep_tables, Expect(IMPORT, text="in the middle")),
    "docx_huge_text.docx": (make_docx_huge_text, Expect(IMPORT, text="P1: ")),
    "docx_many_elements.docx": (make_docx_many_elements, Expect(REFUSE, match="elements")),
    "docx_zip_bomb.docx": (make_docx_zip_bomb, Expect(REFUSE, match="zip bomb")),
    "docx_billion_laughs.docx": (make_docx_billion_laughs, Expect(REFUSE, match="entities")),
    "docx_xxe.docx": (make_docx_xxe, Expect(REFUSE, match="entities")),
    "html_deep.html": (make_html_deep, Expect(IMPORT, text="I: deep")),
    "rtf_huge_unicode.rtf": (make_rtf_huge_unicode, Expect(REFUSE, match="-99999999999")),
    "rtf_control_garbage.rtf": (make_rtf_control_garbage, Expect(REFUSE, match="binary")),
    "rtf_deep.rtf": (make_rtf_deep, Expect(IMPORT, text="I: deep")),
    "pdf_stream_bomb.pdf": (make_pdf_stream_bomb, Expect(REFUSE, match="limit")),  # pypdf's own 75 MB cap
    "pdf_deep_tree.pdf": (make_pdf_deep_tree, Expect(REFUSE, match="PDF")),
    "pdf_page_loop.pdf": (make_pdf_page_loop, Expect(REFUSE, match="PDF")),
    "fifo.txt": (make_fifo, Expect(REFUSE, match="not a regular file")),
    "dev_zero.txt": (make_dev_zero_link, Expect(REFUSE, match="not a regular file")),
    "utf16le_cyrillic.txt": (make_utf16le_cyrillic, Expect(IMPORT, text=RUSSIAN)),
    "utf16be_cyrillic.txt": (make_utf16be_cyrillic, Expect(IMPORT, text=RUSSIAN)),
    "utf16le_cjk.txt": (make_utf16le_cjk, Expect(IMPORT, text=CHINESE)),
    "cp1251_cyrillic.txt": (make_cp1251_cyrillic, Expect(IMPORT, text=RUSSIAN)),
    "koi8r_cyrillic.txt": (make_koi8r_cyrillic, Expect(IMPORT, text=RUSSIAN)),
    "xlsx_uncached_formulas.xlsx": (
        make_xlsx_uncached_formulas, Expect(IMPORT, kind="survey", warning="D2")),
    "survey_near_duplicate_ids.csv": (
        make_survey_near_duplicate_ids, Expect(IMPORT, kind="survey", warning="rows 2, 3, 4")),
    "survey_wide.csv": (make_survey_wide, Expect(IMPORT, kind="survey")),
}


def make_all(folder: Path) -> list[Path]:
    """Write every hostile file into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [maker(folder) for maker, _ in HOSTILE.values()]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile/make_hostile_files.py FOLDER")
    for made in make_all(Path(sys.argv[1])):
        print(made)
