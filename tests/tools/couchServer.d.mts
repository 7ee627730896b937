export interface CouchAdmin {
  name: string;
  password: string;
}
export interface CouchServer {
  url: string;
  admin: CouchAdmin | undefined;
  stop: () => Promise<void>;
}
export declare const COUCHDB_MAX_DOCUMENT_SIZE: number;
export declare function freePort(): Promise<number>;
export declare function startCouchServer(options?: { admin?: CouchAdmin; maxDocumentSize?: number | null }): Promise<CouchServer>;
export declare function createUser(url: string, admin: CouchAdmin | undefined, user: { name: string; password: string; roles?: string[] }): Promise<void>;
export declare function deleteUser(url: string, admin: CouchAdmin | undefined, name: string): Promise<void>;
export declare function createDatabase(url: string, admin: CouchAdmin | undefined, db: string): Promise<void>;
export declare function deleteDatabase(url: string, admin: CouchAdmin | undefined, db: string): Promise<void>;
export declare function setMembers(url: string, admin: CouchAdmin | undefined, db: string, members: { names?: string[]; roles?: string[] }): Promise<void>;
export declare function maxDocumentSize(url: string, admin: CouchAdmin | undefined): Promise<number | null>;
