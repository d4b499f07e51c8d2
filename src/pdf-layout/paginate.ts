import { EPSILON, PageBreak, RoomBreak, Spacer, type Box } from './boxes';

/**
 * The top-level boxes → pages of at most `height`. A box that does not fit the room left is split
 * if it can be (its head ends this page), else moved whole to the next page. On an empty page
 * everything gives way (`page` 0: even what asked to be kept together splits); what still cannot
 * split is placed as it is. Margins at the top of a page that follows a break are dropped. A
 * `RoomBreak` starts a new page only when the page has less room left than it asks for.
 */
export function paginate(flow: readonly Box[], height: number): Box[][] {
  const pages: Box[][] = [[]];
  let used = 0;
  let overflowed = false;
  const pending: Box[] = [];
  let next = 0;
  const take = (): Box | undefined => pending.pop() ?? flow[next++];
  const newPage = (afterOverflow: boolean) => {
    pages.push([]);
    used = 0;
    overflowed = afterOverflow;
  };
  for (let box = take(); box !== undefined; box = take()) {
    const page = pages[pages.length - 1];
    const empty = used <= EPSILON;
    if (box instanceof PageBreak) {
      if (page.length > 0) newPage(false);
      continue;
    }
    if (box instanceof RoomBreak) {
      if (!empty && height - used < box.room * height - EPSILON) newPage(false);
      continue;
    }
    if (box instanceof Spacer && empty && overflowed) continue;
    if (used + box.height <= height + EPSILON) {
      page.push(box);
      used += box.height;
      continue;
    }
    const parts = box.split(height - used, empty ? 0 : height);
    if (parts && !(empty && parts[0].height <= EPSILON)) {
      page.push(parts[0]);
      newPage(true);
      pending.push(parts[1]);
      continue;
    }
    if (!empty) {
      newPage(true);
      pending.push(box);
      continue;
    }
    // Taller than a page and unbreakable (a huge picture): drawn as it is, cut at the page's foot.
    page.push(box);
    used += box.height;
  }
  if (pages.length > 1 && pages[pages.length - 1].length === 0) pages.pop();
  return pages;
}
