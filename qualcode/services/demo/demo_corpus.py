"""Generate the demo study's transcripts, already coded, from a synthetic cohort.

Every survivor's interview follows her survey values (a survivor with legal aid mostly
talks about legal help, one with high social support about the peer group ...), with
chance left in so that the quantitized themes relate to the survey as real data would,
not perfectly. Codings are known by construction: we record where each coded sentence
lands in the text we write. Pure functions of a seed; nothing here touches a project.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qualcode.services.demo import demo_text as T

_SLOT = re.compile(r"\{(\w+)\}")
_INVIVO = re.compile(r"\[\[(.+?)\]\]")
INVIVO_CODE = "In vivo"  # parent of the in-vivo codes


@dataclass
class GeneratedDocument:
    """One transcript: its text and the codings (start, end, code path) inside it."""

    name: str
    kind: str  # "interview" or "focus-group"
    text: str = ""
    codings: list[tuple[int, int, str]] = field(default_factory=list)
    _clock: int = 5

    def write(self, line: str) -> None:
        self.text += line + "\n"

    def turn(self, speaker: str, parts: list[tuple[str, str | None]]) -> None:
        """One speaker turn made of sentences; a part's code (if any) codes that sentence."""
        h, m, s = self._clock // 3600, self._clock // 60 % 60, self._clock % 60
        self.text += f"[{h:02d}:{m:02d}:{s:02d}] {speaker}: "
        for i, (sentence, code) in enumerate(parts):
            if i:
                self.text += " "
            plain = _INVIVO.sub(r"\1", sentence)
            start = len(self.text)
            self.text += plain
            if code is not None:
                self.codings.append((start, start + len(plain), code))
                for found in _INVIVO.finditer(sentence):
                    # offset of the phrase in the plain sentence: text before it, brackets removed
                    before = _INVIVO.sub(r"\1", sentence[:found.start()])
                    phrase = found.group(1)
                    self.codings.append((start + len(before), start + len(before) + len(phrase),
                                         f"{INVIVO_CODE}/{phrase}"))
        self.text += "\n"
        words = sum(len(p[0].split()) for p in parts)
        self._clock += 4 + int(words / 2.4)


def fill(template: str, rng: random.Random) -> str:
    out = _SLOT.sub(lambda m: rng.choice(T.SLOTS[m.group(1)]), template)
    return out[0].upper() + out[1:] if out else out


def _say(rng: random.Random, code: str, source: Mapping[str, tuple[str, ...]] = T.SURVIVOR_CODED,
         used: set[str] | None = None) -> tuple[str, str]:
    options = [t for t in source[code] if used is None or t not in used] or list(source[code])
    template = rng.choice(options)
    if used is not None:
        used.add(template)
    return fill(template, rng), code


def _is(value: Any, level: float = 1.0) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and float(value) == level


