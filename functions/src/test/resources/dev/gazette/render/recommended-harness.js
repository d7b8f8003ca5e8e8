// Runs recommended.js against a small stand-in of the page's DOM: node harness.js script.js picks.json
// [data-exclude] prints the teasers the script put in place of the fallback link, as JSON.
'use strict';
const fs = require('fs');
const [scriptFile, picksFile, exclude = 'la-page-lue'] = process.argv.slice(2);

function element(tag) {
  return {
    tagName: tag, className: '', textContent: '', attributes: {}, childNodes: [],
    appendChild(child) { this.childNodes.push(child); return child; },
    getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; },
    querySelector(selector) { return this.childNodes.find(c => '.' + c.className === selector) || null; },
    replaceChild(replacement, old) {
      const i = this.childNodes.indexOf(old);
      this.childNodes.splice(i, 1, ...(replacement.fragment ? replacement.childNodes : [replacement]));
    },
  };
}
const section = element('section');
section.attributes = { 'data-source': '/recommended.json', 'data-exclude': exclude };
const fallback = section.appendChild(element('p'));
fallback.className = 'fallback';

global.document = {
  baseURI: 'https://news.example.org/articles/la-page-lue/',
  getElementById: id => (id === 'recommended' ? section : null),
  createElement: element,
  createDocumentFragment: () => Object.assign(element('#fragment'), { fragment: true }),
};
global.fetch = () => Promise.resolve({ ok: true, json: () => Promise.resolve(JSON.parse(fs.readFileSync(picksFile, 'utf8'))) });
global.window = { fetch: global.fetch };

eval(fs.readFileSync(scriptFile, 'utf8'));
setTimeout(() => {
  const teasers = section.childNodes.filter(c => c.className === 'teaser').map(article => {
    const link = article.childNodes[0].childNodes[0];
    const img = article.childNodes.find(c => c.tagName === 'img');
    return {
      title: link.textContent, href: link.href,
      img: img ? { className: img.className, src: img.src, srcset: img.srcset || null, sizes: img.sizes || null,
        width: img.width || null, height: img.height || null, alt: img.alt, loading: img.loading } : null,
    };
  });
  console.log(JSON.stringify(teasers));
}, 100);
