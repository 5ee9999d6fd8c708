// `tally extract FILE|- [--published YYYY-MM-DD] [--layers] [--format json|pretty]`
import { TallyError } from '../core/errors.js';
import { extractArticle } from '../extract.js';
import { readArticleFile } from '../input/article.js';
import { toDocumentJson } from '../output/document.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';

export const extractCommand: Command = {
  run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      layers: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      convention: { type: 'string', default: 'default' },
    });
    if (positionals.length !== 1) throw new TallyError('E_USAGE', 'give exactly one FILE, or - for standard input');
    const format = values.format;
    if (format !== 'json' && format !== 'pretty') throw new TallyError('E_USAGE', '--format is json or pretty');
    const convention = values.convention;
    if (convention !== 'default' && convention !== 'acled')
      throw new TallyError('E_USAGE', '--convention is default or acled');
    const article = readArticleFile(positionals[0] ?? '-');
    const doc = extractArticle(article, { published: values.published ?? null, vagueConvention: convention });
    const json = toDocumentJson(doc, { layers: values.layers, text: values.text });
    process.stdout.write(`${format === 'pretty' ? JSON.stringify(json, null, 2) : JSON.stringify(json)}\n`);
    return Promise.resolve(0);
  },
};
