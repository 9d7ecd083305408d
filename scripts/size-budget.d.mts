/** Types for scripts/size-budget.mjs, so the unit tests can import it under strict TypeScript. */
export declare const JS_BUDGET_BYTES: number;

export declare class SizeBudgetInputError extends Error {}

export interface MeasuredFile {
  /** Path inside the build, with forward slashes, e.g. `assets/index-abc.js`. */
  file: string;
  raw: number;
  gzip: number;
}

export declare function firstLoadUrls(html: string): { scripts: string[]; styles: string[] };

export declare function staticImportSpecifiers(code: string): string[];

export declare function collectFirstLoad(distDir: string): {
  js: MeasuredFile[];
  css: MeasuredFile[];
};

export declare function formatReport(
  files: { js: MeasuredFile[]; css: MeasuredFile[] },
  budget?: number,
): { table: string; verdict: string; withinBudget: boolean };
