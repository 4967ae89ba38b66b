import { crc32, inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * A read-only view of a ZIP file held in memory: enough of the format to open Office documents
 * (stored and deflated entries, no ZIP64, no encryption). Entries are located through the central
 * directory, which is the authoritative list; local headers are only used to find the data start.
 */
export class ZipArchive {
  private constructor(
    private readonly buffer: Buffer,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the central directory; throws an Error naming the problem if the bytes are not a usable ZIP. */
  static open(buffer: Buffer): ZipArchive {
    const end = findEndOfDirectory(buffer);
    const count = buffer.readUInt16LE(end + 10);
    const directoryOffset = buffer.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) {
      throw new Error('ZIP64 archives are not supported: save the workbook again as a regular .xlsx file.');
    }
    const entries = new Map<string, ZipEntry>();
    let offset = directoryOffset;
    for (let i = 0; i < count; i++) {
      const entry = readDirectoryEntry(buffer, offset);
      entries.set(entry.name, entry);
      offset +=
        46 +
        buffer.readUInt16LE(offset + 28) +
        buffer.readUInt16LE(offset + 30) +
        buffer.readUInt16LE(offset + 32);
    }
    return new ZipArchive(buffer, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The uncompressed bytes of one entry, checked against the stored size and CRC-32. */
  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`The ZIP file has no entry named "${name}".`);
    if (entry.flags & 1)
      throw new Error(`The ZIP entry "${name}" is encrypted; encrypted files are not supported.`);
    const data = inflateEntry(this.buffer, entry);
    if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) {
      throw new Error(`The ZIP entry "${name}" is corrupt (size or checksum mismatch).`);
    }
    return data;
  }

  readText(name: string): string {
    return this.read(name).toString('utf8');
  }
}

function findEndOfDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = buffer.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error(
    'Not a ZIP/.xlsx file: no end-of-central-directory record (the file may be truncated or in another format).',
  );
}

function readDirectoryEntry(buffer: Buffer, offset: number): ZipEntry {
  if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
    throw new Error(`Corrupt ZIP file: bad central-directory entry at byte ${offset}.`);
  }
  const nameLength = buffer.readUInt16LE(offset + 28);
  return {
    flags: buffer.readUInt16LE(offset + 8),
    method: buffer.readUInt16LE(offset + 10),
    crc: buffer.readUInt32LE(offset + 16),
    compressedSize: buffer.readUInt32LE(offset + 20),
    size: buffer.readUInt32LE(offset + 24),
    localOffset: buffer.readUInt32LE(offset + 42),
    name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
  };
}

function inflateEntry(buffer: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new Error(`Corrupt ZIP file: bad local header for "${entry.name}".`);
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const raw = buffer.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new Error(`Corrupt ZIP file: "${entry.name}" is truncated.`);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method !== 8) {
    throw new Error(
      `The ZIP entry "${entry.name}" uses compression method ${entry.method}; only deflate is supported.`,
    );
  }
  try {
    return inflateRawSync(raw);
  } catch (error) {
    throw new Error(`Corrupt ZIP file: "${entry.name}" cannot be decompressed.`, { cause: error });
  }
}
