// Voice: push-to-talk and an opt-in wake phrase through the browser's SpeechRecognition, and
// spoken answers (sentence by sentence, as they stream) through speechSynthesis — only after the
// visitor turns "Read answers aloud" on. Browsers without recognition get no mic at all.
"use strict";

const SENTENCE_END = /[.!?…](?=["')\]]*\s)/g;

/** Speaks streamed text a sentence at a time; speaks nothing unless enabled by the visitor. */
export class Speaker {
  constructor(synth = window.speechSynthesis) {
    this.synth = synth;
    this.enabled = false;
    this.buffer = "";
    this.onstart = null;
    this.onend = null;
    this.speaking = 0;
  }

  get available() {
    return Boolean(this.synth) && typeof window.SpeechSynthesisUtterance === "function";
  }

  setEnabled(on) {
    this.enabled = Boolean(on) && this.available;
    if (!this.enabled) this.cancel();
  }

  reset() { this.buffer = ""; }

  /** Add streamed text; speak every sentence it completes. */
  feed(text) {
    if (!this.enabled) return;
    this.buffer += text;
    let cut = -1;
    for (const m of this.buffer.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    if (cut > 0) {
      this.say(this.buffer.slice(0, cut));
      this.buffer = this.buffer.slice(cut);
    }
  }

  /** The answer ended: speak what is left. */
  flush() {
    if (this.enabled && this.buffer.trim()) this.say(this.buffer);
    this.buffer = "";
  }

  say(raw) {
    const text = raw.replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/[*_`#>]+/g, "").replace(/\[\d+\]/g, "").replace(/\s+/g, " ").trim();
    if (!text) return;
    for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
      if (!sentence.trim()) continue;
      const utterance = new SpeechSynthesisUtterance(sentence.trim());
      utterance.lang = document.documentElement.lang || "en";
      this.speaking += 1;
      const done = () => {
        this.speaking = Math.max(0, this.speaking - 1);
        if (!this.speaking) this.onend?.();
      };
      utterance.onend = done;
      utterance.onerror = done;
      if (this.speaking === 1) this.onstart?.();
      this.synth.speak(utterance);
    }
  }

  cancel() {
    this.buffer = "";
    this.speaking = 0;
    try { this.synth?.cancel(); } catch { /* nothing to stop */ }
  }
}

/** Normalise a transcript for matching: lower case, letters and digits, single spaces. */
export function normalise(text) {
  return String(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}

/** The question after the wake phrase ("hey mira, what …" -> "what …"), "" for the bare phrase, null if absent. */
export function afterWakePhrase(transcript, firstName) {
  const name = normalise(firstName);
  if (!name) return null;
  const pattern = (n) => new RegExp(`(?:^|[^a-z0-9])(?:hey|hi|okay|ok)[\\s,]+${n}(?![a-z0-9])[\\s,.!?:;-]*`, "i");
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
  const original = String(transcript);
  const direct = pattern(escaped).exec(original);
  if (direct) return original.slice(direct.index + direct[0].length).trim();
  const words = normalise(original);
  const loose = pattern(escaped).exec(words);
  return loose ? words.slice(loose.index + loose[0].length).trim() : null;
}

/**
 * Push-to-talk and the wake phrase over one SpeechRecognition at a time.
 * hooks: onInterim(text), onQuestion(text), onState(state, detail), onError(message)
 * states: "idle", "ptt" (push-to-talk listening), "wake" (waiting for the phrase), "wake-question"
 */
export class Listener {
  constructor(Recognition, hooks) {
    this.Recognition = Recognition;
    this.hooks = hooks;
    this.recognition = null;
    this.mode = "idle";
    this.wakeEnabled = false;
    this.firstName = "";
    this.paused = false;
  }

  static find() {
    return window.SpeechRecognition || window.webkitSpeechRecognition || null;
  }

  setState(mode, detail) {
    this.mode = mode;
    this.hooks.onState?.(mode, detail);
  }

  start(mode) {
    this.stop();
    const rec = new this.Recognition();
    rec.lang = document.documentElement.lang === "en" ? "en-US" : document.documentElement.lang || "en-US";
    rec.interimResults = true;
    rec.continuous = mode === "wake";
    rec.maxAlternatives = 1;
    rec.onresult = (event) => this.result(rec, event);
    rec.onerror = (event) => this.error(rec, event);
    rec.onend = () => this.ended(rec);
    this.recognition = rec;
    this.setState(mode);
    try {
      rec.start();
    } catch (error) {
      this.recognition = null;
      this.setState("idle");
      this.hooks.onError?.(`Voice input could not start: ${error.message}`);
    }
  }

  stop() {
    const rec = this.recognition;
    this.recognition = null;
    if (rec) {
      rec.onend = null;
      try { rec.abort ? rec.abort() : rec.stop(); } catch { /* already stopped */ }
    }
  }

  /** Push-to-talk button: start listening, or stop and use what was heard. */
  togglePushToTalk() {
    if (this.mode === "ptt") {
      const rec = this.recognition;
      try { rec?.stop(); } catch { /* ended */ }
      return;
    }
    this.start("ptt");
  }

  setWake(on, firstName) {
    this.wakeEnabled = Boolean(on);
    this.firstName = firstName || this.firstName;
    if (this.wakeEnabled && this.mode === "idle") this.start("wake");
    if (!this.wakeEnabled && this.mode.startsWith("wake")) { this.stop(); this.setState("idle"); }
  }

  /** While answers are read aloud, do not listen to ourselves. */
  pause(paused) {
    this.paused = paused;
  }

  result(rec, event) {
    if (rec !== this.recognition || this.paused) return;
    let interim = "";
    for (let i = event.resultIndex ?? 0; i < event.results.length; i++) {
      const result = event.results[i];
      const text = result[0]?.transcript || "";
      if (!result.isFinal) { interim += text; continue; }
      this.final(text.trim());
    }
    if (interim) this.hooks.onInterim?.(interim.trim(), this.mode);
  }

  final(text) {
    if (!text) return;
    if (this.mode === "ptt") {
      this.hooks.onInterim?.(text, "ptt");
      this.hooks.onQuestion?.(text);
      return;
    }
    if (this.mode === "wake-question") {
      this.hooks.onInterim?.(text, "wake");
      this.hooks.onQuestion?.(text);
      this.setState("wake");
      return;
    }
    if (this.mode === "wake") {
      const question = afterWakePhrase(text, this.firstName);
      if (question === null) return; // not for us: ignore (never sent anywhere)
      this.hooks.onInterim?.(text, "wake");
      if (question) this.hooks.onQuestion?.(question);
      else this.setState("wake-question");
    }
  }

  error(rec, event) {
    if (rec !== this.recognition) return;
    const messages = {
      "not-allowed": "Microphone access was blocked. Allow it in the browser's site settings, or type your question.",
      "service-not-allowed": "This browser does not allow speech recognition here. Please type your question.",
      "no-speech": "I did not hear anything. Press Talk and speak, or type your question.",
      "audio-capture": "No microphone was found. Please type your question.",
      network: "The browser's speech service could not be reached. Please type your question.",
    };
    if (event.error === "aborted") return;
    if (event.error === "no-speech" && this.mode.startsWith("wake")) return; // keep waiting quietly
    this.hooks.onError?.(messages[event.error] || `Voice input failed (${event.error}).`);
    if (event.error === "not-allowed" || event.error === "service-not-allowed") {
      this.wakeEnabled = false;
      this.hooks.onState?.("denied");
    }
  }

  ended(rec) {
    if (rec !== this.recognition) return;
    this.recognition = null;
    // Continuous recognition stops on its own after a while: keep the wake phrase alive.
    if (this.wakeEnabled) this.start(this.mode === "wake-question" ? "wake-question" : "wake");
    else this.setState("idle");
  }
}
