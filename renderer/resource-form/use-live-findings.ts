// The draft's findings, re-checked a moment after each change (validateResource is cheap, but a burst of edits or a
// paste of hundreds of rows needs one run, not one per change) and never while an input method is composing: the
// check waits for the composition to end, so no finding comes and goes with half-typed pinyin.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { RuleEngine } from '../../core/rules/engine.ts';
import type { Finding } from '../../core/rules/types.ts';
import { storedResource, type ResourceDraft } from './resource-draft.ts';

export const VALIDATION_DELAY_MS = 300;

const check = (engine: RuleEngine, draft: ResourceDraft) => engine.validateResource(storedResource(draft));

export function useLiveFindings(engine: RuleEngine, draft: ResourceDraft, composing: RefObject<boolean>, delayMs = VALIDATION_DELAY_MS): readonly Finding[] {
  const [findings, setFindings] = useState<readonly Finding[]>(() => check(engine, draft));
  const checked = useRef(draft);
  useEffect(() => {
    if (checked.current === draft) return;
    let timer: ReturnType<typeof setTimeout>;
    const run = () => {
      if (composing.current) {
        timer = setTimeout(run, delayMs);
        return;
      }
      checked.current = draft;
      setFindings(check(engine, draft));
    };
    timer = setTimeout(run, delayMs);
    return () => clearTimeout(timer);
  }, [engine, draft, composing, delayMs]);
  return findings;
}
