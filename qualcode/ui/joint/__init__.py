"""The joint-display view: qualitative and quantitative results side by side (issue 7)."""
