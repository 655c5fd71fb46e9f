"use strict";
(function () {
  const R = REPLAY;
  const $ = (id) => document.getElementById(id);
  const slider = $("slider"), img = $("plane"), chart = $("chart"), ctx = chart.getContext("2d");
  let at = 0, timer = null;
  const frames = R.frames;
  let shownSegment = -1;

  $("title").textContent = R.title;
  document.title = "WGAN Lab replay: " + R.title;
  slider.max = String(frames.length - 1);

  const num = (v, d) => (v === null || v === undefined ? "–" : Number(v).toPrecision(d));

  /** The words, events and settings of the run a frame belongs to (a lesson's step). */
  function showSegment(k) {
    if (k === shownSegment) return;
    shownSegment = k;
    const seg = R.segments[k];
    $("settings").textContent = seg.settings;
    showWords($("step"), seg);
    $("events").innerHTML = "";
    for (const e of seg.events) {
      const li = document.createElement("li");
      li.textContent = "iteration " + e.iteration + ": " + e.text;
      li.dataset.iteration = e.iteration;
      $("events").appendChild(li);
    }
    if (!seg.events.length) {
      const li = document.createElement("li");
      li.textContent = "none: the settings stayed as they started";
      $("events").appendChild(li);
    }
  }

  /** The step's heading and text, each formula the SVG the app typeset, on the words' baseline. */
  function showWords(box, seg) {
    box.textContent = "";
    if (seg.heading) {
      const h = document.createElement("strong");
      h.textContent = seg.heading;
      box.appendChild(h);
      if (seg.parts.length) box.appendChild(document.createTextNode("\n"));
    }
    let afterDisplay = false;
    for (const p of seg.parts) {
      if (p.svg === undefined) {
        // A display formula ends its line: the words after it start the next one, not a space.
        box.appendChild(document.createTextNode(afterDisplay ? p.text.replace(/^\s+/, "") : p.text));
        afterDisplay = false;
        continue;
      }
      const f = document.createElement(p.display ? "div" : "span");
      f.className = p.display ? "formula display" : "formula";
      f.innerHTML = p.svg;
      if (!p.display && f.firstElementChild) f.firstElementChild.style.verticalAlign = (-p.depth) + "px";
      box.appendChild(f);
      afterDisplay = p.display;
    }
  }

  function drawChart(seg, iteration) {
    const w = chart.width, h = chart.height, left = 52, right = 12, top = 12, bottom = 30;
    ctx.clearRect(0, 0, w, h);
    const xs = seg.curves.iterations, est = seg.curves.estimate, w1 = seg.curves.w1, last = seg.last;
    let ymin = Infinity, ymax = -Infinity;
    for (const v of est) if (v !== null) { ymin = Math.min(ymin, v); ymax = Math.max(ymax, v); }
    for (const p of w1) { ymin = Math.min(ymin, p[1]); ymax = Math.max(ymax, p[1]); }
    if (!isFinite(ymin)) { ymin = 0; ymax = 1; }
    if (ymax - ymin < 1e-9) { ymax = ymin + 1; }
    const pad = (ymax - ymin) * 0.05; ymin -= pad; ymax += pad;
    const xmax = Math.max(1, last, xs.length ? xs[xs.length - 1] : 1);
    const X = (it) => left + (w - left - right) * it / xmax;
    const Y = (v) => top + (h - top - bottom) * (1 - (v - ymin) / (ymax - ymin));
    ctx.strokeStyle = "#bbb"; ctx.lineWidth = 1; ctx.beginPath();
    ctx.moveTo(left, top); ctx.lineTo(left, h - bottom); ctx.lineTo(w - right, h - bottom); ctx.stroke();
    ctx.fillStyle = "#444"; ctx.font = "11px sans-serif"; ctx.textAlign = "right";
    for (let k = 0; k <= 4; k++) {
      const v = ymin + (ymax - ymin) * k / 4;
      ctx.fillText(v.toPrecision(2), left - 4, Y(v) + 4);
    }
    ctx.textAlign = "center";
    for (let k = 0; k <= 4; k++) ctx.fillText(String(Math.round(xmax * k / 4)), X(xmax * k / 4), h - bottom + 14);
    ctx.fillText("generator iteration", (left + w - right) / 2, h - 3);
    ctx.strokeStyle = "#1f77b4"; ctx.lineWidth = 1.5; ctx.beginPath();
    let pen = false;
    for (let i = 0; i < xs.length; i++) {
      if (est[i] === null) { pen = false; continue; }
      if (!pen) ctx.moveTo(X(xs[i]), Y(est[i])); else ctx.lineTo(X(xs[i]), Y(est[i]));
      pen = true;
    }
    ctx.stroke();
    ctx.fillStyle = "#d62728";
    for (const p of w1) { ctx.beginPath(); ctx.arc(X(p[0]), Y(p[1]), 3, 0, 2 * Math.PI); ctx.fill(); }
    ctx.strokeStyle = "#999"; ctx.setLineDash([4, 3]); ctx.beginPath();
    ctx.moveTo(X(iteration), top); ctx.lineTo(X(iteration), h - bottom); ctx.stroke(); ctx.setLineDash([]);
  }

  function show(i) {
    at = Math.max(0, Math.min(frames.length - 1, i));
    const f = frames[at];
    slider.value = String(at);
    img.src = f.image;
    img.dataset.iteration = f.iteration;
    const seg = R.segments[f.segment];
    showSegment(f.segment);
    $("where").textContent = (R.segments.length > 1 ? "step " + (f.segment + 1) + ", " : "") + "iteration " + f.iteration + " of " + seg.last + " (frame " + (at + 1) + "/" + frames.length + ")";
    $("readout").innerHTML = "";
    const parts = [["method", f.method], ["critic's estimate", num(f.estimate, 3)], ["exact W1", num(f.w1, 3)], ["K", num(f.k, 3)], ["modes", f.modes === null ? "–" : f.modes]];
    for (const [k, v] of parts) {
      const span = document.createElement("span");
      span.textContent = k + " ";
      const b = document.createElement("b");
      b.textContent = v;
      span.appendChild(b);
      span.appendChild(document.createTextNode("   "));
      $("readout").appendChild(span);
    }
    for (const li of $("events").children) li.className = li.dataset.iteration === undefined || Number(li.dataset.iteration) <= f.iteration ? "past" : "future";
    drawChart(seg, f.iteration);
    document.body.dataset.iteration = String(f.iteration);
  }

  function play() {
    if (timer) { clearInterval(timer); timer = null; $("play").textContent = "▶ Play"; return; }
    if (at >= frames.length - 1) show(0);
    $("play").textContent = "❚❚ Pause";
    timer = setInterval(() => { if (at >= frames.length - 1) play(); else show(at + 1); }, 250);
  }

  slider.addEventListener("input", () => show(Number(slider.value)));
  $("prev").addEventListener("click", () => show(at - 1));
  $("next").addEventListener("click", () => show(at + 1));
  $("play").addEventListener("click", play);
  document.addEventListener("keydown", (e) => {
    if (e.key === "ArrowLeft") { show(at - 1); e.preventDefault(); }
    else if (e.key === "ArrowRight") { show(at + 1); e.preventDefault(); }
    else if (e.key === " ") { play(); e.preventDefault(); }
  });
  // #frame=N opens at that frame, moved to as the slider would be (for links, and for the browser test).
  const m = /frame=(\d+|last)/.exec(location.hash);
  if (m) {
    slider.value = m[1] === "last" ? slider.max : m[1];
    slider.dispatchEvent(new Event("input"));
  } else {
    show(0);
  }
})();
