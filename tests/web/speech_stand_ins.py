"""Scripts injected into the page before its own code runs (``page.add_init_script``).

Chromium exposes ``webkitSpeechRecognition`` but cannot recognise speech here, and a headless
browser has no voices: the stand-ins replace both with scripted, observable versions.

- ``FAKE_SPEECH``: ``window.__say(text, final)`` delivers a recognition result to the
  recognition that is listening (and fails loudly if none is); ``window.__recognitions`` lists
  every recognition the page created; ``window.__spoken`` records each utterance passed to
  ``speechSynthesis.speak``.
- ``NO_RECOGNITION``: a browser like Firefox, with speech synthesis but no recognition.
"""

FAKE_SPEECH = r"""
(() => {
  const spoken = [];
  window.__spoken = spoken;
  window.__cancelled = 0;
  const synth = {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    speak(utterance) {
      spoken.push(utterance.text);
      setTimeout(() => utterance.onend && utterance.onend(new Event("end")), 5);
    },
    cancel() { window.__cancelled += 1; },
    pause() {}, resume() {}, getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });

  const recognitions = [];
  window.__recognitions = recognitions;
  class ScriptedRecognition {
    constructor() {
      this.continuous = false; this.interimResults = false; this.lang = ""; this.maxAlternatives = 1;
      this.listening = false; this.onresult = null; this.onend = null; this.onerror = null;
      recognitions.push(this);
    }
    start() {
      if (this.listening) throw new DOMException("recognition has already started", "InvalidStateError");
      this.listening = true;
    }
    finish() {
      if (!this.listening) return;
      this.listening = false;
      setTimeout(() => this.onend && this.onend(new Event("end")), 0);
    }
    stop() { this.finish(); }
    abort() { this.finish(); }
  }
  window.SpeechRecognition = ScriptedRecognition;
  window.webkitSpeechRecognition = ScriptedRecognition;
  window.__listening = () => recognitions.filter((r) => r.listening);
  window.__say = (text, final = true) => {
    const active = window.__listening();
    if (active.length !== 1) throw new Error(`expected one listening recognition, found ${active.length}`);
    const rec = active[0];
    const alternative = [{ transcript: text, confidence: 0.93 }];
    alternative.isFinal = final;
    rec.onresult && rec.onresult({ resultIndex: 0, results: [alternative] });
    if (final && !rec.continuous) rec.finish();
  };
  window.__fail = (error) => {
    const [rec] = window.__listening();
    rec.onerror && rec.onerror({ error });
    rec.finish();
  };
})();
"""

NO_RECOGNITION = r"""
(() => {
  delete window.SpeechRecognition;
  delete window.webkitSpeechRecognition;
  const spoken = [];
  window.__spoken = spoken;
  Object.defineProperty(window, "speechSynthesis", {
    value: { speak(u) { spoken.push(u.text); setTimeout(() => u.onend && u.onend(), 5); }, cancel() {}, getVoices() { return []; } },
    configurable: true,
  });
})();
"""
