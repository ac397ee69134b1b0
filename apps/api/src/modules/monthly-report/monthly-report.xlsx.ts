import ExcelJS from 'exceljs';
import { isCount, measureTitle, type ReportDocument, sectionTitle } from './monthly-report.document';

/** Excel forbids these in sheet names, and allows 31 characters. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, '·').slice(0, 31);

/**
 * The workbook: one sheet per section, figures as numbers (counts as integers, percentages, hours and
 * scores to one decimal), the row's remark beside them and the commentary below the table.
 */
export async function monthlyReportWorkbook(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sanxin';
  workbook.title = document.title;
  for (const section of document.sections) {
    const sheet = workbook.addWorksheet(sheetName(sectionTitle(section.section)));
    sheet.addRow([document.title]).font = { bold: true, size: 14 };
    sheet.addRow([sectionTitle(section.section)]).font = { bold: true };
    const header = sheet.addRow(['项目', ...section.columns.map(measureTitle), '备注']);
    header.font = { bold: true };
    for (const row of section.rows) {
      const line = sheet.addRow([row.label, ...row.values.map((value) => value ?? null), row.note ?? '']);
      section.columns.forEach((measure, index) => {
        line.getCell(index + 2).numFmt = isCount(measure) ? '0' : '0.0';
      });
    }
    if (section.rows.length === 0) sheet.addRow(['本月无']);
    sheet.addRow([]);
    sheet.addRow(['说明', section.commentary ?? '']);
    sheet.getColumn(1).width = 28;
    for (let column = 2; column <= section.columns.length + 1; column += 1) sheet.getColumn(column).width = 16;
    sheet.getColumn(section.columns.length + 2).width = 30;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
