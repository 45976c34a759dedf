"""Uzbek for Qt's own standard texts (Qt ships no qtbase_uz.qm): buttons, message boxes, text edit
menus, the file dialog's main labels. Writes qualcode/resources/i18n/qtstd_uz.ts and compiles it.

    python tools/i18n/qtstd_uz.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "qualcode" / "resources" / "i18n" / "qtstd_uz.ts"

TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK", "Save": "Saqlash", "Save All": "Hammasini saqlash", "Open": "Ochish", "&Yes": "&Ha",
        "Yes to &All": "Hammasiga h&a", "&No": "&Yoʻq", "N&o to All": "Hammasiga y&oʻq", "Abort": "Toʻxtatish",
        "Retry": "Qayta urinish", "Ignore": "Eʼtiborsiz qoldirish", "Close": "Yopish", "Cancel": "Bekor qilish",
        "Discard": "Tashlab yuborish", "Help": "Yordam", "Apply": "Qoʻllash", "Reset": "Tiklash",
        "Restore Defaults": "Standartni tiklash", "Don't Save": "Saqlamaslik", "Close without Saving":
        "Saqlamasdan yopish",
    },
    "QMessageBox": {
        "Show Details...": "Tafsilotlarni koʻrsatish...", "Hide Details...": "Tafsilotlarni yashirish...",
        "OK": "OK", "About Qt": "Qt haqida", "Help": "Yordam",
    },
    "QLineEdit": {
        "&Undo": "&Bekor qilish", "&Redo": "&Qaytarish", "Cu&t": "&Kesish", "&Copy": "&Nusxalash",
        "&Paste": "&Qoʻyish", "Delete": "Oʻchirish", "Select All": "Hammasini belgilash",
    },
    "QWidgetTextControl": {
        "&Undo": "&Bekor qilish", "&Redo": "&Qaytarish", "Cu&t": "&Kesish", "&Copy": "&Nusxalash",
        "Copy &Link Location": "&Havola manzilini nusxalash", "&Paste": "&Qoʻyish", "Delete": "Oʻchirish",
        "Select All": "Hammasini belgilash",
    },
    "QFileDialog": {
        "Look in:": "Qayerda:", "File &name:": "Fayl &nomi:", "Files of type:": "Fayl turi:", "&Open": "&Ochish",
        "&Save": "&Saqlash", "Open": "Ochish", "Save As": "Boshqacha saqlash", "All Files (*)": "Barcha fayllar (*)",
        "Directory:": "Jild:", "&Choose": "&Tanlash", "Find Directory": "Jildni topish", "Back": "Orqaga",
        "Forward": "Oldinga", "Parent Directory": "Yuqori jild", "Create New Folder": "Yangi jild yaratish",
        "List View": "Roʻyxat", "Detail View": "Batafsil", "New Folder": "Yangi jild", "Name": "Nomi",
        "Size": "Hajmi", "Date Modified": "Oʻzgartirilgan sana", "Type": "Turi",
    },
    "QDialogButtonBox": {"OK": "OK", "Cancel": "Bekor qilish"},
}


def main() -> int:
    root = ET.Element("TS", {"version": "2.1", "language": "uz_UZ"})
    for context, texts in TEXTS.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, translation in texts.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ET.indent(root)
    ET.ElementTree(root).write(OUT, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(OUT), "-qm", str(OUT.with_suffix(".qm"))], check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
