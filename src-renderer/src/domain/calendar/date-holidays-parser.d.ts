// The package ships types, but its "exports" map does not point to them; this is the part the calendar uses.
declare module 'date-holidays-parser' {
  export default class Holidays {
    constructor(data: object, country: string);
    getHolidays(year: number, language?: string): Array<{ date: string; name: string; type: string }>;
  }
}
