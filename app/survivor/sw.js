// Ruta's service worker. The app shell works with no connection, and so do the life lines of every country: the
// app asks for them a moment after every start, and the last answer is kept under one fixed key (one document
// naming every country alike, so keeping it says nothing about which country a person looked at; their tel: links
// need no data). Searches, service records and country answers are never stored. Everything here is removed by
// the app's "clear this device" control.
const SHELL = "ruta-shell-__RUTA_VERSION__";
const LIFELINES = "ruta-lifelines";
const LIFELINES_URL = "/api/v1/lifelines";
const FILES = [__RUTA_SHELL__];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      // Older shells go, and so does the cache of the last country answer earlier versions kept.
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => (k.startsWith("ruta-shell-") && k !== SHELL) || k === "ruta-data")
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The newest life lines when the server answers (an admin's correction shows at once), the kept copy when not. The
// copy is kept without its query (the reader's language), so it is found whatever the language is now.
async function lifelines(request) {
  const cache = await caches.open(LIFELINES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(LIFELINES_URL, response.clone());
    return response;
  } catch (e) {
    const kept = await cache.match(LIFELINES_URL);
    return kept || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || event.request.method !== "GET") return;
  if (url.pathname === LIFELINES_URL) {
    event.respondWith(lifelines(event.request));
  } else if (!url.pathname.startsWith("/api/")) {
    event.respondWith(
      caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request).catch(() => caches.match("/"))),
    );
  }
});
