// @ts-check
// The preview's only script (loaded with the page's nonce; nothing from the plan ever runs). It
// receives the report's HTML from the extension, patches what changed in place, keeps the scroll
// position, and turns clicks into messages: jump to the source, open a linked file. Messages
// are checked both ways; src/extension/preview/messages.ts holds the extension's side.
(() => {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('sp-root'));

  /** @typedef {{ planFile?: string, scrollY?: number }} State */
  /** @type {State} */
  let state = readState(vscode.getState());
  let version = -1;
  let restored = false;

  /** @param {unknown} value @returns {State} */
  function readState(value) {
    if (!value || typeof value !== 'object') return {};
    const record = /** @type {Record<string, unknown>} */ (value);
    /** @type {State} */
    const result = {};
    if (typeof record.planFile === 'string') result.planFile = record.planFile;
    if (typeof record.scrollY === 'number' && Number.isFinite(record.scrollY) && record.scrollY >= 0)
      result.scrollY = record.scrollY;
    return result;
  }

  /**
   * @param {unknown} value
   * @returns {value is { type: 'update', version: number, html: string, rootClass: string, accent: string, planFile: string }}
   */
  function isUpdate(value) {
    if (!value || typeof value !== 'object') return false;
    const m = /** @type {Record<string, unknown>} */ (value);
    return (
      m.type === 'update' &&
      typeof m.version === 'number' &&
      Number.isSafeInteger(m.version) &&
      m.version >= 0 &&
      typeof m.html === 'string' &&
      typeof m.rootClass === 'string' &&
      /^[a-z -]*$/.test(m.rootClass) &&
      typeof m.accent === 'string' &&
      /^#[0-9A-Fa-f]{6}$/.test(m.accent) &&
      typeof m.planFile === 'string' &&
      m.planFile.length > 0
    );
  }

  /**
   * Replaces the children of `target` that differ from those of `next`, one level down into the
   * page: an edit to one step replaces that step's section, not the whole report.
   * @param {Element} target @param {Element | DocumentFragment} next @param {number} depth
   */
  function patch(target, next, depth) {
    const before = Array.from(target.children);
    const after = Array.from(next.children);
    if (hasText(target) || hasText(next)) {
      // Text directly inside, beside the elements: nothing to pair up, start afresh.
      target.replaceChildren(...Array.from(next.childNodes));
      return;
    }
    for (let index = 0; index < after.length; index++) {
      const old = before[index];
      const fresh = after[index];
      if (!old) target.appendChild(fresh);
      else if (old.isEqualNode(fresh)) continue;
      else if (
        depth > 0 &&
        old.tagName === fresh.tagName &&
        old.className === fresh.className &&
        old.id === fresh.id &&
        sameAttributes(old, fresh)
      )
        patch(old, fresh, depth - 1);
      else old.replaceWith(fresh);
    }
    for (let index = after.length; index < before.length; index++) before[index].remove();
  }

  /** @param {Node} node */
  function hasText(node) {
    for (const child of Array.from(node.childNodes))
      if (child.nodeType === Node.TEXT_NODE && (child.textContent || '').trim() !== '') return true;
    return false;
  }

  /** @param {Element} a @param {Element} b */
  function sameAttributes(a, b) {
    if (a.attributes.length !== b.attributes.length) return false;
    for (const attribute of Array.from(a.attributes))
      if (b.getAttribute(attribute.name) !== attribute.value) return false;
    return true;
  }

  /**
   * The publishing calendar's bars carry their width in a style attribute, which the page's CSP
   * does not apply: set it through the CSSOM, from a percentage and nothing else.
   */
  function sizeBars() {
    for (const bar of Array.from(root.querySelectorAll('.sp-bar[style]'))) {
      const match = /^\s*width\s*:\s*(\d{1,3}(?:\.\d+)?)%\s*;?\s*$/.exec(bar.getAttribute('style') || '');
      if (match) /** @type {HTMLElement} */ (bar).style.width = `${Math.min(100, Number(match[1]))}%`;
    }
  }

  /** @param {{ version: number, html: string, rootClass: string, accent: string, planFile: string }} message */
  function apply(message) {
    const scrollY = window.scrollY;
    const template = document.createElement('template');
    template.innerHTML = message.html;
    patch(root, template.content, 2);
    root.className = message.rootClass;
    document.documentElement.style.setProperty('--accent', message.accent);
    sizeBars();
    if (!restored) {
      restored = true;
      if (state.planFile === message.planFile && state.scrollY !== undefined) window.scrollTo(0, state.scrollY);
    } else if (window.scrollY !== scrollY) window.scrollTo(0, scrollY);
    version = message.version;
    state = { ...state, planFile: message.planFile, scrollY: window.scrollY };
    vscode.setState(state);
    const title = root.querySelector('h1');
    vscode.postMessage({
      type: 'rendered',
      version: message.version,
      title: title ? (title.textContent || '').trim().slice(0, 1000) : '',
      at: Date.now(),
    });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!isUpdate(message) || message.version <= version) return;
    apply(message);
  });

  let scrollFrame = 0;
  window.addEventListener(
    'scroll',
    () => {
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        state = { ...state, scrollY: window.scrollY };
        vscode.setState(state);
      });
    },
    { passive: true },
  );

  /** A path relative to the document: not a fragment, no scheme, not `//host`. */
  /** @param {string} href */
  function isRelative(href) {
    return href !== '' && !href.startsWith('#') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href) && !/^[\\/]{2}/.test(href);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || event.button !== 0) return;
    const link = target.closest('a[href]');
    if (link) {
      // Fragments and web addresses are VS Code's to handle; a relative link opens the file.
      const href = link.getAttribute('href') || '';
      if (isRelative(href)) {
        event.preventDefault();
        const from = link.closest('[data-sp-path]');
        vscode.postMessage({ type: 'openLink', href, from: from ? from.getAttribute('data-sp-path') || '' : '' });
      }
      return;
    }
    // Selecting text is not asking to jump.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const source = target.closest('[data-sp-path]');
    if (!source) return;
    const file = source.getAttribute('data-sp-path') || '';
    let line = Number(source.getAttribute('data-sp-line'));
    // Inside a Markdown body, the block clicked knows its own line.
    const block = target.closest('[data-line]');
    if (block && source.contains(block)) line = Number(block.getAttribute('data-line'));
    if (file === '' || !Number.isInteger(line) || line < 1) return;
    for (const previous of Array.from(root.querySelectorAll('.sp-revealed'))) previous.classList.remove('sp-revealed');
    (block && source.contains(block) ? block : source).classList.add('sp-revealed');
    vscode.postMessage({ type: 'reveal', file, line });
  });

  vscode.postMessage({ type: 'ready' });
})();
