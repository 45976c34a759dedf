"""Domain model of QualCode: plain frozen dataclasses, stdlib only.

Nothing in here imports a third-party package; storage, io and the UI all
speak these types.
"""
