export declare const TARGET_ALIAS: "@target";
export declare const ENTRY_POINT: string;
export declare function targetDir(value?: string, root?: string): string;
export declare function courseModuleMapper(target?: string): Record<string, string>;
export declare function mapRequest(request: string, root: string, target: string): string | undefined;
