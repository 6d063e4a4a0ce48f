"""Actor-level stance per article (ANNOTATION.md §5): statements rolled up per actor and target.

Predictions: a non-`none` label wins over `none`; where `favor` and `against` both occur, the label
with the higher total probability wins. Confidence is the winner's total probability divided by
the actor's number of non-`none` statements (the mean `none` probability when all are `none`).
Gold: the majority label of the actor's non-`none` statements, `mixed` on a tie. Not here: how
statements are labelled.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

from pipeline.schema import Statement


@dataclass
class ActorStance:
    """One row of the actor table: an actor's stance on one target in one article."""

    article_id: str
    actor: str
    side: str
    target: str
    label: str
    confidence: float
    statements: int

    def to_dict(self) -> dict:
        return asdict(self)


def _group(statements: Sequence[Statement]) -> dict[tuple[str, str], list[Statement]]:
    groups: dict[tuple[str, str], list[Statement]] = {}
    for st in statements:
        groups.setdefault((st.article_id, st.actor), []).append(st)
    return groups


def predicted_actor_stances(statements: Sequence[Statement], targets: Sequence[str]) -> list[ActorStance]:
    """Roll predicted statements (with `probabilities`) up to one row per (article, actor, target)."""
    rows = []
    for (article_id, actor), group in _group(statements).items():
        for target in targets:
            totals = {"favor": 0.0, "against": 0.0}
            non_none = 0
            none_probs = []
            for st in group:
                label = st.stances[target]
                p = (st.probabilities or {}).get(target, {}).get(label, 1.0)
                if label == "none":
                    none_probs.append(p)
                else:
                    totals[label] += p
                    non_none += 1
            if non_none:
                label = max(totals, key=lambda k: totals[k])
                confidence = totals[label] / non_none
            else:
                label, confidence = "none", sum(none_probs) / len(none_probs)
            rows.append(ActorStance(article_id, actor, group[0].side, target, label, round(confidence, 4), len(group)))
    return rows


def gold_actor_stances(statements: Sequence[Statement], targets: Sequence[str]) -> list[ActorStance]:
    """Gold roll-up: majority of non-`none` labels, `mixed` on a tie, `none` when there are none."""
    rows = []
    for (article_id, actor), group in _group(statements).items():
        for target in targets:
            favor = sum(st.stances[target] == "favor" for st in group)
            against = sum(st.stances[target] == "against" for st in group)
            label = "none" if favor == against == 0 else "favor" if favor > against else \
                "against" if against > favor else "mixed"
            rows.append(ActorStance(article_id, actor, group[0].side, target, label, 1.0, len(group)))
    return rows
