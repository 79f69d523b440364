#!/usr/bin/env python3
"""Static checks for the interaction models in skill-package/interactionModels/custom.

Run from anywhere: python3 skill-package/tools/check_models.py
Exit code 0 when every check passes, 1 otherwise. Catches the mistakes the Alexa
model builder would reject (or silently mis-route) before a deploy round trip.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "interactionModels" / "custom"
MIN_SAMPLES = 30
MAX_SAMPLE_CHARS = 200
MAX_MODEL_BYTES = 1_000_000  # the skill management API refuses larger model definitions
SLOT_RE = re.compile(r"\{([^}]*)\}")
ALLOWED = {
    "en-US": re.compile(r"^[a-z' {}A-Z]+$"),
    "de-DE": re.compile(r"^[a-zäöüß' {}A-Z]+$"),
}
# Built-in intents Alexa fills only with its own phrases (no samples allowed) ...
NO_SAMPLES = {"AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"}
# ... and the phrases every built-in intent must list itself: a simulator that knows only the
# model's samples (the local one, a test harness) must still hear "stop" or "ja".
CORE = {
    "en-US": {
        "AMAZON.HelpIntent": ["help", "what can you do"],
        "AMAZON.StopIntent": ["stop", "goodbye", "bye", "that's all", "i'm done"],
        "AMAZON.CancelIntent": ["cancel", "never mind"],
        "AMAZON.YesIntent": ["yes", "yeah", "sure", "go ahead"],
        "AMAZON.NoIntent": ["no", "no thanks"],
        "AMAZON.RepeatIntent": ["repeat", "say that again"],
        "AMAZON.NextIntent": ["next", "more", "what else"],
        "AMAZON.PreviousIntent": ["previous", "go back"],
        "AMAZON.StartOverIntent": ["start over"],
    },
    "de-DE": {
        "AMAZON.HelpIntent": ["hilfe", "was kannst du"],
        "AMAZON.StopIntent": ["stopp", "tschüss", "danke das war's", "das war's"],
        "AMAZON.CancelIntent": ["abbrechen", "vergiss es"],
        "AMAZON.YesIntent": ["ja", "klar", "okay"],
        "AMAZON.NoIntent": ["nein", "nee", "nein danke"],
        "AMAZON.RepeatIntent": ["wiederholen", "noch mal"],
        "AMAZON.NextIntent": ["weiter", "mehr", "zeig mir mehr"],
        "AMAZON.PreviousIntent": ["zurück"],
        "AMAZON.StartOverIntent": ["von vorne"],
    },
}
POLITE = {"please", "bitte"}

errors = []


def err(loc, msg):
    errors.append(f"{loc}: {msg}")


def check_locale(path):
    loc = path.stem
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(loc, f"invalid JSON: {e}")
        return None
    lm = model["interactionModel"]["languageModel"]
    size = len(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    if size > MAX_MODEL_BYTES:
        err(loc, f"model is {size} bytes, more than {MAX_MODEL_BYTES}")
    inv = lm.get("invocationName", "")
    if not inv or inv != inv.lower() or len(inv.split()) < 2:
        err(loc, f"invocation name {inv!r} must be lower case and at least two words")
    types = {t["name"]: t for t in lm.get("types", [])}
    seen = {}
    shape = {}
    for intent in lm["intents"]:
        name = intent["name"]
        slots = {s["name"]: s["type"] for s in intent.get("slots", [])}
        shape[name] = slots
        samples = intent.get("samples", [])
        custom = not name.startswith("AMAZON.")
        if custom and len(samples) < MIN_SAMPLES:
            err(loc, f"{name} has {len(samples)} samples, needs >= {MIN_SAMPLES}")
        if name in NO_SAMPLES and samples:
            err(loc, f"{name} takes no samples of its own")
        for phrase in CORE.get(loc, {}).get(name, []):
            if phrase not in samples:
                err(loc, f"{name} lacks the sample {phrase!r}")
        for t in slots.values():
            if not t.startswith("AMAZON.") and t not in types:
                err(loc, f"{name} uses undeclared slot type {t}")
        used = set()
        for s in samples:
            if s in seen:
                err(loc, f"duplicate sample {s!r} in {seen[s]} and {name}")
            seen[s] = name
            if s != s.strip() or "  " in s:
                err(loc, f"stray whitespace in {s!r}")
            text = SLOT_RE.sub("", s)
            if len(s) > MAX_SAMPLE_CHARS:
                err(loc, f"{name}: sample longer than {MAX_SAMPLE_CHARS} characters: {s!r}")
            refs_here = SLOT_RE.findall(s)
            if not text.strip() and not (len(refs_here) == 1 and slots.get(refs_here[0], "AMAZON.").split(".")[0] != "AMAZON"):
                # a lone custom slot ("{itemName}": "candles" after "what are you looking for?") is fine;
                # built-in types and free text need words around them
                err(loc, f"{name}: sample {s!r} is only slots")
            if text != text.lower() or not ALLOWED[loc].match(s):
                err(loc, f"{name}: sample {s!r} has upper case, digits or punctuation")
            refs = SLOT_RE.findall(s)
            if len(refs) != len(set(refs)):
                err(loc, f"{name}: slot repeated in {s!r}")
            for r in refs:
                used.add(r)
                if r not in slots:
                    err(loc, f"{name}: sample {s!r} uses undeclared slot {{{r}}}")
            sq = [r for r in refs if slots.get(r) == "AMAZON.SearchQuery"]
            if sq:
                if len(refs) > 1:
                    err(loc, f"{name}: SearchQuery sample {s!r} has other slots")
                if not text.strip():
                    err(loc, f"{name}: SearchQuery sample {s!r} has no carrier phrase")
        for s in slots:
            if s not in used:
                err(loc, f"{name}: slot {s} is declared but never used in a sample")
    for tname, t in types.items():
        ids = Counter(v["id"] for v in t["values"])
        for i, c in ids.items():
            if c > 1:
                err(loc, f"type {tname}: duplicate id {i}")
        words = Counter()
        for v in t["values"]:
            for w in [v["name"]["value"], *v["name"].get("synonyms", [])]:
                words[w.lower()] += 1
                if not re.match(r"^[\w' ]+$", w):
                    err(loc, f"type {tname}: odd characters in value {w!r}")
        for w, c in words.items():
            if c > 1:
                err(loc, f"type {tname}: value or synonym {w!r} appears {c} times")
    check_conflicts(loc, lm["intents"], shape, types)
    # A merchant feed's product names (ids "feed:<product id>", written by the import command's --product-names)
    # differ per locale; the skill reads only the words said, never these ids.
    return {"intents": shape, "types": {n: sorted(v["id"] for v in t["values"] if not v["id"].startswith("feed:"))
                                        for n, t in types.items()}}


def values(type_def):
    return {w.lower() for v in type_def["values"] for w in [v["name"]["value"], *v["name"].get("synonyms", [])]}


def check_conflicts(loc, intents, shape, types):
    """Samples of different intents that read the same once slots are blanked out, where the slots
    could take the same words (same type, a free-text AMAZON.SearchQuery, or custom types sharing a
    value): Alexa cannot tell which intent was meant."""
    by_form = {}
    for intent in intents:
        name = intent["name"]
        for s in intent.get("samples", []):
            words = [w for w in s.replace("'", "").split() if w not in POLITE]
            refs = SLOT_RE.findall(s)
            form = " ".join("{}" if SLOT_RE.fullmatch(w) else w for w in words)
            slot_types = tuple(shape[name].get(r, "?") for r in refs)
            by_form.setdefault(form, []).append((name, s, slot_types))
    for form, found in by_form.items():
        for i, (n1, s1, t1) in enumerate(found):
            for n2, s2, t2 in found[i + 1:]:
                if n1 != n2 and all(overlap(a, b, types) for a, b in zip(t1, t2)):
                    err(loc, f"conflict: {s1!r} ({n1}) and {s2!r} ({n2}) can be the same words")


def overlap(a, b, types):
    if a == b or "AMAZON.SearchQuery" in (a, b):
        return True
    if a in types and b in types:
        return bool(values(types[a]) & values(types[b]))
    return False


def main():
    files = sorted(MODELS.glob("*.json"))
    if not files:
        print(f"no models in {MODELS}")
        return 1
    shapes = {f.stem: check_locale(f) for f in files}
    shapes = {k: v for k, v in shapes.items() if v}
    ref_loc, ref = next(iter(shapes.items()))
    for loc, s in shapes.items():
        if s["intents"] != ref["intents"]:
            a, b = ref["intents"], s["intents"]
            for n in sorted(set(a) | set(b)):
                if a.get(n) != b.get(n):
                    err(loc, f"intent {n} differs from {ref_loc}: {a.get(n)} vs {b.get(n)}")
        if s["types"] != ref["types"]:
            for n in sorted(set(ref["types"]) | set(s["types"])):
                if ref["types"].get(n) != s["types"].get(n):
                    err(loc, f"slot type {n} ids differ from {ref_loc}")
    for e in errors:
        print("ERROR", e)
    for loc, s in shapes.items():
        print(f"{loc}: {len(s['intents'])} intents, types " +
              ", ".join(f"{n}({len(v)})" for n, v in s["types"].items()))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
