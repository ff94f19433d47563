/*
 * Netizen Editor: the live preview's own script.
 *
 * Runs in an isolated world (QWebEngineScript.ApplicationWorld) of a page whose own JavaScript
 * is switched off: it shares the DOM with the page but no variables, and nothing from the
 * article can call it. It applies the app's patches, keeps the scroll position in sync through
 * the data-line attributes, and reports clicks and scrolling over a QWebChannel that exists in
 * this world only.
 *
 * In #nz-body every chunk's nodes follow a <!--nz--> comment and <!--nz-end GEN--> closes the
 * list (GEN: the page load's generation), see netizen_editor/preview_patch.py.
 */
(function () {
  "use strict";
  if (window.nz) {
    return;
  }
  const MARK = "nz";
  const END = /^nz-end (\d+)$/;
  const body = document.getElementById("nz-body");
  let markers = []; // one comment per chunk, in order
  let endMarker = null;
  let generation = -1;
  let blockCache = null; // top-level body elements that carry data-line
  let bridge = null;
  let lastLine = 0; // the line last reported or scrolled to
  let programmaticY = null; // where our own scrollTo put the page
  let scrollQueued = false;

  function scan() {
    markers = [];
    if (!body) {
      return;
    }
    for (let n = body.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== Node.COMMENT_NODE) {
        continue;
      }
      if (n.data === MARK) {
        markers.push(n);
      } else {
        const m = END.exec(n.data);
        if (m) {
          endMarker = n;
          generation = Number(m[1]);
        }
      }
    }
    if (!endMarker) {
      endMarker = document.createComment("nz-end -1");
      body.appendChild(endMarker);
    }
  }

  function boundary(index) {
    return index < markers.length ? markers[index] : endMarker;
  }

  function parse(html) {
    const tpl = document.createElement("template");
    tpl.innerHTML = html; // inert: nothing loads or runs until it is in the document
    return tpl.content;
  }

  function replaceChunks(start, remove, htmls) {
    const stop = boundary(start + remove);
    let node = boundary(start);
    while (node && node !== stop) {
      const next = node.nextSibling;
      node.remove();
      node = next;
    }
    const fragment = parse(htmls.map((h) => "<!--nz-->" + h + "\n").join(""));
    const fresh = [];
    for (let n = fragment.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.COMMENT_NODE && n.data === MARK) {
        fresh.push(n);
      }
    }
    body.insertBefore(fragment, stop);
    markers.splice(start, remove, ...fresh);
  }

  function shiftLines(start, count, delta) {
    for (let i = start; i < start + count && i < markers.length; i++) {
      const stop = boundary(i + 1);
      for (let n = markers[i].nextSibling; n && n !== stop; n = n.nextSibling) {
        if (n.nodeType === Node.ELEMENT_NODE && n.hasAttribute("data-line")) {
          n.setAttribute("data-line", String(Number(n.getAttribute("data-line")) + delta));
        }
      }
    }
  }

  // Replace only the children that differ (common prefix and suffix kept), so an unchanged
  // featured image or share bar is not rebuilt while the title is typed.
  function morph(element, html) {
    if (!element) {
      return;
    }
    const fresh = Array.from(parse(html).childNodes);
    const old = Array.from(element.childNodes);
    let a = 0;
    while (a < old.length && a < fresh.length && old[a].isEqualNode(fresh[a])) {
      a++;
    }
    let b = 0;
    while (
      b < old.length - a &&
      b < fresh.length - a &&
      old[old.length - 1 - b].isEqualNode(fresh[fresh.length - 1 - b])
    ) {
      b++;
    }
    const stop = b > 0 ? old[old.length - b] : null;
    for (let i = a; i < old.length - b; i++) {
      old[i].remove();
    }
    for (let i = a; i < fresh.length - b; i++) {
      element.insertBefore(fresh[i], stop);
    }
  }

  function patch(msg) {
    if (msg.css !== undefined) {
      const style = document.getElementById("nz-style");
      if (style) {
        style.textContent = msg.css;
      }
    }
    if (msg.title !== undefined) {
      document.title = msg.title;
    }
    if (msg.header !== undefined) {
      morph(document.getElementById("nz-header"), msg.header);
    }
    if (msg.footer !== undefined) {
      morph(document.getElementById("nz-footer"), msg.footer);
    }
    if (msg.body && body) {
      replaceChunks(msg.body[0], msg.body[1], msg.body[2]);
    }
    for (const s of msg.shifts || []) {
      shiftLines(s[0], s[1], s[2]);
    }
    blockCache = null;
    return msg.seq;
  }

  // -- scroll sync -----------------------------------------------------------------------
  function blocks() {
    if (blockCache === null) {
      blockCache = body
        ? Array.from(body.children).filter((e) => e.hasAttribute("data-line"))
        : [];
    }
    return blockCache;
  }

  function lineOf(element) {
    return Number(element.getAttribute("data-line")) || 1;
  }

  function topOf(element) {
    return element.getBoundingClientRect().top + window.scrollY;
  }

  // index of the last block whose top is at or above y (document coordinates), or -1
  function blockAt(list, y) {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (topOf(list[mid]) <= y + 1) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // the source line shown at document position y (the top of the viewport)
  function lineAt(y) {
    const list = blocks();
    if (!list.length || y <= 0) {
      return 1;
    }
    const i = blockAt(list, y);
    if (i < 0) {
      const top = topOf(list[0]);
      const first = lineOf(list[0]);
      return top > 0 ? Math.max(1, Math.floor(1 + ((first - 1) * y) / top)) : first;
    }
    const line = lineOf(list[i]);
    if (i + 1 >= list.length) {
      return line;
    }
    const top = topOf(list[i]);
    const nextTop = topOf(list[i + 1]);
    const span = lineOf(list[i + 1]) - line;
    const fraction = Math.min(1, Math.max(0, (y - top) / Math.max(1, nextTop - top)));
    return Math.floor(line + span * fraction + 1e-6);
  }

  // the document position at which the source line should be at the top of the viewport
  function yForLine(line) {
    const list = blocks();
    if (!list.length || line <= 1) {
      return 0;
    }
    let lo = 0;
    let hi = list.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lineOf(list[mid]) <= line) {
        i = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (i < 0) {
      const first = lineOf(list[0]);
      return first > 1 ? (topOf(list[0]) * (line - 1)) / (first - 1) : 0;
    }
    const top = topOf(list[i]);
    if (i + 1 >= list.length) {
      return top;
    }
    const start = lineOf(list[i]);
    const span = lineOf(list[i + 1]) - start;
    const fraction = span > 0 ? (line - start) / span : 0;
    return top + fraction * (topOf(list[i + 1]) - top);
  }

  function scrollToLine(line) {
    lastLine = line;
    const y = Math.max(0, Math.round(yForLine(line)));
    window.scrollTo({ top: y, left: window.scrollX, behavior: "instant" });
    programmaticY = window.scrollY;
    return programmaticY;
  }

  // keep the block of source line `line` (being typed) in view, its end (what changes) first;
  // this works to the last block of the article
  function revealLine(line) {
    const list = blocks();
    if (!list.length) {
      return window.scrollY;
    }
    let target = list[0];
    for (const element of list) {
      if (lineOf(element) > line) {
        break;
      }
      target = element;
    }
    const rect = target.getBoundingClientRect();
    const view = window.innerHeight;
    let y;
    if (rect.bottom > view - 16) {
      y = window.scrollY + rect.bottom - view + 48; // its end, where the typing is, in view
    } else if (rect.top < 0) {
      y = window.scrollY + rect.top - 16;
    } else {
      return window.scrollY;
    }
    window.scrollTo({ top: Math.max(0, Math.round(y)), left: window.scrollX, behavior: "instant" });
    programmaticY = window.scrollY;
    return programmaticY;
  }

  function onScrollFrame() {
    scrollQueued = false;
    const y = window.scrollY;
    if (programmaticY !== null && Math.abs(y - programmaticY) < 2) {
      return; // our own scrollToLine: do not echo it back to the editor
    }
    programmaticY = null;
    const line = lineAt(y);
    if (line !== lastLine) {
      lastLine = line;
      if (bridge) {
        bridge.report_scrolled(line);
      }
    }
  }

  window.addEventListener(
    "scroll",
    () => {
      if (!scrollQueued) {
        scrollQueued = true;
        requestAnimationFrame(onScrollFrame);
      }
    },
    { passive: true },
  );

  // -- clicks ----------------------------------------------------------------------------
  document.addEventListener("click", (event) => {
    if (event.button !== 0 || !body) {
      return;
    }
    let target = event.target;
    if (target && target.nodeType !== Node.ELEMENT_NODE) {
      target = target.parentElement;
    }
    if (!target || target.closest("a[href]")) {
      return; // links are the navigation filter's business
    }
    // a photo opens whole over the page, as on the site (the skin's figure.nz-full); a click
    // on it or its backdrop closes it
    const figure =
      target.closest("figure.nz-full") ||
      (target.tagName === "IMG" && target.closest("#nz-body figure, figure.featured-image"));
    if (figure) {
      figure.classList.toggle("nz-full");
    }
    while (target && target.parentElement !== body) {
      target = target.parentElement;
    }
    if (target && target.hasAttribute("data-line") && bridge) {
      bridge.report_clicked(lineOf(target));
    }
  });

  // -- the channel to the app ------------------------------------------------------------
  // Timers (setTimeout) never fire in an isolated world while the page's own JavaScript is
  // off; animation frames do: the second frame callback runs once the first frame is drawn.
  function afterPaint(callback) {
    const go = () => requestAnimationFrame(() => requestAnimationFrame(callback));
    if (document.visibilityState === "visible") {
      go();
      return;
    }
    const wait = () => {
      if (document.visibilityState === "visible") {
        document.removeEventListener("visibilitychange", wait);
        go();
      }
    };
    document.addEventListener("visibilitychange", wait);
  }

  function connect() {
    if (typeof QWebChannel === "undefined" || !window.qt || !window.qt.webChannelTransport) {
      return;
    }
    new QWebChannel(window.qt.webChannelTransport, (channel) => {
      bridge = channel.objects.nzBridge;
      bridge.report_ready(generation);
      afterPaint(() => bridge.report_painted(generation));
    });
  }

  scan();
  window.nz = {
    patch,
    scrollToLine,
    revealLine,
    topLine: () => lineAt(window.scrollY),
    generation: () => generation,
    chunkCount: () => markers.length,
  };
  connect();
})();
