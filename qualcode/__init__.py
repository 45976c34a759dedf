"""QualCode: mixed-methods qualitative data analysis."""

__version__ = "0.1.0"
