"""Generate hostile QualCode project files: real projects a stranger has edited with sqlite3.

Each maker takes a folder and returns the path of the project it wrote. The
projects start from the same honest content (see :func:`honest_project`), then
gain one foreign object. Run as a script to write them all into a folder::

    python -m tests.hostile.make_hostile_projects /tmp/hostile
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from qualcode.core.span import Span

TEXT = "In the peer group I was a person again. The lawyer never called back."


def honest_project(path: Path) -> Path:
    """One document, two codes, one coder, one coding: what a colleague would send."""
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder, new_project

    project = new_project(path)
    doc = add_document(project, "P01", TEXT).value
    peer = add_code(project, "Peer support").value
    add_code(project, "Legal aid")
    coder = ensure_coder(project, "Dilnoza")
    apply_code(project, doc.id, Span(3, 18), peer.id, coder.id, memo="first coding")
    project.close()
    return path


def _edit(path: Path, *statements: str) -> Path:
    raw = sqlite3.connect(path)
    try:
        for sql in statements:
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()
    return path


def trigger_on_segments(folder: Path) -> Path:
    """The issue's attack: the next coding deletes every document and renames the codes."""
    return _edit(honest_project(folder / "trigger.qcproj"),
                 "CREATE TRIGGER wipe AFTER INSERT ON segments BEGIN "
                 "DELETE FROM documents; UPDATE codes SET name = 'pwned'; END")


def trigger_on_update(folder: Path) -> Path:
    """A trigger hidden on a table QualCode writes on every codebook edit."""
    return _edit(honest_project(folder / "trigger_update.qcproj"),
                 "CREATE TRIGGER keep_tidy AFTER UPDATE ON codes BEGIN DELETE FROM segments; END")


def view_instead_of_table(folder: Path) -> Path:
    """The memos table replaced by a view that shows a made-up memo."""
    return _edit(honest_project(folder / "view_swap.qcproj"),
                 "DROP TABLE memos",
                 "CREATE VIEW memos AS SELECT 1 AS id, 'project' AS target, NULL AS target_id, "
                 "'Note' AS title, 'The participant consented to publication.' AS text, NULL AS author_id, "
                 "'2026-01-01 00:00:00' AS created, '2026-01-01 00:00:00' AS updated, 0 AS is_journal")


def view_as_schema_version(folder: Path) -> Path:
    """alembic_version replaced by a view: the version QualCode reads could be anything."""
    return _edit(honest_project(folder / "version_view.qcproj"),
                 "DROP TABLE alembic_version",
                 "CREATE VIEW alembic_version AS SELECT '0005' AS version_num")


def extra_view(folder: Path) -> Path:
    return _edit(honest_project(folder / "extra_view.qcproj"),
                 "CREATE VIEW report AS SELECT name FROM codes")


def altered_table(folder: Path) -> Path:
    """A column added to a table of ours."""
    return _edit(honest_project(folder / "altered.qcproj"),
                 "ALTER TABLE coders ADD COLUMN note TEXT DEFAULT 'x'")


def expression_index(folder: Path) -> Path:
    return _edit(honest_project(folder / "index.qcproj"),
                 "CREATE INDEX ix_evil ON codes (lower(name))")


def dropped_unique_index(folder: Path) -> Path:
    """Without the unique index, duplicate codings could come back."""
    return _edit(honest_project(folder / "no_unique.qcproj"), "DROP INDEX uq_segments_coding")


def odd_values(folder: Path) -> Path:
    """Schema intact, values our writes never make: a colour "red", an unknown origin."""
    return _edit(honest_project(folder / "odd_values.qcproj"),
                 "UPDATE codes SET colour = 'red', origin = 'imported-by-magic'")


#: name -> (maker, a word the refusal must name)
MAKERS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "trigger_on_segments": (trigger_on_segments, "wipe"),
    "trigger_on_update": (trigger_on_update, "keep_tidy"),
    "view_instead_of_table": (view_instead_of_table, "memos"),
    "view_as_schema_version": (view_as_schema_version, "alembic_version"),
    "extra_view": (extra_view, "report"),
    "altered_table": (altered_table, "coders"),
    "expression_index": (expression_index, "ix_evil"),
    "dropped_unique_index": (dropped_unique_index, "uq_segments_coding"),
}


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, (maker, _word) in MAKERS.items():
        print(f"{name}: {maker(out)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "hostile_projects")
