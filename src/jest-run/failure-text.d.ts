export declare function learnerFrames(text: unknown, options?: { cwd?: string; dirs?: string[] }): string[];
export declare function capText(text: string, max: number | undefined, note?: (chars: number) => string): string;
export interface CleanOptions {
  /** Paths to show shorter: the staged copy becomes "exercises", the instructor's root goes. */
  replace?: Array<[from: string, to: string]>;
  maxChars?: number;
  /** Keep a leading "Error: " (the grader's feedback shows it). */
  keepErrorPrefix?: boolean;
  cutNote?: (chars: number) => string;
}
export declare function cleanFailure(raw: unknown, options?: CleanOptions): string;
export declare function firstLines(raw: string, count?: number): string;
export declare function lastLines(text: string, count?: number): string;
