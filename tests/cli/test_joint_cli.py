"""`qualcode joint` prints each display's table as the Word export lays it out."""

from __future__ import annotations

from qualcode.cli.main import main
from qualcode.core.document import DocumentKind
from qualcode.core.joint_display import DisplayKind, Grouping
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import get_document
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.mixed.joint_displays import add_row, create_joint_display
from qualcode.services.corpus.surveys import import_survey
from qualcode.services.themes.theme_edits import create_theme

FOCUS = "Moderator: Who helped you?\nAna: The lawyer explained my rights.\nBea: Nobody did.\n"
SURVEY = "pid,LA\nAna,1\nBea,0\n"


def test_joint_text_lists_the_statistics_grid(project, coder, tmp_path, capsys):
    (tmp_path / "FG.txt").write_text(FOCUS)
    fg = import_transcripts(project, [tmp_path / "FG.txt"], kind=DocumentKind.FOCUS_GROUP).value[0]
    text = get_document(project, fg.document_id).text
    legal = add_code(project, "Legal aid").value
    start = text.index("The lawyer")
    apply_code(project, fg.document_id, Span(start, start + len("The lawyer explained my rights.")), legal.id, coder.id)
    theme = create_theme(project, "Having rights", code_ids=[legal.id]).value
    (tmp_path / "s.csv").write_text(SURVEY)
    import_survey(project, tmp_path / "s.csv", "pid")
    display = create_joint_display(project, "By legal aid", DisplayKind.STATS_BY_THEMES,
                                   grouping=Grouping("LA", labels=(("1", "yes"), ("0", "no")))).value
    add_row(project, display.id, theme_id=theme.id)

    assert main(["joint", str(project.location)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"[{display.id}] By legal aid (stats_by_themes)"
    assert lines[1] == "  Theme | LA: yes (n = 1; survey n = 1) | LA: no (n = 1; survey n = 1)"
    # Ana (LA yes) has the theme, Bea (LA no) does not
    assert lines[2].startswith("  Having rights | 1 (100 %) / ") and lines[2].endswith(" | 0 (0 %)")
