// Replaces the fallback link of an article page's #recommended section with the site-wide picks
// of recommended.json, leaving out the article being read and those its "Aller plus loin" shows
// (data-exclude, space-separated slugs). Without JavaScript, or if the fetch
// fails, the fallback link stays: the page never depends on this script to be read.
(function () {
  'use strict';

  var section = document.getElementById('recommended');
  if (!section || !window.fetch) {
    return;
  }
  var fallback = section.querySelector('.fallback');
  var excluded = (section.getAttribute('data-exclude') || '').split(' ');

  // Only links to web pages: a URL from the JSON never becomes a javascript: link.
  function safeHref(url) {
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // Only the site's own renditions (/media/… on this page's origin): a picks file never makes
  // the page load another server's image or a script URL.
  function safeImage(url) {
    var href = safeHref(url);
    if (!href || href.indexOf(',') >= 0) {
      // A comma would start another srcset candidate.
      return null;
    }
    var parsed = new URL(href);
    return parsed.origin === new URL(document.baseURI).origin
      && parsed.pathname.indexOf('/media/') === 0 ? href : null;
  }

  // The teaser thumbnail as article pages write it, or null when the pick has none we trust.
  function thumbnail(image) {
    var src = image ? safeImage(image.url) : null;
    if (!src) {
      return null;
    }
    var candidates = [];
    (image.srcset || []).forEach(function (candidate) {
      var url = candidate ? safeImage(candidate.url) : null;
      var width = candidate ? Number(candidate.width) : 0;
      if (url && width > 0 && Math.floor(width) === width) {
        candidates.push(url + ' ' + width + 'w');
      }
    });
    var img = document.createElement('img');
    img.className = 'thumbnail';
    img.src = src;
    if (candidates.length > 0) {
      img.srcset = candidates.join(', ');
      img.sizes = typeof image.sizes === 'string' ? image.sizes : '8rem';
    }
    if (image.width > 0 && image.height > 0) {
      img.width = image.width;
      img.height = image.height;
    }
    img.alt = typeof image.alt === 'string' ? image.alt : '';
    img.loading = 'lazy';
    img.decoding = 'async';
    return img;
  }

  // Built with textContent: titles and excerpts stay text, never markup.
  function teaser(pick, href) {
    var article = document.createElement('article');
    article.className = 'teaser';
    var heading = document.createElement('h3');
    var link = document.createElement('a');
    link.href = href;
    link.textContent = pick.title;
    heading.appendChild(link);
    article.appendChild(heading);
    var img = thumbnail(pick.image);
    if (img) {
      article.appendChild(img);
    }
    if (pick.excerpt) {
      var excerpt = document.createElement('p');
      excerpt.textContent = pick.excerpt;
      article.appendChild(excerpt);
    }
    return article;
  }

  fetch(section.getAttribute('data-source'), { credentials: 'omit' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('recommended picks: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var picks = (data && data.articles) || [];
      var list = document.createDocumentFragment();
      picks.forEach(function (pick) {
        var href = pick && typeof pick.title === 'string' ? safeHref(pick.url) : null;
        if (href && excluded.indexOf(pick.slug) < 0) {
          list.appendChild(teaser(pick, href));
        }
      });
      if (list.childNodes.length > 0 && fallback) {
        section.replaceChild(list, fallback);
      }
    })
    .catch(function () {
      // The fallback link is already there.
    });
})();
