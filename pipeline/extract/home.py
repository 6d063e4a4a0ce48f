"""The article's home country, and the camp of the officials it names without a nationality (data card R44).

Outlets name their own officials without a nationality: "Tánaiste Simon Harris" in an Irish paper, "Sen. Jane
Roe" in an American one, "Defence Minister X" in a wire from that country's capital. `home_country` reads the
article's own signals, all of them data: a dateline or an "In <capital>," opener, national institutions, titles and
parties (`HOME_CUES`), and the nationalities of its titled introductions; it names a state only when one clearly
leads. `home_side` gives a statement's camp from them, only for an actor the registry does not know and whose camp
the rules left at `other`:
- a person introduced with a title or an apposition that names a national institution, title or party of a state
  ("Sinn Féin TD Matt Carthy", "Sen. Jane Roe, D-Ill.", "Chairman of the State Duma Defence Committee X") is that
  state's, whatever the home country;
- a person introduced with a state office and nothing else ("Defence Minister X", "X, the armed forces minister")
  is the home country's;
- a body or group named by such a cue ("The SPD", "TDs") is that state's.
The camp comes from `pipeline.extract.camps`. Not here: nationalities the article writes (`introductions`), bodies
named without their state (`bodies`), the registry (`pipeline.actors`).

>>> home_country("DUBLIN --\\n\\nThe Dáil sat late. Tánaiste Simon Harris spoke.")
'Ireland'
>>> home_country("Talks went on. Russian President Vladimir Putin spoke; Ukrainian officials replied.")
''
"""
from __future__ import annotations

import re

from pipeline.actors import ActorRegistry
from pipeline.extract.camps import EUROPE_STATES, camp_from_words
from pipeline.extract.lexicon import CAPITALS, DATELINE, DEMONYMS, TITLE_WORDS

# national institutions, titles, parties and currencies that only one state has (case-sensitive, whole words);
# a cue names the state of the person or body it belongs to, and counts towards the article's home country
HOME_CUES = {
    "Ireland": ("Taoiseach", "Tánaiste", "Tanaiste", "Dáil", "Dail", "Oireachtas", "Seanad", "TD", "TDs",
                "Fianna Fáil", "Fianna Fail", "Fine Gael", "Sinn Féin", "Sinn Fein", "Leinster House", "Aontú"),
    "Britain": ("House of Commons", "House of Lords", "Downing Street", "Whitehall", "Foreign Secretary",
                "Home Secretary", "Defence Secretary", "Tory", "Tories", "Lib Dem", "Lib Dems", "Reform UK", "SNP",
                "shadow foreign secretary", "shadow defence secretary"),
    "United States": ("Capitol Hill", "Sen.", "Rep.", "Congressman", "Congresswoman", "Senate Armed Services",
                      "Senate Foreign Relations", "House Foreign Affairs", "House Armed Services", "GOP",
                      "Republican", "Republicans", "Democratic senator", "Democratic Sen."),
    "Germany": ("Bundestag", "Bundesrat", "Bundeswehr", "CDU", "CSU", "SPD", "AfD", "FDP", "Die Linke", "BSW"),
    "France": ("Élysée", "Elysee", "Quai d'Orsay", "Matignon", "Assemblée nationale", "Rassemblement National",
               "La France Insoumise"),
    "Russia": ("State Duma", "Duma", "Federation Council", "United Russia"),
    "Ukraine": ("Verkhovna Rada", "Rada", "Servant of the People", "European Solidarity", "Holos", "Batkivshchyna",
                "hryvnia", "hryvnias"),
    "Israel": ("Knesset", "Likud", "Yesh Atid", "Otzma Yehudit", "Yisrael Beytenu", "Yisrael Beiteinu", "Shas",
               "Religious Zionism", "shekel", "shekels"),
    "Turkey": ("Grand National Assembly", "TBMM", "AK Party", "AKP", "CHP", "MHP", "Directorate of Communications"),
    "Poland": ("Sejm", "Law and Justice", "PiS", "Civic Platform", "zloty", "zlotys"),
    "Sweden": ("Riksdag",), "Norway": ("Storting", "Stortinget"), "Denmark": ("Folketing",), "Finland": ("Eduskunta",),
    "Estonia": ("Riigikogu",), "Latvia": ("Saeima",), "Lithuania": ("Seimas",), "Hungary": ("Fidesz", "forint"),
    "Italy": ("Palazzo Chigi", "Farnesina", "Brothers of Italy", "Montecitorio", "Five Star", "Forza Italia", "Azione"),
    "Spain": ("Moncloa",),
    "Netherlands": ("Tweede Kamer", "Binnenhof", "PVV", "VVD", "D66", "GroenLinks", "GroenLinks-PvdA", "PvdA", "JA21",
                    "SGP", "FvD", "CDA"),
    "India": ("Lok Sabha", "Rajya Sabha", "BJP"), "Japan": ("Kantei",),
    "Taiwan": ("Legislative Yuan", "Executive Yuan", "Mainland Affairs Council", "Kuomintang", "KMT", "DPP"),
    "Thailand": ("Pheu Thai", "Bhumjaithai", "baht"), "Cambodia": ("Cambodian People's Party", "riel"),
    "Lebanon": ("Baabda", "Grand Serail"), "Sudan": ("Sovereignty Council", "Sovereign Council", "Port Sudan"),
    "Armenia": ("Civil Contract",), "Azerbaijan": ("Milli Majlis",), "Congo": ("FARDC",),
}
# a US party tag after a name: "Sen. Jane Roe, D-Ill.," / "(R-Texas)"
_PARTY_TAG = re.compile(r"\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]{1,12}[,)]")
# titles that name a state office on their own ("Defence Minister", "Senator", "the armed forces minister"); a
# title such as "official", "director" or "member" may belong to any organisation, so it names no state
STATE_OFFICES = frozenset(("minister president premier chancellor taoiseach tánaiste tanaiste secretary spokesman "
                           "spokeswoman spokesperson senator sen. rep. lawmaker congressman congresswoman td mp mep "
                           "ombudsman governor ambassador chief").split())
