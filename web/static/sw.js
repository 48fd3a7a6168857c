// The page's service worker: it caches the shell only (the page, its scripts, styles and icons) so
// the portfolio opens from a phone's home screen. Answers, the API and anything personal are never
// cached: requests outside SHELL pass straight to the network.
"use strict";

const CACHE = "heyfolio-shell-v1";
const SHELL = [
  "/",
  "/static/styles.css",
  "/static/app.js",
  "/static/chat.js",
  "/static/citations.js",
  "/static/contact.js",
  "/static/content.js",
  "/static/dom.js",
  "/static/install.js",
  "/static/live.js",
  "/static/mydata.js",
  "/static/sse.js",
  "/static/voice.js",
  "/static/manifest.webmanifest",
  "/static/icons/icon-192.png",
  "/static/icons/icon-512.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function isShell(request) {
  const url = new URL(request.url);
  return request.method === "GET" && url.origin === self.location.origin && SHELL.includes(url.pathname)
    && !url.search;
}

self.addEventListener("fetch", (event) => {
  if (!isShell(event.request)) return; // /api/*, /mcp, /media, the owner's page: network only
  // Network first (a deploy shows at once), the cached shell when offline.
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request).then((hit) => hit || Response.error())),
  );
});
