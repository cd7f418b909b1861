"""The rules a lint runs, worked out once per pack and selection (engine._selected), are the plain filter's."""

from __future__ import annotations

from reportlint.checks import CHECKS
from reportlint.engine import Selection, _selected, across
from reportlint.pack import builtin_packs, load_builtin


def _plain(pack, selection):  # as the lint loop filtered every rule of every report
    return tuple(r for r in pack.rules if selection(r.code) and r.kind in CHECKS and not across(r))


SELECTIONS = [Selection(), Selection(("RL3",)), Selection(("RL",), ("RL7",)), Selection(("RL401", "RL2"), ("RL20",)),
              Selection(("RL6",)), Selection(("XX",))]


def test_selected_is_the_plain_filter_for_each_pack_and_selection():
    packs = [load_builtin(), *builtin_packs().types()]
    for pack in packs:
        for selection in SELECTIONS:
            assert _selected(pack, selection) == _plain(pack, selection)
    # asked again (cached) in another order: each its own answer
    for selection in reversed(SELECTIONS):
        for pack in packs:
            assert _selected(pack, selection) == _plain(pack, selection)


def test_selected_differs_by_selection():
    pack = load_builtin()
    assert {r.code[:3] for r in _selected(pack, Selection(("RL3",)))} == {"RL3"}
    assert not any(r.code.startswith("RL7") for r in _selected(pack, Selection(("RL",), ("RL7",))))
    assert _selected(pack, Selection(("XX",))) == ()
