"""Word table headers never break a word across lines (rendered with LibreOffice, read back
with pdftotext). Skips when LibreOffice or poppler is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from qualcode.io.word.blocks import Writer

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(PDFTOTEXT is None, reason="poppler's pdftotext is not installed"),
]

# the codebook's appendix table and the report's Table 1, with the widths they are written with
TABLES = [
    (["Code", "Origin", "Segments", "Documents", "Cases"], (7.0, 2.6, 2.2, 2.2, 2.0)),
    (["Theme", "Status", "Cases", "%", "Segments", "Documents"], (4.4, 2.4, 1.8, 1.4, 2.6, 3.4)),
    (["Domain", "Quantitative result", "Theme (cases)", "Exemplar quotes", "Meta-inference"],
     (2.6, 4.2, 3.0, 5.0, 2.6)),
    (["Term", "Coefficient", "Standardised", "Heteroskedasticity", "p"], None),
]


def _pdf_text(path: Path, out: Path) -> str:
    profile = out / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    pdf = out / (path.stem + ".pdf")
    return subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout


def test_no_header_word_is_split_across_lines(tmp_path):
    document = docx.Document()
    w = Writer(document)
    for header, widths in TABLES:
        w.paragraph("Table", "Caption")
        w.table([header, ["x"] * len(header)], header=True, widths_cm=widths)
    path = tmp_path / "tables.docx"
    document.save(str(path))
    text = _pdf_text(path, tmp_path)
    words = {word for header, _ in TABLES for cell in header for word in re.findall(r"[A-Za-z]{4,}", cell)}
    # a split word leaves its first part standing alone at a line's end ("Docume" / "nts")
    split = sorted(word for word in words for k in range(3, len(word) - 1)
                   if re.search(rf"(?<![A-Za-z]){word[:k]}(?![A-Za-z])", text))
    assert split == [], text
