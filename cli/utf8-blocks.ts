/**
 * Text encoded as UTF-8 into large shared blocks: a streamed run formats each file into a string
 * of a few kilobytes, and `Buffer.from` would measure every one (a first pass over the text) and
 * give it a buffer of its own. Here each text is written once into the current block, where
 * there is room for its longest encoding, and a view of its bytes is handed out. A block's bytes
 * are never written twice, so every view stays valid for as long as it is held.
 */

/** Room for the formatted text of a few hundred typical files. */
const BLOCK_BYTES = 1 << 20;
/** The most UTF-8 bytes one UTF-16 code unit can need (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

export function utf8Blocks(): (text: string) => Buffer {
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let used = 0;
  return (text) => {
    const room = text.length * MAX_BYTES_PER_UNIT;
    if (room > BLOCK_BYTES) return Buffer.from(text);
    if (used + room > block.length) {
      block = Buffer.allocUnsafe(BLOCK_BYTES);
      used = 0;
    }
    const length = block.write(text, used, "utf8");
    const bytes = block.subarray(used, used + length);
    used += length;
    return bytes;
  };
}
