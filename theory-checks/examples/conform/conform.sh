#!/usr/bin/env bash
# The worked example of 'sgdx conform' (README, section "sgdx conform"): online SGD written with NumPy is accepted,
# and the same code without the projection P-perp (--bug) is rejected. Writes the samples and the Q-Q plots into the
# directory given as the argument (default: a new temporary directory).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sgdx="$here/../../../sgdx"
out="${1:-$(mktemp -d)}"
mkdir -p "$out" || exit 2
options=(--target He3 --loss correlation --d 10 --gamma 0.005 --max-steps 20000 --checkpoints 2 --seed 1)

python3 "$here/online_sgd.py" --out "$out/samples.csv" || exit 2
python3 "$here/online_sgd.py" --bug --out "$out/buggy.csv" || exit 2
"$sgdx" conform "${options[@]}" --samples "$out/samples.csv" --plot "$out/samples-qq.png"
echo "exit code $?"
"$sgdx" conform "${options[@]}" --samples "$out/buggy.csv" --plot "$out/buggy-qq.png"
echo "exit code $?"
