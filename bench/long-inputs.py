#!/usr/bin/env python3
"""Writes the long single inputs of the linearity checks (issue 8): for each size N in MB,
nostop_N.txt (random words with commas, no full stop and no line break), record_N.jsonl (one JSON Lines record
whose text is the same kind of run), names_N.txt (news sentences naming many distinct titled people, each by a full name
with its country and then by a shorter form without it), and lines_64.txt (5 million short lines, 65 MB).

Words come from the team's own texts (tests/corpus/facts, samples), so the runs are deterministic for a seed.
Time `./entente extract` on each (`/usr/bin/time -v`, CPU time) and compare the CPU seconds per MB across sizes.
Usage: long-inputs.py OUT_DIR [SIZES=1,5,20] [SEED=8]   (sizes in MB, comma-separated; 0 skips the line file)"""
import glob, json, os, random, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1]
sizes = [int(s) for s in (sys.argv[2] if len(sys.argv) > 2 else "1,5,20").split(",") if s]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 8
rng = random.Random(seed)
# The names files draw from their own generator, so the other files stay what earlier sessions measured for a seed.
names_rng = random.Random(seed + 1)
sources = sorted(glob.glob(f"{root}/tests/corpus/facts/*.txt") + glob.glob(f"{root}/samples/*.txt"))
words = re.findall(r"[A-Za-z][a-z]+|\d+", " ".join(open(p, encoding="utf-8").read() for p in sources))
separators = (" ",) * 12 + (", ",)


def random_words(chars):
    parts, size = [], 0
    while size < chars:
        word = rng.choice(words) + rng.choice(separators)
        parts.append(word)
        size += len(word)
    return "".join(parts)


def titled_names(chars):
    """Sentences of an article on one pair naming many distinct people: each first with a demonym and a title, then by a
    shorter form of the name (the resolver matches every short form against the full names of the article)."""
    syllables = ["ka", "lo", "mi", "ra", "sen", "tu", "vo", "den", "sha", "rin", "pe", "zu", "mar", "lin", "do", "ve"]
    offices = ["Foreign Minister", "Trade Minister", "Defence Minister", "Finance Minister", "Energy Minister"]
    def name():
        return " ".join(("".join(names_rng.choice(syllables) for _ in range(names_rng.randint(2, 3)))).capitalize() for _ in range(3))
    parts, size = ["Peru and Malaysia\n\n"], 0
    while size < chars:
        office = names_rng.choice(offices)
        given, middle, surname = name().split(" ")
        sentence = (f"{names_rng.choice(['Peruvian', 'Malaysian'])} {office} {given} {middle} {surname} met officials in Lima on 4 May 2024. "
                    f"{office} {given} {surname} said the talks went well. ")
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


os.makedirs(out, exist_ok=True)
for mb in sizes:
    if mb <= 0:
        continue
    with open(os.path.join(out, f"nostop_{mb}.txt"), "w", encoding="utf-8") as f:
        f.write(random_words(mb * 1_000_000))
    record = {"title": "Trade talks", "maintext": random_words(mb * 1_000_000), "date_publish": "2025-05-01 00:00:00",
              "source_domain": "example.org", "url": "https://example.org/a"}
    with open(os.path.join(out, f"record_{mb}.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")
    with open(os.path.join(out, f"names_{mb}.txt"), "w", encoding="utf-8") as f:
        f.write(titled_names(mb * 1_000_000))
if 0 not in sizes:
    with open(os.path.join(out, "lines_64.txt"), "w", encoding="utf-8") as f:
        for _ in range(5_000_000):
            f.write(" ".join(rng.choice(words) for _ in range(2))[:12].ljust(12) + "\n")
