#!/usr/bin/env bash
# Runs a sweep as a Slurm job array of N shards and a merge job that depends on it.
#
#   submit.sh [--wait] SWEEP.json OUTDIR N
#
# OUTDIR receives shard-I.jsonl (I = 0..N-1), results.jsonl and the jobs' logs. SGDX is the command that runs sgdx on
# the compute nodes (default: the sgdx launcher of this repository, built here once before submitting). Prints the two
# job ids; with --wait, waits for the merge job and exits with 0 when it completed, 1 when it failed or was cancelled
# (as it is when a shard fails: resubmit, and the shards resume).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wait=no
if [ "${1:-}" = --wait ]; then wait=yes; shift; fi
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
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --output="$outdir/merge-%j.log" "$here/sweep-merge.sbatch")
merge=${merge%%;*}
echo "merge: job $merge (after the array ends successfully)"
[ "$wait" = yes ] || exit 0

# poll the merge job each second ('sbatch --wait' polls at growing intervals, up to half a minute late)
unknown=0
while :; do
  state=$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1)
  case $state in
    PENDING|CONFIGURING|RUNNING|COMPLETING|SUSPENDED|REQUEUED) unknown=0 ;;
    "") unknown=$((unknown + 1)); [ $unknown -lt 60 ] || { echo "submit.sh: job $merge is unknown to Slurm" >&2; exit 1; } ;;
    *) break ;;
  esac
  sleep 1
done
if [ "$state" = COMPLETED ]; then
  echo "merge: job $merge COMPLETED; results in $outdir/results.jsonl"
else
  echo "merge: job $merge $state; see the logs in $outdir, then submit again to resume the shards" >&2
  exit 1
fi
