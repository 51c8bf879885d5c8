import type { Benchmark } from './lib/measure.js';
import { missing } from './lib/measure.js';

/** Placeholder until the export lands on main. */
export const exportRows: Benchmark = {
  name: 'export',
  async run() {
    return [
      missing(
        {
          benchmark: 'export',
          metric: 'work log rows',
          unit: 'ms',
          baselineName: 'exceljs',
          target: '',
        },
        'not yet',
      ),
    ];
  },
};
