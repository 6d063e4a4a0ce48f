"""Tests for pipeline.serve.inputs: .txt files, folders and streamed JSONL, and the problems they can have."""
import json

import pytest

import pipeline.serve.inputs as inputs
from pipeline.serve.inputs import InputProblem, iter_articles
from pipeline.schema import Article


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_file_id_is_the_file_name(tmp_path):
    p = write(tmp_path / "riyadh-talks.txt", "“We want peace,” he said.")
    (art,) = iter_articles([p])
    assert isinstance(art, Article) and art.id == "riyadh-talks" and art.text == "“We want peace,” he said."


def test_folder_yields_txt_and_jsonl_files_sorted_and_not_recursive(tmp_path):
    write(tmp_path / "b.txt", "B text")
    write(tmp_path / "a.txt", "A text")
    write(tmp_path / "c.jsonl", json.dumps({"id": "c1", "text": "C1"}) + "\n" + json.dumps({"id": "c2", "text": "C2"}))
    write(tmp_path / "notes.md", "ignored")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "deep.txt", "ignored")
    assert [a.id for a in iter_articles([tmp_path])] == ["a", "b", "c1", "c2"]


def test_inputs_are_read_in_the_order_given(tmp_path):
    a = write(tmp_path / "z.txt", "Z")
    b = write(tmp_path / "a.txt", "A")
    assert [x.id for x in iter_articles([a, str(b)])] == ["z", "a"]


def test_jsonl_keeps_extra_keys_as_metadata(tmp_path):
    p = write(tmp_path / "news.jsonl", json.dumps({"id": 7, "text": "T", "title": "Hello", "date": "2025-02-18"}))
    (art,) = iter_articles([p])
    assert art.id == "7" and art.meta == {"title": "Hello", "date": "2025-02-18"}


def test_jsonl_is_streamed_and_inputs_are_consumed_lazily(tmp_path):
    p = write(tmp_path / "news.jsonl", "".join(json.dumps({"id": f"n{i}", "text": f"text {i}"}) + "\n"
                                               for i in range(1000)))
    consumed = []

    def sources():
        consumed.append(p)
        yield p
        raise AssertionError("read ahead of the consumer")

    it = iter_articles(sources())
    first = next(it)
    assert first.id == "n0" and consumed == [p]
    assert sum(1 for _ in zip(range(998), it)) == 998  # still inside the first file


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_empty_file_is_a_problem(tmp_path, content):
    p = write(tmp_path / "empty.txt", content)
    (item,) = iter_articles([p])
    assert isinstance(item, InputProblem)
    assert item.id == "empty" and item.source == str(p)
    assert item.error == f"{p}: article 'empty' is empty"


def test_undecodable_file_is_a_problem_naming_the_file(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Café talks".encode("latin-1"))
    (item,) = iter_articles([p])
    assert isinstance(item, InputProblem) and item.error.startswith(f"{p}: not valid UTF-8 (byte 3)")


def test_missing_file_is_a_problem(tmp_path):
    (item,) = iter_articles([tmp_path / "gone.txt"])
    assert isinstance(item, InputProblem) and item.error == f"{tmp_path / 'gone.txt'}: no such file or directory"


def test_bad_jsonl_lines_name_file_and_line_and_the_rest_is_read(tmp_path):
    p = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": "ok1", "text": "fine"}).encode(),
             b"",
             b'{"id": "cut", "text": "half',
             json.dumps(["not", "an", "object"]).encode(),
             json.dumps({"id": "nt"}).encode(),
             json.dumps({"text": "no id"}).encode(),
             json.dumps({"id": "num", "text": 42}).encode(),
             b'{"id": "bin", "text": "\xff\xfe"}',
             json.dumps({"id": "blank", "text": "  "}).encode(),
             json.dumps({"id": "ok2", "text": "fine too"}).encode()]
    p.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_articles([p]))
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    problems = {i.source: i.error for i in items if isinstance(i, InputProblem)}
    assert problems[f"{p}:3"].startswith(f"{p}:3: invalid JSON")
    assert problems[f"{p}:4"] == f"{p}:4: expected an object with 'id' and 'text'"
    assert problems[f"{p}:5"] == f"{p}:5: missing key(s) ['text']; each line needs 'id' and 'text'"
    assert problems[f"{p}:6"].startswith(f"{p}:6: missing key(s) ['id']")
    assert problems[f"{p}:7"] == f"{p}:7: key 'text' must be a string"
    assert problems[f"{p}:8"] == f"{p}:8: line is not valid UTF-8"
    assert problems[f"{p}:9"] == f"{p}:9: article 'blank' is empty"
    ids = {i.source: i.id for i in items if isinstance(i, InputProblem)}
    assert ids[f"{p}:3"] == "news:3" and ids[f"{p}:5"] == "nt"


def test_too_long_article_is_a_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_ARTICLE_CHARS", 10)
    p = write(tmp_path / "long.txt", "x" * 11)
    (item,) = iter_articles([p])
    assert isinstance(item, InputProblem) and "more than the limit of 10" in item.error
