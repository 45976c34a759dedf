"""Changes: flags plus ids plus who asked; merging two keeps everything either named."""

from __future__ import annotations

from qualcode.core.change_hub import ChangeHub
from qualcode.core.changes import Changes


def test_merging_unions_flags_and_ids_and_keeps_the_first_initiator():
    a = Changes(segments=True, segment_ids=frozenset({4}), document_ids=frozenset({1}), initiator="viewer")
    b = Changes(codes=True, segment_ids=frozenset({5}), code_ids=frozenset({2}), initiator="menu")
    both = a | b
    assert both.segments and both.codes and not both.themes
    assert both.segment_ids == {4, 5} and both.document_ids == {1} and both.code_ids == {2}
    assert both.initiator == "viewer"
    assert (Changes() | b).initiator == "menu"


def test_equality_ignores_the_initiator_but_not_the_ids():
    assert Changes(codes=True, initiator="a") == Changes(codes=True, initiator="b")
    assert Changes(codes=True, code_ids=frozenset({1})) != Changes(codes=True)
    assert Changes(codes=True).by("x").initiator == "x"


def test_nothing_changed_is_not_published():
    hub = ChangeHub()
    seen: list[Changes] = []
    hub.subscribe(seen.append)
    hub.publish(Changes(initiator="nobody"))
    assert not Changes().any() and Changes(memo_ids=frozenset({3})).any()
    assert seen == []


def test_a_batch_publishes_once_at_the_end_even_when_it_fails():
    hub = ChangeHub()
    seen: list[Changes] = []
    hub.subscribe(seen.append)
    try:
        with hub.batch():
            hub.publish(Changes(codes=True, code_ids=frozenset({1})))
            with hub.batch():
                hub.publish(Changes(segments=True))
            assert seen == []
            raise KeyError("second step failed")
    except KeyError:
        pass
    assert seen == [Changes(codes=True, segments=True, code_ids=frozenset({1}))]
