"""The actor registry of one conflict: camps, canonical actors, aliases, titles and camp cues.

A registry is one YAML file in `configs/actors/<conflict>.yaml`. It declares the allowed `side`
values (camps), the canonical actors with their aliases and spelling variants, the titles that
name an actor without its name ("the Kremlin spokesman"), and words that place an unknown speaker
in a camp ("a Russian official" -> russia). Evaluation uses `canonical()` to compare actors;
extraction uses the lookups to resolve speakers. Not here: finding speakers in text
(`pipeline.extract.extractor`), pronoun resolution, anything about stance.

>>> reg = ActorRegistry.default()
>>> reg.canonical("Zelensky"), reg.camp_of("Volodymyr Zelenskyy")
('Volodymyr Zelenskyy', 'ukraine')
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

log = logging.getLogger(__name__)

CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs" / "actors"
DEFAULT_CONFLICT = "russia-ukraine"
ACTOR_TYPES = ("person", "institution", "group", "outlet")
_TOP_KEYS = {"conflict", "affected_party", "allies", "camps", "actors", "camp_words", "other_words", "command"}
_ACTOR_KEYS = {"name", "camp", "type", "aliases", "titles", "gender"}
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|madame|mme)\.?\s+(?=\S)", re.I)


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file and the key."""


def _norm(s: str) -> str:
    """Lower-cased, determiner-less, single-spaced form used for all look-ups."""
    s = s.replace("’", "'").replace("‘", "'").strip().strip(".,;:").strip()
    s = re.sub(r"\s+", " ", s)
    s = _HONORIFIC.sub("", _DET.sub("", s))
    s = re.sub(r"\bu\.s\.", "us", s.lower())
    s = re.sub(r"\bu\.k\.", "uk", s)
    s = re.sub(r"\bu\.n\.", "un", s)
    return s


def spelling_key(s: str) -> str:
    """A key shared by transliteration variants of one name: accents dropped, y/j read as i, kh and g as h
    (Russian and Ukrainian renderings: "Sybiga"/"Sybiha"), x as ks, a hyphen as a blank ("Al-Thani"), doubled
    letters single ("Zelenskiy", "Zelenskyy", "Zelensky" -> "zelenski"; "Dmitriy" -> "dmitri").

    >>> spelling_key("Sergey Lavrov") == spelling_key("Sergei Lavrov"), spelling_key("Erdoğan")
    (True, 'erdohan')
    >>> spelling_key("Andriy Sybiga") == spelling_key("Andrii Sybiha"), spelling_key("Aleksandr") == spelling_key("Alexandr")
    (True, True)
    """
    s = unicodedata.normalize("NFKD", _norm(s).replace("-", " "))   # "Al-Thani" / "Al Thani"
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ø", "o").replace("ł", "l")
    s = re.sub(r"[yj]", "i", s.replace("kh", "h").replace("g", "h").replace("x", "ks"))
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z' -]", "", s))


@dataclass
class Actor:
    """One canonical actor: its name, camp, type (person/institution/group/outlet) and names."""

    name: str
    camp: str
    type: str = "person"
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: str = ""