# legislators: a party name may stand before them ("Conservative MP X" in a British paper is the home country's)
LEGISLATORS = frozenset("mp mps td tds mep meps senator senators sen. rep. lawmaker lawmakers congressman "
                        "congresswoman mla msp".split())
_PARTY_MEMBERS = LEGISLATORS | {"backbenchers", "peers", "councillors", "deputies", "members"}   # "<Party> MPs"
_NOT_OFFICE = {"general", "former", "party", "opposition", "ex"}   # "Secretary General", "former minister": no office

_CUE = {c: state for state, cues in HOME_CUES.items() for c in cues}
_CUE_RE = re.compile(r"(?<![\w'’.-])(" + "|".join(re.escape(c) for c in sorted(_CUE, key=len, reverse=True)) + r")(?![\w'’-])")
_ADJ = {adj: state for state, adj in DEMONYMS.items()}
_INTRO = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(a) for a in sorted(_ADJ, key=len, reverse=True)) +
                    r")\s+(?:[A-Z][a-z]+\s+){0,2}(?:[Mm]inister|[Pp]resident|[Pp]rime|[Ss]ecretary|[Cc]hancellor|"
                    r"[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ll]awmaker|[Ss]enator|MP)\b")
_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)\s*In\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s[^.!?\n]*$")   # the sentence's own
_OPEN_IN = re.compile(r"(?:^|[.!?]\s+|\n)\s*In\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s")


def cue_state(phrase: str) -> str:
    """The state whose institution, title or party a phrase names ("Sinn Féin TD" -> Ireland), else ''."""
    m = _CUE_RE.search(phrase)
    if m is not None:
        return _CUE[m.group(1)]
    return "United States" if _PARTY_TAG.match(phrase) else ""


# a byline that names the place it was filed from, on a line of its own ("From Emeka Obi, Abuja", "By Ann Lee in Kyiv")
_BYLINE_PLACE = re.compile(r"(?:^|\n)[ \t]*(?:From|By)[ \t]+(?:our[ \t]+[\w ]{1,30}?|(?:[A-Z][\w'’.-]*[ \t]+){1,3}?[A-Z][\w'’.-]*)"
                           r"(?:,[ \t]+|[ \t]+in[ \t]+)([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]*(?=\n|$)")


