"""Joint displays (Guetterman, Fetters & Creswell 2015): qualitative and quantitative
results side by side, with the researcher's meta-inference.

Two kinds:

* **side by side**: per domain, a model term (estimate, CI, p) beside a theme, its
  cases n/N, exemplar quotes and a meta-inference (confirm / expand / discord).
* **statistics by themes**: themes as rows, groups of cases (a survey variable and a
  grouping rule) as columns; each cell n, % of the group's cases and a quote.

Only the researcher's choices are stored (:class:`JointDisplay`, :class:`JointRow`);
every number is computed on demand (the ``*View`` classes), so re-coding updates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from qualcode.core.errors import ValidationError


class DisplayKind(str, Enum):
    SIDE_BY_SIDE = "side_by_side"
    STATS_BY_THEMES = "stats_by_themes"


class MetaInference(str, Enum):
    """How the two strands relate (Fetters, Curry & Creswell 2013)."""

    UNLABELLED = ""
    CONFIRM = "confirm"
    EXPAND = "expand"
    DISCORD = "discord"


class GroupRule(str, Enum):
    LEVELS = "levels"  # one column per level of a binary/categorical/ordinal variable
    MEDIAN = "median"  # low (< median) / high (>= median) of a numeric variable
    THRESHOLD = "threshold"  # low (< threshold) / high (>= threshold)


@dataclass(frozen=True)
class Grouping:
    """The columns of a statistics-by-themes display.

    ``labels`` renames levels for display, e.g. ``(("0", "no"), ("1", "yes"))``.
    """

    variable: str
    rule: GroupRule = GroupRule.LEVELS
    threshold: float | None = None
    labels: tuple[tuple[str, str], ...] = ()

    def validate(self) -> Grouping:
        if not self.variable:
            raise ValidationError("Choose the survey variable that defines the groups.")
        if self.rule is GroupRule.THRESHOLD and self.threshold is None:
            raise ValidationError("A threshold grouping needs a threshold value.")
        return self


@dataclass(frozen=True)
class JointRow:
    """One row as the researcher set it up (stored).

    ``quote_ids`` are chosen segment ids: exemplar quotes (side by side) or, in a
    statistics-by-themes display, the first chosen segment of a case in each group.
    """

    id: int
    display_id: int
    position: int = 0
    theme_id: int | None = None
    domain: str = ""
    analysis_id: int | None = None
    term: str = ""
    meta_inference: MetaInference = MetaInference.UNLABELLED
    note: str = ""
    quote_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class JointDisplay:
    id: int
    name: str
    kind: DisplayKind
    grouping: Grouping | None = None
    note: str = ""
    rows: tuple[JointRow, ...] = ()

    def validate(self) -> JointDisplay:
        if not self.name.strip():
            raise ValidationError("Give the joint display a name.")
        if self.kind is DisplayKind.STATS_BY_THEMES:
            if self.grouping is None:
                raise ValidationError("A statistics-by-themes display needs a grouping variable.")
            self.grouping.validate()
        return self


# ----------------------------------------------------------------- computed views


@dataclass(frozen=True)
class QuoteView:
    segment_id: int
    text: str
    document: str
    speaker: str | None
    case: str | None

    @property
    def source(self) -> str:
        return self.case or self.speaker or self.document


@dataclass(frozen=True)
class QuantCell:
    """A model term as a joint display shows it (numbers on the reported scale)."""

    analysis_id: int
    analysis_name: str
    term: str
    effect: str  # "OR", "IRR", "B", "beta"
    estimate: float
    ci_low: float
    ci_high: float
    p_value: float
    n: int
    text: str  # e.g. "OR 2.15 [1.22, 3.82], p = .008"


@dataclass(frozen=True)
class SideBySideRowView:
    row_id: int
    domain: str
    quant: QuantCell | None
    theme_id: int | None
    theme: str
    cases_with_theme: int
    cases_total: int
    quotes: tuple[QuoteView, ...]
    meta_inference: MetaInference
    note: str
    problem: str = ""  # why a cell is empty (analysis deleted, term not in model ...)


@dataclass(frozen=True)
class GroupColumn:
    label: str  # e.g. "LA: yes"
    n_cases: int  # interviewed cases in the group (the % base)
    n_survey: int  # all survey rows in the group


@dataclass(frozen=True)
class GroupCell:
    n: int
    percent: float | None  # None when the group has no interviewed case
    quote: QuoteView | None


@dataclass(frozen=True)
class StatsRowView:
    row_id: int
    theme_id: int | None
    theme: str
    cells: tuple[GroupCell, ...]
    meta_inference: MetaInference
    note: str


@dataclass(frozen=True)
class JointDisplayView:
    """Everything a joint display shows, computed from the project as it is now."""

    id: int
    name: str
    kind: DisplayKind
    note: str
    side_rows: tuple[SideBySideRowView, ...] = ()
    columns: tuple[GroupColumn, ...] = ()
    stats_rows: tuple[StatsRowView, ...] = ()
    notes: tuple[str, ...] = ()
