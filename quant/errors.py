"""The one exception quant raises for problems the user can act on.

Kept in its own module, free of numpy and pandas, so a caller can catch it
(the command line does for every subcommand) without importing the statistics stack.
"""

from __future__ import annotations


class QuantError(ValueError):
    """A problem with the data or model that the user can act on.

    The message is written for the person running the analysis (for example
    "Perfect separation: LA predicts SR exactly"), never a raw traceback from
    statsmodels or numpy.
    """
