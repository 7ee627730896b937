// PouchDB's packages ship no types; the sync code types what it uses in src-renderer/src/sync/pouch.ts.
declare module 'pouchdb-core' {
  interface PouchConstructor {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
