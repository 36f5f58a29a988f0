/*
 * Behaviour every page may use, without inline scripts or event-handler attributes: the Content-Security-Policy
 * runs scripts from this server only (ADR 0027). Handlers listen on the document, so they also serve parts of a page
 * that htmx swaps in later.
 *   <button data-print>                  prints the page
 *   <select data-submit-on-change>       submits its form when another option is chosen
 *   <select data-region-search>          a region picker: a search field above it finds regions of the user's scope by
 *                                        name or code prefix (GET /api/v1/regions/search, in the tree of the page's
 *                                        year) and offers them; clearing the field brings the first list back (#26)
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
