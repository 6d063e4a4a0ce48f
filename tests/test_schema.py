"""Tests for pipeline.schema: the statement record of ANNOTATION.md §4 and its errors."""
import json

import pytest

from pipeline.schema import LABELS, TARGETS, RecordError, Statement, read_jsonl, read_statements, write_jsonl

RECORD = {"article_id": "riyadh-talks",
          "text": "Ukraine will never accept deals made behind our backs without our involvement.",
          "speaker": "Ukrainian President Volodymyr Zelenskyy", "actor": "Volodymyr Zelenskyy",
          "side": "ukraine", "kind": "direct", "inclusion": "favor", "ceasefire": "none"}


def test_labels_and_targets_have_a_fixed_order():
    assert LABELS == ("favor", "against", "none")
    assert TARGETS == ("inclusion", "ceasefire")


def test_record_round_trips_through_statement():
    st = Statement.from_record(RECORD)
    assert st.stances == {"inclusion": "favor", "ceasefire": "none"}
    assert st.to_record() == RECORD
    assert Statement.from_record(st.to_record()) == st


def test_offsets_and_probabilities_round_trip():
    probs = {"inclusion": {"favor": 0.7, "against": 0.1, "none": 0.2},
             "ceasefire": {"favor": 0.1, "against": 0.1, "none": 0.8}}
    rec = dict(RECORD, start=10, end=88, probabilities=probs)
    st = Statement.from_record(rec)
    assert (st.start, st.end) == (10, 88)
    assert st.probabilities == probs
    assert st.to_record() == rec
    assert json.loads(json.dumps(st.to_record())) == rec


def test_record_without_offsets_has_no_offset_keys():
    rec = Statement.from_record(RECORD).to_record()
    assert "start" not in rec and "end" not in rec and "probabilities" not in rec


@pytest.mark.parametrize("key", ["article_id", "text", "speaker", "actor", "side", "kind"])
def test_missing_base_key_is_named(key):
    rec = {k: v for k, v in RECORD.items() if k != key}
    with pytest.raises(RecordError, match=f"missing key '{key}'"):
        Statement.from_record(rec, source="gold.jsonl", line=3)


def test_missing_label_is_named_unless_labels_are_optional():
    rec = {k: v for k, v in RECORD.items() if k != "ceasefire"}
    with pytest.raises(RecordError, match="missing label for target 'ceasefire'"):
        Statement.from_record(rec)
    st = Statement.from_record(rec, require_labels=False)
    assert st.stances == {"inclusion": "favor"}


def test_bad_kind_names_the_value_and_the_allowed_ones():
    with pytest.raises(RecordError) as err:
        Statement.from_record(dict(RECORD, kind="quoted"), source="s.jsonl", line=7)
    msg = str(err.value)
    assert msg.startswith("s.jsonl:7: ")
    assert "'quoted'" in msg and "direct" in msg and "indirect" in msg
    assert err.value.source == "s.jsonl" and err.value.line == 7


def test_bad_label_names_target_value_and_allowed_labels():
    with pytest.raises(RecordError) as err:
        Statement.from_record(dict(RECORD, inclusion="pro"), source="s.jsonl", line=2)
    msg = str(err.value)
    assert msg.startswith("s.jsonl:2: ")
    assert "'pro'" in msg and "'inclusion'" in msg
    assert all(lab in msg for lab in LABELS)


def test_unknown_key_is_an_error_naming_it():
    with pytest.raises(RecordError, match=r"unknown key\(s\) \['confidence'\]"):
        Statement.from_record(dict(RECORD, confidence=0.9))


def test_non_string_value_is_an_error():
    with pytest.raises(RecordError, match="key 'speaker' must be a string"):
        Statement.from_record(dict(RECORD, speaker=None))


def test_empty_text_is_an_error():
    with pytest.raises(RecordError, match="'text' is empty"):
        Statement.from_record(dict(RECORD, text="   "))


def test_non_object_record_is_an_error():
    with pytest.raises(RecordError, match="expected a JSON object"):
        Statement.from_record(["not", "a", "dict"])


def test_declared_extra_target_is_read():
    st = Statement.from_record(dict(RECORD, sanctions="against"), targets=("inclusion", "ceasefire", "sanctions"))
    assert st.stances["sanctions"] == "against"


def test_bad_json_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(RecordError) as err:
        read_statements(path)
    assert str(err.value).startswith(f"{path}:3: invalid JSON")
    assert err.value.line == 3


def test_read_statements_reports_the_bad_record_line(tmp_path):
    path = tmp_path / "s.jsonl"
    write_jsonl(path, [RECORD, dict(RECORD, ceasefire="maybe")])
    with pytest.raises(RecordError, match=rf"^{path}:2: label 'maybe'"):
        read_statements(path)


def test_write_then_read_jsonl_keeps_unicode_and_skips_blank_lines(tmp_path):
    path = tmp_path / "s.jsonl"
    rec = dict(RECORD, text="“Nothing about Ukraine without Ukraine.”", speaker="Élysée")
    write_jsonl(path, [rec, RECORD])
    raw = path.read_text(encoding="utf-8")
    assert "“Nothing" in raw and "Élysée" in raw  # not \u-escaped
    path.write_text(raw + "\n   \n", encoding="utf-8")
    assert [n for n, _ in read_jsonl(path)] == [1, 2]
    assert [s.to_record() for s in read_statements(path)] == [rec, RECORD]
