"""The offline coding assistant: find more like these, search by meaning, candidate themes."""
