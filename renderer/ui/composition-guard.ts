// Input method (IME) composition: while a clerk composes with a pinyin or wubi IME, the field holds unfinished
// text. Checks must wait for compositionend, or they flag every keystroke of a word still being composed.
import { useRef, type ChangeEvent, type CompositionEvent } from 'react';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * Props for an input: `onChange` always receives the text (a controlled input must show what is being composed);
 * `onCommit` receives it only when it is not mid-composition, including once more at compositionend.
 */
export function useCompositionGuard(onChange: (text: string) => void, onCommit: (text: string) => void) {
  const composing = useRef(false);
  return {
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: CompositionEvent<TextInput>) => {
      composing.current = false;
      onCommit(event.currentTarget.value);
    },
    onChange: (event: ChangeEvent<TextInput>) => {
      onChange(event.target.value);
      if (!composing.current) onCommit(event.target.value);
    },
  };
}
