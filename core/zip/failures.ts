// Why a package's container was refused. Reading never throws on what is inside the file: every refusal is one
// of these reasons with a bilingual message (Chinese first) that names the entry, so the clerk or the platform
// engineer can tell a damaged download from a forged package.
import type { Failure } from '../i18n/refusal.ts';
import { fillLocal, type LocalText, type TemplateParam } from '../i18n/text.ts';
import type { NameProblem } from './names.ts';

export type ContainerFailureReason =
  // the file as a whole
  | 'fileTooLarge'
  | 'notZip'
  | 'zip64Unsupported'
  | 'unsupportedFeature'
  | 'unaccountedBytes'
  | 'tooManyEntries'
  | 'malformedDirectory'
  | 'workbookNotPackage'
  // names
  | 'invalidUtf8Name'
  | NameProblem
  | 'duplicateName'
  | 'pathConflict'
  // kinds of entry
  | 'symlink'
  | 'specialFile'
  | 'encrypted'
  | 'unsupportedMethod'
  // layout, checked on declared numbers before inflating
  | 'localHeaderMismatch'
  | 'entryOutOfBounds'
  | 'entryTooLarge'
  | 'totalTooLarge'
  | 'compressionRatio'
  | 'mimetypeNotFirst'
  | 'mimetypeNotStored'
  | 'mimetypeMismatch'
  | 'overlappingEntries'
  | 'directoryOrder'
  // content, found while inflating
  | 'sizeMismatch'
  | 'corruptData'
  | 'crcMismatch';

export interface ContainerFailure extends Failure<ContainerFailureReason> {
  /** The entry concerned, printable (control characters escaped, long names shortened); absent for the whole file. */
  entry?: string;
}

const DAMAGED = { zh: '目录包已损坏或被改动', en: 'The package is damaged or has been altered' };

