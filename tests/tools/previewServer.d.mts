export declare function previewArgs(port: number, outDir?: string): string[];
export declare function startPreviewServer(port: number, outDir?: string, env?: Record<string, string>): Promise<{ url: string; stop: () => void }>;
export declare function argValue<T extends string | null | undefined>(args: string[], name: string, fallback: T): string | T;
