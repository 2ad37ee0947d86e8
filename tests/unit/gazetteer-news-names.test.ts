/**
 * Places that Iraqi security news names all the time, in the spellings news uses. Each must
 * be found in a plain sentence in both languages with a candidate in the right governorate.
 */
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '@/lib/gazetteer';
import { normaliseArabic } from '@/lib/text/arabic';

// [English spelling, Arabic spelling, governorate]
const NEWS_NAMES: [string, string, string][] = [
  ['Samarra', 'سامراء', 'IQ-SD'], ['Tikrit', 'تكريت', 'IQ-SD'], ['Baiji', 'بيجي', 'IQ-SD'],
  ['Balad', 'قضاء بلد', 'IQ-SD'], ['Dujail', 'الدجيل', 'IQ-SD'], ['Tarmiyah', 'الطارمية', 'IQ-BG'],
  ['Jurf al-Sakhar', 'جرف الصخر', 'IQ-BB'], ['Jurf al-Nasr', 'جرف النصر', 'IQ-BB'],
  ['Latifiya', 'اللطيفية', 'IQ-BG'], ['Yusufiya', 'اليوسفية', 'IQ-BG'], ['Mahmudiya', 'المحمودية', 'IQ-BG'],
  ['Abu Ghraib', 'أبو غريب', 'IQ-BG'], ['Taji', 'التاجي', 'IQ-BG'], ['Garmat Ali', 'كرمة علي', 'IQ-BA'],
  ['Zubair', 'الزبير', 'IQ-BA'], ['Umm Qasr', 'أم قصر', 'IQ-BA'], ['Qurna', 'القرنة', 'IQ-BA'],
  ['Fallujah', 'الفلوجة', 'IQ-AN'], ['Ramadi', 'الرمادي', 'IQ-AN'], ['Haditha', 'مدينة حديثة', 'IQ-AN'],
  ['Rawa', 'راوة', 'IQ-AN'], ['Anah', 'عانة', 'IQ-AN'], ['Al-Qaim', 'قضاء القائم', 'IQ-AN'],
  ['Rutba', 'في الرطبة', 'IQ-AN'], ['Nukhaib', 'النخيب', 'IQ-AN'], ['Muqdadiyah', 'المقدادية', 'IQ-DI'],
  ['Baqubah', 'بعقوبة', 'IQ-DI'], ['Khanaqin', 'خانقين', 'IQ-DI'], ['Jalawla', 'جلولاء', 'IQ-DI'],
  ['Saadiya', 'في السعدية', 'IQ-DI'], ['Mandali', 'مندلي', 'IQ-DI'], ['Balad Ruz', 'بلدروز', 'IQ-DI'],
  ['Kifri', 'كفري', 'IQ-DI'], ['Hawija', 'الحويجة', 'IQ-KI'], ['Daquq', 'داقوق', 'IQ-KI'],
  ['Dibis', 'الدبس', 'IQ-KI'], ['Sinjar', 'سنجار', 'IQ-NI'], ['Shingal', 'شنكال', 'IQ-NI'],
  ['Rabia', 'في ربيعة', 'IQ-NI'], ['Zummar', 'زمار', 'IQ-NI'], ['Qayyarah', 'القيارة', 'IQ-NI'],
  ['Hammam al-Alil', 'حمام العليل', 'IQ-NI'], ['Bartella', 'برطلة', 'IQ-NI'], ['Zakho', 'زاخو', 'IQ-DA'],
  ['Amedi', 'العمادية', 'IQ-DA'], ['Sidakan', 'سيدكان', 'IQ-AR'], ['Soran', 'سوران', 'IQ-AR'],
  ['Chamchamal', 'جمجمال', 'IQ-SU'], ['Penjwen', 'بنجوين', 'IQ-SU'], ['Kalar', 'كلار', 'IQ-SU'],
  ['Darbandikhan', 'دربندخان', 'IQ-SU'], ['Halabja', 'حلبجة', 'IQ-SU'], ['Amarah', 'في العمارة', 'IQ-MA'],
  ['Majar al-Kabir', 'المجر الكبير', 'IQ-MA'], ['Ali al-Gharbi', 'علي الغربي', 'IQ-MA'], ['Kut', 'الكوت', 'IQ-WA'],
  ['Suwaira', 'الصويرة', 'IQ-WA'], ['Nasiriyah', 'الناصرية', 'IQ-DQ'], ['Shatra', 'الشطرة', 'IQ-DQ'],
  ['Rifai', 'قضاء الرفاعي', 'IQ-DQ'], ['Suq al-Shuyukh', 'سوق الشيوخ', 'IQ-DQ'], ['Samawah', 'السماوة', 'IQ-MU'],
  ['Rumaitha', 'الرميثة', 'IQ-MU'], ['Diwaniyah', 'الديوانية', 'IQ-QA'], ['Hilla', 'الحلة', 'IQ-BB'],
  ['Musayyib', 'المسيب', 'IQ-BB'], ['Iskandariya', 'ناحية الاسكندرية', 'IQ-BB'], ['Mahawil', 'المحاويل', 'IQ-BB'],
  ['Kufa', 'الكوفة', 'IQ-NA'], ['Manathira', 'المناذرة', 'IQ-NA'], ['Ain al-Tamr', 'عين التمر', 'IQ-KA'],
  ['Tuz Khurmatu', 'طوزخورماتو', 'IQ-SD'], ['Makhmour', 'مخمور', 'IQ-AR'], ['Kadhimiya', 'الكاظمية', 'IQ-BG'],
  // Baghdad neighbourhoods
  ['Adhamiya', 'الأعظمية', 'IQ-BG'], ['Mansour', 'حي المنصور', 'IQ-BG'], ['Karrada', 'الكرادة', 'IQ-BG'],
  ['Sadr City', 'مدينة الصدر', 'IQ-BG'], ['Shula', 'في الشعلة', 'IQ-BG'], ['Hurriya', 'حي الحرية', 'IQ-BG'],
  ['Bayaa', 'منطقة البياع', 'IQ-BG'], ['Dora', 'منطقة الدورة', 'IQ-BG'], ['Saydiya', 'السيدية', 'IQ-BG'],
  ['Zafaraniya', 'الزعفرانية', 'IQ-BG'], ['New Baghdad', 'بغداد الجديدة', 'IQ-BG'], ['Ghazaliya', 'الغزالية', 'IQ-BG'],
  ['Palestine Street', 'شارع فلسطين', 'IQ-BG'], ['Tahrir Square', 'ساحة التحرير', 'IQ-BG'], ['Jadriya', 'الجادرية', 'IQ-BG'],
  ['Green Zone', 'المنطقة الخضراء', 'IQ-BG'], ['Yarmouk', 'حي اليرموك', 'IQ-BG'], ['Hay al-Jamia', 'حي الجامعة', 'IQ-BG'],
  // bases, airports, facilities
  ['Ain al-Asad', 'قاعدة عين الأسد', 'IQ-AN'], ['Harir base', 'قاعدة حرير', 'IQ-AR'],
  ['Baghdad International Airport', 'مطار بغداد الدولي', 'IQ-BG'], ['Victory Base', 'قاعدة فكتوري', 'IQ-BG'],
  ['Erbil International Airport', 'مطار أربيل الدولي', 'IQ-AR'], ['Balad Air Base', 'قاعدة بلد الجوية', 'IQ-SD'],
  ['Camp Taji', 'معسكر التاجي', 'IQ-BG'], ['K1 base', 'قاعدة كي وان', 'IQ-KI'], ['Camp Speicher', 'قاعدة سبايكر', 'IQ-SD'],
  ['Basra International Airport', 'مطار البصرة الدولي', 'IQ-BA'], ['Sulaymaniyah airport', 'مطار السليمانية', 'IQ-SU'],
  ['Kirkuk airport', 'مطار كركوك', 'IQ-KI'], ['Camp Ashraf', 'معسكر أشرف', 'IQ-DI'], ['Q-West', 'قاعدة القيارة', 'IQ-NI'],
  ['Habbaniyah air base', 'قاعدة الحبانية', 'IQ-AN'], ['Bismayah range', 'معسكر بسماية', 'IQ-BG'],
  ['US embassy', 'السفارة الأمريكية', 'IQ-BG'], ['Union III', 'قاعدة يونيون', 'IQ-BG'], ['Al-Rasheed camp', 'معسكر الرشيد', 'IQ-BG'],
  ['Muthanna airport', 'مطار المثنى', 'IQ-BG'], ['Tuwaitha', 'التويثة', 'IQ-BG'],
  // natural features
  ['Lake Hamrin', 'بحيرة حمرين', 'IQ-DI'], ['Hamrin mountains', 'جبال حمرين', 'IQ-SD'], ['Hamrin dam', 'سد حمرين', 'IQ-DI'],
  ['Makhoul mountains', 'جبال مكحول', 'IQ-SD'], ['Qara Chokh', 'جبل قره جوخ', 'IQ-AR'], ['Sinjar mountain', 'جبل سنجار', 'IQ-NI'],
  ['Qandil mountains', 'جبال قنديل', 'IQ-SU'], ['Wadi Hauran', 'وادي حوران', 'IQ-AN'], ['Lake Tharthar', 'بحيرة الثرثار', 'IQ-SD'],
  ['Razzaza lake', 'بحيرة الرزازة', 'IQ-KA'], ['Wadi al-Shay', 'وادي الشاي', 'IQ-KI'], ['Mutaibijah', 'المطيبيجة', 'IQ-SD'],
  ['Jazira desert', 'صحراء الجزيرة', 'IQ-NI'], ['Atshana hills', 'تلال عطشانة', 'IQ-KI'], ['Badush dam', 'سد بادوش', 'IQ-NI'],
  ['Mosul dam', 'سد الموصل', 'IQ-NI'], ['Haditha dam', 'سد حديثة', 'IQ-AN'],
  // border crossings
  ['Al-Qaim border crossing', 'منفذ القائم', 'IQ-AN'], ['Trebil', 'طريبيل', 'IQ-AN'], ['Arar crossing', 'منفذ عرعر', 'IQ-AN'],
  ['Safwan crossing', 'منفذ سفوان', 'IQ-BA'], ['Shalamcheh', 'الشلامجة', 'IQ-BA'], ['Zurbatiyah crossing', 'منفذ زرباطية', 'IQ-WA'],
  ['Mandali crossing', 'منفذ مندلي', 'IQ-DI'], ['Munthiriya', 'المنذرية', 'IQ-DI'], ['Haji Omaran crossing', 'منفذ حاج عمران', 'IQ-AR'],
  ['Ibrahim Khalil', 'منفذ إبراهيم الخليل', 'IQ-DA'], ['Parviz Khan', 'برويزخان', 'IQ-DI'], ['Bashmakh', 'باشماخ', 'IQ-SU'],
  ['Rabia crossing', 'منفذ ربيعة', 'IQ-NI'], ['Al-Walid crossing', 'منفذ الوليد', 'IQ-AN'],
  // widened gazetteer: neighbourhoods, villages, camps, shrines, fields
  ['Kamaliya', 'الكمالية', 'IQ-BG'], ['Sulaikh', 'الصليخ', 'IQ-BG'], ['Haifa Street', 'شارع حيفا', 'IQ-BG'],
  ['Nisour Square', 'ساحة النسور', 'IQ-BG'], ['Hor Rajab', 'هور رجب', 'IQ-BG'], ['Khan Dhari', 'خان ضاري', 'IQ-BG'],
  ['Nasr wal-Salam', 'النصر والسلام', 'IQ-BG'], ['Camp Liberty', 'مخيم ليبرتي', 'IQ-BG'],
  ['Abu Ghraib prison', 'سجن أبو غريب', 'IQ-BG'], ['Baba Gurgur', 'بابا كركر', 'IQ-KI'], ['Bai Hassan', 'حقل باي حسن', 'IQ-KI'],
  ['Wadi Zghaytun', 'وادي زغيتون', 'IQ-KI'], ['Hwaider', 'الهويدر', 'IQ-DI'], ['Dali Abbas', 'دلي عباس', 'IQ-DI'],
  ['Shahraban', 'شهربان', 'IQ-DI'], ['Mkeishifa', 'مكيشيفة', 'IQ-SD'], ['Jallam desert', 'صحراء الجلام', 'IQ-SD'],
  ['Askari shrine', 'المرقد العسكري', 'IQ-SD'], ['Albu Nimr', 'منطقة البونمر', 'IQ-AN'], ['Khalidiya island', 'جزيرة الخالدية', 'IQ-AN'],
  ['Albu Bali', 'قرية البوبالي', 'IQ-AN'], ['Gogjali', 'كوكجلي', 'IQ-NI'], ['Nuri mosque', 'جامع النوري', 'IQ-NI'],
  ['Kisik', 'الكسك', 'IQ-NI'], ['Mosul al-Jadida', 'الموصل الجديدة', 'IQ-NI'], ['Khanke', 'خانكي', 'IQ-DA'],
  ['Parakh resort', 'منتجع برخ', 'IQ-DA'], ['Degala', 'ديكلة', 'IQ-AR'], ['Azadi camp', 'مخيم آزادي', 'IQ-AR'],
  ['KAR refinery', 'مصفى كار', 'IQ-AR'], ['Zrgwez', 'زركويز', 'IQ-SU'], ['Ashar', 'العشار', 'IQ-BA'],
  ['Tannuma', 'التنومة', 'IQ-BA'], ['Shaibah base', 'قاعدة الشعيبة', 'IQ-BA'], ['Camp Bucca', 'معسكر بوكا', 'IQ-BA'],
  ['Habboubi Square', 'ساحة الحبوبي', 'IQ-DQ'], ['Imam Ali shrine', 'العتبة العلوية', 'IQ-NA'],
  ['Imam Hussein shrine', 'العتبة الحسينية', 'IQ-KA'], ['Shithatha', 'شثاثة', 'IQ-KA'],
];

