"""What a user action changed, so that each screen can decide whether to refresh.

Every service function that writes returns (or carries) a Changes value. The main window
broadcasts it through one signal and each screen looks at the parts it shows, as Anki's OpChanges
do. No screen refreshes another by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Changes:
    places: bool = False  # streets or communities added, renamed, moved or removed
    congresses: frozenset[int] = field(default_factory=frozenset)  # community ids whose congress or members changed
    all_congresses: bool = False  # imports, restores, demo: any congress of any term may have changed
    settings: bool = False  # district name, current term, thresholds, print signature
    terms: bool = False  # a term was added or its dates changed
    baselines: bool = False  # 上届基数 figures
    database: bool = False  # another file was opened (everything changed)

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = a | b
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(bool(getattr(self, f.name)) for f in fields(self))

    def touches_congress(self, community_id: int | None = None) -> bool:
        """Whether congress or member data (of this community, or of any when None) may have changed."""
        if self.all_congresses or self.database:
            return True
        if community_id is None:
            return bool(self.congresses)
        return community_id in self.congresses

    def touches_statistics(self) -> bool:
        return bool(self.places or self.congresses or self.all_congresses or self.settings or self.terms
                    or self.baselines or self.database)


NOTHING = Changes()
EVERYTHING = Changes(database=True)
