// Replaces the fallback link of an article page's #recommended section with the site-wide picks
// of recommended.json, leaving out the article being read. Without JavaScript, or if the fetch
// fails, the fallback link stays: the page never depends on this script to be read.
(function () {
  'use strict';

  var section = document.getElementById('recommended');
  if (!section || !window.fetch) {
    return;
  }
  var fallback = section.querySelector('.fallback');
  var current = section.getAttribute('data-exclude');

  // Only links to web pages: a URL from the JSON never becomes a javascript: link.
  function safeHref(url) {
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
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
        if (href && pick.slug !== current) {
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
