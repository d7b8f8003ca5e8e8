// Runs embeds.js over a stand-in DOM: argv[2] the script, argv[3] a JSON list of blocks
// ({src, title, className}). Prints what the page shows before the click and after each click.
'use strict';
const fs = require('fs');
const blocks = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const created = [];

function element(tag) {
  const el = {
    tagName: tag, attributes: {}, children: [], className: '',
    setAttribute(name, value) { this.attributes[name] = String(value); },
    appendChild(child) { this.children.push(child); },
    focus() {}
  };
  created.push(el);
  return el;
}

const parent = { replaced: [], replaceChild(next, old) { this.replaced.push({ next, old }); } };
const stands = blocks.map((block) => {
  const button = { hidden: true, listeners: [], addEventListener(type, fn) { if (type === 'click') this.listeners.push(fn); } };
  return {
    className: block.className, parentNode: parent, button,
    getAttribute(name) { return name === 'data-embed-src' ? block.src : name === 'data-embed-title' ? block.title : null; },
    querySelector(selector) { return selector === 'button.embed-show' ? button : null; }
  };
});
global.document = {
  querySelectorAll(selector) { return selector === '.embed[data-embed-src]' ? stands : []; },
  createElement: element
};

new Function(fs.readFileSync(process.argv[2], 'utf8'))();
const before = { elementsCreated: created.length, buttonsShown: stands.map((s) => !s.button.hidden) };
stands.forEach((s) => s.button.listeners.forEach((fn) => fn()));
const after = parent.replaced.map(({ next, old }) => ({
  block: stands.indexOf(old),
  className: next.className,
  frame: next.children.map((frame) => ({ tag: frame.tagName, src: frame.src, title: frame.title, attributes: frame.attributes }))[0]
}));
console.log(JSON.stringify({ before, after }));
