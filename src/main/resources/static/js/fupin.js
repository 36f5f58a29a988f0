/*
 * Behaviour every page may use, without inline scripts or event-handler attributes: the Content-Security-Policy
 * runs scripts from this server only (ADR 0027). Handlers listen on the document, so they also serve parts of a page
 * that htmx swaps in later.
 *   <button data-print>                  prints the page
 *   <select data-submit-on-change>       submits its form when another option is chosen
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
