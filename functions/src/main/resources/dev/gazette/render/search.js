// The search page's query, run in the reader's browser over the static index the Publisher keeps
// under /search/: the query's words go through the same French analysis as the articles' in
// Java (elisions, stop words, accents folded, light stemming: dev.gazette.publish.related.FrenchText,
// checked word for word by a test), then only the index files of those terms are fetched, newest
// months first, and the articles ranked with BM25 (newer first on ties). Without JavaScript the
// page says so; nothing here ever writes a string from the index as HTML.
(function () {
  'use strict';

  // Lucene's French elided articles and its default French stop words, as FrenchText uses them.
  var ELIDED = ['c', 'd', 'j', 'l', 'lorsqu', 'm', 'n', 'puisqu', 'qu', 'quoiqu', 's', 't', 'jusqu'];
  var STOP = ('ai aie aient aies ait au aurai auraient aurais aurait aurez auriez aurions aurons auront '
    + 'aux avaient avais avait avec avez aviez avons ayant ayez ayons c ce ceci cela celà ces cet cette d '
    + 'dans de des du elle en es et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux '
    + 'eûmes eût eûtes furent fus fusse fussent fusses fussiez fussions fut fûmes fûtes ici il ils j je l '
    + 'la le les leur leurs lui m ma mais me mes moi mon même n ne nos notre nous on ont ou par pas pour qu '
    + 'que quel quelle quelles quels qui s sa sans se sera serai seraient serais serait seras serez seriez '
    + 'serions serons seront ses soi soient sois soit sont soyez soyons suis sur t ta te tes toi ton tu un '
    + 'une vos votre vous y à étaient étais était étant étiez étions étée étées êtes').split(' ');
  var elided = new Set(ELIDED);
  var stop = new Set(STOP);
  // Letters Unicode does not decompose into a base letter and a mark, folded as Lucene's
  // ASCIIFoldingFilter folds them; the rest of the Latin accents go by canonical decomposition.
  var FOLDED = {
    'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'þ': 'th', 'ħ': 'h',
    'ı': 'i', 'ŀ': 'l', 'ŋ': 'n', 'ſ': 's', 'ŧ': 't', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi',
    'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st', '\u2019': '\'', '\u2018': '\'', '\u201b': '\''
  };
  var LETTER = /\p{L}/u;

  function foldLatin(word) {
    var out = '';
    for (var ch of word) {
      if (FOLDED[ch] !== undefined) {
        out += FOLDED[ch];
      } else if (ch.charCodeAt(0) < 0x250 || (ch.charCodeAt(0) >= 0x1e00 && ch.charCodeAt(0) < 0x1f00)) {
        out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      } else {
        out += ch;
      }
    }
    return out;
  }

  // The light stemmer of J. Savoy's UniNE algorithm as Lucene implements it, on folded words
  // (so its rules for accented endings never apply and are left out).
  function stem(word) {
    var s = word.split('');
    function ends(suffix) {
      return s.length >= suffix.length && s.slice(s.length - suffix.length).join('') === suffix;
    }
    function cut(n) {
      s.length -= n;
    }
    function set(fromEnd, letters) {
      for (var i = 0; i < letters.length; i++) {
        s[s.length - fromEnd + i] = letters[i];
      }
    }
    if (s.length > 5 && s[s.length - 1] === 'x') {
      if (s[s.length - 3] === 'a' && s[s.length - 2] === 'u' && s[s.length - 4] !== 'e') {
        s[s.length - 2] = 'l';
      }
      cut(1);
    }
    if (s.length > 3 && s[s.length - 1] === 'x') cut(1);
    if (s.length > 3 && s[s.length - 1] === 's') cut(1);
    var n = s.length;
    if (n > 9 && ends('issement')) { cut(6); set(1, 'r'); return norm(s); }
    if (n > 8 && ends('issant')) { cut(4); set(1, 'r'); return norm(s); }
    if (n > 6 && ends('ement')) {
      cut(4);
      if (s.length > 3 && ends('ive')) { cut(1); set(1, 'f'); }
      return norm(s);
    }
    if (n > 11 && ends('ficatrice')) { cut(5); set(2, 'er'); return norm(s); }
    if (n > 10 && ends('ficateur')) { cut(4); set(2, 'er'); return norm(s); }
    if (n > 9 && ends('catrice')) { cut(3); set(4, 'que'); return norm(s); }
    if (n > 8 && ends('cateur')) { cut(2); set(4, 'quer'); return norm(s); }
    if (n > 8 && ends('atrice')) { cut(4); set(2, 'er'); return norm(s); }
    if (n > 7 && ends('ateur')) { cut(3); set(2, 'er'); return norm(s); }
    if (n > 6 && ends('trice')) { cut(1); set(3, 'eur'); }
    n = s.length;
    if (n > 7 && ends('teuse')) { cut(2); set(1, 'r'); return norm(s); }
    if (n > 6 && ends('teur')) { cut(1); set(1, 'r'); return norm(s); }
    if (n > 5 && ends('euse')) { cut(2); return norm(s); }
    if (n > 7 && ends('ive')) { cut(1); set(1, 'f'); return norm(s); }
    if (n > 4 && (ends('folle') || ends('molle'))) { cut(2); set(1, 'u'); return norm(s); }
    if (n > 9 && ends('nnelle')) { cut(5); return norm(s); }
    if (n > 9 && ends('nnel')) { cut(3); return norm(s); }
    if (n > 8 && ends('ique')) cut(4);
    n = s.length;
    if (n > 8 && ends('esse')) { cut(3); return norm(s); }
    if (n > 7 && ends('inage')) { cut(3); return norm(s); }
    if (n > 9 && ends('isation')) {
      cut(7);
      if (s.length > 5 && ends('ual')) s[s.length - 2] = 'e';
      return norm(s);
    }
    if (n > 9 && ends('isateur')) { cut(7); return norm(s); }
    if (n > 8 && (ends('ation') || ends('ition'))) { cut(5); return norm(s); }
    return norm(s);
  }

  function norm(s) {
    if (s.length > 4) {
      // Doubled letters count once.
      var kept = [s[0]];
      for (var i = 1; i < s.length; i++) {
        if (!(s[i] === kept[kept.length - 1] && LETTER.test(s[i]))) {
          kept.push(s[i]);
        }
      }
      s = kept;
    }
    if (s.length > 4 && s[s.length - 2] === 'i' && s[s.length - 1] === 'e') s.length -= 2;
    if (s.length > 4) {
      if (s[s.length - 1] === 'r') s.length -= 1;
      if (s[s.length - 1] === 'e') s.length -= 1;
      if (s[s.length - 1] === 'e') s.length -= 1;
      if (s[s.length - 1] === s[s.length - 2] && LETTER.test(s[s.length - 1])) s.length -= 1;
    }
    return s.join('');
  }

  function words(text) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      var found = [];
      for (var part of new Intl.Segmenter('fr', {granularity: 'word'}).segment(text)) {
        if (part.isWordLike) {
          found.push(part.segment);
        }
      }
      return found;
    }
    return text.match(/[\p{L}\p{N}]+(?:['\u2019.][\p{L}\p{N}]+)*/gu) || [];
  }

  /** The terms of a text, as FrenchText.terms gives them in Java. */
  function terms(text) {
    if (!text || !text.trim()) {
      return [];
    }
    var plain = text.replace(/\]\([^)]*\)/g, ']').replace(/[*_#>`[\]]/g, ' ');
    var found = [];
    words(plain).forEach(function (word) {
      var apostrophe = word.search(/['\u2019]/);
      if (apostrophe >= 0 && elided.has(word.slice(0, apostrophe).toLowerCase())) {
        word = word.slice(apostrophe + 1);
      }
      word = word.toLowerCase();
      if (!word || stop.has(word)) {
        return;
      }
      var term = stem(foldLatin(word));
      if (term.length >= 2 && LETTER.test(term)) {
        found.push(term);
      }
    });
    return found;
  }

  /** A term as its index files name it (SitePaths.searchTermName). */
  function fileName(term) {
    if (/^[a-z0-9]+$/.test(term)) {
      return term;
    }
    var hex = '';
    new TextEncoder().encode(term).forEach(function (b) {
      hex += (b < 16 ? '0' : '') + b.toString(16);
    });
    return '_' + hex;
  }

  var K1 = 1.2;
  var B = 0.75;
  /** Enough postings of a term to rank from; older months are fetched only until then. */
  var POSTINGS_WANTED = 200;
  var MONTHS_AT_MOST = 12;
  var RESULTS_SHOWN = 10;

  /**
   * Ranks articles for these terms with BM25: {@code index} answers each file's JSON (or null
   * when missing). Resolves to [{id, month, score}], best first, newer first on ties.
   */
  function search(queryTerms, index) {
    var distinct = Array.from(new Set(queryTerms));
    return Promise.all([index('stats.json')].concat(distinct.map(function (term) {
      return index('terms/' + fileName(term) + '.json');
    }))).then(function (found) {
      var total = found[0] && found[0].articles > 0 ? found[0].articles : 1;
      var summaries = found.slice(1);
      var wanted = [];
      summaries.forEach(function (summary, i) {
        if (!summary) {
          return;
        }
        var count = 0;
        summary.months.slice(0, MONTHS_AT_MOST).forEach(function (month) {
          if (count < POSTINGS_WANTED) {
            count += month[1];
            wanted.push({term: i, month: month[0]});
          }
        });
      });
      return Promise.all(wanted.map(function (want) {
        return index('terms/' + fileName(distinct[want.term]) + '/' + want.month + '.json');
      })).then(function (shards) {
        var postings = [];
        shards.forEach(function (shard, i) {
          (shard ? shard.postings : []).forEach(function (posting) {
            postings.push({term: wanted[i].term, month: wanted[i].month, id: posting[0],
              frequency: posting[1], length: Math.pow(2, posting[2] / 4)});
          });
        });
        var averageLength = postings.reduce(function (sum, p) { return sum + p.length; }, 0)
          / Math.max(1, postings.length);
        var scores = new Map();
        postings.forEach(function (p) {
          var df = summaries[p.term].articles;
          var idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
          var tf = p.frequency * (K1 + 1) / (p.frequency + K1 * (1 - B + B * p.length / averageLength));
          var result = scores.get(p.id) || {id: p.id, month: p.month, score: 0};
          result.score += idf * tf;
          scores.set(p.id, result);
        });
        return Array.from(scores.values()).sort(function (a, b) {
          if (Math.abs(b.score - a.score) > 1e-9) return b.score - a.score;
          if (a.month !== b.month) return a.month < b.month ? 1 : -1;
          return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
        });
      });
    });
  }

  var api = {terms: terms, fileName: fileName, search: search};
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }

  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!results || !status || !window.fetch) {
    return;
  }
  var base = results.getAttribute('data-index');
  var query = new URLSearchParams(window.location.search).get('q') || '';
  var input = document.getElementById('q');
  if (input) {
    input.value = query;
  }
  if (!query.trim()) {
    return;
  }
  function fetchJson(name) {
    return fetch(base + name).then(function (response) {
      return response.ok ? response.json() : null;
    }).catch(function () {
      return null;
    });
  }
  // Only the site's own pages: a URL from the index never becomes a javascript: link.
  function safeHref(url) {
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.origin === window.location.origin ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }
  function say(text) {
    status.textContent = text;
  }
  var queryTerms = terms(query);
  if (queryTerms.length === 0) {
    say(results.getAttribute('data-none'));
    return;
  }
  say(results.getAttribute('data-searching'));
  search(queryTerms, fetchJson).then(function (ranked) {
    var top = ranked.slice(0, RESULTS_SHOWN);
    return Promise.all(top.map(function (hit) {
      return fetchJson('docs/' + hit.id + '.json');
    })).then(function (docs) {
      var shown = docs.filter(function (doc) { return doc && safeHref(doc.url); });
      if (shown.length === 0) {
        say(results.getAttribute('data-none'));
        return;
      }
      var heading = document.createElement('h2');
      heading.textContent = results.getAttribute('data-heading');
      var list = document.createElement('ol');
      list.className = 'search-results';
      shown.forEach(function (doc) {
        var item = document.createElement('li');
        item.className = 'teaser';
        var title = document.createElement('h3');
        var link = document.createElement('a');
        link.href = safeHref(doc.url);
        link.textContent = doc.title;
        title.appendChild(link);
        item.appendChild(title);
        var date = document.createElement('time');
        date.dateTime = doc.date;
        date.textContent = doc.dateText;
        var dateline = document.createElement('p');
        dateline.className = 'dateline';
        dateline.appendChild(date);
        item.appendChild(dateline);
        if (doc.excerpt) {
          var excerpt = document.createElement('p');
          excerpt.textContent = doc.excerpt;
          item.appendChild(excerpt);
        }
        list.appendChild(item);
      });
      results.appendChild(heading);
      results.appendChild(list);
      say(results.getAttribute('data-count').replace('{count}', String(shown.length)));
    });
  }).catch(function () {
    say(results.getAttribute('data-failed'));
  });
}());
