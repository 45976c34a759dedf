"""Word output a journal accepts: page size from the preference/locale, captions keep with their
table, no duplicated attributions."""

from __future__ import annotations

import docx
import pytest

from qualcode.io.word.model import Quote
from qualcode.services.export import export_codebook_docx
from tests.services.theme_project import build


@pytest.mark.parametrize(("env", "paper"), [
    ({"QUALCODE_PAPER": "letter"}, (215.9, 279.4)),
    ({"QUALCODE_PAPER": "", "LC_PAPER": "de_DE.UTF-8"}, (210.0, 297.0)),
    ({"QUALCODE_PAPER": "", "LC_PAPER": "en_US.UTF-8"}, (215.9, 279.4)),
    ({"QUALCODE_PAPER": "", "LC_PAPER": "", "LC_ALL": "", "LANG": "uz_UZ.UTF-8"}, (210.0, 297.0)),
])
def test_page_size_follows_preference_then_locale(project, coder, tmp_path, monkeypatch, env, paper):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    build(project, coder.id)
    path = tmp_path / "codebook.docx"
    export_codebook_docx(project, path)
    section = docx.Document(str(path)).sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == paper


def test_captions_keep_with_their_table(project, coder, tmp_path):
    build(project, coder.id)
    path = tmp_path / "codebook.docx"
    export_codebook_docx(project, path)
    document = docx.Document(str(path))
    assert document.styles["Caption"].paragraph_format.keep_with_next is True


def test_an_attribution_never_repeats_a_name():
    assert Quote("text", "S012", "S012", "S012").source == "S012"
    assert Quote("text", "Interview P07", "Amina", "P07").source == "P07 · Interview P07 · speaker Amina"
