// wuerr's Node-only entry (`wuerr/node`): scanning files and streams, with encodings, gzip and worker threads.

export { detectEncoding, scanFile, scanStream } from './scan-file.js';
export type { InputEncoding, NodeScanOptions } from './scan-file.js';
