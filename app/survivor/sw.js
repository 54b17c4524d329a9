// Ruta's service worker. The app shell works with no connection, and so do the emergency numbers and national
// hotlines of the last country viewed (their tel: links need no data). Searches and service records are never
// stored. Everything here is removed by the app's "clear this device" control.
const SHELL = "ruta-shell-__RUTA_VERSION__";
const DATA = "ruta-data";
const FILES = [__RUTA_SHELL__];
// A resource only this worker answers: the last country answer it kept (404 when none). It never reaches the server.
const LAST_COUNTRY = "/offline/country.json";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ruta-shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function lastCountry() {
  const cache = await caches.open(DATA);
  const keys = await cache.keys();
  const hit = keys.length ? await cache.match(keys[0]) : undefined;
  return hit || new Response('{"error":{"code":"not_found","message":"no country kept"}}', {
    status: 404,
    headers: { "content-type": "application/json" },
  });
}

async function country(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(DATA);
      for (const key of await cache.keys()) await cache.delete(key);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (e) {
    return lastCountry();
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || event.request.method !== "GET") return;
  if (url.pathname === LAST_COUNTRY) {
    event.respondWith(lastCountry());
  } else if (url.pathname.startsWith("/api/v1/countries/")) {
    event.respondWith(country(event.request));
  } else if (!url.pathname.startsWith("/api/")) {
    event.respondWith(
      caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request).catch(() => caches.match("/"))),
    );
  }
});
