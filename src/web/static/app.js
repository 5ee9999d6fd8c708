// Tally's page behaviour (plain JS, no build step): claim → evidence highlighting, map zoom and pan, region select.
'use strict';

(function () {
  // ---- claims: select a figure, highlight and scroll to its evidence in the article text ----
  function highlight(id, scroll) {
    document.querySelectorAll('mark.active').forEach(function (m) {
      m.classList.remove('active');
    });
    document.querySelectorAll('a.claim.selected').forEach(function (a) {
      a.classList.remove('selected');
      a.removeAttribute('aria-current');
    });
    var marks = Array.prototype.filter.call(document.querySelectorAll('mark[data-claims]'), function (m) {
      return m.getAttribute('data-claims').split(' ').indexOf(id) !== -1;
    });
    marks.forEach(function (m) {
      m.classList.add('active');
    });
    document.querySelectorAll('a.claim').forEach(function (a) {
      if (a.getAttribute('data-claim') === id) {
        a.classList.add('selected');
        a.setAttribute('aria-current', 'true');
      }
    });
    var first = marks[0];
    if (first && scroll) {
      first.setAttribute('tabindex', '-1');
      first.scrollIntoView({ block: 'center', behavior: 'auto' });
      first.focus({ preventScroll: true });
    }
    return marks.length;
  }

  document.addEventListener('click', function (ev) {
    var a = ev.target instanceof Element ? ev.target.closest('a.claim[data-claim]') : null;
    if (!a) return;
    var id = a.getAttribute('data-claim');
    if (highlight(id, true) > 0) {
      ev.preventDefault();
      history.replaceState(null, '', '#ev-' + id);
    }
  });

  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (h.indexOf('ev-') === 0) highlight(h.slice(3), true);
  }
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('DOMContentLoaded', fromHash);

  // ---- region select submits itself ----
  document.addEventListener('change', function (ev) {
    var t = ev.target;
    if (t instanceof HTMLSelectElement && t.hasAttribute('data-autosubmit') && t.form) t.form.submit();
  });

  // ---- map: zoom with the buttons or the wheel, pan by dragging; marks keep their size on screen ----
  document.addEventListener('DOMContentLoaded', function () {
    var svg = document.querySelector('svg.map');
    if (!svg) return;
    var W = Number(svg.getAttribute('data-width'));
    var H = Number(svg.getAttribute('data-height'));
    var view = { x: 0, y: 0, k: 1 };
    var initial = svg.getAttribute('viewBox');
    function apply() {
      var w = W / view.k,
        h = H / view.k;
      view.x = Math.max(0, Math.min(W - w, view.x));
      view.y = Math.max(0, Math.min(H - h, view.y));
      svg.setAttribute(
        'viewBox',
        view.k === 1 ? initial : view.x.toFixed(2) + ' ' + view.y.toFixed(2) + ' ' + w.toFixed(2) + ' ' + h.toFixed(2),
      );
      svg.querySelectorAll('circle[data-r]').forEach(function (c) {
        c.setAttribute('r', (Number(c.getAttribute('data-r')) / Math.sqrt(view.k)).toFixed(2));
      });
      svg.setAttribute('data-zoom', view.k.toFixed(2));
    }
    function zoomAt(factor, cx, cy) {
      var k = Math.max(1, Math.min(16, view.k * factor));
      var w = W / view.k,
        h = H / view.k;
      var px = view.x + cx * w,
        py = view.y + cy * h;
      view.k = k;
      view.x = px - cx * (W / k);
      view.y = py - cy * (H / k);
      apply();
    }
    document.querySelectorAll('[data-zoom]').forEach(function (b) {
      if (b === svg) return;
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'in') zoomAt(1.6, 0.5, 0.5);
        else if (z === 'out') zoomAt(1 / 1.6, 0.5, 0.5);
        else {
          view = { x: 0, y: 0, k: 1 };
          apply();
        }
      });
    });
    svg.addEventListener(
      'wheel',
      function (ev) {
        ev.preventDefault();
        var r = svg.getBoundingClientRect();
        zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, (ev.clientX - r.left) / r.width, (ev.clientY - r.top) / r.height);
      },
      { passive: false },
    );
    var drag = null;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.target instanceof Element && ev.target.closest('a')) return;
      drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      view.x = drag.vx - ((ev.clientX - drag.x) / r.width) * (W / view.k);
      view.y = drag.vy - ((ev.clientY - drag.y) / r.height) * (H / view.k);
      apply();
    });
    svg.addEventListener('pointerup', function () {
      drag = null;
    });
    svg.addEventListener('pointercancel', function () {
      drag = null;
    });
  });
})();