def home_country(text: str) -> str:
    """The state the article is written from or about at home, when its own signals clearly name one, else ''."""
    score: dict[str, float] = {}
    head = text[:400]
    dm = next((m for m in (DATELINE.match(head, p.end()) for p in re.finditer(r"(?:^|\n)\s*", head)) if m), None)
    if dm is not None and "/" not in dm.group(0):   # "BEIRUT/LONDON --": filed from two places, so from neither
        city = re.match(r"[A-Z][A-Z.'’ -]*?(?=[,/]|\s*[—–-]|\s*\(|$)", dm.group(0).strip())
        state = CAPITALS.get(city.group(0).strip().title(), "") if city else ""
        if state:
            score[state] = score.get(state, 0) + 3
    bm = _BYLINE_PLACE.search(head)
    if bm is not None and dm is None:            # "From Emeka Obi, Abuja": the correspondent files from there (round 26)
        state = CAPITALS.get(bm.group(1), "")
        if state:
            score[state] = score.get(state, 0) + 3
    for m in _OPEN_IN.finditer(text):
        state = CAPITALS.get(m.group(1), m.group(1) if m.group(1) in DEMONYMS else "")
        if state:
            score[state] = score.get(state, 0) + 1
    for m in _CUE_RE.finditer(text):
        state = _CUE[m.group(1)]
        score[state] = score.get(state, 0) + 1
    for m in _INTRO.finditer(text):
        state = _ADJ[m.group(1)]
        score[state] = score.get(state, 0) + 0.5
    if score:
        ranked = sorted(score.items(), key=lambda kv: -kv[1])
        top, best = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if best >= 2 and best >= 2 * second:
            return top
    return _european_home(text)


_EUROPE_NAMES = {w: s for s in EUROPE_STATES for w in (s, DEMONYMS.get(s, s))} | \
    {c: s for c, s in CAPITALS.items() if s in EUROPE_STATES}
_EUROPE_NAME_RE = re.compile(r"(?<![\w'’.-])(" + "|".join(re.escape(w) for w in sorted(_EUROPE_NAMES, key=len, reverse=True))
                             + r")(?![\w'’-])")


_OWN_CABINET = re.compile(r"(?<![\w'’-])[Tt]he\s+(?:cabinet|government)(?![\w'’-])(?!\s+(?:of|in|at|from)\b)")


def _european_home(text: str) -> str:
    """Where no signal names a home country: an article that speaks of "the cabinet" or "the government" without
    naming whose (twice or more) is written from that government's country; it is the European state (R44's table)
    the article names most (name, adjective or capital: at least twice, and twice as often as any other European
    state), else ''. An outlet rewriting its own country's news for foreigners ("The Dutch cabinet ... the cabinet
    writes to the Kamer ... Foreign Minister X", round 29); the camp a bare state office then gets is that European
    state's, which it shares with every other European state."""
    if len(_OWN_CABINET.findall(text)) < 2:
        return ""
    counts: dict[str, int] = {}
    for m in _EUROPE_NAME_RE.finditer(text):
        state = _EUROPE_NAMES[m.group(1)]
        counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def _state_words(phrase: str, reg: ActorRegistry) -> bool:
    """Whether a phrase names a state itself (a nationality, a state or a capital, or a word the registry places)."""
    for w in re.findall(r"[A-Z][\w'’.-]*", phrase):
        w = re.sub(r"(?:'s|’s)$", "", w)
        if w in DEMONYMS or w in _ADJ or w in CAPITALS or w.lower() in reg.camp_words or w in ("US", "U.S.", "UK"):
            return True
    return False


def _office_only(phrase: str) -> bool:
    """A title made of state-office and title words only, lower-case modifiers allowed ("Defence Minister", "the
    armed forces minister", "Sen."); no organisation, party or place is named."""
    words = [w.strip(",") for w in phrase.split() if w.strip(",")]
    low = {w.lower() for w in words}
    if not low & STATE_OFFICES or low & _NOT_OFFICE:
        return False
    if words[-1].lower() in LEGISLATORS:
        return True                              # "Conservative MP", "Labour TD": a party of the home country
    return all(w[:1].islower() or _title_word(w) for w in words)


# portfolio words that a capitalised title may carry ("Information Minister", "Minerals Minister")
PORTFOLIOS = frozenset(("information minerals armed forces finance interior education health energy justice culture "
                        "agriculture transport economy trade labour labor environment communications digital "
                        "infrastructure veterans home foreign defence defense national security state affairs "
                        "government army deputy vice prime first").split())
