"""Two teammates who join a team project under the same coder name at the same moment (the
same person on two laptops, or two windows) both get that coder; neither fails.

The four-coders test found the race: both looked the name up, found nothing, and both
inserted it; the second insert hit ``uq_coders_name`` and the coder's window failed to open.
Here the race is made certain: one connection has inserted the name and not yet committed
when the other asks for it (PostgreSQL makes the second insert wait for the first commit).
"""

from __future__ import annotations

import threading

import pytest

from tests.storage.pg_fixtures import fresh_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def url():
    schemas = fresh_schema()
    yield next(schemas)[0]
    next(schemas, None)


def test_a_name_added_by_a_teammate_mid_lookup_is_that_coder(url):
    from qualcode.services.projects import ensure_coder, list_coders, load_project, new_project

    new_project(url).close()
    first, second = load_project(url), load_project(url)
    try:
        got: dict[str, object] = {}

        def join_as_amina() -> None:
            try:
                got["coder"] = ensure_coder(second, "Amina")
            except Exception as exc:  # noqa: BLE001 - the failure this test is about
                got["error"] = exc

        with first.unit_of_work() as uow:
            mine = uow.coders.get_or_create("Amina")  # inserted, not committed yet
            other = threading.Thread(target=join_as_amina)
            other.start()
            other.join(1.0)  # the teammate's insert now waits on ours
            assert other.is_alive(), "the second lookup should wait for the first insert to commit"
        other.join(30)
        assert "error" not in got, f"joining under the same name failed: {got.get('error')!r}"
        assert got["coder"].id == mine.id and got["coder"].name == "Amina"
        assert [c.name for c in list_coders(first)].count("Amina") == 1
    finally:
        first.close()
        second.close()
