// The chat panel: POST /api/chat, render the answer as its tokens stream in, list the sources it
// cites as links to their sections, and announce the finished answer (not each token) politely.
"use strict";

import { anchorFor, hrefFor, reveal } from "./citations.js";
import { el, plainText, renderMarkdown } from "./dom.js";
import { readEvents } from "./sse.js";

const SESSION_KEY = "heyfolio.chat.session";
const MAX_CHARS = 2000;

export class Chat {
  /**
   * @param {object} parts  DOM nodes: messages, form, input, send, stop, announcer
   * @param {object} hooks  onToken(text), onAnswerDone(fullText), onAnswerStart(), onSession(data),
   *                        onForm(data) -> a node to show under the answer (the chat offers a form)
   */
  constructor(parts, hooks = {}) {
    this.parts = parts;
    this.hooks = hooks;
    this.busy = false;
    this.controller = null;
    parts.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.ask(parts.input.value);
    });
    parts.stop.addEventListener("click", () => this.controller?.abort());
  }

  get sessionId() {
    try { return sessionStorage.getItem(SESSION_KEY); } catch { return null; }
  }

  set sessionId(value) {
    try { if (value) sessionStorage.setItem(SESSION_KEY, value); } catch { /* private mode */ }
  }

  setBusy(busy) {
    this.busy = busy;
    this.parts.send.disabled = busy;
    this.parts.stop.hidden = !busy;
    this.parts.messages.setAttribute("aria-busy", String(busy));
  }

  announce(text) {
    // Clear first so the same words twice are still announced.
    this.parts.announcer.textContent = "";
    setTimeout(() => { this.parts.announcer.textContent = text; }, 50);
  }

  /** Ask one question; resolves when the answer has finished (or failed). */
  async ask(raw) {
    const message = String(raw || "").trim();
    if (!message || this.busy) return;
    if (message.length > MAX_CHARS) {
      this.announce(`Your question is ${message.length} characters; the limit is ${MAX_CHARS}.`);
      return;
    }
    this.parts.input.value = "";
    this.parts.messages.append(el("li", message, "msg user"));
    const bubble = el("li", null, "msg assistant streaming");
    const body = el("div", null, "answer");
    const typing = el("span", "Thinking…", "typing");
    body.append(typing);
    const tools = el("ul", null, "tools");
    const sources = el("ol", null, "sources");
    const meta = el("p", null, "meta");
    bubble.append(body, tools, sources, meta);
    this.parts.messages.append(bubble);
    bubble.scrollIntoView({ block: "nearest" });

    this.setBusy(true);
    this.controller = new AbortController();
    this.hooks.onAnswerStart?.();
    let text = "";
    let pending = false;
    let finished = false;
    let failure = null;
    const seen = new Set();
    const paint = () => {
      pending = false;
      renderMarkdown(body, text);
    };
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify({ message, session_id: this.sessionId }),
        signal: this.controller.signal,
      });
      // A refused request (400, 413, 429) may still be a stream carrying one `error` event.
      if (!(response.headers.get("content-type") || "").includes("text/event-stream")) {
        const detail = await response.json().catch(() => ({}));
        throw new Error(detail.message || `The chat answered ${response.status} ${response.statusText}.`);
      }
      for await (const { event, data } of readEvents(response)) {
        if (event === "session" && data.session_id) {
          this.sessionId = data.session_id;
          this.hooks.onSession?.(data);
        } else if (event === "form" && data.form) {
          const offer = this.hooks.onForm?.(data);
          if (offer) body.after(offer);
        } else if (event === "token" && typeof data.text === "string") {
          text += data.text;
          this.hooks.onToken?.(data.text);
          if (!pending) { pending = true; requestAnimationFrame(paint); }
        } else if (event === "tool" && data.name) {
          tools.append(el("li", `Looked up: ${data.name}`));
        } else if (event === "citation" && data.uri && !seen.has(data.uri)) {
          seen.add(data.uri);
          sources.append(this.citation(data));
        } else if (event === "done") {
          finished = true;
          const bits = [];
          if (data.offline) bits.push("Offline answer (from search, no AI model)");
          else if (data.model) bits.push(data.model);
          if (typeof data.latency_ms === "number") bits.push(`${(data.latency_ms / 1000).toFixed(1)} s`);
          meta.textContent = bits.join(" · ");
          if (data.offline) bubble.classList.add("offline");
        } else if (event === "error") {
          failure = data.message || "The chat failed.";
        }
      }
      if (!response.ok && !failure) failure = `The chat answered ${response.status} ${response.statusText}.`;
      if (!finished && !failure) failure = "The answer was cut off. Please ask again.";
    } catch (error) {
      failure = error.name === "AbortError" ? "Stopped." : error.message || "The chat could not be reached.";
    } finally {
      this.controller = null;
      renderMarkdown(body, text);
      bubble.classList.remove("streaming");
      if (failure) bubble.append(el("p", failure, "chat-error"));
      if (sources.childElementCount) sources.before(el("p", "Sources", "sources-title"));
      this.setBusy(false);
      const spoken = plainText(text);
      const summary = [spoken, failure].filter(Boolean).join(" ");
      this.announce(summary ? `Answer: ${summary}` : "No answer.");
      this.hooks.onAnswerDone?.(spoken, Boolean(failure));
    }
  }

  citation({ uri, title, snippet }) {
    const li = el("li", null, "source");
    const href = hrefFor(uri);
    const label = title || uri;
    if (href) {
      const a = el("a", label);
      a.href = href;
      a.dataset.uri = uri;
      const id = anchorFor(uri);
      if (href.startsWith("#")) {
        a.addEventListener("click", (event) => {
          if (reveal(id)) { event.preventDefault(); history.replaceState(null, "", href); }
        });
      }
      li.append(a);
    } else {
      li.append(el("span", label));
    }
    if (snippet) li.append(el("span", snippet, "snippet"));
    return li;
  }
}