function hasGov(text: string, lang: 'ar' | 'en', gov: string): boolean {
  return findPlaceMentions(text, lang).some((m) => m.candidates.some((c) => c.gov === gov));
}

describe('names Iraqi news uses', () => {
  it('are found in English sentences', () => {
    const missing = NEWS_NAMES.filter(([name, , gov]) => !hasGov(`Officials said two people were killed in ${name} on Sunday.`, 'en', gov));
    expect(missing.map(([n]) => n)).toEqual([]);
  });

  it('are found in Arabic sentences, also with a clitic', () => {
    const missing = NEWS_NAMES.filter(([, name, gov]) => {
      const plain = normaliseArabic(`قال مسؤولون إن شخصين قتلا ${name} يوم الأحد.`);
      // a conjunction on the first word: "وسامراء", "والفلوجة"
      const withClitic = normaliseArabic(`قتلا في بغداد و${name} يوم الأحد.`);
      return !hasGov(plain, 'ar', gov) || !hasGov(withClitic, 'ar', gov);
    });
    expect(missing.map(([, n]) => n)).toEqual([]);
  });
});

const idsOf = (text: string, lang: 'ar' | 'en'): string[] =>
  findPlaceMentions(lang === 'ar' ? normaliseArabic(text) : text, lang).flatMap((m) => m.candidates.map((c) => c.id));

