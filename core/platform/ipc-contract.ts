// The one contract between the Electron renderer (through the preload bridge) and the main process: operation
// names, IPC channels, argument schemas (TypeBox: both the TypeScript types and the runtime validators main applies
// to every call) and result types. Pure TypeScript, so preload, main and renderer can all import it.
//
// Validation uses TypeBox's interpreter (`Value`), never its compiler: the compiler builds functions with
// `new Function`, which the renderer's CSP (no 'unsafe-eval') would refuse if this module is loaded there.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** The preload exposes the bridge as `window.mulu`. */
export const BRIDGE_GLOBAL = 'mulu';

/** Largest file read or written through the bridge: many times a county workbook (~17 MB) or a signed package. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Largest piece of a streamed file (a backup) crossing the bridge in one call; the file itself has no such cap. */
export const MAX_CHUNK_BYTES = 64 * 1024 * 1024;

/** A file name without any directory part, as it may be offered in a save dialog on Windows and Linux. */
const FILE_NAME_PATTERN = '^(?!\\.\\.?$)[^\\\\/:*?"<>|\\u0000-\\u001f]*[^\\\\/:*?"<>|\\u0000-\\u001f. ]$';

const FileName = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: FILE_NAME_PATTERN,
  description: 'a plain file name of 1–255 characters: no folder, none of \\ / : * ? " < > |, no control characters, not ending in a dot or space',
});

/** One entry of a file-type filter: 工作簿 → ['xlsx'], extensions without the dot. */
const FileType = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    // A hyphen inside, for the backup's own extension (mulu-backup).
    extensions: Type.Array(Type.String({ pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,14}[A-Za-z0-9])?$', description: 'an extension of 1–16 letters, digits or inner hyphens, without the dot' }), { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);

/** Opaque handle main gives for a file it saved, so the renderer can ask to reveal it without ever seeing a path. */
const SavedFileToken = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  description: 'a token returned by saveFile',
});

/** Opaque handle main gives for a file it opened for reading or is writing piece by piece (streamed). */
const StreamToken = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  description: 'a token returned by openFile or saveBegin',
});

const FileOffset = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'a byte offset in the file' });

export interface PickedFileResult {
  /** The file's base name (never its directory). */
  name: string;
  bytes: Uint8Array;
}

/** One of several files picked at once: its bytes, or why it was not read, in both languages. */
export type PickedEntryResult = PickedFileResult | { name: string; unreadable: string };
/** A file opened for reading by position (openFile): never read whole. */
export interface OpenedFileResult {
  name: string;
  size: number;
  token: string;
}

/** A save under way (saveBegin): the chosen name, and the token its pieces are written under. */
export interface SaveBeginResult {
  name: string;
  token: string;
}

export interface SavedFileResult {
  name: string;
  token: string;
}

export interface ElectronAppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  /** `process.platform` of the machine: win32, linux… */
  os: string;
  arch: string;
}

/** The app's prefix keeps its channels apart from any Electron or library channel. */
type Channel = `mulu:${string}`;

