// Draws the journey flowchart in the webview with the bundled Mermaid (media/mermaid.min.js).
// Loaded with the page's nonce; talks to the extension only through postMessage.
// @ts-check
/* global mermaid, acquireVsCodeApi */
(function () {
  'use strict';
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: function () {} };
  const sourceEl = /** @type {HTMLElement} */ (document.getElementById('source'));
  const diagram = /** @type {HTMLElement} */ (document.getElementById('diagram'));
  const error = /** @type {HTMLElement} */ (document.getElementById('error'));
  const source = sourceEl.textContent || '';

  const classes = document.body.classList;
  const dark =
    classes.contains('vscode-dark') ||
    (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light'));

  function showError(message) {
    error.hidden = false;
    error.textContent = message;
    sourceEl.hidden = false;
    document.body.setAttribute('data-state', 'error');
  }

  if (typeof mermaid === 'undefined') {
    showError('The Mermaid renderer (media/mermaid.min.js) could not be loaded.');
  } else {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
    mermaid
      .render('lifecycle-flowchart-svg', source)
      .then(function (result) {
        diagram.innerHTML = result.svg;
        document.body.setAttribute('data-state', 'rendered');
      })
      .catch(function (e) {
        showError('Mermaid could not draw this flowchart: ' + (e && e.message ? e.message : String(e)));
      });
  }

  function on(id, handler) {
    const el = document.getElementById(id);
    if (el) el.addEventListener('click', handler);
  }
  on('refresh', function () {
    vscode.postMessage({ command: 'refresh' });
  });
  on('copy', function () {
    vscode.postMessage({ command: 'copy', text: source });
  });
  on('toggle-source', function () {
    sourceEl.hidden = !sourceEl.hidden;
  });
})();
