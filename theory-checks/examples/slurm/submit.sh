#!/usr/bin/env bash
# Runs a sweep as a Slurm job array of N shards and a merge job that depends on it.
#
#   submit.sh [--wait] SWEEP.json OUTDIR N
#
# OUTDIR receives shard-I.jsonl (I = 0..N-1), results.jsonl and the jobs' logs. SGDX is the command that runs sgdx on
# the compute nodes (default: the sgdx launcher of this repository, built here once before submitting). With --wait,
# waits for the merge job and exits with its exit code. Prints the two job ids.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wait=()
if [ "${1:-}" = --wait ]; then wait=(--wait); shift; fi
[ $# -eq 3 ] || { echo "usage: $0 [--wait] SWEEP.json OUTDIR N" >&2; exit 2; }
spec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$2"
outdir=$(cd "$2" && pwd)
n=$3
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: N must be a positive integer, got '$n'" >&2; exit 2; }
export SGDX=${SGDX:-$(cd "$here/../../.." && pwd)/sgdx}
export SPEC=$spec OUTDIR=$outdir SHARDS=$n
$SGDX --version >/dev/null   # builds the jar once, here, rather than in every task

array=$(sbatch --parsable --array="0-$((n - 1))" --output="$outdir/sweep-%A_%a.log" "$here/sweep-shard.sbatch")
array=${array%%;*}
echo "shards: job array $array (tasks 0-$((n - 1)))"
merge=$(sbatch --parsable "${wait[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --output="$outdir/merge-%j.log" "$here/sweep-merge.sbatch")
echo "merge: job ${merge%%;*}"
