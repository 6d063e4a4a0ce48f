"""Scholarly citations: what an author cited by name and year is said to have shown or argued.

Explainers written by academics cite the literature: "As the political scientist Marta Koval (2024) has shown,
ceasefires without monitors fail", "The historian Ivan Sirko (2019a) contends that an early truce freezes the
war". The author is the speaker (an analyst: `other` unless the registry or a nationality word says otherwise); the
statement is what follows the comma or the verb, to the end of the sentence. Not here: sources cited in brackets
after a sentence ("(Kremlin, 2025)"), which name documents, not speakers.
"""
from __future__ import annotations

import re

from pipeline.extract.factbox import sentence_end
from pipeline.extract.layout import trim_span

_AUTHOR = r"((?:[Tt]he\s+(?:[a-z-]+\s+){1,3})?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\((?:\d{4}[a-z]?)(?:,\s*p+\.\s*\d+)?\)"
_VERBS = (r"(?:has\s+|have\s+|had\s+)?(?:shown|argued|contends|contended|argues|notes|noted|observes|observed|found|"
          r"finds|concludes|concluded|writes|wrote|suggests|suggested|demonstrates|demonstrated|maintains|maintained|"
          r"claims|claimed|warns|warned|insists|insisted|points\s+out|pointed\s+out)")
# "As X (2024) has shown, CONTENT" and "X (2025) contends that CONTENT"
_AS_CITED = re.compile(r"(?<![\w'’-])[Aa]s\s+" + _AUTHOR + r"\s+" + _VERBS + r"\s*,\s*")
_CITED_SAYS = re.compile(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=\n))" + _AUTHOR + r"\s+" + _VERBS + r"(?:\s+that)?\s+", re.M)


def cited_statements(text: str, ps: int, pe: int, inside: bytearray, taken: bytearray) -> list[tuple[str, int, int]]:
    """(author as written, start, end) of every citation's statement in the paragraph text[ps:pe]."""
    out = []
    for rx in (_AS_CITED, _CITED_SAYS):
        for m in rx.finditer(text, ps, pe):
            if inside[m.start()]:
                continue
            s, e = trim_span(text, m.end(), sentence_end(text, m.end(), pe, inside), inside)
            if len(text[s:e].split()) >= 3 and not any(taken[s:e]):
                out.append((m.group(1), s, e))
    return out
