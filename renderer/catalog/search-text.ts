// Text as the search compares it: full-width forms folded (an IME may type ｑｙ), lower case, only letters, digits
// and CJK characters, so "企业 登记" and "3070010001/00012" match however they are typed.
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
