/**
 * The rate-limit key for a client address. An IPv4 address (also written IPv4-mapped, as
 * `::ffff:1.2.3.4`) is its own key. An IPv6 address becomes its /64 network, because one device
 * or home usually holds a whole /64 and could otherwise rotate through fresh keys at will.
 * Anything unparseable is used as it is, so the function never throws on odd proxy headers.
 */
export function addressKey(address: string): string {
  const plain = address.trim().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1];
  if (!plain.includes(':')) return plain;
  const [head, tail] = plain.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros =
    tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...zeros, ...right].slice(0, 4);
  return `${groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
