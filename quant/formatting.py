"""APA-style number formatting (7th edition conventions).

* p-values: three decimals without a leading zero (``.008``), ``< .001``
  below one in a thousand, ``> .999`` just below one.
* Estimates, SEs, test statistics: two decimals, minus sign kept.
* Quantities bounded by +-1 (r, rho, beta, alpha): no leading zero (``.34``).
"""

from __future__ import annotations

import math

__all__ = [
    "format_p",
    "format_estimate",
    "format_stat",
    "format_bounded",
    "format_ci",
    "stars",
]

_NA = "n/a"


def _finite(x: float | None) -> bool:
    return x is not None and math.isfinite(float(x))


def format_p(p: float | None, *, digits: int = 3) -> str:
    """Format a p-value the APA way.

    Parameters
    ----------
    p : float or None
        The p-value (NaN/None gives ``"n/a"``).
    digits : int
        Decimals shown (3 by APA).

    Returns
    -------
    str
        ``".008"``, ``"< .001"``, ``"> .999"``.

    Examples
    --------
    >>> format_p(0.0081)
    '.008'
    >>> format_p(0.00004)
    '< .001'
    """
    if not _finite(p):
        return _NA
    pv = float(p)  # type: ignore[arg-type]
    floor = 10.0**-digits
    if pv < floor:
        return "< " + f"{floor:.{digits}f}".lstrip("0")
    if round(pv, digits) >= 1.0:
        return "> " + f"{1 - floor:.{digits}f}".lstrip("0")
    return f"{pv:.{digits}f}".lstrip("0")


def format_estimate(x: float | None, *, digits: int = 2) -> str:
    """Two-decimal estimate with a leading zero (``0.21``, ``-1.05``); NaN -> ``"n/a"``."""
    if not _finite(x):
        return _NA
    out = f"{float(x):.{digits}f}"  # type: ignore[arg-type]
    # "-0.00" reads as a sign error in a table
    return out[1:] if out.startswith("-") and float(out) == 0 else out


def format_stat(x: float | None, *, digits: int = 2) -> str:
    """Test statistic (t, z, F, chi2) with two decimals."""
    return format_estimate(x, digits=digits)


def format_bounded(x: float | None, *, digits: int = 2) -> str:
    """A value that cannot exceed 1 in size (r, rho, alpha, beta): ``.34``, ``-.05``."""
    s = format_estimate(x, digits=digits)
    if s == _NA:
        return s
    if s.startswith("-0."):
        return "-" + s[2:]
    if s.startswith("0."):
        return s[1:]
    return s


def format_ci(low: float | None, high: float | None, *, digits: int = 2) -> str:
    """Interval in brackets: ``[0.19, 0.47]``."""
    if not (_finite(low) and _finite(high)):
        return _NA
    return f"[{format_estimate(low, digits=digits)}, {format_estimate(high, digits=digits)}]"


def stars(p: float | None) -> str:
    """Significance stars as in the seed paper's Table 7: * < .05, ** < .01, *** < .001."""
    if not _finite(p):
        return ""
    pv = float(p)  # type: ignore[arg-type]
    if pv < 0.001:
        return "***"
    if pv < 0.01:
        return "**"
    if pv < 0.05:
        return "*"
    return ""
