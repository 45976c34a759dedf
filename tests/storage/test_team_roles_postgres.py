"""Roles on a shared PostgreSQL project are enforced by the server, not by the UI."""

from __future__ import annotations

import json

import pytest

from tests.storage.pg_fixtures import fresh_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg():
    yield from fresh_schema()


def _as(url: str, user: str) -> str:
    return url.replace("postgres@", f"{user}@", 1)


def test_a_viewer_can_read_but_the_server_refuses_their_write(pg):
    from qualcode.services.codebook.codes import add_code, list_codes
    from qualcode.services.projects import load_project, new_project
    from qualcode.services.team.live import (
        ServerRefusedError,
        add_team_member,
        list_team_members,
    )

    url, schema = pg
    owner = new_project(url)
    add_code(owner, "Peer support")
    add_team_member(owner, f"{schema}_vera", "viewer")
    add_team_member(owner, f"{schema}_cole", "coder")
    assert sorted(list_team_members(owner)) == [(f"{schema}_cole", "coder"), (f"{schema}_vera", "viewer")]
    viewer = load_project(_as(url, f"{schema}_vera"))
    coder = load_project(_as(url, f"{schema}_cole"))
    try:
        assert [c.name for c in list_codes(viewer).values()] == ["Peer support"]
        with pytest.raises(ServerRefusedError, match="viewers can browse"):
            add_code(viewer, "Stigma")
        add_code(coder, "Stigma")
        assert sorted(c.name for c in list_codes(owner).values()) == ["Peer support", "Stigma"]
    finally:
        viewer.close()
        coder.close()
        owner.close()


def test_a_coder_cannot_hand_out_roles(pg):
    from qualcode.services.projects import load_project, new_project
    from qualcode.services.team.live import ServerRefusedError, add_team_member

    url, schema = pg
    owner = new_project(url)
    add_team_member(owner, f"{schema}_cole", "coder")
    coder = load_project(_as(url, f"{schema}_cole"))
    try:
        with pytest.raises(ServerRefusedError):
            add_team_member(coder, f"{schema}_mallory", "owner")
    finally:
        coder.close()
        owner.close()


def test_team_cli_adds_and_lists_members(pg, capsys):
    from qualcode.cli.main import main
    from qualcode.services.projects import new_project

    url, schema = pg
    new_project(url).close()
    assert main(["team", url, "add", f"{schema}_vera", "--role", "viewer", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["members"] == [{"user": f"{schema}_vera", "role": "viewer"}]


def test_the_password_comes_from_the_keyring_and_is_never_in_the_url_or_a_file(monkeypatch, tmp_path):
    import sys
    import types

    from qualcode.storage.engine import make_engine

    store = {("qualcode", "ana@db.example:5432/study"): "s3cret"}
    fake = types.SimpleNamespace(get_password=lambda service, account: store.get((service, account)))
    monkeypatch.setitem(sys.modules, "keyring", fake)
    engine = make_engine("postgresql+psycopg://ana@db.example:5432/study")
    assert engine.url.password == "s3cret"
    assert "s3cret" not in engine.url.render_as_string(hide_password=True)
    engine.dispose()


def test_remember_password_puts_it_in_the_keyring_only(monkeypatch, tmp_path):
    import sys
    import types

    from qualcode.services.team.live import remember_password

    store: dict[tuple[str, str], str] = {}
    fake = types.SimpleNamespace(set_password=lambda s, a, p: store.__setitem__((s, a), p))
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.chdir(tmp_path)
    assert remember_password("ana", "db.example", 5432, "study", "s3cret") == "ana@db.example:5432/study"
    assert store == {("qualcode", "ana@db.example:5432/study"): "s3cret"}
    assert list(tmp_path.iterdir()) == []
