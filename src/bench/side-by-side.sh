#!/usr/bin/env bash
# Runs WGAN Lab's bench and the PyTorch reference (torch_wgan_gp.py) on the same settings, in
# the same run, each side at its best thread count, and prints generator iterations per second
# and the ratio.
#
#   src/bench/side-by-side.sh [path/to/torch_wgan_gp.py]
#
# Needs: target/wgan-lab.jar (mvn package), /usr/bin/python3 with torch (Debian python3-torch).
# Settings: 8gaussians, batch 256, 5 critic steps, float32; widths 512, 128, 64; modes gp, clip.
# Each side runs REPS times per thread count (default 3) and its median counts: single runs on
# this 2-core machine vary by 10-20%. Our bench warms up for 4 s first (the JIT's second tier
# takes ~3 s at width 64); PyTorch needs no such warm-up and gets 20 iterations (3 at 512).
# Environment: THREADS="1 2" (thread counts to try), WIDTHS, MODES, ITERS_512 / ITERS_SMALL, REPS.
set -euo pipefail
cd "$(dirname "$0")/../.."
TORCH=${1:-../shared/bench/torch_wgan_gp.py}
JAR=target/wgan-lab.jar
[ -f "$JAR" ] || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
[ -f "$TORCH" ] || { echo "no PyTorch reference at $TORCH" >&2; exit 2; }
THREADS=${THREADS:-"1 2"}
WIDTHS=${WIDTHS:-"512 128 64"}
MODES=${MODES:-"gp clip"}
REPS=${REPS:-3}
rate() { grep -o 'generator_iters_per_s=[0-9.]*' | tail -1 | cut -d= -f2; }
median() { sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -g | tail -1; }
printf '%-6s %-5s %12s %8s %12s %8s %7s\n' width mode wgan-lab threads pytorch threads ratio
for w in $WIDTHS; do
  for m in $MODES; do
    if [ "$w" -ge 512 ]; then iters=${ITERS_512:-20}; twarm=3; else iters=${ITERS_SMALL:-1000}; twarm=20; fi
    ours=(); theirs=()
    for t in $THREADS; do
      ours+=("$(for r in $(seq "$REPS"); do java --add-modules jdk.incubator.vector -jar "$JAR" bench --hidden "$w" --mode "$m" --iters "$iters" --threads "$t" 2>/dev/null | rate; done | median) $t")
      titers=$iters; [ "$t" -gt 1 ] && titers=$((iters / 5))   # torch on 2 threads runs ~3x slower than on 1 (below 1 it/s at 512)
      [ "$titers" -lt 4 ] && titers=4
      theirs+=("$(for r in $(seq "$REPS"); do /usr/bin/python3 "$TORCH" --hidden "$w" --mode "$m" --iters "$titers" --warmup "$twarm" --threads "$t" 2>/dev/null | rate; done | median) $t")
    done
    o=$(printf '%s\n' "${ours[@]}" | sort -g -k1 | tail -1); p=$(printf '%s\n' "${theirs[@]}" | sort -g -k1 | tail -1)
    set -- $o; orate=$1; othr=$2; set -- $p; prate=$1; pthr=$2
    printf '%-6s %-5s %12.2f %8s %12.2f %8s %6.2fx\n' "$w" "$m" "$orate" "$othr" "$prate" "$pthr" "$(echo "$orate / $prate" | bc -l)"
  done
done
