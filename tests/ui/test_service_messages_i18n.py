"""Every message the Qt-free layers show from the import, REFI-QDA, merge, survey-link and quant
areas reads in Russian and Uzbek, with its names and numbers kept.

The messages are read from the services' source (tests/ui/service_messages_inventory.py), so a new
or reworded one without a translation fails here.
"""

from __future__ import annotations

import pytest

from qualcode.ui.analysis.note_text import readable_model_note
from qualcode.ui.error_texts import translate_error
from qualcode.ui.texts import service_text
from tests.ui.english_left import english_left
from tests.ui.service_messages_inventory import AREAS, messages

#: how each area's messages reach the screen: the dialogs use service_text; the regression panel
#: shows quant's notes through readable_model_note (its thirteen common notes, then service_text);
#: the error dialog uses translate_error (the common project-file errors, then service_text)
SHOWN_BY = {"import": service_text, "refi": service_text, "merge": service_text, "quant": readable_model_note,
            "quant_errors": service_text, "storage": translate_error}

#: the same in every language (a file format named inside another sentence)
SAME = {"Word (.docx)", "OpenDocument (.odt)"}


@pytest.fixture
def language(qapp, request):
    from qualcode.ui.i18n import install_language

    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def test_the_inventory_reads_each_area():
    """The reader finds the messages it should (guards against a reader that finds nothing)."""
    counts = {area: len(messages(area)) for area in AREAS}
    assert counts["import"] > 100 and counts["refi"] > 40 and counts["merge"] > 8 and counts["quant"] > 40, counts
    assert counts["quant_errors"] > 40, counts
    samples = {m.sample for area in AREAS for m in messages(area)}
    assert "The part 7 would inflate 7 times; refusing a possible zip bomb." in samples
    assert "text sources whose text is not in the archive" in samples
    assert "Cronbach's alpha = 7, which falls short of the target of 7." in samples


@pytest.mark.parametrize("language", ["ru", "uz"], indirect=True)
@pytest.mark.parametrize("area", list(AREAS))
def test_every_service_message_is_translated(language, area):
    left = {}
    for message in messages(area):
        shown = SHOWN_BY[area](message.sample)
        if message.sample in SAME:
            continue
        if shown == message.sample:
            left[message.where] = f"untranslated: {message.sample!r}"
        elif english := english_left(shown, language):
            left[message.where] = f"English left ({english}): {shown!r}"
        elif shown.count("7") < message.sample.count("7"):
            left[message.where] = f"a field lost: {shown!r}"
    assert not left, f"{len(left)} message(s) of {area} not in {language}:\n" + "\n".join(
        f"  {where}: {why}" for where, why in sorted(left.items()))
