"""The one matcher shows every service sentence exactly as the three older tables did.

``data/service_texts_before_unify.json`` was written by the code before the project-file errors
(ui/error_texts.py), the common model notes (ui/analysis/note_text.py) and the joint-display notes
(ui/joint/service_text.py) moved onto ``qualcode.ui.texts``: each known template with sample fields,
the services' own messages (tests/ui/service_messages_inventory.py) and a few real sentences, with
what the interface showed for each in Russian and Uzbek.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode.ui.texts import group_label, service_text

BEFORE = json.loads((Path(__file__).parent / "data" / "service_texts_before_unify.json").read_text(encoding="utf-8"))


@pytest.fixture
def language(qapp, request):
    from qualcode.ui.i18n import install_language

    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.mark.parametrize("language", ["ru", "uz"], indirect=True)
def test_every_sentence_reads_as_before(language):
    changed = [(english, before, shown) for english, before in BEFORE[language]
               if (shown := service_text(english)) != before]
    assert len(BEFORE[language]) > 500
    assert not changed, f"{len(changed)} sentence(s) now read differently:\n" + "\n".join(
        f"  {english!r}\n    was {before!r}\n    now {shown!r}" for english, before, shown in changed[:20])


@pytest.mark.parametrize("language", ["ru", "uz"], indirect=True)
def test_joint_group_labels_read_as_before(language):
    assert [[label, group_label(label)] for label, _ in BEFORE["labels"][language]] == BEFORE["labels"][language]