@dataclass
class ActorRegistry:
    """Camps, actors and camp cues of one conflict, with case-insensitive look-ups."""

    conflict: str
    camps: tuple[str, ...]
    actors: dict[str, Actor]
    camp_words: dict[str, str] = field(default_factory=dict)
    other_words: tuple[str, ...] = ()
    affected_party: str = ""
    allies: str = ""
    source: str = "<memory>"

    def __post_init__(self) -> None:
        self._alias: dict[str, str] = {}
        self._title: dict[str, list[str]] = {}
        surnames: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for alias in [actor.name, *actor.aliases]:
                self._alias.setdefault(_norm(alias), actor.name)
            if actor.type == "person":
                for alias in [actor.name, *actor.aliases]:
                    parts = alias.split()
                    if len(parts) > 1:
                        surnames.setdefault(_norm(parts[-1]), []).append(actor.name)
            for title in actor.titles:
                names = self._title.setdefault(_norm(title), [])
                if actor.name not in names:
                    names.append(actor.name)
        for sur, names in surnames.items():
            if len(set(names)) == 1 and sur not in self._alias:
                self._alias[sur] = names[0]
        spelled: dict[str, set[str]] = {}                 # spelling variants of persons' names and surnames
        for key, name in self._alias.items():
            if self.actors[name].type == "person" and len(key) >= 4:
                spelled.setdefault(spelling_key(key), set()).add(name)
        self._spelled = {k: next(iter(v)) for k, v in spelled.items() if len(v) == 1}
        self._seen: dict[str, str | None] = {}           # look-up cache: name as written -> canonical name
        cues = sorted(self.camp_words, key=len, reverse=True)
        self._camp_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in cues) + r")\b", re.I) if cues else None
        others = sorted(self.other_words, key=len, reverse=True)
        self._other_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in others) + r")", re.I) if others else None

    # ----------------------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: str | Path) -> "ActorRegistry":
        """Read a registry YAML file; errors name the file and the key."""
        path = Path(path)
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise RegistryError(f"{path}: cannot read ({exc.strerror})") from exc
        except yaml.YAMLError as exc:
            raise RegistryError(f"{path}: invalid YAML ({exc})") from exc
        return cls.from_dict(raw, source=str(path))

    @classmethod
    def from_dict(cls, raw: Any, *, source: str = "<memory>") -> "ActorRegistry":
        """Build a registry from the parsed YAML mapping, checking every key."""
        if not isinstance(raw, Mapping):
            raise RegistryError(f"{source}: top level must be a mapping, got {type(raw).__name__}")
        unknown = sorted(set(raw) - _TOP_KEYS)
        if unknown:
            raise RegistryError(f"{source}: unknown key(s) {unknown}; allowed: {sorted(_TOP_KEYS)}")
        for key in ("conflict", "camps", "actors"):
            if key not in raw:
                raise RegistryError(f"{source}: missing key {key!r}")
        camps = raw["camps"]
        if not isinstance(camps, list) or not camps or not all(isinstance(c, str) for c in camps):
            raise RegistryError(f"{source}: key 'camps' must be a non-empty list of strings")
        if "other" not in camps:
            raise RegistryError(f"{source}: key 'camps' must include 'other', got {camps}")
        actors: dict[str, Actor] = {}
        if not isinstance(raw["actors"], list):
            raise RegistryError(f"{source}: key 'actors' must be a list")
        for i, item in enumerate(raw["actors"]):
            where = f"{source}: actors[{i}]"
            if not isinstance(item, Mapping) or "name" not in item or "camp" not in item:
                raise RegistryError(f"{where}: each actor needs 'name' and 'camp'")
            bad = sorted(set(item) - _ACTOR_KEYS)
            if bad:
                raise RegistryError(f"{where} ({item['name']}): unknown key(s) {bad}; allowed: {sorted(_ACTOR_KEYS)}")
            if item["camp"] not in camps:
                raise RegistryError(f"{where} ({item['name']}): camp {item['camp']!r} is not one of {camps}")
            typ = item.get("type", "person")
            if typ not in ACTOR_TYPES:
                raise RegistryError(f"{where} ({item['name']}): type {typ!r} is not one of {list(ACTOR_TYPES)}")
            for key in ("aliases", "titles"):
                val = item.get(key, [])
                if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
                    raise RegistryError(f"{where} ({item['name']}): key {key!r} must be a list of strings")
            if item["name"] in actors:
                raise RegistryError(f"{where}: duplicate actor {item['name']!r}")
            actors[item["name"]] = Actor(item["name"], item["camp"], typ, list(item.get("aliases", [])),
                                         list(item.get("titles", [])), str(item.get("gender", "")))
        camp_words: dict[str, str] = {}
        cw = raw.get("camp_words", {}) or {}
        if not isinstance(cw, Mapping):
            raise RegistryError(f"{source}: key 'camp_words' must map camps to lists of words")
        for camp, words in cw.items():
            if camp not in camps:
                raise RegistryError(f"{source}: camp_words.{camp}: {camp!r} is not one of {camps}")
            if not isinstance(words, list):
                raise RegistryError(f"{source}: camp_words.{camp} must be a list of words")
            for w in words:
                camp_words[str(w).lower()] = camp
        other_words = raw.get("other_words", []) or []
        if not isinstance(other_words, list):
            raise RegistryError(f"{source}: key 'other_words' must be a list")
        return cls(str(raw["conflict"]), tuple(camps), actors, camp_words, tuple(map(str, other_words)),
                   str(raw.get("affected_party", "")), str(raw.get("allies", "")), source)

    @classmethod
    def for_conflict(cls, name: str) -> "ActorRegistry":
        """The registry in configs/actors/<name>.yaml of this repository."""
        path = CONFIG_DIR / f"{name}.yaml"
        if not path.exists():
            known = sorted(p.stem for p in CONFIG_DIR.glob("*.yaml"))
            raise RegistryError(f"{path}: no registry for conflict {name!r}; known: {known}")
        return cls.load(path)

    @classmethod
    def default(cls) -> "ActorRegistry":
        """The Russia–Ukraine registry."""
        return cls.for_conflict(DEFAULT_CONFLICT)

    # ----------------------------------------------------------------------------- look-ups
    def lookup(self, name: str) -> Actor | None:
        """The actor whose name or alias is `name` (case-insensitive; honorifics such as "Mr" dropped;
        for persons also any transliteration variant, see `spelling_key`), else None."""
        if name in self._seen:
            canon = self._seen[name]
        else:
            key = _norm(name)
            canon = self._alias.get(key)
            if canon is None and len(key) >= 4 and key[:1].isalpha():
                canon = self._spelled.get(spelling_key(key))
            if len(self._seen) > 100_000:
                self._seen.clear()
            self._seen[name] = canon
        return self.actors[canon] if canon else None

    def canonical(self, name: str) -> str:
        """Canonical actor name for a name or alias; unknown names come back as given, without blanks around
        and without a leading "The" ("The Washington Post" and "Washington Post" are one actor)."""
        actor = self.lookup(name)
        return actor.name if actor else re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", name.strip()))

    def by_title(self, title: str) -> list[str]:
        """Actors that the registry knows by this title ("the Kremlin spokesman"), possibly several."""
        hits = self._title.get(_norm(title), [])
        if not hits and "-" in title:            # "the EU's foreign-policy chief" = "EU foreign policy chief"
            hits = self._title.get(_norm(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", title)), [])
        return list(hits)

    def camp_of(self, name: str) -> str:
        """Camp of a known actor, else the camp cued by the words of `name`, else `other`."""
        actor = self.lookup(name)
        if actor:
            return actor.camp
        return self.camp_from_words(name)

    def camp_from_words(self, mention: str) -> str:
        """Camp for an unknown speaker from its nationality/institution words; analysts are `other`."""
        if self._other_re is not None and self._other_re.search(mention):
            return "other"
        if self._camp_re is not None:
            m = self._camp_re.search(mention)
            if m:
                return self.camp_words[m.group(0).lower()]
        return "other"

    def is_other_role(self, mention: str) -> bool:
        """True when the mention names an analyst, pollster, outlet or similar (always `other`)."""
        return bool(self._other_re is not None and self._other_re.search(mention))

    def check_side(self, side: str) -> str:
        """Return `side` if it is a camp of this conflict, else raise naming the allowed camps."""
        if side not in self.camps:
            raise RegistryError(f"{self.source}: side {side!r} is not one of {list(self.camps)}")
        return side
