export declare const SKIP_MESSAGE: string;
export declare function findElectronBinary(projectRoot: string): string | null;
