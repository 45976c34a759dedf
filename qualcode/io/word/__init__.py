"""Word documents (python-docx) built from plain dataclasses, with the template's own styles."""
