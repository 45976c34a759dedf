"""Foundation figures: create/open a project; apply a code through the service (on disk),
also on an encrypted (SQLCipher) project, whose median must stay within 2x the plain one;
build the synthetic demo project (the target tests/services/test_demo.py used to assert)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_ms, row, seconds
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.projects import Project, ensure_coder, load_project, new_project

PASSWORD = "bench password"


def _apply_samples(project: Project) -> list[float]:
    text = ("In the shelter I was a number, but in the peer group I was a person again. " * 1500)
    doc = add_document(project, "P01", text).value
    code = add_code(project, "Peer support").value
    coder = ensure_coder(project, "bench")
    samples = []
    for i in range(300):
        start = (i * 37) % (len(text) - 200)
        t0 = time.perf_counter()
        apply_code(project, doc.id, Span(start, start + 120), code.id, coder.id)
        samples.append(time.perf_counter() - t0)
    return samples


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.qcproj"
        create_s = seconds(lambda: new_project(path).close())
        open_s = seconds(lambda: load_project(path).close())
        project = load_project(path)
        samples = _apply_samples(project)
        project.close()
        secret = Path(tmp) / "secret.qcproj"
        new_project(secret, password=PASSWORD).close()
        open_enc_s = seconds(lambda: load_project(secret, password=PASSWORD).close())
        project = load_project(secret, password=PASSWORD)
        encrypted = _apply_samples(project)
        project.close()
        demo_s = seconds(lambda: build_demo(Path(tmp) / "Demo.qcproj").close())
    plain_ms = median_ms(samples)
    return [
        row("project: create new .qcproj", create_s * 1000, "ms", 1000),
        row("project: open existing .qcproj (checks + quick_check)", open_s * 1000, "ms", 500),
        row("project: apply_code service, durable commit (median)", plain_ms, "ms", 16),
        row("project: open encrypted .qcproj (key derivation + checks)", open_enc_s * 1000, "ms", 1500),
        row("project: apply_code on an encrypted project (median; target 2x the plain median)",
            median_ms(encrypted), "ms", round(2 * plain_ms, 3)),
        row("project: build the synthetic demo project (54 documents)", demo_s, "s", 10),
    ]