describe('longer names win over the places they contain', () => {
  it.each([
    // «حصيبة» alone is al-Qaim, 300 km west; «حصيبة الشرقية» is a village east of Ramadi.
    ['انفجار عبوة في حصيبة الشرقية شرقي الرمادي', 'ar', 'village:husaiba-sharqiya', 'd:IQG01Q02'],
    ['A bomb went off in Bab Sinjar in western Mosul.', 'en', 'nb:bab-sinjar', 'd:IQG15Q07'],
    ['Drones struck the Azadi camp near Koya.', 'en', 'facility:azadi-camp-koya', 'nb:azadi-kirkuk'],
    ['هجوم بطائرة مسيرة على مخيم آزادي قرب كويسنجق', 'ar', 'facility:azadi-camp-koya', 'nb:azadi-kirkuk'],
    ['Gunmen attacked a checkpoint in Mosul al-Jadida.', 'en', 'nb:mosul-jadida', 'd:IQG15Q05'],
  ] as const)('%s', (text, lang, wanted, notWanted) => {
    const ids = idsOf(text, lang);
    expect(ids).toContain(wanted);
    expect(ids).not.toContain(notWanted);
  });
});

describe('place names that are ordinary words or personal names stay quiet without a cue', () => {
  it.each([
    ['قامت المعامل بإنتاج كميات كبيرة من الأسلحة', 'ar'], // al-Ma'amil: "the factories"
    ['يعود الفضل إلى تعاون الأهالي مع القوات', 'ar'], // al-Fadhel: "the credit"
    ['أدى المصلون الصلاة في المصلى ثم تفرقوا', 'ar'], // Musalla: "the prayer hall", even after «في»
    ['اتجه الحضور نحو القبلة', 'ar'], // Qibla
    ['تحرك الرتل بحركة سريعة', 'ar'], // Baharka: "with a movement"
    ['استمرت المعارك لفترة طويلة', 'ar'], // Tawela: "long"
    ['يصادف يوم عرفة غدا', 'ar'], // Arafa
    ['قال المتحدث محمد الداوودي إن التحقيق مستمر', 'ar'], // al-Dawoodi: a surname
    ['أقيمت شعائر الطرق الصوفية', 'ar'], // Sufiya: "Sufi"
    ['Fadhel Ali, a spokesman, said the inquiry goes on.', 'en'],
    ['A spokesman, Mohammed Dawoodi, said the inquiry goes on.', 'en'],
    ['Worshippers turned towards the Qibla for the prayer.', 'en'],
    ['Crowds gathered in Azadi Square, the protesters said.', 'en'],
    ['Refugees fled to Mafraq across the border.', 'en'],
    ['The kasra is a short vowel.', 'en'],
    // tribes that also name villages: a tribe is not a place
    ['أعدم التنظيم عددا من أبناء عشيرة البونمر', 'ar'],
    ['Militants executed members of the Albu Nimr tribe.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(idsOf(text, lang)).toEqual([]);
  });

  it('still finds them after a place cue', () => {
    expect(idsOf('انفجار عبوة ناسفة في حي المعامل شرقي العاصمة', 'ar')).toContain('nb:maamil');
    expect(idsOf('اشتباكات في منطقة القبلة وسط البصرة', 'ar')).toContain('nb:qibla-basra');
    expect(idsOf('سقوط قذيفة على مخيم بحركة', 'ar')).toContain('village:baharka');
    expect(idsOf('A bomb exploded in Masbah district, police said.', 'en')).toContain('nb:masbah');
  });
});
