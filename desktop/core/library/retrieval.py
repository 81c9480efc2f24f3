"""Finding replies: the search behind the search box and the suggestions for a pasted buyer
message, with the caches they keep until the next write (marked and pinned replies, and the
suggestion model, built off the library lock)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.library.entry import Entry
from desktop.core.library.reads import MAX_LIMIT
from desktop.core.library.rows import ENTRY_COLUMNS, row_to_entry
from desktop.core.library.store import Store
from desktop.core.search import query as _search
from desktop.core.search.stored import build_or_load
from desktop.core.search.suggest import SuggestionGroup, SuggestModel, Where

#: How many of a search's best candidates are re-ranked by favourites and use.
_WEIGHED = 150


class Retrieval(Store):
    """Search and suggestion over the library."""

    def search(
        self,
        text: str,
        limit: int = 50,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[Entry]:
        """Entries matching ``text`` (English or Chinese), best first; never raises on input.

        With ``platform``, replies marked for other platforms are left out; with ``country``,
        replies written for the buyer's country come first and those for other countries last.
        """
        limit = max(0, min(int(limit), MAX_LIMIT))
        if not isinstance(text, str) or limit == 0:
            return []
        with self._lock:
            marked = self._marked()
            hidden = {n for n, e in marked.items() if not e.applies_to(platform)}
            hits = _search.candidates(self._conn, text, limit + len(hidden))
            scene = _search.scene_tiers(text)
            if scene and sum(1 for h in hits if h[2] == 0) < limit:
                hits += self._scene_hits(scene, {h[0] for h in hits}, limit + len(hidden))
            hits = [h for h in hits if h[0] not in hidden]
            # Favourites and use counts reorder the head of the list; far down it they cannot
            # lift a reply into view, so only the head is looked up (a lookup per reply).
            hits.sort(key=lambda h: (h[2], h[1]))
            hits = hits[: max(_WEIGHED, 3 * limit)]
            pinned = self._pinned()
            scenario_of = self._scenarios(n for n, _, _ in hits) if scene else {}
            ranked = []
            for i, (n, score, tier) in enumerate(hits):
                favorite, uses = pinned.get(n, (False, 0))
                scenario = scenario_of.get(n, "")
                ranked.append(
                    (
                        min(tier, scene.get(scenario, tier)),
                        marked[n].country_tier(country) if n in marked else 1,
                        _search.boost(score, favorite, uses),
                        i,
                        n,
                    )
                )
            ranked.sort()
            top = [n for *_, n in ranked[:limit]]
            entries = self._by_rowids(top)
        return [entries[n] for n in top if n in entries]

    def _scene_hits(
        self, scene: dict[str, float], have: set[int], limit: int
    ) -> list[tuple[int, float, float]]:
        """Replies of the scenarios the query names best, when their own text did not match."""
        best = min(scene.values())
        chosen = [s for s, tier in scene.items() if tier == best][:5]
        # one scenario at a time, so each reads its head from entries_scene_rank in order
        rows: list[tuple[int, int, int, int]] = []
        for scenario in chosen:
            rows += self._conn.execute(
                "SELECT -builtin, -favorite, -uses, n FROM entries WHERE scenario = ? "
                "ORDER BY builtin DESC, favorite DESC, uses DESC, n LIMIT ?",
                (scenario, limit),
            ).fetchall()
        rows.sort()
        return [(int(n), 0.0, best) for *_, n in rows[:limit] if int(n) not in have]

    def _marked(self) -> dict[int, Entry]:
        """Entries marked for some countries or platforms, by rowid (cached until a write)."""
        if self._marked_cache is None:
            rows = self._conn.execute(
                f"SELECT n, {ENTRY_COLUMNS} FROM entries "
                "WHERE countries != '[]' OR platforms != '[]'"
            ).fetchall()
            self._marked_cache = {int(r[0]): row_to_entry(r[1:]) for r in rows}
        return self._marked_cache

    def _pinned(self) -> dict[int, tuple[bool, int]]:
        """Favourite flag and use count of every favourite or used reply, by rowid (cached
        until the next write: a few hundred rows at most, read from entries_pinned)."""
        if self._pinned_cache is None:
            rows = self._conn.execute(
                "SELECT n, favorite, uses FROM entries WHERE favorite = 1 OR uses > 0"
            )
            self._pinned_cache = {int(n): (bool(fav), int(uses)) for n, fav, uses in rows}
        return self._pinned_cache

    def _scenarios(self, rowids: Iterable[int]) -> dict[int, str]:
        """The scenario of each rowid."""
        ids = list(rowids)
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT n, scenario FROM entries WHERE n IN ({marks})"
            found.update((int(n), str(sc)) for n, sc in self._conn.execute(sql, chunk))
        return found

    def _suggest_model(self) -> SuggestModel:
        """The suggestion model, made on first use: read from beside the library file when
        the rows it comes from have not changed since it was stored (~50 ms), else built and
        stored. Only reading its rows holds the library lock (~0.1 s); the build itself
        (seconds at 100k replies) does not, so searches on another thread go on meanwhile. A
        write during the build makes it start over."""
        with self._model_lock:
            while True:
                with self._lock:
                    if self._model is not None:
                        return self._model
                    generation = self._generation
                    rows = SuggestModel.read(self._conn)
                model = build_or_load(rows, self.path)
                with self._lock:
                    if generation == self._generation:
                        self._model = model
                        return model

    def warm(self) -> None:
        """Build the suggestion model now (about a second), so the first pasted message is
        answered at once; the window asks for it on the worker once it has been painted."""
        self._suggest_model()

    def suggest(
        self,
        message: str,
        limit: int = 3,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[Entry]:
        """The best replies for a pasted buyer message, one per scenario, best first.

        ``platform`` and ``country`` work as in :meth:`search`: a scenario's reply for the
        buyer's country is picked first, and replies for other platforms are never picked.
        """
        limit = max(0, min(int(limit), 100))
        if not isinstance(message, str) or limit == 0:
            return []
        ids = self._suggest_model().rank(message, limit, Where(platform, country))
        return [e for e in (self.get(i) for i in ids) if e is not None]

    def suggest_groups(
        self,
        message: str,
        per_group: int = 3,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[SuggestionGroup]:
        """Suggestions grouped by the questions a message asks (one group per sentence)."""
        if not isinstance(message, str):
            return []
        return self._suggest_model().groups(message, per_group, Where(platform, country))