_ABBREV = {"Sen.", "Rep.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "St."}
_STATE_TITLE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}(?:minister|spokes(?:man|woman|"
                          r"person)|ambassador|envoy|commissioner|ombudsman|president|prime\s+minister|chief|"
                          r"representative)\b")
_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+|(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s)\s))([^,.;:()\"“”]{3,80}?)\s*(?:[,.;]|$)")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


class _Span:
    """A found name's offsets (what re.Match.start/end give)."""

    def __init__(self, start: int, end: int) -> None:
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _title_word(w: str) -> bool:
    lw = w.lower()
    return lw in TITLE_WORDS or lw in STATE_OFFICES or lw in PORTFOLIOS or w in ("of", "for")


# "the chancellor, " / "The Defence Secretary, " right before a name: its title in apposition; up to eight words
# ("the Minister for Foreign Affairs and Defence, ", round 41), `_office_only` still judges them
_TITLE_COMMA = re.compile(r"(?:^|(?<=[\s(\"“]))[Tt]he\s+((?:[A-Za-z][\w'’-]*\s+){0,7}[A-Za-z][\w'’-]*),\s+$")


def _introduction(text: str, name: str) -> tuple[str, str, str, str] | None:
    """(title before, apposition after, clause before, opener state) of the first mention of a full name in the
    text, else None; the opener state is the state of an "In <capital>," opening the mention's sentence (round 41).
    The title is the run of capitalised and title words right before the name; the clause runs back to the last
    punctuation ("Thai nationalist senator X": the title is "senator", the clause names the state)."""
    at = text.find(name)
    while at >= 0 and (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_'’-") or
                       text[at + len(name):at + len(name) + 1].isalnum() or
                       text[at + len(name):at + len(name) + 1] in ("_", "'", "’", "-")):
        at = text.find(name, at + 1)             # the first mention as a whole word
    if at < 0:
        return None
    m = _Span(at, at + len(name))
    words = text[max(0, m.start() - 120, text.rfind("\n", 0, m.start()) + 1):m.start()].split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        if w[-1:] in ".,;:!?\"“”" and w not in _ABBREV or not (w[:1].isupper() or _title_word(w)):
            break
        k -= 1
    before = " ".join(words[k:]) if words and text[m.start() - 1:m.start()].isspace() else ""
    lead = text[max(0, m.start() - 80):m.start()]
    tm = _TITLE_COMMA.search(lead) if not before else None
    if tm is not None and _office_only(tm.group(1)):   # "The chancellor, Rachel Reeves, told ...": the title in
        before = tm.group(1)                           # apposition before the name (round 26)
    clause = re.split(r"[.,;:!?\n(]\s", lead)[-1]
    tail = text[m.end():m.end() + 120]
    am = _APPOSITION.match(tail)
    after = am.group(1) if am else ""
    tag = _PARTY_TAG.match(tail)
    if tag is not None:
        after = tail[:tag.end()]
    bm = _BRACKET_TAG.match(tail) if not after else None
    if bm is not None:                           # "X (Lab, Cwm Llynfi)", "Y (EPP, Lithuania)", "Z (CSU)" (round 39)
        after = bm.group(0)
    om = _OPENER.search(text, max(0, m.start() - 200), m.start())
    place = om.group(1) if om is not None else ""
    return before, after, clause, CAPITALS.get(place, place if place in DEMONYMS else "")


# a party tag in brackets right after a name: a British member's party and seat, a European group and its state
_BRACKET_TAG = re.compile(r"\s*\(([A-Z][\w'’&. -]{0,30})(?:,\s*([A-Z][\w'’. -]{1,40}))?\)")
_UK_TAGS = frozenset(("Lab", "Con", "LD", "Lib Dem", "SNP", "Reform", "Ind", "DUP", "SDLP", "Plaid", "Green", "Alba",
                      "Lab Co-op", "UUP", "SF", "Non-affiliated", "Crossbench", "Lab/Co-op"))


def bracket_state(after: str) -> str:
    """The state a bracketed party tag names: its last part when that is a state ("(ECR, Poland)"), a British
    party's short name ("(Lab, Cwm Llynfi)", "(Ind)"), else a party cue ("(CSU)"), else ''."""
    m = _BRACKET_TAG.fullmatch(after)
    if m is None:
        return ""
    last = (m.group(2) or "").strip()
    if last in DEMONYMS:
        return last
    if not last and m.group(1).strip() in DEMONYMS:   # "Andrii Melnyk (Ukraine)": a delegate and the state
        return m.group(1).strip()
    if m.group(1).strip() in _UK_TAGS:
        return "Britain"
    return cue_state(m.group(1))


def home_side(actor: str, mention: str, typ: str, text: str, home: str, reg: ActorRegistry) -> str | None:
    """The camp of an actor the registry does not know, from the state its introduction names or the article's
    home country (module docstring), else None (the rules' camp stands)."""
    state = _CUE[actor] if actor in _CUE else ""   # "The SPD said": the party is its state's, whatever its type
    if state:
        pass
    elif typ == "person":
        intro = _introduction(text, actor)
        if intro is None:
            return None
        before, after, clause, opener = intro
        state = cue_state(before) or bracket_state(after) or cue_state(after)
        pm = _STATE_TITLE.match(after) if not state else None
        if pm is not None and pm.group(1) in DEMONYMS:   # "X, Ukraine's energy minister": that state (round 39)
            state = pm.group(1)
        if not state:
            if _state_words(clause, reg) or _state_words(after, reg) or not (home or opener):
                return None
            if not (_office_only(before) or _office_only(_ARTICLE.sub("", after))):
                return None
            state = opener or home               # "In Oslo, Foreign Minister X said": Norway's, whatever the home
    else:
        state = cue_state(actor) or cue_state(mention)
        words = actor.split()
        if not state and home and len(words) >= 2 and words[-1].lower() in _PARTY_MEMBERS and \
                all(w[:1].isupper() for w in words[:-1]) and not _state_words(actor, reg):
            state = home                         # "Labour MPs", "Conservative backbenchers" in a British paper: the
            # home country's legislators, of a party the article does not place elsewhere (round 26)
    if not state:
        return None
    camp = camp_from_words(reg, DEMONYMS.get(state, state) if state != "United States" else "American")
    return camp if camp != "other" else None


# a state body named without its state: "the Economy Ministry", "the Ministry of External Affairs", "the Foreign
# Office", "the Defence Forces", "the Joint Chiefs of Staff" (capitalised words, "of"/"for"/"and" inside)
_STATE_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}(?:Ministry|Foreign\s+Office|Defence\s+Forces|"
                         r"Defense\s+Forces|Armed\s+Forces|Air\s+Force|Navy|Chiefs\s+of\s+Staff|General\s+Staff)"
                         r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?")


def home_body(actor: str, home: str, reg: ActorRegistry) -> tuple[str, str] | None:
    """(name, camp) of a state body the article names without its state, in the home country's name: "the Economy
    Ministry" in a Kyiv outlet is the "Ukrainian Economy Ministry" (the registry's own name and camp when it knows
    that one), else None: no home country, a name that carries a state, or one the registry knows (round 41).

    >>> from pipeline.actors import ActorRegistry
    >>> reg = ActorRegistry("t", ("us", "europe", "other"), {}, {"irish": "europe"})
    >>> home_body("Economy Ministry", "Ireland", reg)
    ('Irish Economy Ministry', 'europe')
    >>> home_body("Economy Ministry", "", reg) is None, home_body("Irish Economy Ministry", "Ireland", reg) is None
    (True, True)
    """
    if not home or reg.lookup(actor) is not None or not _STATE_BODY.fullmatch(actor) or _state_words(actor, reg):
        return None
    adj = {"United States": "US", "Britain": "UK"}.get(home, DEMONYMS.get(home, ""))
    if not adj:
        return None
    known = reg.lookup(f"{adj} {actor}")
    if known is not None and known.type != "person":
        return known.name, known.camp
    camp = camp_from_words(reg, DEMONYMS.get(home, home) if home != "United States" else "American")
    return f"{adj} {actor}", camp


def article_home(ctx) -> str:
    """`home_country` of the article in `ctx.text`, computed once per article and kept in `ctx.home` (the body
    rules and the extractor's camp fallback share it); not the state a later "In Kyiv," opener moves a sentence to."""
    if ctx.home is None:
        ctx.home = home_country(ctx.text) if ctx.text else ""
    return ctx.home
