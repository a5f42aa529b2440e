// Bench helper injected into the app page (same origin, so the CSP allows it): times one action in the list from
// the trigger until its result is on screen and one more frame has been painted.
import type { Done, Trigger } from './catalog-bench-summary.ts';

/** Runs in the page: triggers, waits for the result frame by frame, then one more frame (the paint). */
function measureCatalog(trigger: Trigger, done: Done): Promise<number> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const counts = () => document.querySelector('.catalog-counts')?.textContent ?? '';
  const before = counts();
  const find = (selector: string, text?: string) => {
    const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => text === undefined || e.textContent?.includes(text));
    if (!el) throw new Error(`no ${selector} ${text ?? ''}`);
    return el;
  };
  const isDone = () => (done === 'rows' ? document.querySelector('.catalog-table .ant-table-row') !== null : counts() !== before);
  let start: number;
  switch (trigger.kind) {
    case 'menu': {
      const item = find('.ant-menu-item', trigger.text);
      start = performance.now();
      item.click();
      break;
    }
    case 'click': {
      const el = find(trigger.selector, trigger.text);
      start = performance.now();
      el.click();
      break;
    }
    case 'input': {
      const input = find(trigger.selector) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      start = performance.now();
      setValue.call(input, trigger.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      break;
    }
  }
  return (async () => {
    const limit = start + 60_000;
    while (!isDone()) {
      if (performance.now() > limit) throw new Error('timed out');
      await frame();
    }
    return (await frame()) - start;
  })();
}

Object.assign(window, { measureCatalog });
