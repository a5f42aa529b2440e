// Naming resource codes in a message: enough to start fixing, not twenty thousand of them.
export function listCodes(codes: readonly string[], max = 20): string {
  return `${codes.slice(0, max).join(', ')}${codes.length > max ? `, …（+${codes.length - max}）` : ''}`;
}
