// The parts of JSZip and pako (JSZip's deflater) that compare.xlsx uses beyond JSZip's typed API.
declare module 'jszip/lib/compressedObject.js' {
  /** A zip entry already compressed: JSZip writes it as it is. */
  export default class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array);
  }
}
declare module 'jszip/lib/compressions.js' {
  const compressions: { DEFLATE: unknown };
  export default compressions;
}
declare module 'pako' {
  class Deflate {
    constructor(options: { raw?: boolean; level?: number });
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    msg: string;
    push(data: Uint8Array | [], mode: boolean): boolean;
  }
  const pako: { Deflate: typeof Deflate };
  export default pako;
}
