"""Team views: two coders' disagreements side by side, the decisions, agreement tables."""
