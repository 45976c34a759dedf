"""Inter-coder agreement: percent, Holsti, Cohen, Fleiss, Brennan-Prediger, Gwet, Krippendorff.

Every function takes a reliability matrix (rows = coders, columns = units; ``None`` or
NaN = that coder did not code that unit) and returns an :class:`AgreementResult` with a
95% confidence interval: analytic where the literature gives one (Cohen: Fleiss, Cohen &
Everitt 1969; percent, Fleiss, Brennan-Prediger, Gwet: Gwet 2014, ch. 5), a seeded
percentile bootstrap over units otherwise (Holsti, Krippendorff).
"""

from __future__ import annotations

from quant.agreement.chance import (
    brennan_prediger,
    fleiss_kappa,
    gwet_ac,
    percent_agreement,
)
from quant.agreement.cohen import cohen_kappa, cohen_kappa_table
from quant.agreement.compute import STATISTICS, compute
from quant.agreement.krippendorff import holsti, krippendorff_alpha
from quant.agreement.matrix import AgreementResult, ratings_matrix

__all__ = [
    "STATISTICS",
    "AgreementResult",
    "brennan_prediger",
    "cohen_kappa",
    "cohen_kappa_table",
    "compute",
    "fleiss_kappa",
    "gwet_ac",
    "holsti",
    "krippendorff_alpha",
    "percent_agreement",
    "ratings_matrix",
]
