import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderLetter, type LetterContent } from './letter-pdf.ts';

const pagesOf = async (pdf: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text;

const letter = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  letterhead: { name: 'North Vale Dermatology', address: '1 Vale Road', telephone: '01632 960000', email: 'a@b.nhs' },
  title: 'Teledermatology outcome',
  date: '3 December 2026',
  reference: 'TD-4K7M9Q',
  about: [['Patient', 'Ada Lovelace']],
  to: ['Dr Amira Patel', 'Riverside Medical Practice'],
  salutation: 'Dear Dr Patel,',
  sections: [{ heading: 'Diagnosis', paragraphs: ['Seborrhoeic keratosis.'] }],
  signature: ['Dr James Okafor', 'Consultant dermatologist'],
  footer: 'This letter was sent through Telederm. Keep it with the patient’s record.',
  ...overrides,
});

/** Text as pdf.js extracts it: runs of spaces collapsed, so words compare however the lines were laid out. */
const words = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('letters', () => {
  it.each([
    'Łukasz Wójcik',
    'Zoë Brontë',
    'Siobhán Ní Bhriain',
    'Nguyễn Thị Minh Khai',
    'Γιώργος Παπαδόπουλος',
    'Дмитрий Иванов',
    'Ørjan Ævarsson-Šťastný',
  ])('print %s exactly as stored: the text taken back out of the PDF is the name', async (name) => {
    const pdf = await renderLetter(letter({ about: [['Patient', name]], salutation: `Dear ${name},` }));
    const text = words((await pagesOf(pdf)).join(' '));
    expect(text).toContain(`Patient ${name}`);
    expect(text).toContain(`Dear ${name},`);
    expect(text).not.toContain('?');
  });

  it('never leave a page holding only the footer, however long the letter', async () => {
    for (let paragraphs = 1; paragraphs <= 40; paragraphs += 3) {
      const sections = [
        {
          heading: 'Plan',
          paragraphs: Array.from({ length: paragraphs }, (_, i) => `Step ${i + 1}: apply emollient twice a day.`),
        },
      ];
      const pages = await pagesOf(await renderLetter(letter({ sections })));
      for (const page of pages) {
        const withoutFooter = words(page)
          .replace(/This letter was sent through Telederm\. Keep it with the patient’s record\./, '')
          .replace(/Page \d+ of \d+\./, '')
          .trim();
        expect(withoutFooter.length, `a page of the ${paragraphs}-paragraph letter`).toBeGreaterThan(0);
      }
      for (const page of pages) expect(words(page)).toContain('This letter was sent through Telederm');
    }
  });

  it('are tagged PDFs: a structure tree, marked content, the language and the title shown', async () => {
    const raw = (await renderLetter(letter())).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('/FontFile2'); // the font is embedded
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });
});
