"""The joint-display view: choose a display, read it, label its meta-inferences, export it.

Live-linked: every Changes that can move a number (segments, codes, themes, cases,
documents, survey) or a choice (links: displays and rows) recomputes the display in a
worker, so re-coding one segment changes the counts the researcher sees. Edits go
through undoable commands (:mod:`qualcode.ui.joint.joint_commands`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.joint_display import DisplayKind, MetaInference
from qualcode.core.joint_display import JointDisplayView as DisplayContent
from qualcode.core.survey import Variable
from qualcode.services.mixed.joint_displays import list_joint_displays
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.commands.base import ServiceCommand, push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.joint.joint_commands import (
    AddJointRowCommand, ChooseQuotesCommand, CreateDisplayCommand, DeleteRowCommand, SetMetaInferenceCommand,
)
from qualcode.ui.joint.joint_display_model import (
    META_LABELS, SEGMENTS_ROLE, SideBySideModel, StatsByThemesModel, meta_label,
)
from qualcode.ui.joint.joint_jobs import ComputedDisplay, compute_display, export_displays
from qualcode.ui.joint.new_display_dialog import NewDisplayDialog, NewDisplaySpec
from qualcode.ui.texts import service_text
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start

__all__ = ["JointDisplayView"]

_LIVE = ("segments", "codes", "themes", "cases", "documents", "survey", "links")


class JointDisplayView(QWidget):
    computed = Signal(object)  # DisplayContent | None, after the table shows it
    exported = Signal(str)  # the path written
    quote_activated = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view: DisplayContent | None = None
        self.variables: tuple[Variable, ...] = ()
        self.side_model = SideBySideModel(self)
        self.stats_model = StatsByThemesModel(self)
        self._generation = 0
        self._dirty = True
        self._loading = False
        self.workers: list[FunctionWorker] = []
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one recompute for a burst of edits
        self._timer.timeout.connect(self.refresh)
        session.events.changed.connect(self._on_changed)
        self.reload_displays()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(28)
        self.chooser.currentIndexChanged.connect(self._display_chosen)
        self.new_button = QPushButton(self.tr("&New display\u2026"))
        self.new_button.clicked.connect(self.new_display)
        self.add_theme_button = QPushButton(self.tr("Add &theme\u2026"))
        self.add_theme_button.clicked.connect(self.add_theme_row)
        self.export_button = QPushButton(self.tr("Export to &Word\u2026"))
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel("")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Display:")))
        top.itemAt(0).widget().setBuddy(self.chooser)  # type: ignore[union-attr]
        top.addWidget(self.chooser, 1)
        for widget in (self.new_button, self.add_theme_button, self.export_button, self.status):
            top.addWidget(widget)

        self.table = QTableView()
        self._use_model(self.side_model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self.open_quote)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setEnabled(False)

        self.meta = QComboBox()
        for label in META_LABELS:
            self.meta.addItem(meta_label(label), label.value)  # Qt keeps plain strings, not the enum
        self.meta.currentIndexChanged.connect(self._meta_chosen)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why: how the two strands confirm, expand or disagree"))
        self.note.editingFinished.connect(self._note_edited)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("&Meta-inference:")))
        edit.itemAt(0).widget().setBuddy(self.meta)  # type: ignore[union-attr]
        edit.addWidget(self.meta)
        edit.addWidget(QLabel(self.tr("N&ote:")))
        edit.itemAt(2).widget().setBuddy(self.note)  # type: ignore[union-attr]
        edit.addWidget(self.note, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(edit)
        self._set_editing_enabled(False)

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.meta, self.note):
            widget.setEnabled(enabled)

    # -- displays ------------------------------------------------------------------
    @property
    def display_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def reload_displays(self) -> None:
        """Fill the chooser from the project, keeping the current display if it still exists."""
        current = self.display_id
        displays = list_joint_displays(self.session.project)
        self._loading = True
        self.chooser.clear()
        for d in displays:
            kind = self.tr("side by side") if d.kind is DisplayKind.SIDE_BY_SIDE else self.tr("statistics by themes")
            self.chooser.addItem(f"{d.name} ({kind})", d.id)
        index = self.chooser.findData(current) if current is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if displays else -1))
        self._loading = False
        self.add_theme_button.setEnabled(bool(displays))
        self.export_button.setEnabled(bool(displays))
        if not displays:
            self.status.setText(self.tr("No joint displays yet: New display, or Add to joint display in the regression panel."))

    def show_display(self, display_id: int) -> None:
        index = self.chooser.findData(display_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _display_chosen(self, _index: int) -> None:
        if not self._loading:
            self.schedule_refresh()

    # -- live link -----------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if not any(getattr(changes, name) for name in _LIVE):
            return
        if changes.links:
            self.reload_displays()
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        """Recompute the chosen display in a worker (the table updates when it is done)."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        worker = FunctionWorker(compute_display, self.session.project, self.display_id)
        worker.signals.finished.connect(lambda result, g=generation, w=worker: self._computed(g, w, result))
        worker.signals.failed.connect(lambda exc, g=generation, w=worker: self._failed(g, w, exc))
        self.status.setText(self.tr("Computing\u2026"))
        self.workers.append(start(worker, owner=self))

    def _computed(self, generation: int, worker: FunctionWorker, result: ComputedDisplay) -> None:
        self._forget(worker)
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer computation is on its way, or the view closed meanwhile
        self.variables = result.variables
        self.status.setText("")
        self.set_view(result.view)

    def _failed(self, generation: int, worker: FunctionWorker, exc: object) -> None:
        self._forget(worker)
        if generation == self._generation and shiboken6.isValid(self):
            self.status.setText(self.tr("Could not compute this display (see details)."))
            self.set_view(None)
            if isinstance(exc, BaseException):
                show_error(self, self.tr("Could not compute the joint display"), exc)

    def _forget(self, worker: FunctionWorker) -> None:
        if worker in self.workers:
            self.workers.remove(worker)

    def set_view(self, view: DisplayContent | None) -> None:
        """Show a computed display, keeping the selected row."""
        keep = self.selected_row_id()
        self.view = view
        stats = view is not None and view.kind is DisplayKind.STATS_BY_THEMES
        model = self.stats_model if stats else self.side_model
        model.set_view(view)
        if self.table.model() is not model:
            self._use_model(model)
        self._layout_columns(stats)
        self.notes.setText("  ".join(service_text(n) for n in view.notes) if view is not None else "")
        row = model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._load_editor()
        self.computed.emit(view)

    def _use_model(self, model: SideBySideModel | StatsByThemesModel) -> None:
        self.table.setModel(model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _layout_columns(self, stats: bool) -> None:
        header = self.table.horizontalHeader()
        count = self.table.model().columnCount()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stats:
            for c in range(count):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(count - 1, QHeaderView.ResizeMode.Stretch)
        else:
            widths = (130, 260, 180, 0, 300)
            for c, w in enumerate(widths):
                if w:
                    self.table.setColumnWidth(c, w)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the quotes take the rest
        # rows follow the columns' widths (sized once before the first show they stayed
        # as tall as the text wrapped at a width the table never had)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- meta-inference editing ----------------------------------------------------
    def model(self) -> SideBySideModel | StatsByThemesModel:
        return self.table.model()  # type: ignore[return-value]

    def selected_row_id(self) -> int | None:
        selection = self.table.selectionModel()
        if selection is None or not selection.currentIndex().isValid():
            return None
        return self.model().row_id(selection.currentIndex().row())

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_editor()

    def _load_editor(self) -> None:
        selection = self.table.selectionModel()
        row = self.model().row_view(selection.currentIndex().row()) if selection is not None else None
        self._loading = True
        self.meta.setCurrentIndex(self.meta.findData((row.meta_inference if row else MetaInference.UNLABELLED).value))
        self.note.setText(row.note if row else "")
        self._loading = False
        self._set_editing_enabled(row is not None)

    def _meta_chosen(self, _index: int) -> None:
        row_id = self.selected_row_id()
        if self._loading or row_id is None:
            return
        self._push(SetMetaInferenceCommand(self.session, row_id, MetaInference(self.meta.currentData())))

    def _note_edited(self) -> None:
        row_id = self.selected_row_id()
        row = self.model().row_view(self.model().row_of(row_id)) if row_id is not None else None
        if self._loading or row_id is None or row is None or self.note.text() == row.note:
            return
        label = MetaInference(self.meta.currentData())
        self._push(SetMetaInferenceCommand(self.session, row_id, label, self.note.text()))

    def _push(self, command: ServiceCommand) -> bool:
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown, the view keeps working
            show_error(self, self.tr("Could not do this: {step}").format(step=command.text()), exc)
            return False
        return True

    # -- rows, quotes, text --------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row_id = self.model().row_id(index.row()) if index.isValid() else None
        if row_id is None:
            return
        segments = list(index.data(SEGMENTS_ROLE) or [])
        menu = QMenu(self)
        if segments:
            menu.addAction(self.tr("Read in the transcript"), lambda: self.open_quote(index))
            menu.addAction(self.tr("Keep this quote") if len(segments) == 1 else self.tr("Keep these quotes"),
                           lambda: self._push(ChooseQuotesCommand(self.session, row_id, segments)))
        menu.addAction(self.tr("Choose quotes automatically"),
                       lambda: self._push(ChooseQuotesCommand(self.session, row_id, [])))
        menu.addSeparator()
        menu.addAction(self.tr("Delete row"), lambda: self._push(DeleteRowCommand(self.session, row_id)))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def open_quote(self, index: QModelIndex) -> bool:
        """Emit ``quote_activated`` for the first quote of a cell; False when it has none."""
        segments = list(index.data(SEGMENTS_ROLE) or []) if index.isValid() else []
        if not segments:
            return False
        rows = segment_rows(self.session.project, segment_ids=segments[:1], with_children=False)
        if not rows:
            return False
        self.quote_activated.emit(int(rows[0]["document_id"]), int(rows[0]["start"]), int(rows[0]["end"]))
        return True

    def add_theme_row(self) -> None:
        display_id = self.display_id
        themes = list_themes(self.session.project)
        if display_id is None or not themes:
            return
        names = [t.name for t in themes]
        name, ok = QInputDialog.getItem(self, self.tr("Add theme"), self.tr("Theme:"), names, 0, False)
        if ok and name in names:
            self._push(AddJointRowCommand(self.session, display_id, theme_id=themes[names.index(name)].id))

    def new_display(self) -> None:
        names = [d.name for d in list_joint_displays(self.session.project)]
        dialog = NewDisplayDialog(self.variables, names, self)
        if dialog.exec():
            self.create_display(dialog.spec())

    def create_display(self, spec: NewDisplaySpec) -> int | None:
        """Create the display (and a row per theme when asked) as ONE undo step; returns its id."""
        stack = self.session.undo_stack
        create = CreateDisplayCommand(self.session, spec.name, spec.kind, grouping=spec.grouping)
        stack.beginMacro(self.tr("New joint display \u201c{name}\u201d").format(name=spec.name))
        ok = self._push(create)
        if ok and spec.add_themes and create.display is not None:
            display_id = create.display.id
            for theme in list_themes(self.session.project):
                if theme.parent_id is None and not self._push(AddJointRowCommand(self.session, display_id, theme_id=theme.id)):
                    ok = False
                    break
        stack.endMacro()
        if not ok:
            stack.undo()  # nothing half-made stays behind
            return None
        assert create.display is not None
        self.reload_displays()
        self.show_display(create.display.id)
        return create.display.id

    # -- export --------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export joint displays"), "joint_displays.docx",
                                              self.tr("Word documents") + " (*.docx)")
        if path:
            self.export_to(path if path.endswith(".docx") else path + ".docx")

    def export_to(self, path: str) -> None:
        """Write every display, computed now, to ``path`` in a worker; ``exported`` when done."""
        worker = FunctionWorker(export_displays, self.session.project, path)
        worker.signals.finished.connect(lambda p, w=worker: (self._forget(w), self.exported.emit(str(p))))
        worker.signals.failed.connect(lambda exc, w=worker: (self._forget(w), show_error(
            self, self.tr("Could not export the joint displays"), exc)))
        self.status.setText(self.tr("Exporting\u2026"))
        self.exported.connect(lambda _p: self.status.setText(""), Qt.ConnectionType.SingleShotConnection)
        self.workers.append(start(worker, owner=self))
