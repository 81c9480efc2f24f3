"""Team packs between two libraries: the lead exports, the agent subscribes and merges; a newer
version adds, updates what the agent left alone, keeps what the agent edited (the pack's text
beside it, flagged), and takes out what the pack dropped (kept with a note)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import open_library
from desktop.core.library.packs import PackError
from desktop.core.library.teampacks import (
    export_team_pack,
    read_team_pack,
    subscribe,
    update_all,
)


def test_a_pack_round_trip_keeps_the_agents_edits(tmp_path: Path) -> None:
    lead = open_library(tmp_path / "lead.sqlite")
    agent = open_library(tmp_path / "agent.sqlite")
    shared = tmp_path / "shared" / "team.json"
    shared.parent.mkdir()
    try:
        a = lead.add("closing.thanks", "Thanks from the team!", "团队感谢！")
        b = lead.add("shipping.delay", "Sorry for the delay.", "抱歉延误了。")
        c = lead.add(
            "greeting.first_inquiry", "Hello, how can we help?", "您好，请问有什么可以帮您？"
        )
        assert export_team_pack(lead, shared, [a, b, c], "Team Standard", 1, "Lead Li") == 3
        subscribe(agent, shared)
        (first,) = update_all(agent)
        assert not isinstance(first, str) and first.added == 3
        assert "pack:Team Standard" in agent.get(a).tags  # type: ignore[union-attr]
        assert update_all(agent)[0].skipped  # type: ignore[union-attr]  # same version: nothing

        agent.update(b, en="Sorry for the delay, my own words.")  # the agent edits one
        lead.update(a, en="Thanks a lot from the whole team!")  # the lead changes two
        lead.update(b, en="We apologise for the delay.")
        d = lead.add("closing.follow_up", "Just checking in.", "跟进一下。")
        export_team_pack(lead, shared, [a, b, d], "Team Standard", 2, "Lead Li")  # c dropped

        (second,) = update_all(agent)
        assert not isinstance(second, str)
        assert (second.added, second.updated, second.kept_yours, second.hidden) == (1, 1, 1, 1)
        assert agent.get(a).en == "Thanks a lot from the whole team!"  # type: ignore[union-attr]
        assert agent.get(b).en == "Sorry for the delay, my own words."  # type: ignore[union-attr]
        flagged = [e for e in agent.iter_entries() if "pack-update:Team Standard" in e.tags]
        assert [e.en for e in flagged] == ["We apologise for the delay."]
        assert agent.get(c) is None and agent.get(d) is not None
        hidden = agent.db.execute("SELECT id, note FROM pack_hidden").fetchall()
        assert hidden == [(c, "removed from Team Standard in version 2")]
    finally:
        lead.close()
        agent.close()


def test_not_a_team_pack_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"format": "borderdesk-pack", "version": 1, "entries": []}))
    with pytest.raises(PackError, match="not a team pack"):
        read_team_pack(path)
    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with pytest.raises(PackError):
            subscribe(lib, path)
        assert lib.get_setting("pack_subscriptions", []) == []
    finally:
        lib.close()


def test_cli_pack_export_subscribe_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead, agent = ["--db", str(tmp_path / "lead.sqlite")], ["--db", str(tmp_path / "a.sqlite")]
    assert (
        main([*lead, "add", "--scenario", "closing.thanks", "--en", "Hi team", "--zh", "嗨"]) == 0
    )
    ident = capsys.readouterr().out.strip()
    pack = tmp_path / "team.json"
    assert (
        main(
            [
                *lead,
                "pack",
                "export",
                str(pack),
                "--name",
                "Team",
                "--version",
                "1",
                "--author",
                "Li",
                "--id",
                ident,
            ]
        )
        == 0
    )
    assert main([*agent, "pack", "subscribe", str(pack)]) == 0
    assert main([*agent, "pack", "update"]) == 0
    assert "1 added" in capsys.readouterr().out
    lib = open_library(tmp_path / "a.sqlite")
    try:
        assert lib.get(ident) is not None
    finally:
        lib.close()
