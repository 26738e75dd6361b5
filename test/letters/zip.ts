// A small reader for the ZIP container of a DOCX (central directory + stored/deflated entries),
// so the structural tests do not depend on the library that wrote the file.
import { inflateRawSync } from 'node:zlib';

export function unzip(buffer: Buffer): Map<string, Buffer> {
  // End of central directory: signature 0x06054b50, searched backwards (a comment may follow it).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(p + 10);
    const compressed = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    // The local header repeats name and extra field with its own lengths.
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`${name}: unsupported compression method ${method}`);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const XML_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
};

/**
 * The text of each line of word/document.xml — each <w:p>, split at its line breaks — XML
 * entities decoded, direction marks removed.
 */
export function paragraphTexts(documentXml: string): string[] {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.flatMap((p) =>
    p.split(/<w:br\/>/).map((part) =>
      [...part.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
        .map((m) => (m[1] ?? '').replace(/&(lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e))
        .join('')
        .replace(/[\u200E\u200F]/g, ''),
    ),
  );
}
