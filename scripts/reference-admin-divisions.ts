/**
 * The shape of the Iraq administrative divisions reference list (CC-BY-4.0, in
 * ../shared/reference/iraq-admin-divisions) and its governorate ids, shared by the
 * gazetteer build script and the test that checks the gazetteer against the list.
 */

/** Reference governorate ids (IQGnn) → ISO 3166-2:IQ. */
export const REF_GOV: Record<string, string> = {
  IQG01: 'IQ-AN', IQG02: 'IQ-BA', IQG03: 'IQ-MU', IQG04: 'IQ-NA', IQG05: 'IQ-QA', IQG06: 'IQ-SU',
  IQG07: 'IQ-BB', IQG08: 'IQ-BG', IQG09: 'IQ-DA', IQG10: 'IQ-DI', IQG11: 'IQ-AR', IQG12: 'IQ-KA',
  IQG13: 'IQ-KI', IQG14: 'IQ-MA', IQG15: 'IQ-NI', IQG16: 'IQ-SD', IQG17: 'IQ-DQ', IQG18: 'IQ-WA',
};

export interface RefUnit {
  id: string;
  level: number;
  name: { local: string; en: string };
  parent: { id: string; name: { en: string } };
  ancestors: { id: string; level: number }[];
  geo: { lat: string; lon: string };
}
