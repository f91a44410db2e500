// Pasting from Microsoft Word into a rich text field of the page editor (Draftail, Draft.js 0.10).
//
// Draft.js turns pasted HTML into blocks, then Draftail drops every block type the field does not
// allow (draftjs-filters): Word's Heading 1/2 arrive as <h1>/<h2>, which an article body (h3, h4
// only) turns into plain paragraphs, and a table comes out as one paragraph per cell. So this
// listener runs before React sees the paste, rewrites Word's HTML, and hands the result back to
// Draft.js as a new paste event (a ClipboardEvent carrying a DataTransfer of our own): Draft.js
// then does its usual conversion, filtering, links and undo on HTML it can keep.
//
// - Headings: Word's levels are moved onto the heading levels the field allows (h3/h4 in an
//   article: Heading 1 and 2 become h3, Heading 3 and deeper h4).
// - Tables: when the field is a block of a StreamField that has a table block, each table becomes
//   a table block at that place, the way Wagtail's "split block" command does it: the rich text
//   block is split at the caret, the table block goes in between, and the text that followed the
//   table in Word is pasted at the start of the second half. Anywhere else, tables are left to
//   Draft.js.
//
// Nothing here is Wagtail's documented API except window.wagtailStreamField.blocks: the StreamField
// root block attached to its element (`rootBlock`), its `children`, `insert()` and `splitBlock()`,
// `window.draftail.splitState`, the `draftailEditor` reference on the hidden input and the
// "wagtail.widgets.TableInput" telepath name are Wagtail 8 internals. When one of them is missing
// the paste is left to Draft.js, as before this script.
(() => {
  'use strict';

  const OUR_PASTES = new WeakSet();
  const HEADING_TYPES = ['header-one', 'header-two', 'header-three', 'header-four', 'header-five', 'header-six'];
  // Word's first three levels are what editors use; spread over fewer levels, the top ones merge.
  const WORD_LEVELS_SPREAD = 3;
  const BLOCK_TAGS = /^(P|DIV|LI|UL|OL|H[1-6]|TABLE|TR|BLOCKQUOTE|PRE)$/;

  window.addEventListener('paste', onPaste, true);

  function onPaste(event) {
    if (OUR_PASTES.has(event) || event.defaultPrevented || !event.clipboardData) return;
    const target = event.target instanceof Element ? event.target : event.target?.parentElement;
    const content = target?.closest('.public-DraftEditor-content');
    const wrapper = content?.closest('[data-draftail-editor-wrapper]');
    const input = wrapper && [...wrapper.parentElement.children].find((element) => element.draftailEditor);
    const html = event.clipboardData.getData('text/html');
    if (!input || !html) return;

    const doc = new DOMParser().parseFromString(html, 'text/html');
    const fromWord = isFromWord(html);
    const headingsChanged = fromWord && rewriteHeadings(doc, allowedHeadingTypes(input.draftailEditor));
    const tables = topLevelTables(doc.body);
    const place = tables.length ? tablePlace(input, tables.length) : null;
    if (!headingsChanged && !place) return;

    // Draft.js and React must not see Word's own HTML.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!place) {
      pasteInto(content, doc.body.innerHTML, event.clipboardData.getData('text/plain'));
      return;
    }
    pasteWithTables(content, place, splitAtTables(doc.body)).catch((error) => {
      console.error('word-paste: the table could not be made into a table block', error);
    });
  }

  function isFromWord(html) {
    return /urn:schemas-microsoft-com:office:(office|word)|content=["']?Word\.Document|class=["']?Mso/i.test(html);
  }

  // ---- Headings -----------------------------------------------------------------------------

  function allowedHeadingTypes(editor) {
    const enabled = new Set((editor?.props?.blockTypes || []).map((blockType) => blockType.type));
    return HEADING_TYPES.filter((type) => enabled.has(type));
  }

  function rewriteHeadings(doc, allowed) {
    if (!allowed.length) return false;
    const merged = Math.max(0, WORD_LEVELS_SPREAD - allowed.length);
    const classLevels = outlineLevelsOfClasses(doc);
    let changed = false;
    for (const element of doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div')) {
      const level = wordHeadingLevel(element, classLevels);
      if (!level) continue;
      const index = Math.min(Math.max(level - 1 - merged, 0), allowed.length - 1);
      const tag = `h${HEADING_TYPES.indexOf(allowed[index]) + 1}`;
      if (element.localName === tag) continue;
      const heading = doc.createElement(tag);
      heading.append(...element.childNodes);
      element.replaceWith(heading);
      changed = true;
    }
    return changed;
  }

  // Word writes built-in headings as <h1>…<h6>; "Title", older "MsoHeadingN" classes and paragraphs
  // given an outline level (directly or through a style of the document) come as <p>.
  function wordHeadingLevel(element, classLevels) {
    const tag = /^h([1-6])$/.exec(element.localName);
    if (tag) return Number(tag[1]);
    if (element.closest('table')) return 0;
    const classes = [...element.classList];
    for (const name of classes) {
      const numbered = /^MsoHeading([1-9])$/i.exec(name);
      if (numbered) return Number(numbered[1]);
      if (/^MsoTitle$/i.test(name)) return 1;
    }
    const outline = /(?:^|;)\s*mso-outline-level\s*:\s*([1-9])/i.exec(element.getAttribute('style') || '');
    if (outline) return Number(outline[1]);
    for (const name of classes) {
      if (classLevels.has(name)) return classLevels.get(name);
    }
    return 0;
  }

  // Word's <style>: "p.Tieude1, li.Tieude1, div.Tieude1 {mso-style-name:…; mso-outline-level:1; …}".
  function outlineLevelsOfClasses(doc) {
    const levels = new Map();
    for (const style of doc.querySelectorAll('style')) {
      for (const [, selectors, body] of style.textContent.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const outline = /mso-outline-level\s*:\s*([1-9])/i.exec(body);
        if (!outline) continue;
        for (const selector of selectors.split(',')) {
          const byClass = /^\s*(?:p|div|li)\.([\w-]+)\s*$/i.exec(selector);
          if (byClass) levels.set(byClass[1], Number(outline[1]));
        }
      }
    }
    return levels;
  }

  // ---- Tables -------------------------------------------------------------------------------

  function topLevelTables(root) {
    return [...root.querySelectorAll('table')].filter((table) => !table.parentElement.closest('table'));
  }

  // The pasted nodes cut at each table: [{html, text}, {table}, {html, text}, …]. Wrappers around a
  // table (Word's <div class=WordSection1>, <div align=center>) are dropped, their other content kept.
  function splitAtTables(body) {
    const parts = [];
    let current = body.ownerDocument.createElement('div');
    const flush = () => {
      parts.push(htmlPart(current));
      current = body.ownerDocument.createElement('div');
    };
    const walk = (node) => {
      for (const child of [...node.childNodes]) {
        if (child.nodeType !== Node.ELEMENT_NODE) {
          current.append(child);
        } else if (child.localName === 'table') {
          flush();
          parts.push({ table: tableValue(child) });
        } else if (child.querySelector('table')) {
          walk(child);
        } else {
          current.append(child);
        }
      }
    };
    walk(body);
    flush();
    return parts;
  }

  function htmlPart(container) {
    const text = container.textContent.replace(/\s+/g, ' ').trim();
    return { html: container.innerHTML, text, blank: !text };
  }

  // The table block's value (wagtail.contrib.table_block): merged cells are spread into empty cells,
  // each cell keeps its text, one line per paragraph.
  function tableValue(table) {
    const rows = [...table.rows];
    const grid = rows.map(() => []);
    rows.forEach((row, r) => {
      let c = 0;
      for (const cell of row.cells) {
        while (grid[r][c] !== undefined) c += 1;
        const colSpan = Math.max(1, cell.colSpan || 1);
        const rowSpan = Math.max(1, cell.rowSpan || 1);
        for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr += 1) {
          for (let dc = 0; dc < colSpan; dc += 1) grid[r + dr][c + dc] = null;
        }
        grid[r][c] = cellText(cell);
        c += colSpan;
      }
    });
    const width = Math.max(1, ...grid.map((row) => row.length));
    const data = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    const header = rows.length > 0 && isHeaderRow(rows[0]);
    return {
      data: data.length ? data : [[null]],
      cell: [],
      mergeCells: [],
      first_row_is_table_header: header,
      first_col_is_header: false,
      // Without a header row the choice stays the editor's to make, as for a new table block.
      table_header_choice: header ? 'row' : '',
      table_caption: table.caption ? table.caption.textContent.replace(/\s+/g, ' ').trim() : '',
    };
  }

  function cellText(cell) {
    const lines = [];
    let line = '';
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          line += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE && child.localName === 'br') {
          lines.push(line);
          line = '';
        } else if (child.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.test(child.tagName)) {
          lines.push(line);
          line = '';
          walk(child);
          lines.push(line);
          line = '';
        } else if (child.nodeType === Node.ELEMENT_NODE && !/^(style|script)$/.test(child.localName)) {
          walk(child);
        }
      }
    };
    walk(cell);
    lines.push(line);
    const text = lines.map((each) => each.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    return text || null;
  }

  // Word marks a header row in a <thead>, with <th>, or, for a table style's header row, with
  // mso-yfti-irow:-1 / mso-yfti-lastfirstrow; most documents just make the first row bold.
  function isHeaderRow(row) {
    const style = row.getAttribute('style') || '';
    if (row.parentElement.localName === 'thead' || /mso-yfti-(irow\s*:\s*-1|lastfirstrow\s*:\s*yes)/i.test(style)) {
      return true;
    }
    const cells = [...row.cells];
    if (cells.every((cell) => cell.localName === 'th')) return true;
    const filled = cells.filter((cell) => cell.textContent.trim());
    return filled.length > 0 && filled.every(isBold);
  }

  function isBold(cell) {
    const texts = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      if (texts.currentNode.data.trim() && !hasBoldAncestor(texts.currentNode.parentElement, cell)) return false;
    }
    return true;
  }

  function hasBoldAncestor(element, cell) {
    for (let node = element; node && node !== cell.parentElement; node = node.parentElement) {
      if (/^(b|strong|th)$/.test(node.localName)) return true;
      // Anchored: Word writes <b style='mso-bidi-font-weight:normal'> around bold text.
      if (/(?:^|;)\s*font-weight\s*:\s*(bold|[6-9]00)/i.test(node.getAttribute('style') || '')) return true;
    }
    return false;
  }

  // ---- StreamField ----------------------------------------------------------------------------

  // Where tables can become blocks: the StreamBlock whose child is this rich text field, the name of
  // its table block type, and room for the blocks (max_num of the stream and of each type).
  function tablePlace(input, tableCount) {
    const { StreamBlock } = window.wagtailStreamField?.blocks || {};
    const TableInput = window.telepath?.constructors?.['wagtail.widgets.TableInput'];
    if (!StreamBlock || !TableInput || typeof window.draftail?.splitState !== 'function') return null;
    let rootBlock = null;
    for (let element = input; element && !rootBlock; element = element.parentElement) {
      rootBlock = element.rootBlock || null;
    }
    const found = rootBlock && findChild(rootBlock, input, StreamBlock);
    if (!found) return null;
    const { sequence, child } = found;
    const definitions = Object.entries(sequence.blockDef.childBlockDefsByName || {});
    const tableType = definitions.find(([, definition]) => definition.widget instanceof TableInput)?.[0];
    if (!tableType) return null;
    // At most a table block for each table and a rich text block after each (the split included).
    const added = { [tableType]: tableCount, [child.type]: tableCount };
    const total = sequence.getBlockMax();
    if (typeof total === 'number' && sequence.getBlockCount() + 2 * tableCount > total) return null;
    for (const [type, count] of Object.entries(added)) {
      const max = sequence.getBlockMax(type);
      if (typeof max === 'number' && sequence.getBlockCount(type) + count > max) return null;
    }
    return { sequence, child, tableType };
  }

  function findChild(block, input, StreamBlock) {
    for (const child of block?.children || []) {
      if (child.block?.widget?.input === input) {
        return block instanceof StreamBlock ? { sequence: block, child } : null;
      }
      const found = findChild(child.block, input, StreamBlock);
      if (found) return found;
    }
    for (const child of Object.values(block?.childBlocks || {})) {
      const found = findChild(child, input, StreamBlock);
      if (found) return found;
    }
    return null;
  }

  async function pasteWithTables(content, { sequence, child, tableType }, parts) {
    const widget = child.block.widget;
    const first = parts.shift();
    if (!first.blank) {
      pasteInto(content, first.html, first.text);
      await settled();
    }
    const last = parts[parts.length - 1];
    const tail = !last.table && !last.blank ? parts.pop() : null;

    const state = widget.getState();
    const { stateBefore } = window.draftail.splitState(state);
    // splitState cuts at the start of a selection: text selected when the paste began with a table
    // (so Draft.js replaced nothing) is dropped by cutting the second half at the selection's end.
    const { stateAfter, shouldMoveCommentFn } = window.draftail.splitState(collapsedAtEnd(state));
    const nothingBefore = !stateBefore.getCurrentContent().hasText();
    const nothingAfter = !stateAfter.getCurrentContent().hasText();
    // `after`: the rich text block that takes what follows the last table, if anything does.
    let after = null;
    if (nothingAfter && !tail) {
      if (!nothingBefore) widget.setState(stateBefore);
    } else if (nothingBefore) {
      after = child;
      widget.setState(stateAfter);
    } else {
      sequence.splitBlock(child.index, stateBefore, stateAfter, shouldMoveCommentFn, { animate: false });
      after = sequence.children[child.index + 1];
    }
    let index = after === child ? child.index : child.index + 1;
    for (const part of parts) {
      if (part.table) {
        sequence.insert({ type: tableType, value: part.table, id: newId() }, index, { animate: false });
        index += 1;
      } else if (!part.blank) {
        const initial = sequence.blockDef.initialChildStates[child.type];
        const block = sequence.insert({ type: child.type, value: initial, id: newId() }, index, { animate: false });
        index += 1;
        await settled();
        pasteInto(editorContent(block), part.html, part.text);
        await settled();
      }
    }
    if (tail) {
      await settled();
      pasteInto(editorContent(after), tail.html, tail.text);
    }
    if (nothingBefore && !after) {
      // The paste went into an empty block: the tables take its place rather than leave it empty.
      sequence.deleteBlock(child.index, { animate: false });
    }
  }

  function collapsedAtEnd(editorState) {
    const selection = editorState.getSelection();
    if (selection.isCollapsed()) return editorState;
    const end = { key: selection.getEndKey(), offset: selection.getEndOffset() };
    const caret = selection.merge({
      anchorKey: end.key,
      anchorOffset: end.offset,
      focusKey: end.key,
      focusOffset: end.offset,
      isBackward: false,
    });
    // Draft.js's EditorState class, which Wagtail does not expose; its instances know it.
    return editorState.constructor.acceptSelection(editorState, caret);
  }

  function editorContent(sequenceChild) {
    return sequenceChild.element.querySelector('.public-DraftEditor-content');
  }

  // Draft.js reads the pasted HTML from the event's clipboardData (React's onPaste), whatever made it.
  function pasteInto(content, html, text) {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text || '');
    let event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (event.clipboardData?.getData('text/html') !== html) {
      event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: data });
    }
    OUR_PASTES.add(event);
    content.dispatchEvent(event);
  }

  // React renders the blocks Wagtail inserts and the state Draft.js sets within a task or two.
  function settled() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
  }

  function newId() {
    return window.crypto?.randomUUID ? window.crypto.randomUUID() : null;
  }
})();
