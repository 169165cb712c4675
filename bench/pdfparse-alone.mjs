// The yardstick of PDF reading: pdf-parse's getText alone, as its README shows it, on each file
// in turn; prints the pages read. Plain JS: nothing of the project is loaded.
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

let pages = 0;
for (const file of process.argv.slice(2)) {
  const parser = new PDFParse({ data: readFileSync(file) });
  try {
    pages += (await parser.getText()).pages.length;
  } finally {
    await parser.destroy();
  }
}
process.stdout.write(`${pages}\n`);
