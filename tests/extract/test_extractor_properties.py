"""Property tests for pipeline.extract.extractor: offsets always slice back to the text, nothing raises."""
from hypothesis import given, settings, strategies as st

from pipeline.extract.extractor import extract_statements

PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "'", ",", ".", ":", "\n", "\n\n", "\r\n", " ", "•", " said ", " told reporters ",
    " he said", " Zelensky", " Putin", " the Kremlin", " that ", " according to ", "According to Lavrov, ",
    " We want peace", " They ", " it ", "Trump’s call for ", "called it ", "Ж", "和", "\ufffd", "adding that ",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_offsets_slice_back_and_nothing_raises(text):
    for s in extract_statements(text, "x"):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.kind in ("direct", "indirect") and s.stances == {}


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=400))
def test_binary_junk_decoded_with_replacement(data):
    text = data.decode("utf-8", errors="replace")
    for s in extract_statements(text):
        assert text[s.start:s.end] == s.text


def test_five_megabytes_stays_fast():
    import time
    para = ('"We want peace," Zelensky said. The Kremlin said it had received nothing. '
            'Trump’s call for a freeze along the front set off a row. "unbalanced\n\n')
    text = "Headline\n\n" + para * (5_000_000 // len(para))
    t0 = time.perf_counter()
    out = extract_statements(text)
    assert time.perf_counter() - t0 < 60
    assert len(out) > 1000
