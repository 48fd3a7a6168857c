// The visitor's page: loads the portfolio, wires the chat and the voice controls.
"use strict";

import { Chat } from "./chat.js";
import { ContactForm, formOffer, linkedMessage } from "./contact.js";
import { keepVisitor, setupMyData, showLeads } from "./mydata.js";
import { reveal } from "./citations.js";
import { el } from "./dom.js";
import {
  firstName, getJSON, renderFaq, renderOwner, renderPosts, renderProjects, renderResume, suggestions,
} from "./content.js";
import { Listener, Speaker } from "./voice.js";

const $ = (id) => document.getElementById(id);

function showSuggestions(questions, chat) {
  const box = $("suggestions");
  box.replaceChildren();
  for (const q of questions) {
    const button = el("button", q, "suggestion");
    button.type = "button";
    button.addEventListener("click", () => chat.ask(q));
    box.append(button);
  }
}

function setupVoice(chat, speaker, owner) {
  const Recognition = Listener.find();
  const notice = $("voice-notice");
  const mic = $("mic");
  const wakeWrap = $("wake-toggle-wrap");
  const wake = $("wake-toggle");
  const status = $("wake-status");
  const statusText = $("wake-status-text");
  const transcript = $("transcript");
  const transcriptText = $("transcript-text");
  const voiceError = $("voice-error");

  if (speaker.available) {
    $("speak-toggle-wrap").hidden = false;
    $("speak-toggle").addEventListener("change", (event) => speaker.setEnabled(event.target.checked));
  }

  if (!Recognition) {
    notice.textContent = "Voice questions need a browser with speech recognition (such as Chrome, Edge or Safari). "
      + "This browser has none, so please type your question."
      + (speaker.available ? " Answers can still be read aloud." : "");
    return null;
  }
  notice.textContent = "Voice uses your browser's speech recognition, which may send your audio to the browser "
    + "vendor's speech service (Google for Chrome, Apple for Safari). This site receives only the text of your question. "
    + "Nothing is recorded until you press Talk or turn the wake phrase on.";
  $("wake-phrase").textContent = `Hey ${owner}`;
  mic.hidden = false;
  wakeWrap.hidden = false;

  const listener = new Listener(Recognition, {
    onInterim(text) {
      transcript.hidden = false;
      transcriptText.textContent = text;
    },
    onQuestion(text) {
      transcript.hidden = false;
      transcriptText.textContent = text;
      chat.ask(text);
    },
    onState(state) {
      const ptt = state === "ptt";
      mic.setAttribute("aria-pressed", String(ptt));
      mic.classList.toggle("listening", ptt);
      mic.querySelector(".mic-label").textContent = ptt ? "Stop" : "Talk";
      mic.setAttribute("aria-label", ptt ? "Stop listening" : "Talk: ask by voice");
      const waking = state === "wake" || state === "wake-question";
      status.hidden = !(waking || ptt);
      status.classList.toggle("active", waking || ptt);
      statusText.textContent = ptt
        ? "Listening… speak your question."
        : state === "wake-question"
          ? `Listening for your question to ${owner}…`
          : waking ? `Listening for “Hey ${owner}” — the microphone is on.` : "";
      if (state === "denied") { wake.checked = false; }
    },
    onError(message) {
      voiceError.textContent = message;
      voiceError.hidden = false;
    },
  });
  mic.setAttribute("aria-label", "Talk: ask by voice");
  mic.addEventListener("click", () => {
    voiceError.hidden = true;
    speaker.cancel();
    listener.togglePushToTalk();
  });
  wake.addEventListener("change", () => {
    voiceError.hidden = true;
    listener.setWake(wake.checked, owner);
  });
  speaker.onstart = () => listener.pause(true);
  speaker.onend = () => listener.pause(false);
  return listener;
}

function setupContact() {
  const contact = new ContactForm({ onSent: () => showLeads() });
  const button = $("contact-open");
  button.addEventListener("click", () => contact.open("", button));
  setupMyData();
  const linked = linkedMessage();
  if (linked !== null) contact.open(linked, button);
  return contact;
}

async function main() {
  const speaker = new Speaker();
  const contact = setupContact();
  const chat = new Chat(
    { messages: $("messages"), form: $("chat-form"), input: $("chat-input"), send: $("send"), stop: $("stop"), announcer: $("announcer") },
    {
      onAnswerStart: () => { speaker.cancel(); speaker.reset(); },
      onToken: (text) => speaker.feed(text),
      onAnswerDone: () => speaker.flush(),
      onSession: (data) => keepVisitor(data.visitor_token),
      onForm: (data) => (data.form === "contact" ? formOffer(data, contact, el) : null),
    },
  );
  $("print-resume").addEventListener("click", () => window.print());
  document.querySelector(".skip").addEventListener("click", (event) => {
    event.preventDefault();
    $("chat-input").focus();
  });
  $("mcp-url").textContent = `${location.origin}/mcp`;

  const [profile, projects, posts, faq] = await Promise.all([
    getJSON("/api/profile"),
    getJSON("/api/projects").then((r) => r.projects).catch(() => []),
    getJSON("/api/posts").then((r) => r.posts).catch(() => []),
    getJSON("/api/faq").catch(() => ({})),
  ]);
  renderOwner(profile);
  renderProjects(projects);
  renderResume(profile);
  renderPosts(posts);
  renderFaq(faq);
  const owner = firstName(profile.basics?.name);
  $("chat-input").placeholder = `Ask about ${owner}'s work, projects or availability…`;
  showSuggestions(suggestions(profile, projects, faq), chat);
  setupVoice(chat, speaker, owner);
  document.body.dataset.ready = "true";
  // A shared link to a cited section (#project-x) works once the content is on the page.
  if (location.hash.length > 1 && document.getElementById(location.hash.slice(1))) reveal(location.hash.slice(1));
}

main().catch((error) => {
  $("owner-name").textContent = "The portfolio could not load";
  $("owner-label").textContent = error.message;
  document.body.dataset.ready = "error";
});
