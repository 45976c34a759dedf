"""The document viewer of the coding workbench, split by concern.

``segment_index`` (no Qt) finds segments by position; ``highlighter`` paints them;
``turn_rendering`` styles speaker labels and timestamps; ``stripes_margin`` draws the
coding stripes; ``selection_bar`` is the floating bar; ``viewer_view`` is the text
widget; ``coding_controller`` turns gestures into undoable commands.
"""

from qualcode.ui import pyside_guard  # noqa: F401 - must run before heavy PySide6 use
