#!/usr/bin/env bash
# A throw-away single-node Slurm cluster on this machine, for trying the job-array example (and for its test).
#
#   local-slurm.sh start DIR   writes DIR/slurm.conf, starts munged (if no munge daemon answers), slurmctld and slurmd,
#                              and waits until the node is idle; prints the line to export: SLURM_CONF=DIR/slurm.conf
#   local-slurm.sh stop DIR    stops the daemons that 'start' started, by their pid files
#
# Needs root and Debian's slurm-wlm and munge packages. State, spool, logs and pid files live in DIR. The ports are
# SLURMCTLD_PORT and SLURMD_PORT (default 6817 and 6818). Exit code 0 when the cluster is up, 3 when it cannot run
# here (the reason on the last line of standard error), 1 on another failure.
set -euo pipefail

PATH=$PATH:/usr/sbin:/sbin
cannot() { echo "local-slurm: $*" >&2; exit 3; }

[ $# -eq 2 ] || { echo "usage: $0 start|stop DIR" >&2; exit 1; }
action=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)

stop_pid() {
  local f=$1
  if [ -f "$f" ]; then
    local pid
    pid=$(cat "$f")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$f"
  fi
}

if [ "$action" = stop ]; then
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munged.pid"
  exit 0
fi
[ "$action" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 1; }

for c in slurmctld slurmd sinfo sbatch munged munge unmunge; do
  command -v "$c" >/dev/null || cannot "Slurm is not installed ($c not found); install Debian's slurm-wlm and munge"
done
[ "$(id -u)" -eq 0 ] || cannot "starting slurmctld, slurmd and munged needs root"

# munge: a key owned by munge (mode 400), and a daemon unless one answers already
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge && chown munge:munge /run/munge
  munged --force --pid-file="$dir/munged.pid" 2>"$dir/munged.err" || cannot "munged did not start: $(tail -n 1 "$dir/munged.err")"
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n 2>/dev/null | unmunge >/dev/null 2>&1 || cannot "munged does not answer"
fi

host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/^MemTotal:/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
mkdir -p "$dir/state" "$dir/spool"
cat > "$dir/slurm.conf" <<CONF
ClusterName=sgdxlocal
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=${SLURMCTLD_PORT:-6817}
SlurmdPort=${SLURMD_PORT:-6818}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"

slurmctld -c -f "$SLURM_CONF" || cannot "slurmctld did not start: $(tail -n 1 "$dir/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" || cannot "slurmd did not start: $(tail -n 1 "$dir/slurmd.log" 2>/dev/null)"
for _ in $(seq 60); do
  state=$(sinfo -h -N -o %T 2>/dev/null | head -n 1 || true)
  [ "$state" = idle ] && { echo "SLURM_CONF=$SLURM_CONF"; exit 0; }
  sleep 0.5
done
cannot "the node did not become idle within 30 s (state: ${state:-none}); see $dir/slurmctld.log and $dir/slurmd.log"
