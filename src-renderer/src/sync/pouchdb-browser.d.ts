// pouchdb-browser ships no types; what the sync uses of it is typed in pouch.ts.
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: Record<string, unknown>) => unknown;
  export default PouchDB;
}
