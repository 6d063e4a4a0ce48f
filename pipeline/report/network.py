"""Actor networks as GraphML (networkx), for Gephi and Visone, in the spirit of Discourse Network Analyzer.

`actors.graphml` is the two-mode network: actor -> target, one edge per actor and target on which
the actor took a stance; `agreement` is "1" (only favor), "0" (only against) or "mixed", with the
statement counts. `congruence.graphml` is the one-mode actor-actor network: the weight of an edge is
the number of targets on which both actors take the same non-`none` stance, an actor's stance on a
target being the label most of its stance-taking statements carry (`stance` on the two-mode edge;
a tie takes no side, so an actor heard both ways equally often agrees with no one). `none`
statements count in `statements` but make no edge. Not here: time windows (the whole input is one network).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from pipeline.report.records import ReportStatement


def _agreement(favor: int, against: int) -> str:
    return "mixed" if favor and against else ("1" if favor else "0")


def _prevailing(favor: int, against: int) -> str:
    return "favor" if favor > against else ("against" if against > favor else "tie")


def two_mode(statements: list[ReportStatement], targets: list[str]) -> nx.DiGraph:
    """Actors and targets as nodes (`type` actor|target); edges actor -> target with agreement and counts."""
    g = nx.DiGraph()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    camps: dict[str, Counter] = defaultdict(Counter)
    for st in statements:
        actor = st.actor or st.speaker or "(no actor)"
        camps[actor][st.side] += 1
        for t in targets:
            counts[actor, t][st.labels[t]] += 1
    for t in targets:
        g.add_node(t, label=t, type="target", camp="", statements=0)
    for actor, by_camp in camps.items():
        g.add_node(actor, label=actor, type="actor", camp=by_camp.most_common(1)[0][0],
                   statements=sum(by_camp.values()))
    for (actor, t), c in counts.items():
        g.nodes[t]["statements"] += c.total()
        if c["favor"] or c["against"]:
            g.add_edge(actor, t, agreement=_agreement(c["favor"], c["against"]), weight=c["favor"] + c["against"],
                       favor=c["favor"], against=c["against"], none=c["none"],
                       stance=_prevailing(c["favor"], c["against"]),
                       net=round((c["favor"] - c["against"]) / (c["favor"] + c["against"]), 4))
    return g


def congruence(two: nx.DiGraph, targets: list[str]) -> nx.Graph:
    """Actor-actor network: weight = targets on which both take the same prevailing non-none stance.

    `statements` on an edge is the smaller of the two actors' stance-taking statement counts on the
    shared targets (how well supported the agreement is).
    """
    g = nx.Graph()
    stance: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
    for actor, t, data in two.edges(data=True):
        if data["stance"] != "tie":
            stance[actor][t] = (data["stance"], data["weight"])
    for node, data in two.nodes(data=True):
        if data["type"] == "actor":
            g.add_node(node, label=node, camp=data["camp"], statements=data["statements"])
    actors = sorted(stance)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            shared = [t for t in targets if t in stance[a] and t in stance[b] and stance[a][t][0] == stance[b][t][0]]
            if shared:
                support = min(sum(stance[a][t][1] for t in shared), sum(stance[b][t][1] for t in shared))
                g.add_edge(a, b, weight=len(shared), targets=";".join(f"{t}:{stance[a][t][0]}" for t in shared),
                           statements=support)
    return g


def write_networks(statements: list[ReportStatement], targets: list[str], out_dir: str | Path) -> list[Path]:
    """Write actors.graphml (two-mode) and congruence.graphml (actor-actor); returns the paths."""
    out = Path(out_dir)
    two = two_mode(statements, targets)
    paths = [out / "actors.graphml", out / "congruence.graphml"]
    nx.write_graphml(two, paths[0])
    nx.write_graphml(congruence(two, targets), paths[1])
    return paths
