"""The "New joint display" dialog: name, kind and, for statistics by themes, the grouping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget,
)

from qualcode.core.errors import ValidationError
from qualcode.core.joint_display import DisplayKind, Grouping, GroupRule, JointDisplay
from qualcode.core.survey import Variable, VariableType
from qualcode.ui.texts import service_text

__all__ = ["NewDisplaySpec", "NewDisplayDialog", "KIND_NAMES", "RULE_NAMES"]

#: English source texts (translated when shown, context "NewDisplayDialog")
KIND_NAMES = {DisplayKind.SIDE_BY_SIDE: QT_TRANSLATE_NOOP("NewDisplayDialog", "Side by side"),
              DisplayKind.STATS_BY_THEMES: QT_TRANSLATE_NOOP("NewDisplayDialog", "Statistics by themes")}
RULE_NAMES = {GroupRule.LEVELS: QT_TRANSLATE_NOOP("NewDisplayDialog", "One column per level"),
              GroupRule.MEDIAN: QT_TRANSLATE_NOOP("NewDisplayDialog", "Split at the median"),
              GroupRule.THRESHOLD: QT_TRANSLATE_NOOP("NewDisplayDialog", "Split at a threshold")}
_GROUPABLE = {VariableType.BINARY, VariableType.ORDINAL, VariableType.CATEGORICAL, VariableType.CONTINUOUS,
              VariableType.COUNT}
_NUMERIC = {VariableType.CONTINUOUS, VariableType.COUNT}


@dataclass(frozen=True)
class NewDisplaySpec:
    name: str
    kind: DisplayKind
    grouping: Grouping | None
    add_themes: bool


class NewDisplayDialog(QDialog):
    """Ask for a new display; :meth:`spec` validates what was entered (raises ValidationError)."""

    def __init__(self, variables: Sequence[Variable], existing: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New joint display"))
        self.existing = {n.casefold() for n in existing}
        self.variables = [v for v in variables if v.type in _GROUPABLE]
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Themes by legal aid"))
        self.kind = QComboBox()
        for kind, text in KIND_NAMES.items():
            self.kind.addItem(self.tr(text), kind.value)
        self.variable = QComboBox()
        for v in self.variables:
            self.variable.addItem(f"{v.name} \u2014 {v.label}" if v.label else v.name, v.name)
        self.rule = QComboBox()
        for rule, text in RULE_NAMES.items():
            self.rule.addItem(self.tr(text), rule.value)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-1e9, 1e9)
        self.threshold.setDecimals(3)
        self.add_themes = QCheckBox(self.tr("Add a row for every theme"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Groups from:"), self.variable)
        form.addRow(self.tr("&Rule:"), self.rule)
        form.addRow(self.tr("&Threshold:"), self.threshold)
        form.addRow(self.add_themes)
        form.addRow(self.message)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.variable.currentIndexChanged.connect(self._default_rule)
        self.rule.currentIndexChanged.connect(self._update)
        self._default_rule()
        self._update()

    def _chosen_variable(self) -> Variable | None:
        i = self.variable.currentIndex()
        return self.variables[i] if 0 <= i < len(self.variables) else None

    def _default_rule(self) -> None:
        var = self._chosen_variable()
        rule = GroupRule.MEDIAN if var is not None and var.type in _NUMERIC else GroupRule.LEVELS
        self.rule.setCurrentIndex(self.rule.findData(rule.value))

    def _update(self) -> None:
        stats = self.kind.currentData() == DisplayKind.STATS_BY_THEMES.value
        for widget in (self.variable, self.rule):
            widget.setEnabled(stats)
        self.threshold.setEnabled(stats and self.rule.currentData() == GroupRule.THRESHOLD.value)
        self.add_themes.setChecked(stats)
        if stats and not self.variables:
            self.message.setText(self.tr("Import a survey first: statistics by themes splits its cases by a survey variable."))
        else:
            self.message.setText("")

    def spec(self) -> NewDisplaySpec:
        kind = DisplayKind(self.kind.currentData())
        grouping = None
        if kind is DisplayKind.STATS_BY_THEMES:
            var = self._chosen_variable()
            rule = GroupRule(self.rule.currentData())
            grouping = Grouping(var.name if var else "", rule,
                                self.threshold.value() if rule is GroupRule.THRESHOLD else None)
        name = self.name.text().strip()
        JointDisplay(0, name, kind, grouping).validate()
        if name.casefold() in self.existing:
            raise ValidationError(self.tr("There is already a joint display named \u201c{name}\u201d.").format(name=name))
        return NewDisplaySpec(name, kind, grouping, self.add_themes.isChecked())

    def _accept(self) -> None:
        try:
            self.spec()
        except ValidationError as exc:
            self.message.setText(service_text(str(exc)))
            return
        self.accept()
