// DOCX -> PDF with LibreOffice, for the render test and the PNG previews in docs/letters/. All files
// go through one soffice call: its start-up is most of the cost. A private profile in `outDir`
// keeps runs independent of each other and of a desktop LibreOffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

/** True when `cmd` is on the PATH (soffice here; pdftotext or pdftoppm for what reads the PDF). */
export function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$0"`, cmd]).status === 0;
}

/** Converts the DOCX files into `outDir` and returns the PDF paths, in the same order. */
export function convertToPdf(docxFiles: readonly string[], outDir: string, timeoutMs = 180_000): string[] {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...docxFiles,
    ],
    { stdio: 'pipe', timeout: timeoutMs },
  );
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/i, '.pdf')));
}
