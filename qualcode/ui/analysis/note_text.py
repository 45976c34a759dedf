"""quant's model notes in the reader's language.

quant (Qt-free, shared with the CLI) writes its notes in English with names and numbers
inside. The regression panel shows the common ones translated: each known sentence is
matched whole and rebuilt from its translation with the same names and numbers; a note
quant writes that is not listed here is shown as quant wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

__all__ = ["readable_model_note"]

_CTX = "ModelNotes"
#: (quant's sentence as a pattern, its English text as a translation source with the same fields)
_NOTES = (
    (r"Listwise deletion: (?P<dropped>\d+) of (?P<total>\d+) rows dropped \(missing: (?P<detail>.*)\)\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).")),
    (r"Reference level of (?P<name>.+?): (?P<level>.+) \(lowest level of the ordered scale\)\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Reference level of {name}: {level} (lowest level of the ordered scale).")),
    (r"Reference level of (?P<name>.+?): (?P<level>.+) \(most frequent level, n = (?P<n>\d+)\); "
     r"choose another with reference=\{\.\.\.\}\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Reference level of {name}: {level} (most frequent level, n = {n}); "
                       "choose another with reference={{...}}.")),
    (r"Standard errors: (?P<cov>\S+) \(heteroskedasticity-consistent\); p-values and 95% CIs use the t "
     r"distribution with (?P<df>\d+) residual df\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs "
                       "use the t distribution with {df} residual df.")),
    (r"Standard errors assume constant variance; t with (?P<df>\d+) df\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Standard errors assume constant variance; t with {df} df.")),
    (r"Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column "
     r"\((?P<cols>.*)\) z-scored on this model's estimation sample \(n = (?P<n>\d+)\); transforms and "
     r"interactions are standardised as the columns the model uses; 0/1 and dummy-coded columns are left as 0/1\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Standardised beta: coefficient after refitting with the outcome and every "
                       "non-0/1 design column ({cols}) z-scored on this model's estimation sample (n = {n}); "
                       "transforms and interactions are standardised as the columns the model uses; 0/1 and "
                       "dummy-coded columns are left as 0/1.")),
    (r"Odds ratios with Wald 95% CIs, exp\(b ± 1\.96 SE\); unpenalised maximum likelihood\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum "
                       "likelihood.")),
    (r"OR per SD: odds ratio for a one-standard-deviation increase \(SD on the estimation sample\)\.",
     QT_TRANSLATE_NOOP("ModelNotes", "OR per SD: odds ratio for a one-standard-deviation increase (SD on the "
                       "estimation sample).")),
    (r"AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, "
     r"df = 8\.",
     QT_TRANSLATE_NOOP("ModelNotes", "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles "
                       "of the fitted probabilities, df = 8.")),
    (r"Only (?P<events>\d+) cases in the rarer outcome group for (?P<k>\d+) coefficients \(fewer than 10 per "
     r"coefficient\): estimates may be unstable\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Only {events} cases in the rarer outcome group for {k} coefficients (fewer "
                       "than 10 per coefficient): estimates may be unstable.")),
    (r"IRR = exp\(b\), the multiplicative change in the expected count; Wald z tests and 95% CIs\.",
     QT_TRANSLATE_NOOP("ModelNotes", "IRR = exp(b), the multiplicative change in the expected count; Wald z tests "
                       "and 95% CIs.")),
    (r"Alpha is estimated at 0 \(no over-dispersion\): the negative binomial fit equals the Poisson fit\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Alpha is estimated at 0 (no over-dispersion): the negative binomial fit "
                       "equals the Poisson fit.")),
    (r"Complete-case estimates \(n = (?P<n>\d+)\) are shown beside the pooled ones \(cc_\*\)\.",
     QT_TRANSLATE_NOOP("ModelNotes", "Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).")),
)


def readable_model_note(note: str) -> str:
    """``note`` translated when it is one of quant's known sentences, else as it is."""
    for pattern, source in _NOTES:
        match = re.fullmatch(pattern, note.strip())
        if match is not None:
            return QCoreApplication.translate(_CTX, source).format(**match.groupdict())
    from qualcode.ui.texts import service_text  # quant's less common notes

    return service_text(note)
