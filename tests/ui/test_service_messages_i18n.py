"""Every message the Qt-free layers show from the import, REFI-QDA, merge, survey-link, quant, storage,
team (agreement, disagreements), privacy, assistant/search and joint-display areas reads in Russian and
Uzbek, with its names and numbers kept.

The messages are read from the services' source (tests/ui/service_messages_inventory.py), so a new
or reworded one without a translation fails here.
"""

from __future__ import annotations

import pytest

from qualcode.ui.texts import service_text
from tests.ui.english_left import english_left
from tests.ui.service_messages_inventory import AREAS, messages

#: every view shows the services' messages through the one matcher
SHOWN_BY = dict.fromkeys(AREAS, service_text)

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
    # the views that show a service's message: team, privacy, assistant and search, joint displays
    assert counts["team"] >= 7 and counts["privacy"] >= 20 and counts["assistant"] >= 4 and counts["joint"] >= 8, counts
    assert "a memo decision needs the memo's text" in samples
    assert "Looking for identifiers was cancelled." in samples
    assert "Give the joint display a name." in samples
    assert "Type something to search for." in samples


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
