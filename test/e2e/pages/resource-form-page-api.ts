// What the resource-form test page offers the test (window.resourceFormTest), typed apart from the page so the test
// (compiled for Node) does not pull in the page's DOM code.
export interface ResourceFormTestApi {
  /** Stores a resource with `count` items and returns its id. */
  storeResourceWithItems(count: number): Promise<string>;
  /** Pastes text into the focused element as the browser does for Ctrl+V (a paste event carrying the text). */
  pasteIntoFocused(text: string): void;
  /** The accessible label of the focused element. */
  focusedLabel(): string | null;
}