const TEXT: Readonly<Record<ContainerFailureReason, LocalText>> = {
  workbookNotPackage: {
    zh: '这是 Excel/WPS 工作簿（.xlsx），不是 Mulu 目录包。目录包由 mulu pack 生成（扩展名 .zip）；工作簿可以用 mulu validate 校验，或用 mulu pack 打包。',
    en: 'This is an Excel/WPS workbook (.xlsx), not a Mulu package. Packages are made by mulu pack (a .zip); a workbook can be checked with mulu validate or packed with mulu pack.',
  },
  fileTooLarge: {
    zh: '目录包文件过大（{size} 字节，上限 {limit} 字节），未予读取。',
    en: 'The package file is too large ({size} bytes; the limit is {limit}) and was not read.',
  },
  notZip: {
    zh: '不是完整的目录包：文件末尾找不到 ZIP 中央目录结束记录，文件可能不完整（下载或拷贝中断）或根本不是 ZIP 文件。',
    en: 'Not a complete package: there is no ZIP end-of-central-directory record at the end of the file. The file may be cut short (an interrupted download or copy) or not a ZIP file at all.',
  },
  zip64Unsupported: {
    zh: '目录包使用了 ZIP64 扩展{where}。Mulu 生成的目录包不使用 ZIP64，本程序不予接受。',
    en: 'The package uses the ZIP64 extension{where}. Packages made by Mulu never do, and it is not accepted.',
  },
  unsupportedFeature: {
    zh: '目录包含有 Mulu 不生成、也不接受的 ZIP 内容：{feature}{where}。',
    en: 'The package contains ZIP features that Mulu neither writes nor accepts: {feature}{where}.',
  },
  unaccountedBytes: {
    zh: `${DAMAGED.zh}：第 {start}–{end} 字节不属于任何登记的条目（可能是夹带的隐藏内容、文件前后附加的数据或被拼接的文件）。`,
    en: `${DAMAGED.en}: bytes {start}–{end} belong to no listed entry (hidden content, data added before or after the package, or files joined together).`,
  },
  tooManyEntries: {
    zh: '目录包的条目过多（{count} 个，上限 {limit} 个），未予读取。',
    en: 'The package has too many entries ({count}; the limit is {limit}) and was not read.',
  },
  malformedDirectory: {
    zh: `${DAMAGED.zh}：ZIP 中央目录结构错误（{detail}）。`,
    en: `${DAMAGED.en}: the ZIP central directory is malformed ({detail}).`,
  },
  invalidUtf8Name: {
    zh: '条目“{entry}”的名称不是 UTF-8 编码，或未按 ZIP 规范标明 UTF-8（其他解压工具可能按 GBK 或 CP437 理解为别的名称）。',
    en: 'The name of entry "{entry}" is not UTF-8, or is not marked as UTF-8 as ZIP requires (other tools might read it as GBK or CP437 and see a different name).',
  },
  emptyName: {
    zh: '第 {index} 个条目的名称为空。',
    en: 'Entry number {index} has an empty name.',
  },
  controlCharacter: {
    zh: '条目“{entry}”的名称含有控制字符（如 NUL、换行或改变文字方向的字符）。',
    en: 'The name of entry "{entry}" contains a control character (such as NUL, a line break, or a text-direction override).',
  },
  backslash: {
    zh: '条目“{entry}”的名称含有反斜杠“\\”。ZIP 中的路径只能用“/”分隔；在 Windows 上反斜杠会被当作路径分隔符。',
    en: 'The name of entry "{entry}" contains a backslash. ZIP paths are separated by "/" only; Windows would treat a backslash as a separator.',
  },
  absolutePath: {
    zh: '条目“{entry}”是绝对路径（以“/”开头），解压时可能写到目标文件夹之外。',
    en: 'Entry "{entry}" is an absolute path (it starts with "/") and could be written outside the target folder.',
  },
  driveLetter: {
    zh: '条目“{entry}”以盘符开头（如“C:”），解压时可能写到目标文件夹之外。',
    en: 'Entry "{entry}" starts with a drive letter (such as "C:") and could be written outside the target folder.',
  },
  pathTraversal: {
    zh: '条目“{entry}”的路径含有“..”，解压时可能写到目标文件夹之外。',
    en: 'The path of entry "{entry}" contains "..", so it could be written outside the target folder.',
  },
  directoryEntry: {
    zh: '条目“{entry}”是文件夹条目。目录包只含文件，文件夹由文件路径隐含。',
    en: 'Entry "{entry}" is a folder entry. A package holds files only; folders are implied by the file paths.',
  },
  unportableName: {
    zh: '条目“{entry}”的名称在部分系统上不能原样使用（空的或“.”路径段、Windows 保留名如 CON/NUL、Windows 禁用字符 <>:"|?*、以点或空格结尾、路径段超过 255 字节，或不是 Unicode NFC 规范形式）。',
    en: 'The name of entry "{entry}" cannot be used as it is on every system (an empty or "." segment, a Windows device name such as CON or NUL, a character Windows forbids (<>:"|?*), a trailing dot or space, a segment over 255 bytes, or not in Unicode NFC form).',
  },
  duplicateName: {
    zh: '条目“{entry}”与条目“{other}”重名（不区分大小写和 Unicode 规范形式时相同，在 Windows 和 macOS 上是同一个文件）。',
    en: 'Entry "{entry}" has the same name as entry "{other}" (equal when case and Unicode normalisation are ignored, which makes them one file on Windows and macOS).',
  },
  pathConflict: {
    zh: '条目“{entry}”与条目“{other}”冲突：同一路径既是文件又是文件夹。',
    en: 'Entry "{entry}" conflicts with entry "{other}": the same path is used both as a file and as a folder.',
  },
  symlink: {
    zh: '条目“{entry}”是符号链接。目录包只能含普通文件；符号链接在解压时可能指向目标文件夹之外。',
    en: 'Entry "{entry}" is a symbolic link. A package holds regular files only; a link could point outside the target folder when extracted.',
  },
  specialFile: {
    zh: '条目“{entry}”不是普通文件（是设备、管道或套接字等特殊文件）。',
    en: 'Entry "{entry}" is not a regular file (it is a device, pipe, socket or other special file).',
  },
  encrypted: {
    zh: '条目“{entry}”经过 ZIP 加密。目录包不使用 ZIP 加密，其内容由签名保护。',
    en: 'Entry "{entry}" is ZIP-encrypted. Packages do not use ZIP encryption; the signature protects their content.',
  },
  unsupportedMethod: {
    zh: '条目“{entry}”使用了不支持的压缩方法（编号 {method}）。只接受存储（0）和 Deflate（8）。',
    en: 'Entry "{entry}" uses an unsupported compression method (number {method}). Only stored (0) and deflate (8) are accepted.',
  },
  localHeaderMismatch: {
    zh: `${DAMAGED.zh}：条目“{entry}”的本地文件头与中央目录不一致（{detail}）。不同的解压工具可能因此读出不同的内容。`,
    en: `${DAMAGED.en}: the local header of entry "{entry}" disagrees with the central directory ({detail}). Different tools could read different content from it.`,
  },
  entryOutOfBounds: {
    zh: `${DAMAGED.zh}：条目“{entry}”的数据超出了文件中存放条目的范围（文件可能不完整）。`,
    en: `${DAMAGED.en}: the data of entry "{entry}" lies outside the part of the file that holds entries (the file may be cut short).`,
  },
  entryTooLarge: {
    zh: '条目“{entry}”解压后过大（声明 {size} 字节，单个条目上限 {limit} 字节），未予解压。',
    en: 'Entry "{entry}" is too large when uncompressed ({size} bytes declared; the limit per entry is {limit}) and was not inflated.',
  },
  totalTooLarge: {
    zh: '目录包解压后总量过大（至条目“{entry}”已声明 {size} 字节，上限 {limit} 字节），未予解压。',
    en: 'The package is too large in total when uncompressed ({size} bytes declared up to entry "{entry}"; the limit is {limit}) and was not inflated.',
  },
  compressionRatio: {
    zh: '条目“{entry}”的压缩比异常（{ratio}:1，上限 {limit}:1），疑为“压缩炸弹”，未予解压。',
    en: 'Entry "{entry}" has an implausible compression ratio ({ratio}:1; the limit is {limit}:1), typical of a zip bomb, and was not inflated.',
  },
  mimetypeNotFirst: {
    zh: '第一个条目必须是“mimetype”，实际是“{entry}”。这不是 Mulu 目录包。',
    en: 'The first entry must be "mimetype" but is "{entry}". This is not a Mulu package.',
  },
  mimetypeNotStored: {
    zh: '条目“mimetype”必须以存储方式（不压缩）保存。这不是 Mulu 目录包，或已被其他工具重新打包。',
    en: 'The "mimetype" entry must be stored uncompressed. This is not a Mulu package, or another tool has re-zipped it.',
  },
  mimetypeMismatch: {
    zh: '条目“mimetype”的内容是“{actual}”，应为“{expected}”。这不是本类目录包。',
    en: 'The "mimetype" entry says "{actual}"; it must say "{expected}". This is not a package of this kind.',
  },
  overlappingEntries: {
    zh: `${DAMAGED.zh}：条目“{entry}”与条目“{other}”在文件中的位置重叠（一种压缩炸弹手法，也可能是伪造的结构）。`,
    en: `${DAMAGED.en}: entries "{entry}" and "{other}" overlap in the file (a zip-bomb technique, or a forged structure).`,
  },
  directoryOrder: {
    zh: `${DAMAGED.zh}：中央目录中条目“{entry}”的次序与其在文件中的位置不符。`,
    en: `${DAMAGED.en}: the central directory lists entry "{entry}" out of the order in which the entries lie in the file.`,
  },
  sizeMismatch: {
    zh: `${DAMAGED.zh}：条目“{entry}”解压后的实际大小与声明的 {size} 字节不符{detail}，已停止解压。`,
    en: `${DAMAGED.en}: entry "{entry}" does not inflate to the {size} bytes it declares{detail}; inflating was stopped.`,
  },
  corruptData: {
    zh: `${DAMAGED.zh}：条目“{entry}”的压缩数据无法解压（{detail}）。`,
    en: `${DAMAGED.en}: the compressed data of entry "{entry}" cannot be inflated ({detail}).`,
  },
  crcMismatch: {
    zh: `${DAMAGED.zh}：条目“{entry}”的 CRC-32 校验值不符（声明 {expected}，实际 {actual}）。`,
    en: `${DAMAGED.en}: the CRC-32 of entry "{entry}" does not match (declared {expected}, actual {actual}).`,
  },
};

const MAX_DISPLAY_LENGTH = 120;

/** A name made safe to print: control and direction characters escaped, long names shortened. */
export function displayName(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > MAX_DISPLAY_LENGTH ? `${escaped.slice(0, MAX_DISPLAY_LENGTH)}…` : escaped;
}

/** Builds the failure; `entry` is the raw name (or undefined for the whole file) and is shown via displayName. */
export function containerFailure(
  reason: ContainerFailureReason,
  entry?: string,
  params: Readonly<Record<string, TemplateParam>> = {},
): ContainerFailure {
  const shown = entry === undefined ? undefined : displayName(entry);
  const message = fillLocal(TEXT[reason], shown === undefined ? params : { ...params, entry: shown });
  return shown === undefined ? { ok: false, reason, message } : { ok: false, reason, entry: shown, message };
}

export const CONTAINER_FAILURE_REASONS = Object.keys(TEXT) as readonly ContainerFailureReason[];
