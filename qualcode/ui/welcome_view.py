"""The empty state: teaches what to do first instead of showing blank panes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h1>QualCode</h1><p>Code transcripts, build themes, link them to survey data.</p>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        new_button = QPushButton("New project…  (Ctrl+N)")
        open_button = QPushButton("Open project…  (Ctrl+O)")
        demo_button = QPushButton("Open the demo project (synthetic data)")
        demo_button.setToolTip("A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, "
                               "codes, themes, analyses and joint displays. All data are invented.")
        new_button.clicked.connect(self.new_requested)
        open_button.clicked.connect(self.open_requested)
        demo_button.clicked.connect(self.demo_requested)
        for button in (new_button, open_button, demo_button):
            button.setMinimumWidth(260)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.recent_label = QLabel("<b>Recent projects</b>")
        self.recent_list = QListWidget()
        self.recent_list.setMaximumWidth(520)
        self.recent_list.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent_label, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.recent_list, alignment=Qt.AlignmentFlag.AlignCenter)

    def set_recent(self, locations: list[str]) -> None:
        self.recent_list.clear()
        for location in locations:
            item = QListWidgetItem(location)
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(locations))
        self.recent_list.setVisible(bool(locations))
