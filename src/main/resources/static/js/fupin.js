/*
 * Behaviour every page may use, without inline scripts or event-handler attributes: the Content-Security-Policy
 * runs scripts from this server only (ADR 0027). Handlers listen on the document, so they also serve parts of a page
 * that htmx swaps in later.
 *   <button data-print>                  prints the page
 *   <select data-submit-on-change>       submits its form when another option is chosen
 *   <select data-region-search>          a region picker: a search field above it finds regions of the user's scope by
 *                                        name or code prefix (GET /api/v1/regions/search, in the tree of the page's
 *                                        year) and offers them; clearing the field brings the first list back (#26)
 *   <form data-logout data-pending>      first deletes the village's device copy, the offline queue, the cached
 *                                        pages and the service worker (issue #20), then logs out; asks first
 *                                        (data-pending) while offline entries are still waiting to be sent
 */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
  });
  document.addEventListener('change', function (event) {
    var field = event.target;
    if (field instanceof Element && field.matches('[data-submit-on-change]') && field.form) field.form.submit();
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches('[data-logout]')) return;
    event.preventDefault();
    pending().then(function (waiting) {
      if (waiting > 0 && !window.confirm(form.dataset.pending.replace('{0}', waiting))) return;
      clearDevice(form);
    });
  });

  /** How many offline entries are still waiting to be sent (0 when there is no offline data at all). */
  function pending() {
    if (!window.indexedDB || !indexedDB.databases) return Promise.resolve(0);
    return indexedDB.databases().then(function (all) {
      if (!all.some(function (d) { return d.name === 'fupin-field'; })) return 0;
      return new Promise(function (resolve) {
        var open = indexedDB.open('fupin-field');
        open.onerror = function () { resolve(0); };
        open.onsuccess = function () {
          var db = open.result;
          if (!db.objectStoreNames.contains('queue')) { db.close(); resolve(0); return; }
          db.transaction('queue').objectStore('queue').getAll().onsuccess = function (e) {
            db.close();
            resolve(e.target.result.filter(function (x) { return x.state === 'WAITING'; }).length);
          };
        };
      });
    }).catch(function () { return 0; });
  }

  function clearDevice(form) {
    var done = function () { form.submit(); };
    var work = [];
    if (window.indexedDB) {
      work.push(new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase('fupin-field');
        request.onsuccess = request.onerror = request.onblocked = resolve;
      }));
    }
    if (window.caches) {
      work.push(caches.keys().then(function (keys) { return Promise.all(keys.map(function (k) { return caches.delete(k); })); }));
    }
    if (navigator.serviceWorker) {
      work.push(navigator.serviceWorker.getRegistrations().then(function (all) {
        return Promise.all(all.map(function (r) { return r.unregister(); }));
      }));
    }
    // the server's Clear-Site-Data answer clears them too; logging out never waits more than two seconds here
    Promise.race([Promise.all(work), new Promise(function (resolve) { setTimeout(resolve, 2000); })]).then(done, done);
  }
})();

(function () {
  'use strict';
  var year = new URLSearchParams(window.location.search).get('year');

  function attach(select) {
    var original = Array.prototype.slice.call(select.options).map(function (o) { return o.cloneNode(true); });
    var field = document.createElement('input');
    field.type = 'search';
    field.className = 'form-control form-control-sm mb-1 region-search';
    field.maxLength = 60;
    field.setAttribute('aria-label', select.dataset.searchLabel || '');
    field.placeholder = select.dataset.searchLabel || '';
    select.parentNode.insertBefore(field, select);
    var timer = null;
    field.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { search(select, field.value.trim(), original); }, 250);
    });
  }

  function replace(select, options) {
    while (select.options.length) select.remove(0);
    options.forEach(function (o) { select.add(o); });
  }

  function search(select, text, original) {
    if (!text) { replace(select, original.map(function (o) { return o.cloneNode(true); })); return; }
    var url = '/api/v1/regions/search?q=' + encodeURIComponent(text) + (/^\d{4}$/.test(year || '') ? '&year=' + year : '');
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { regions: [] }; })
      .then(function (found) {
        var level = select.dataset.level || '';
        var options = found.regions.filter(function (r) { return !level || r.level === level; }).map(function (r) {
          var option = document.createElement('option');
          option.value = r.code;
          option.textContent = r.name;
          return option;
        });
        if (!options.length) {
          var none = document.createElement('option');
          none.value = '';
          none.disabled = true;
          none.textContent = select.dataset.none || '';
          options = [none];
        }
        replace(select, options);
        if (options[0].value) select.value = options[0].value;
      });
  }

  document.querySelectorAll('select[data-region-search]').forEach(attach);
})();
