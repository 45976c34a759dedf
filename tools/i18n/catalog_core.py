"""i18n-a's area ("core"): English source -> (Russian, Uzbek Latin). See build_ts.py."""

FILES = [
    "qualcode/ui/*.py",
    "qualcode/ui/i18n/*.py",
    "qualcode/ui/dialogs/*.py",
    "qualcode/ui/exchange/*.py",
    "qualcode/ui/commands/*.py",
    "qualcode/ui/phases/*.py",
    "qualcode/ui/codebook/*.py",
    "qualcode/ui/team/*.py",
]

CATALOG: dict = {}
