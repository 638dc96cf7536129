/**
 * Vocabulary of the generated benchmark library (`npm run bench:scale`): German words of the social-work press, so
 * that folding (ä → ae, ß → ss), stop words and stemming-free prefix search meet the kind of text users clip.
 * None of the marker words below is a prefix of, or one letter away from, a word of these lists.
 */
const split = (words: string) => words.trim().split(/\s+/);

export const NOUNS = split(`
  Digitalisierung Beratung Fachkräfte Träger Einrichtung Jugendhilfe Eingliederungshilfe Pflege Teilhabe Datenschutz
  Einwilligung Dokumentation Software Plattform Messenger Videotelefonie Adressatinnen Klienten Familien Kinder
  Jugendliche Eltern Senioren Menschen Behinderung Wohnungslosigkeit Armut Sozialhilfe Grundsicherung Bürgergeld
  Jobcenter Jugendamt Sozialamt Gesundheitsamt Schule Kita Hochschule Studium Praxis Forschung Studie Befragung
  Ergebnisse Daten Algorithmen Risikoeinschätzung Kinderschutz Fallarbeit Hilfeplanung Netzwerk Kooperation Quartier
  Nachbarschaft Ehrenamt Engagement Verband Wohlfahrt Caritas Diakonie Parität Finanzierung Förderung Projekt
  Modellprojekt Evaluation Qualität Standards Ethik Verantwortung Vertrauen Beziehung Kommunikation Sprache Alltag
  Gesellschaft Politik Gesetz Verordnung Richtlinie Landkreis Kommune Stadt Land Bund Verwaltung Antrag Formular
  Zugang Barrieren Geräte Internet Netzzugang Kompetenzen Medienbildung Weiterbildung Fortbildung Curriculum Lehre
  Supervision Team Leitung Organisation Personal Fachkräftemangel Arbeitsbedingungen Belastung Gesundheit Krise
  Pandemie Erfahrung Wissen Methode Konzept Haltung Perspektive Debatte Diskussion Beitrag Kommentar Bericht
  Interview Gespräch Chat Mail Video Termin Sprechstunde Angebot Nachfrage Bedarf Lebenslage Lebenswelt Sozialraum
  Inklusion Integration Migration Flucht Zuwanderung Sprachmittlung Übersetzung Selbstbestimmung Partizipation
  Mitbestimmung Beschwerde Ombudsstelle Schutzkonzept Prävention Intervention Begleitung Assistenz Unterstützung
  Hilfe Straße Wohnung Miete Energie Kosten Schulden Einkommen Arbeit Ausbildung Zukunft Wandel Entwicklung Zeit
  `);

export const VERBS = split(`
  verändert beschreibt zeigt fordert unterstützt erreicht benötigt ermöglicht erschwert begleitet dokumentiert
  bewertet diskutiert untersucht beobachtet stärkt schwächt verbessert gefährdet schützt berät informiert
  organisiert finanziert entwickelt gestaltet prägt betrifft verlangt nutzt ersetzt ergänzt verbindet trennt
  `);

export const ADJECTIVES = split(`
  digitale soziale fachliche rechtliche neue alte wichtige zentrale kritische offene sichere freie öffentliche
  kommunale ländliche städtische junge ältere professionelle ehrenamtliche aktuelle künftige mögliche notwendige
  gemeinsame einfache schwierige konkrete praktische theoretische empirische systematische nachhaltige faire
  `);

export const FILLERS = split(`
  und oder aber auch nur noch schon sehr mehr weniger oft selten immer zudem jedoch deshalb daher trotzdem
  allerdings bereits kaum vielfach zunehmend teilweise insbesondere gleichzeitig außerdem besonders vor allem
  `);

export const PREPOSITIONS = split(`in mit für über durch ohne gegen nach bei zwischen unter vor`);

/**
 * Words planted in a known 1 % slice of the articles each, so a one-word search has a known set of hits whatever
 * the engine's ranking. Rule: article n carries MARKERS[n % 100] when n % 100 < MARKERS.length.
 */
export const MARKERS = split(`
  Sozialraumanalyse Hilfeplangespräch Schulsozialarbeit Wohnungsnotfallhilfe Inklusionsassistenz
  Gemeinwesenarbeit Straßensozialarbeit Suchtprävention Erziehungsbeistandschaft Familienhebamme
  Pflegestützpunkt Bewährungshilfe
  `);

/** In the first paragraph of every generated article: a search for it covers the whole library. */
export const EVERYWHERE = 'Fachbeitrag';

export const TAGS = split(`
  Digitalisierung Datenschutz Onlineberatung Teilhabe Pflege Jugendhilfe KI Kinderschutz Wohnungslosigkeit Armut
  Inklusion Migration Ehrenamt Forschung Lehre Methoden Ethik Recht Finanzierung Quartier Gesundheit Sucht
  Familie Alter Schule Arbeitsmarkt Gender Partizipation Medienbildung Qualität Supervision Netzwerk Prävention
  Sozialpolitik Hausarbeit Seminar Bericht Studie Praxisbeispiel Lesen
  `);

export const GIVEN_NAMES = split(`
  Anna Jonas Lea Paul Marie Felix Sophie Lukas Emma Ben Hannah Elias Mia Noah Laura Tim Julia Max Sarah David
  Katharina Michael Sabine Thomas Petra Andreas Claudia Stefan Ulrike Markus Özlem Mehmet Ayşe Jürgen Grete
  `);

export const FAMILY_NAMES = split(`
  Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
  Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann
  Yılmaz Kaya Nowak Kowalski Große Weiß Jäger Vogel Friedrich Keller
  `);

export const SITE_STEMS = split(`
  sozial fachportal jugendhilfe pflege teilhabe digital caritas diakonie paritaet awo drk verband hochschule
  institut stiftung netzwerk forum magazin zeitschrift blog journal report praxis dialog wissen impuls
  `);
