// Loads an embedded video or post only when the reader asks: each .embed block of an article
// page names its player in data-embed-src; until its button is pressed, nothing is requested from
// the provider (no thumbnail, no script of theirs). Without JavaScript the button stays hidden and
// the block's plain link to the original remains.
(function () {
  'use strict';

  // The players the site's CSP allows as frames; a block naming anything else stays a link.
  var PLAYERS = [
    'https://www.youtube-nocookie.com/embed/',
    'https://www.dailymotion.com/embed/video/',
    'https://player.vimeo.com/video/',
    'https://platform.twitter.com/embed/Tweet.html?id=',
    'https://www.instagram.com/p/',
    'https://www.tiktok.com/embed/v2/'
  ];

  function allowed(src) {
    for (var i = 0; i < PLAYERS.length; i++) {
      if (src.indexOf(PLAYERS[i]) === 0) {
        return true;
      }
    }
    return false;
  }

  function show(block) {
    var src = block.getAttribute('data-embed-src') || '';
    if (!allowed(src)) {
      return;
    }
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = block.getAttribute('data-embed-title') || '';
    frame.setAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    var holder = document.createElement('div');
    holder.className = block.className.replace(/\bembed\b/, 'embed-frame');
    holder.appendChild(frame);
    block.parentNode.replaceChild(holder, block);
    frame.focus();
  }

  var blocks = document.querySelectorAll('.embed[data-embed-src]');
  Array.prototype.forEach.call(blocks, function (block) {
    var button = block.querySelector('button.embed-show');
    if (!button || !allowed(block.getAttribute('data-embed-src') || '')) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      show(block);
    });
  });
})();
