import path from 'node:path';
import PDFDocument from 'pdfkit';

/** One section of a letter: a heading and its paragraphs (or label–value rows). */
export type LetterSection = { heading: string; paragraphs?: string[]; rows?: [string, string][] };

/** A photograph printed in a document, with the words a screen reader says for it. */
export type LetterImage = { caption: string; jpeg: Buffer };

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
  /** Photographs, after the sections (a summary for an urgent referral carries those taken so far). */
  images?: LetterImage[];
  signature: string[];
  footer: string;
};

const blue = '#005eb8';
const text = '#212b32';
const grey = '#4c6272';

/**
 * Liberation Sans (SIL Open Font License, beside this file), embedded: the standard PDF fonts draw Latin-1 only,
 * which printed "Łukasz Wójcik" or "Nguyễn" with question marks on a letter a GP files against the patient's record.
 * It covers the Latin scripts (Vietnamese included), Greek and Cyrillic.
 */
const fonts = {
  regular: path.join(import.meta.dirname, 'fonts', 'LiberationSans-Regular.ttf'),
  bold: path.join(import.meta.dirname, 'fonts', 'LiberationSans-Bold.ttf'),
};

const margin = 56;
const bottomMargin = 72;

/**
 * Draws a letter as a tagged, accessible PDF (PDF/UA as far as pdfkit goes: embedded fonts, a structure tree of
 * headings, paragraphs and figures with alternative text, the title shown, the language set, the page footer marked
 * as an artifact). Every field is drawn as text, so markup typed into any field shows as the characters typed.
 */
export function renderLetter(letter: LetterContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: bottomMargin, left: margin, right: margin },
    bufferPages: true,
    pdfVersion: '1.7',
    // pdfkit supports PDF/UA; its type definitions predate it.
    ...({ subset: 'PDF/UA' } as object),
    tagged: true,
    displayTitle: true,
    lang: 'en-GB',
    font: fonts.regular,
    info: { Title: `${letter.title} ${letter.reference}`, Author: letter.letterhead.name, Subject: letter.title },
  });
  doc.registerFont('Body', fonts.regular);
  doc.registerFont('Body-Bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * margin;
  const glyphs = glyphCheck(doc);
  const safe = (value: string) => [...value].map((c) => (glyphs(c) ? c : '?')).join('');
  const tagged = (tag: string, draw: () => void) => doc.addStructure(doc.struct(tag, {}, draw));

  // Letterhead: the service, right-aligned, with a rule under it.
  tagged('P', () => {
    doc.fillColor(blue).font('Body-Bold').fontSize(16).text(safe(letter.letterhead.name), { align: 'right', width });
    doc.fillColor(grey).font('Body').fontSize(9);
    for (const line of [
      letter.letterhead.address,
      `Telephone ${letter.letterhead.telephone}`,
      letter.letterhead.email,
    ]) {
      doc.text(safe(line), { align: 'right', width });
    }
  });
  doc.moveDown(0.5);
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .strokeColor(blue)
    .lineWidth(1.5)
    .moveTo(margin, doc.y)
    .lineTo(margin + width, doc.y)
    .stroke();
  doc.endMarkedContent();
  doc.moveDown(1);

  doc.fillColor(text).fontSize(10);
  tagged('P', () => {
    for (const line of letter.to) doc.text(safe(line));
  });
  doc.moveDown(0.5);
  tagged('P', () => {
    doc.text(`Date: ${safe(letter.date)}`).text(`Our reference: ${safe(letter.reference)}`);
  });
  doc.moveDown(1);
  tagged('H1', () => doc.font('Body-Bold').fontSize(13).fillColor(blue).text(safe(letter.title)));
  doc.moveDown(0.3).fontSize(10).fillColor(text);
  for (const [label, value] of letter.about) row(label, value);
  doc.moveDown(0.8);
  tagged('P', () => doc.font('Body').text(safe(letter.salutation)));

  for (const section of letter.sections) {
    doc.moveDown(0.8);
    tagged('H2', () => doc.font('Body-Bold').fontSize(11).fillColor(blue).text(safe(section.heading)));
    doc.moveDown(0.2).font('Body').fontSize(10).fillColor(text);
    for (const paragraph of section.paragraphs ?? []) {
      tagged('P', () => doc.text(safe(paragraph), { width, paragraphGap: 4 }));
    }
    for (const [label, value] of section.rows ?? []) row(label, value);
  }

  if (letter.images?.length) {
    doc.moveDown(0.8);
    tagged('H2', () => doc.font('Body-Bold').fontSize(11).fillColor(blue).text('Photographs'));
    doc.font('Body').fontSize(9).fillColor(text);
    for (const image of letter.images) {
      const height = 200;
      if (doc.y + height + 30 > doc.page.height - bottomMargin) doc.addPage();
      doc.moveDown(0.4);
      doc.addStructure(
        doc.struct('Figure', { alt: safe(image.caption) }, () => {
          doc.image(image.jpeg, margin, doc.y, { fit: [width, height] });
        }),
      );
      doc.y += height + 4;
      tagged('Caption', () => doc.text(safe(image.caption), margin, doc.y, { width }));
    }
  }

  doc.moveDown(1.2).font('Body').fontSize(10);
  tagged('P', () => {
    letter.signature.forEach((line, i) => doc.font(i === 0 ? 'Body-Bold' : 'Body').text(safe(line)));
  });

  // The footer goes in every page's bottom margin, as an artifact: it never runs onto a page of its own.
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const footer = pages.count > 1 ? `${letter.footer}  Page ${i + 1} of ${pages.count}.` : letter.footer;
    doc
      .font('Body')
      .fontSize(7.5)
      .fillColor(grey)
      .text(safe(footer), margin, doc.page.height - bottomMargin + 14, { width, lineBreak: true });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;

  function row(label: string, value: string) {
    const y = doc.y;
    tagged('P', () => {
      doc.font('Body-Bold').text(safe(label), margin, y, { width: 140 });
      const afterLabel = doc.y;
      doc.font('Body').text(safe(value), 200, y, { width: width - 144 });
      doc.y = Math.max(afterLabel, doc.y);
    });
    doc.x = margin;
  }
}

/**
 * Whether the embedded font draws a character. A character it lacks (Arabic or Chinese, say) is printed as "?",
 * never as an empty box that looks like a space; clinical safety H12 names what is still not drawn.
 */
function glyphCheck(doc: PDFKit.PDFDocument): (character: string) => boolean {
  // pdfkit keeps the fontkit font it embeds on `_font.font`; fontkit answers whether a code point has a glyph.
  const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (code: number) => boolean } } })._font
    ?.font;
  return (character) => {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a) return true;
    return font?.hasGlyphForCodePoint ? font.hasGlyphForCodePoint(code) : code < 0x100;
  };
}
