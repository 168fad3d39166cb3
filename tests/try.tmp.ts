import { suppressReport } from '../src/report/suppress.js';
import { renderMarkdown } from '../src/report/render-markdown.js';
import { distributionReport } from './helpers/distribution-report.js';
const p = suppressReport(distributionReport(), { below: 5 });
console.log(renderMarkdown(p, { language: 'sv' }));
