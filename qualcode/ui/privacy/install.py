"""The one hook in ``MainWindow._attach``: File ▸ Pseudonymise transcripts… (Ctrl+Shift+P) and the
audit trail of every undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from qualcode.ui.session import ProjectSession
from qualcode.ui.menus import find_menu

__all__ = ["install_privacy"]

_ACTION_NAME = "privacy_review_action"
_AUDIT_NAME = "privacy_audit_action"
_ENCRYPT_NAME = "privacy_encrypt_action"


def _file_menu(window: QMainWindow) -> QMenu | None:
    return find_menu(window, "file")  # by objectName: the title is translated


def _open_review(window: QMainWindow, session: ProjectSession) -> None:
    from qualcode.ui.privacy.review_dialog import (
        PrivacyReviewDialog,  # spaCy loads on first use only
    )

    PrivacyReviewDialog(session, window).exec()


def _open_audit(window: QMainWindow, session: ProjectSession) -> None:
    from qualcode.ui.privacy.audit_dialog import AuditDialog

    AuditDialog(session, window).exec()


def _open_encrypt(window: QMainWindow, session: ProjectSession) -> None:
    from qualcode.ui.privacy.encrypt_dialog import EncryptCopyDialog

    EncryptCopyDialog(session, window).exec()


def install_privacy(window: QMainWindow, session: ProjectSession) -> QAction:
    """Add the action that opens the review for ``session``'s project (replacing a closed project's)."""
    action = QAction(QCoreApplication.translate("PrivacyMenu", "&Pseudonymise transcripts…"), window)
    action.setObjectName(_ACTION_NAME)
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.triggered.connect(lambda: _open_review(window, session))
    menu = _file_menu(window)
    if menu is not None:
        anchor = None
        for old in menu.actions():
            if old.objectName() == _ACTION_NAME:
                anchor = old
        if anchor is not None:
            menu.insertAction(anchor, action)
            menu.removeAction(anchor)
            window.removeAction(anchor)
        else:
            separators = [a for a in menu.actions() if a.isSeparator()]
            menu.insertAction(separators[-1] if separators else None, action)  # type: ignore[arg-type]
    window.addAction(action)
    audit = QAction(QCoreApplication.translate("PrivacyMenu", "Audit &log…"), window)
    audit.setObjectName(_AUDIT_NAME)
    audit.triggered.connect(lambda: _open_audit(window, session))
    encrypt = QAction(QCoreApplication.translate("PrivacyMenu", "Save &encrypted copy…"), window)
    encrypt.setObjectName(_ENCRYPT_NAME)
    encrypt.triggered.connect(lambda: _open_encrypt(window, session))
    if menu is not None:
        for old in menu.actions():
            if old.objectName() in (_AUDIT_NAME, _ENCRYPT_NAME):
                menu.removeAction(old)
        entries = menu.actions()
        position = entries.index(action) + 1
        after = entries[position] if position < len(entries) else None
        for extra in (audit, encrypt):  # order: Pseudonymise…, Audit log…, Save encrypted copy…
            menu.insertAction(after, extra)  # type: ignore[arg-type]
    install_audit_trail(session)
    _reload_viewer_after_replacing(window, session)
    return action


def _is_pseudonymising(command: object) -> bool:
    """The undo step that replaced identifiers (known by its operation, whatever its text's language)."""
    from qualcode.services.operations.privacy_ops import PseudonymiseOperation

    return isinstance(getattr(command, "operation", None), PseudonymiseOperation)


def _reload_viewer_after_replacing(window: QMainWindow, session: ProjectSession) -> None:
    """Pseudonymising (or undoing it) changes a document's text, which no other step does; the
    viewer keeps the text it loaded, so the open document is loaded again."""
    from PySide6.QtCore import QTimer

    stack = session.undo_stack
    state = {"index": stack.index()}

    def on_index_changed(index: int) -> None:
        previous, state["index"] = state["index"], index
        command = stack.command(index - 1) if index > previous else stack.command(index)
        if command is None or not _is_pseudonymising(command):
            return
        viewer = getattr(getattr(window, "workbench", None), "viewer", None)
        document_id = getattr(viewer, "document_id", None)
        if viewer is not None and document_id is not None:
            QTimer.singleShot(0, lambda: viewer.show_document(document_id))

    stack.indexChanged.connect(on_index_changed)


def install_audit_trail(session: ProjectSession) -> None:
    """Record every undo-stack step (do, undo, redo) in the project's audit log with the coder's name.

    The step's name is what the Undo menu shows ("Code with Trust", "Merge 2 codes into Peer
    support"), so the log is a record of analytic decisions, not of transcript text.
    """
    from qualcode.services.privacy.audit import record_action

    stack = session.undo_stack
    state = {"index": stack.index()}

    def on_index_changed(index: int) -> None:
        previous, state["index"] = state["index"], index
        if index == previous:
            return
        command, action = (stack.command(index - 1), "edit") if index > previous else (stack.command(index), "undo")
        if command is None or command.isObsolete() or getattr(command, "failed", None) is not None:
            return  # a step that failed on its first run changed nothing
        if _is_pseudonymising(command):
            return  # audited by the service itself, with counts
        record_action(session.project, session.coder.name, action, command.text())

    stack.indexChanged.connect(on_index_changed)
