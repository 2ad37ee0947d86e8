/**
 * The closed vocabularies of the incident codebook (../shared/spec/codebook.md,
 * sections 2–4). Everything that stores, filters or prints an incident uses these
 * lists, so the extractor, the database and the dashboard cannot drift apart.
 */

export const INCIDENT_TYPES = [
  'drone_attack',
  'airstrike',
  'rocket_attack',
  'bombing',
  'armed_attack',
  'kidnapping',
  'killing',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_TYPE_LABELS: Record<IncidentType, { en: string; ar: string }> = {
  drone_attack: { en: 'Drone attack', ar: 'هجوم بطائرة مسيرة' },
  airstrike: { en: 'Airstrike', ar: 'غارة جوية' },
  rocket_attack: { en: 'Rocket / shelling', ar: 'قصف صاروخي' },
  bombing: { en: 'Bombing', ar: 'تفجير' },
  armed_attack: { en: 'Armed attack', ar: 'هجوم مسلح' },
  kidnapping: { en: 'Kidnapping', ar: 'اختطاف' },
  killing: { en: 'Killing', ar: 'اغتيال / قتل' },
};

export const GOVERNORATES = [
  { code: 'IQ-AN', en: 'Anbar', ar: 'الأنبار' },
  { code: 'IQ-AR', en: 'Erbil', ar: 'أربيل' },
  { code: 'IQ-BA', en: 'Basra', ar: 'البصرة' },
  { code: 'IQ-BB', en: 'Babil', ar: 'بابل' },
  { code: 'IQ-BG', en: 'Baghdad', ar: 'بغداد' },
  { code: 'IQ-DA', en: 'Duhok', ar: 'دهوك' },
  { code: 'IQ-DI', en: 'Diyala', ar: 'ديالى' },
  { code: 'IQ-DQ', en: 'Dhi Qar', ar: 'ذي قار' },
  { code: 'IQ-KA', en: 'Karbala', ar: 'كربلاء' },
  { code: 'IQ-KI', en: 'Kirkuk', ar: 'كركوك' },
  { code: 'IQ-MA', en: 'Maysan', ar: 'ميسان' },
  { code: 'IQ-MU', en: 'Muthanna', ar: 'المثنى' },
  { code: 'IQ-NA', en: 'Najaf', ar: 'النجف' },
  { code: 'IQ-NI', en: 'Nineveh', ar: 'نينوى' },
  { code: 'IQ-QA', en: 'Qadisiyah', ar: 'القادسية' },
  { code: 'IQ-SD', en: 'Salah al-Din', ar: 'صلاح الدين' },
  { code: 'IQ-SU', en: 'Sulaymaniyah', ar: 'السليمانية' },
  { code: 'IQ-WA', en: 'Wasit', ar: 'واسط' },
] as const;
export type GovernorateCode = (typeof GOVERNORATES)[number]['code'];
export const GOVERNORATE_CODES = GOVERNORATES.map((g) => g.code) as unknown as readonly [
  GovernorateCode,
  ...GovernorateCode[],
];

export const ACTORS = [
  { id: 'isis', en: 'Islamic State (ISIS)', ar: 'داعش' },
  { id: 'iran_backed_militias', en: 'Iran-backed militias', ar: 'الفصائل المسلحة الموالية لإيران' },
  { id: 'islamic_resistance_iraq', en: 'Islamic Resistance in Iraq', ar: 'المقاومة الإسلامية في العراق' },
  { id: 'kataib_hezbollah', en: "Kata'ib Hezbollah", ar: 'كتائب حزب الله' },
  { id: 'asaib_ahl_al_haq', en: "Asa'ib Ahl al-Haq", ar: 'عصائب أهل الحق' },
  { id: 'harakat_al_nujaba', en: 'Harakat al-Nujaba', ar: 'حركة النجباء' },
  { id: 'saraya_awliya_al_dam', en: 'Saraya Awliya al-Dam', ar: 'سرايا أولياء الدم' },
  { id: 'pmf', en: 'Popular Mobilization Forces', ar: 'الحشد الشعبي' },
  { id: 'isf', en: 'Iraqi security forces', ar: 'القوات الأمنية العراقية' },
  { id: 'krg_forces', en: 'Kurdistan Region forces', ar: 'قوات إقليم كردستان' },
  { id: 'us_forces', en: 'US / coalition forces', ar: 'القوات الأمريكية والتحالف' },
  { id: 'turkey', en: 'Turkish armed forces', ar: 'القوات التركية' },
  { id: 'iran', en: 'Iranian state forces', ar: 'القوات الإيرانية' },
  { id: 'israel', en: 'Israeli armed forces', ar: 'القوات الإسرائيلية' },
  { id: 'pkk', en: 'PKK and affiliates', ar: 'حزب العمال الكردستاني' },
  { id: 'tribal_group', en: 'Tribal group', ar: 'مجموعة عشائرية' },
  { id: 'unknown_gunmen', en: 'Unknown gunmen', ar: 'مسلحون مجهولون' },
  { id: 'civilians', en: 'Civilians', ar: 'مدنيون' },
  { id: 'other', en: 'Other', ar: 'أخرى' },
] as const;
export type ActorId = (typeof ACTORS)[number]['id'];
export const ACTOR_IDS = ACTORS.map((a) => a.id) as unknown as readonly [ActorId, ...ActorId[]];

export const ACTOR_ROLES = ['perpetrator', 'target'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface IncidentActor {
  id: ActorId;
  role: ActorRole;
}

/** One incident exactly as codebook section 6 prints it. */
export interface Incident {
  type: IncidentType;
  date: string | null; // YYYY-MM-DD
  date_precision: DatePrecision | null;
  governorate: GovernorateCode | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  actors: IncidentActor[];
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
  evidence: string;
}

/** An article as codebook section 7 defines it (url/published may be unknown). */
export interface Article {
  id?: string;
  lang: 'ar' | 'en';
  url: string | null;
  published: string | null; // YYYY-MM-DD
  title: string;
  text: string;
}

export function isIncidentType(v: string): v is IncidentType {
  return (INCIDENT_TYPES as readonly string[]).includes(v);
}
export function isGovernorateCode(v: string): v is GovernorateCode {
  return (GOVERNORATE_CODES as readonly string[]).includes(v);
}
export function isActorId(v: string): v is ActorId {
  return (ACTOR_IDS as readonly string[]).includes(v);
}
export function governorateName(code: GovernorateCode): { en: string; ar: string } {
  const g = GOVERNORATES.find((x) => x.code === code);
  return g ? { en: g.en, ar: g.ar } : { en: code, ar: code };
}