def survivor_parts(profile: Mapping[str, Any], rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """What one survivor says per topic, drawn from her survey profile.

    ``profile`` holds LA, TIC, SR (0/1), RA ("low"/"medium"/"high"), UNC (count),
    programme, and z-scores ``z_pssi``/``z_pwb`` (NaN when missing).
    """
    used: set[str] = set()
    said: dict[str, list[tuple[str, str | None]]] = {k: [] for k in T.SURVIVOR_QUESTIONS}

    def maybe(topic: str, code: str, p: float) -> None:
        if rng.random() < p:
            said[topic].append(_say(rng, code, used=used))

    z_pssi, z_pwb = profile.get("z_pssi", 0.0), profile.get("z_pwb", 0.0)
    z_pssi = 0.0 if z_pssi is None or math.isnan(z_pssi) else z_pssi
    z_pwb = 0.0 if z_pwb is None or math.isnan(z_pwb) else z_pwb
    shelter = profile.get("programme") == "shelter"
    maybe("arrival", "Social support/Shelter and aftercare", 0.75 if shelter else 0.15)
    maybe("arrival", "Distrust of state shelters", 0.2 if shelter else 0.6)
    maybe("feeling", "Psychological support/Trauma symptoms", 1 / (1 + math.exp(1.2 * z_pwb)))
    if _is(profile.get("TIC")):
        maybe("counselling", "Psychological support/Trauma-informed counselling", 0.85)
    else:
        maybe("counselling", "Psychological support/Unmet psychological needs", 0.55)
        maybe("counselling", "Psychological support/Trauma-informed counselling", 0.1)
    if _is(profile.get("LA")):
        maybe("legal", "Legal support/Legal aid", 0.85)
        maybe("legal", "Legal support/Access to justice", 0.4)
    else:
        maybe("legal", "Barriers/Legal barriers", 0.6)
        maybe("legal", "Legal support/Legal aid", 0.12)
    maybe("legal", "Fear of deportation", 0.25)
    ra = profile.get("RA")
    maybe("rights", "Legal support/Legal literacy", {"high": 0.8, "medium": 0.4, "low": 0.1}.get(str(ra), 0.3))
    maybe("support", "Social support/Peer support", 1 / (1 + math.exp(-1.6 * z_pssi - 0.3)))
    maybe("support", "Social support/Family and community ties", 0.35)
    maybe("support", "Barriers/Stigma and discrimination", 0.45 if z_pssi < 0 else 0.15)
    unc = profile.get("UNC")
    high_needs = unc is not None and not math.isnan(float(unc)) and float(unc) >= 4
    maybe("missing", "Barriers/Service access", 0.7 if high_needs else 0.2)
    maybe("missing", "Barriers/Funding barriers", 0.3 if high_needs else 0.1)
    maybe("future", "Social support/Economic reintegration", 0.75 if _is(profile.get("SR")) else 0.1)
    for topic, parts in said.items():
        if not parts or rng.random() < 0.5:
            filler = (fill(rng.choice(T.FILLER[topic]), rng), None)
            parts.insert(rng.randrange(len(parts) + 1), filler)
    return said


def survivor_interview(case_key: str, profile: Mapping[str, Any], rng: random.Random) -> GeneratedDocument:
    doc = GeneratedDocument(case_key, "interview")
    doc.write(T.INTRO.format(label=f"Survivor interview {case_key}."))
    doc.write("")
    said = survivor_parts(profile, rng)
    for topic, question in T.SURVIVOR_QUESTIONS.items():
        doc.turn("Interviewer", [(question, None)])
        doc.turn(case_key, said[topic])
    doc.turn("Interviewer", [("Thank you for your time. Is there anything you want to add?", None)])
    doc.turn(case_key, [("No, thank you for listening.", None)])
    return doc


def key_informant_interview(key: str, rng: random.Random) -> GeneratedDocument:
    doc = GeneratedDocument(key, "interview")
    doc.write(T.INTRO.format(label=f"Key informant interview {key} (service provider)."))
    doc.write("")
    codes = list(T.KI_CODED)
    for i, question in enumerate(T.KI_QUESTIONS):
        doc.turn("Interviewer", [(question, None)])
        if i == 0:
            doc.turn(key, [(fill(rng.choice(T.KI_FILLER), rng), None)])
            continue
        chosen = rng.sample(codes, k=2)
        doc.turn(key, [_say(rng, c, T.KI_CODED) for c in chosen])
    return doc


def focus_group(name: str, members: list[tuple[str, Mapping[str, Any]]], rng: random.Random) -> GeneratedDocument:
    """A moderated group: each member answers some topics from her own profile."""
    doc = GeneratedDocument(name, "focus-group")
    doc.write(T.INTRO.format(label=f"Focus group {name} with {len(members)} survivors."))
    doc.write("")
    said = {key: survivor_parts(profile, rng) for key, profile in members}
    for topic, question in T.FG_QUESTIONS:
        doc.turn("Moderator", [(question, None)])
        for key, _profile in members:
            parts = said[key][topic]
            if any(code for _s, code in parts) or rng.random() < 0.4:
                doc.turn(key, parts)
    doc.turn("Moderator", [("Thank you all for sharing today.", None)])
    return doc
