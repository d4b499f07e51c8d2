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
  /** @typedef {{ type: 'update', version: number, html: string, rootClass: string, lang: string, colours: Record<string, string>, planFile: string }} Update */
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
   * @returns {value is Update}
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
      typeof m.lang === 'string' &&
      /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(m.lang) &&
      isColours(m.colours) &&
      typeof m.planFile === 'string' &&
      m.planFile.length > 0
    );
  }

  /** @param {unknown} value @returns {value is Record<string, string>} */
  function isColours(value) {
    if (!value || typeof value !== 'object') return false;
    return Object.entries(value).every(
      ([name, colour]) =>
        /^[a-z][a-z-]{0,40}$/.test(name) && typeof colour === 'string' && /^#[0-9A-Fa-f]{6}$/.test(colour),
    );
  }

  /**
   * What leads to the source, made reachable with Tab and operable with Enter or Space: the rows,
   * terms and timeline entries themselves; a section, step or cover by its heading; a Markdown
   * body by each of its blocks. Marked in the fresh content before it is patched in, so an
   * unchanged part stays equal to what the page holds.
   * @param {DocumentFragment} content
   */
  function markTargets(content) {
    for (const source of Array.from(content.querySelectorAll('[data-sp-path]'))) {
      let handles = [source];
      if (source.matches('section, article, header'))
        handles = Array.from(source.querySelectorAll(':scope > h2.sp-title, :scope > .sp-step-head, h1')).slice(0, 1);
      else if (source.matches('.sp-body')) handles = Array.from(source.querySelectorAll(':scope > [data-line]'));
      for (const handle of handles.length > 0 ? handles : [source]) {
        handle.setAttribute('tabindex', '0');
        handle.setAttribute('data-sp-target', '');
      }
    }
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

  /** @param {Update} message */
  function apply(message) {
    const scrollY = window.scrollY;
    const otherPlan = restored && state.planFile !== message.planFile;
    const template = document.createElement('template');
    template.innerHTML = message.html;
    markTargets(template.content);
    patch(root, template.content, 2);
    root.className = message.rootClass;
    // The report's language, not the editor's: a French plan reads as French.
    document.documentElement.lang = message.lang;
    // The agency colour for each theme; preview.css picks the set of the current theme.
    for (const [name, colour] of Object.entries(message.colours))
      document.documentElement.style.setProperty(`--sp-${name}`, colour);
    sizeBars();
    if (!restored) {
      restored = true;
      if (state.planFile === message.planFile && state.scrollY !== undefined) window.scrollTo(0, state.scrollY);
    } else if (otherPlan) window.scrollTo(0, 0);
    else if (window.scrollY !== scrollY) window.scrollTo(0, scrollY);
    version = message.version;
    state = { ...state, planFile: message.planFile, scrollY: window.scrollY };
    vscode.setState(state);
    const title = root.querySelector('h1');
    vscode.postMessage({
      type: 'rendered',
      version: message.version,
      title: title ? (title.textContent || '').trim().slice(0, 1000) : '',
      lang: document.documentElement.lang,
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
    reveal(target);
  });

  // The keyboard's click: Enter or Space on a focused target (a link keeps its own Enter).
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !target.hasAttribute('data-sp-target')) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    reveal(target);
  });

  /** Asks the extension to open the source of what `target` is part of. @param {Element} target */
  function reveal(target) {
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
  }

  vscode.postMessage({ type: 'ready' });
})();
