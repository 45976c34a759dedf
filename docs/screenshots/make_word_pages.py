"""Page images of the demo's Word codebook and thematic report, rendered by LibreOffice.

    .venv/bin/python docs/screenshots/make_word_pages.py   (needs soffice and pdftoppm)

Writes docs/screenshots/first_hour/{codebook,report}_page{1,2,...}.png.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from qualcode.services.demo.build_demo import build_demo
from qualcode.services.export import export_codebook_docx, export_report_docx

OUT = Path(__file__).parent / "first_hour"
PAGES = {"codebook": 2, "report": 3}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    project = build_demo(folder / "demo.qcproj")
    export_codebook_docx(project, folder / "codebook.docx")
    export_report_docx(project, folder / "report.docx")
    project.close()
    soffice = shutil.which("soffice") or "soffice"
    for name, pages in PAGES.items():
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo'}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(folder), str(folder / f"{name}.docx")], check=True,
                       capture_output=True, timeout=240)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", str(pages), str(folder / f"{name}.pdf"),
                        str(OUT / f"{name}_page")], check=True, timeout=120)


if __name__ == "__main__":
    main()
