import PDFDocument from 'pdfkit';

/** One section of a letter: a heading and its paragraphs (or label–value rows). */
export type LetterSection = { heading: string; paragraphs?: string[]; rows?: [string, string][] };

export type LetterContent = {
  letterhead: { name: string; address: string; telephone: string; email: string };
  title: string;
  date: string;
  reference: string;
  /** Who it is about, as rows under the title (name, date of birth, NHS number). */
  about: [string, string][];
  /** To whom, one line each. */
  to: string[];
  salutation: string;
  sections: LetterSection[];
  signature: string[];
  footer: string;
};

const blue = '#005eb8';
const text = '#212b32';
const grey = '#4c6272';

/**
 * Draws a letter as a PDF with the service's letterhead. Every field is drawn
 * as text, so markup typed into any field shows as the characters typed.
 * Helvetica covers Western European text; anything outside it is replaced.
 */
export function renderLetter(letter: LetterContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    info: { Title: `${letter.title} ${letter.reference}`, Author: letter.letterhead.name, Subject: letter.title },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;
  const safe = (value: string) => [...value].map((c) => (drawable(c) ? c : '?')).join('');

  // Letterhead: the service, right-aligned, with a rule under it.
  doc.fillColor(blue).font('Helvetica-Bold').fontSize(16).text(safe(letter.letterhead.name), { align: 'right', width });
  doc.fillColor(grey).font('Helvetica').fontSize(9);
  for (const line of [letter.letterhead.address, `Telephone ${letter.letterhead.telephone}`, letter.letterhead.email]) {
    doc.text(safe(line), { align: 'right', width });
  }
  doc
    .moveDown(0.5)
    .strokeColor(blue)
    .lineWidth(1.5)
    .moveTo(56, doc.y)
    .lineTo(56 + width, doc.y)
    .stroke();
  doc.moveDown(1);

  doc.fillColor(text).fontSize(10);
  for (const line of letter.to) doc.text(safe(line));
  doc
    .moveDown(0.5)
    .text(`Date: ${safe(letter.date)}`)
    .text(`Our reference: ${safe(letter.reference)}`);
  doc.moveDown(1).font('Helvetica-Bold').fontSize(13).fillColor(blue).text(safe(letter.title));
  doc.moveDown(0.3).fontSize(10).fillColor(text);
  for (const [label, value] of letter.about) row(label, value);
  doc.moveDown(0.8).font('Helvetica').text(safe(letter.salutation));

  for (const section of letter.sections) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).fillColor(blue).text(safe(section.heading));
    doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor(text);
    for (const paragraph of section.paragraphs ?? []) doc.text(safe(paragraph), { width, paragraphGap: 4 });
    for (const [label, value] of section.rows ?? []) row(label, value);
  }

  doc.moveDown(1.2).font('Helvetica').fontSize(10);
  letter.signature.forEach((line, i) => doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica').text(safe(line)));
  doc.moveDown(1.5).fontSize(8).fillColor(grey).text(safe(letter.footer), { width });
  doc.end();
  return done;

  function row(label: string, value: string) {
    const y = doc.y;
    doc.font('Helvetica-Bold').text(safe(label), 56, y, { width: 140 });
    const afterLabel = doc.y;
    doc.font('Helvetica').text(safe(value), 200, y, { width: width - 144 });
    doc.y = Math.max(afterLabel, doc.y);
    doc.x = 56;
  }
}

/** Characters the standard Helvetica font can draw (Latin-1 and common punctuation). */
function drawable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a) return true;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return true;
  return [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x20ac].includes(code);
}
