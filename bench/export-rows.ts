import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runChild } from './lib/child.js';
import { type Benchmark, compared, median, missing } from './lib/measure.js';

const name = 'export';
const here = fileURLToPath(new URL('.', import.meta.url));

const childFigures = z.object({
  ms: z.number(),
  peakBytes: z.number(),
  rows: z.number(),
  bytes: z.number(),
});
type ChildFigures = z.infer<typeof childFigures>;

async function inChild(script: string, rows: number): Promise<ChildFigures> {
  return childFigures.parse(await runChild(join(here, script), [String(rows)]));
}

/** The wallet export of 200,000 work-log rows beside exceljs writing the same rows bare. */
export const exportRows: Benchmark = {
  name,
  async run(context) {
    const rows = context.quick ? 5000 : 200_000;
    const runs = context.quick ? 1 : 3;
    const ours: ChildFigures[] = [];
    const writer: ChildFigures[] = [];
    const bare: ChildFigures[] = [];
    for (let run = 0; run < runs; run++) {
      bare.push(await inChild('exceljs-baseline.ts', rows));
      // The writer alone only explains the full run's figure; a quick run leaves it out.
      if (!context.quick) writer.push(await inChild('export-writer-child.ts', rows));
      ours.push(await inChild('export-child.ts', rows));
      const seconds = [ours, writer, bare].map((list) =>
        ((list.at(-1)?.ms ?? 0) / 1000).toFixed(1),
      );
      context.log(
        `  run ${run + 1}: export, wallet writer only, bare exceljs: ${seconds.join(', ')} s`,
      );
    }

    const shape = { benchmark: name, runs, baselineName: 'exceljs stream, no styles' };
    const writerRow = {
      ...shape,
      metric: 'same rows, wallet workbook writer only (no Odoo)',
      unit: 'ms',
      target: 'for comparison',
    };
    const mib = (figures: ChildFigures[]) => median(figures.map((f) => f.peakBytes)) / 2 ** 20;
    const ms = (figures: ChildFigures[]) => median(figures.map((f) => f.ms));
    const written = ours[0]?.rows ?? 0;
    return [
      compared({
        ...shape,
        metric: `${written} work-log rows: time`,
        unit: 'ms',
        value: ms(ours),
        baselineValue: ms(bare),
        target: '<= 1.3x',
        meets: (ratio) => ratio !== null && ratio <= 1.3,
      }),
      writer.length > 0
        ? compared({ ...writerRow, value: ms(writer), baselineValue: ms(bare) })
        : missing(writerRow, 'measured in full runs only'),
      compared({
        ...shape,
        metric: `${written} work-log rows: peak RSS`,
        unit: 'MiB',
        value: mib(ours),
        baselineValue: mib(bare),
        target: '< 300 MiB',
        meets: (_ratio, value) => value < 300,
      }),
    ];
  },
};
