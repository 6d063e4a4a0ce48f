"""Actor networks as GraphML (networkx), for Gephi and Visone, in the spirit of Discourse Network Analyzer.

`actors.graphml` is the two-mode network: actor -> target, one edge per actor and target on which
the actor took a stance; `agreement` is "1" (only favor), "0" (only against) or "mixed", with the
statement counts. `congruence.graphml` is the one-mode actor-actor network: the weight of an edge is
the number of targets on which both actors take the same non-`none` stance (DNA's congruence: an
actor with statements both ways shares that target with either side). `none` statements count in
`statements` but make no edge. Not here: time windows (the whole input is one network).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from pipeline.report.records import ReportStatement


def _agreement(favor: int, against: int) -> str:
    return "mixed" if favor and against else ("1" if favor else "0")


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
                       favor=c["favor"], against=c["against"], none=c["none"])
    return g


def congruence(two: nx.DiGraph, targets: list[str]) -> nx.Graph:
    """Actor-actor network: weight = targets on which both take the same non-none stance."""
    g = nx.Graph()
    stance: dict[str, dict[str, set]] = defaultdict(dict)
    for actor, t, data in two.edges(data=True):
        stance[actor][t] = {lab for lab in ("favor", "against") if data[lab]}
    for node, data in two.nodes(data=True):
        if data["type"] == "actor":
            g.add_node(node, label=node, camp=data["camp"], statements=data["statements"])
    actors = sorted(stance)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            shared = [t for t in targets if stance[a].get(t, set()) & stance[b].get(t, set())]
            if shared:
                g.add_edge(a, b, weight=len(shared), targets=";".join(shared))
    return g


def write_networks(statements: list[ReportStatement], targets: list[str], out_dir: str | Path) -> list[Path]:
    """Write actors.graphml (two-mode) and congruence.graphml (actor-actor); returns the paths."""
    out = Path(out_dir)
    two = two_mode(statements, targets)
    paths = [out / "actors.graphml", out / "congruence.graphml"]
    nx.write_graphml(two, paths[0])
    nx.write_graphml(congruence(two, targets), paths[1])
    return paths
