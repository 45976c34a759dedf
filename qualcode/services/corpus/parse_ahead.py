"""Start reading transcripts before the project is open (the bulk import's first half).

This module loads no storage (no SQLAlchemy): ``qualcode import`` calls
:func:`start_parsing` first, so its parse workers read files while the command goes on to
load the storage layer and open the project, then hands the stream to
:func:`qualcode.services.corpus.importing.import_transcripts`.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Sequence

from qualcode.core.errors import ValidationError
from qualcode.io.transcripts.batch import ParseStream, fork_is_safe
from qualcode.io.transcripts.turns import TurnPatterns

__all__ = ["ParseStream", "check_encoding", "start_parsing"]


def check_encoding(encoding: str | None) -> None:
    """Refuse an encoding name Python does not know, before any file is read.

    Raises
    ------
    ValidationError
        ``encoding`` is not a codec name.
    """
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValidationError(
            f"Unknown text encoding {encoding!r}; use a name such as utf-8, utf-16, cp1251 or koi8-r."
        ) from None


def start_parsing(
    paths: Sequence[str | os.PathLike[str]], *, workers: int = 2, patterns: TurnPatterns | None = None,
    encoding: str | None = None, fork: bool = False,
) -> ParseStream:
    """Start parsing ``paths`` in worker processes and return the stream of results.

    ``fork`` asks for forked workers (quick to start, sharing what this process has
    imported); it is honoured only where forking is safe (Linux, a single thread, so never
    inside the GUI), otherwise the workers are spawned. Close the stream if it is not
    handed to ``import_transcripts`` (which closes it).

    Raises
    ------
    ValidationError
        ``encoding`` is not a known codec; no worker is started.
    """
    check_encoding(encoding)
    method = "fork" if fork and fork_is_safe() else None
    return ParseStream(paths, workers=workers, patterns=patterns, encoding=encoding, start_method=method)
