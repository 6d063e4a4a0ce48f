"""Fast tests of the extraction tools' pure parts: the span tagger's selection rule and the held-out report's
extra rows (`compose --middle`). No model is trained or loaded here."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _tuned(ck, f1, actor, add=None, veto=None):
    return {"checkpoint": ck, "f1": f1, "actor_accuracy": actor, "add_min": add, "attribution": "verb",
            "veto_max": veto, "precision": f1, "recall": f1, "direct_recall": f1, "indirect_recall": f1}


def test_span_tagger_selection_keeps_actor_accuracy_then_prefers_the_earlier_epoch_and_fewer_changes():
    st = _tool("span_tagger")
    rules = {"f1": 0.90, "actor_accuracy": 0.95}
    runs = [_tuned("epoch-1", 0.95, 0.90, add=0.5),                  # best F1, but loses actor accuracy
            _tuned("epoch-3", 0.92, 0.96, veto=0.1), _tuned("epoch-2", 0.92, 0.95, add=0.9, veto=0.1),
            _tuned("epoch-2", 0.92, 0.96, veto=0.2)]
    chosen = st.choose(rules, runs)
    assert chosen["checkpoint"] == "epoch-2" and chosen["setting"] == {"add_min": None, "attribution": "verb",
                                                                       "veto_max": 0.2}
    assert chosen["constraint_met"]
    worse = st.choose({"f1": 0.99, "actor_accuracy": 0.95}, runs)     # nothing beats the rules: best F1 measured
    assert worse["checkpoint"] == "epoch-1" and not worse["constraint_met"]
    assert len(st.grid()) == 5 + 5 * len(st.ATTRIBUTIONS) * 5       # 105 with round 13's four attributions


def test_span_tagger_round13_rule_keeps_actor_accuracy_then_prefers_fewer_additions():
    st = _tool("span_tagger")
    rules = {"f1": 0.90, "actor_accuracy": 0.95}
    runs = [dict(_tuned("epoch-1", 0.95, 0.90, add=0.5), added=40, vetoed=0),        # best F1, loses actor accuracy
            dict(_tuned("epoch-3", 0.93, 0.95, add=0.6), added=12, vetoed=0),
            dict(_tuned("epoch-2", 0.93, 0.96, add=0.7), added=9, vetoed=0),          # same F1, fewer additions
            dict(_tuned("epoch-2", 0.92, 0.97, veto=0.1), added=0, vetoed=5)]
    chosen = st.choose_fewer_additions(rules, runs)
    assert chosen["checkpoint"] == "epoch-2" and chosen["setting"]["add_min"] == 0.7 and chosen["added"] == 9
    assert chosen["constraint_met"] and chosen["beats_rules"]
    assert not st.choose_fewer_additions({"f1": 0.99, "actor_accuracy": 0.95}, runs)["beats_rules"]


def test_span_tagger_refuses_the_test_split_the_24th_22nd_21st_and_19th_frozen_sets_and_staging(tmp_path):
    st = _tool("span_tagger")
    assert st.parse_splits("train,dev") == ["train", "dev"]
    with pytest.raises(SystemExit, match="test split"):
        st.parse_splits("train,test")
    # data/frozen63 is round 70's frozen set; data/frozen19 (h82-h84, acceptance writers since round 28), data/frozen21
    # (h88-h90, since round 30) and data/frozen22 (h91-h93, since round 31) stay fenced too (data/frozen17 and
    # data/frozen18 are READ since round 27, data/frozen20 since round 29, data/frozen23 since round 32,
    # data/frozen24 since round 33, data/frozen25 since round 34, data/frozen26 since round 35, data/frozen27 and
    # data/frozen28 since round 36, data/frozen29 since round 37, data/frozen30 since round 38, data/frozen31 since
    # round 39, data/frozen32 since round 40, data/frozen33 since round 41, data/frozen34 since round 42,
    # data/frozen35 since round 43, data/frozen36 since round 44, data/frozen37 since round 45, data/frozen38 since
    # round 46, data/frozen39 since round 47, data/frozen40 since round 48, data/frozen41 since round 49, data/frozen42
    # since round 50, data/frozen43 since round 51, data/frozen44 since round 52, data/frozen45 since round 53,
    # data/frozen46 since round 54, data/frozen47 since round 55, data/frozen48 since round 56, data/frozen49 since
    # round 57, data/frozen50 since round 58, data/frozen51 since round 59, data/frozen52 since round 60,
    # data/frozen53 since round 61, data/frozen54 since round 62, data/frozen55 since round 63,
    # data/frozen56 since round 64, data/frozen57 since round 65, data/frozen58 since round 66,
    # data/frozen59 since round 67, data/frozen60 since round 68, data/frozen61 since round 69,
    # data/frozen62 since round 70)
    for folder in ("data/frozen63", str(ROOT / "data" / "frozen63" / "parts"), "data/frozen19",
                   str(ROOT / "data" / "frozen19" / "parts"), "data/frozen21",
                   str(ROOT / "data" / "frozen21" / "parts"), "data/frozen22",
                   str(ROOT / "data" / "frozen22" / "parts"), "/work/staging", "/work/staging/../staging/x"):
        assert st.fenced(folder)
        with pytest.raises(SystemExit, match="refused"):
            st.parse_folder(folder + "=h58")
        with pytest.raises(SystemExit, match="refused"):
            st.main(["train", "-o", str(tmp_path / "x"), "--folder", folder])
        with pytest.raises(SystemExit, match="refused"):
            st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", folder,
                     "--writers", "h214"])
    for corpus in ("data/frozen63", "data/frozen19", "data/frozen21", "data/frozen22"):
        with pytest.raises(SystemExit, match="refused"):
            st.main(["train", "-o", str(tmp_path / "x"), "--corpus", corpus])
    for folder in ("data/frozen", "data/frozen4", "data/frozen5", "data/frozen6", "data/frozen7", "data/frozen8",
                   "data/frozen9", "data/frozen10", "data/frozen11", "data/frozen12", "data/frozen13",
                   "data/frozen14", "data/frozen15", "data/frozen16", "data/frozen17", "data/frozen18",
                   "data/frozen20", "data/frozen23", "data/frozen24", "data/frozen25", "data/frozen26", "data/frozen27",
                   "data/frozen28", "data/frozen29", "data/frozen30", "data/frozen31", "data/frozen32",
                   "data/frozen33", "data/frozen34", "data/frozen35", "data/frozen36", "data/frozen37",
                   "data/frozen38", "data/frozen39", "data/frozen40", "data/frozen41", "data/frozen42",
                   "data/frozen43", "data/frozen44", "data/frozen45", "data/frozen46", "data/frozen47",
                   "data/frozen48", "data/frozen49", "data/frozen50", "data/frozen51", "data/frozen52",
                   "data/frozen53", "data/frozen54", "data/frozen55", "data/frozen56", "data/frozen57", "data/frozen58",
                   "data/frozen59", "data/frozen60", "data/frozen61", "data/frozen62", "data/frozen1", "data/frozen2",
                   "data/frozen3", "data/train-only"):
        assert st.fenced(folder) is None
    assert st.FROZEN == "h214,h215,h216" and st.FROZEN_CORPUS == "data/frozen63"
    assert st.FENCES == ("data/frozen63", "data/frozen19", "data/frozen21", "data/frozen22", "/work/staging")
    assert st.parse_folder("data/frozen4=h37,h38") == ("data/frozen4", ["h37", "h38"])


def test_actor_chooser_refuses_the_24th_22nd_21st_and_19th_frozen_sets_and_staging_before_reading():
    """data/frozen63 is round 70's frozen set; data/frozen19 (h82-h84, acceptance writers since round 28), data/frozen21
    (h88-h90, since round 30) and data/frozen22 (h91-h93, since round 31), stance labels unread, stay fenced: all
    refused on the path as written, as training or tuning groups, before anything is read; data/frozen17 and
    data/frozen18 (h76-h81) are READ since round 27, data/frozen20 (h85-h87) since round 29, data/frozen23 (h94-h96)
    since round 32, data/frozen24 (h97-h99) since round 33, data/frozen25 (h100-h102) since round 34, data/frozen26
    (h103-h105) since round 35, data/frozen27 (h106-h108) and data/frozen28 (h109-h111) since round 36, data/frozen29
    (h112-h114) since round 37, data/frozen30 (h115-h117) since round 38, data/frozen31 (h118-h120) since round 39,
    data/frozen32 (h121-h123) since round 40, data/frozen33 (h124-h126) since round 41, data/frozen34 (h127-h129)
    since round 42, data/frozen35 (h130-h132) since round 43, data/frozen36 (h133-h135) since round 44, data/frozen37
    (h136-h138) since round 45, data/frozen38 (h139-h141) since round 46, data/frozen39 (h142-h144) since round 47,
    data/frozen40 (h145-h147) since round 48, data/frozen41 (h148-h150) since round 49, data/frozen42 (h151-h153)
    since round 50, data/frozen43 (h154-h156) since round 51, data/frozen44 (h157-h159) since round 52, data/frozen45
    (h160-h162) since round 53, data/frozen46 (h163-h165) since round 54, data/frozen47 (h166-h168) since round 55,
    data/frozen48 (h169-h171) since round 56, data/frozen49 (h172-h174) since round 57, data/frozen50 (h175-h177)
    since round 58, data/frozen51 (h178-h180) since round 59, data/frozen52 (h181-h183) since round 60, data/frozen53
    (h184-h186) since round 61, data/frozen54 (h187-h189) since round 62, data/frozen55 (h190-h192) since
    round 63, data/frozen56 (h193-h195) since round 64, data/frozen57 (h196-h198) since round 65, data/frozen58
    (h199-h201) since round 66, data/frozen59 (h202-h204) since round 67, data/frozen60 (h205-h207) since
    round 68, data/frozen61 (h208-h210) since round 69, data/frozen62 (h211-h213) since round 70."""
    ac = _tool("actor_chooser")
    assert ac.FENCED == ("frozen63", "frozen19", "frozen21", "frozen22", "/work/staging")
    for folder in ("data/frozen63", "data/frozen63/parts", str(ROOT / "data" / "frozen63"), "data/frozen19",
                   "data/frozen19/parts", str(ROOT / "data" / "frozen19"), "data/frozen21", "data/frozen21/parts",
                   str(ROOT / "data" / "frozen21"), "data/frozen22", "data/frozen22/parts",
                   str(ROOT / "data" / "frozen22"), "/work/staging", "/work/staging/x"):
        with pytest.raises(SystemExit, match="refused"):
            ac._groups([f"{folder}=h82,h214"], set())
        with pytest.raises(SystemExit, match="refused"):         # a fenced group among allowed ones
            ac._groups(["data/frozen15=h70", f"{folder}=h82"], set())
    assert ac._groups(["data/frozen16=h73,h74,h75"], set()) == [("data/frozen16", ["h73", "h74", "h75"])]
    assert ac._groups(["data/frozen18=h79,h80,h81"], set()) == [("data/frozen18", ["h79", "h80", "h81"])]
    assert ac._groups(["data/frozen20=h85,h86,h87"], set()) == [("data/frozen20", ["h85", "h86", "h87"])]
    assert ac._groups(["data/frozen23=h94,h95,h96"], set()) == [("data/frozen23", ["h94", "h95", "h96"])]
    assert ac._groups(["data/frozen24=h97,h98,h99"], set()) == [("data/frozen24", ["h97", "h98", "h99"])]
    assert ac._groups(["data/frozen25=h100,h101,h102"], set()) == [("data/frozen25", ["h100", "h101", "h102"])]
    assert ac._groups(["data/frozen26=h103,h104,h105"], set()) == [("data/frozen26", ["h103", "h104", "h105"])]
    assert ac._groups(["data/frozen27=h106,h107,h108"], set()) == [("data/frozen27", ["h106", "h107", "h108"])]
    assert ac._groups(["data/frozen28=h109,h110,h111"], set()) == [("data/frozen28", ["h109", "h110", "h111"])]
    assert ac._groups(["data/frozen29=h112,h113,h114"], set()) == [("data/frozen29", ["h112", "h113", "h114"])]
    assert ac._groups(["data/frozen30=h115,h116,h117"], set()) == [("data/frozen30", ["h115", "h116", "h117"])]
    assert ac._groups(["data/frozen31=h118,h119,h120"], set()) == [("data/frozen31", ["h118", "h119", "h120"])]
    assert ac._groups(["data/frozen32=h121,h122,h123"], set()) == [("data/frozen32", ["h121", "h122", "h123"])]
    assert ac._groups(["data/frozen33=h124,h125,h126"], set()) == [("data/frozen33", ["h124", "h125", "h126"])]
    assert ac._groups(["data/frozen34=h127,h128,h129"], set()) == [("data/frozen34", ["h127", "h128", "h129"])]
    assert ac._groups(["data/frozen35=h130,h131,h132"], set()) == [("data/frozen35", ["h130", "h131", "h132"])]
    assert ac._groups(["data/frozen36=h133,h134,h135"], set()) == [("data/frozen36", ["h133", "h134", "h135"])]
    assert ac._groups(["data/frozen37=h136,h137,h138"], set()) == [("data/frozen37", ["h136", "h137", "h138"])]
    assert ac._groups(["data/frozen38=h139,h140,h141"], set()) == [("data/frozen38", ["h139", "h140", "h141"])]
    assert ac._groups(["data/frozen39=h142,h143,h144"], set()) == [("data/frozen39", ["h142", "h143", "h144"])]
    assert ac._groups(["data/frozen40=h145,h146,h147"], set()) == [("data/frozen40", ["h145", "h146", "h147"])]
    assert ac._groups(["data/frozen41=h148,h149,h150"], set()) == [("data/frozen41", ["h148", "h149", "h150"])]
    assert ac._groups(["data/frozen42=h151,h152,h153"], set()) == [("data/frozen42", ["h151", "h152", "h153"])]
    assert ac._groups(["data/frozen43=h154,h155,h156"], set()) == [("data/frozen43", ["h154", "h155", "h156"])]
    assert ac._groups(["data/frozen44=h157,h158,h159"], set()) == [("data/frozen44", ["h157", "h158", "h159"])]
    assert ac._groups(["data/frozen45=h160,h161,h162"], set()) == [("data/frozen45", ["h160", "h161", "h162"])]
    assert ac._groups(["data/frozen46=h163,h164,h165"], set()) == [("data/frozen46", ["h163", "h164", "h165"])]
    assert ac._groups(["data/frozen47=h166,h167,h168"], set()) == [("data/frozen47", ["h166", "h167", "h168"])]
    assert ac._groups(["data/frozen48=h169,h170,h171"], set()) == [("data/frozen48", ["h169", "h170", "h171"])]
    assert ac._groups(["data/frozen49=h172,h173,h174"], set()) == [("data/frozen49", ["h172", "h173", "h174"])]
    assert ac._groups(["data/frozen50=h175,h176,h177"], set()) == [("data/frozen50", ["h175", "h176", "h177"])]
    assert ac._groups(["data/frozen51=h178,h179,h180"], set()) == [("data/frozen51", ["h178", "h179", "h180"])]
    assert ac._groups(["data/frozen52=h181,h182,h183"], set()) == [("data/frozen52", ["h181", "h182", "h183"])]
    assert ac._groups(["data/frozen53=h184,h185,h186"], set()) == [("data/frozen53", ["h184", "h185", "h186"])]
    assert ac._groups(["data/frozen54=h187,h188,h189"], set()) == [("data/frozen54", ["h187", "h188", "h189"])]
    assert ac._groups(["data/frozen55=h190,h191,h192"], set()) == [("data/frozen55", ["h190", "h191", "h192"])]
    assert ac._groups(["data/frozen56=h193,h194,h195"], set()) == [("data/frozen56", ["h193", "h194", "h195"])]
    assert ac._groups(["data/frozen57=h196,h197,h198"], set()) == [("data/frozen57", ["h196", "h197", "h198"])]
    assert ac._groups(["data/frozen58=h199,h200,h201"], set()) == [("data/frozen58", ["h199", "h200", "h201"])]
    assert ac._groups(["data/frozen59=h202,h203,h204"], set()) == [("data/frozen59", ["h202", "h203", "h204"])]
    assert ac._groups(["data/frozen60=h205,h206,h207"], set()) == [("data/frozen60", ["h205", "h206", "h207"])]
    assert ac._groups(["data/frozen61=h208,h209,h210"], set()) == [("data/frozen61", ["h208", "h209", "h210"])]
    assert ac._groups(["data/frozen62=h211,h212,h213"], set()) == [("data/frozen62", ["h211", "h212", "h213"])]
    assert ac._groups(["data/frozen2=h28"], set()) == [("data/frozen2", ["h28"])]
    assert not any(f in g for g in (*ac.TRAIN, *ac.TUNE) for f in ("frozen19", "frozen21", "frozen22", "frozen63"))


def test_span_tagger_tune_pools_folders_refuses_a_fenced_one_among_them_and_orders_candidates(tmp_path):
    st = _tool("span_tagger")
    with pytest.raises(SystemExit, match="refused"):     # the fence is checked before any folder is read
        st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", "data/frozen16=h73",
                 "--folder", "data/frozen63=h214"])
    with pytest.raises(SystemExit, match="refused"):     # round 27's set stays fenced (acceptance writers h82-h84)
        st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", "data/frozen16=h73",
                 "--folder", "data/frozen19=h82"])
    with pytest.raises(SystemExit, match="refused"):     # round 29's set is fenced (acceptance writers h88-h90)
        st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", "data/frozen16=h73",
                 "--folder", "data/frozen21=h88"])
    with pytest.raises(SystemExit, match="refused"):     # round 30's set is fenced (acceptance writers h91-h93)
        st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", "data/frozen16=h73",
                 "--folder", "data/frozen22=h91"])
    with pytest.raises(SystemExit, match="needs its writers"):
        st.main(["tune", "--model", str(tmp_path), "-o", str(tmp_path / "t.json"), "--folder", "data/frozen14"])
    one, run = tmp_path / "r13", tmp_path / "r22"
    one.mkdir()
    (one / "tagger.json").write_text("{}")
    for n in (10, 2, 1):
        (run / f"epoch-{n}").mkdir(parents=True)
    assert [label for label, _ in st.candidates([str(one), str(run)])] == [
        str(one), f"{run}/epoch-1", f"{run}/epoch-2", f"{run}/epoch-10"]
    assert [label for label, _ in st.candidates([str(run)])] == ["epoch-1", "epoch-2", "epoch-10"]
    rules = {"f1": 0.90, "actor_accuracy": 0.95}
    runs = [dict(_tuned(f"{run}/epoch-1", 0.93, 0.96, add=0.9), added=3, vetoed=0, order=1),
            dict(_tuned(str(one), 0.93, 0.96, add=0.9), added=3, vetoed=0, order=0)]   # a tie: the earlier candidate
    assert st.choose_fewer_additions(rules, runs)["checkpoint"] == str(one)


def _run(label, f1):
    row = {"n_articles": 1, "n_gold": 10, "n_pred": 10, "n_matched": 9, "precision": 0.9, "recall": 0.9, "f1": f1,
           "actor_accuracy": 0.8, "side_accuracy": 0.8, "per_kind": {}, "per_construction": {}}
    return {"label": label, "measured": "now", "frozen_writers": ["h8"], "frozen": row, "foreign_dev": row,
            "writers": {"h8": row}, "splits": {"dev": row, "test": row}}


def test_heldout_compose_adds_a_row_per_middle_run(tmp_path):
    he = _tool("heldout_extraction")
    paths = []
    for label, f1 in (("before", 0.5), ("round 1", 0.6), ("round 2", 0.7)):
        p = tmp_path / f"{label}.json"
        p.write_text(json.dumps(_run(label, f1)))
        paths.append(str(p))
    out = tmp_path / "heldout.md"
    assert he.main(["compose", paths[0], paths[2], "--middle", paths[1], "-o", str(out)]) == 0
    text = out.read_text()
    assert "| frozen writers, round 1 |" in text and "| frozen writers, round 2 |" in text
    assert "F1 before | F1 round 1 | F1 round 2" in text and "Frozen writers (h8)" in text


def test_errors_tool_refuses_the_round70_frozen_writers_their_folder_and_staging_by_default(capsys, tmp_path):
    ee = _tool("extraction_errors")
    for w in ("h214", "h215", "h216"):
        assert ee.main(["--writers", f"h1,{w}"]) == 2
    assert "frozen writers" in capsys.readouterr().err
    assert ee.main(["--corpus", str(ROOT / "data" / "frozen63"), "--writers", "h1"]) == 2
    assert ee.main(["--corpus", str(ROOT / "data" / "frozen63" / "parts"), "--writers", "h1"]) == 2
    assert ee.main(["--corpus", str(tmp_path), "--frozen-corpus", str(tmp_path), "--writers", "h1"]) == 2
    # data/frozen63 and /work/staging stay fenced whatever --frozen-corpus says (refused on the path as written)
    assert ee.main(["--corpus", "data/frozen63", "--frozen-corpus", str(tmp_path), "--writers", "h1"]) == 2
    for staging in ("/work/staging", "/work/staging/corpus", "/work/staging/../staging/x"):
        assert ee.main(["--corpus", staging, "--writers", "h1"]) == 2
    assert "frozen folder" in capsys.readouterr().err
    he = _tool("heldout_extraction")
    assert he.FROZEN == ee.FROZEN == "h214,h215,h216" and he.FROZEN_CORPUS == ee.FROZEN_CORPUS == "data/frozen63"
    assert he.READ_FROZEN == (("h25,h26,h27", "data/frozen"), ("h28,h29,h30", "data/frozen2"),
                              ("h31,h32,h33", "data/frozen3"), ("h37,h38,h39", "data/frozen4"),
                              ("h40,h41,h42", "data/frozen5"), ("h43,h44,h45", "data/frozen6"),
                              ("h46,h47,h48", "data/frozen7"), ("h49,h50,h51", "data/frozen8"),
                              ("h52,h53,h54", "data/frozen9"), ("h55,h56,h57", "data/frozen10"),
                              ("h58,h59,h60", "data/frozen11"), ("h61,h62,h63", "data/frozen12"),
                              ("h64,h65,h66", "data/frozen13"), ("h67,h68,h69", "data/frozen14"),
                              ("h70,h71,h72", "data/frozen15"), ("h73,h74,h75", "data/frozen16"),
                              ("h76,h77,h78", "data/frozen17"), ("h79,h80,h81", "data/frozen18"),
                              ("h85,h86,h87", "data/frozen20"), ("h94,h95,h96", "data/frozen23"),
                              ("h97,h98,h99", "data/frozen24"), ("h100,h101,h102", "data/frozen25"),
                              ("h103,h104,h105", "data/frozen26"), ("h106,h107,h108", "data/frozen27"),
                              ("h109,h110,h111", "data/frozen28"), ("h112,h113,h114", "data/frozen29"),
                              ("h115,h116,h117", "data/frozen30"), ("h118,h119,h120", "data/frozen31"),
                              ("h121,h122,h123", "data/frozen32"), ("h124,h125,h126", "data/frozen33"),
                              ("h127,h128,h129", "data/frozen34"), ("h130,h131,h132", "data/frozen35"),
                              ("h133,h134,h135", "data/frozen36"), ("h136,h137,h138", "data/frozen37"),
                              ("h139,h140,h141", "data/frozen38"), ("h142,h143,h144", "data/frozen39"),
                              ("h145,h146,h147", "data/frozen40"), ("h148,h149,h150", "data/frozen41"),
                              ("h151,h152,h153", "data/frozen42"), ("h154,h155,h156", "data/frozen43"),
                              ("h157,h158,h159", "data/frozen44"), ("h160,h161,h162", "data/frozen45"),
                              ("h163,h164,h165", "data/frozen46"), ("h166,h167,h168", "data/frozen47"),
                              ("h169,h170,h171", "data/frozen48"), ("h172,h173,h174", "data/frozen49"),
                              ("h175,h176,h177", "data/frozen50"), ("h178,h179,h180", "data/frozen51"),
                              ("h181,h182,h183", "data/frozen52"), ("h184,h185,h186", "data/frozen53"),
                              ("h187,h188,h189", "data/frozen54"), ("h190,h191,h192", "data/frozen55"),
                              ("h193,h194,h195", "data/frozen56"), ("h196,h197,h198", "data/frozen57"),
                              ("h199,h200,h201", "data/frozen58"), ("h202,h203,h204", "data/frozen59"),
                              ("h205,h206,h207", "data/frozen60"), ("h208,h209,h210", "data/frozen61"),
                              ("h211,h212,h213", "data/frozen62"))
    # h82-h84, h88-h90 and h91-h93: acceptance writers since rounds 28, 30 and 31, never a READ group
    assert he.NOT_READ == ("data/frozen19", "data/frozen21", "data/frozen22")
    assert he.STAGING == ee.STAGING == "/work/staging"


def test_errors_tool_refuses_the_round70_acceptance_writers_and_folders_by_default(capsys, tmp_path):
    """h37-h45 (data/frozen4, data/frozen5, data/frozen6) are acceptance writers in rounds 15-70, h82-h84
    (data/frozen19, round 27's judge; their stance labels stay unread) in rounds 28-70, h88-h90 (data/frozen21,
    round 29's judge, the same way) in rounds 30-70 and h91-h93 (data/frozen22, round 30's judge, the same way) in
    rounds 31-70 (h76-h78, data/frozen17, were acceptance writers in round 26 only, READ since round 27): aggregates only,
    so their errors are refused by default, on the path as written, before anything is read; `--acceptance ''` lifts
    the fence."""
    ee = _tool("extraction_errors")
    assert ee.ACCEPTANCE == ",".join(f"h{i}" for i in (*range(37, 46), 82, 83, 84, 88, 89, 90, 91, 92, 93))
    assert ee.ACCEPTANCE_FOLDERS == ("data/frozen4", "data/frozen5", "data/frozen6", "data/frozen19", "data/frozen21",
                                     "data/frozen22")
    for w in ("h37", "h39", "h40", "h42", "h43", "h45", "h82", "h83", "h84", "h88", "h89", "h90", "h91", "h92",
              "h93"):
        assert ee.main(["--writers", f"h1,{w}"]) == 2
    assert "acceptance writers" in capsys.readouterr().err
    for folder in ("data/frozen4", "data/frozen5", "data/frozen6", str(ROOT / "data" / "frozen5" / "parts"),
                   str(ROOT / "data" / "frozen6" / "parts"), "data/frozen4/../frozen4", "data/frozen19",
                   str(ROOT / "data" / "frozen19"), str(ROOT / "data" / "frozen19" / "parts"),
                   "data/frozen19/../frozen19", "data/frozen21", str(ROOT / "data" / "frozen21"),
                   str(ROOT / "data" / "frozen21" / "parts"), "data/frozen21/../frozen21", "data/frozen22",
                   str(ROOT / "data" / "frozen22"), str(ROOT / "data" / "frozen22" / "parts"),
                   "data/frozen22/../frozen22"):
        assert ee.main(["--corpus", folder, "--writers", "h25"]) == 2
    assert "acceptance folder" in capsys.readouterr().err
    # data/frozen19, data/frozen21 and data/frozen22 are refused whatever --frozen-corpus says
    for folder in ("data/frozen19", "data/frozen21", "data/frozen22"):
        assert ee.main(["--corpus", folder, "--frozen-corpus", str(tmp_path), "--writers", "h1"]) == 2
        assert "acceptance folder" in capsys.readouterr().err
    for folder in ("data/frozen4", "data/frozen19", "data/frozen21", "data/frozen22"):
        assert ee._fenced(folder, ee.FROZEN_CORPUS, ee.ACCEPTANCE_FOLDERS) is not None
        assert ee._fenced(folder, ee.FROZEN_CORPUS) is None           # lifted with --acceptance ''
    assert ee._fenced("data/frozen17", ee.FROZEN_CORPUS, ee.ACCEPTANCE_FOLDERS) is None      # READ since round 27
    assert ee._fenced("data/frozen20", ee.FROZEN_CORPUS, ee.ACCEPTANCE_FOLDERS) is None      # READ since round 29
    _folder(tmp_path / "x", "h37", 'Lavrov said that talks had failed.')
    assert ee.main(["--corpus", str(tmp_path / "x"), "--writers", "h37", "--acceptance", "", "--kind", "miss"]) == 0
    assert "0 missed" in capsys.readouterr().out


def test_errors_tool_development_groups_name_the_round70_development_writers_only():
    ee = _tool("extraction_errors")
    groups = ee._dev_groups(["dev"])
    writers = {w for _, ws, _ in groups for w in ws}
    # h46-h81: read since rounds 16-27,
    # h85-h87 since round 29, h94-h96 since round 32, h97-h99 since 33, h100-h102 since 34, h103-h105 since 35,
    # h106-h108 and h109-h111 since 36, h112-h114 since 37, h115-h117 since 38, h118-h120 since 39, h121-h123 since 40,
    # h124-h126 since 41, h127-h129 since 42, h130-h132 since 43, h133-h135 since 44, h136-h138 since 45,
    # h139-h141 since 46, h142-h144 since 47, h145-h147 since 48, h148-h150 since 49, h151-h153 since 50,
    # h154-h156 since 51, h157-h159 since 52, h160-h162 since 53, h163-h165 since 54, h166-h168 since 55,
    # h169-h171 since 56, h172-h174 since 57, h175-h177 since 58, h178-h180 since 59,
    # h181-h183 since 60, h184-h186 since 61, h187-h189 since 62, h190-h192 since 63, h193-h195 since 64,
    # h196-h198 since 65, h199-h201 since 66, h202-h204 since 67, h205-h207 since 68, h208-h210 since 69,
    # h211-h213 since 70
    assert writers == {f"h{i}" for i in (*range(1, 37), *range(46, 82), 85, 86, 87, *range(94, 214))}
    assert not writers & {"h82", "h83", "h84"}         # round 27's frozen writers: acceptance writers in rounds 28-70
    assert not writers & {"h88", "h89", "h90"}         # round 29's frozen writers: acceptance writers in rounds 30-70
    assert not writers & {"h91", "h92", "h93"}         # round 30's frozen writers: acceptance writers in rounds 31-70
    assert not writers & set(ee.ACCEPTANCE.split(",")) and not writers & set(ee.FROZEN.split(","))
    assert {f for f, _, _ in groups} == {"data/corpus", "data/frozen", "data/frozen2", "data/frozen3", "data/train-only",
                                         "data/frozen7", "data/frozen8", "data/frozen9", "data/frozen10",
                                         "data/frozen11", "data/frozen12", "data/frozen13",
                                         "data/frozen14", "data/frozen15", "data/frozen16", "data/frozen17",
                                         "data/frozen18", "data/frozen20", "data/frozen23",
                                         "data/frozen24", "data/frozen25", "data/frozen26", "data/frozen27",
                                         "data/frozen28", "data/frozen29", "data/frozen30", "data/frozen31",
                                         "data/frozen32", "data/frozen33", "data/frozen34",
                                         "data/frozen35", "data/frozen36", "data/frozen37", "data/frozen38",
                                         "data/frozen39", "data/frozen40", "data/frozen41", "data/frozen42",
                                         "data/frozen43", "data/frozen44", "data/frozen45", "data/frozen46",
                                         "data/frozen47", "data/frozen48", "data/frozen49", "data/frozen50",
                                         "data/frozen51", "data/frozen52", "data/frozen53",
                                         "data/frozen54", "data/frozen55", "data/frozen56", "data/frozen57",
                                         "data/frozen58", "data/frozen59", "data/frozen60", "data/frozen61",
                                         "data/frozen62"}
    assert [s for f, _, s in groups if f == "data/corpus"] == [("train", "dev")]     # never the test split
    assert ee._dev_groups(["frozen2,train-only"]) == [("data/frozen2", ["h28", "h29", "h30"], None),
                                                      ("data/train-only", ["h34", "h35", "h36"], None)]
    assert ee._dev_groups(["frozen7"]) == [("data/frozen7", ["h46", "h47", "h48"], None)]
    assert ee._dev_groups(["frozen8"]) == [("data/frozen8", ["h49", "h50", "h51"], None)]
    assert ee._dev_groups(["frozen9"]) == [("data/frozen9", ["h52", "h53", "h54"], None)]
    assert ee._dev_groups(["frozen10"]) == [("data/frozen10", ["h55", "h56", "h57"], None)]
    assert ee._dev_groups(["frozen11"]) == [("data/frozen11", ["h58", "h59", "h60"], None)]
    assert ee._dev_groups(["frozen12"]) == [("data/frozen12", ["h61", "h62", "h63"], None)]
    assert ee._dev_groups(["frozen13"]) == [("data/frozen13", ["h64", "h65", "h66"], None)]
    assert ee._dev_groups(["frozen14"]) == [("data/frozen14", ["h67", "h68", "h69"], None)]
    assert ee._dev_groups(["frozen15"]) == [("data/frozen15", ["h70", "h71", "h72"], None)]
    assert ee._dev_groups(["frozen16"]) == [("data/frozen16", ["h73", "h74", "h75"], None)]
    assert ee._dev_groups(["frozen17"]) == [("data/frozen17", ["h76", "h77", "h78"], None)]
    assert ee._dev_groups(["frozen18"]) == [("data/frozen18", ["h79", "h80", "h81"], None)]
    assert ee._dev_groups(["frozen20"]) == [("data/frozen20", ["h85", "h86", "h87"], None)]
    assert ee._dev_groups(["frozen23"]) == [("data/frozen23", ["h94", "h95", "h96"], None)]
    assert ee._dev_groups(["frozen24"]) == [("data/frozen24", ["h97", "h98", "h99"], None)]
    assert ee._dev_groups(["frozen25"]) == [("data/frozen25", ["h100", "h101", "h102"], None)]
    assert ee._dev_groups(["frozen26"]) == [("data/frozen26", ["h103", "h104", "h105"], None)]
    assert ee._dev_groups(["frozen27"]) == [("data/frozen27", ["h106", "h107", "h108"], None)]
    assert ee._dev_groups(["frozen28"]) == [("data/frozen28", ["h109", "h110", "h111"], None)]
    assert ee._dev_groups(["frozen29"]) == [("data/frozen29", ["h112", "h113", "h114"], None)]
    assert ee._dev_groups(["frozen30"]) == [("data/frozen30", ["h115", "h116", "h117"], None)]
    assert ee._dev_groups(["frozen31"]) == [("data/frozen31", ["h118", "h119", "h120"], None)]
    assert ee._dev_groups(["frozen32"]) == [("data/frozen32", ["h121", "h122", "h123"], None)]
    assert ee._dev_groups(["frozen33"]) == [("data/frozen33", ["h124", "h125", "h126"], None)]
    assert ee._dev_groups(["frozen34"]) == [("data/frozen34", ["h127", "h128", "h129"], None)]
    assert ee._dev_groups(["frozen35"]) == [("data/frozen35", ["h130", "h131", "h132"], None)]
    assert ee._dev_groups(["frozen36"]) == [("data/frozen36", ["h133", "h134", "h135"], None)]
    assert ee._dev_groups(["frozen37"]) == [("data/frozen37", ["h136", "h137", "h138"], None)]
    assert ee._dev_groups(["frozen38"]) == [("data/frozen38", ["h139", "h140", "h141"], None)]
    assert ee._dev_groups(["frozen39"]) == [("data/frozen39", ["h142", "h143", "h144"], None)]
    assert ee._dev_groups(["frozen40"]) == [("data/frozen40", ["h145", "h146", "h147"], None)]
    assert ee._dev_groups(["frozen41"]) == [("data/frozen41", ["h148", "h149", "h150"], None)]
    assert ee._dev_groups(["frozen42"]) == [("data/frozen42", ["h151", "h152", "h153"], None)]
    assert ee._dev_groups(["frozen43"]) == [("data/frozen43", ["h154", "h155", "h156"], None)]
    assert ee._dev_groups(["frozen44"]) == [("data/frozen44", ["h157", "h158", "h159"], None)]
    assert ee._dev_groups(["frozen45"]) == [("data/frozen45", ["h160", "h161", "h162"], None)]
    assert ee._dev_groups(["frozen46"]) == [("data/frozen46", ["h163", "h164", "h165"], None)]
    assert ee._dev_groups(["frozen47"]) == [("data/frozen47", ["h166", "h167", "h168"], None)]
    assert ee._dev_groups(["frozen48"]) == [("data/frozen48", ["h169", "h170", "h171"], None)]
    assert ee._dev_groups(["frozen49"]) == [("data/frozen49", ["h172", "h173", "h174"], None)]
    assert ee._dev_groups(["frozen50"]) == [("data/frozen50", ["h175", "h176", "h177"], None)]
    assert ee._dev_groups(["frozen51"]) == [("data/frozen51", ["h178", "h179", "h180"], None)]
    assert ee._dev_groups(["frozen52"]) == [("data/frozen52", ["h181", "h182", "h183"], None)]
    assert ee._dev_groups(["frozen53"]) == [("data/frozen53", ["h184", "h185", "h186"], None)]
    assert ee._dev_groups(["frozen54"]) == [("data/frozen54", ["h187", "h188", "h189"], None)]
    assert ee._dev_groups(["frozen55"]) == [("data/frozen55", ["h190", "h191", "h192"], None)]
    assert ee._dev_groups(["frozen56"]) == [("data/frozen56", ["h193", "h194", "h195"], None)]
    assert ee._dev_groups(["frozen57"]) == [("data/frozen57", ["h196", "h197", "h198"], None)]
    assert ee._dev_groups(["frozen58"]) == [("data/frozen58", ["h199", "h200", "h201"], None)]
    assert ee._dev_groups(["frozen59"]) == [("data/frozen59", ["h202", "h203", "h204"], None)]
    assert ee._dev_groups(["frozen60"]) == [("data/frozen60", ["h205", "h206", "h207"], None)]
    assert ee._dev_groups(["frozen61"]) == [("data/frozen61", ["h208", "h209", "h210"], None)]
    assert ee._dev_groups(["frozen62"]) == [("data/frozen62", ["h211", "h212", "h213"], None)]
    for name in ("frozen4", "frozen19", "frozen21", "frozen22", "frozen63"):
        with pytest.raises(SystemExit, match="allowed"):
            ee._dev_groups([name])
    with pytest.raises(SystemExit):
        ee.main(["--writers", "h1", "--groups", "dev"])


def test_errors_tool_lists_the_default_paths_errors_with_a_tagger(tmp_path, capsys, monkeypatch):
    """`--tagger DIR` lists the errors of the rules combined with the tagger saved in DIR (here a stand-in whose
    `extract` adds one statement to the rules'); `--tagger none` and no option list the rules' own."""
    from pipeline.schema import Statement
    from pipeline.tagging import SpanTagger

    ee = _tool("extraction_errors")
    text = "Lavrov said that talks had failed. The ministry was busy."
    _folder(tmp_path / "c", "h25", text)
    loaded = []

    class Stub:
        def extract(self, text, aid, reg):
            rules = ee.extract_statements(text, aid, reg)
            s = text.index("The ministry")
            return rules + [Statement(aid, text[s:-1], "The ministry", "ministry", "other", "indirect", {}, s,
                                      len(text) - 1)]

    monkeypatch.setattr(SpanTagger, "from_pretrained", classmethod(lambda cls, folder: loaded.append(folder) or Stub()))
    for extra in ([], ["--tagger", "none"]):
        assert ee.main(["--corpus", str(tmp_path / "c"), "--writers", "h25", *extra]) == 0
        assert "-- 0 missed, 0 extra, 0 wrong actors" in capsys.readouterr().out
    assert ee.main(["--corpus", str(tmp_path / "c"), "--writers", "h25", "--tagger", str(tmp_path / "t")]) == 0
    out = capsys.readouterr().out
    assert "EXTRA [indirect] ministry <- 'The ministry'" in out and "-- 0 missed, 1 extra, 0 wrong actors" in out
    assert loaded == [tmp_path / "t"]


def test_errors_tool_reads_round9_to_round11_frozen_writers_now(tmp_path, capsys):
    """h25-h27 (data/frozen), h28-h30 (data/frozen2) and h31-h33 (data/frozen3) are read writers since rounds 10,
    11 and 12: the tool lists their errors (here on stand-in folders laid out like theirs, so the test stays fast and
    does not depend on their gold)."""
    ee = _tool("extraction_errors")
    for folder, w in (("frozen", "h25"), ("frozen2", "h28"), ("frozen3", "h31")):
        _folder(tmp_path / folder, w, 'Lavrov said that talks had failed.')
        assert ee.main(["--corpus", str(tmp_path / folder), "--writers", w, "--kind", "miss"]) == 0
    assert capsys.readouterr().out.count("0 missed") == 3


def test_errors_tool_allows_the_real_round10_to_round11_folders_and_writers():
    """The fences of rounds 10 and 11 are gone: `--corpus data/frozen3 --writers h31,h32,h33` is not refused (only
    the fence is checked here, so no statement is printed); data/frozen4 and data/frozen5 are acceptance folders."""
    ee = _tool("extraction_errors")
    acc = ee.ACCEPTANCE_FOLDERS
    assert ee._fenced(str(ROOT / "data" / "frozen2"), ee.FROZEN_CORPUS, acc) is None
    assert ee._fenced("data/frozen2/parts", ee.FROZEN_CORPUS, acc) is None
    assert ee._fenced(str(ROOT / "data" / "frozen3"), ee.FROZEN_CORPUS, acc) is None
    assert ee._fenced("data/train-only", ee.FROZEN_CORPUS, acc) is None
    assert ee._fenced(str(ROOT / "data" / "frozen4"), ee.FROZEN_CORPUS, acc) is not None
    assert not {"h31", "h32", "h33", "h34"} & set(ee.FROZEN.split(","))
    assert ee._fenced(str(ROOT / "data" / "frozen6"), ee.FROZEN_CORPUS, acc) is not None
    assert ee._fenced("data/frozen63", "data/frozen4") is not None
    assert ee._fenced("data/frozen59", ee.FROZEN_CORPUS, acc) is None          # read since round 67
    assert ee._fenced("data/frozen60", ee.FROZEN_CORPUS, acc) is None          # read since round 68
    assert ee._fenced("data/frozen61", ee.FROZEN_CORPUS, acc) is None          # read since round 69
    assert ee._fenced("data/frozen62", ee.FROZEN_CORPUS, acc) is None          # read since round 70
    assert ee._fenced("data/frozen58", ee.FROZEN_CORPUS, acc) is None          # read since round 66
    assert ee._fenced("data/frozen57", ee.FROZEN_CORPUS, acc) is None          # read since round 65
    assert ee._fenced("data/frozen56", ee.FROZEN_CORPUS, acc) is None          # read since round 64
    assert ee._fenced("data/frozen55", ee.FROZEN_CORPUS, acc) is None          # read since round 63
    assert ee._fenced("data/frozen54", ee.FROZEN_CORPUS, acc) is None          # read since round 62
    assert ee._fenced("data/frozen53", ee.FROZEN_CORPUS, acc) is None          # read since round 61
    assert ee._fenced("data/frozen52", ee.FROZEN_CORPUS, acc) is None          # read since round 60
    assert ee._fenced("data/frozen51", ee.FROZEN_CORPUS, acc) is None          # read since round 59
    assert ee._fenced("data/frozen50", ee.FROZEN_CORPUS, acc) is None          # read since round 58
    assert ee._fenced("data/frozen49", ee.FROZEN_CORPUS, acc) is None          # read since round 57
    assert ee._fenced("data/frozen48", ee.FROZEN_CORPUS, acc) is None          # read since round 56
    assert ee._fenced("data/frozen47", ee.FROZEN_CORPUS, acc) is None          # read since round 55
    assert ee._fenced("data/frozen46", ee.FROZEN_CORPUS, acc) is None          # read since round 54
    assert ee._fenced("data/frozen45", ee.FROZEN_CORPUS, acc) is None          # read since round 53
    assert ee._fenced("data/frozen44", ee.FROZEN_CORPUS, acc) is None          # read since round 52
    assert ee._fenced("data/frozen43", ee.FROZEN_CORPUS, acc) is None          # read since round 51
    assert ee._fenced("data/frozen42", ee.FROZEN_CORPUS, acc) is None          # read since round 50
    assert ee._fenced("data/frozen41", ee.FROZEN_CORPUS, acc) is None          # read since round 49
    assert ee._fenced("data/frozen40", ee.FROZEN_CORPUS, acc) is None          # read since round 48
    assert ee._fenced("data/frozen39", ee.FROZEN_CORPUS, acc) is None          # read since round 47
    assert ee._fenced("data/frozen38", ee.FROZEN_CORPUS, acc) is None          # read since round 46
    assert ee._fenced("data/frozen37", ee.FROZEN_CORPUS, acc) is None          # read since round 45
    assert ee._fenced("data/frozen36", ee.FROZEN_CORPUS, acc) is None          # read since round 44
    assert ee._fenced("data/frozen35", ee.FROZEN_CORPUS, acc) is None          # read since round 43
    assert ee._fenced("data/frozen34", ee.FROZEN_CORPUS, acc) is None          # read since round 42
    assert ee._fenced("data/frozen33", ee.FROZEN_CORPUS, acc) is None          # read since round 41
    assert ee._fenced("data/frozen32", ee.FROZEN_CORPUS, acc) is None          # read since round 40
    assert ee._fenced("data/frozen31", ee.FROZEN_CORPUS, acc) is None          # read since round 39
    assert ee._fenced("data/frozen30", ee.FROZEN_CORPUS, acc) is None          # read since round 38
    assert ee._fenced("data/frozen29", ee.FROZEN_CORPUS, acc) is None          # read since round 37
    assert ee._fenced("data/frozen28", ee.FROZEN_CORPUS, acc) is None          # read since round 36
    assert ee._fenced("data/frozen27", ee.FROZEN_CORPUS, acc) is None          # read since round 36
    assert ee._fenced("data/frozen26", ee.FROZEN_CORPUS, acc) is None          # read since round 35
    assert ee._fenced("data/frozen25", ee.FROZEN_CORPUS, acc) is None          # read since round 34
    assert ee._fenced("data/frozen24", ee.FROZEN_CORPUS, acc) is None          # read since round 33
    assert ee._fenced("data/frozen23", ee.FROZEN_CORPUS, acc) is None          # read since round 32
    assert ee._fenced("data/frozen20", ee.FROZEN_CORPUS, acc) is None          # read since round 29
    assert ee._fenced("data/frozen19", ee.FROZEN_CORPUS, acc) is not None      # acceptance folder since round 28
    assert ee._fenced("data/frozen21", ee.FROZEN_CORPUS, acc) is not None      # acceptance folder since round 30
    assert ee._fenced("data/frozen22", ee.FROZEN_CORPUS, acc) is not None      # acceptance folder since round 31
    assert ee._fenced("data/frozen17", ee.FROZEN_CORPUS, acc) is None          # read since round 27
    assert ee._fenced("data/frozen18", ee.FROZEN_CORPUS, acc) is None          # read since round 27
    assert ee._fenced("data/frozen7", ee.FROZEN_CORPUS, acc) is None           # read since round 16
    assert ee._fenced("data/frozen8", ee.FROZEN_CORPUS, acc) is None           # read since round 17
    assert ee._fenced("data/frozen9", ee.FROZEN_CORPUS, acc) is None           # read since round 18
    assert ee._fenced("data/frozen10", ee.FROZEN_CORPUS, acc) is None          # read since round 19
    assert ee._fenced("data/frozen11", ee.FROZEN_CORPUS, acc) is None          # read since round 20
    assert ee._fenced("data/frozen12", ee.FROZEN_CORPUS, acc) is None          # read since round 21
    assert ee._fenced("data/frozen13", ee.FROZEN_CORPUS, acc) is None          # read since round 22
    assert ee._fenced("data/frozen14", ee.FROZEN_CORPUS, acc) is None          # read since round 23
    assert ee._fenced("data/frozen15", ee.FROZEN_CORPUS, acc) is None          # read since round 24
    assert ee._fenced("data/frozen16", ee.FROZEN_CORPUS, acc) is None          # read since round 25
    assert ee._fenced("/work/staging/a", ee.FROZEN_CORPUS) == "/work/staging"


def _folder(root, writer, text, gold_text="talks had failed"):
    """A corpus folder with an unmerged writer in parts/ (the layout of data/frozen); called again, it adds one."""
    (root / "parts").mkdir(parents=True, exist_ok=True)
    (root / "articles").mkdir(exist_ok=True)
    aid = f"{writer}-talks"
    (root / "articles" / f"{aid}.txt").write_text(text)
    (root / "parts" / f"{writer}.articles.jsonl").write_text(json.dumps({"id": aid, "writer": writer}) + "\n")
    (root / "parts" / f"{writer}.statements.jsonl").write_text(json.dumps(
        {"article_id": aid, "text": gold_text, "speaker": "Lavrov", "actor": "Sergey Lavrov", "side": "russia",
         "kind": "indirect", "inclusion": "none", "ceasefire": "none"}) + "\n")
    return root


def _foreign(tmp_path, text, gold_from):
    foreign = tmp_path / "foreign"
    (foreign / "articles").mkdir(parents=True)
    (foreign / "articles" / "f-1.txt").write_text(text)
    (foreign / "articles.jsonl").write_text(json.dumps({"id": "f-1"}) + "\n")
    (foreign / "gold.jsonl").write_text((gold_from / "parts" / "h1.statements.jsonl").read_text().replace("h1-talks", "f-1"))
    return foreign


def test_heldout_measure_scores_the_frozen_set_and_each_read_group_together_and_by_writer(tmp_path):
    he = _tool("heldout_extraction")
    text = "Lavrov said that talks had failed."
    frozen = _folder(tmp_path / "frozen3", "h31", text)
    read9, read10 = _folder(tmp_path / "frozen", "h25", text), _folder(tmp_path / "frozen2", "h28", text)
    _folder(read10, "h29", text)
    corpus = _folder(tmp_path / "corpus", "h1", text)
    foreign = _foreign(tmp_path, text, corpus)
    out = tmp_path / "m.json"
    common = ["measure", "--corpus", str(corpus), "--frozen", "h31", "--frozen-corpus", str(frozen),
              "--read-frozen", "h25", "--read-frozen-corpus", str(read9),
              "--read-frozen", "h28,h29", "--read-frozen-corpus", str(read10), "--foreign", str(foreign), "--label", "t"]
    assert he.main(common + ["-o", str(out)]) == 0
    got = json.loads(out.read_text())
    assert got["frozen_writers"] == ["h31"] and "per_construction" not in got["frozen"]
    assert got["read_frozen_writers"] == ["h25", "h28", "h29"]
    assert set(got["read_frozen"]) == {"h25", "h28-h29"} and "per_construction" in got["read_frozen"]["h25"]
    assert got["read_frozen_sets"]["h28-h29"] == {"corpus": str(read10), "writers": ["h28", "h29"]}
    assert set(got["read_frozen_by_writer"]) == {"h25", "h28", "h29"} and set(got["writers"]) == {"h1"}
    assert got["read_frozen"]["h25"]["f1"] == got["read_frozen"]["h28-h29"]["f1"] == 1.0
    only = tmp_path / "only.json"
    assert he.main(common + ["-o", str(only), "--frozen-only"]) == 0
    got_only = json.loads(only.read_text())
    assert got_only["writers"] == {} and got_only["splits"] == {} and got_only["frozen"]["f1"] == got["frozen"]["f1"]
    md = tmp_path / "r.md"
    assert he.main(["compose", str(out), str(out), "-o", str(md)]) == 0
    assert "| read frozen h28-h29, t |" in md.read_text() and "| h25 (read) |" in md.read_text()
    assert "| h28 (read) |" in md.read_text()


def test_heldout_measure_without_frozen_writers_never_touches_a_missing_frozen_folder(tmp_path):
    """`--frozen ''` with a --frozen-corpus that does not exist (a frozen folder before the lead delivers it) runs."""
    he = _tool("heldout_extraction")
    text = "Lavrov said that talks had failed."
    corpus, read = _folder(tmp_path / "corpus", "h1", text), _folder(tmp_path / "frozen2", "h28", text)
    foreign = _foreign(tmp_path, text, corpus)
    out = tmp_path / "m.json"
    assert he.main(["measure", "--corpus", str(corpus), "--frozen", "", "--frozen-corpus", str(tmp_path / "missing"),
                    "--read-frozen", "h28", "--read-frozen-corpus", str(read), "--foreign", str(foreign),
                    "--label", "start", "-o", str(out)]) == 0
    got = json.loads(out.read_text())
    assert "frozen" not in got and got["frozen_writers"] == [] and got["read_frozen"]["h28"]["f1"] == 1.0
    default = tmp_path / "d.json"                # the default frozen folder (data/frozen63) is never touched either
    assert he.main(["measure", "--corpus", str(corpus), "--frozen", "", "--read-frozen", "h28",
                    "--read-frozen-corpus", str(read), "--foreign", str(foreign), "--label", "start",
                    "-o", str(default)]) == 0
    assert json.loads(default.read_text())["frozen_corpus"] == "data/frozen63"
    md = tmp_path / "r.md"
    assert he.main(["compose", str(out), str(out), "-o", str(md)]) == 0


def test_heldout_read_groups_default_to_the_fifty_nine_earlier_frozen_folders_and_refuse_fenced_folders(tmp_path):
    he = _tool("heldout_extraction")
    args = he.argparse.Namespace(read_frozen=None, read_frozen_corpus=None, frozen_corpus="data/frozen63")
    assert he._read_groups(args, []) == [("h25-h27", "data/frozen", ["h25", "h26", "h27"]),
                                         ("h28-h30", "data/frozen2", ["h28", "h29", "h30"]),
                                         ("h31-h33", "data/frozen3", ["h31", "h32", "h33"]),
                                         ("h37-h39", "data/frozen4", ["h37", "h38", "h39"]),
                                         ("h40-h42", "data/frozen5", ["h40", "h41", "h42"]),
                                         ("h43-h45", "data/frozen6", ["h43", "h44", "h45"]),
                                         ("h46-h48", "data/frozen7", ["h46", "h47", "h48"]),
                                         ("h49-h51", "data/frozen8", ["h49", "h50", "h51"]),
                                         ("h52-h54", "data/frozen9", ["h52", "h53", "h54"]),
                                         ("h55-h57", "data/frozen10", ["h55", "h56", "h57"]),
                                         ("h58-h60", "data/frozen11", ["h58", "h59", "h60"]),
                                         ("h61-h63", "data/frozen12", ["h61", "h62", "h63"]),
                                         ("h64-h66", "data/frozen13", ["h64", "h65", "h66"]),
                                         ("h67-h69", "data/frozen14", ["h67", "h68", "h69"]),
                                         ("h70-h72", "data/frozen15", ["h70", "h71", "h72"]),
                                         ("h73-h75", "data/frozen16", ["h73", "h74", "h75"]),
                                         ("h76-h78", "data/frozen17", ["h76", "h77", "h78"]),
                                         ("h79-h81", "data/frozen18", ["h79", "h80", "h81"]),
                                         ("h85-h87", "data/frozen20", ["h85", "h86", "h87"]),
                                         ("h94-h96", "data/frozen23", ["h94", "h95", "h96"]),
                                         ("h97-h99", "data/frozen24", ["h97", "h98", "h99"]),
                                         ("h100-h102", "data/frozen25", ["h100", "h101", "h102"]),
                                         ("h103-h105", "data/frozen26", ["h103", "h104", "h105"]),
                                         ("h106-h108", "data/frozen27", ["h106", "h107", "h108"]),
                                         ("h109-h111", "data/frozen28", ["h109", "h110", "h111"]),
                                         ("h112-h114", "data/frozen29", ["h112", "h113", "h114"]),
                                         ("h115-h117", "data/frozen30", ["h115", "h116", "h117"]),
                                         ("h118-h120", "data/frozen31", ["h118", "h119", "h120"]),
                                         ("h121-h123", "data/frozen32", ["h121", "h122", "h123"]),
                                         ("h124-h126", "data/frozen33", ["h124", "h125", "h126"]),
                                         ("h127-h129", "data/frozen34", ["h127", "h128", "h129"]),
                                         ("h130-h132", "data/frozen35", ["h130", "h131", "h132"]),
                                         ("h133-h135", "data/frozen36", ["h133", "h134", "h135"]),
                                         ("h136-h138", "data/frozen37", ["h136", "h137", "h138"]),
                                         ("h139-h141", "data/frozen38", ["h139", "h140", "h141"]),
                                         ("h142-h144", "data/frozen39", ["h142", "h143", "h144"]),
                                         ("h145-h147", "data/frozen40", ["h145", "h146", "h147"]),
                                         ("h148-h150", "data/frozen41", ["h148", "h149", "h150"]),
                                         ("h151-h153", "data/frozen42", ["h151", "h152", "h153"]),
                                         ("h154-h156", "data/frozen43", ["h154", "h155", "h156"]),
                                         ("h157-h159", "data/frozen44", ["h157", "h158", "h159"]),
                                         ("h160-h162", "data/frozen45", ["h160", "h161", "h162"]),
                                         ("h163-h165", "data/frozen46", ["h163", "h164", "h165"]),
                                         ("h166-h168", "data/frozen47", ["h166", "h167", "h168"]),
                                         ("h169-h171", "data/frozen48", ["h169", "h170", "h171"]),
                                         ("h172-h174", "data/frozen49", ["h172", "h173", "h174"]),
                                         ("h175-h177", "data/frozen50", ["h175", "h176", "h177"]),
                                         ("h178-h180", "data/frozen51", ["h178", "h179", "h180"]),
                                         ("h181-h183", "data/frozen52", ["h181", "h182", "h183"]),
                                         ("h184-h186", "data/frozen53", ["h184", "h185", "h186"]),
                                         ("h187-h189", "data/frozen54", ["h187", "h188", "h189"]),
                                         ("h190-h192", "data/frozen55", ["h190", "h191", "h192"]),
                                         ("h193-h195", "data/frozen56", ["h193", "h194", "h195"]),
                                         ("h196-h198", "data/frozen57", ["h196", "h197", "h198"]),
                                         ("h199-h201", "data/frozen58", ["h199", "h200", "h201"]),
                                         ("h202-h204", "data/frozen59", ["h202", "h203", "h204"]),
                                         ("h205-h207", "data/frozen60", ["h205", "h206", "h207"]),
                                         ("h208-h210", "data/frozen61", ["h208", "h209", "h210"]),
                                         ("h211-h213", "data/frozen62", ["h211", "h212", "h213"])]
    assert he._read_groups(he.argparse.Namespace(read_frozen=[""], read_frozen_corpus=None,
                                                 frozen_corpus="data/frozen63"), []) == []
    for folder in ("data/frozen63", "data/frozen63/parts", "/work/staging", "/work/staging/x"):
        bad = he.argparse.Namespace(read_frozen=["h214"], read_frozen_corpus=[folder], frozen_corpus="data/frozen63")
        with pytest.raises(SystemExit, match="refused"):
            he._read_groups(bad, [])
    # data/frozen63 stays fenced whatever --frozen-corpus says
    bad = he.argparse.Namespace(read_frozen=["h214"], read_frozen_corpus=[str(ROOT / "data" / "frozen63")],
                                frozen_corpus=str(tmp_path))
    with pytest.raises(SystemExit, match="refused"):
        he._read_groups(bad, [])
    # h82-h84 (data/frozen19), h88-h90 (data/frozen21) and h91-h93 (data/frozen22) are acceptance writers since
    # rounds 28, 30 and 31, never a READ group, whatever --frozen-corpus says
    for ws, name in (("h82,h83,h84", "frozen19"), ("h88,h89,h90", "frozen21"), ("h91,h92,h93", "frozen22")):
        for folder in (f"data/{name}", f"data/{name}/parts", str(ROOT / "data" / name)):
            for frozen_corpus in ("data/frozen63", str(tmp_path)):
                bad = he.argparse.Namespace(read_frozen=[ws], read_frozen_corpus=[folder],
                                            frozen_corpus=frozen_corpus)
                with pytest.raises(SystemExit, match="refused"):
                    he._read_groups(bad, [])
    # h76-h78 (data/frozen17, acceptance writers in round 26) and h79-h81 (data/frozen18) are READ groups since
    # round 27, h85-h87 (data/frozen20, round 28's judge) since round 29, h94-h96 (data/frozen23, round 31's judge)
    # since round 32, h97-h99 (data/frozen24, round 32's judge) since round 33, h100-h102 (data/frozen25, round 33's
    # judge) since round 34, h103-h105 (data/frozen26, round 34's judge) since round 35, h106-h108 (data/frozen27,
    # round 35's judge) and h109-h111 (data/frozen28, the tagger-by-default check's judge) since round 36, h112-h114
    # (data/frozen29, round 36's judge) since round 37, h115-h117 (data/frozen30, round 37's judge) since round 38,
    # h118-h120 (data/frozen31, round 38's judge) since round 39, h121-h123 (data/frozen32, round 39's judge) since
    # round 40, h124-h126 (data/frozen33, round 40's judge) since round 41, h127-h129 (data/frozen34, round 41's
    # judge) since round 42, h130-h132 (data/frozen35, round 42's judge) since round 43, h133-h135 (data/frozen36,
    # round 43's judge) since round 44, h136-h138 (data/frozen37, round 44's judge) since round 45, h139-h141
    # (data/frozen38, round 45's judge) since round 46, h142-h144 (data/frozen39, round 46's judge) since round 47,
    # h145-h147 (data/frozen40, round 47's judge) since round 48, h148-h150 (data/frozen41, round 48's judge) since
    # round 49, h151-h153 (data/frozen42, round 49's judge) since round 50, h154-h156 (data/frozen43, round 50's judge)
    # since round 51, h157-h159 (data/frozen44, round 51's judge) since round 52, h160-h162 (data/frozen45, round 52's
    # judge) since round 53, h163-h165 (data/frozen46, round 53's judge) since round 54, h166-h168 (data/frozen47,
    # round 54's judge) since round 55, h169-h171 (data/frozen48, round 55's judge) since round 56, h172-h174
    # (data/frozen49, round 56's judge) since round 57, h175-h177 (data/frozen50, T7's second judge) since round 58,
    # h178-h180 (data/frozen51, round 55's judge) since round 59, h181-h183 (data/frozen52, round 56's and T8's judge)
    # since round 60, h184-h186 (data/frozen53, the refitted actor chooser's judge) since round 61, h187-h189
    # (data/frozen54, round 57's judge) since round 62, h190-h192 (data/frozen55, round 58's judge) since round 63,
    # h193-h195 (data/frozen56, round 59's judge) since round 64, h196-h198 (data/frozen57, round 60's judge) since
    # round 65, h199-h201 (data/frozen58, round 61's judge) since round 66, h202-h204 (data/frozen59, round 62's
    # judge) since round 67, h205-h207 (data/frozen60, round 63's judge) since round 68, h208-h210 (data/frozen61,
    # round 64's judge) since round 69, h211-h213 (data/frozen62, round 65's judge) since round 70
    for name, folder in (("h76-h78", "data/frozen17"), ("h79-h81", "data/frozen18"), ("h85-h87", "data/frozen20"),
                         ("h94-h96", "data/frozen23"), ("h97-h99", "data/frozen24"), ("h100-h102", "data/frozen25"),
                         ("h103-h105", "data/frozen26"), ("h106-h108", "data/frozen27"),
                         ("h109-h111", "data/frozen28"), ("h112-h114", "data/frozen29"),
                         ("h115-h117", "data/frozen30"), ("h118-h120", "data/frozen31"),
                         ("h121-h123", "data/frozen32"), ("h124-h126", "data/frozen33"),
                         ("h127-h129", "data/frozen34"), ("h130-h132", "data/frozen35"),
                         ("h133-h135", "data/frozen36"), ("h136-h138", "data/frozen37"),
                         ("h139-h141", "data/frozen38"), ("h142-h144", "data/frozen39"),
                         ("h145-h147", "data/frozen40"), ("h148-h150", "data/frozen41"),
                         ("h151-h153", "data/frozen42"), ("h154-h156", "data/frozen43"),
                         ("h157-h159", "data/frozen44"), ("h160-h162", "data/frozen45"),
                         ("h163-h165", "data/frozen46"), ("h166-h168", "data/frozen47"),
                         ("h169-h171", "data/frozen48"), ("h172-h174", "data/frozen49"),
                         ("h175-h177", "data/frozen50"), ("h178-h180", "data/frozen51"),
                         ("h181-h183", "data/frozen52"), ("h184-h186", "data/frozen53"),
                         ("h187-h189", "data/frozen54"), ("h190-h192", "data/frozen55"),
                         ("h193-h195", "data/frozen56"), ("h196-h198", "data/frozen57"),
                         ("h199-h201", "data/frozen58"), ("h202-h204", "data/frozen59"),
                         ("h205-h207", "data/frozen60"), ("h208-h210", "data/frozen61"),
                         ("h211-h213", "data/frozen62")):
        first, last = name.split("-")
        ws = [f"h{i}" for i in range(int(first[1:]), int(last[1:]) + 1)]
        ok = he.argparse.Namespace(read_frozen=[",".join(ws)], read_frozen_corpus=[folder], frozen_corpus="data/frozen63")
        assert he._read_groups(ok, []) == [(name, folder, ws)]
    with pytest.raises(SystemExit, match="one folder per group"):
        he._read_groups(he.argparse.Namespace(read_frozen=["h25", "h28"], read_frozen_corpus=["data/frozen"],
                                              frozen_corpus="data/frozen63"), [])


def test_heldout_compose_reads_a_round10_json_with_one_unnamed_read_group(tmp_path):
    he = _tool("heldout_extraction")
    old = _run("round10", 0.9)
    old["read_frozen_writers"], old["read_frozen"] = ["h25", "h26"], old["frozen"]
    assert he._read_rows(old) == {"h25,h26": old["frozen"]}


def test_heldout_frozen_rows_carry_no_per_construction_table():
    he = _tool("heldout_extraction")
    row = {"f1": 0.9, "per_kind": {"direct": {"gold": 1, "recall": 1.0}}, "per_construction": {"colon": {}}}
    assert he._aggregate(row) == {"f1": 0.9, "per_kind": {"direct": {"gold": 1, "recall": 1.0}}}
    assert he._groups(["h19-h24=h19,h20"]) == {"h19-h24": ["h19", "h20"]}