export const IPC_CONTRACT = {
  /** Open dialog, then the chosen file's bytes. */
  pickFile: { channel: 'mulu:pick-file', args: Type.Tuple([Type.Array(FileType, { minItems: 1, maxItems: 20 })]) },
  /** Open dialog for several files, or for one folder (its files of the types, sub-folders included); then each file's bytes. */
  pickFiles: {
    channel: 'mulu:pick-files',
    args: Type.Tuple([Type.Array(FileType, { minItems: 1, maxItems: 20 }), Type.Object({ folder: Type.Boolean() }, { additionalProperties: false })]),
  },
  /** Save dialog offering `suggestedName`, then the bytes are written where the clerk chose. */
  saveFile: { channel: 'mulu:save-file', args: Type.Tuple([FileName, Type.Uint8Array({ maxByteLength: MAX_FILE_BYTES })]) },
  /** Shows a file saved earlier in this session in the system file manager. */
  revealInFolder: { channel: 'mulu:reveal-in-folder', args: Type.Tuple([SavedFileToken]) },
  appInfo: { channel: 'mulu:app-info', args: Type.Tuple([]) },
  /** Open dialog; the file stays open in main and is read by position (readFile), then closed (closeFile). */
  openFile: { channel: 'mulu:open-file', args: Type.Tuple([Type.Array(FileType, { minItems: 1, maxItems: 20 })]) },
  /** Up to `length` bytes from `offset` of a file opened with openFile (fewer at its end). */
  readFile: { channel: 'mulu:read-file', args: Type.Tuple([StreamToken, FileOffset, Type.Integer({ minimum: 1, maximum: MAX_CHUNK_BYTES })]) },
  closeFile: { channel: 'mulu:close-file', args: Type.Tuple([StreamToken]) },
  /** Save dialog offering `suggestedName`; the bytes then come piece by piece (saveWrite) into a temporary file beside it. */
  saveBegin: { channel: 'mulu:save-begin', args: Type.Tuple([FileName]) },
  saveWrite: { channel: 'mulu:save-write', args: Type.Tuple([StreamToken, Type.Uint8Array({ maxByteLength: MAX_CHUNK_BYTES })]) },
  /** keep: the file is flushed and takes its name (the one atomic write); otherwise the temporary file is removed. */
  saveEnd: { channel: 'mulu:save-end', args: Type.Tuple([StreamToken, Type.Boolean()]) },
} satisfies Record<string, { channel: Channel; args: TSchema }>;

/** What main resolves each operation with; null means the clerk cancelled the dialog. */
export interface IpcResults {
  pickFile: PickedFileResult | null;
  pickFiles: PickedEntryResult[] | null;
  saveFile: SavedFileResult | null;
  revealInFolder: void;
  appInfo: ElectronAppInfo;
  openFile: OpenedFileResult | null;
  readFile: Uint8Array;
  closeFile: void;
  saveBegin: SaveBeginResult | null;
  saveWrite: void;
  /** The saved file (its reveal token) when kept; null when discarded. */
  saveEnd: SavedFileResult | null;
}

export type IpcOperation = keyof typeof IPC_CONTRACT;
export type IpcArgs<K extends IpcOperation> = Static<(typeof IPC_CONTRACT)[K]['args']>;
export type IpcResult<K extends IpcOperation> = IpcResults[K];

/** What the preload exposes as `window.mulu`: exactly the contract's operations, nothing else. */
export type MuluBridge = { [K in IpcOperation]: (...args: IpcArgs<K>) => Promise<IpcResult<K>> };

export const IPC_OPERATIONS = Object.keys(IPC_CONTRACT) as IpcOperation[];

export type ArgsCheck<K extends IpcOperation> = { ok: true; args: IpcArgs<K> } | { ok: false; error: string };

/** Checks one call's arguments against the contract; the error names the operation, the argument and the rule. */
export function checkIpcArgs<K extends IpcOperation>(operation: K, args: readonly unknown[]): ArgsCheck<K> {
  const schema = IPC_CONTRACT[operation].args;
  if (Value.Check(schema, args)) return { ok: true, args: args as IpcArgs<K> };
  const first = Value.Errors(schema, args).First();
  if (!first) return { ok: false, error: `${operation}: invalid arguments` };
  // A schema's description says what is expected in words; TypeBox's own message would quote a regular expression.
  const expected = typeof first.schema.description === 'string' ? `expected ${first.schema.description}` : first.message;
  return { ok: false, error: `${operation}: invalid ${describePath(first.path)}: ${expected}` };
}

/** "/1" → "argument 2", "/0/3/extensions/0" → "argument 1 at /3/extensions/0", "" → "arguments". */
function describePath(path: string): string {
  const match = /^\/(\d+)(.*)$/.exec(path);
  if (!match) return 'arguments';
  const rest = match[2] ? ` at ${match[2]}` : '';
  return `argument ${Number(match[1]) + 1}${rest}`;
}
