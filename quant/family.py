"""The model family of a result and a term on its reported scale (re-exported by :mod:`quant.result`).

Callers ask ``result.family`` (a :class:`ModelFamily`) instead of parsing
``ModelResult.model`` strings such as ``"mi-count"`` or ``"ipw-logit"``.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

__all__ = ["RATIO_KEYS", "Effect", "ModelFamily"]


class ModelFamily(Enum):
    """What kind of model a result comes from, so callers never parse ``ModelResult.model``.

    Pooled (``"mi-..."``) and weighted (``"ipw-..."``) results have the family of the
    model they pool or weight. ``COUNT`` is a count model whose family (Poisson or
    NB2) is not one for the whole result; ``OTHER`` is a table (correlations, alpha,
    descriptives) or a nested-model comparison.
    """

    OLS = "ols"
    LOGIT = "logit"
    ORDINAL = "ordinal"
    POISSON = "poisson"
    NEGBIN = "negbin"
    COUNT = "count"
    OTHER = "other"

    @classmethod
    def of_model(cls, model: str) -> ModelFamily:
        """The family of a ``ModelResult.model`` name (``"mi-logit"`` -> ``LOGIT``)."""
        base = model.removeprefix("mi-").removeprefix("ipw-")
        base = {"ordinal-ppo": "ordinal"}.get(base, base)
        try:
            return cls(base)
        except ValueError:
            return cls.OTHER

    @property
    def is_count(self) -> bool:
        """Poisson, negative binomial or a count model of either family."""
        return self in (ModelFamily.POISSON, ModelFamily.NEGBIN, ModelFamily.COUNT)

    @property
    def ratio_scale(self) -> bool:
        """Effects are reported as ratios (OR, IRR) of the exponentiated estimates."""
        return self in (ModelFamily.LOGIT, ModelFamily.ORDINAL) or self.is_count

    @property
    def effect_label(self) -> str:
        """Short name of the reported effect: ``"OR"``, ``"IRR"`` or ``"B"``."""
        return "IRR" if self.is_count else "OR" if self.ratio_scale else "B"

    @property
    def effect_name(self) -> str:
        """Long name of the reported effect, as a plot axis says it."""
        return ("Incidence rate ratio" if self.is_count else "Odds ratio" if self.ratio_scale
                else "Coefficient (b)")


#: Term.extra keys of the reported ratio and its interval, per ratio family.
RATIO_KEYS = {"OR": ("odds_ratio", "or_ci_low", "or_ci_high"), "IRR": ("irr", "irr_ci_low", "irr_ci_high")}


class Effect(NamedTuple):
    """A term on its reported scale: b for OLS, OR for logit / ordinal, IRR for counts."""

    term: str
    label: str
    estimate: float
    ci_low: float
    ci_high: float
