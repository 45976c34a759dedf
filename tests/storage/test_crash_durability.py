"""A coding survives the process being killed right after it was applied."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap


def test_sigkill_right_after_apply_code_keeps_the_coding(tmp_path):
    path = tmp_path / "crash.qcproj"
    script = textwrap.dedent(
        f"""
        import os, sys
        from qualcode.core.span import Span
        from qualcode.services.projects import new_project, ensure_coder
        from qualcode.services.corpus.documents import add_document
        from qualcode.services.codebook.codes import add_code
        from qualcode.services.coding.segments import apply_code
        p = new_project({str(path)!r})
        doc = add_document(p, "P01", "Finally I got some legal help.").value
        code = add_code(p, "Legal aid").value
        coder = ensure_coder(p, "A")
        apply_code(p, doc.id, Span(8, 29), code.id, coder.id)
        print("applied", flush=True)
        sys.stdin.readline()  # wait to be killed, connection still open, WAL not checkpointed
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "applied"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = raw.execute("select start, end from segments").fetchall()
    raw.close()
    assert rows == [(8, 29)]
