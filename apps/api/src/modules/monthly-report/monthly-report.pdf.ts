import PDFDocument from 'pdfkit';
import { isCount, measureTitle, type ReportDocument, sectionTitle } from './monthly-report.document';
import type { SectionWithCommentary } from './monthly-report.loaders';

/** Noto Sans SC (SIL OFL 1.1) from npm; pdfkit embeds only the glyphs used (a subset) with a ToUnicode map, so the text is selectable. */
const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const MARGIN = 40;
const LABEL_WIDTH = 120;
const NOTE_WIDTH = 90;
const BAR_HEIGHT = 12;
const BAR_COLOUR = '#3b6fb6';

const format = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The report as a PDF (A4): heading facts, then per section a bar chart of its first count, its table and the commentary. */
export function monthlyReportPdf(document: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: document.title, Creator: 'Sanxin' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('cjk', FONT);
  pdf.font('cjk');
  pdf.fontSize(18).text(document.title, { align: 'center' });
  pdf.moveDown(0.5).fontSize(9);
  pdf.text(document.facts.map(([name, value]) => `${name}：${value}`).join('    '), { align: 'center' });
  document.sections.forEach((section, index) => {
    drawSection(pdf, section, index + 1);
  });
  pdf.end();
  return done;
}

const pageWidth = (pdf: PDFKit.PDFDocument) => pdf.page.width - 2 * MARGIN;

function ensureRoom(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

function drawSection(pdf: PDFKit.PDFDocument, section: SectionWithCommentary, number: number): void {
  ensureRoom(pdf, 80);
  pdf
    .moveDown(1)
    .fontSize(13)
    .fillColor('black')
    .text(`${number}. ${sectionTitle(section.section)}`, MARGIN);
  pdf.moveDown(0.3);
  drawChart(pdf, section);
  drawTable(pdf, section);
  pdf
    .moveDown(0.5)
    .fontSize(9)
    .fillColor('black')
    .text(`说明：${section.commentary ?? '（未填写）'}`, MARGIN, pdf.y, { width: pageWidth(pdf) });
}

/** Horizontal bars of the section's first count column, one per row but the total. */
function drawChart(pdf: PDFKit.PDFDocument, section: SectionWithCommentary): void {
  const column = section.columns.findIndex(isCount);
  const rows = section.rows.filter((row) => row.dimension !== 'TOTAL' && column >= 0).slice(0, 12);
  if (!rows.length) return;
  const values = rows.map((row) => row.values[column] ?? 0);
  const max = Math.max(1, ...values);
  const barSpace = pageWidth(pdf) - LABEL_WIDTH - 40;
  ensureRoom(pdf, rows.length * (BAR_HEIGHT + 4) + 16);
  pdf.fontSize(8).fillColor('#555').text(measureTitle(section.columns[column]), MARGIN);
  let y = pdf.y + 2;
  rows.forEach((row, index) => {
    pdf.fillColor('black').text(row.label, MARGIN, y + 2, { width: LABEL_WIDTH - 6, lineBreak: false, ellipsis: true });
    pdf.rect(MARGIN + LABEL_WIDTH, y, (barSpace * values[index]) / max, BAR_HEIGHT).fill(BAR_COLOUR);
    pdf.fillColor('black').text(format(values[index]), MARGIN + LABEL_WIDTH + (barSpace * values[index]) / max + 4, y + 2, { lineBreak: false });
    y += BAR_HEIGHT + 4;
  });
  pdf.x = MARGIN;
  pdf.y = y + 4;
}

function drawTable(pdf: PDFKit.PDFDocument, section: SectionWithCommentary): void {
  const valueWidth = (pageWidth(pdf) - LABEL_WIDTH - NOTE_WIDTH) / Math.max(1, section.columns.length);
  const hasNotes = section.rows.some((row) => row.note);
  const line = (cells: string[], bold: boolean) => {
    pdf.fontSize(bold ? 7.5 : 8).fillColor(bold ? '#333' : 'black');
    const heights = cells.map((cell, index) => pdf.heightOfString(cell, { width: widthOf(index) - 4 }));
    const height = Math.max(...heights) + 4;
    ensureRoom(pdf, height);
    const y = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      pdf.text(cell, x + 2, y + 2, { width: widthOf(index) - 4, align: index === 0 || index > section.columns.length ? 'left' : 'right' });
      x += widthOf(index);
    });
    pdf
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + pageWidth(pdf), y + height)
      .lineWidth(0.3)
      .strokeColor('#bbb')
      .stroke();
    pdf.x = MARGIN;
    pdf.y = y + height;
  };
  const widthOf = (index: number) => (index === 0 ? LABEL_WIDTH : index > section.columns.length ? NOTE_WIDTH : valueWidth);
  line(['项目', ...section.columns.map(measureTitle), hasNotes ? '备注' : ''], true);
  if (!section.rows.length) line(['本月无', ...section.columns.map(() => ''), ''], false);
  for (const row of section.rows) line([row.label, ...row.values.map(format), row.note ?? ''], false);
}
