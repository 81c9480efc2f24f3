"""Own replies: edit, restore, duplicate, delete with undo, and the browsing views."""

from __future__ import annotations

import pytest

from desktop.core import EntryError, Library, open_library


def test_edit_builtin_then_restore_original(lib: Library) -> None:
    original = lib.browse("shipping.tracking")[0]
    edited = lib.update(original.id, en="Hi {buyer}, my words.", zh="{buyer}您好，我的话。")
    assert edited.edited and edited.builtin and edited.en == "Hi {buyer}, my words."
    assert lib.original(original.id) is not None
    restored = lib.restore_original(original.id)
    assert restored.en == original.en and not restored.edited


def test_restore_original_refuses_own_reply(lib: Library) -> None:
    mine = lib.add("closing.thanks", "Thanks!", "谢谢！")
    with pytest.raises(EntryError):
        lib.restore_original(mine)


def test_update_validates_and_changes_nothing_on_error(lib: Library) -> None:
    entry = lib.browse("closing.thanks")[0]
    with pytest.raises(EntryError, match="en"):
        lib.update(entry.id, en="")
    with pytest.raises(EntryError, match="unknown field"):
        lib.update(entry.id, colour="red")
    assert lib.get(entry.id) == entry


def test_duplicate_builtin_as_mine(lib: Library) -> None:
    source = lib.browse("price.cannot_discount")[0]
    copy_id = lib.duplicate(source.id)
    copy = lib.get(copy_id)
    assert copy is not None and not copy.builtin and copy.en == source.en
    assert copy_id in {e.id for e in lib.browse(view="mine")}


def test_delete_and_undo_keep_favourite_and_uses(lib: Library) -> None:
    entry = lib.browse("order.cancel")[0]
    lib.set_favorite(entry.id)
    lib.record_use(entry.id)
    before = lib.count()
    deleted = lib.delete(entry.id)
    assert lib.get(entry.id) is None and lib.count() == before - 1
    assert entry.id not in {e.id for e in lib.search("cancel", 500)}
    lib.undelete(deleted)
    back = lib.get(entry.id)
    assert back is not None and back.favorite and back.uses == 1 and back.builtin
    assert entry.id in {e.id for e in lib.search("cancel", 500)}


def test_deleted_builtin_stays_deleted_after_upgrade(lib: Library) -> None:
    entry = lib.browse("order.cancel")[0]
    lib.delete(entry.id)
    lib.db.execute("DELETE FROM meta")
    lib.sync_builtin()
    assert lib.get(entry.id) is None


def test_changes_survive_reopening(lib: Library) -> None:
    mine = lib.add("closing.thanks", "Thanks, {buyer}!", "谢谢，{buyer}！")
    lib.update(mine, en="Thank you, {buyer}!")
    reopened = open_library(lib.path)
    got = reopened.get(mine)
    assert got is not None and got.en == "Thank you, {buyer}!"


def test_views(lib: Library) -> None:
    a, b, c = (e.id for e in lib.browse("payment.methods")[:3])
    lib.set_favorite(a)
    lib.record_use(b)
    lib.record_use(c)
    lib.record_use(c)
    mine = lib.add("closing.thanks", "Thanks!", "谢谢！")
    assert [e.id for e in lib.browse(view="favorites")] == [a]
    assert [e.id for e in lib.browse(view="recent")][:2] == [c, b]
    assert [e.id for e in lib.browse(view="most_used")][:2] == [c, b]
    assert [e.id for e in lib.browse(view="mine")] == [mine]
    assert all(e.scenario.startswith("payment.") for e in lib.browse("payment"))
    with pytest.raises(ValueError):
        lib.browse(view="nope")
