// Installable page: register the shell-only service worker (web/static/sw.js, scope "/").
"use strict";

if ("serviceWorker" in navigator && window.isSecureContext) {
  navigator.serviceWorker.register("/static/sw.js", { scope: "/" }).then(
    () => { document.documentElement.dataset.sw = "registered"; },
    (error) => { document.documentElement.dataset.sw = `failed: ${error.message}`; },
  );
}
