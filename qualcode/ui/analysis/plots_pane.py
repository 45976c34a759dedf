"""The regression panel's plots: forest, ROC, Q–Q, residuals vs fitted, Cook's D.

Drawn with matplotlib's Qt backend (``FigureCanvasQTAgg``) from the plain numbers in a
:class:`~qualcode.services.mixed.analysis.PlotData`; nothing is computed here.
Clicking a point of the Cook's D plot emits ``participant_chosen(case_key)`` so the
workbench can open that participant's transcript.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping

from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QWidget

from qualcode.services.mixed.analysis import PlotData
from qualcode.ui.analysis.result_table import estimate_name, term_label

__all__ = ["PlotsPane", "TABS"]

TABS = ("Forest", "ROC", "Q–Q", "Residuals", "Cook's D")  # keys of the canvases (English)
_TAB_TITLES = {
    "Forest": QT_TRANSLATE_NOOP("PlotsPane", "Forest"),
    "ROC": QT_TRANSLATE_NOOP("PlotsPane", "ROC"),
    "Q–Q": QT_TRANSLATE_NOOP("PlotsPane", "Q–Q"),
    "Residuals": QT_TRANSLATE_NOOP("PlotsPane", "Residuals"),
    "Cook's D": QT_TRANSLATE_NOOP("PlotsPane", "Cook's D"),
}
#: what each tab shows, in full: the tab's tooltip (the tab itself has a short title)
_TAB_TIPS = {
    "Forest": QT_TRANSLATE_NOOP("PlotsPane", "Forest plot: each predictor's estimate with its 95% CI"),
    "ROC": QT_TRANSLATE_NOOP("PlotsPane", "ROC curve (logistic models)"),
    "Q–Q": QT_TRANSLATE_NOOP("PlotsPane", "Q–Q plot of the residuals (linear models)"),
    "Residuals": QT_TRANSLATE_NOOP("PlotsPane", "Residuals vs fitted values (linear models)"),
    "Cook's D": QT_TRANSLATE_NOOP("PlotsPane", "Cook's distance per participant (linear models)"),
}
# Okabe–Ito: colour-blind-safe, the app's default palette (UX.md "Look")
_BLUE, _ORANGE, _GREY = "#0072B2", "#D55E00", "#999999"
_PICK_PIXELS = 8.0


class PlotsPane(QTabWidget):
    """One canvas per tab; tabs that do not apply to the model are disabled."""

    participant_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        for name in TABS:
            figure = Figure(figsize=(4, 3.2), layout="constrained")
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumSize(220, 200)
            self.canvases[name] = canvas
            index = self.addTab(canvas, self.tr(_TAB_TITLES[name]))
            self.setTabToolTip(index, self.tr(_TAB_TIPS[name]))
        # Five short titles share a narrow pane: every title is shown whole (no "Фо…", no tab
        # hidden behind scroll arrows), so the pane is at least as wide as its tab bar; the
        # panel's splitter gives it that room at 1280 px and will not squeeze it below.
        self.tabBar().setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self._cooks: tuple[tuple[str, float], ...] = ()
        self._labels: dict[str, str] = {}
        self.canvases["Cook's D"].mpl_connect("button_press_event", self._cooks_clicked)
        self.show_plots(None)

    # -- public API ------------------------------------------------------------------------
    def show_plots(self, plots: PlotData | None, labels: Mapping[str, str] | None = None) -> None:
        """Draw every plot that applies; disable the others (and leave an enabled tab current).

        ``labels`` maps columns to readable names for the forest plot's terms.
        """
        plots = plots or PlotData()
        self._labels = dict(labels or {})
        drawn = {
            "Forest": self._forest(plots),
            "ROC": self._roc(plots),
            "Q–Q": self._qq(plots),
            "Residuals": self._residuals(plots),
            "Cook's D": self._cook(plots),
        }
        for i, name in enumerate(TABS):
            self.setTabEnabled(i, drawn[name])
            self.canvases[name].draw_idle()
        if not self.isTabEnabled(self.currentIndex()):
            self.setCurrentIndex(0)

    def axes(self, name: str) -> Axes | None:
        """The axes of one tab (tests and screenshots look at what was drawn)."""
        return self.canvases[name].figure.axes[0] if self.canvases[name].figure.axes else None

    def choose_cook_point(self, position: int) -> None:
        """Emit ``participant_chosen`` for the ``position``-th case of the Cook's D plot."""
        if 0 <= position < len(self._cooks):
            self.participant_chosen.emit(self._cooks[position][0])

    # -- drawing ---------------------------------------------------------------------------
    def _fresh_axes(self, name: str):  # type: ignore[no-untyped-def]
        figure = self.canvases[name].figure
        figure.clear()
        return figure.add_subplot()

    def _empty(self, name: str, message: str) -> bool:
        ax = self._fresh_axes(name)
        ax.set_axis_off()
        ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, color=_GREY, transform=ax.transAxes)
        return False

    def _forest(self, plots: PlotData) -> bool:
        rows = [r for r in plots.forest if all(math.isfinite(v) for v in r[1:])]
        if not rows:
            return self._empty("Forest", self.tr("Run a model to see its coefficients."))
        ax = self._fresh_axes("Forest")
        ys = list(range(len(rows)))
        est = [r[1] for r in rows]
        lo = [r[1] - r[2] for r in rows]
        hi = [r[3] - r[1] for r in rows]
        ax.errorbar(est, ys, xerr=[lo, hi], fmt="o", color=_BLUE, ecolor=_BLUE, capsize=3, markersize=5)
        ax.axvline(1.0 if plots.log_scale else 0.0, color=_GREY, linestyle="--", linewidth=1)
        if plots.log_scale:
            ax.set_xscale("log")
        ax.set_yticks(ys, [_wrapped(term_label(r[0], self._labels)) for r in rows])
        ax.invert_yaxis()  # first term on top, as in the table
        scale = self.tr("{estimate} (95% CI), log scale") if plots.log_scale else self.tr("{estimate} (95% CI)")
        # wrapped at whole words: a longer language's axis title stays inside the narrow figure
        # right-aligned under the axes, so a longer line runs left under the term labels, not off the figure
        title = scale.format(estimate=estimate_name(plots.forest_label)).replace("95% ", "95%\u00a0")  # "95% CI" whole
        ax.set_xlabel(_wrapped(title, 24), loc="right")
        return True

    def _roc(self, plots: PlotData) -> bool:
        if not plots.roc:
            return self._empty("ROC", self.tr("ROC curve: logistic models only."))
        ax = self._fresh_axes("ROC")
        fpr, tpr = zip(*plots.roc)
        ax.plot(fpr, tpr, color=_BLUE, linewidth=2)  # straight segments: ties make diagonals, as pROC draws
        ax.plot([0, 1], [0, 1], color=_GREY, linestyle="--", linewidth=1)
        ax.set_xlabel(self.tr("1 − specificity"))
        ax.set_ylabel(self.tr("Sensitivity"))
        if plots.auc is not None:
            ax.set_title(f"AUC = {plots.auc:.2f}".replace("0.", "."))
        ax.set_aspect("equal")
        return True

    def _qq(self, plots: PlotData) -> bool:
        if not plots.qq:
            return self._empty("Q–Q", self.tr("Q–Q plot: linear models only."))
        ax = self._fresh_axes("Q–Q")
        x, y = zip(*plots.qq)
        ax.scatter(x, y, s=12, color=_BLUE, alpha=0.8)
        low, high = min(min(x), min(y)), max(max(x), max(y))
        ax.plot([low, high], [low, high], color=_ORANGE, linewidth=1)
        ax.set_xlabel(self.tr("Theoretical quantile"))
        ax.set_ylabel(self.tr("Standardised residual"))
        return True

    def _residuals(self, plots: PlotData) -> bool:
        if not plots.residuals:
            return self._empty("Residuals", self.tr("Residuals vs fitted: linear models only."))
        ax = self._fresh_axes("Residuals")
        x, y = zip(*plots.residuals)
        ax.scatter(x, y, s=12, color=_BLUE, alpha=0.8)
        ax.axhline(0, color=_ORANGE, linewidth=1)
        ax.set_xlabel(self.tr("Fitted value"))
        ax.set_ylabel(self.tr("Residual"))
        return True

    def _cook(self, plots: PlotData) -> bool:
        self._cooks = plots.cooks
        if not plots.cooks:
            return self._empty("Cook's D", self.tr("Cook's distance: linear models only."))
        ax = self._fresh_axes("Cook's D")
        xs = list(range(len(plots.cooks)))
        ds = [d for _k, d in plots.cooks]
        ax.stem(xs, ds, linefmt=_GREY, markerfmt="o", basefmt=" ")
        threshold = plots.cooks_threshold
        if threshold is not None:
            ax.axhline(threshold, color=_ORANGE, linestyle="--", linewidth=1, label="4/n")
            for x, (key, d) in zip(xs, plots.cooks):
                if d > threshold:
                    ax.annotate(key, (x, d), textcoords="offset points", xytext=(3, 3), fontsize=7)
            ax.legend(loc="upper right", fontsize=8)
        ax.set_xlabel(self.tr("Participant (click to open the transcript)"))
        ax.set_ylabel(self.tr("Cook's distance"))
        return True

    def _cooks_clicked(self, event: MouseEvent) -> None:
        ax = self.axes("Cook's D")
        if ax is None or not self._cooks or event.inaxes is not ax or event.x is None or event.y is None:
            return
        # the nearest point in screen pixels, so tall and short stems are equally easy to hit
        points = ax.transData.transform([(i, d) for i, (_k, d) in enumerate(self._cooks)])
        dist = [math.hypot(px - event.x, py - event.y) for px, py in points]
        best = min(range(len(dist)), key=dist.__getitem__)
        if dist[best] <= _PICK_PIXELS * self.canvases["Cook's D"].device_pixel_ratio:
            self.choose_cook_point(best)

    def cook_point_position(self, position: int) -> tuple[float, float]:
        """Widget (Qt, logical pixel) coordinates of a Cook's D point, for tests."""
        canvas = self.canvases["Cook's D"]
        ax = self.axes("Cook's D")
        if ax is None:
            raise ValueError("the Cook's distance plot is not drawn")
        x, y = ax.transData.transform((position, self._cooks[position][1]))
        ratio = canvas.device_pixel_ratio
        return x / ratio, canvas.height() - y / ratio


def _wrapped(term: str, width: int = 20) -> str:
    """A long term on several lines (whole words; the constrained layout makes room for them)."""
    return "\n".join(textwrap.wrap(term, width, break_long_words=False, break_on_hyphens=False)) or term
