/** The typical dashboard filters the API benchmark measures (query strings as the UI sends them). */
export const BENCH_FILTERS: { name: string; query: string }[] = [
  { name: 'none', query: '' },
  { name: 'one governorate', query: 'governorate=IQ-NI' },
  { name: 'type', query: 'type=drone_attack' },
  { name: 'actor perpetrator', query: 'actor=kataib_hezbollah&actorRole=perpetrator' },
  { name: 'date range 1 month', query: 'from=2016-03-01&to=2016-03-31' },
  { name: '1 year + governorate', query: 'from=2015-01-01&to=2015-12-31&governorate=IQ-AN' },
  { name: 'q text', query: 'q=Kirkuk' },
  { name: 'q text (Arabic)', query: `q=${encodeURIComponent('ديالى')}` },
  { name: 'minKilled', query: 'minKilled=50' },
  { name: 'combined', query: 'governorate=IQ-BG&type=bombing&actor=isis&from=2014-01-01&to=2016-12-31&minKilled=5' },
  // Combinations beyond the dashboard's usual ones, each aimed at a different plan choice.
  { name: 'q + governorate', query: 'q=Kirkuk&governorate=IQ-KI' },
  { name: '2 actors + type', query: 'actor=isis&actor=pmf&type=armed_attack' },
  { name: 'actor+minKilled+status', query: 'actor=isis&actorRole=perpetrator&minKilled=10&status=confirmed' },
  { name: 'minKilled low', query: 'minKilled=3' },
];

export const TARGETS = {
  listP50: 50,
  listP95: 200,
  statsP50: 100,
  exportRowsPerSecond: 100_000,
  exportPeakRssMb: 300,
};
