/*
 * The village cadre's phone (issue #20, ADR 0038), loaded by the cadre's home and the offline page only.
 *   - registers the service worker (/sw.js), which keeps the offline page and the static files;
 *   - on the home (#device-copy), saves the device copy of the user's village in IndexedDB;
 *   - on the offline page (#field-app), fills the forms from the device copy, queues each entry with its own
 *     idempotency key, and sends the queue when there is a connection (each entry once: the server keeps the answer
 *     per key). A refused entry stays, with its reason, until the user discards it. Each entry carries the user
 *     whose copy it was made from and is sent only with that user's session (a session that expired offline, then a
 *     colleague logging in on the same phone, must not send it under the colleague's name).
 * The copy expires after the days the server set; logging out deletes it (fupin.js, and Clear-Site-Data). A visit
 * may carry a photo, compressed here to a JPEG of at most 1280 px, and the phone's location.
 */
(function () {
  'use strict';
  var DB = 'fupin-field';
  var meta = document.querySelector('meta[name="fupin-field"]');
  if (!meta || !window.indexedDB) return;
  var urls = { worker: meta.dataset.worker, session: meta.dataset.session, entries: meta.dataset.entries };

  if ('serviceWorker' in navigator) navigator.serviceWorker.register(urls.worker).catch(function () {});

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('copy', { keyPath: 'id' });
        request.result.createObjectStore('queue', { keyPath: 'key' });
      };
      request.onsuccess = function () {
        var db = request.result;
        db.onversionchange = function () { db.close(); };
        resolve(db);
      };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(name, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode);
        var result = work(tx.objectStore(name));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function getCopy() { return store('copy', 'readonly', function (s) { return s.get('village'); }); }
  function queue() { return store('queue', 'readonly', function (s) { return s.getAll(); }); }
  function put(entry) { return store('queue', 'readwrite', function (s) { s.put(entry); }); }
  function drop(key) { return store('queue', 'readwrite', function (s) { s.delete(key); }); }

  /** The copy while it is valid; an expired one is deleted (answers null and the days it was valid). */
  function validCopy() {
    return getCopy().then(function (saved) {
      if (!saved) return { copy: null };
      var days = saved.data.expiresAfterDays;
      if (Date.now() - saved.savedAt > days * 86400000) {
        return store('copy', 'readwrite', function (s) { s.delete('village'); }).then(function () {
          return { copy: null, expiredDays: days };
        });
      }
      return { copy: saved.data, owner: saved.owner };
    });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /** Sends every waiting entry once; stops at the first network failure (they stay waiting). */
  var sending = null;
  function send() {
    if (sending) return sending;
    sending = queue().then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'WAITING'; });
      if (!waiting.length || !navigator.onLine) return;
      return fetch(urls.session, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) throw new Error('session'); return r.json(); })
        .then(function (session) {
          // only the entries of the user logged in now; another user's wait for their own session
          return waiting.filter(function (e) { return e.owner === session.username; }).reduce(function (done, entry) {
            return done.then(function () { return sendOne(entry, session); });
          }, Promise.resolve());
        });
    }).catch(function () {}).then(function () {
      sending = null;
      return render();
    }).then(function () {
      if (app) app.dataset.sends = String(Number(app.dataset.sends || 0) + 1);
    });
    return sending;
  }

  function sendOne(entry, session) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[session.csrfHeader] = session.csrfToken;
    return fetch(urls.entries, { method: 'POST', credentials: 'same-origin', headers: headers,
                                 body: JSON.stringify(entry.body) })
      .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
      .then(function (answer) {
        entry.state = answer.status === 'SAVED' ? 'SAVED' : 'REFUSED';
        entry.reasons = answer.reasons || [];
        return put(entry);
      });
  }

  // ---- a visit's photo (compressed here, on the phone) and location, on the phone form and the offline form ----
  var PHOTO_MAX = 380000;
  function compress(file) {
    return createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, 1280 / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      var quality = 0.7;
      var url = canvas.toDataURL('image/jpeg', quality);
      while (url.length > PHOTO_MAX && quality > 0.25) { quality -= 0.15; url = canvas.toDataURL('image/jpeg', quality); }
      return url;
    });
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches('[data-photo-target]') || !input.files.length) return;
    compress(input.files[0]).then(function (url) {
      document.getElementById(input.dataset.photoTarget).value = url;
      var preview = document.getElementById(input.dataset.photoPreview);
      preview.src = url;
      preview.classList.remove('d-none');
      var note = document.getElementById(input.dataset.photoNote);
      note.textContent = note.dataset.text.replace('{0}', Math.round(url.length * 3 / 4 / 1024));
    });
  });
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-locate]');
    if (!button || !navigator.geolocation) return;
    var prefix = button.dataset.locate;
    var note = document.getElementById(button.dataset.locateNote);
    navigator.geolocation.getCurrentPosition(function (position) {
      var lat = position.coords.latitude.toFixed(6);
      var lng = position.coords.longitude.toFixed(6);
      document.getElementById(prefix + '-latitude').value = lat;
      document.getElementById(prefix + '-longitude').value = lng;
      note.textContent = note.dataset.taken.replace('{0}', lat).replace('{1}', lng);
      note.dataset.ready = 'true';
    }, function () { note.textContent = note.dataset.failed; }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });

  // ---- the cadre's home: save the device copy ----
  var status = document.getElementById('device-copy');
  if (status) {
    var json = function (url) {
      return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) throw new Error('copy'); return r.json(); });
    };
    Promise.all([json(status.dataset.url), json(urls.session)])
      .then(function (answers) {
        var copy = answers[0];
        return store('copy', 'readwrite', function (s) {
          s.put({ id: 'village', savedAt: Date.now(), owner: answers[1].username, data: copy });
        })
          .then(function () {
            // entries already sent are no longer needed once the copy is fresh
            return queue().then(function (entries) {
              return Promise.all(entries.filter(function (e) { return e.state === 'SAVED'; })
                .map(function (e) { return drop(e.key); }));
            });
          })
          .then(function () {
            status.textContent = status.dataset.saved.replace('{0}', copy.households.length)
              .replace('{1}', copy.madeAt.substring(0, 16).replace('T', ' '));
            status.dataset.ready = 'true';
          });
      })
      .then(send)
      .catch(function () {});
  }

  // ---- the offline page ----
  var app = document.getElementById('field-app');
  var copy = null;
  var owner = null;
  function $(id) { return document.getElementById(id); }

  function option(select, value, text, selected) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    if (selected) o.selected = true;
    select.appendChild(o);
  }

  function household(id) {
    return copy.households.filter(function (h) { return String(h.id) === String(id); })[0];
  }

  function showHousehold() {
    var h = household($('app-household').value);
    var members = $('app-members');
    members.textContent = '';
    var cadre = $('app-cadre');
    cadre.textContent = '';
    if (!h) return;
    h.people.forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.name + ' · ' + (p.relationship || '') + ' · ' + (p.idNumberMasked || '—');
      members.appendChild(li);
    });
    // the current user first, else the household's paired cadre
    var chosen = copy.cadres.some(function (c) { return c.id === copy.myCadreId; }) ? copy.myCadreId : h.pairedCadreId;
    copy.cadres.forEach(function (c) { option(cadre, c.id, c.name + '（' + c.unitName + '）', c.id === chosen); });
  }

  function showKind() {
    var kind = $('app-kind').value;
    app.querySelectorAll('fieldset[data-kind]').forEach(function (f) {
      f.classList.toggle('d-none', f.dataset.kind.split(' ').indexOf(kind) < 0);
    });
  }

  function render() {
    if (!app) return Promise.resolve();
    var connection = $('connection');
    connection.textContent = navigator.onLine ? connection.dataset.online : connection.dataset.offline;
    return queue().then(function (entries) {
      var list = $('queue');
      list.textContent = '';
      $('queue-empty').classList.toggle('d-none', entries.length > 0);
      entries.sort(function (a, b) { return a.madeAt - b.madeAt; }).forEach(function (e) {
        var li = document.createElement('li');
        li.className = 'list-group-item queue-entry';
        li.dataset.key = e.key;
        li.dataset.state = e.state;
        var title = document.createElement('div');
        title.className = 'fw-bold';
        title.textContent = app.dataset['kind' + e.body.kind.charAt(0) + e.body.kind.slice(1).toLowerCase()]
          + ' · ' + e.label + ' · ' + e.body.date;
        var state = document.createElement('div');
        state.className = 'entry-state ' + (e.state === 'REFUSED' ? 'text-danger' : 'text-muted');
        state.textContent = app.dataset['state' + e.state.charAt(0) + e.state.slice(1).toLowerCase()];
        var what = document.createElement('div');
        what.textContent = e.body.content || e.body.name || e.body.detail || '';
        li.appendChild(title);
        li.appendChild(what);
        li.appendChild(state);
        (e.reasons || []).forEach(function (r) {
          var reason = document.createElement('div');
          reason.className = 'entry-reason text-danger';
          reason.textContent = r;
          li.appendChild(reason);
        });
        if (e.state === 'REFUSED') {
          var discard = document.createElement('button');
          discard.type = 'button';
          discard.className = 'btn btn-outline-danger mt-2';
          discard.dataset.discard = e.key;
          discard.textContent = app.dataset.discard;
          li.appendChild(discard);
        }
        list.appendChild(li);
      });
    });
  }

  function save(event) {
    event.preventDefault();
    var h = household($('app-household').value);
    var kind = $('app-kind').value;
    var body = { key: newKey(), kind: kind, householdId: h ? h.id : 0, date: $('app-date').value };
    if (kind === 'VISIT') {
      body.cadreId = Number($('app-cadre').value);
      body.content = $('app-content').value.trim();
      body.photo = $('app-photo').value || null;
      body.latitude = $('app-latitude').value || null;
      body.longitude = $('app-longitude').value || null;
    }
    if (kind === 'CLUE') { body.riskType = $('app-risk').value; body.detail = $('app-detail').value.trim(); }
    if (kind === 'MEASURE') {
      body.category = $('app-category').value; body.name = $('app-name').value.trim();
      body.amount = $('app-amount').value.trim() || '0'; body.measureStatus = $('app-status').value;
      body.detail = $('app-detail').value.trim();
    }
    var incomplete = !h || !body.date || (kind === 'VISIT' && !body.content) || (kind === 'MEASURE' && !body.name);
    $('app-error').classList.toggle('d-none', !incomplete);
    $('app-saved').classList.add('d-none');
    if (incomplete) return;
    put({ key: body.key, owner: owner, state: 'WAITING', madeAt: Date.now(), label: h.headName + '（' + h.number + '）', body: body })
      .then(function () {
        ['app-content', 'app-detail', 'app-name', 'app-amount', 'app-photo', 'app-photo-file', 'app-latitude',
          'app-longitude'].forEach(function (id) { $(id).value = ''; });
        $('app-photo-preview').classList.add('d-none');
        ['app-photo-note', 'app-place-note'].forEach(function (id) { $(id).textContent = ''; });
        $('app-saved').classList.remove('d-none');
        render();
        return send();
      });
  }

  /**
   * Online, a copy made for another user than the one logged in now (a session that ended without a logout, then
   * someone else logged in on the phone) is deleted unread; offline it cannot be told and is shown.
   */
  function ownCopy(found) {
    if (!found.copy || !navigator.onLine) return found;
    return fetch(urls.session, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (session) {
        if (!session || session.username === found.owner) return found;
        return store('copy', 'readwrite', function (s) { s.delete('village'); }).then(function () { return { copy: null }; });
      }, function () { return found; });
  }

  if (app) {
    validCopy().then(ownCopy).then(function (found) {
      copy = found.copy;
      owner = found.owner;
      if (!copy) {
        var none = $('no-copy');
        if (found.expiredDays) none.textContent = app.dataset.expired.replace('{0}', found.expiredDays);
        none.classList.remove('d-none');
        return;
      }
      $('app-village').textContent = copy.villageName;
      copy.households.forEach(function (h) { option($('app-household'), h.id, h.number + ' ' + h.headName, false); });
      copy.codes.riskTypes.forEach(function (c) { option($('app-risk'), c.code, c.label, false); });
      copy.codes.measureCategories.forEach(function (c) { option($('app-category'), c.code, c.label, false); });
      copy.codes.measureStatuses.forEach(function (c) { option($('app-status'), c.code, c.label, false); });
      var today = new Date();
      $('app-date').value = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
      $('entry-form').classList.remove('d-none');
      app.dataset.ready = 'true';
    });
    $('app-household').addEventListener('change', showHousehold);
    $('app-kind').addEventListener('change', showKind);
    $('entry-form').addEventListener('submit', save);
    $('send-now').addEventListener('click', send);
    $('queue').addEventListener('click', function (event) {
      var button = event.target instanceof Element && event.target.closest('[data-discard]');
      if (button) drop(button.dataset.discard).then(render);
    });
    window.addEventListener('online', send);
    window.addEventListener('offline', render);
    render();
    send();
  }
})();
