/* 长者模式: the reader's text size on <html> before the first paint. See src/components/layout/TextSizeControl.astro. */
(function (root, key) {
  var sizes = ['', 'lg', 'xl'];
  function apply(size) {
    if (size) root.setAttribute('data-text-size', size);
    else root.removeAttribute('data-text-size');
    var choices = document.querySelectorAll('[data-text-size-set]');
    for (var i = 0; i < choices.length; i++) choices[i].setAttribute('aria-pressed', String(choices[i].getAttribute('data-text-size-set') === size));
  }
  function stored() {
    try {
      var size = localStorage.getItem(key);
      return sizes.indexOf(size) > 0 ? size : '';
    } catch (e) {
      return '';
    }
  }
  root.classList.add('js');
  apply(stored());
  document.addEventListener('DOMContentLoaded', function () {
    apply(root.getAttribute('data-text-size') || '');
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-text-size-next],[data-text-size-set]');
    if (!button) return;
    var set = button.getAttribute('data-text-size-set');
    var size = set !== null ? set : sizes[(sizes.indexOf(root.getAttribute('data-text-size') || '') + 1) % sizes.length];
    apply(size);
    try {
      if (size) localStorage.setItem(key, size);
      else localStorage.removeItem(key);
    } catch (e) {}
  });
  // Another tab of the site changed the size.
  addEventListener('storage', function (e) {
    if (e.key === key) apply(sizes.indexOf(e.newValue) > 0 ? e.newValue : '');
  });
})(document.documentElement, 'liangxin-text-size');
