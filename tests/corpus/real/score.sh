#!/usr/bin/env bash
# Scores the real-news dev set against its blind gold: one batch, several, or all (no argument).
#   tests/corpus/real/score.sh                 # every batch whose texts are present
#   tests/corpus/real/score.sh batch-01 --show # one batch, listing misses and spurious facts
# The article texts are not ours and stay out of git: put them in tests/corpus/real/texts/batch-NN/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
scorer="$root/../shared/eval/score.py"
batches=() extra=()
for arg in "$@"; do
  case "$arg" in
    -*) extra+=("$arg") ;;
    *) batches+=("${arg%/}") ;;
  esac
done
if [[ ${#batches[@]} -eq 0 ]]; then
  for dir in "$here"/batch-*/; do batches+=("$(basename "$dir")"); done
fi
[[ ${#batches[@]} -gt 0 ]] || { echo "score.sh: no batches under $here" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sources=()
for batch in "${batches[@]}"; do
  texts="$here/texts/$batch"
  [[ -f "$here/$batch/gold.facts.jsonl" ]] || { echo "score.sh: $batch has no gold.facts.jsonl" >&2; exit 2; }
  if ! compgen -G "$texts/*.txt" > /dev/null; then
    echo "score.sh: texts of $batch are missing (expected in $texts)" >&2; exit 2
  fi
  cat "$here/$batch/gold.facts.jsonl" >> "$work/gold.jsonl"
  "$root/entente" extract "$texts"/*.txt >> "$work/pred.jsonl"
  sources+=("$texts")
done
python3 "$scorer" facts --gold "$work/gold.jsonl" --pred "$work/pred.jsonl" --sources "${sources[@]}" "${extra[@]}"
