/**
 * One suggested tag and the words that point to it. Terms are matched case- and accent-blind, word by word, with
 * German inflections and compounds ("Datenschutz" also finds "Datenschutzbeauftragte", "Sozialen Arbeit" finds
 * "Soziale Arbeit"). A term written in capitals of up to four letters ("KI", "SGB") must appear as a word of its
 * own; "SGB VIII" needs both words in a row.
 */
export interface VocabularyEntry {
  tag: string;
  terms: string[];
}

/** Tag, then the terms that suggest it, separated by semicolons: compact to read and to review. */
const ENTRIES: readonly [string, string][] = [
  ['Digitalisierung', 'Digitalisierung; digitaler Wandel; digitale Transformation; Digitalstrategie'],
  [
    'Soziale Arbeit',
    'Soziale Arbeit; Sozialarbeit; Sozialpädagogik; Sozialarbeiter; Sozialarbeiterin; Fachkräfte der Sozialen Arbeit',
  ],
  [
    'Wohlfahrt',
    'Wohlfahrt; Wohlfahrtsverband; Wohlfahrtspflege; Caritas; Diakonie; Paritätische; Arbeiterwohlfahrt; AWO; DRK; Freie Träger',
  ],
  [
    'Datenschutz',
    'Datenschutz; DSGVO; Datenschutz-Grundverordnung; DS-GVO; personenbezogene Daten; Sozialdatenschutz; informationelle Selbstbestimmung',
  ],
  [
    'Informationssicherheit',
    'Informationssicherheit; IT-Sicherheit; Cybersicherheit; Verschlüsselung; Ende-zu-Ende',
  ],
  [
    'Kinder- und Jugendhilfe',
    'Kinder- und Jugendhilfe; Jugendhilfe; Jugendamt; Hilfen zur Erziehung; Kinderschutz; Kindeswohl',
  ],
  ['Jugendarbeit', 'Jugendarbeit; Jugendzentrum; Jugendtreff; Jugendverband; Jugendsozialarbeit'],
  ['Schulsozialarbeit', 'Schulsozialarbeit; Schulsozialarbeiter'],
  ['Teilhabe', 'Teilhabe; digitale Teilhabe; Partizipation; Beteiligung'],
  [
    'Inklusion',
    'Inklusion; inklusiv; Menschen mit Behinderung; Eingliederungshilfe; Bundesteilhabegesetz; BTHG',
  ],
  [
    'Barrierefreiheit',
    'Barrierefreiheit; barrierefrei; Leichte Sprache; Einfache Sprache; BITV; Screenreader',
  ],
  ['Pflege', 'Pflege; Altenpflege; Pflegekraft; Pflegeheim; Pflegebedürftig; Pflegeversicherung; SGB XI'],
  [
    'Onlineberatung',
    'Onlineberatung; Online-Beratung; digitale Beratung; Chatberatung; Mailberatung; Videoberatung; Blended Counseling',
  ],
  ['Beratung', 'Beratung; Beratungsstelle; Sozialberatung'],
  [
    'Künstliche Intelligenz',
    'Künstliche Intelligenz; KI; AI; ChatGPT; Algorithmus; maschinelles Lernen; Machine Learning; Sprachmodell; LLM',
  ],
  [
    'SGB II',
    'SGB II; Bürgergeld; Grundsicherung für Arbeitsuchende; Jobcenter; Hartz IV; Arbeitslosengeld II; ALG II',
  ],
  ['SGB VIII', 'SGB VIII; Kinder- und Jugendhilfegesetz; KJHG; KJSG; Kinder- und Jugendstärkungsgesetz'],
  ['SGB IX', 'SGB IX; Rehabilitation und Teilhabe'],
  ['SGB XII', 'SGB XII; Sozialhilfe; Grundsicherung im Alter; Hilfe zum Lebensunterhalt'],
  [
    'Fachsoftware',
    'Fachsoftware; Fachverfahren; Dokumentationssoftware; Klientenverwaltung; Software für soziale Einrichtungen',
  ],
  [
    'Medienkompetenz',
    'Medienkompetenz; Medienbildung; Medienpädagogik; digitale Kompetenz; Digitalkompetenz; Digital Literacy',
  ],
  [
    'Ehrenamt',
    'Ehrenamt; ehrenamtlich; Freiwilligenarbeit; Freiwillige; bürgerschaftliches Engagement; Engagementförderung',
  ],
  [
    'Schuldnerberatung',
    'Schuldnerberatung; Insolvenzberatung; Überschuldung; Verbraucherinsolvenz; Schulden',
  ],
  [
    'Sozialraum',
    'Sozialraum; Sozialraumorientierung; Quartier; Quartiersarbeit; Gemeinwesenarbeit; Stadtteilarbeit',
  ],
  ['Armut', 'Armut; Armutsgefährdung; Kinderarmut; Altersarmut; soziale Ungleichheit; Existenzminimum'],
  ['Wohnungslosigkeit', 'Wohnungslosigkeit; wohnungslos; Obdachlosigkeit; obdachlos; Wohnungsnotfallhilfe'],
  [
    'Migration',
    'Migration; Migrant; Migrantin; Geflüchtete; Flucht; Flüchtling; Asyl; Zuwanderung; Integrationskurs',
  ],
  [
    'Gesundheit',
    'Gesundheit; psychische Gesundheit; Suchthilfe; Suchtberatung; Suchtprävention; Prävention; Gesundheitsförderung',
  ],
  ['Frühe Hilfen', 'Frühe Hilfen; Frühförderung; Familienhebamme'],
  ['Familie', 'Familie; Familienhilfe; Alleinerziehende; Eltern'],
  ['Alter', 'Senioren; Seniorinnen; ältere Menschen; Altenhilfe; Seniorenarbeit'],
  [
    'Gleichstellung',
    'Gleichstellung; Gender; Geschlechtergerechtigkeit; Diversität; Diversity; Antidiskriminierung',
  ],
  ['Fachkräftemangel', 'Fachkräftemangel; Personalmangel; Fachkräftegewinnung; Personalgewinnung'],
  ['Sozialmanagement', 'Sozialmanagement; Organisationsentwicklung; Change Management; Sozialwirtschaft'],
  ['Öffentlichkeitsarbeit', 'Öffentlichkeitsarbeit; Pressearbeit; Kampagne; Fundraising; Sozialmarketing'],
  ['Soziale Medien', 'Soziale Medien; Social Media; Facebook; Instagram; TikTok; Twitter; Mastodon; YouTube'],
  ['Open Source', 'Open Source; freie Software; Open Data; offene Daten'],
  [
    'Innovation',
    'Innovation; Sozialinnovation; soziale Innovation; Design Thinking; Innovationslabor; Start-up',
  ],
  ['Ethik', 'Ethik; ethisch; Berufsethik; Menschenrechte; Menschenwürde'],
  ['Sozialpolitik', 'Sozialpolitik; Sozialstaat; Sozialgesetzbuch; Sozialrecht; Sozialleistung'],
  ['Hochschule', 'Hochschule; Studium; Studierende; Fachhochschule; Curriculum'],
  ['Fortbildung', 'Fortbildung; Weiterbildung; Qualifizierung; Schulung; E-Learning'],
  ['Dokumentation', 'Dokumentation; Falldokumentation; Aktenführung; Hilfeplan; Hilfeplanung'],
  ['Digitale Infrastruktur', 'Infrastruktur; Breitband; WLAN; Endgeräte; Cloud; Hardware'],
  [
    'Onlinezugangsgesetz',
    'Onlinezugangsgesetz; OZG; E-Government; Verwaltungsdigitalisierung; digitale Verwaltung',
  ],
  ['Telematik', 'Telematikinfrastruktur; elektronische Patientenakte; ePA; Telemedizin; E-Health'],
];

/**
 * The built-in vocabulary: themes of digitalisation in social work and welfare as German-speaking practitioners,
 * students and lecturers tag them. Users may edit it (stored in settings); this list is the default and the reset.
 */
export const SOCIAL_WORK_VOCABULARY: readonly VocabularyEntry[] = ENTRIES.map(([tag, terms]) => ({
  tag,
  terms: terms.split(';').map((term) => term.trim()),
}));
