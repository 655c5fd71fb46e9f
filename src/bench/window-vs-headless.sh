#!/usr/bin/env bash
# The window against the command line on the same loop, pair after pair: the default preset's
# training headless (bench --hidden 64 --mode gp --critic-iters 3 --threads 2, JIT settled),
# then the window on a virtual screen with Play pressed by the Space key. Prints for each pair
# both rates and the window's share, the rate in the first 2.5 s after Play and its share of
# the steady rate, the plane's frame rate, and when 8/8 modes with >= 70% high quality appeared;
# last the median share. Single runs on a shared 2-core machine vary by 10-30%: run several pairs.
#
#   src/bench/window-vs-headless.sh [pairs]
#
# Needs: target/wgan-lab.jar (mvn package), Debian's xvfb and xdotool.
# Environment: SCREEN (default 1600x1000), PLAY_AFTER (seconds from start to Play, default 12),
# STEADY_FROM / STEADY_TO (the steady stretch, seconds after Play, default 40 / 75: the JIT
# keeps compiling the window's drawing for ~30 s after Play), HEADLESS_ITERS (default 10000),
# WINDOW_FLAGS (more JVM options for the window, e.g. -Dwganlab.noWarmup=true), JAVA (the java
# that runs both sides, default java on the PATH).
set -euo pipefail
cd "$(dirname "$0")/../.."
PAIRS=${1:-3}
JAR=target/wgan-lab.jar
JAVA=${JAVA:-java}
SCREEN=${SCREEN:-1600x1000}
PLAY_AFTER=${PLAY_AFTER:-12}
STEADY_FROM=${STEADY_FROM:-40}
STEADY_TO=${STEADY_TO:-75}
HEADLESS_ITERS=${HEADLESS_ITERS:-10000}
WINDOW_FLAGS=${WINDOW_FLAGS:-}
[ -f "$JAR" ] || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install xvfb xdotool)" >&2; exit 2; }
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
shares=()
for pair in $(seq "$PAIRS"); do
  headless=$("$JAVA" -jar "$JAR" bench --hidden 64 --mode gp --critic-iters 3 --threads 2 --iters "$HEADLESS_ITERS" 2>/dev/null \
    | grep -o 'generator_iters_per_s=[0-9.]*' | tail -1 | cut -d= -f2) || { echo "the headless bench gave no rate" >&2; exit 1; }
  # -Dwganlab.statusLog=true prints the status line with a timestamp twice a second.
  xvfb-run -a -s "-screen 0 ${SCREEN}x24" bash -c "
    '$JAVA' -Dwganlab.statusLog=true $WINDOW_FLAGS -jar '$JAR' > '$log' 2>&1 &
    app=\$!
    sleep $PLAY_AFTER
    window=\$(xdotool search --name 'WGAN' | head -1)
    xdotool windowactivate \"\$window\" 2>/dev/null || true
    xdotool key --window \"\$window\" space
    sleep $STEADY_TO
    kill \$app
    wait \$app 2>/dev/null || true" >/dev/null 2>&1
  # Status lines: t=<s> iteration <n> · W1 ... · modes <m>/8 · high quality <q>% · <rate> gen it/s · ... plane <f> fps ...
  line=$(awk -v from="$STEADY_FROM" -v to="$STEADY_TO" -v headless="$headless" '
    /^t=/ {
      t = substr($1, 3) + 0; it = $3 + 0
      rate = 0; fps = ""; modes = ""; hq = ""
      for (i = 1; i <= NF; i++) {
        if ($i == "gen" && $(i + 1) == "it/s") rate = $(i - 1) + 0
        if ($i == "plane") fps = $(i + 1) + 0
        if ($i == "modes") modes = $(i + 1)
        if ($i == "quality") hq = $(i + 1) + 0
      }
      n++; T[n] = t; IT[n] = it; R[n] = rate; F[n] = fps; M[n] = modes; Q[n] = hq
    }
    END {
      # Play: the first line with iterations, less the time they took at the rate it shows, but
      # not before the last line without any (a cold start shows a rate near zero).
      for (i = 1; i <= n && IT[i] == 0; i++) ;
      if (i > n) { print "no training seen"; exit }
      play = T[i] - IT[i] / (R[i] > 0 ? R[i] : 1)
      if (i > 1 && play < T[i - 1]) play = T[i - 1]
      first = 0; firstT = 0
      for (j = i; j <= n && T[j] - play <= 2.5; j++) { first = IT[j]; firstT = T[j] - play }
      a = 0; b = 0; fsum = 0; fcount = 0; hqAt = "not within the run"
      for (j = 1; j <= n; j++) {
        s = T[j] - play
        if (s >= from && s <= to) { if (!a) a = j; b = j; fsum += F[j]; fcount++ }
        if (hqAt == "not within the run" && M[j] == "8/8" && Q[j] >= 70 && s > 0) hqAt = sprintf("%.1f s", s)
      }
      if (!a || b == a) { print "the run ended before the steady stretch"; exit }
      steady = (IT[b] - IT[a]) / (T[b] - T[a])
      firstRate = firstT > 0 ? first / firstT : 0
      printf "headless %.0f it/s, window %.0f it/s (%.0f%%); first 2.5 s %.0f it/s (%.0f%% of steady); plane %.0f fps; 8/8 modes, >=70%% high quality: %s\n",
        headless, steady, 100 * steady / headless, firstRate, 100 * firstRate / steady, fsum / fcount, hqAt
    }' "$log")
  echo "pair $pair: $line"
  share=$(echo "$line" | sed -n 's/.*window [0-9]* it\/s (\([0-9]*\)%).*/\1/p')
  [ -n "$share" ] && shares+=("$share")
done
if [ "${#shares[@]}" -gt 0 ]; then
  printf 'median share of the command line: %s%%\n' "$(printf '%s\n' "${shares[@]}" | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')"
fi
