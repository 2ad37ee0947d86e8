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
