"""Turns viewer gestures into undoable commands and keeps the viewer in step.

Every edit goes through ``push_command`` (so Ctrl+Z undoes it and it is on disk when
the call returns). After a coding we show the new segment at once (one partial
repaint); any other change of segments — undo, redo, merges, another pane — is
reconciled on the next event-loop turn by diffing the document's segments, so only
the lines that changed are repainted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from qualcode.core.changes import Changes
from qualcode.core.codebook import Code, code_path
from qualcode.services.codebook.codes import list_codes
from qualcode.services.corpus.document_view import (
    SegmentTuple,
    document_segments,
    open_document_view,
)
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.codebook_commands import AddCodeCommand
from qualcode.ui.commands.coding_commands import ApplyCodeCommand, RemoveCodingCommand
from qualcode.ui.commands.segment_commands import InVivoCommand, ResizeSegmentCommand, SegmentMemoCommand
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession
from qualcode.ui.viewer.selection_bar import SelectionBar
from qualcode.ui.viewer.viewer_view import TextView


def ask_memo_dialog(parent: QWidget, current: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, QCoreApplication.translate("CodingController", "Memo on segment"),
                                             QCoreApplication.translate("CodingController", "Memo:"), current)
    return text if ok else None


class CodingController(QObject):
    """The coding gestures of one viewer."""

    #: emitted after a coding made here is shown (benchmarks time up to this point)
    coded = Signal(int)

    def __init__(self, session: ProjectSession, view: TextView, bar: SelectionBar) -> None:
        super().__init__(view)
        self.session = session
        self.view = view
        self.bar = bar
        self.codes: dict[int, Code] = {}
        #: replaced in tests; returns the new memo text or None when cancelled
        self.ask_memo: Callable[[QWidget, str], str | None] = ask_memo_dialog
        self._reconcile_pending = False
        #: coders whose codings the viewer shows (None: all); blind mode shows only one's own
        self.visible_coders: frozenset[int] | None = None
        view.quick_key_pressed.connect(self.code_with_quick_key)
        view.selection_finished.connect(self._show_bar)
        view.remove_requested.connect(self.remove_coding)
        view.memo_requested_for.connect(self.memo_segment)
        bar.code_chosen.connect(self.code_selection)
        bar.new_code_requested.connect(self.code_with_new)
        bar.in_vivo_requested.connect(self.in_vivo)
        bar.memo_requested.connect(self.memo_for_selection)
        session.events.changed.connect(self._on_changed)
        self.refresh_codes()

    # -- opening -------------------------------------------------------------------
    def open_document(self, document_id: int) -> None:
        data = open_document_view(self.session.project, document_id)
        self.view.coder_names = data.coders
        self.view.set_content(document_id, data.document.text, data.turns, self._visible(data.segments))
        self.bar.hide()

    def refresh_codes(self) -> None:
        self.codes = list_codes(self.session.project)
        self.view.set_codes({c.id: c.colour for c in self.codes.values()},
                            {c.id: c.name for c in self.codes.values()})
        self.bar.set_codes({code_path(self.codes, c.id): c.id for c in self.codes.values()})

    # -- coding --------------------------------------------------------------------
    def _push(self, command: object, what: str) -> bool:
        try:
            push_command(self.session, command)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - shown to the user; nothing was changed
            show_error(self.view, what, exc)
            return False
        return True

    def code_selection(self, code_id: int) -> bool:
        """Code the selected text with ``code_id``; False if nothing is selected."""
        span = self.view.selection_span()
        if span is None or self.view.document_id is None or code_id not in self.codes:
            return False
        # we show the returned segment ourselves: as initiator, we skip the reconcile its echo would schedule
        command = ApplyCodeCommand(self.session, self.view.document_id, span, code_id, self.codes[code_id].name,
                                   initiator=self)
        if not self._push(command, self.tr("Could not code the selection")):
            return False
        assert command.segment is not None
        self.view.add_segment(command.segment, flash=True)
        self.bar.hide()
        self.coded.emit(command.segment.id)
        return True

    def code_with_quick_key(self, key: int) -> bool:
        code = next((c for c in self.codes.values() if c.quick_key == key), None)
        return code is not None and self.code_selection(code.id)

    def code_with_new(self, name: str) -> bool:
        """Create a code named ``name`` and code the selection with it, as one undo step."""
        if self.view.selection_span() is None:
            return False
        stack = self.session.undo_stack
        stack.beginMacro(f"Code with new code {name}")  # English on the stack: translated when shown
        try:
            add = AddCodeCommand(self.session, name)
            ok = self._push(add, self.tr("Could not create the code"))
            if ok and add.code is not None:
                self.refresh_codes()
                ok = self.code_selection(add.code.id)
        finally:
            stack.endMacro()
        return ok

    def in_vivo(self) -> bool:
        span = self.view.selection_span()
        if span is None or self.view.document_id is None:
            return False
        command = InVivoCommand(self.session, self.view.document_id, span)
        if not self._push(command, self.tr("Could not make an in-vivo code")):
            return False
        self.bar.hide()
        return True

    def remove_coding(self, segment_id: int | None = None) -> bool:
        """Remove ``segment_id``, or the current segment / the only one under the cursor."""
        if segment_id is None:
            here = self.view.segments_here()
            if len(here) != 1:
                return False
            segment_id = here[0].id
        if not self._push(RemoveCodingCommand(self.session, [segment_id], initiator=self),
                          self.tr("Could not remove the coding")):
            return False
        self.view.remove_segment(segment_id)
        return True

    def resize_current_segment(self) -> bool:
        """Set the current segment's boundaries to the selection (select a stripe, then
        extend or shrink the selection with Shift+arrows or the mouse)."""
        segment_id = self.view.current_segment_id
        span = self.view.selection_span()
        if segment_id is None or span is None:
            return False
        return self._push(ResizeSegmentCommand(self.session, segment_id, span), self.tr("Could not change the boundaries"))

    def memo_segment(self, segment_id: int | None = None) -> bool:
        if segment_id is None:
            here = self.view.segments_here()
            if len(here) != 1:
                return False
            segment_id = here[0].id
        seg = self.view.index.get(segment_id)
        current = seg.memo if seg is not None else ""
        text = self.ask_memo(self.view, current)
        if text is None or text == current:
            return False
        return self._push(SegmentMemoCommand(self.session, segment_id, text), self.tr("Could not save the memo"))

    def memo_for_selection(self) -> bool:
        """Memo button of the floating bar: the segment under the selection, coding
        the selection first with nothing if there is none (we do not invent a code)."""
        return self.memo_segment(None)

    # -- keeping in step ---------------------------------------------------------------
    def _show_bar(self) -> None:
        rect = self.view.cursorRect()
        self.bar.show_at(self.view.viewport().mapTo(self.view, rect.bottomLeft()))

    def _on_changed(self, changes: Changes) -> None:
        if changes.codes:
            self.refresh_codes()
        if changes.segments and self.view.document_id is not None and not self._reconcile_pending \
                and changes.initiator is not self:
            self._reconcile_pending = True
            QTimer.singleShot(0, self.reconcile)

    def reconcile(self) -> None:
        """Bring the viewer's segments in line with the project (undo, redo, merges...)."""
        self._reconcile_pending = False
        if self.view.document_id is not None:
            self.view.sync_segments(self._visible(document_segments(self.session.project, self.view.document_id)))

    def show_coders(self, coder_ids: frozenset[int] | None) -> None:
        """Show only these coders' codings (None: everyone's) and repaint the open document."""
        self.visible_coders = coder_ids
        self.reconcile()

    def _visible(self, segments: list[SegmentTuple]) -> list[SegmentTuple]:
        if self.visible_coders is None:
            return segments
        return [s for s in segments if s[4] in self.visible_coders]  # (id, code, start, end, coder, memo)
