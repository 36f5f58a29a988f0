/*
 * Fupin's service worker (issue #20, ADR 0038). It keeps the offline page and the static files it needs, and serves
 * them when the network fails; it never touches /api (the page's own requests fail offline and are queued) and keeps
 * no data: the village's device copy lives in IndexedDB, written by field.js. Served from the root so that its scope
 * covers every page.
 */
'use strict';
var CACHE = 'fupin-field-v1';
var OFFLINE_PAGE = '/field/app';
var SHELL = [OFFLINE_PAGE, '/css/fupin.css', '/js/fupin.js', '/js/field.js', '/manifest.json',
  '/webjars/bootstrap/css/bootstrap.min.css', '/webjars/bootstrap/js/bootstrap.bundle.min.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) return;
  if (request.mode === 'navigate') {
    // online: the page itself; offline: the offline page
    event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE_PAGE); }));
  } else if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () { return caches.match(request, { ignoreSearch: true }); }));
  }
});
