// Editing one entry of a submission and zipping it again, so the ZIP itself stays valid and the check under test is
// the signed manifest's, not the container's CRC.
import { SUBMISSION_MEDIA_TYPE } from '../../../../core/exercise/signed-container.ts';
import { readContainer } from '../../../../core/zip/reader.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { writeContainer } from '../../../../core/zip/writer.ts';

export function tamperEntry(bytes: Uint8Array, entry: string, edit: (text: string) => string): Uint8Array {
  const read = readContainer(bytes, SUBMISSION_MEDIA_TYPE);
  if (!read.ok) throw new Error(read.message.en);
  return writeContainer(
    read.order.map((path) => ({ path, data: path === entry ? encodeUtf8(edit(decodeUtf8Strict(read.entries.get(path)!)!)) : read.entries.get(path)! })),
    SUBMISSION_MEDIA_TYPE,
  );
}
