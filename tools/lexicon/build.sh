#!/usr/bin/env bash
# Regenerates src/Entente.Core/Resources/lexicon/*.txt.gz from npm registry packages.
# Needs npm, python3 and gzip. Usage: tools/lexicon/build.sh (from any directory).
set -euo pipefail

WORDSNINJA=wordsninja@1.1.0
ENGLISH_WORDS=an-array-of-english-words@2.0.0

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$repo/src/Entente.Core/Resources/lexicon"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
for package in "$WORDSNINJA" "$ENGLISH_WORDS"; do
  name="${package%@*}"
  mkdir -p "$name"
  tar xzf "$(npm pack --silent "$package")" -C "$name"
done

python3 - "$work" "$out" <<'PY'
import json, re, sys
work, out = sys.argv[1], sys.argv[2]
letters = re.compile(r"^[a-z]+$")

dictionary = [w for w in json.load(open(f"{work}/an-array-of-english-words/package/index.json"))
              if letters.match(w)]
known = set(dictionary)

# Two function words run together ("ofthe", "tobe") are scraping glue that the
# Wikipedia-derived frequency list picked up; they must not count as words.
function_words = set("a an and as at be by for from in is it of on or the this that to with".split())
def is_function_glue(w):
    return any(w[:i] in function_words and w[i:] in function_words for i in range(1, len(w)))

frequency, seen = [], set()
for w in json.load(open(f"{work}/wordsninja/package/words-en.json")):
    w = w.lower()
    if not letters.match(w) or w in seen or (w not in known and is_function_glue(w)):
        continue
    seen.add(w)
    frequency.append(w)

with open(f"{out}/frequency.txt", "w") as f:
    f.write("\n".join(frequency) + "\n")
with open(f"{out}/dictionary.txt", "w") as f:
    f.write("\n".join(sorted(set(dictionary))) + "\n")
print(f"frequency: {len(frequency)} words, dictionary: {len(dictionary)} words")
PY

gzip -9nf "$out/frequency.txt" "$out/dictionary.txt"
ls -l "$out"
