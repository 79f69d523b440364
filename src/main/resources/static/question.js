// Shows the share button where the browser has the Web Share API; the page works without it.
(function () {
  var button = document.getElementById('share');
  if (!button || !navigator.share) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.share({ title: document.title, url: location.href }).catch(function () {});
  });
})();
