"""pipeline.report.network: the two-mode and congruence networks survive a GraphML round-trip."""
import networkx as nx

from pipeline.report.network import congruence, two_mode, write_networks
from pipeline.report.records import ReportStatement

TARGETS = ["inclusion", "ceasefire"]


def st(line, actor, side, inclusion, ceasefire):
    return ReportStatement(line, "a1", f"text {line}", actor, side, {"inclusion": inclusion, "ceasefire": ceasefire},
                           {"inclusion": 0.9, "ceasefire": 0.8}, line * 10, line * 10 + 5)


STATEMENTS = [
    st(1, "Zelenskyy", "ukraine", "favor", "favor"),
    st(2, "Zelenskyy", "ukraine", "favor", "none"),
    st(3, "Lavrov", "russia", "against", "against"),
    st(4, "Lavrov", "russia", "favor", "none"),
    st(5, "Lavrov", "russia", "against", "none"),
    st(6, "Macron", "europe", "favor", "favor"),
    st(7, "Peskov", "russia", "none", "none"),
    st(8, "Trump", "us", "favor", "against"),
    st(9, "Trump", "us", "against", "none"),
]


def test_two_mode_edges_carry_agreement_and_counts():
    g = two_mode(STATEMENTS, TARGETS)
    assert g.nodes["Lavrov"]["type"] == "actor" and g.nodes["Lavrov"]["camp"] == "russia"
    assert g.nodes["inclusion"]["type"] == "target" and g.nodes["inclusion"]["statements"] == 9
    assert g.edges["Zelenskyy", "inclusion"]["agreement"] == "1"
    assert g.edges["Lavrov", "ceasefire"]["agreement"] == "0"
    lav = g.edges["Lavrov", "inclusion"]
    assert (lav["agreement"], lav["favor"], lav["against"], lav["none"], lav["stance"]) == ("mixed", 1, 2, 0, "against")
    assert g.edges["Trump", "inclusion"]["stance"] == "tie"
    assert g.has_node("Peskov") and g.out_degree("Peskov") == 0  # only `none`: a node, no edge
    assert g.edges["Zelenskyy", "ceasefire"]["none"] == 1 and g.edges["Zelenskyy", "ceasefire"]["weight"] == 1


def test_congruence_counts_targets_with_the_same_prevailing_stance():
    g = congruence(two_mode(STATEMENTS, TARGETS), TARGETS)
    assert g.edges["Zelenskyy", "Macron"]["weight"] == 2
    assert g.edges["Zelenskyy", "Macron"]["targets"] == "inclusion:favor;ceasefire:favor"
    assert g.edges["Lavrov", "Trump"]["weight"] == 1  # both against a cease-fire; Trump's tie on inclusion agrees with no one
    assert not g.has_edge("Zelenskyy", "Lavrov")
    assert not g.has_edge("Trump", "Macron")


def test_graphml_round_trip_keeps_nodes_edges_and_attributes(tmp_path):
    paths = write_networks(STATEMENTS, TARGETS, tmp_path)
    assert [p.name for p in paths] == ["actors.graphml", "congruence.graphml"]
    two = nx.read_graphml(paths[0])
    assert two.is_directed()
    expected = two_mode(STATEMENTS, TARGETS)
    assert set(two.nodes) == set(expected.nodes) and set(two.edges) == set(expected.edges)
    for u, v, data in expected.edges(data=True):
        assert two.edges[u, v] == data
    for n, data in expected.nodes(data=True):
        assert two.nodes[n] == data
    cong = nx.read_graphml(paths[1])
    assert not cong.is_directed()
    assert cong.edges["Zelenskyy", "Macron"]["weight"] == 2
    assert {"label", "camp", "statements"} <= set(cong.nodes["Macron"])
