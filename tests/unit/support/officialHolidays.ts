/**
 * The independent reference: the general holidays of the Algemene termijnenwet written out by hand, with Easter from the
 * published tables (Easter Sunday 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21); Goede Vrijdag is two days
 * before it, Tweede Paasdag one day after, Hemelvaartsdag 39 days after and Tweede Pinksterdag 50 days after.
 */
export const OFFICIAL: Record<number, Record<string, string>> = {
  2026: {
    '2026-01-01': 'Nieuwjaarsdag',
    '2026-04-03': 'Goede Vrijdag',
    '2026-04-06': 'Tweede Paasdag',
    '2026-04-27': 'Koningsdag',
    '2026-05-05': 'Bevrijdingsdag',
    '2026-05-14': 'Hemelvaartsdag',
    '2026-05-25': 'Tweede Pinksterdag',
    '2026-12-25': 'Eerste Kerstdag',
    '2026-12-26': 'Tweede Kerstdag',
  },
  2027: {
    '2027-01-01': 'Nieuwjaarsdag',
    '2027-03-26': 'Goede Vrijdag',
    '2027-03-29': 'Tweede Paasdag',
    '2027-04-27': 'Koningsdag',
    '2027-05-05': 'Bevrijdingsdag',
    '2027-05-06': 'Hemelvaartsdag',
    '2027-05-17': 'Tweede Pinksterdag',
    '2027-12-25': 'Eerste Kerstdag',
    '2027-12-26': 'Tweede Kerstdag',
  },
  2028: {
    '2028-01-01': 'Nieuwjaarsdag',
    '2028-04-14': 'Goede Vrijdag',
    '2028-04-17': 'Tweede Paasdag',
    '2028-04-27': 'Koningsdag',
    '2028-05-05': 'Bevrijdingsdag',
    '2028-05-25': 'Hemelvaartsdag',
    '2028-06-05': 'Tweede Pinksterdag',
    '2028-12-25': 'Eerste Kerstdag',
    '2028-12-26': 'Tweede Kerstdag',
  },
  2029: {
    '2029-01-01': 'Nieuwjaarsdag',
    '2029-03-30': 'Goede Vrijdag',
    '2029-04-02': 'Tweede Paasdag',
    '2029-04-27': 'Koningsdag',
    '2029-05-05': 'Bevrijdingsdag',
    '2029-05-10': 'Hemelvaartsdag',
    '2029-05-21': 'Tweede Pinksterdag',
    '2029-12-25': 'Eerste Kerstdag',
    '2029-12-26': 'Tweede Kerstdag',
  },
  2030: {
    '2030-01-01': 'Nieuwjaarsdag',
    '2030-04-19': 'Goede Vrijdag',
    '2030-04-22': 'Tweede Paasdag',
    '2030-04-27': 'Koningsdag',
    '2030-05-05': 'Bevrijdingsdag',
    '2030-05-30': 'Hemelvaartsdag',
    '2030-06-10': 'Tweede Pinksterdag',
    '2030-12-25': 'Eerste Kerstdag',
    '2030-12-26': 'Tweede Kerstdag',
  },
};
