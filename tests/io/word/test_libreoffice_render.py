"""Both Word documents open in LibreOffice (headless) and render to PDF and PNG pages.

Skips when LibreOffice or poppler is not installed (Debian: libreoffice-writer-nogui,
poppler-utils). With QUALCODE_SCREENSHOTS=1 the first pages are saved to docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from qualcode.services.themes import thematic_map
from qualcode.services.export import export_codebook_docx, export_report_docx
from tests.services.theme_project import QUOTES, build

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOPPM = shutil.which("pdftoppm")
SCREENSHOTS = Path(__file__).parents[3] / "docs" / "screenshots"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(PDFTOPPM is None, reason="poppler's pdftoppm is not installed"),
]


def _to_pdf(docx_path: Path, out_dir: Path) -> Path:
    profile = out_dir / "lo-profile"  # own profile: parallel runs must not share a lock
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def _page_png(pdf: Path, out: Path) -> Path:
    subprocess.run([PDFTOPPM, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out.with_suffix(""))], check=True, capture_output=True, timeout=60)
    return out


def test_codebook_and_report_render(project, coder, tmp_path):
    b = build(project, coder.id)
    thematic_map.auto_layout(project)
    nodes = {n.ref_id: n.id for n in thematic_map.get_map(project).nodes if n.kind.value == "theme"}
    thematic_map.add_link(project, nodes[b.themes["Struggling with materials"]],
                          nodes[b.themes["Demanding but worthwhile"]], "busy slides add to the load")
    codebook = tmp_path / "codebook.docx"
    report = tmp_path / "report.docx"
    export_codebook_docx(project, codebook)
    export_report_docx(project, report)
    pdfs = {name: _to_pdf(path, tmp_path) for name, path in (("codebook", codebook), ("report", report))}
    text = {name: " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
            for name, pdf in pdfs.items()}
    assert "Appendix: code frequencies" in text["codebook"]
    assert QUOTES["slides_id2"] in text["codebook"]
    assert "Demanding but worthwhile" in text["report"] and "Prevalence of themes across cases" in text["report"]
    assert len(PdfReader(pdfs["report"]).pages[0].images) == 1  # the thematic map
    for name, pdf in pdfs.items():
        png = _page_png(pdf, tmp_path / f"{name}_page1.png")
        assert png.stat().st_size < 400_000
        if os.environ.get("QUALCODE_SCREENSHOTS") == "1":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(png, SCREENSHOTS / png.name)
