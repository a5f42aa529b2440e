// The ZIP records Mulu writes and reads (PKWARE APPNOTE.TXT 6.3.10, §4.3), all little-endian. Only the subset
// Mulu writes is accepted on reading; see docs/package-format.md, "Container".

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

/** Fixed part of each record; the variable parts (name, extra field, comment) follow it. */
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_DIRECTORY_SIZE = 22;
export const ZIP64_LOCATOR_SIZE = 20;
/** The end record's comment can be up to 65,535 bytes, so the record lies within this many bytes of the end. */
export const END_OF_DIRECTORY_SEARCH = END_OF_DIRECTORY_SIZE + 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

/** General purpose bit flags. */
export const FLAG_ENCRYPTED = 1 << 0;
/** Bits 1–2 only record which deflate level was used; they change nothing about reading. */
export const FLAG_DEFLATE_OPTIONS = (1 << 1) | (1 << 2);
export const FLAG_DATA_DESCRIPTOR = 1 << 3;
export const FLAG_STRONG_ENCRYPTION = 1 << 6;
/** Language encoding flag (EFS): the name is UTF-8. */
export const FLAG_UTF8 = 1 << 11;
/** The local headers are masked and the real values live in an encrypted central directory. */
export const FLAG_MASKED_HEADERS = 1 << 13;

/** Version 2.0: deflate. Written as both "made by" (host 0, MS-DOS: attributes 0 = a plain file) and "needed". */
export const ZIP_VERSION = 20;

/** 1980-01-01 00:00:00, the earliest MS-DOS date; written as fixed numbers, never through a Date and a time zone. */
export const DOS_TIME_EPOCH = 0x0000;
export const DOS_DATE_EPOCH = (0 << 9) | (1 << 5) | 1;

/** "Version made by" hosts whose external attributes carry a Unix mode in their upper 16 bits. */
export const HOST_UNIX = 3;
export const HOST_DARWIN = 19;
export const S_IFMT = 0o170000;
export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;
/** MS-DOS attribute byte (low 8 bits of the external attributes): directory. */
export const DOS_DIRECTORY_ATTRIBUTE = 0x10;

/** 16- and 32-bit fields at their maximum mean "see the ZIP64 record". */
export const ZIP64_MARKER_16 = 0xffff;
export const ZIP64_MARKER_32 = 0xffffffff;
