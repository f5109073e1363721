import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export type PdfFile = {
  /** Server-made, never from user input: it goes into the header as it is. */
  filename: string;
  content: Buffer | Readable;
  /** A download for staff; `inline` opens in the patient's browser. */
  disposition: 'attachment' | 'inline';
  /** `private, no-store` unless given; the patient's appointment letter has always said `no-store`. */
  cacheControl?: 'private, no-store' | 'no-store';
  /** The stored size, when known: a stream has no length of its own. */
  bytes?: number;
};

/**
 * Sends a PDF with the headers every PDF route uses, so that no letter is cached or sniffed. `nosniff` is also
 * helmet's default on every response; saying it here keeps it when that default changes.
 */
export function sendPdf(reply: FastifyReply, file: PdfFile) {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `${file.disposition}; filename="${file.filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', file.cacheControl ?? 'private, no-store');
  if (file.bytes !== undefined) reply.header('content-length', file.bytes);
  return reply.send(file.content);
}
