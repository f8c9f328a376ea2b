/**
 * `npm run data:template`: the Excel workbook editors fill for `npm run import:data`. Sheet 数据
 * has the headers of `DATA_COLUMNS` with a note on each, one example row taken from the bundled
 * statistics (never a made-up figure), and drop-down lists of the indicators and regions; sheet
 * 指标与地区 lists them with their ids, units and definitions; sheet 填写说明 says how to fill
 * each column. The 时间 column is text, so Excel does not turn 2011-09 into a date.
 */
import ExcelJS from 'exceljs';
import type { Region } from '../schemas/region';
import { INDICATOR_KIND_LABELS, type Indicator, type Observation } from '../schemas/stats';
import { DATA_COLUMNS, EXAMPLE_NOTE } from './data-rows';
import type { ReportRef } from './stats/load';

/** Rows the drop-down lists cover. */
const ROWS = 2000;

type TemplateInput = {
  indicators: Indicator[];
  regions: Region[];
  /** An observation of the bundled statistics, shown as the example row, with its dataset's source. */
  example?: { observation: Observation; source: ReportRef };
};

/** The example row as an editor would write it: names, not ids; the value as the source gives it. */
function exampleRow({ observation: o, source }: NonNullable<TemplateInput['example']>, input: TemplateInput): (string | number)[] {
  const value = o.value === null ? '*' : o.approx === '近' || o.approx === '约' || o.approx === '超过' ? `${o.approx}${o.value}` : o.approx ? `${o.value}${o.approx}` : o.value;
  return [
    input.indicators.find((i) => i.id === o.indicator)?.name ?? o.indicator,
    input.regions.find((r) => r.id === o.region)?.name ?? o.region,
    o.period,
    value,
    o.quote ?? '',
    source.id,
    o.note ?? '',
  ];
}

export async function dataTemplate(input: TemplateInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '两新党建知识库 npm run data:template';
  const data = wb.addWorksheet('数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('指标与地区');
  const help = wb.addWorksheet('填写说明');

  data.columns = DATA_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: { indicator: 34, region: 16, period: 14, value: 12, quote: 22, source: 28, note: 30 }[c.key] }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8E6' } };
  DATA_COLUMNS.forEach((c, i) => {
    data.getCell(1, i + 1).note = `${c.header}${c.required ? '（必填）' : '（选填）'}：${c.help}`;
  });
  data.getColumn('period').numFmt = '@';
  if (input.example) {
    const row = data.addRow(exampleRow(input.example, input));
    row.getCell('period').numFmt = '@';
    row.font = { color: { argb: 'FF666666' } };
    row.getCell('note').value = `${row.getCell('note').value || ''}${EXAMPLE_NOTE}`;
  }

  lists.columns = [
    { header: '指标名称', width: 34 },
    { header: '指标 id', width: 34 },
    { header: '单位', width: 8 },
    { header: '类型', width: 8 },
    { header: '定义', width: 60 },
    { header: '', width: 3 },
    { header: '地区名称', width: 20 },
    { header: '地区 id', width: 24 },
    { header: '层级', width: 10 },
  ];
  lists.getRow(1).font = { bold: true };
  const longest = Math.max(input.indicators.length, input.regions.length);
  for (let i = 0; i < longest; i++) {
    const ind = input.indicators[i];
    const reg = input.regions[i];
    lists.addRow([ind?.name, ind?.id, ind?.unit, ind && INDICATOR_KIND_LABELS[ind.kind], ind?.definition, null, reg?.name, reg?.id, reg?.level]);
  }
  const listRange = (column: string, count: number) => [`'指标与地区'!$${column}$2:$${column}$${count + 1}`];
  for (let r = 2; r <= ROWS; r++) {
    data.getCell(r, 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: listRange('A', input.indicators.length),
      showErrorMessage: false,
      promptTitle: '指标',
      prompt: '从列表中选，或写指标 id',
      showInputMessage: true,
    };
    data.getCell(r, 2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: listRange('G', input.regions.length),
      showErrorMessage: false,
      promptTitle: '地区',
      prompt: '从列表中选，或写地区 id',
      showInputMessage: true,
    };
  }

  help.columns = [{ header: '列', width: 12 }, { header: '必填', width: 6 }, { header: '怎么填', width: 100 }];
  help.getRow(1).font = { bold: true };
  for (const c of DATA_COLUMNS) help.addRow([c.header, c.required ? '是' : '否', c.help]);
  help.addRow([]);
  help.addRow(['导入', '', '保存后运行 npm run import:data -- 文件名.xlsx --dataset 数据集id（替换已有数据集加 --replace）。每一行都会先检查，有错时指出第几行哪一列，不写入任何文件。']);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
