#!/usr/bin/env python3
"""Writes N news-like articles, one per file, for the whole-process throughput run (see bench/README.md).

Each article opens with the headline and lead of one of the team's own articles (tests/corpus/facts, samples),
goes on with paragraphs drawn from others, and has its figures and years varied, so that the set is varied
but deterministic for a seed. Usage: news-corpus.py OUT_DIR [N=2000] [SEED=8]"""
import glob, os, random, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out, n, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000, int(sys.argv[3]) if len(sys.argv) > 3 else 8
rng = random.Random(seed)
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(f"{root}/tests/corpus/facts/*.txt") + glob.glob(f"{root}/samples/*.txt"))]
articles = [[p for p in re.split(r"\n\s*\n", t) if p.strip()] for t in texts]
paragraphs = [p for a in articles for p in a[2:] if len(p) > 80]

def vary(text):
    text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(rng.randint(2005, 2025)), text)
    return re.sub(r"\b\d{1,3}(?:[.,]\d)?\b", lambda m: str(rng.randint(2, 950)), text)

os.makedirs(out, exist_ok=True)
for i in range(n):
    base = rng.choice(articles)
    body = base[:2]
    while sum(len(p) for p in body) < 2100:
        body.append(rng.choice(paragraphs))
    with open(os.path.join(out, f"news-{i:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(vary("\n\n".join(body)) + "\n")
