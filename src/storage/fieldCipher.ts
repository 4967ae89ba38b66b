import crypto from 'node:crypto';

/**
 * Field-level encryption for health data at rest (AES-256-GCM). Each value carries the id of the
 * key that sealed it, so keys can be rotated: the first key encrypts, every listed key decrypts.
 * Without a key, values are stored as marked plain text; the composition root warns about it and
 * production refuses to start (see config).
 */
export interface FieldCipher {
  readonly enabled: boolean;
  seal(plain: string): string;
  open(stored: string): string;
}

const PLAIN_PREFIX = 'p:';
const SEALED_PREFIX = 'e1:';

export interface CipherKey {
  id: string;
  key: Buffer;
}

/** Parses "id1:base64key,id2:base64key" (or a bare base64 key, given id "k1"). */
export function parseCipherKeys(spec: string): CipherKey[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => {
      const colon = part.indexOf(':');
      const id = colon > 0 ? part.slice(0, colon) : `k${index + 1}`;
      const key = Buffer.from(colon > 0 ? part.slice(colon + 1) : part, 'base64');
      if (key.length !== 32) {
        throw new Error(`FIELD_ENCRYPTION_KEY: key "${id}" must be 32 bytes encoded as base64`);
      }
      if (!/^[A-Za-z0-9_-]{1,16}$/.test(id)) {
        throw new Error(`FIELD_ENCRYPTION_KEY: key id "${id}" must be 1-16 letters, digits, - or _`);
      }
      return { id, key };
    });
}

export function createFieldCipher(keys: CipherKey[]): FieldCipher {
  if (keys.length === 0) return plainCipher;
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  const current = keys[0];
  return {
    enabled: true,
    seal(plain: string): string {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', current.key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${SEALED_PREFIX}${current.id}:${iv.toString('base64')}:${tag.toString('base64')}:${body.toString('base64')}`;
    },
    open(stored: string): string {
      if (stored.startsWith(PLAIN_PREFIX)) return stored.slice(PLAIN_PREFIX.length);
      if (!stored.startsWith(SEALED_PREFIX)) throw new Error('FieldCipher: value has an unknown format');
      const [id, iv, tag, body] = stored.slice(SEALED_PREFIX.length).split(':');
      const key = byId.get(id);
      if (!key) {
        throw new Error(
          `FieldCipher: value was sealed with key "${id}", which FIELD_ENCRYPTION_KEY no longer lists`,
        );
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

const plainCipher: FieldCipher = {
  enabled: false,
  seal: (plain) => PLAIN_PREFIX + plain,
  open(stored) {
    if (stored.startsWith(PLAIN_PREFIX)) return stored.slice(PLAIN_PREFIX.length);
    throw new Error('FieldCipher: value is encrypted but FIELD_ENCRYPTION_KEY is not set');
  },
};
